/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-backup"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "backup-fixture.h"
#include "ethos-backup-rotation.h"
#include "ethos-backup-store.h"
#include "ethos-note-store.h"

/* Backups as the practitioner meets them: one a day, a fortnight of dailies and a year of
 * monthlies kept, one before every upgrade, each a whole private file. Time is passed in
 * ("now"), so days and months go by without faketime. Simulated days are in 2031–2032, after
 * the real clock, so writes never bring a backup of the real day into them. */

static void
test_names (void)
{
  g_autoptr (GDateTime) when = at (2031, 3, 7, 9, 15);
  g_autoptr (GDateTime) parsed = NULL;
  g_autofree char *name = ethos_backup_file_name (when, ETHOS_BACKUP_PRE_MIGRATION);
  EthosBackupKind kind = ETHOS_BACKUP_DAILY;
  const char *not_backups[] = { ".tmp-ethos-a1B2c3", "ethos.db", "ethos-2031-03-07T0915-daily.db",
                                "ethos-2031-03-07T091500-weekly.db",
                                "ethos-2031-03-07T091500-daily.db-journal", "notes.txt" };

  g_assert_cmpstr (name, ==, "ethos-2031-03-07T091500-pre-migration.db");
  g_assert_true (ethos_backup_parse_file_name (name, &parsed, &kind));
  g_assert_cmpint (kind, ==, ETHOS_BACKUP_PRE_MIGRATION);
  g_assert_true (g_date_time_equal (parsed, when));
  for (guint i = 0; i < G_N_ELEMENTS (not_backups); i++)
    {
      GDateTime *none = NULL;

      g_assert_false (ethos_backup_parse_file_name (not_backups[i], &none, &kind));
      g_assert_null (none);
    }
  /* What earlier versions made before an upgrade is still listed as such. */
  g_clear_pointer (&parsed, g_date_time_unref);
  g_assert_true (ethos_backup_parse_file_name ("ethos-before-schema-6-20260102T030405Z.db",
                                               &parsed, &kind));
  g_assert_cmpint (kind, ==, ETHOS_BACKUP_PRE_MIGRATION);
}

static void
test_one_a_day (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) morning = at (2031, 5, 6, 9, 15);
  g_autoptr (GDateTime) evening = at (2031, 5, 6, 17, 30);
  g_autoptr (GDateTime) next_day = at (2031, 5, 7, 8, 0);
  g_autoptr (EthosStore) first = open_at (fixture, morning);
  g_autoptr (EthosStore) second = NULL;
  g_autoptr (EthosStore) third = NULL;
  g_autofree char *made = NULL;
  g_auto (GStrv) names = NULL;

  names = folder_names (fixture);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
  g_assert_cmpstr (names[0], ==, "ethos-2031-05-06T091500-daily.db");
  g_clear_pointer (&names, g_strfreev);

  /* Opened again the same day, by the CLI or the notifier: nothing new. */
  second = open_at (fixture, evening);
  g_assert_true (ethos_store_backup_daily (second, evening, &made, NULL));
  g_assert_null (made);
  names = folder_names (fixture);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
  g_clear_pointer (&names, g_strfreev);

  third = open_at (fixture, next_day);
  names = folder_names (fixture);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_cmpstr (names[1], ==, "ethos-2031-05-07T080000-daily.db");
}

/* The daily backup is a copy of the database as it was that day, and it needs nothing beside
 * it: no -wal, no half-written file, owner-only in an owner-only folder. */
static void
test_backup_file (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 6, 1, 10, 0);
  g_autoptr (GDateTime) later = at (2031, 6, 1, 10, 5);
  g_autoptr (EthosStore) store = NULL;
  g_autofree char *manual = NULL;
  g_autofree char *again = NULL;
  g_autofree char *header = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) names = NULL;
  GStatBuf st;
  gsize length;

  /* A folder someone made readable to others is made private again. */
  g_assert_cmpint (g_mkdir_with_parents (fixture->backups, 0755), ==, 0);
  g_assert_cmpint (g_chmod (fixture->backups, 0755), ==, 0);
  store = open_at (fixture, now);
  add_session (store, "2031-05-30", "Ann");
  manual = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, later, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (manual, "/ethos-2031-06-01T100500-manual.db"));

  /* The same second again: a name of its own, a second later, never overwriting. */
  again = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, later, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (again, "/ethos-2031-06-01T100501-manual.db"));

  g_assert_cmpint (g_stat (fixture->backups, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  names = folder_names (fixture);
  g_assert_cmpuint (g_strv_length (names), ==, 3);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (fixture->backups, names[i], NULL);

      g_assert_true (g_str_has_prefix (names[i], "ethos-2031-06-01T10"));
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    }
  /* A rollback-journal database (header bytes 18 and 19 are 1): readable on its own. */
  g_assert_true (g_file_get_contents (manual, &header, &length, NULL));
  g_assert_cmpint (header[18], ==, 1);
  g_assert_cmpint (header[19], ==, 1);
  g_assert_cmpint (query_int (manual, "SELECT count(*) FROM entries"), ==, 1);
  g_assert_cmpint (query_int (manual, "PRAGMA user_version"), ==,
                   ethos_store_get_supported_schema_version ());
}

static void
back_up_on (Fixture *fixture, EthosStore *store, int year, int month, int day)
{
  g_autoptr (GDateTime) now = at (year, month, day, 9, 15);
  g_autoptr (GError) error = NULL;
  g_autofree char *made = NULL;

  g_assert_true (ethos_store_backup_daily (store, now, &made, &error));
  g_assert_no_error (error);
  g_assert_nonnull (made);
}

/* Fifteen months of using Ethos on a few days a month, then twenty days in a row: what is left
 * is the last 14 days and the first backup of each of the last 12 months, and the backups made
 * by hand and before an upgrade, however old. */
static void
test_rotation (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) start = at (2031, 1, 2, 8, 0);
  g_autoptr (EthosStore) store = open_at (fixture, start);
  g_autoptr (GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *manual = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, start, NULL);
  g_autofree char *before = ethos_store_backup (store, ETHOS_BACKUP_PRE_MIGRATION, start, NULL);
  g_autofree char *restore = ethos_store_backup (store, ETHOS_BACKUP_PRE_RESTORE, start, NULL);
  g_autoptr (GPtrArray) left = NULL;
  const int days[] = { 3, 9, 17, 25 };

  for (int month = 0; month < 15; month++)
    for (guint i = 0; i < G_N_ELEMENTS (days); i++)
      back_up_on (fixture, store, 2031 + month / 12, month % 12 + 1, days[i]);
  for (int day = 1; day <= 20; day++)
    back_up_on (fixture, store, 2032, 4, day);

  /* The newest 14: 7 to 20 April 2032. */
  for (int day = 20; day >= 7; day--)
    g_ptr_array_add (expected, g_strdup_printf ("ethos-2032-04-%02dT091500-daily.db", day));
  /* The first of each of the last 12 months: 1 April 2032, then the 3rd back to May 2031. */
  g_ptr_array_add (expected, g_strdup ("ethos-2032-04-01T091500-daily.db"));
  for (int month = 14; month >= 4; month--)
    g_ptr_array_add (expected, g_strdup_printf ("ethos-%d-%02d-03T091500-daily.db",
                                                2031 + month / 12, month % 12 + 1));
  g_assert_cmpuint (expected->len, ==, 14 + 12);

  left = ethos_backups_list (fixture->dir, NULL);
  g_assert_nonnull (left);
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_DAILY), ==, 14 + 12);
  for (guint i = 0, j = 0; i < left->len; i++)
    {
      EthosBackupInfo *info = g_ptr_array_index (left, i);
      g_autofree char *name = g_path_get_basename (info->path);

      if (info->kind != ETHOS_BACKUP_DAILY)
        continue;
      /* Newest first, exactly the ones expected. */
      g_assert_cmpstr (name, ==, g_ptr_array_index (expected, j++));
    }
  g_assert_true (g_file_test (manual, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (before, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (restore, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (left->len, ==, 26 + 3);
}

/* The rule on its own: when the month's first backup is among the last 14, it counts once. */
static void
test_rotation_overlap (void)
{
  g_autoptr (GPtrArray) backups = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) expired = NULL;

  for (int i = 0; i < 400; i++)
    {
      g_autoptr (GDateTime) first = at (2031, 1, 1, 12, 0);
      EthosBackupInfo *info = ethos_backup_info_new ();

      info->kind = ETHOS_BACKUP_DAILY;
      info->created = g_date_time_add_days (first, i);
      info->path = g_strdup_printf ("/b/%03d", i);
      g_ptr_array_add (backups, info);
    }
  /* Day 400 is 5 February 2032: the 14 newest start on 23 January; 1 February is among them. */
  expired = ethos_backup_rotation_expired (backups, ETHOS_BACKUP_KEEP_DAILY,
                                           ETHOS_BACKUP_KEEP_MONTHLY);
  g_assert_cmpuint (backups->len - expired->len, ==, 14 + 12 - 1);
}

/* An upgrade is preceded by a backup of the old database, and rotation never takes it away. */
static void
test_before_migration (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 2, 1, 9, 0);
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) backups = NULL;
  g_autofree char *kept = NULL;

  make_schema_1 (fixture->dir);
  store = open_at (fixture, now);
  g_assert_cmpint (ethos_store_get_schema_version (store), ==,
                   ethos_store_get_supported_schema_version ());

  kept = g_build_filename (fixture->backups, "ethos-2031-02-01T090000-pre-migration.db", NULL);
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_assert_cmpint (query_int (kept, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (kept, "SELECT count(*) FROM clauses WHERE code_id = 'mine'"), ==, 1);

  for (int day = 2; day <= 28; day++)
    back_up_on (fixture, store, 2031, 2, day);
  for (int day = 1; day <= 31; day++)
    back_up_on (fixture, store, 2031, 3, day);
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_PRE_MIGRATION), ==, 1);
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_DAILY), ==, 14 + 2);
}

/* A window left open overnight: its first write of the new day brings that day's backup. */
static void
test_first_write_of_the_day (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) today = g_date_time_new_now_local ();
  g_autoptr (GDateTime) opened = g_date_time_add_days (today, -1);
  g_autofree char *prefix = g_date_time_format (today, "ethos-%Y-%m-%dT");
  g_autoptr (EthosStore) store = open_at (fixture, opened);
  g_auto (GStrv) names = NULL;

  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_DAILY), ==, 1);
  g_assert_true (ethos_store_set_note (store, "cosrt", "107", "Ask about this", NULL));
  g_assert_true (ethos_store_set_note (store, "cosrt", "107", "Asked", NULL));
  names = folder_names (fixture);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_true (g_str_has_prefix (names[1], prefix));
  g_assert_true (g_str_has_suffix (names[1], "-daily.db"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/names", test_names);
  ADD_BACKUP_TEST ("one-a-day", test_one_a_day);
  ADD_BACKUP_TEST ("backup-file", test_backup_file);
  ADD_BACKUP_TEST ("rotation", test_rotation);
  g_test_add_func ("/backup/rotation-overlap", test_rotation_overlap);
  ADD_BACKUP_TEST ("before-migration", test_before_migration);
  ADD_BACKUP_TEST ("first-write-of-the-day", test_first_write_of_the_day);

  return g_test_run ();
}
