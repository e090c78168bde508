/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-evidence-backup"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "backup-fixture.h"
#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"
#include "ethos-entry-store.h"

/* A backup is the whole record: the evidence files are inside the database, so a restore brings
 * back an entry with its certificate; the files an older Ethos kept in a folder are taken in; and
 * the check says when a file is missing, or when a file is there that no entry names. */

static const char certificate_text[] = "%PDF-1.4 Certificate of attendance: Ethics day";

/* A CPD activity on @date with a certificate; returns the name it is stored as. */
static char *
add_course (Fixture *fixture, EthosStore *store, const char *date, gint64 *id)
{
  g_autofree char *parent = g_path_get_dirname (fixture->dir);
  g_autofree char *certificate = g_build_filename (parent, "certificate.pdf", NULL);
  g_autoptr (EthosEntry) course = ethos_entry_new (ETHOS_ENTRY_CPD);
  g_autoptr (GError) error = NULL;
  const char *files[] = { certificate, NULL };

  g_assert_true (g_file_set_contents (certificate, certificate_text, -1, NULL));
  g_free (course->date);
  course->date = g_strdup (date);
  g_free (course->title);
  course->title = g_strdup ("Ethics day");
  course->minutes = 360;
  g_assert_true (ethos_store_add_entry_with_evidence (store, course, files, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (certificate), ==, 0);
  *id = course->id;
  return g_strdup (g_ptr_array_index (course->evidence, 0));
}

/* The evidence file @stored_as, as it comes out of @store. */
static char *
taken_out (Fixture *fixture, EthosStore *store, const char *stored_as)
{
  g_autofree char *parent = g_path_get_dirname (fixture->dir);
  g_autofree char *out = g_build_filename (parent, "taken-out", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  char *contents = NULL;

  g_assert_cmpint (g_mkdir_with_parents (out, 0700), ==, 0);
  path = ethos_store_save_evidence (store, stored_as, out, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static guint
n_problems (EthosStore *store, const char *says)
{
  g_auto (GStrv) problems = NULL;

  g_assert_true (ethos_store_check_integrity (store, &problems, NULL));
  for (guint i = 0; says != NULL && problems != NULL && problems[i] != NULL; i++)
    if (strstr (problems[i], says) != NULL)
      return 1;
  return problems != NULL && says == NULL ? g_strv_length (problems) : 0;
}

/* Backup, delete the entry, restore: the entry is back with its certificate, and the check
 * says the database is sound. */
static void
test_backup_holds_evidence (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 9, 1, 9, 0);
  g_autoptr (EthosStore) store = open_at (fixture, now);
  g_autoptr (EthosEntry) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *stored_as = NULL;
  g_autofree char *contents = NULL;
  gint64 id;

  stored_as = add_course (fixture, store, "2031-08-20", &id);
  backup = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, now, &error);
  g_assert_no_error (error);
  g_assert_true (ethos_store_delete_entry (store, id, NULL));
  g_clear_object (&store);

  g_assert_true (ethos_backups_restore (fixture->dir, backup, now, NULL, &error));
  g_assert_no_error (error);
  store = open_at (fixture, now);
  back = ethos_store_get_entry (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->evidence->len, ==, 1);
  contents = taken_out (fixture, store, stored_as);
  g_assert_cmpstr (contents, ==, certificate_text);
  g_assert_cmpuint (n_problems (store, NULL), ==, 0);
}

/* A diary from Ethos before schema 10: its files in <data dir>/evidence/. At the first open
 * each file goes into the row that names it, and the folder goes once it is empty. */
static void
test_older_folder_taken_in (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 9, 2, 9, 0);
  g_autoptr (EthosStore) store = open_at (fixture, now);
  g_autofree char *folder = g_build_filename (fixture->dir, "evidence", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *kept_file = NULL;
  g_autofree char *stray = g_build_filename (folder, "99-1-unknown.pdf", NULL);
  g_autofree char *contents = NULL;
  gint64 id;
  sqlite3 *db;

  kept = add_course (fixture, store, "2031-08-20", &id);
  missing = add_course (fixture, store, "2031-08-21", &id);
  g_clear_object (&store);

  /* Back to schema 9: the files out in the folder, the columns and what came later gone. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  kept_file = g_build_filename (folder, kept, NULL);
  g_assert_true (g_file_set_contents (kept_file, certificate_text, -1, NULL));
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP INDEX entries_by_import_batch;"
                                     "ALTER TABLE entries DROP COLUMN import_batch;"
                                     "DROP TABLE import_batch;"
                                     "DROP TABLE clause_words;"
                                     "DROP TABLE client_hours;"
                                     "DROP TABLE cpd_plan_links;"
                                     "DROP TABLE cpd_plan_items;"
                                     "ALTER TABLE supervisors DROP COLUMN accreditation;"
                                     "ALTER TABLE supervisors DROP COLUMN phone;"
                                     "ALTER TABLE supervisors DROP COLUMN email;"
                                     "DROP TABLE drafts;"
                                     "ALTER TABLE evidence DROP COLUMN content;"
                                     "ALTER TABLE evidence DROP COLUMN size;"
                                     "PRAGMA user_version = 9;",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  store = open_at (fixture, now);
  contents = taken_out (fixture, store, kept);
  g_assert_cmpstr (contents, ==, certificate_text);
  g_assert_false (g_file_test (kept_file, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  /* The other entry's file was never there: the check says so, by its name and date. */
  g_assert_cmpuint (n_problems (store, "“certificate.pdf” of the entry of 2031-08-21 is missing"),
                    ==, 1);
  g_assert_cmpuint (n_problems (store, NULL), ==, 1);
  g_clear_object (&store);

  /* Killed after the file went in but before it was removed: removed at the next open. A file
   * no row names stays, and the check names it. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (kept_file, certificate_text, -1, NULL));
  g_assert_true (g_file_set_contents (stray, "someone's file", -1, NULL));
  store = open_at (fixture, now);
  g_assert_false (g_file_test (kept_file, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (stray, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (n_problems (store, "99-1-unknown.pdf is a file in the evidence folder that "
                                       "no entry names"),
                    ==, 1);
  g_assert_cmpuint (n_problems (store, NULL), ==, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD_BACKUP_TEST ("evidence-in-backups", test_backup_holds_evidence);
  ADD_BACKUP_TEST ("evidence-folder-taken-in", test_older_folder_taken_in);

  return g_test_run ();
}
