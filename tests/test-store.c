/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "case-fixture.h"
#include "ethos-code-parser.h"
#include "ethos-code-store.h"
#include "ethos-note-store.h"
#include "ethos-store-private.h"

/* Opening, migrating and refusing databases; the codes sync; imports; bookmarks and notes. */

static void
test_fresh (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosStore) store = case_open_store (fixture);
  g_autoptr (GPtrArray) codes = NULL;
  GStatBuf st;

  g_assert_cmpint (ethos_store_get_schema_version (store), ==,
                   ethos_store_get_supported_schema_version ());
  g_assert_cmpint (query_int (fixture->path, "PRAGMA user_version"), ==,
                   ethos_store_get_supported_schema_version ());

  /* Owner-only: the folder and the database. */
  g_assert_cmpint (g_stat (fixture->dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM pragma_journal_mode"), ==, 1);

  /* The six shipped codes are there at once. */
  codes = ethos_store_list_codes (store, NULL);
  g_assert_cmpuint (codes->len, ==, 6);
  for (guint i = 0; i < codes->len; i++)
    {
      EthosCodeInfo *info = g_ptr_array_index (codes, i);

      g_assert_false (info->imported);
      g_assert_cmpuint (info->clause_count, >, 5);
    }
}

static void
test_upgrade (CaseFixture *fixture, gconstpointer data)
{
  guint n_migrations;
  const EthosMigration *migrations = ethos_store_migrations (&n_migrations);
  g_autofree char *backups = g_build_filename (fixture->dir, "backups", NULL);
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GDir) dir = NULL;

  /* A database as the first schema left it. */
  make_schema_1 (fixture->dir);
  g_assert_cmpint (query_int (fixture->path, "PRAGMA user_version"), ==, 1);

  store = case_open_store (fixture);
  g_assert_cmpint (ethos_store_get_schema_version (store), ==, migrations[n_migrations - 1].version);
  /* The user's data came through, and the new tables work. */
  g_assert_cmpstr (ethos_store_get_clause (store, "mine", "1", NULL)->text, ==, "Keep records.");
  g_assert_true (ethos_store_set_bookmarked (store, "mine", "1", TRUE, NULL));
  g_assert_true (ethos_store_is_bookmarked (store, "mine", "1"));

  /* A backup was made before the upgrade, and it is the old schema. */
  dir = g_dir_open (backups, 0, NULL);
  g_assert_nonnull (dir);
  {
    const char *name;
    g_autofree char *path = NULL;
    GStatBuf st;

    while ((name = g_dir_read_name (dir)) != NULL && !g_str_has_suffix (name, "-pre-migration.db"))
      ;
    g_assert_nonnull (name);
    path = g_build_filename (backups, name, NULL);
    g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 1);
    g_assert_cmpint (query_int (path, "SELECT count(*) FROM clauses"), ==, 1);
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
}

static void
test_newer_refused (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *db;

  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE future (x); PRAGMA user_version = 999;", NULL,
                                 NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  before = digest (fixture->path);

  store = ethos_store_open (fixture->dir, &error);
  g_assert_null (store);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "newer version of Ethos"));

  after = digest (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS) == FALSE);
}

static void
test_not_a_database (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  static const char junk[] = "This is a letter to my supervisor, not a database. It is long "
                             "enough to fill a page header of SQLite's, and then some more.";

  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->path, junk, -1, NULL));
  before = digest (fixture->path);

  store = ethos_store_open (fixture->dir, &error);
  g_assert_null (store);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT);

  after = digest (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

/* ETHOS_STORE_OPEN_EXISTING (the notifier opening a database put in place of its own) makes
 * nothing: not the folder, not the file, and an empty file (a copy still being written) is not
 * taken over as a new database. A database that is there opens as ever. */
static void
test_open_existing (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 11, 23, 12, 0, 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = NULL;
  GStatBuf st;

  store = ethos_store_open_full (fixture->dir, now, ETHOS_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (fixture->dir, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  store = ethos_store_open_full (fixture->dir, now, ETHOS_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);
  g_clear_error (&error);

  g_clear_object (&store);
  store = case_open_store (fixture);
  g_clear_object (&store);
  store = ethos_store_open_full (fixture->dir, now, ETHOS_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ethos_store_get_schema_version (store), ==,
                   ethos_store_get_supported_schema_version ());
}

static void
test_sync_only_on_change (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosStore) first = case_open_store (fixture);
  g_autoptr (EthosStore) second = NULL;
  g_autoptr (EthosClause) clause = NULL;
  sqlite3 *db;
  int before, after;

  g_assert_true (ethos_store_set_bookmarked (first, "cosrt", "26", TRUE, NULL));
  g_assert_true (ethos_store_set_note (first, "cosrt", "26", "Renew in March.", NULL));
  before = query_int (fixture->path, "SELECT max(id) FROM clauses");
  g_clear_object (&first);

  /* Unchanged codes: nothing is rewritten (row ids stay as they were). */
  second = case_open_store (fixture);
  after = query_int (fixture->path, "SELECT max(id) FROM clauses");
  g_assert_cmpint (before, ==, after);
  g_clear_object (&second);

  /* A changed code is replaced, and what the user attached to its clauses survives. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE codes SET content_hash = 'old' WHERE id = 'cosrt'",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  second = case_open_store (fixture);
  g_assert_cmpint (query_int (fixture->path, "SELECT max(id) FROM clauses"), >, after);
  clause = ethos_store_get_clause (second, "cosrt", "26", NULL);
  g_assert_nonnull (strstr (clause->text, "DBS"));
  g_assert_true (ethos_store_is_bookmarked (second, "cosrt", "26"));
  {
    g_autoptr (GError) error = NULL;
    g_autofree char *note = ethos_store_get_note (second, "cosrt", "26", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (note, ==, "Renew in March.");
  }
  g_assert_cmpint (query_int (fixture->path,
                              "SELECT count(*) FROM clause_search WHERE clause_search MATCH "
                              "'indemnity'"),
                   >=, 2);
}

static const char my_code[] = "# The Practitioners' Association Code\n"
                              "\n"
                              "1. Supervision\n"
                              "1.1 Members must have at least one hour of supervision a month.\n"
                              "1.2 Members must keep a supervision log.\n"
                              "2. Members must renew their membership every year.\n";

static void
test_import (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosStore) store = case_open_store (fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosCodeInfo) info = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autofree char *id = NULL;
  g_autofree char *again = NULL;

  id = ethos_store_import_code (store, my_code, strlen (my_code), NULL, NULL,
                                "/home/me/Documents/TPA Code 2024.md", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "tpa-code-2024");

  info = ethos_store_get_code (store, id, NULL);
  g_assert_true (info->imported);
  g_assert_cmpstr (info->title, ==, "The Practitioners' Association Code");
  g_assert_cmpuint (info->clause_count, ==, 4);

  hits = ethos_store_search_clauses (store, "supervision log", NULL, 5, NULL);
  g_assert_cmpuint (hits->len, >=, 1);
  g_assert_cmpstr (((EthosSearchHit *) g_ptr_array_index (hits, 0))->code_id, ==, id);
  g_assert_cmpstr (((EthosSearchHit *) g_ptr_array_index (hits, 0))->ref, ==, "1.2");

  /* The same id again is refused; nothing changes. */
  again = ethos_store_import_code (store, my_code, strlen (my_code), id, NULL, NULL, &error);
  g_assert_null (again);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  /* Shipped codes cannot be removed; imported ones can, with their clauses. */
  g_assert_false (ethos_store_remove_code (store, "cosrt", &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (ethos_store_remove_code (store, id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = ethos_store_search_clauses (store, "supervision log", NULL, 5, NULL);
  for (guint i = 0; i < hits->len; i++)
    g_assert_cmpstr (((EthosSearchHit *) g_ptr_array_index (hits, i))->code_id, !=, id);
}

static void
test_import_refused_changes_nothing (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosStore) store = case_open_store (fixture);
  static const char binary[] = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00";
  int codes_before, clauses_before;
  struct
  {
    const char *data;
    gsize       length;
    const char *id;
    GQuark      domain;
    int         code;
  } cases[] = {
    { "", 0, NULL, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_EMPTY },
    { binary, sizeof binary - 1, NULL, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_BINARY },
    { "\xff\xfe" "a\x00", 4, NULL, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_ENCODING },
    { "Caf\xe9\n", 5, NULL, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_ENCODING },
    { my_code, sizeof my_code - 1, "Bad Id", ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_BAD_ID },
    { my_code, sizeof my_code - 1, "cosrt", ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_EXISTS },
  };

  codes_before = query_int (fixture->path, "SELECT count(*) FROM codes");
  clauses_before = query_int (fixture->path, "SELECT count(*) FROM clauses");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *id = ethos_store_import_code (store, cases[i].data, cases[i].length,
                                                     cases[i].id, NULL, "x.txt", &error);

      g_assert_null (id);
      g_assert_error (error, cases[i].domain, cases[i].code);
    }
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM codes"), ==, codes_before);
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM clauses"), ==, clauses_before);
}

static void
test_bookmarks_and_notes (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosStore) store = case_open_store (fixture);
  g_autoptr (GPtrArray) bookmarks = NULL;
  g_autoptr (GError) error = NULL;
  EthosClause *first;

  g_assert_true (ethos_store_set_bookmarked (store, "cosrt", "45", TRUE, NULL));
  g_assert_true (ethos_store_set_bookmarked (store, "atrium-practice", "9.6", TRUE, NULL));
  g_assert_true (ethos_store_set_bookmarked (store, "atrium-practice", "9.6", TRUE, NULL));

  bookmarks = ethos_store_list_bookmarks (store, NULL);
  g_assert_cmpuint (bookmarks->len, ==, 2);
  first = g_ptr_array_index (bookmarks, 0);
  g_assert_cmpstr (first->code_id, ==, "atrium-practice");
  g_assert_nonnull (strstr (first->text, "DBS"));

  g_assert_true (ethos_store_set_bookmarked (store, "cosrt", "45", FALSE, NULL));
  g_assert_false (ethos_store_is_bookmarked (store, "cosrt", "45"));

  g_assert_null (ethos_store_get_note (store, "cosrt", "45", &error));
  g_assert_no_error (error);
  g_assert_true (ethos_store_set_note (store, "cosrt", "45", "Policy with Acme, renews 1 May.", NULL));
  {
    g_autofree char *note = ethos_store_get_note (store, "cosrt", "45", &error);

    g_assert_no_error (error);

    g_assert_cmpstr (note, ==, "Policy with Acme, renews 1 May.");
  }
  g_assert_true (ethos_store_set_note (store, "cosrt", "45", "", NULL));
  g_assert_null (ethos_store_get_note (store, "cosrt", "45", &error));
  g_assert_no_error (error);
}

static void
test_foreign_database (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *db;

  /* Another program's database, schema 0: refused and left as it was. */
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE recipes (name TEXT);", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
  before = digest (fixture->path);
  store = ethos_store_open (fixture->dir, &error);
  g_assert_null (store);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT);
  after = digest (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_integrity (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosStore) store = case_open_store (fixture);
  g_auto (GStrv) problems = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (ethos_store_check_integrity (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_null (problems);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  CASE_TEST ("/store/migrations/fresh", test_fresh);
  CASE_TEST ("/store/migrations/upgrade", test_upgrade);
  CASE_TEST ("/store/migrations/newer-refused-untouched", test_newer_refused);
  CASE_TEST ("/store/not-a-database", test_not_a_database);
  CASE_TEST ("/store/open-existing", test_open_existing);
  CASE_TEST ("/store/codes/sync-only-on-change", test_sync_only_on_change);
  CASE_TEST ("/store/codes/import", test_import);
  CASE_TEST ("/store/codes/import-refused-changes-nothing", test_import_refused_changes_nothing);
  CASE_TEST ("/store/bookmarks-and-notes", test_bookmarks_and_notes);
  CASE_TEST ("/store/integrity", test_integrity);
  CASE_TEST ("/store/foreign-database", test_foreign_database);

  return g_test_run ();
}
