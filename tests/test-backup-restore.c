/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-backup-restore"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "backup-fixture.h"
#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"

/* Restoring a backup: the diary shows what the backup held, what was there is kept as a
 * pre-restore backup, and a file that is not a sound Ethos backup is refused with the database
 * and the backups untouched. */

/* Back in time: a backup is restored, the diary shows what it held, and what was there before is
 * kept as a pre-restore backup. */
static void
test_restore (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) monday = at (2031, 9, 1, 9, 0);
  g_autoptr (GDateTime) tuesday = at (2031, 9, 2, 9, 0);
  g_autoptr (EthosStore) store = open_at (fixture, monday);
  g_autoptr (EthosStore) after = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *before_restore = NULL;

  add_session (store, "2031-08-28", "Ann");
  backup = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, monday, &error);
  g_assert_no_error (error);
  add_session (store, "2031-08-30", "Bob");
  g_clear_object (&store);

  g_assert_true (ethos_backups_restore (fixture->dir, backup, tuesday, &kept, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (kept, "/ethos-2031-09-02T090000-pre-restore.db"));
  /* The pre-restore backup holds both sessions; the database, Ann's alone. */
  g_assert_cmpint (query_int (kept, "SELECT count(*) FROM entries"), ==, 2);
  after = open_at (fixture, tuesday);
  shown = sessions (after);
  g_assert_cmpstr (shown, ==, "Ann");

  /* And back again, from the pre-restore backup. */
  g_clear_object (&after);
  g_clear_pointer (&shown, g_free);
  g_assert_true (ethos_backups_restore (fixture->dir, kept, tuesday, &before_restore, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (before_restore, !=, kept);
  after = open_at (fixture, tuesday);
  shown = sessions (after);
  g_assert_cmpstr (shown, ==, "Ann,Bob");
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_PRE_RESTORE), ==, 2);
}

/* A running program (the window) sees the restored data at its next read. */
static void
test_restore_while_open (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 9, 1, 9, 0);
  g_autoptr (EthosStore) window = open_at (fixture, now);
  g_autoptr (GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *shown = NULL;

  add_session (window, "2031-08-28", "Ann");
  backup = ethos_store_backup (window, ETHOS_BACKUP_MANUAL, now, &error);
  g_assert_no_error (error);
  add_session (window, "2031-08-30", "Bob");
  g_assert_true (ethos_backups_restore (fixture->dir, backup, now, NULL, &error));
  g_assert_no_error (error);
  shown = sessions (window);
  g_assert_cmpstr (shown, ==, "Ann");
  add_session (window, "2031-09-01", "Cat");
  g_clear_pointer (&shown, g_free);
  shown = sessions (window);
  g_assert_cmpstr (shown, ==, "Ann,Cat");
}

/* A backup from an older Ethos is restored and upgraded: upgraded in a copy before anything
 * changes, so the pre-restore backup is the one kept (the file restored is itself the database
 * as it was before the upgrade). */
static void
test_restore_older (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 10, 1, 9, 0);
  g_autofree char *old = g_build_filename (fixture->dir, "..", "old.db", NULL);
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;

  make_schema_1 (fixture->dir);
  g_assert_cmpint (g_rename (fixture->path, old), ==, 0);
  store = open_at (fixture, now);
  g_clear_object (&store);

  g_assert_true (ethos_backups_restore (fixture->dir, old, now, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->path, "PRAGMA user_version"), ==,
                   ethos_store_get_supported_schema_version ());
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM clauses WHERE code_id = 'mine'"),
                   ==, 1);
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_PRE_MIGRATION), ==, 0);
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_PRE_RESTORE), ==, 1);
  /* The file restored is as it was. */
  g_assert_cmpint (query_int (old, "PRAGMA user_version"), ==, 1);
}

/* A database damaged mid-file still opens, but the restore replaces every page. */
static void
test_restore_over_damage (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 11, 1, 9, 0);
  g_autoptr (EthosStore) store = open_at (fixture, now);
  g_autoptr (GError) error = NULL;
  g_autofree char *backup = NULL;
  g_auto (GStrv) problems = NULL;
  FILE *file;
  GStatBuf st;

  add_session (store, "2031-10-30", "Ann");
  backup = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, now, &error);
  g_clear_object (&store);

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  file = fopen (fixture->path, "r+b");
  fseek (file, st.st_size / 2 / 4096 * 4096, SEEK_SET);
  for (int i = 0; i < 3 * 4096; i++)
    fputc (0xab, file);
  fclose (file);
  /* Damaged: the check finds problems, or cannot even run. */
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM pragma_integrity_check "
                                             "WHERE integrity_check = 'ok'"),
                   !=, 1);

  g_assert_true (ethos_backups_restore (fixture->dir, backup, now, NULL, &error));
  g_assert_no_error (error);
  store = open_at (fixture, now);
  g_assert_true (ethos_store_check_integrity (store, &problems, NULL));
  g_assert_null (problems);
}

/* A new computer: the backup restored into a data folder that does not exist yet. */
static void
test_restore_new_computer (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 11, 2, 9, 0);
  g_autoptr (EthosStore) old_computer = open_at (fixture, now);
  g_autofree char *new_dir = g_build_filename (fixture->dir, "..", "new", NULL);
  g_autofree char *new_db = g_build_filename (new_dir, "ethos.db", NULL);
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *shown = NULL;
  GStatBuf st;

  add_session (old_computer, "2031-10-30", "Ann");
  backup = ethos_store_backup (old_computer, ETHOS_BACKUP_MANUAL, now, &error);
  g_assert_no_error (error);

  g_assert_true (ethos_backups_restore (new_dir, backup, now, &kept, &error));
  g_assert_no_error (error);
  g_assert_null (kept);
  g_assert_cmpint (g_stat (new_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (new_db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  store = ethos_store_open_at (new_dir, now, &error);
  g_assert_no_error (error);
  shown = sessions (store);
  g_assert_cmpstr (shown, ==, "Ann");
}

/* A database file SQLite cannot read at all cannot be kept first: the restore says to move it
 * aside, and changes nothing. */
static void
test_restore_over_unreadable (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 11, 3, 9, 0);
  g_autoptr (EthosStore) store = open_at (fixture, now);
  g_autoptr (GError) error = NULL;
  g_autofree char *backup = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, now, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto (GStrv) names_before = NULL;
  g_auto (GStrv) names_after = NULL;

  g_clear_object (&store);
  g_assert_true (g_file_set_contents (fixture->path, "Not a database: something wrote over it, "
                                                     "long enough to fill SQLite's header. ...",
                                      -1, NULL));
  before = digest (fixture->path);
  names_before = folder_names (fixture);

  g_assert_false (ethos_backups_restore (fixture->dir, backup, now, NULL, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "move it"));
  after = digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
  names_after = folder_names (fixture);
  g_assert_true (g_strv_equal ((const char *const *) names_after,
                               (const char *const *) names_before));
}

static void
write_file (const char *path, const char *contents, gssize length)
{
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

/* Each bad file is refused as bad input, and neither the database nor the backups change. */
static void
test_restore_refused (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 12, 1, 9, 0);
  g_autoptr (EthosStore) store = open_at (fixture, now);
  g_autoptr (GError) error = NULL;
  g_autofree char *good = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *work = g_build_filename (fixture->dir, "..", "files", NULL);
  gsize length;
  sqlite3 *db;
  struct
  {
    const char *name;
    const char *says;
  } cases[] = {
    { "notes.txt", "not a database" },  { "cut.db", "cut short" },
    { "cut-page.db", "cut short" },     { "corrupt.db", "damaged" },
    { "newer.db", "newer version" },    { "foreign.db", "another program" },
    { "foreign-6.db", "clauses" },      { "empty.db", "empty" },
    { "missing.db", "missing.db" },
  };

  add_session (store, "2031-11-28", "Ann");
  good = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, now, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  g_assert_cmpint (g_mkdir_with_parents (work, 0700), ==, 0);
  g_assert_true (g_chdir (work) == 0);

  write_file ("notes.txt", "My supervision notes, typed in the wrong place; not a database.", -1);
  write_file ("cut.db", contents, length / 2 + 100);
  write_file ("cut-page.db", contents, length - 4096);
  write_file ("corrupt.db", contents, length);
  {
    FILE *file = fopen ("corrupt.db", "r+b");

    fseek (file, length / 2 / 4096 * 4096, SEEK_SET);
    for (int i = 0; i < 3 * 4096; i++)
      fputc (0xab, file);
    fclose (file);
  }
  write_file ("newer.db", contents, length);
  g_assert_cmpint (sqlite3_open ("newer.db", &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (sqlite3_open ("foreign.db", &db), ==, SQLITE_OK);
  sqlite3_exec (db, "CREATE TABLE clients (name TEXT); INSERT INTO clients VALUES ('A');", NULL,
                NULL, NULL);
  sqlite3_close (db);
  /* A version number alone does not make a database Ethos's. */
  g_assert_cmpint (sqlite3_open ("foreign-6.db", &db), ==, SQLITE_OK);
  sqlite3_exec (db, "CREATE TABLE codes (id); PRAGMA user_version = 6;", NULL, NULL, NULL);
  sqlite3_close (db);
  write_file ("empty.db", "", 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_restore_refused (fixture, cases[i].name, now, cases[i].says);
  /* The files themselves were only read: nothing was made beside them. */
  g_assert_false (g_file_test ("newer.db-wal", G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test ("newer.db-shm", G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test ("newer.db-journal", G_FILE_TEST_EXISTS));
  g_assert_true (g_chdir ("/") == 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD_BACKUP_TEST ("restore", test_restore);
  ADD_BACKUP_TEST ("restore-while-open", test_restore_while_open);
  ADD_BACKUP_TEST ("restore-older", test_restore_older);
  ADD_BACKUP_TEST ("restore-over-damage", test_restore_over_damage);
  ADD_BACKUP_TEST ("restore-new-computer", test_restore_new_computer);
  ADD_BACKUP_TEST ("restore-over-unreadable", test_restore_over_unreadable);
  ADD_BACKUP_TEST ("restore-refused", test_restore_refused);

  return g_test_run ();
}
