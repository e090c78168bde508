/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-localc"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

#include "case-fixture.h"
#include "cli-runner.h"
#include "ethos-table-reader.h"

/* Importing tables a real spreadsheet program wrote (issue 20). tests/import/localc-cpd.csv, a
 * CPD log with a title line, a blank row, a messy header, UK dates, "1:30" durations, empty
 * cells, quotes and accents, is opened by LibreOffice Calc as a person in the UK would open it
 * (English (UK): day first) and saved as XLSX and as ODS. Calc writes what openpyxl and odfpy
 * in make-tables.py do not: dates as day numbers styled "mm/dd/yy", durations as times of day
 * ("hh:mm:ss", PT01H30M00S), every text a shared string, a header's leading space as
 * <text:s/>. Each file goes through ethos-cli import --json into a diary that already holds
 * one of its rows; the rows are checked as stored. Without LibreOffice the test is skipped
 * (exit 77) and says so. */

#define SKIP 77
#define CONVERT_SECONDS "25"


/* localc, or soffice, which Debian's libreoffice-calc-nogui installs without localc. */
static char *
find_office (void)
{
  static const char *const names[] = { "localc", "soffice", "libreoffice" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      char *path = g_find_program_in_path (names[i]);

      if (path != NULL)
        return path;
    }
  return NULL;
}

/* The CSV as Calc opens it: comma-separated, quoted with ", UTF-8, from line 1, the columns'
 * formats guessed, English (UK) (2057), special numbers (dates, times) recognised. A private
 * profile, so that it neither waits for nor disturbs another LibreOffice, here or in a
 * parallel test; a time limit, so that a stuck LibreOffice ends the test rather than
 * hangs it (LibreOffice failing is not Ethos's fault: the test is then skipped, saying why). */
static gboolean
convert (const char *office, const char *profile, const char *to, const char *csv,
         const char *outdir)
{
  g_autofree char *profile_uri = g_filename_to_uri (profile, NULL, NULL);
  g_autofree char *env = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  const char      *argv[] = { "timeout",
                              "--kill-after=5",
                              CONVERT_SECONDS,
                              office,
                              env,
                              "--headless",
                              "--norestore",
                              "--nolockcheck",
                              "--infilter=CSV:44,34,76,1,,2057,false,true",
                              "--convert-to",
                              to,
                              "--outdir",
                              outdir,
                              csv,
                              NULL };
  g_autofree char *out = NULL, *err = NULL, *base = NULL, *name = NULL, *made = NULL;
  g_autoptr (GError) error = NULL;
  int status = -1;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                     &status, &error))
    {
      g_printerr ("%s: %s\n", office, error->message);
      return FALSE;
    }
  base = g_path_get_basename (csv);
  *strrchr (base, '.') = '\0';
  name = g_strconcat (base, ".", to, NULL);
  made = g_build_filename (outdir, name, NULL);
  if (!g_file_test (made, G_FILE_TEST_IS_REGULAR))
    {
      if (WIFEXITED (status) && WEXITSTATUS (status) == 124)
        g_printerr ("%s --convert-to %s did not finish in %s s\n", office, to, CONVERT_SECONDS);
      else
        g_printerr ("%s --convert-to %s wrote no %s:\n%s%s", office, to, name, out, err);
      return FALSE;
    }
  return TRUE;
}

/* localc-cpd.EXTENSION, written by Calc in the case's folder (a profile of its own there), or
 * NULL with the case skipped when Calc could not write it. */
static char *
table (CaseFixture *fixture, const char *extension)
{
  g_autofree char *name = g_strconcat ("localc-cpd.", extension, NULL);
  g_autofree char *profile = g_build_filename (fixture->tmp, "profile", NULL);
  g_autofree char *office = find_office ();

  if (!convert (office, profile, extension, ETHOS_LOCALC_CSV, fixture->tmp))
    {
      g_test_skip ("LibreOffice could not convert the CSV (its message is on stderr)");
      return NULL;
    }
  return g_build_filename (fixture->tmp, name, NULL);
}

/* Calc wrote the dates and durations as typed cells, not as the text of the CSV, so the import
 * reads them as a spreadsheet's cells (the CSV's text would have given the same entries). */
static void
check_cells (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosTable) table = ethos_table_read_file (path, &error);
  const EthosTableCell *date, *duration;

  g_assert_no_error (error);
  /* Row 5 of the sheet: the blank row 2 is not a row. */
  g_assert_cmpuint (ethos_table_get_row_number (table, 3), ==, 5);
  date = ethos_table_get_cell (table, 3, 0);
  duration = ethos_table_get_cell (table, 3, 2);
  g_assert_cmpint (date->type, ==, ETHOS_CELL_DATE);
  g_assert_cmpstr (date->date, ==, "2025-02-03");
  g_assert_cmpint (duration->type, ==, ETHOS_CELL_TIME);
  g_assert_cmpfloat_with_epsilon (duration->number, 90, 0.001);
  /* "TBC" stayed text. */
  g_assert_cmpint (ethos_table_get_cell (table, 6, 0)->type, ==, ETHOS_CELL_TEXT);
}

/* The diary already holds the workshop of the first row, entered by hand. */
static gint64
add_workshop (CaseFixture *fixture)
{
  g_auto (Run) run = { 0 };

  run_cli (&run, "cpd", "add", "--date=2025-01-14", "--title=working with shame", "--hours=6",
           "--kind=formal");
  assert_ok (&run);
  return query_int (fixture->path, "SELECT max(id) FROM entries");
}

static JsonObject *
import (CaseFixture *fixture, const char *path, JsonNode **node)
{
  g_auto (Run) run = { 0 };

  run_cli (&run, "import", path, "--json");
  assert_ok (&run);
  *node = parse_json (run.out);
  return json_node_get_object (*node);
}

static gint64
member_of (JsonArray *array, guint i, const char *name)
{
  return json_object_get_int_member (json_array_get_object_element (array, i), name);
}

static char *
stored_rows (CaseFixture *fixture, gint64 after)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT group_concat(row, char(10)) FROM ("
      " SELECT kind || ' ' || date || ' ' || minutes || ' ' || title || ' | ' || provider"
      "        || ' | ' || cpd_kind || ' | ' || outcomes AS row"
      " FROM entries WHERE id > %" G_GINT64_FORMAT " ORDER BY id)",
      after);

  return query_text (fixture->path, sql);
}

/* What the person would see of @path imported into a diary holding the workshop: the header
 * found below the title and the blank row, two rows stored with the dates day first and the
 * durations in minutes, the undated and the untimed rows left out with their reasons, and the
 * workshop left out as a likely duplicate of the diary's. */
static void
check_import (CaseFixture *fixture, const char *path)
{
  gint64 workshop;
  g_autoptr (JsonNode) node = NULL;
  JsonObject      *object;
  JsonArray       *columns, *skipped, *duplicates;
  g_autofree char *rows = NULL;

  check_cells (path);
  workshop = add_workshop (fixture);
  object = import (fixture, path, &node);
  columns = json_object_get_array_member (object, "columns");
  skipped = json_object_get_array_member (object, "skipped");
  duplicates = json_object_get_array_member (object, "duplicates");

  g_assert_cmpint (json_object_get_int_member (object, "header_row"), ==, 3);
  g_assert_cmpstr (
      json_object_get_string_member (json_array_get_object_element (columns, 0), "header"), ==,
      "DATE attended");
  g_assert_cmpstr (
      json_object_get_string_member (json_array_get_object_element (columns, 2), "field"), ==,
      "duration");

  g_assert_cmpint (json_object_get_int_member (object, "added"), ==, 2);
  g_assert_cmpuint (json_array_get_length (skipped), ==, 2);
  g_assert_cmpint (member_of (skipped, 0, "row"), ==, 6);
  g_assert_cmpstr (
      json_object_get_string_member (json_array_get_object_element (skipped, 0), "reason"), ==,
      "No length of time");
  g_assert_cmpint (member_of (skipped, 1, "row"), ==, 8);
  g_assert_true (g_str_has_prefix (
      json_object_get_string_member (json_array_get_object_element (skipped, 1), "reason"),
      "DATE attended: “TBC” is not a date"));
  g_assert_cmpuint (json_array_get_length (duplicates), ==, 1);
  g_assert_cmpint (member_of (duplicates, 0, "row"), ==, 4);
  g_assert_cmpint (member_of (duplicates, 0, "entry_id"), ==, workshop);

  /* 03/02/2025 is the 3rd of February, 1:30 ninety minutes; the empty provider and outcomes
   * stay empty; the quotes and the accents as typed. */
  rows = stored_rows (fixture, workshop);
  g_assert_cmpstr (rows, ==,
                   "cpd 2025-02-03 90 Attachment reading |  | self-directed | \n"
                   "cpd 2025-04-12 90 Peer case discussion | Siân Évans | professional"
                   " | She said \"wait\"");
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM entries"), ==, 3);
}

static void
test_xlsx (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *xlsx = table (fixture, "xlsx");

  if (xlsx == NULL)
    return;
  check_import (fixture, xlsx);
}

static void
test_ods (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *ods = table (fixture, "ods");
  g_autofree char *xlsx = table (fixture, "xlsx");
  g_autoptr (JsonNode) node = NULL;
  JsonObject *object;
  JsonArray  *duplicates;

  if (ods == NULL || xlsx == NULL)
    return;
  check_import (fixture, ods);

  /* Calc's XLSX of the same sheet is read alike: every row it stores is already there. */
  object = import (fixture, xlsx, &node);
  duplicates = json_object_get_array_member (object, "duplicates");
  g_assert_cmpint (json_object_get_int_member (object, "added"), ==, 0);
  g_assert_cmpuint (json_array_get_length (duplicates), ==, 3);
  g_assert_cmpint (member_of (duplicates, 0, "row"), ==, 4);
  g_assert_cmpint (member_of (duplicates, 1, "row"), ==, 5);
  g_assert_cmpint (member_of (duplicates, 2, "row"), ==, 7);
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM entries"), ==, 3);
}

int
main (int argc, char **argv)
{
  g_autofree char *found = find_office ();

  g_test_init (&argc, &argv, NULL);
  if (found == NULL)
    {
      g_print ("SKIP: LibreOffice Calc (localc or soffice) is not installed, so there is no "
               "spreadsheet program to write the tables\n");
      return SKIP;
    }

  CASE_TEST ("/import/localc/xlsx", test_xlsx);
  CASE_TEST ("/import/localc/ods", test_ods);
  return g_test_run ();
}
