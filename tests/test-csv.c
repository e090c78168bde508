/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include <gio/gio.h>
#include <locale.h>
#include <string.h>

#include "case-fixture.h"
#include "ethos-csv.h"
#include "ethos-entry.h"

/* The CSV export read back by an independent RFC 4180 reader: awkward text survives. */

/* Reads CSV text into rows of fields, as a spreadsheet program does. */
static GPtrArray *
read_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;
  const char *p = text;

  if (g_str_has_prefix (p, "\xEF\xBB\xBF"))
    p += 3;
  for (; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
        }
      else if (*p == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          p++;
        }
      else
        g_string_append_c (field, *p);
    }
  g_assert_cmpuint (field->len, ==, 0);
  g_assert_cmpuint (row->len, ==, 0);
  g_string_free (field, TRUE);
  g_ptr_array_unref (row);
  return rows;
}

static const char *
cell (GPtrArray *rows, guint row, const char *column)
{
  GPtrArray *header = g_ptr_array_index (rows, 0);

  for (guint i = 0; i < header->len; i++)
    if (g_str_equal (g_ptr_array_index (header, i), column))
      return g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, row), i);
  g_error ("no column %s", column);
}

static void
test_round_trip (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *text = NULL;
  EthosEntry *session = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  EthosEntry *course = ethos_entry_new (ETHOS_ENTRY_CPD);
  const char *awkward = "She said, \"enough\" —\nthen: “stop”, twice;\r\n  indented  ";

  session->id = 7;
  session->date = g_strdup ("2026-03-04");
  session->minutes = 90;
  g_free (session->notes);
  session->notes = g_strdup (awkward);
  g_ptr_array_add (session->clauses, g_strdup ("cosrt:64"));
  g_ptr_array_add (session->clauses, g_strdup ("ipt-uk:8"));
  course->id = 8;
  course->date = g_strdup ("2026-05-01");
  course->end_date = g_strdup ("2026-05-02");
  course->minutes = 750;
  g_free (course->title);
  course->title = g_strdup ("Couples, \"triangles\", and ethics");
  g_ptr_array_add (entries, session);
  g_ptr_array_add (entries, course);

  g_assert_true (ethos_csv_write_entries (entries, NULL, fixture->store, out, NULL));
  g_output_stream_close (out, NULL, NULL);
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF" "id,kind,date"));

  rows = read_csv (text);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (cell (rows, 1, "notes"), ==, awkward);
  g_assert_cmpstr (cell (rows, 1, "minutes"), ==, "90");
  g_assert_cmpstr (cell (rows, 1, "hours"), ==, "1.50");
  /* The links as kept, for a script; beside them the clauses as a person cites them. */
  g_assert_cmpstr (cell (rows, 1, "clauses"), ==, "cosrt:64; ipt-uk:8");
  g_assert_cmpstr (cell (rows, 1, "citations"), ==, "COSRT 64; IPT UK 8");
  g_assert_cmpstr (cell (rows, 2, "title"), ==, "Couples, \"triangles\", and ethics");
  g_assert_cmpstr (cell (rows, 2, "end_date"), ==, "2026-05-02");
  g_assert_cmpstr (cell (rows, 2, "hours"), ==, "12.50");
  g_assert_cmpstr (cell (rows, 2, "kind"), ==, "cpd");
}

/* Found by fuzzing: an empty first field was written as nothing, so the comma before the next
 * field was left out too and the record lost a column. */
static void
test_empty_first_field (void)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GPtrArray) rows = NULL;
  GPtrArray *row;

  ethos_csv_append_field (text, "");
  ethos_csv_append_field (text, "n");
  g_string_append (text, "\r\n");
  ethos_csv_append_field (text, NULL);
  ethos_csv_append_field (text, NULL);
  g_string_append (text, "\r\n");
  ethos_csv_append_field (text, "");
  g_string_append (text, "\r\n");
  g_assert_cmpstr (text->str, ==, "\"\",n\r\n\"\",\r\n\"\"\r\n");

  rows = read_csv (text->str);
  g_assert_cmpuint (rows->len, ==, 3);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (row->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (row, 0), ==, "");
  g_assert_cmpstr (g_ptr_array_index (row, 1), ==, "n");
  g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, 1))->len, ==, 2);
  g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, 2))->len, ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Hours are written with a dot in every locale. */
  setlocale (LC_ALL, "");

  STORE_TEST ("/csv/round-trip", test_round_trip);
  g_test_add_func ("/csv/empty-first-field", test_empty_first_field);

  return g_test_run ();
}
