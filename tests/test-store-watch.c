/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store-watch"

#include "config.h"

#include <glib/gstdio.h>

#include "changes-fixture.h"
#include "cli-runner.h"
#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"
#include "ethos-note-store.h"
#include "ethos-reminder-store.h"
#include "ethos-store-private.h"

/* Writes by other programs reach a store that watches for them as "all", a moment after they
 * settle (the main context run until they do, never a fixed wait); its own writes are said once,
 * when they commit, and never again through the watch. So does another file put in its place. */

static gboolean
look_pending (Fixture *fixture)
{
  return fixture->store->settle_source != NULL;
}

static gboolean
look_done (Fixture *fixture)
{
  return fixture->store->settle_source == NULL;
}

/* A write through another store on the same folder stands for another program: "all", a
 * moment later. The store's own write is said once, when it commits, and its look at its own
 * log finds nothing more to say. */
static void
test_other_store (Fixture *fixture, gconstpointer data)
{
  g_autoptr (EthosStore) other = open_on (fixture->dir, 2026, 11, 23);
  g_autofree char *note = NULL;

  ethos_store_watch_other_writers (fixture->store);
  ethos_store_watch_other_writers (fixture->store);

  g_assert_true (ethos_store_set_note (fixture->store, "bacp", "1", "Mine", NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_NOTES);
  wait_for (fixture, look_pending);
  wait_for (fixture, look_done);
  assert_nothing (fixture);

  g_assert_true (ethos_store_set_note (other, "bacp", "1", "Theirs", NULL));
  assert_nothing (fixture);
  wait_for (fixture, saw_something);
  assert_once (fixture, ETHOS_STORE_CHANGE_ALL);
  note = ethos_store_get_note (fixture->store, "bacp", "1", NULL);
  g_assert_cmpstr (note, ==, "Theirs");
}

/* The real ethos-cli, as a practitioner's script would run it. */
static void
test_cli (Fixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_autoptr (GPtrArray) reminders = NULL;

  ethos_store_watch_other_writers (fixture->store);
  run_cli_in (&run, fixture->dir, "reminders", "add", "--title", "ICO fee", "--due",
              "2026-12-22", "--kind", "ico", NULL);
  assert_ok (&run);
  wait_for (fixture, saw_something);
  assert_once (fixture, ETHOS_STORE_CHANGE_ALL);
  reminders = ethos_store_list_reminders (fixture->store, FALSE, NULL);
  g_assert_cmpuint (reminders->len, ==, 1);
  g_assert_cmpstr (((EthosReminder *) g_ptr_array_index (reminders, 0))->title, ==, "ICO fee");
}

/* A backup put back replaces everything, through a connection of its own: "all". */
static void
test_restore (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) now = day_at_noon (2026, 11, 23);
  g_autofree char *backup = NULL;
  g_autofree char *note = NULL;
  g_autoptr (GError) error = NULL;

  backup = ethos_store_backup (fixture->store, ETHOS_BACKUP_MANUAL, now, &error);
  g_assert_no_error (error);
  g_assert_true (ethos_store_set_note (fixture->store, "bacp", "1", "After the backup", NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_NOTES);

  ethos_store_watch_other_writers (fixture->store);
  g_assert_true (ethos_backups_restore (fixture->dir, backup, now, NULL, &error));
  g_assert_no_error (error);
  wait_for (fixture, saw_something);
  g_assert_cmphex (g_array_index (fixture->seen, EthosStoreChange, 0), ==, ETHOS_STORE_CHANGE_ALL);
  note = ethos_store_get_note (fixture->store, "bacp", "1", NULL);
  g_assert_null (note);
}

/* Another database renamed over the file (a copy put back by hand): the store still reads the
 * file it opened, says "all" so that whoever watches can open the new one, and
 * ethos_store_check_file() says it was replaced; then, the file removed, that none is there. */
static void
test_replaced (Fixture *fixture, gconstpointer data)
{
  g_autofree char *other_dir = g_build_filename (fixture->dir, "other", NULL);
  g_autofree char *other_path = g_build_filename (other_dir, "ethos.db", NULL);
  g_autoptr (EthosStore) other = open_on (other_dir, 2026, 11, 23);
  const char *path = ethos_store_get_path (fixture->store);
  g_autofree char *note = NULL;

  g_assert_true (ethos_store_set_note (other, "bacp", "1", "In the copy", NULL));
  g_clear_object (&other);
  ethos_store_watch_other_writers (fixture->store);
  g_assert_cmpint (ethos_store_check_file (fixture->store), ==, ETHOS_STORE_FILE_SAME);

  g_assert_cmpint (g_rename (other_path, path), ==, 0);
  wait_for (fixture, saw_something);
  g_assert_cmphex (g_array_index (fixture->seen, EthosStoreChange, 0), ==, ETHOS_STORE_CHANGE_ALL);
  g_assert_cmpint (ethos_store_check_file (fixture->store), ==, ETHOS_STORE_FILE_REPLACED);
  note = ethos_store_get_note (fixture->store, "bacp", "1", NULL);
  g_assert_null (note);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (ethos_store_check_file (fixture->store), ==, ETHOS_STORE_FILE_GONE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD_CHANGES_TEST ("other-store", test_other_store);
  ADD_CHANGES_TEST ("cli", test_cli);
  ADD_CHANGES_TEST ("restore", test_restore);
  ADD_CHANGES_TEST ("replaced", test_replaced);

  return g_test_run ();
}
