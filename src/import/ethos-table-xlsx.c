/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-table-xlsx"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ethos-table-readers-private.h"

/* An Excel workbook (Office Open XML): the first sheet of xl/workbook.xml, its shared strings,
 * and the number formats of xl/styles.xml, which alone say that a number is a date (days since
 * 1900, or 1904) or a length of time (a fraction of a day). */

#define WHAT _("an Excel workbook (.xlsx)")

typedef struct
{
  GPtrArray *strings;   /* shared strings */
  GArray    *styles;    /* per cell style: ETHOS_CELL_NUMBER, _DATE or _TIME */
  gboolean   date1904;
} Workbook;

/* What a number format shows: a date, a time of day or length, or a plain number. Built-in
 * formats by id (ECMA-376 18.8.30), custom ones by their letters outside quotes and brackets. */
static EthosCellType
format_type (guint id, const char *code)
{
  gboolean date = FALSE, time = FALSE, quoted = FALSE;

  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return ETHOS_CELL_DATE;
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
    return ETHOS_CELL_TIME;
  if (code == NULL)
    return ETHOS_CELL_NUMBER;
  for (const char *p = code; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '[')
        {
          /* [h]:mm is a length of time; [Red], [$£-809] are not letters of the format. */
          if (p[1] == 'h' || p[1] == 'H' || p[1] == 'm' || p[1] == 'M')
            time = TRUE;
          while (*p != '\0' && *p != ']')
            p++;
          if (*p == '\0')
            break;
        }
      else if (strchr ("dDyY", *p) != NULL)
        date = TRUE;
      else if (strchr ("hHsS", *p) != NULL)
        time = TRUE;
    }
  return date ? ETHOS_CELL_DATE : time ? ETHOS_CELL_TIME : ETHOS_CELL_NUMBER;
}

static void
read_styles (GsfInfile *zip, Workbook *book)
{
  g_autoptr (xmlDoc) doc = NULL;
  g_autoptr (GHashTable) codes = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  xmlNode *root, *formats, *xfs;

  if (!ethos_zip_has (zip, "xl/styles.xml"))
    return;
  doc = ethos_zip_read_xml (zip, "xl/styles.xml", "", "", NULL);
  if (doc == NULL)
    return;
  root = xmlDocGetRootElement (doc);
  formats = ethos_xml_find (root, "numFmts");
  for (xmlNode *n = formats != NULL ? formats->children : NULL; n != NULL; n = n->next)
    if (ethos_xml_is (n, "numFmt"))
      {
        g_autofree char *id = ethos_xml_attr (n, "numFmtId");

        if (id != NULL)
          g_hash_table_insert (codes, GUINT_TO_POINTER (atoi (id)), ethos_xml_attr (n, "formatCode"));
      }
  xfs = ethos_xml_find (root, "cellXfs");
  for (xmlNode *n = xfs != NULL ? xfs->children : NULL; n != NULL; n = n->next)
    if (ethos_xml_is (n, "xf"))
      {
        g_autofree char *id = ethos_xml_attr (n, "numFmtId");
        guint number = id != NULL ? (guint) atoi (id) : 0;
        EthosCellType type = format_type (number, g_hash_table_lookup (codes,
                                                                       GUINT_TO_POINTER (number)));

        g_array_append_val (book->styles, type);
      }
}

static void
read_strings (GsfInfile *zip, Workbook *book, GError **error)
{
  g_autoptr (xmlDoc) doc = NULL;

  if (!ethos_zip_has (zip, "xl/sharedStrings.xml"))
    return;
  doc = ethos_zip_read_xml (zip, "xl/sharedStrings.xml", "", "", NULL);
  if (doc == NULL)
    return;
  for (xmlNode *n = xmlDocGetRootElement (doc)->children; n != NULL; n = n->next)
    if (ethos_xml_is (n, "si"))
      g_ptr_array_add (book->strings, ethos_xml_text (n, TRUE));
}

/* The path in the zip of the workbook's first sheet, from its relationship. */
static char *
first_sheet (GsfInfile *zip, const char *name, GError **error)
{
  g_autoptr (xmlDoc) workbook = ethos_zip_read_xml (zip, "xl/workbook.xml", name, WHAT, error);
  g_autoptr (xmlDoc) rels = NULL;
  g_autofree char *id = NULL;
  xmlNode *sheet;

  if (workbook == NULL)
    return NULL;
  sheet = ethos_xml_find (xmlDocGetRootElement (workbook), "sheet");
  id = sheet != NULL ? ethos_xml_attr (sheet, "id") : NULL;
  rels = ethos_zip_has (zip, "xl/_rels/workbook.xml.rels")
           ? ethos_zip_read_xml (zip, "xl/_rels/workbook.xml.rels", name, WHAT, NULL)
           : NULL;
  for (xmlNode *n = rels != NULL && id != NULL ? xmlDocGetRootElement (rels)->children : NULL;
       n != NULL; n = n->next)
    {
      g_autofree char *rel = ethos_xml_attr (n, "Id");
      g_autofree char *target = ethos_xml_attr (n, "Target");

      if (g_strcmp0 (rel, id) == 0 && target != NULL)
        return target[0] == '/' ? g_strdup (target + 1) : g_strconcat ("xl/", target, NULL);
    }
  return g_strdup ("xl/worksheets/sheet1.xml");
}

static gboolean
is_1904 (GsfInfile *zip)
{
  g_autoptr (xmlDoc) workbook = ethos_zip_read_xml (zip, "xl/workbook.xml", "", "", NULL);
  xmlNode *pr = workbook != NULL ? ethos_xml_find (xmlDocGetRootElement (workbook), "workbookPr")
                                 : NULL;
  g_autofree char *value = pr != NULL ? ethos_xml_attr (pr, "date1904") : NULL;

  return value != NULL && (g_str_equal (value, "1") || g_str_equal (value, "true"));
}

/* "C12" → column 2 (from 0). */
static guint
column_of (const char *ref, guint fallback)
{
  guint column = 0;
  const char *p;

  for (p = ref; p != NULL && g_ascii_isalpha (*p); p++)
    column = column * 26 + (g_ascii_toupper (*p) - 'A' + 1);
  return column > 0 && column <= 16384 ? column - 1 : fallback;
}

static void
put_number (EthosTable *table, guint column, Workbook *book, guint style, double value)
{
  EthosCellType type = style < book->styles->len ? g_array_index (book->styles, EthosCellType, style)
                                                 : ETHOS_CELL_NUMBER;
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (type == ETHOS_CELL_DATE && value >= 1 && value < 2958466)
    {
      g_autofree char *iso = NULL;
      GDate date;

      g_date_clear (&date, 1);
      if (book->date1904)
        g_date_set_dmy (&date, 1, 1, 1904);
      else
        g_date_set_dmy (&date, 30, 12, 1899);
      g_date_add_days (&date, (guint) floor (value));
      iso = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                             g_date_get_day (&date));
      ethos_table_put_date (table, column, iso, iso);
    }
  else if (type == ETHOS_CELL_TIME && value >= 0)
    {
      long minutes = lround (value * 24 * 60);
      g_autofree char *shown = g_strdup_printf ("%ld:%02ld", minutes / 60, minutes % 60);

      ethos_table_put_time (table, column, shown, (double) minutes);
    }
  else
    ethos_table_put_number (table, column, g_ascii_formatd (text, sizeof text, "%.10g", value),
                            value);
}

static void
read_cell (EthosTable *table, xmlNode *cell, guint column, Workbook *book)
{
  g_autofree char *type = ethos_xml_attr (cell, "t");
  g_autofree char *style = ethos_xml_attr (cell, "s");
  xmlNode *value = NULL, *inline_string = NULL;
  g_autofree char *text = NULL;

  for (xmlNode *n = cell->children; n != NULL; n = n->next)
    if (ethos_xml_is (n, "v"))
      value = n;
    else if (ethos_xml_is (n, "is"))
      inline_string = n;
  if (inline_string != NULL)
    {
      text = ethos_xml_text (inline_string, TRUE);
      ethos_table_put_text (table, column, text);
      return;
    }
  if (value == NULL)
    return;
  text = ethos_xml_text (value, FALSE);
  if (g_strcmp0 (type, "s") == 0)
    {
      guint index = (guint) atoi (text);

      ethos_table_put_text (table, column, index < book->strings->len
                                             ? g_ptr_array_index (book->strings, index)
                                             : "");
    }
  else if (g_strcmp0 (type, "d") == 0 && strlen (text) >= 10)
    {
      g_autofree char *iso = g_strndup (text, 10);

      ethos_table_put_date (table, column, iso, iso);
    }
  else if (type == NULL || g_str_equal (type, "n"))
    {
      char *end = NULL;
      double number = g_ascii_strtod (text, &end);

      if (end != text && *end == '\0' && isfinite (number))
        put_number (table, column, book, style != NULL ? (guint) atoi (style) : 0, number);
      else
        ethos_table_put_text (table, column, text);
    }
  else
    ethos_table_put_text (table, column, text);
}

EthosTable *
ethos_table_read_xlsx (GsfInfile *zip, const char *name, GError **error)
{
  g_autoptr (EthosTable) table = ethos_table_new ();
  g_autoptr (GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) styles = g_array_new (FALSE, FALSE, sizeof (EthosCellType));
  Workbook book = { strings, styles, FALSE };
  g_autofree char *path = first_sheet (zip, name, error);
  g_autoptr (xmlDoc) sheet = NULL;
  xmlNode *data;
  guint number = 0;

  if (path == NULL)
    return NULL;
  sheet = ethos_zip_read_xml (zip, path, name, WHAT, error);
  if (sheet == NULL)
    return NULL;
  book.date1904 = is_1904 (zip);
  read_styles (zip, &book);
  read_strings (zip, &book, NULL);
  data = ethos_xml_find (xmlDocGetRootElement (sheet), "sheetData");
  for (xmlNode *row = data != NULL ? data->children : NULL; row != NULL; row = row->next)
    {
      g_autofree char *r = NULL;
      guint column = 0;

      if (!ethos_xml_is (row, "row"))
        continue;
      r = ethos_xml_attr (row, "r");
      number = r != NULL && atoi (r) > 0 ? (guint) atoi (r) : number + 1;
      ethos_table_begin_row (table, number);
      for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
        {
          g_autofree char *ref = NULL;

          if (!ethos_xml_is (cell, "c"))
            continue;
          ref = ethos_xml_attr (cell, "r");
          column = column_of (ref, column);
          read_cell (table, cell, column, &book);
          column++;
        }
      ethos_table_end_row (table);
    }
  return ethos_table_take_sheet (&table, name, error);
}
