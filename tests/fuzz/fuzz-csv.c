/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "ethos-csv.h"
#include "ethos-entry.h"
#include "fuzz-common.h"

/* The CSV writer's quoting with any bytes at all: what it writes must be RFC 4180 that a strict
 * reader takes back to the very same fields. The input is the fields, separated by NUL bytes
 * (the one byte a C string cannot hold). */

/* A strict RFC 4180 reader: records end in CRLF, a quoted field closes before a comma or the end
 * of its record, an unquoted one holds no quote, comma, CR or LF. Returns NULL for anything
 * else. */
static GPtrArray *
read_csv (const char *text)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++;; p++)
            {
              if (*p == '\0')
                return NULL;
              if (*p == '"' && p[1] == '"')
                p++;
              else if (*p == '"')
                break;
              g_string_append_c (field, *p);
            }
          p++;
        }
      else
        for (; *p != '\0' && strchr (",\r\n\"", *p) == NULL; p++)
          g_string_append_c (field, *p);

      g_ptr_array_add (row, g_strndup (field->str, field->len));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else if (p[0] == '\r' && p[1] == '\n')
        {
          p += 2;
          g_ptr_array_add (rows, g_steal_pointer (&row));
          row = g_ptr_array_new_with_free_func (g_free);
        }
      else
        return NULL;
    }
  return row->len == 0 ? g_steal_pointer (&rows) : NULL;
}

static void
fuzz_row (GPtrArray *fields)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GPtrArray) rows = NULL;
  GPtrArray *row;

  for (guint i = 0; i < fields->len; i++)
    ethos_csv_append_field (out, g_ptr_array_index (fields, i));
  g_string_append (out, "\r\n");

  rows = read_csv (out->str);
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, 1);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (row->len, ==, fields->len);
  for (guint i = 0; i < fields->len; i++)
    g_assert_cmpstr (g_ptr_array_index (row, i), ==, g_ptr_array_index (fields, i));
}

static const char *
cell (GPtrArray *rows, guint row, const char *column)
{
  GPtrArray *header = g_ptr_array_index (rows, 0);

  for (guint i = 0; i < header->len; i++)
    if (g_str_equal (g_ptr_array_index (header, i), column))
      return g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, row), i);
  g_assert_not_reached ();
}

static void
set (char **field, const char *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* The whole export, with the awkward text in a supervision note and a CPD title. */
static void
fuzz_export (const char *notes, const char *title)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *text = NULL;
  EthosEntry *session = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  EthosEntry *course = ethos_entry_new (ETHOS_ENTRY_CPD);
  const char *bom = "\xEF\xBB\xBF";

  set (&session->date, "2026-03-04");
  session->minutes = 90;
  set (&session->notes, notes);
  g_ptr_array_add (session->clauses, g_strdup (title));
  set (&course->date, "2026-05-01");
  course->minutes = 60;
  set (&course->title, title);
  set (&course->reflection, notes);
  g_ptr_array_add (entries, session);
  g_ptr_array_add (entries, course);

  g_assert_true (ethos_csv_write_entries (entries, NULL, NULL, out, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
  g_assert_true (g_str_has_prefix (text, bom));

  rows = read_csv (text + strlen (bom));
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (cell (rows, 1, "notes"), ==, notes);
  g_assert_cmpstr (cell (rows, 1, "clauses"), ==, title);
  g_assert_cmpstr (cell (rows, 2, "title"), ==, title);
  g_assert_cmpstr (cell (rows, 2, "reflection"), ==, notes);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  const uint8_t *start = data;
  const uint8_t *end = data + size;

  for (;;)
    {
      const uint8_t *nul = memchr (start, '\0', end - start);
      const uint8_t *stop = nul != NULL ? nul : end;

      g_ptr_array_add (fields, g_strndup ((const char *) start, stop - start));
      if (nul == NULL)
        break;
      start = nul + 1;
    }

  fuzz_row (fields);
  fuzz_export (g_ptr_array_index (fields, 0),
               fields->len > 1 ? g_ptr_array_index (fields, 1) : "");
  return 0;
}
