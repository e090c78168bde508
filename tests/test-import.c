/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "case-fixture.h"
#include "cli-runner.h"
#include "ethos-import.h"
#include "ethos-table-reader.h"

/* Importing records from tables (issue 20): files written by openpyxl (Excel's format), odfpy
 * (LibreOffice's), a Word document's tables and a Windows CSV (tests/import/make-tables.py),
 * with title rows, messy headers, UK dates, "1:30", empty cells and duplicates; each row read
 * as it will be stored; then the command line: one batch, duplicates left out, bad files
 * refused with nothing written, and undo. */

static char *
make_tables (CaseFixture *fixture)
{
  g_autofree char *dir = case_path (fixture, "tables");
  const char *argv[] = { ETHOS_PYTHON, ETHOS_MAKE_TABLES, dir, NULL };
  g_autoptr (GError) error = NULL;
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return g_steal_pointer (&dir);
}

static EthosImport *
import_of (const char *dir, const char *name, const char *const *map)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosTable) table = ethos_table_read_file (path, &error);
  EthosImport *import;
  GDate today;

  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, 6, 2025);
  import = ethos_import_new (table, map, &today, &error);
  g_assert_no_error (error);
  return import;
}

/* The imported row the file numbers @number. */
static const EthosImportRow *
row_numbered (EthosImport *import, guint number)
{
  for (guint i = 0; i < ethos_import_get_n_rows (import); i++)
    if (ethos_import_get_row (import, i)->row == number)
      return ethos_import_get_row (import, i);
  g_error ("no row %u", number);
}

static EthosEntry *
entry_at (EthosImport *import, guint number)
{
  const EthosImportRow *row = row_numbered (import, number);

  g_assert_cmpstr (row->reason, ==, NULL);
  g_assert_nonnull (row->entry);
  return row->entry;
}

static void
test_xlsx (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = make_tables (fixture);
  g_autoptr (EthosImport) import = import_of (dir, "cpd.xlsx", NULL);
  EthosEntry *entry;

  /* Found below the title and the blank row. */
  g_assert_cmpuint (ethos_import_get_header_row (import), ==, 3);
  g_assert_cmpint (ethos_import_get_field (import, 2), ==, ETHOS_IMPORT_FIELD_HOURS);
  g_assert_cmpint (ethos_import_get_field (import, 6), ==, ETHOS_IMPORT_FIELD_IMPACT);

  entry = entry_at (import, 4);
  g_assert_cmpint (entry->kind, ==, ETHOS_ENTRY_CPD);
  g_assert_cmpstr (entry->date, ==, "2025-01-14"); /* a date cell */
  g_assert_cmpint (entry->minutes, ==, 360);       /* 6 in an hours column */
  g_assert_cmpstr (entry->title, ==, "Working with shame");
  g_assert_cmpstr (entry->provider, ==, "Metanoia");
  g_assert_cmpstr (entry->cpd_kind, ==, "formal"); /* "Workshop" */
  g_assert_cmpstr (entry->outcomes, ==, "Shame and silence");
  g_assert_cmpstr (entry->impact, ==, "I wait longer");

  entry = entry_at (import, 5);
  g_assert_cmpint (entry->minutes, ==, 90); /* "1:30" as text */
  g_assert_cmpstr (entry->cpd_kind, ==, "self-directed");

  g_assert_null (row_numbered (import, 6)->entry);
  g_assert_cmpstr (row_numbered (import, 6)->reason, ==, "No length of time");

  entry = entry_at (import, 8);
  g_assert_cmpstr (entry->date, ==, "2025-04-12"); /* "12/04/2025", day first */
  g_assert_cmpint (entry->minutes, ==, 90);        /* a time cell, h:mm */
  g_assert_cmpstr (entry->cpd_kind, ==, "professional"); /* "Peer" */
  /* The empty row and the second sheet are not rows. */
  g_assert_cmpuint (ethos_import_get_n_rows (import), ==, 5);
}

static void
test_ods (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = make_tables (fixture);
  g_autoptr (EthosImport) import = import_of (dir, "supervision.ods", NULL);
  EthosEntry *entry;

  g_assert_cmpuint (ethos_import_get_header_row (import), ==, 2);
  entry = entry_at (import, 3);
  g_assert_cmpint (entry->kind, ==, ETHOS_ENTRY_SUPERVISION); /* a supervisor, no title */
  g_assert_cmpstr (entry->date, ==, "2025-01-08");
  g_assert_cmpint (entry->minutes, ==, 90);
  g_assert_cmpstr (entry->supervisor, ==, "Ann Smith");
  g_assert_cmpint (entry->mode, ==, ETHOS_SUPERVISION_MODE_VIDEO); /* "Zoom" */
  g_assert_cmpint (entry->format, ==, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL);
  g_assert_cmpint (entry->client_minutes, ==, 12 * 60);
  g_assert_cmpstr (entry->notes, ==, "Client A ending");

  entry = entry_at (import, 4);
  g_assert_cmpint (entry->format, ==, ETHOS_SUPERVISION_FORMAT_GROUP);
  g_assert_cmpint (entry->group_size, ==, 4);
  g_assert_cmpint (entry->mode, ==, ETHOS_SUPERVISION_MODE_IN_PERSON);
  g_assert_cmpint (entry->client_minutes, ==, -1);

  g_assert_cmpstr (row_numbered (import, 5)->reason, ==, "No length of time");
  g_assert_cmpuint (ethos_import_get_n_rows (import), ==, 3);
}

static void
test_docx (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = make_tables (fixture);
  g_autoptr (EthosImport) import = import_of (dir, "cpd.docx", NULL);
  EthosEntry *entry;

  /* The second table: the first (name, membership number) names no columns. */
  g_assert_cmpstr (ethos_import_get_header (import, 1), ==, "Title of activity");
  entry = entry_at (import, 2);
  g_assert_cmpstr (entry->date, ==, "2025-01-14"); /* "14 Jan 2025" */
  g_assert_cmpint (entry->minutes, ==, 360);       /* "6 hrs" */
  g_assert_cmpstr (entry->title, ==, "Trauma-informed practice");
  g_assert_cmpstr (entry->reflection, ==, "Pacing\nmatters");
  entry = entry_at (import, 3);
  g_assert_cmpstr (entry->date, ==, "2025-02-05"); /* "5/2/25" */
  g_assert_cmpint (entry->minutes, ==, 120);       /* "2h" */
  g_assert_cmpstr (entry->cpd_kind, ==, "formal"); /* "Seminar" */
  g_assert_cmpuint (ethos_import_get_n_rows (import), ==, 2);
}

/* A form's table: rows and cells inside content controls are read in their places, and a
 * merged cell keeps the columns after it where they are. */
static void
test_docx_form (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = make_tables (fixture);
  g_autoptr (EthosImport) import = import_of (dir, "form.docx", NULL);
  EthosEntry *entry;

  g_assert_cmpstr (ethos_import_get_header (import, 2), ==, "Notes");
  g_assert_cmpstr (ethos_import_get_header (import, 3), ==, "");
  g_assert_cmpstr (ethos_import_get_header (import, 4), ==, "Hours");
  entry = entry_at (import, 2);
  g_assert_cmpstr (entry->date, ==, "2025-03-03");
  g_assert_cmpstr (entry->title, ==, "Ethics day");
  g_assert_cmpint (entry->minutes, ==, 300);
  entry = entry_at (import, 3);
  g_assert_cmpstr (entry->date, ==, "2025-04-04");
  g_assert_cmpstr (entry->title, ==, "Reading group");
  g_assert_cmpint (entry->minutes, ==, 120);
  g_assert_cmpuint (ethos_import_get_n_rows (import), ==, 2);
}

static void
test_csv_1252 (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = make_tables (fixture);
  g_autoptr (EthosImport) import = import_of (dir, "supervision-1252.csv", NULL);
  EthosEntry *entry;

  entry = entry_at (import, 2);
  g_assert_cmpstr (entry->supervisor, ==, "Siân Évans");
  g_assert_cmpstr (entry->reflection, ==, "Café talk;\nand more"); /* quoted, with a newline */
  g_assert_cmpint (entry->minutes, ==, 90);
  /* The next record starts on line 4: the quoted newline is counted. */
  entry = entry_at (import, 4);
  g_assert_cmpint (entry->minutes, ==, 90); /* "90" in a Duration column: minutes */
}

static void
test_mapping (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = make_tables (fixture);
  const char *const map[] = { "cpd hours=minutes", "PROVIDER=ignore", NULL };
  const char *const bad_field[] = { "Provider=organiser", NULL };
  const char *const bad_column[] = { "Organiser=provider", NULL };
  g_autoptr (EthosImport) import = import_of (dir, "cpd.xlsx", map);
  g_autofree char *path = g_build_filename (dir, "cpd.xlsx", NULL);
  g_autoptr (EthosTable) table = ethos_table_read_file (path, NULL);
  g_autoptr (GError) error = NULL;
  GDate today;

  /* The mapping wins over the header: 6 is now minutes, the provider not taken. */
  g_assert_cmpint (entry_at (import, 4)->minutes, ==, 6);
  g_assert_cmpstr (entry_at (import, 4)->provider, ==, "");
  /* A window's dropdown: the column back to hours, read again. */
  ethos_import_set_field (import, 2, ETHOS_IMPORT_FIELD_HOURS);
  g_assert_cmpint (entry_at (import, 4)->minutes, ==, 360);
  /* Every row as supervision: rows without a supervisor are still readable sessions. */
  ethos_import_set_kind (import, ETHOS_ENTRY_SUPERVISION);
  g_assert_cmpint (entry_at (import, 4)->kind, ==, ETHOS_ENTRY_SUPERVISION);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, 6, 2025);
  g_assert_null (ethos_import_new (table, bad_field, &today, &error));
  g_assert_error (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_MAPPING);
  g_assert_nonnull (strstr (error->message, "“organiser” is not a field"));
  g_clear_error (&error);
  g_assert_null (ethos_import_new (table, bad_column, &today, &error));
  g_assert_error (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_MAPPING);
  g_assert_nonnull (strstr (error->message, "no column “organiser”"));
}

static void
test_headers (void)
{
  static const struct
  {
    const char       *header;
    EthosImportField  field;
  } cases[] = {
    { "Date", ETHOS_IMPORT_FIELD_DATE },
    { "Session date", ETHOS_IMPORT_FIELD_DATE },
    { "DATE ATTENDED", ETHOS_IMPORT_FIELD_DATE },
    { "Duration", ETHOS_IMPORT_FIELD_DURATION },
    { "Length (mins)", ETHOS_IMPORT_FIELD_MINUTES },
    { "Hours", ETHOS_IMPORT_FIELD_HOURS },
    { "Supervisor", ETHOS_IMPORT_FIELD_SUPERVISOR },
    { "Title", ETHOS_IMPORT_FIELD_TITLE },
    { "Course / activity", ETHOS_IMPORT_FIELD_TITLE },
    { "Provider", ETHOS_IMPORT_FIELD_PROVIDER },
    { "Type", ETHOS_IMPORT_FIELD_TYPE },
    { "Reflection", ETHOS_IMPORT_FIELD_REFLECTION },
    { "What I learned", ETHOS_IMPORT_FIELD_OUTCOMES },
    { "Impact", ETHOS_IMPORT_FIELD_IMPACT },
    { "How it changed my practice", ETHOS_IMPORT_FIELD_IMPACT },
    { "No. in group", ETHOS_IMPORT_FIELD_GROUP_SIZE },
    { "Client hours", ETHOS_IMPORT_FIELD_CLIENT_HOURS },
    { "End date", ETHOS_IMPORT_FIELD_END_DATE },
    { "Type of activity", ETHOS_IMPORT_FIELD_TYPE },
    { "Signature", ETHOS_IMPORT_FIELD_IGNORE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].header);
      g_assert_cmpint (ethos_import_field_for_header (cases[i].header), ==, cases[i].field);
    }
  g_assert_cmpstr (ethos_import_cpd_kind_for ("Webinar"), ==, "formal");
  g_assert_cmpstr (ethos_import_cpd_kind_for ("Journal reading"), ==, "self-directed");
  g_assert_cmpstr (ethos_import_cpd_kind_for ("Peer group"), ==, "professional");
  g_assert_cmpstr (ethos_import_cpd_kind_for ("Work-based"), ==, "work-based");
  g_assert_cmpstr (ethos_import_cpd_kind_for ("Knitting"), ==, "other");
}

static int
count_entries (CaseFixture *fixture)
{
  return g_file_test (fixture->path, G_FILE_TEST_EXISTS)
           ? query_int (fixture->path, "SELECT count(*) FROM entries")
           : 0;
}

static void
test_cli (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = make_tables (fixture);
  g_autofree char *xlsx = g_build_filename (dir, "cpd.xlsx", NULL);
  g_auto (Run) run = { 0 };
  g_autoptr (JsonNode) first = NULL, again = NULL, undo = NULL;
  JsonObject *object;
  JsonArray *array;
  gint64 batch;

  /* A dry run writes nothing. */
  run_cli (&run, "import", xlsx, "--dry-run", "--json");
  assert_ok (&run);
  first = parse_json (run.out);
  g_assert_true (json_node_get_object (first) != NULL);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (first), "added"), ==, 4);
  g_assert_true (json_object_get_null_member (json_node_get_object (first), "batch"));
  g_assert_cmpint (count_entries (fixture), ==, 0);
  g_clear_pointer (&first, json_node_unref);
  run_clear (&run);

  run_cli (&run, "import", xlsx, "--json");
  assert_ok (&run);
  first = parse_json (run.out);
  object = json_node_get_object (first);
  batch = json_object_get_int_member (object, "batch");
  g_assert_cmpint (batch, >, 0);
  g_assert_cmpint (json_object_get_int_member (object, "added"), ==, 4);
  array = json_object_get_array_member (object, "skipped");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (array, 0), "row"),
                   ==, 6);
  g_assert_cmpint (count_entries (fixture), ==, 4);
  run_clear (&run);

  /* The same file again: every row is a likely duplicate, left out, and nothing is written. */
  run_cli (&run, "import", xlsx, "--json");
  assert_ok (&run);
  again = parse_json (run.out);
  object = json_node_get_object (again);
  g_assert_cmpint (json_object_get_int_member (object, "added"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "duplicates")),
                    ==, 4);
  g_assert_cmpint (json_object_get_int_member (
                     json_array_get_object_element (json_object_get_array_member (object,
                                                                                  "duplicates"),
                                                    0),
                     "entry_id"),
                   >, 0);
  g_assert_cmpint (count_entries (fixture), ==, 4);
  run_clear (&run);

  /* Undo takes the whole batch out; a second undo has nothing to take. */
  {
    g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, batch);

    run_cli (&run, "import", "undo", number, "--json");
    assert_ok (&run);
    undo = parse_json (run.out);
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (undo), "removed"), ==, 4);
    g_assert_cmpint (count_entries (fixture), ==, 0);
    run_clear (&run);
    run_cli (&run, "import", "undo", number);
    assert_fails (&run, 2, "There is no import");
  }
}

static void
test_cli_refuses (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = make_tables (fixture);
  static const struct
  {
    const char *file;
    const char *option;
    const char *needle;
  } cases[] = {
    { "not-really.xlsx", NULL, "is not an Excel workbook" },
    { "no-header.csv", NULL, "No header row" },
    { "empty.csv", NULL, "is empty" },
    { "empty-sheet.xlsx", NULL, "The first sheet of “empty-sheet.xlsx” is empty" },
    { "empty-sheet.ods", NULL, "The first sheet of “empty-sheet.ods” is empty" },
    { "notes.pdf", NULL, "Ethos reads records from CSV, ODS, XLSX and DOCX" },
    { "cpd.xlsx", "--map=Provider=organiser", "is not a field" },
    { "cpd.xlsx", "--map=Organiser=provider", "no column" },
    { "cpd.xlsx", "--kind=webinar", "--kind is supervision or cpd" },
    { "missing.csv", NULL, "There is no file" },
    { "archive.zip", NULL, "No such file" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].file, NULL);
      g_auto (Run) run = { 0 };

      g_test_message ("%s %s", cases[i].file, cases[i].option ? cases[i].option : "");
      if (cases[i].option != NULL)
        run_cli (&run, "import", path, cases[i].option);
      else
        run_cli (&run, "import", path);
      assert_fails (&run, 2, cases[i].needle);
      /* One line, and nothing written. */
      g_assert_true (g_str_has_suffix (run.err, "\n"));
      g_assert_null (strchr (run.err, '\n')[1] != '\0' ? run.err : NULL);
      g_assert_cmpint (count_entries (fixture), ==, 0);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/headers", test_headers);
  CASE_TEST ("/import/xlsx", test_xlsx);
  CASE_TEST ("/import/ods", test_ods);
  CASE_TEST ("/import/docx", test_docx);
  CASE_TEST ("/import/docx-form", test_docx_form);
  CASE_TEST ("/import/csv-windows-1252", test_csv_1252);
  CASE_TEST ("/import/mapping", test_mapping);
  CASE_TEST ("/import/cli", test_cli);
  CASE_TEST ("/import/cli-refuses", test_cli_refuses);
  return g_test_run ();
}
