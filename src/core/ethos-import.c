/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-import-private.h"

/* An import before anything is written: a table read from a file, its header row, the field
 * each column is taken as (from its header, or as the person maps it: ethos-import-columns.c),
 * and each row as it will be stored or why it cannot be (ethos-import-row.c), with the likely
 * duplicates of entries already in the diary marked and left out. A window shows the rows and
 * changes a column's field (ethos_import_set_field(); "changed" says the rows were read again);
 * the store writes ethos_import_get_entries() as one batch (ethos_store_import_entries()). */

struct _EthosImport
{
  GObject     parent_instance;

  EthosTable *table;
  guint       header;     /* index of the header row in the table */
  GPtrArray  *headers;    /* char *, one per column */
  GArray     *fields;     /* EthosImportField, one per column */
  int         kind;       /* an EthosEntryKind or ETHOS_IMPORT_KIND_AUTO */
  GDate       today;
  GArray     *rows;       /* EthosImportRow */
  GHashTable *existing;   /* duplicate key → id of an entry in the diary, or NULL */
};

G_DEFINE_FINAL_TYPE (EthosImport, ethos_import, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_row (gpointer data)
{
  EthosImportRow *row = data;

  g_clear_object (&row->entry);
  g_clear_pointer (&row->reason, g_free);
}

static void
ethos_import_finalize (GObject *object)
{
  EthosImport *self = ETHOS_IMPORT (object);

  g_clear_object (&self->table);
  g_ptr_array_unref (self->headers);
  g_array_unref (self->fields);
  g_array_unref (self->rows);
  g_clear_pointer (&self->existing, g_hash_table_unref);
  G_OBJECT_CLASS (ethos_import_parent_class)->finalize (object);
}

static void
ethos_import_class_init (EthosImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_import_finalize;

  /* The rows were read again: a column's field, the kind or the duplicates changed. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ethos_import_init (EthosImport *self)
{
  self->headers = g_ptr_array_new_with_free_func (g_free);
  self->fields = g_array_new (FALSE, TRUE, sizeof (EthosImportField));
  self->rows = g_array_new (FALSE, TRUE, sizeof (EthosImportRow));
  g_array_set_clear_func (self->rows, clear_row);
  self->kind = ETHOS_IMPORT_KIND_AUTO;
}

static gboolean
has_field (EthosImport *self, EthosImportField field)
{
  for (guint c = 0; c < self->fields->len; c++)
    if (g_array_index (self->fields, EthosImportField, c) == field)
      return TRUE;
  return FALSE;
}

/* The kind of a row whose type does not say: supervision for a table with a supervisor and no
 * title, CPD otherwise. */
static EthosEntryKind
fallback_kind (EthosImport *self)
{
  if (has_field (self, ETHOS_IMPORT_FIELD_SUPERVISOR) && !has_field (self, ETHOS_IMPORT_FIELD_TITLE))
    return ETHOS_ENTRY_SUPERVISION;
  return ETHOS_ENTRY_CPD;
}

static void
mark_duplicate (EthosImport *self, EthosImportRow *row)
{
  g_autofree char *key = NULL;

  row->duplicate_of = 0;
  row->included = row->entry != NULL;
  if (row->entry == NULL || self->existing == NULL)
    return;
  key = ethos_import_duplicate_key (row->entry);
  {
    gint64 *id = g_hash_table_lookup (self->existing, key);

    row->duplicate_of = id != NULL ? *id : 0;
  }
  row->included = row->duplicate_of == 0;
}

/* Whether table row @r repeats the header (a document's table carried over a page). */
static gboolean
repeats_header (EthosImport *self, guint r)
{
  for (guint c = 0; c < self->headers->len; c++)
    if (!g_str_equal (ethos_table_get_text (self->table, r, c),
                      g_ptr_array_index (self->headers, c)))
      return FALSE;
  return TRUE;
}

static void
read_rows (EthosImport *self)
{
  EthosEntryKind fallback = fallback_kind (self);

  g_array_set_size (self->rows, 0);
  for (guint r = self->header + 1; r < ethos_table_get_n_rows (self->table); r++)
    {
      EthosImportCells cells = { { NULL } };
      EthosImportRow row = { 0 };
      gboolean any = FALSE;

      for (guint c = 0; c < self->fields->len; c++)
        {
          EthosImportField field = g_array_index (self->fields, EthosImportField, c);

          if (field == ETHOS_IMPORT_FIELD_IGNORE)
            continue;
          cells.cells[field] = ethos_table_get_cell (self->table, r, c);
          cells.headers[field] = g_ptr_array_index (self->headers, c);
          any |= cells.cells[field]->text[0] != '\0';
        }
      /* A row with nothing in the columns taken (a total, a note beside the table) is no
       * record: left out without a word. */
      if (!any || repeats_header (self, r))
        continue;
      row.row = ethos_table_get_row_number (self->table, r);
      row.entry = ethos_import_read_cells (&cells, self->kind, fallback, &self->today,
                                           &row.reason);
      mark_duplicate (self, &row);
      g_array_append_val (self->rows, row);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * ethos_import_new:
 * @table: as a reader made it
 * @map: (nullable): "COLUMN=FIELD" strings, a column named by its header (case and punctuation
 *   aside) and a field by its word (ethos_import_field_to_string())
 * @today: for dates written without a year
 *
 * Finds the header row (within the first 20 rows, the first naming a date and another field),
 * maps the columns and reads each row. Fails with ETHOS_TABLE_ERROR_NO_HEADER, or _MAPPING for
 * a mapping to a field or column there is not.
 */
EthosImport *
ethos_import_new (EthosTable *table, const char *const *map, const GDate *today, GError **error)
{
  g_autoptr (EthosImport) self = NULL;
  g_autoptr (GArray) mappings = NULL;

  g_return_val_if_fail (ETHOS_IS_TABLE (table), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  mappings = ethos_import_parse_map (map, error);
  if (mappings == NULL)
    return NULL;
  self = g_object_new (ETHOS_TYPE_IMPORT, NULL);
  self->table = g_object_ref (table);
  self->today = *today;
  if (ethos_table_get_n_rows (table) == 0)
    {
      g_set_error (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_NO_TABLE,
                   _("The table is empty"));
      return NULL;
    }
  if (!ethos_import_locate_header (table, mappings, &self->header, error)
      || !ethos_import_map_columns (table, self->header, mappings, self->headers, self->fields,
                                    error))
    return NULL;
  read_rows (self);
  return g_steal_pointer (&self);
}

/* Every row's kind (an EthosEntryKind), or ETHOS_IMPORT_KIND_AUTO. */
void
ethos_import_set_kind (EthosImport *self, int kind)
{
  g_return_if_fail (ETHOS_IS_IMPORT (self));

  self->kind = kind;
  read_rows (self);
}

int
ethos_import_get_kind (EthosImport *self)
{
  g_return_val_if_fail (ETHOS_IS_IMPORT (self), ETHOS_IMPORT_KIND_AUTO);

  return self->kind;
}

/* The header row as the file numbers it. */
guint
ethos_import_get_header_row (EthosImport *self)
{
  g_return_val_if_fail (ETHOS_IS_IMPORT (self), 0);

  return ethos_table_get_row_number (self->table, self->header);
}

guint
ethos_import_get_n_columns (EthosImport *self)
{
  g_return_val_if_fail (ETHOS_IS_IMPORT (self), 0);

  return self->fields->len;
}

const char *
ethos_import_get_header (EthosImport *self, guint column)
{
  g_return_val_if_fail (ETHOS_IS_IMPORT (self), "");
  g_return_val_if_fail (column < self->headers->len, "");

  return g_ptr_array_index (self->headers, column);
}

EthosImportField
ethos_import_get_field (EthosImport *self, guint column)
{
  g_return_val_if_fail (ETHOS_IS_IMPORT (self), ETHOS_IMPORT_FIELD_IGNORE);
  g_return_val_if_fail (column < self->fields->len, ETHOS_IMPORT_FIELD_IGNORE);

  return g_array_index (self->fields, EthosImportField, column);
}

/* Takes @column as @field (a dropdown of the preview); a column that had that field before is
 * then not imported, and every row is read again. */
void
ethos_import_set_field (EthosImport *self, guint column, EthosImportField field)
{
  g_return_if_fail (ETHOS_IS_IMPORT (self));
  g_return_if_fail (column < self->fields->len);
  g_return_if_fail (field < ETHOS_IMPORT_N_FIELDS);

  for (guint c = 0; field != ETHOS_IMPORT_FIELD_IGNORE && c < self->fields->len; c++)
    if (g_array_index (self->fields, EthosImportField, c) == field)
      g_array_index (self->fields, EthosImportField, c) = ETHOS_IMPORT_FIELD_IGNORE;
  g_array_index (self->fields, EthosImportField, column) = field;
  read_rows (self);
}

guint
ethos_import_get_n_rows (EthosImport *self)
{
  g_return_val_if_fail (ETHOS_IS_IMPORT (self), 0);

  return self->rows->len;
}

const EthosImportRow *
ethos_import_get_row (EthosImport *self, guint index)
{
  g_return_val_if_fail (ETHOS_IS_IMPORT (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return &g_array_index (self->rows, EthosImportRow, index);
}

/* Stores a likely duplicate after all (or leaves a row out); a row that cannot be read stays
 * out. Lasts until the rows are read again. */
void
ethos_import_set_included (EthosImport *self, guint index, gboolean included)
{
  EthosImportRow *row;

  g_return_if_fail (ETHOS_IS_IMPORT (self));
  g_return_if_fail (index < self->rows->len);

  row = &g_array_index (self->rows, EthosImportRow, index);
  row->included = included && row->entry != NULL;
}

/* The first and last day of the readable rows, for the store to read what they may repeat;
 * FALSE when no row can be read. */
gboolean
ethos_import_get_date_range (EthosImport *self, char **from, char **to)
{
  const char *first = NULL, *last = NULL;

  g_return_val_if_fail (ETHOS_IS_IMPORT (self), FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    {
      EthosEntry *entry = g_array_index (self->rows, EthosImportRow, i).entry;

      if (entry == NULL)
        continue;
      if (first == NULL || strcmp (entry->date, first) < 0)
        first = entry->date;
      if (last == NULL || strcmp (entry->date, last) > 0)
        last = entry->date;
    }
  if (first == NULL)
    return FALSE;
  *from = g_strdup (first);
  *to = g_strdup (last);
  return TRUE;
}

/* Marks the rows that repeat one of @entries (the diary's, over the import's dates: same kind,
 * day, length, and supervisor or title) and leaves them out. */
void
ethos_import_set_existing (EthosImport *self, GPtrArray *entries)
{
  g_return_if_fail (ETHOS_IS_IMPORT (self));

  g_clear_pointer (&self->existing, g_hash_table_unref);
  self->existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (entries, i);

      g_hash_table_insert (self->existing, ethos_import_duplicate_key (entry),
                           g_memdup2 (&entry->id, sizeof entry->id));
    }
  for (guint i = 0; i < self->rows->len; i++)
    mark_duplicate (self, &g_array_index (self->rows, EthosImportRow, i));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The entries the included rows become, in the table's order. */
GPtrArray *
ethos_import_get_entries (EthosImport *self)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (ETHOS_IS_IMPORT (self), entries);

  for (guint i = 0; i < self->rows->len; i++)
    {
      EthosImportRow *row = &g_array_index (self->rows, EthosImportRow, i);

      if (row->included)
        g_ptr_array_add (entries, g_object_ref (row->entry));
    }
  return entries;
}

/* How many rows will be stored, cannot be read, and repeat an entry of the diary. */
void
ethos_import_count (EthosImport *self, guint *added, guint *skipped, guint *duplicates)
{
  *added = *skipped = *duplicates = 0;
  g_return_if_fail (ETHOS_IS_IMPORT (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      EthosImportRow *row = &g_array_index (self->rows, EthosImportRow, i);

      *added += row->included;
      *skipped += row->entry == NULL;
      *duplicates += row->duplicate_of != 0;
    }
}
