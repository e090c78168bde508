/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-backup"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "case-fixture.h"
#include "cli-runner.h"

/* ethos-cli backup create|list|restore as a practitioner or a script uses them: a backup is
 * made and listed, restoring it brings the diary back, and a bad file is refused (exit 2, one
 * line) with the database byte for byte as it was. */

static void
add_session (CaseFixture *fixture, const char *date, const char *supervisor)
{
  g_auto (Run) run = { 0 };

  run_cli (&run, "supervision", "add", "--date", date, "--minutes", "60", "--supervisor",
           supervisor, "--format", "individual", "--mode", "video");
  assert_ok (&run);
}

/* The supervisors in `supervision list --json`, in its order, as "Ann,Bob". */
static char *
supervisors (CaseFixture *fixture)
{
  g_auto (Run) run = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GString) names = g_string_new (NULL);
  JsonArray *array;

  run_cli (&run, "supervision", "list", "--json");
  assert_ok (&run);
  root = parse_json (run.out);
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "," : "",
                            json_object_get_string_member (json_array_get_object_element (array, i),
                                                           "supervisor"));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static JsonNode *
list_backups (CaseFixture *fixture)
{
  g_auto (Run) run = { 0 };

  run_cli (&run, "backup", "list", "--json");
  assert_ok (&run);
  return parse_json (run.out);
}

static char *
create_backup (CaseFixture *fixture)
{
  g_auto (Run) run = { 0 };

  run_cli (&run, "backup", "create");
  assert_ok (&run);
  g_assert_true (g_str_has_suffix (run.out, "-manual.db\n"));
  return g_strndup (run.out, strlen (run.out) - 1);
}

static void
test_create_and_list (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_auto (Run) text = { 0 };
  const char *members[] = { "path", "created", "size", "schema_version", "kind", NULL };
  JsonArray *array;
  JsonObject *newest, *oldest;
  GStatBuf st;

  add_session (fixture, "2026-10-01", "Ann");
  path = create_backup (fixture);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  folder = g_path_get_dirname (path);
  {
    GStatBuf folder_st;

    g_assert_cmpint (g_stat (folder, &folder_st), ==, 0);
    g_assert_cmpint (folder_st.st_mode & 0777, ==, 0700);
  }

  /* The day's automatic backup, made when the diary was first opened, and this one, newest
   * first. */
  root = list_backups (fixture);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  for (guint i = 0; i < json_array_get_length (array); i++)
    assert_members (json_array_get_object_element (array, i), members);
  newest = json_array_get_object_element (array, 0);
  oldest = json_array_get_object_element (array, 1);
  g_assert_cmpstr (json_object_get_string_member (newest, "path"), ==, path);
  g_assert_cmpstr (json_object_get_string_member (newest, "kind"), ==, "manual");
  g_assert_cmpint (json_object_get_int_member (newest, "size"), ==, st.st_size);
  g_assert_cmpint (json_object_get_int_member (newest, "schema_version"), >=, 6);
  g_assert_cmpstr (json_object_get_string_member (oldest, "kind"), ==, "daily");
  g_assert_cmpstr (json_object_get_string_member (oldest, "created"), <=,
                   json_object_get_string_member (newest, "created"));
  {
    g_autoptr (GDateTime) created
      = g_date_time_new_from_iso8601 (json_object_get_string_member (newest, "created"), NULL);
    g_autoptr (GDateTime) now = g_date_time_new_now_local ();

    g_assert_nonnull (created);
    g_assert_cmpint (g_date_time_difference (now, created), <, 5 * 60 * G_TIME_SPAN_SECOND);
  }

  run_cli (&text, "backup", "list");
  assert_ok (&text);
  g_assert_nonnull (strstr (text.out, path));
  g_assert_nonnull (strstr (text.out, "manual"));
  g_assert_nonnull (strstr (text.out, "daily"));
}

/* A diary with one session, with Ann, for a case that backs it up and puts it back. */
static void
diary_setup (CaseFixture *fixture, gconstpointer data)
{
  case_fixture_setup (fixture, data);
  add_session (fixture, "2026-10-01", "Ann");
}

static void
test_restore (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *backup = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *with_cat = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_auto (Run) run = { 0 };
  g_auto (Run) check = { 0 };
  JsonObject *newest;

  add_session (fixture, "2026-10-08", "Bob");
  before = supervisors (fixture);
  backup = create_backup (fixture);
  add_session (fixture, "2026-10-15", "Cat");
  with_cat = supervisors (fixture);
  g_assert_cmpstr (with_cat, ==, "Ann,Bob,Cat");

  run_cli (&run, "backup", "restore", backup);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "-pre-restore.db"));
  after = supervisors (fixture);
  g_assert_cmpstr (after, ==, "Ann,Bob");
  g_assert_cmpstr (after, ==, before);

  /* What was there before is kept, newest in the list, and it still has Cat's session. */
  root = list_backups (fixture);
  newest = json_array_get_object_element (json_node_get_array (root), 0);
  g_assert_cmpstr (json_object_get_string_member (newest, "kind"), ==, "pre-restore");
  g_assert_nonnull (strstr (run.out, json_object_get_string_member (newest, "path")));
  {
    sqlite3 *db;
    sqlite3_stmt *stmt;

    g_assert_cmpint (sqlite3_open_v2 (json_object_get_string_member (newest, "path"), &db,
                                      SQLITE_OPEN_READONLY, NULL),
                     ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db,
                                         "SELECT count(*) FROM entries JOIN supervisors s "
                                         "ON s.id = supervisor_id WHERE s.name = 'Cat'",
                                         -1, &stmt, NULL),
                     ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }

  run_cli (&check, "check");
  assert_ok (&check);
}

static char *
write_work_file (CaseFixture *fixture, const char *name, const char *contents, gssize length)
{
  char *path = case_path (fixture, name);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static void
overwrite_middle (const char *path, gsize length)
{
  FILE *file = fopen (path, "r+b");

  g_assert_nonnull (file);
  fseek (file, (long) (length / 2 / 4096 * 4096), SEEK_SET);
  for (int i = 0; i < 3 * 4096; i++)
    fputc (0xab, file);
  fclose (file);
}

static void
test_restore_refused (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *live = g_strdup (fixture->path);
  g_autofree char *good = create_backup (fixture);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *listed_before = NULL;
  g_autofree char *shown_before = supervisors (fixture);
  g_autofree char *shown_after = NULL;
  g_auto (Run) list_before = { 0 };
  gsize length;
  sqlite3 *db;
  struct
  {
    char       *path;
    const char *says;
  } cases[8];

  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  cases[0].path = write_work_file (fixture, "notes.txt",
                                   "Supervision notes, saved under the wrong name.\n", -1);
  cases[0].says = "not a database";
  cases[1].path = write_work_file (fixture, "truncated.db", contents, length / 2);
  cases[1].says = "cut short";
  cases[2].path = write_work_file (fixture, "corrupt.db", contents, length);
  overwrite_middle (cases[2].path, length);
  cases[2].says = "damaged";
  cases[3].path = write_work_file (fixture, "newer.db", contents, length);
  g_assert_cmpint (sqlite3_open (cases[3].path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  cases[3].says = "newer version of Ethos";
  cases[4].path = case_path (fixture, "address-book.db");
  g_assert_cmpint (sqlite3_open (cases[4].path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE people (name TEXT);", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
  cases[4].says = "not an Ethos backup";
  cases[5].path = case_path (fixture, "no-such-file.db");
  cases[5].says = "no-such-file.db";
  cases[6].path = g_strdup (fixture->tmp);
  cases[6].says = "not a regular file";
  /* A sound backup with a trigger of someone else's: each new entry would delete the others. */
  cases[7].path = write_work_file (fixture, "trigger.db", contents, length);
  g_assert_cmpint (sqlite3_open (cases[7].path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TRIGGER keep_one AFTER INSERT ON entries BEGIN "
                                     "DELETE FROM entries WHERE id <> new.id; END;",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  cases[7].says = "“keep_one”, which Ethos does not make";

  before = digest (live);
  run_cli (&list_before, "backup", "list", "--json");
  assert_ok (&list_before);
  listed_before = g_strdup (list_before.out);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (Run) run = { 0 };
      g_auto (Run) list_after = { 0 };
      g_autofree char *after = NULL;

      run_cli (&run, "backup", "restore", cases[i].path);
      assert_fails (&run, 2, cases[i].says);
      after = digest (live);
      g_assert_cmpstr (after, ==, before);
      run_cli (&list_after, "backup", "list", "--json");
      g_assert_cmpstr (list_after.out, ==, listed_before);
      g_free (cases[i].path);
    }
  shown_after = supervisors (fixture);
  g_assert_cmpstr (shown_after, ==, shown_before);
}

/* The check looks at what the schema does, not only at its names: a trigger someone else added
 * to the diary is found and named. */
static void
test_check_schema (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) sound = { 0 };
  g_auto (Run) check = { 0 };
  sqlite3 *db;

  run_cli (&sound, "check");
  assert_ok (&sound);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TRIGGER keep_one AFTER INSERT ON entries BEGIN "
                                     "DELETE FROM entries WHERE id <> new.id; END;",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  run_cli (&check, "check");
  /* The problems on standard output, the verdict as the one line on standard error. */
  g_assert_cmpint (check.status, ==, 1);
  g_assert_nonnull (strstr (check.out, "“keep_one” is not Ethos's"));
  g_assert_nonnull (strstr (check.err, "1 problem found"));
}

static void
test_usage (CaseFixture *fixture, gconstpointer data)
{
  const char *const cases[][4] = {
    { "backup", NULL },
    { "backup", "frobnicate", NULL },
    { "backup", "create", "extra", NULL },
    { "backup", "list", "--colour", NULL },
    { "backup", "restore", NULL },
    { "backup", "restore", "a.db", "b.db" },
  };
  g_auto (Run) help = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (Run) run = { 0 };

      run_cli (&run, cases[i][0], cases[i][1], cases[i][2], cases[i][3]);
      assert_fails (&run, 2, NULL);
    }
  run_cli (&help, "--help");
  assert_ok (&help);
  g_assert_nonnull (strstr (help.out, "backup create|list|restore"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  CASE_TEST ("/cli/backup/create-and-list", test_create_and_list);
  CASE_TEST_WITH ("/cli/backup/restore", diary_setup, test_restore);
  CASE_TEST_WITH ("/cli/backup/restore-refused", diary_setup, test_restore_refused);
  CASE_TEST_WITH ("/cli/backup/check-schema", diary_setup, test_check_schema);
  CASE_TEST ("/cli/backup/usage", test_usage);

  return g_test_run ();
}
