/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "case-fixture"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "case-fixture.h"
#include "ethos-store-private.h"

/* A temporary folder for each test case, a store on it, and what the tests read from files. */

void
case_fixture_setup (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->tmp = g_dir_make_tmp ("ethos-test-case-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->dir = g_build_filename (fixture->tmp, "data", NULL);
  fixture->path = g_build_filename (fixture->dir, "ethos.db", NULL);
}

void
case_fixture_teardown (CaseFixture *fixture, gconstpointer data)
{
  remove_tree (fixture->tmp);
  g_free (fixture->tmp);
  g_free (fixture->dir);
  g_free (fixture->path);
}

void
store_fixture_setup (StoreFixture *fixture, gconstpointer data)
{
  case_fixture_setup (&fixture->base, data);
  fixture->store = case_open_store (&fixture->base);
}

void
store_fixture_teardown (StoreFixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  case_fixture_teardown (&fixture->base, data);
}

/* @name in the case's folder, beside the data folder. */
char *
case_path (CaseFixture *fixture, const char *name)
{
  return g_build_filename (fixture->tmp, name, NULL);
}

/* A store on the case's data folder (made if it is not there), which must open. */
EthosStore *
case_open_store (CaseFixture *fixture)
{
  g_autoptr (GError) error = NULL;
  EthosStore *store = ethos_store_open (fixture->dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* A database in @dir as the first schema left it, with an imported code of one clause. */
void
make_schema_1 (const char *dir)
{
  guint n_migrations;
  const EthosMigration *migrations = ethos_store_migrations (&n_migrations);
  g_autofree char *path = g_build_filename (dir, "ethos.db", NULL);
  sqlite3 *db;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, migrations[0].sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO codes VALUES ('mine', 'My code', NULL, NULL, NULL, "
                                 "NULL, 'imported', 'x', '2026-01-01T00:00:00Z');"
                                 "INSERT INTO clauses (code_id, position, ref, text, level) "
                                 "VALUES ('mine', 0, '1', 'Keep records.', 1);",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
}

/* The first column of the first row @sql reads from the database at @path, opened read-only
 * beside whatever has it open; NULL for no row or a NULL. */
char *
query_text (const char *path, const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

/* The same as a number; -1 for no row. */
int
query_int (const char *path, const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  int value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* The SHA-256 of the file at @path, which must be there: to say a file was not touched. */
char *
digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) contents, length);
}

/* Removes a folder and everything in it (a link, not what it points to). */
void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Whether the file at @path holds @text anywhere in its bytes: a note's words looked for in a
 * database, its log, a backup or a copy. A file that is not there holds nothing; one that is
 * there and cannot be read fails the test. */
gboolean
file_holds (const char *path, const char *text)
{
  g_autofree char *bytes = NULL;
  g_autoptr (GError) error = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &bytes, &length, &error))
    {
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
      return FALSE;
    }
  return memmem (bytes, length, text, strlen (text)) != NULL;
}

/* Writes @text into @name in the case's folder; returns its path. */
char *
case_write_file (CaseFixture *fixture, const char *name, const char *text)
{
  char *path = g_build_filename (fixture->tmp, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* Whether Ethos may use the keyring (a test under run-with-keyring.sh), or must do without. */
void
use_keyring (gboolean yes)
{
  if (yes)
    g_unsetenv ("ETHOS_NO_KEYRING");
  else
    g_setenv ("ETHOS_NO_KEYRING", "1", TRUE);
}

/* A supervision session (2 March 2026, an hour, with Dr Ann Example) whose notes are @notes,
 * added through @store; returns its id. */
/* The notes of entry @id as the store reads them (free with g_free). */
char *
entry_notes (EthosStore *store, gint64 id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosEntry) entry = ethos_store_get_entry (store, id, &error);

  g_assert_no_error (error);
  return g_strdup (entry->notes);
}

gint64
add_supervision_with_notes (EthosStore *store, const char *notes)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autoptr (GError) error = NULL;

  g_free (entry->date);
  entry->date = g_strdup ("2026-03-02");
  entry->minutes = 60;
  g_free (entry->supervisor);
  entry->supervisor = g_strdup ("Dr Ann Example");
  g_free (entry->notes);
  entry->notes = g_strdup (notes);
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
  return entry->id;
}
