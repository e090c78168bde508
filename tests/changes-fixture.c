/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "changes-fixture"

#include "config.h"

#include "case-fixture.h"
#include "changes-fixture.h"
#include "cli-runner.h"
#include "ethos-reminder-store.h"
#include "ethos-store-private.h"

/* A store opened on a private folder as of noon on 23 November 2026, and what its "changed"
 * said, for the tests of "changed". */

void
record_change (EthosStore *store, EthosStoreChange change, Fixture *fixture)
{
  g_autoptr (GPtrArray) reminders = NULL;

  /* After the commit: a handler may read at once. */
  g_assert_true (sqlite3_get_autocommit (ethos_store_get_db (store)));
  reminders = ethos_store_list_reminders (store, TRUE, NULL);
  g_assert_nonnull (reminders);
  g_array_append_val (fixture->seen, change);
}

/* Noon on the day, for the store's clock. */
GDateTime *
day_at_noon (int year, int month, int day)
{
  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

EthosStore *
open_on (const char *dir, int year, int month, int day)
{
  g_autoptr (GDateTime) now = day_at_noon (year, month, day);
  g_autoptr (GError) error = NULL;
  EthosStore *store = ethos_store_open_at (dir, now, &error);

  g_assert_no_error (error);
  return store;
}

void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("ethos-test-changes-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->store = open_on (fixture->dir, 2026, 11, 23);
  fixture->seen = g_array_new (FALSE, FALSE, sizeof (EthosStoreChange));
  g_signal_connect (fixture->store, "changed", G_CALLBACK (record_change), fixture);
}

void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  g_array_unref (fixture->seen);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Exactly one "changed" since the last look, saying @change. */
void
assert_once (Fixture *fixture, EthosStoreChange change)
{
  g_assert_cmpuint (fixture->seen->len, ==, 1);
  g_assert_cmphex (g_array_index (fixture->seen, EthosStoreChange, 0), ==, change);
  g_array_set_size (fixture->seen, 0);
}

void
assert_nothing (Fixture *fixture)
{
  g_assert_cmpuint (fixture->seen->len, ==, 0);
}

static gboolean
on_deadline (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main context until @done holds, or fails after 20 seconds. */
void
wait_for (Fixture *fixture, gboolean (*done) (Fixture *fixture))
{
  gboolean late = FALSE;
  guint deadline = g_timeout_add_seconds (20, on_deadline, &late);

  while (!done (fixture) && !late)
    g_main_context_iteration (NULL, TRUE);
  if (!late)
    g_source_remove (deadline);
  g_assert_true (done (fixture));
}

gboolean
saw_something (Fixture *fixture)
{
  return fixture->seen->len > 0;
}
