/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-import-private.h"

/* An import's columns: the header row, found within the first rows of a table, and the field
 * each column is taken as, mapped by the person ("COLUMN=FIELD", the column named by its header
 * with case and punctuation aside) or named by its header (ethos-import-fields.c). */

/* How far down a title, notes or a blank form's instructions may push the header row. */
#define HEADER_ROWS_SEARCHED 20

/* A --map entry, "COLUMN=FIELD": the column's header normalised and the field. */
typedef struct
{
  char             *column;
  EthosImportField  field;
  gboolean          used;
} Mapping;

static void
clear_mapping (gpointer data)
{
  g_free (((Mapping *) data)->column);
}

/* The mappings of @map ("COLUMN=FIELD" strings), for the functions below; NULL with
 * ETHOS_TABLE_ERROR_MAPPING for one that is not a mapping or names no field. */
GArray *
ethos_import_parse_map (const char *const *map, GError **error)
{
  g_autoptr (GArray) mappings = g_array_new (FALSE, TRUE, sizeof (Mapping));

  g_array_set_clear_func (mappings, clear_mapping);
  for (guint i = 0; map != NULL && map[i] != NULL; i++)
    {
      const char *equals = strrchr (map[i], '=');
      g_autoptr (GError) local = NULL;
      g_autofree char *column = NULL;
      Mapping mapping = { 0 };

      if (equals == NULL || equals == map[i])
        {
          g_set_error (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_MAPPING,
                       _("“%s” is not a mapping: write COLUMN=FIELD, as “Length (mins)=minutes”"),
                       map[i]);
          return NULL;
        }
      if (!ethos_import_field_from_string (equals + 1, &mapping.field, &local))
        {
          g_set_error_literal (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_MAPPING,
                               local->message);
          return NULL;
        }
      column = g_strndup (map[i], equals - map[i]);
      mapping.column = ethos_import_normalize_header (column);
      g_array_append_val (mappings, mapping);
    }
  return g_steal_pointer (&mappings);
}

static Mapping *
mapping_for (GArray *mappings, const char *header)
{
  g_autofree char *normal = NULL;

  if (mappings == NULL || mappings->len == 0)
    return NULL;
  normal = ethos_import_normalize_header (header);
  for (guint i = 0; i < mappings->len; i++)
    if (g_str_equal (g_array_index (mappings, Mapping, i).column, normal))
      return &g_array_index (mappings, Mapping, i);
  return NULL;
}

static EthosImportField
field_for (GArray *mappings, const char *header)
{
  Mapping *mapping = mapping_for (mappings, header);

  return mapping != NULL ? mapping->field : ethos_import_field_for_header (header);
}

/* The first row within the first rows that names a date and one other field; an error
 * (ETHOS_TABLE_ERROR_NO_HEADER) when there is none. */
gboolean
ethos_import_locate_header (EthosTable *table, GArray *mappings, guint *header, GError **error)
{
  for (guint r = 0; r < MIN (ethos_table_get_n_rows (table), HEADER_ROWS_SEARCHED); r++)
    {
      gboolean date = FALSE;
      guint named = 0;

      for (guint c = 0; c < ethos_table_get_n_cells (table, r); c++)
        {
          EthosImportField field = field_for (mappings, ethos_table_get_text (table, r, c));

          date |= field == ETHOS_IMPORT_FIELD_DATE;
          named += field != ETHOS_IMPORT_FIELD_IGNORE;
        }
      if (date && named >= 2)
        {
          *header = r;
          return TRUE;
        }
    }
  g_set_error (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_NO_HEADER,
               _("No header row: none of the first %d rows names a date and another column "
                 "Ethos knows, such as “Date” and “Hours”"),
               HEADER_ROWS_SEARCHED);
  return FALSE;
}

/* The index of the header row of @table, for a reader choosing among a document's tables;
 * @found says whether there is one. */
guint
ethos_import_find_header (EthosTable *table, const char *const *map, gboolean *found)
{
  g_autoptr (GArray) mappings = ethos_import_parse_map (map, NULL);
  guint header = 0;

  *found = ethos_import_locate_header (table, mappings, &header, NULL);
  return header;
}

/* Each column's header (into @headers, char *) and field (into @fields, EthosImportField):
 * the mapped ones first, then each header's own, a field taken once. An error
 * (ETHOS_TABLE_ERROR_MAPPING) for a mapping to a column that is not there. */
gboolean
ethos_import_map_columns (EthosTable *table,
                          guint       header_row,
                          GArray     *mappings,
                          GPtrArray  *headers,
                          GArray     *fields,
                          GError    **error)
{
  guint n = ethos_table_get_n_columns (table);
  gboolean taken[ETHOS_IMPORT_N_FIELDS] = { FALSE };

  g_array_set_size (fields, n);
  for (guint c = 0; c < n; c++)
    {
      const char *header = ethos_table_get_text (table, header_row, c);
      Mapping *mapping = mapping_for (mappings, header);

      g_ptr_array_add (headers, g_strdup (header));
      g_array_index (fields, EthosImportField, c) = ETHOS_IMPORT_FIELD_IGNORE;
      if (mapping != NULL)
        {
          mapping->used = TRUE;
          g_array_index (fields, EthosImportField, c) = mapping->field;
          taken[mapping->field] = TRUE;
        }
    }
  for (guint i = 0; mappings != NULL && i < mappings->len; i++)
    if (!g_array_index (mappings, Mapping, i).used)
      {
        g_autoptr (GString) known = g_string_new (NULL);

        for (guint c = 0; c < n; c++)
          if (((char *) g_ptr_array_index (headers, c))[0] != '\0')
            g_string_append_printf (known, "%s“%s”", known->len > 0 ? ", " : "",
                                    (char *) g_ptr_array_index (headers, c));
        g_set_error (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_MAPPING,
                     _("There is no column “%s” in the header row (row %u: %s)"),
                     g_array_index (mappings, Mapping, i).column,
                     ethos_table_get_row_number (table, header_row), known->str);
        return FALSE;
      }
  for (guint c = 0; c < n; c++)
    {
      EthosImportField field;

      if (mapping_for (mappings, g_ptr_array_index (headers, c)) != NULL)
        continue;
      field = ethos_import_field_for_header (g_ptr_array_index (headers, c));
      if (field != ETHOS_IMPORT_FIELD_IGNORE && !taken[field])
        {
          g_array_index (fields, EthosImportField, c) = field;
          taken[field] = TRUE;
        }
    }
  return TRUE;
}
