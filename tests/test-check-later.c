/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-check-later"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "backup-fixture.h"
#include "ethos-demo.h"
#include "ethos-derived-reminders.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-store.h"
#include "ethos-store.h"

/* The window opens the records at once and checks them for damage in the background
 * (ETHOS_STORE_OPEN_CHECK_LATER), so that its start-up does not grow with the diary. The first
 * write waits for the check: a sound diary takes it and gets the day's backup; a damaged one is
 * never written to, not even by a backup, and the window is told. */

typedef struct
{
  guint checked;
  guint damaged;
  int   code;
} Seen;

static void
on_checked (EthosStore *store, Seen *seen)
{
  seen->checked++;
}

static void
on_damaged (EthosStore *store, const GError *error, Seen *seen)
{
  seen->damaged++;
  seen->code = error->code;
}

/* A diary of a few thousand entries, opened (and backed up) today. */
static void
make_diary (Fixture *fixture)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (EthosStore) store = open_at (fixture, now);
  g_autoptr (GError) error = NULL;

  g_assert_true (ethos_demo_fill (store, 3000, 7, &error));
  g_assert_no_error (error);
}

/* Opened as if tomorrow, when a day's backup is due. */
static EthosStore *
open_later (Fixture *fixture, Seen *seen)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr (GError) error = NULL;
  EthosStore *store = ethos_store_open_full (fixture->dir, tomorrow, ETHOS_STORE_OPEN_CHECK_LATER,
                                             &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_signal_connect (store, "checked", G_CALLBACK (on_checked), seen);
  g_signal_connect (store, "damaged", G_CALLBACK (on_damaged), seen);
  return store;
}

static void
wait_for_signal (Seen *seen)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (seen->checked + seen->damaged == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
}

static void
test_sound (Fixture *fixture, gconstpointer data)
{
  Seen seen = { 0 };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  gboolean written;

  make_diary (fixture);
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_DAILY), ==, 1);
  store = open_later (fixture, &seen);

  /* The write waits for the check, then goes ahead; the day's backup came first. */
  written = ethos_store_set_name (store, "Sam Practitioner", &error);
  g_assert_no_error (error);
  g_assert_true (written);
  g_assert_true (ethos_store_is_checked (store));
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_DAILY), ==, 2);
  name = ethos_store_get_name (store);
  g_assert_cmpstr (name, ==, "Sam Practitioner");

  wait_for_signal (&seen);
  g_assert_cmpuint (seen.checked, ==, 1);
  g_assert_cmpuint (seen.damaged, ==, 0);
}

static void
test_damaged (Fixture *fixture, gconstpointer data)
{
  Seen seen = { 0 };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  char garbage[4096];
  GStatBuf info;
  FILE *file;

  make_diary (fixture);
  g_assert_cmpint (g_stat (fixture->path, &info), ==, 0);
  g_assert_cmpint (info.st_size, >, 40 * 4096);
  /* Pages in the middle of the file overwritten: the header and the schema still read. */
  memset (garbage, 0x5a, sizeof garbage);
  file = fopen (fixture->path, "r+b");
  g_assert_nonnull (file);
  for (int page = 0; page < 4; page++)
    {
      g_assert_cmpint (fseek (file, (info.st_size / 2 / 4096 + page * 3) * 4096, SEEK_SET), ==, 0);
      g_assert_cmpuint (fwrite (garbage, 1, sizeof garbage, file), ==, sizeof garbage);
    }
  fclose (file);
  before = digest (fixture->path);

  store = open_later (fixture, &seen);
  g_assert_false (ethos_store_set_name (store, "Sam Practitioner", &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT);
  wait_for_signal (&seen);
  g_assert_cmpuint (seen.damaged, ==, 1);
  g_assert_cmpuint (seen.checked, ==, 0);
  g_assert_cmpint (seen.code, ==, ETHOS_STORE_ERROR_CORRUPT);
  g_clear_object (&store);

  /* Byte for byte as it was, and no backup of it pushed a good one out. */
  after = digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_DAILY), ==, 1);
}

/* Nothing is checked until the window lets it begin: the check then runs and says so. */
static void
test_waits_for_start (Fixture *fixture, gconstpointer data)
{
  Seen seen = { 0 };
  g_autoptr (EthosStore) store = NULL;
  gint64 until;

  make_diary (fixture);
  store = open_later (fixture, &seen);
  until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  g_assert_false (ethos_store_is_checked (store));
  g_assert_cmpuint (seen.checked + seen.damaged, ==, 0);
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_DAILY), ==, 1);
  /* Bringing the derived reminders up to date is put off too: it neither starts the check nor
   * waits for it. */
  g_assert_true (ethos_store_update_derived_reminders (store, "2026-11-23", NULL));
  g_assert_false (ethos_store_is_checked (store));
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_DAILY), ==, 1);

  ethos_store_start_check (store);
  wait_for_signal (&seen);
  g_assert_cmpuint (seen.checked, ==, 1);
  g_assert_true (ethos_store_is_checked (store));
  /* The day's backup (opened as if tomorrow) came with the check. */
  g_assert_cmpuint (count_kind (fixture, ETHOS_BACKUP_DAILY), ==, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/check-later/sound", Fixture, NULL, fixture_setup, test_sound, fixture_teardown);
  g_test_add ("/check-later/damaged", Fixture, NULL, fixture_setup, test_damaged,
              fixture_teardown);
  g_test_add ("/check-later/waits-for-start", Fixture, NULL, fixture_setup, test_waits_for_start,
              fixture_teardown);

  return g_test_run ();
}
