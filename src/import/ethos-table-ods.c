/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-table-ods"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ethos-table-readers-private.h"

/* An OpenDocument spreadsheet (LibreOffice Calc): the first table of content.xml. Each cell
 * says its type (office:value-type) and, for a date, number or time, its value beside the text
 * it shows. Repeated rows and cells (how Calc writes blanks to the sheet's end) are expanded
 * only when they hold something, and then at most a few times. */

#define WHAT _("an OpenDocument spreadsheet (.ods)")
#define REPEAT_MAX 1000

/* "PT01H30M00S" → 90 minutes. */
static gboolean
parse_time (const char *text, double *minutes)
{
  double hours = 0, mins = 0, secs = 0;
  const char *p = text;
  char *end;

  if (text == NULL || strncmp (p, "PT", 2) != 0)
    return FALSE;
  for (p += 2; *p != '\0'; p = end + 1)
    {
      double value = g_ascii_strtod (p, &end);

      if (end == p)
        return FALSE;
      if (*end == 'H')
        hours = value;
      else if (*end == 'M')
        mins = value;
      else if (*end == 'S')
        secs = value;
      else
        return FALSE;
    }
  *minutes = hours * 60 + mins + secs / 60;
  return TRUE;
}

static guint
repeated (xmlNode *node, const char *attribute)
{
  g_autofree char *value = ethos_xml_attr (node, attribute);
  int n = value != NULL ? atoi (value) : 1;

  return n > 0 ? (guint) n : 1;
}

static void
put_cell (EthosTable *table, xmlNode *cell, guint column)
{
  g_autofree char *type = ethos_xml_attr (cell, "value-type");
  g_autofree char *text = ethos_xml_text (cell, FALSE);

  if (g_strcmp0 (type, "date") == 0)
    {
      g_autofree char *value = ethos_xml_attr (cell, "date-value");
      g_autofree char *iso = value != NULL && strlen (value) >= 10 ? g_strndup (value, 10) : NULL;

      if (iso != NULL)
        {
          ethos_table_put_date (table, column, text[0] != '\0' ? text : iso, iso);
          return;
        }
    }
  else if (g_strcmp0 (type, "time") == 0)
    {
      g_autofree char *value = ethos_xml_attr (cell, "time-value");
      double minutes;

      if (parse_time (value, &minutes))
        {
          ethos_table_put_time (table, column, text, minutes);
          return;
        }
    }
  else if (g_strcmp0 (type, "float") == 0 || g_strcmp0 (type, "percentage") == 0
           || g_strcmp0 (type, "currency") == 0)
    {
      g_autofree char *value = ethos_xml_attr (cell, "value");
      char *end = NULL;
      double number = value != NULL ? g_ascii_strtod (value, &end) : NAN;

      if (value != NULL && end != value && isfinite (number))
        {
          ethos_table_put_number (table, column, text, number);
          return;
        }
    }
  ethos_table_put_text (table, column, text);
}

static gboolean
cell_is_empty (xmlNode *cell)
{
  g_autofree char *type = ethos_xml_attr (cell, "value-type");
  g_autofree char *text = NULL;

  if (type != NULL)
    return FALSE;
  text = ethos_xml_text (cell, FALSE);
  return g_strstrip (text)[0] == '\0';
}

static gboolean
row_is_empty (xmlNode *row)
{
  for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
    if (ethos_xml_is (cell, "table-cell") && !cell_is_empty (cell))
      return FALSE;
  return TRUE;
}

static void
read_row (EthosTable *table, xmlNode *row, guint number)
{
  guint column = 0;

  ethos_table_begin_row (table, number);
  for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
    {
      guint n;

      if (!ethos_xml_is (cell, "table-cell") && !ethos_xml_is (cell, "covered-table-cell"))
        continue;
      n = repeated (cell, "number-columns-repeated");
      if (ethos_xml_is (cell, "covered-table-cell") || cell_is_empty (cell))
        {
          column += MIN (n, 16384);
          continue;
        }
      for (guint i = 0; i < MIN (n, 100); i++)
        put_cell (table, cell, column++);
    }
  ethos_table_end_row (table);
}

/* The rows of @node in order, through header rows and row groups. */
static void
read_rows (EthosTable *table, xmlNode *node, guint *number)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (ethos_xml_is (child, "table-row"))
        {
          guint n = repeated (child, "number-rows-repeated");

          if (row_is_empty (child))
            {
              *number += MIN (n, 1048576);
              continue;
            }
          for (guint i = 0; i < MIN (n, REPEAT_MAX); i++)
            read_row (table, child, ++*number);
        }
      else if (ethos_xml_is (child, "table-header-rows") || ethos_xml_is (child, "table-rows")
               || ethos_xml_is (child, "table-row-group"))
        read_rows (table, child, number);
    }
}

EthosTable *
ethos_table_read_ods (GsfInfile *zip, const char *name, GError **error)
{
  g_autoptr (EthosTable) table = ethos_table_new ();
  g_autoptr (xmlDoc) doc = NULL;
  xmlNode *spreadsheet, *first = NULL;
  guint number = 0;

  doc = ethos_zip_read_xml (zip, "content.xml", name, WHAT, error);
  if (doc == NULL)
    return NULL;
  spreadsheet = ethos_xml_find (xmlDocGetRootElement (doc), "spreadsheet");
  if (spreadsheet == NULL)
    {
      ethos_table_not_a (error, name, WHAT);
      return NULL;
    }
  for (xmlNode *n = spreadsheet->children; n != NULL && first == NULL; n = n->next)
    if (ethos_xml_is (n, "table"))
      first = n;
  if (first != NULL)
    read_rows (table, first, &number);
  return ethos_table_take_sheet (&table, name, error);
}
