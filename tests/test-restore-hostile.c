/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-restore-hostile"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "backup-fixture.h"
#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"

/* A restore takes data, not schema: a backup with anything added to or changed in Ethos's own
 * tables, indexes and triggers is refused with nothing changed; a backup that says it is older
 * than its tables are is refused rather than upgraded into a broken database; a copy of a
 * database in use is restored with the newest rows its -wal holds. */

/* A sound backup of a diary holding Ann's session, made in @fixture's data folder; the database
 * is closed again. */
static char *
good_backup (Fixture *fixture, GDateTime *now)
{
  g_autoptr (EthosStore) store = open_at (fixture, now);
  g_autoptr (GError) error = NULL;
  char *backup;

  add_session (store, "2031-11-28", "Ann");
  backup = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, now, &error);
  g_assert_no_error (error);
  return backup;
}

/* A copy of @backup named @name beside the data folder, with @sql run on it. */
static char *
tampered (Fixture *fixture, const char *backup, const char *name, const char *sql)
{
  g_autofree char *parent = g_path_get_dirname (fixture->dir);
  char *path = g_build_filename (parent, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;
  sqlite3 *db;
  char *message = NULL;

  g_assert_true (g_file_get_contents (backup, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", name, message);
  sqlite3_close (db);
  return path;
}

/* Each change to Ethos's schema is refused by name, and the diary works as before after it. */
static void
test_hostile_schema (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 12, 1, 9, 0);
  g_autofree char *backup = good_backup (fixture, now);
  g_autoptr (EthosStore) store = NULL;
  g_autofree char *shown = NULL;
  const struct
  {
    const char *name;
    const char *sql;
    const char *says;
  } cases[] = {
    /* Each new entry would delete all the others. */
    { "trigger.db",
      "CREATE TRIGGER wipe AFTER INSERT ON entries BEGIN DELETE FROM entries WHERE id <> new.id; "
      "END;",
      "“wipe”" },
    /* A view where Ethos has a table of the same name. */
    { "view.db",
      "DROP TABLE month_breaks; CREATE VIEW month_breaks AS SELECT '2031-01' AS month, '' AS note;",
      "month_breaks" },
    { "extra-table.db", "CREATE TABLE copied_out (note TEXT);", "“copied_out”" },
    /* Ethos's own trigger, made to do something else. */
    { "changed-trigger.db",
      "DROP TRIGGER entries_search_delete;"
      "CREATE TRIGGER entries_search_delete AFTER DELETE ON entries BEGIN"
      "  DELETE FROM supervisors; END;",
      "“entries_search_delete” is not as Ethos makes it" },
    /* A table without its checks. */
    { "changed-table.db",
      "PRAGMA writable_schema = ON;"
      "UPDATE sqlite_schema SET sql = replace (sql, 'CHECK (minutes > 0)', '') "
      "WHERE name = 'entries';",
      "“entries” is not as Ethos makes it" },
    { "changed-index.db", "DROP INDEX entries_newest; CREATE INDEX entries_newest ON entries (id);",
      "“entries_newest”" },
    /* Statistics that would steer SQLite's plans: Ethos never makes them. */
    { "statistics.db", "ANALYZE;", "“sqlite_stat1”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *file = tampered (fixture, backup, cases[i].name, cases[i].sql);

      assert_restore_refused (fixture, file, now, cases[i].says);
    }

  /* The diary is as it was, and a new entry leaves the others be. */
  store = open_at (fixture, now);
  add_session (store, "2031-11-30", "Bob");
  shown = sessions (store);
  g_assert_cmpstr (shown, ==, "Ann,Bob");
}

/* A current backup that says it is schema 1 is refused, not upgraded into a database every
 * later command fails on; and trying again leaves nothing behind either. */
static void
test_older_layout_lie (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 12, 2, 9, 0);
  g_autofree char *backup = good_backup (fixture, now);
  g_autofree char *file = tampered (fixture, backup, "schema-1.db", "PRAGMA user_version = 1;");
  g_autoptr (EthosStore) store = NULL;
  g_autofree char *shown = NULL;

  assert_restore_refused (fixture, file, now, "“bookmarks”");
  assert_restore_refused (fixture, file, now, "“bookmarks”");
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_PRE_MIGRATION), ==, 0);
  store = open_at (fixture, now);
  shown = sessions (store);
  g_assert_cmpstr (shown, ==, "Ann");
}

/* A database whose upgrade fails at open is left as it was, and each try does not leave another
 * pre-migration backup. */
static void
test_failed_upgrade_leaves_no_backups (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 12, 3, 9, 0);
  g_autofree char *backup = good_backup (fixture, now);
  g_autofree char *before = NULL;
  sqlite3 *db;

  /* Schema 8's number on schema 9's tables: the upgrade to 9 cannot add its column again. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 8", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = digest (fixture->path);
  for (int i = 0; i < 3; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (EthosStore) store = ethos_store_open_at (fixture->dir, now, &error);
      g_autofree char *after = NULL;

      g_assert_null (store);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "schema 9"));
      after = digest (fixture->path);
      g_assert_cmpstr (after, ==, before);
    }
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_PRE_MIGRATION), ==, 0);
}

/* A copy of a database in use: its newest rows are still in the -wal beside it, and they are
 * restored with it. */
static void
test_wal_beside (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 12, 4, 9, 0);
  g_autofree char *parent = g_path_get_dirname (fixture->dir);
  g_autofree char *other = g_build_filename (parent, "other-computer", NULL);
  g_autofree char *live = g_build_filename (other, "ethos.db", NULL);
  g_autofree char *live_wal = g_build_filename (other, "ethos.db-wal", NULL);
  g_autofree char *copy = g_build_filename (parent, "copied.db", NULL);
  g_autofree char *copy_wal = g_build_filename (parent, "copied.db-wal", NULL);
  g_autofree char *copy_shm = g_build_filename (parent, "copied.db-shm", NULL);
  g_autoptr (EthosStore) running = ethos_store_open_at (other, now, NULL);
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *shown = NULL;
  gsize length;

  g_assert_nonnull (running);
  add_session (running, "2031-12-01", "Ann");
  add_session (running, "2031-12-02", "Bob");
  /* Copied as a person copies files, while the other Ethos still runs. */
  g_assert_true (g_file_test (live_wal, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_get_contents (live, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (live_wal, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 0);
  g_assert_true (g_file_set_contents (copy_wal, contents, length, NULL));

  g_assert_true (ethos_backups_restore (fixture->dir, copy, now, NULL, &error));
  g_assert_no_error (error);
  store = open_at (fixture, now);
  shown = sessions (store);
  g_assert_cmpstr (shown, ==, "Ann,Bob");
  /* Only read: the copy and its -wal are as they were. */
  g_assert_false (g_file_test (copy_shm, G_FILE_TEST_EXISTS));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (copy_wal, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 0);

  /* A -wal that is there but cannot be read is not quietly left out. */
  g_clear_object (&store);
  g_assert_cmpint (g_unlink (copy_wal), ==, 0);
  g_assert_cmpint (g_mkdir (copy_wal, 0700), ==, 0);
  assert_restore_refused (fixture, copy, now, "together with the files beside it");
  g_assert_cmpint (g_rmdir (copy_wal), ==, 0);
}

/* A sparse file of gigabytes is refused before a byte of it is copied. */
static void
test_huge_file (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 12, 5, 9, 0);
  g_autofree char *backup = good_backup (fixture, now);
  g_autofree char *huge = tampered (fixture, backup, "huge.db", "SELECT 1;");

  g_assert_cmpint (truncate (huge, (off_t) 2 * 1024 * 1024 * 1024), ==, 0);
  assert_restore_refused (fixture, huge, now, "larger than an Ethos database can be");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD_BACKUP_TEST ("restore-hostile-schema", test_hostile_schema);
  ADD_BACKUP_TEST ("restore-older-layout-lie", test_older_layout_lie);
  ADD_BACKUP_TEST ("failed-upgrade-leaves-no-backups", test_failed_upgrade_leaves_no_backups);
  ADD_BACKUP_TEST ("restore-wal-beside", test_wal_beside);
  ADD_BACKUP_TEST ("restore-huge-file", test_huge_file);

  return g_test_run ();
}
