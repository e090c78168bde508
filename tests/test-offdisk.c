/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-offdisk"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "case-fixture.h"
#include "ethos-backup-copy.h"
#include "ethos-backup-store.h"
#include "ethos-backup-verify.h"
#include "ethos-offdisk-store.h"
#include "ethos-store-private.h"

/* Copies off this disk (issue 19) as the practitioner relies on them: each copy read back after
 * writing, and one that a drive damaged on the way refused and not left there. Time is passed in;
 * the days are in 2031, after the real clock. */

static const char passphrase[] = "correct horse battery staple";

static GDateTime *
at (int year, int month, int day, int hour)
{
  return g_date_time_new_local (year, month, day, hour, 0, 0);
}

static EthosStore *
open_on (CaseFixture *fixture, const char *key, GDateTime *now)
{
  g_autoptr (GError) error = NULL;
  EthosStoreOpenOptions options = { .flags = ETHOS_STORE_OPEN_DEFAULT, .key = key };
  EthosStore *store = ethos_store_open_with_options (fixture->dir, now, &options, &error);

  g_assert_no_error (error);
  return store;
}

/* The folder a drive is mounted on, made and set as the destination. */
static char *
plug_in (CaseFixture *fixture, EthosStore *store)
{
  g_autoptr (GError) error = NULL;
  char *stick = case_path (fixture, "stick");

  g_assert_cmpint (g_mkdir_with_parents (stick, 0700), ==, 0);
  g_assert_true (ethos_store_set_backup_destination (store, stick, &error));
  g_assert_no_error (error);
  return stick;
}

static GStrv
names_in (const char *dir)
{
  g_autoptr (GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    g_strv_builder_add (names, name);
  return g_strv_builder_end (names);
}

/* A drive that keeps only the first half of what it was given. */
static void
truncate_half (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (truncate (path, st.st_size / 2), ==, 0);
}

/* A drive that flips one byte in the middle of the file. */
static void
flip_a_byte (const char *path)
{
  g_autofree char *bytes = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  bytes[length / 2 + 100] ^= 0x5a;
  g_assert_true (g_file_set_contents (path, bytes, length, NULL));
}

static void
assert_copy_refused (CaseFixture *fixture, const char *key, EthosBackupCopyHook damage)
{
  g_autoptr (GDateTime) now = at (2031, 3, 4, 9);
  g_autoptr (EthosStore) store = open_on (fixture, key, now);
  g_autofree char *stick = plug_in (fixture, store);
  g_autoptr (GError) error = NULL;
  g_autofree char *copy = NULL;
  g_auto (GStrv) left = NULL;
  int version = 0;

  ethos_backup_copy_written_hook = damage;
  copy = ethos_store_copy_newest_backup (store, now, &error);
  ethos_backup_copy_written_hook = NULL;
  g_assert_null (copy);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "did not read back"));
  g_assert_nonnull (strstr (error->message, stick));
  /* Nothing left on the drive: neither a copy nor the temporary file. */
  left = names_in (stick);
  g_assert_cmpuint (g_strv_length (left), ==, 0);

  /* The same drive, whole again: the copy is made and reads back as the diary. */
  g_clear_error (&error);
  copy = ethos_store_copy_newest_backup (store, now, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (copy, stick));
  g_assert_true (ethos_backup_verify (copy, key, &version, NULL));
  g_assert_cmpint (version, ==, ethos_store_get_schema_version (store));
}

static void
test_truncated_plain (CaseFixture *fixture, gconstpointer data)
{
  assert_copy_refused (fixture, NULL, truncate_half);
}

static void
test_truncated_encrypted (CaseFixture *fixture, gconstpointer data)
{
  assert_copy_refused (fixture, passphrase, truncate_half);
}

/* One byte changed: an encrypted page's HMAC no longer matches. */
static void
test_flipped_encrypted (CaseFixture *fixture, gconstpointer data)
{
  assert_copy_refused (fixture, passphrase, flip_a_byte);
}

/* A copy read back with another key, or as plain, does not verify. */
static void
test_verify_needs_key (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 3, 4, 9);
  g_autoptr (EthosStore) store = open_on (fixture, passphrase, now);
  g_autofree char *stick = plug_in (fixture, store);
  g_autoptr (GError) error = NULL;
  g_autofree char *copy = ethos_store_copy_newest_backup (store, now, &error);

  g_assert_no_error (error);
  g_assert_true (ethos_backup_verify (copy, passphrase, NULL, NULL));
  g_assert_false (ethos_backup_verify (copy, "another passphrase", NULL, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_false (ethos_backup_verify (copy, NULL, NULL, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The names in @dir that end in @suffix, sorted. */
static GStrv
names_ending (const char *dir, const char *suffix)
{
  g_auto (GStrv) all = names_in (dir);
  g_autoptr (GPtrArray) some = g_ptr_array_new ();

  for (guint i = 0; all[i] != NULL; i++)
    if (g_str_has_suffix (all[i], suffix))
      g_ptr_array_add (some, g_strdup (all[i]));
  g_ptr_array_sort (some, compare_names);
  g_ptr_array_add (some, NULL);
  return (GStrv) g_ptr_array_steal (some, NULL);
}

static void
write_file (const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, "not Ethos's", -1, NULL));
}

/* A day's backup each day for 75 days, copied each day: the drive keeps the same daily copies
 * as the backups folder (a fortnight, and each month's first), and nothing else of its is
 * touched. */
static void
test_rotated (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) first = at (2031, 1, 10, 9);
  g_autoptr (EthosStore) store = open_on (fixture, NULL, first);
  g_autofree char *stick = plug_in (fixture, store);
  g_autofree char *backups = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *link_target = g_build_filename (stick, "holiday.jpg", NULL);
  g_autofree char *link_path = g_build_filename (stick, "ethos-2030-01-01T090000-daily.db", NULL);
  const char *theirs[] = { "holiday.jpg", "ethos-notes.db", "ethos-2030-01-02T090000-daily.txt",
                           "ethos-2030-01-03T0900-daily.db" };
  g_autofree char *manual = NULL;
  g_auto (GStrv) local = NULL;
  g_auto (GStrv) copies = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (theirs); i++)
    write_file (stick, theirs[i]);
  /* A link named as an old daily copy: never followed, never deleted. */
  g_assert_cmpint (symlink (link_target, link_path), ==, 0);
  /* A copy made on request, of a manual backup: kept, as the local one is. */
  g_free (ethos_store_backup (store, ETHOS_BACKUP_MANUAL, first, NULL));
  manual = ethos_store_copy_newest_backup (store, first, NULL);
  g_assert_true (g_str_has_suffix (manual, "-manual.db"));
  /* The day's backup was made at opening, before there was a drive: made again, and copied. */
  local = names_ending (backups, "-daily.db");
  g_assert_cmpuint (g_strv_length (local), ==, 1);
  {
    g_autofree char *opening = g_build_filename (backups, local[0], NULL);

    g_assert_cmpint (g_unlink (opening), ==, 0);
  }
  g_clear_pointer (&local, g_strfreev);

  for (int day = 0; day < 75; day++)
    {
      g_autoptr (GDateTime) now = g_date_time_add_days (first, day);

      g_assert_true (ethos_store_backup_daily (store, now, NULL, NULL));
    }

  local = names_ending (backups, "-daily.db");
  copies = names_ending (stick, "-daily.db");
  /* 10 January to 25 March: the 14 newest (from 12 March), and the first of each month. */
  g_assert_cmpuint (g_strv_length (local), ==, 17);
  g_assert_cmpstr (local[0], ==, "ethos-2031-01-10T090000-daily.db");
  g_assert_cmpstr (local[1], ==, "ethos-2031-02-01T090000-daily.db");
  g_assert_cmpstr (local[2], ==, "ethos-2031-03-01T090000-daily.db");
  g_assert_cmpstr (local[3], ==, "ethos-2031-03-12T090000-daily.db");
  /* The drive: the same, after the two names that are not Ethos's copies. */
  g_assert_cmpuint (g_strv_length (copies), ==, 19);
  g_assert_cmpstr (copies[0], ==, "ethos-2030-01-01T090000-daily.db");
  g_assert_cmpstr (copies[1], ==, "ethos-2030-01-03T0900-daily.db");
  for (guint i = 0; local[i] != NULL; i++)
    g_assert_cmpstr (copies[i + 2], ==, local[i]);
  g_assert_true (g_file_test (manual, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < G_N_ELEMENTS (theirs); i++)
    {
      g_autofree char *path = g_build_filename (stick, theirs[i], NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

/* A copy asked for of a backup older than those the drive keeps is not rotated away as it is
 * made: the path printed is there. */
static void
test_old_backup_copied (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 3, 20, 9);
  g_autoptr (EthosStore) store = open_on (fixture, NULL, now);
  g_autofree char *stick = plug_in (fixture, store);
  g_autofree char *old = case_path (fixture, "ethos-2031-03-02T090000-daily.db");
  g_autoptr (GPtrArray) backups = ethos_backups_list (fixture->dir, NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *bytes = NULL;
  gsize length = 0;

  /* On the drive: the 1st and the 3rd to the 16th, all kept by the rotation. */
  for (int day = 1; day <= 16; day++)
    if (day != 2)
      {
        g_autofree char *name = g_strdup_printf ("ethos-2031-03-%02dT090000-daily.db", day);

        write_file (stick, name);
      }
  g_assert_true (g_file_get_contents (((EthosBackupInfo *) g_ptr_array_index (backups, 0))->path,
                                      &bytes, &length, NULL));
  g_assert_true (g_file_set_contents (old, bytes, (gssize) length, NULL));
  copy = ethos_backup_copy_to (old, stick, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
}

static void
unplug (const char *stick)
{
  g_autofree char *away = g_strconcat (stick, "-away", NULL);

  g_assert_cmpint (g_rename (stick, away), ==, 0);
}

static void
replug (const char *stick)
{
  g_autofree char *away = g_strconcat (stick, "-away", NULL);

  g_assert_cmpint (g_rename (away, stick), ==, 0);
}

/* When the last copy was made stays known with the drive unplugged, and turns to a warning after
 * a week; a place set with no copy in it is one at once. */
static void
test_state (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = at (2031, 3, 4, 9);
  g_autoptr (GDateTime) week_on = at (2031, 3, 11, 9);
  g_autoptr (GDateTime) after = at (2031, 3, 11, 10);
  g_autoptr (EthosStore) store = open_on (fixture, NULL, now);
  g_autoptr (GDateTime) last = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *stick = NULL;
  g_autofree char *said = NULL;
  g_autofree char *copy = NULL;

  g_assert_cmpint (ethos_store_get_offdisk_state (store, now, &last, &said), ==,
                   ETHOS_OFFDISK_NOT_SET);
  g_assert_null (last);
  g_clear_pointer (&said, g_free);

  stick = plug_in (fixture, store);
  g_assert_cmpint (ethos_store_get_offdisk_state (store, now, &last, &said), ==,
                   ETHOS_OFFDISK_NEVER);
  g_assert_nonnull (strstr (said, stick));
  g_clear_pointer (&said, g_free);

  copy = ethos_store_copy_newest_backup (store, now, &error);
  g_assert_no_error (error);
  unplug (stick);
  g_assert_cmpint (ethos_store_get_offdisk_state (store, week_on, &last, &said), ==,
                   ETHOS_OFFDISK_RECENT);
  g_assert_true (g_date_time_equal (last, now));
  g_assert_nonnull (strstr (said, "made on 4 March 2031"));
  g_clear_pointer (&said, g_free);
  g_clear_pointer (&last, g_date_time_unref);
  g_assert_cmpint (ethos_store_get_offdisk_state (store, after, &last, &said), ==,
                   ETHOS_OFFDISK_STALE);
  g_assert_nonnull (strstr (said, "more than a week ago"));
  g_clear_pointer (&said, g_free);

  /* Another place set: its own copies count, not those made elsewhere. */
  {
    g_autofree char *other = case_path (fixture, "cloud");

    g_assert_cmpint (g_mkdir (other, 0700), ==, 0);
    g_assert_true (ethos_store_set_backup_destination (store, other, NULL));
    g_assert_cmpint (ethos_store_get_offdisk_state (store, after, NULL, NULL), ==,
                     ETHOS_OFFDISK_NEVER);
  }
}

/* The trigger the notifier's volume monitor calls when a drive is plugged in (a test cannot plug
 * one in: the folder is renamed away and back). Nothing while the folder is not there; once
 * there, the day's backup is made and copied; once a day; a copy deleted from the drive is made
 * again. */
static void
test_drive_appears (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) opened = at (2031, 3, 4, 9);
  g_autoptr (GDateTime) morning = at (2031, 3, 5, 9);
  g_autoptr (GDateTime) noon = at (2031, 3, 5, 12);
  g_autoptr (GDateTime) next_day = at (2031, 3, 6, 8);
  g_autoptr (GDateTime) later = at (2031, 3, 6, 15);
  g_autoptr (EthosStore) store = open_on (fixture, NULL, opened);
  g_autofree char *stick = plug_in (fixture, store);
  g_autoptr (GError) error = NULL;
  g_autofree char *copied = NULL;
  g_auto (GStrv) names = NULL;

  unplug (stick);
  g_assert_true (ethos_store_copy_off_disk_if_due (store, morning, &copied, &error));
  g_assert_no_error (error);
  g_assert_null (copied);

  replug (stick);
  g_assert_true (ethos_store_copy_off_disk_if_due (store, morning, &copied, &error));
  g_assert_no_error (error);
  g_assert_nonnull (copied);
  g_assert_true (g_str_has_suffix (copied, "/ethos-2031-03-05T090000-daily.db"));
  g_assert_true (ethos_backup_verify (copied, NULL, NULL, NULL));
  g_clear_pointer (&copied, g_free);
  /* Plugged in again the same day: nothing more. */
  g_assert_true (ethos_store_copy_off_disk_if_due (store, noon, &copied, &error));
  g_assert_null (copied);
  names = names_in (stick);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
  g_clear_pointer (&names, g_strfreev);

  /* The next day's backup was made while the drive was away (said once in the log); the drive
   * comes back in the afternoon and gets it. */
  unplug (stick);
  g_assert_true (ethos_store_backup_daily (store, next_day, NULL, NULL));
  replug (stick);
  g_assert_true (ethos_store_copy_off_disk_if_due (store, later, &copied, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (copied, "/ethos-2031-03-06T080000-daily.db"));
  g_assert_cmpint (ethos_store_get_offdisk_state (store, later, NULL, NULL), ==,
                   ETHOS_OFFDISK_RECENT);

  /* Today's copy deleted from the drive: made again. */
  g_assert_cmpint (g_unlink (copied), ==, 0);
  g_clear_pointer (&copied, g_free);
  g_assert_true (ethos_store_copy_off_disk_if_due (store, later, &copied, &error));
  g_assert_true (g_str_has_suffix (copied, "/ethos-2031-03-06T080000-daily.db"));
  g_assert_true (g_file_test (copied, G_FILE_TEST_IS_REGULAR));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  CASE_TEST ("/offdisk/verify/truncated-plain", test_truncated_plain);
  CASE_TEST ("/offdisk/verify/truncated-encrypted", test_truncated_encrypted);
  CASE_TEST ("/offdisk/verify/flipped-encrypted", test_flipped_encrypted);
  CASE_TEST ("/offdisk/verify/needs-key", test_verify_needs_key);
  CASE_TEST ("/offdisk/rotated", test_rotated);
  CASE_TEST ("/offdisk/old-backup-copied", test_old_backup_copied);
  CASE_TEST ("/offdisk/state", test_state);
  CASE_TEST ("/offdisk/drive-appears", test_drive_appears);

  return g_test_run ();
}
