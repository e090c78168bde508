/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-table"

#include "config.h"

#include <string.h>

#include "ethos-table.h"

/* A table read from a file (CSV, a spreadsheet's first sheet, a document's table): rows of cells
 * with the text each shows and, where the file says so, the date, number or length of time it
 * holds. Every reader (src/import) fills one the same way, row by row; rows with nothing in them
 * are dropped, and each row keeps the number the file gives it (a spreadsheet's row, a CSV's
 * line), for messages. */

G_DEFINE_QUARK (ethos-table-error-quark, ethos_table_error)

typedef struct
{
  guint   number;
  GArray *cells; /* EthosTableCell */
} Row;

struct _EthosTable
{
  GObject    parent_instance;

  GPtrArray *rows; /* Row */
  Row       *open;
  guint      n_columns;
};

G_DEFINE_FINAL_TYPE (EthosTable, ethos_table, G_TYPE_OBJECT)

static const EthosTableCell empty_cell = { (char *) "", ETHOS_CELL_TEXT, 0, "" };

static void
clear_cell (gpointer data)
{
  EthosTableCell *cell = data;

  g_free (cell->text);
}

static void
row_free (gpointer data)
{
  Row *row = data;

  if (row == NULL)
    return;
  g_array_unref (row->cells);
  g_free (row);
}

static void
ethos_table_finalize (GObject *object)
{
  EthosTable *self = ETHOS_TABLE (object);

  g_ptr_array_unref (self->rows);
  row_free (self->open);
  G_OBJECT_CLASS (ethos_table_parent_class)->finalize (object);
}

static void
ethos_table_class_init (EthosTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_table_finalize;
}

static void
ethos_table_init (EthosTable *self)
{
  self->rows = g_ptr_array_new_with_free_func (row_free);
}

EthosTable *
ethos_table_new (void)
{
  return g_object_new (ETHOS_TYPE_TABLE, NULL);
}

/* Starts a row the file numbers @number; a row left open is ended first. */
void
ethos_table_begin_row (EthosTable *self, guint number)
{
  g_return_if_fail (ETHOS_IS_TABLE (self));

  if (self->open != NULL)
    ethos_table_end_row (self);
  self->open = g_new0 (Row, 1);
  self->open->number = number;
  self->open->cells = g_array_new (FALSE, TRUE, sizeof (EthosTableCell));
  g_array_set_clear_func (self->open->cells, clear_cell);
}

/* The cell at @column of the open row, the cells before it made empty; NULL for an empty text
 * (nothing to keep) or when no row is open. */
static EthosTableCell *
put (EthosTable *self, guint column, const char *text)
{
  g_autofree char *trimmed = NULL;
  EthosTableCell *cell;

  g_return_val_if_fail (ETHOS_IS_TABLE (self), NULL);
  g_return_val_if_fail (self->open != NULL, NULL);

  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (!g_utf8_validate (trimmed, -1, NULL))
    {
      g_free (trimmed);
      trimmed = g_utf8_make_valid (text, -1);
      g_strstrip (trimmed);
    }
  while (self->open->cells->len <= column)
    {
      EthosTableCell blank = { g_strdup (""), ETHOS_CELL_TEXT, 0, "" };

      g_array_append_val (self->open->cells, blank);
    }
  cell = &g_array_index (self->open->cells, EthosTableCell, column);
  g_free (cell->text);
  cell->text = g_steal_pointer (&trimmed);
  cell->type = ETHOS_CELL_TEXT;
  return cell;
}

void
ethos_table_put_text (EthosTable *self, guint column, const char *text)
{
  put (self, column, text);
}

void
ethos_table_put_number (EthosTable *self, guint column, const char *text, double number)
{
  EthosTableCell *cell = put (self, column, text);

  if (cell == NULL)
    return;
  cell->type = ETHOS_CELL_NUMBER;
  cell->number = number;
}

void
ethos_table_put_date (EthosTable *self, guint column, const char *text, const char *iso)
{
  EthosTableCell *cell = put (self, column, text);

  if (cell == NULL || iso == NULL || strlen (iso) < 10)
    return;
  cell->type = ETHOS_CELL_DATE;
  g_strlcpy (cell->date, iso, sizeof cell->date);
}

void
ethos_table_put_time (EthosTable *self, guint column, const char *text, double minutes)
{
  EthosTableCell *cell = put (self, column, text);

  if (cell == NULL)
    return;
  cell->type = ETHOS_CELL_TIME;
  cell->number = minutes;
}

/* Ends the open row: kept when a cell has something in it, with trailing empty cells dropped. */
void
ethos_table_end_row (EthosTable *self)
{
  Row *row;

  g_return_if_fail (ETHOS_IS_TABLE (self));

  row = g_steal_pointer (&self->open);
  if (row == NULL)
    return;
  while (row->cells->len > 0
         && g_array_index (row->cells, EthosTableCell, row->cells->len - 1).text[0] == '\0')
    g_array_set_size (row->cells, row->cells->len - 1);
  if (row->cells->len == 0)
    {
      row_free (row);
      return;
    }
  self->n_columns = MAX (self->n_columns, row->cells->len);
  g_ptr_array_add (self->rows, row);
}

guint
ethos_table_get_n_rows (EthosTable *self)
{
  g_return_val_if_fail (ETHOS_IS_TABLE (self), 0);

  return self->rows->len;
}

guint
ethos_table_get_row_number (EthosTable *self, guint row)
{
  g_return_val_if_fail (ETHOS_IS_TABLE (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return ((Row *) g_ptr_array_index (self->rows, row))->number;
}

guint
ethos_table_get_n_cells (EthosTable *self, guint row)
{
  g_return_val_if_fail (ETHOS_IS_TABLE (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return ((Row *) g_ptr_array_index (self->rows, row))->cells->len;
}

guint
ethos_table_get_n_columns (EthosTable *self)
{
  g_return_val_if_fail (ETHOS_IS_TABLE (self), 0);

  return self->n_columns;
}

/* The cell, or an empty one past the end of its row. */
const EthosTableCell *
ethos_table_get_cell (EthosTable *self, guint row, guint column)
{
  Row *r;

  g_return_val_if_fail (ETHOS_IS_TABLE (self), &empty_cell);
  g_return_val_if_fail (row < self->rows->len, &empty_cell);

  r = g_ptr_array_index (self->rows, row);
  if (column >= r->cells->len)
    return &empty_cell;
  return &g_array_index (r->cells, EthosTableCell, column);
}

const char *
ethos_table_get_text (EthosTable *self, guint row, guint column)
{
  return ethos_table_get_cell (self, row, column)->text;
}
