/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-table-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-table-readers-private.h"

/* CSV as spreadsheets and online logs write it: UTF-8 (with or without a byte-order mark) or
 * Windows-1252, which Excel writes on Windows; the delimiter found among , ; tab and |; fields in
 * double quotes may hold the delimiter, newlines and "" for a quote. Every cell is text. */

#define CSV_MAX (100 * 1024 * 1024)
#define SNIFF_LINES 20

static const char delimiters[] = { ',', ';', '\t', '|' };

/* How many times @delimiter stands outside quotes on each of the first lines. */
static void
count_per_line (const char *data, char delimiter, guint *counts, guint *n_lines)
{
  gboolean quoted = FALSE;
  guint line = 0;

  counts[0] = 0;
  for (const char *p = data; *p != '\0' && line < SNIFF_LINES; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == delimiter)
        counts[line]++;
      else if (!quoted && *p == '\n')
        {
          line++;
          if (line < SNIFF_LINES)
            counts[line] = 0;
        }
    }
  *n_lines = MIN (line + 1, SNIFF_LINES);
}

/* The delimiter that splits the most lines into the same number of fields (a title line above
 * the table is outvoted); a comma when none splits any. */
static char
sniff (const char *data)
{
  char best = ',';
  guint best_lines = 0, best_count = 0;

  for (guint d = 0; d < G_N_ELEMENTS (delimiters); d++)
    {
      guint counts[SNIFF_LINES], n_lines;

      count_per_line (data, delimiters[d], counts, &n_lines);
      for (guint i = 0; i < n_lines; i++)
        {
          guint same = 0;

          if (counts[i] == 0)
            continue;
          for (guint j = 0; j < n_lines; j++)
            same += counts[j] == counts[i];
          if (same > best_lines || (same == best_lines && counts[i] > best_count))
            {
              best = delimiters[d];
              best_lines = same;
              best_count = counts[i];
            }
        }
    }
  return best;
}

static void
parse (EthosTable *table, const char *data, char delimiter)
{
  g_autoptr (GString) field = g_string_new (NULL);
  guint line = 1, column = 0;
  gboolean quoted = FALSE, open = FALSE;

  for (const char *p = data;; p++)
    {
      char c = *p;

      if (!open)
        {
          if (c == '\0')
            break;
          ethos_table_begin_row (table, line);
          open = TRUE;
          column = 0;
        }
      if (quoted && c != '\0')
        {
          if (c == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (c == '"')
            quoted = FALSE;
          else
            {
              line += c == '\n';
              if (c != '\r')
                g_string_append_c (field, c);
            }
          continue;
        }
      if (c == '"' && field->len == 0)
        quoted = TRUE;
      else if (c == delimiter)
        {
          ethos_table_put_text (table, column++, field->str);
          g_string_truncate (field, 0);
        }
      else if (c == '\n' || c == '\0')
        {
          ethos_table_put_text (table, column, field->str);
          g_string_truncate (field, 0);
          ethos_table_end_row (table);
          open = FALSE;
          line++;
          if (c == '\0')
            break;
        }
      else if (c != '\r')
        g_string_append_c (field, c);
    }
}

EthosTable *
ethos_table_read_csv (const char *path, const char *name, GError **error)
{
  g_autoptr (EthosTable) table = ethos_table_new ();
  g_autofree char *contents = NULL;
  g_autofree char *converted = NULL;
  const char *text;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  if (length > CSV_MAX)
    {
      g_set_error (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_NOT_A_TABLE,
                   _("“%s” is too large to read"), name);
      return NULL;
    }
  /* A NUL is never in text: a spreadsheet, a zip or a picture given a .csv name. */
  if (memchr (contents, '\0', length) != NULL)
    {
      ethos_table_not_a (error, name, _("a CSV file"));
      return NULL;
    }
  text = contents;
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    text += 3;
  if (!g_utf8_validate (text, -1, NULL))
    {
      converted = g_convert (text, -1, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
      if (converted == NULL)
        {
          ethos_table_not_a (error, name, _("a CSV file"));
          return NULL;
        }
      text = converted;
    }
  parse (table, text, sniff (text));
  if (ethos_table_get_n_rows (table) == 0)
    {
      g_set_error (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_NO_TABLE,
                   _("“%s” is empty"), name);
      return NULL;
    }
  return g_steal_pointer (&table);
}
