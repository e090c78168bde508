/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-table-docx"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ethos-import.h"
#include "ethos-table-readers-private.h"

/* A Word document (Office Open XML): the first table of word/document.xml with a header row
 * Ethos recognises (BACP's and NCPS's CPD record templates are tables, often after a table of
 * the member's details), or the first table when none has one. Merged cells keep their columns
 * (a cell spanning two is followed by an empty one). Rows are numbered within the table. */

#define WHAT _("a Word document (.docx)")

/* The children of @parent named @name (rows, or a row's cells) in order, with those that content
 * controls (w:sdt) wrap. */
static void
children_named (xmlNode *parent, const char *name, GPtrArray *found)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (ethos_xml_is (child, "sdt"))
      {
        xmlNode *content = ethos_xml_find (child, "sdtContent");

        if (content != NULL)
          children_named (content, name, found);
      }
    else if (ethos_xml_is (child, name))
      g_ptr_array_add (found, child);
}

static void
read_cells (EthosTable *table, xmlNode *row)
{
  g_autoptr (GPtrArray) cells = g_ptr_array_new ();
  guint column = 0;

  children_named (row, "tc", cells);
  for (guint i = 0; i < cells->len; i++)
    {
      xmlNode *cell = g_ptr_array_index (cells, i);
      g_autofree char *text = ethos_xml_text (cell, TRUE);
      xmlNode *span = ethos_xml_find (cell, "gridSpan");
      g_autofree char *value = span != NULL ? ethos_xml_attr (span, "val") : NULL;

      ethos_table_put_text (table, column, text);
      column += value != NULL ? CLAMP (atoi (value), 1, 63) : 1;
    }
}

static void
read_rows (EthosTable *table, xmlNode *tbl)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  children_named (tbl, "tr", rows);
  for (guint i = 0; i < rows->len; i++)
    {
      ethos_table_begin_row (table, i + 1);
      read_cells (table, g_ptr_array_index (rows, i));
      ethos_table_end_row (table);
    }
}

static void
find_tables (xmlNode *node, GPtrArray *tables)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (ethos_xml_is (child, "tbl"))
      g_ptr_array_add (tables, child);
    else if (child->type == XML_ELEMENT_NODE)
      find_tables (child, tables);
}

EthosTable *
ethos_table_read_docx (GsfInfile *zip, const char *name, GError **error)
{
  g_autoptr (xmlDoc) doc = ethos_zip_read_xml (zip, "word/document.xml", name, WHAT, error);
  g_autoptr (GPtrArray) tables = g_ptr_array_new ();
  g_autoptr (EthosTable) first = NULL;

  if (doc == NULL)
    return NULL;
  find_tables (xmlDocGetRootElement (doc), tables);
  for (guint i = 0; i < tables->len; i++)
    {
      g_autoptr (EthosTable) table = ethos_table_new ();
      gboolean found;

      read_rows (table, g_ptr_array_index (tables, i));
      if (ethos_table_get_n_rows (table) == 0)
        continue;
      ethos_import_find_header (table, NULL, &found);
      if (found)
        return g_steal_pointer (&table);
      if (first == NULL)
        first = g_steal_pointer (&table);
    }
  if (first == NULL)
    g_set_error (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_NO_TABLE,
                 _("“%s” holds no table"), name);
  return g_steal_pointer (&first);
}
