/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reminder-undo"

#include "config.h"

#include <stdlib.h>

#include "case-fixture.h"
#include "ethos-reminder-store.h"
#include "ethos-store-private.h"

/* The window's Undo: a Done taken back puts the due date, the snooze and the history back as
 * they were; a Delete taken back brings the reminder back whole, with the stages already shown
 * (so that the notifier does not show them again) and its history. */

static EthosReminder *
dbs_reminder (void)
{
  return ethos_reminder_new_due (ETHOS_REMINDER_KIND_DBS, "DBS recheck", "2026-12-22", "3y");
}

/* Every column of the rows @sql gives (with the reminder's id for ?1), one row a line: to say
 * that rows came back exactly as they were. */
static char *
dump (EthosStore *store, const char *sql, gint64 id)
{
  g_autoptr (GString) text = g_string_new (NULL);
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_prepare_v2 (ethos_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (text, "%s|", sqlite3_column_type (stmt, c) == SQLITE_NULL
                                               ? "NULL"
                                               : (const char *) sqlite3_column_text (stmt, c));
      g_string_append_c (text, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_dump (EthosStore *store, const char *sql, gint64 id, const char *expected)
{
  g_autofree char *text = dump (store, sql, id);

  g_assert_cmpstr (text, ==, expected);
}

/* The reminder's history: the completions and the stages shown, without its id. */
static char *
history (EthosStore *store, gint64 id)
{
  g_autofree char *completions = dump (store,
                                       "SELECT due, done_on, recorded FROM reminder_completions "
                                       "WHERE reminder_id = ?1 ORDER BY rowid",
                                       id);
  g_autofree char *fired = dump (store,
                                 "SELECT due, stage, fired FROM reminder_fired "
                                 "WHERE reminder_id = ?1 ORDER BY due, stage",
                                 id);

  return g_strconcat (completions, "--\n", fired, NULL);
}

static void
assert_history (EthosStore *store, gint64 id, const char *expected)
{
  g_autofree char *text = history (store, id);

  g_assert_cmpstr (text, ==, expected);
}

static int
count_completions (EthosStore *store, gint64 id)
{
  g_autofree char *count = dump (store,
                                 "SELECT count (*) FROM reminder_completions "
                                 "WHERE reminder_id = ?1",
                                 id);

  return atoi (count);
}

/* Done on a recurring reminder, then Undo: the due date, the snooze Done cleared and the
 * history are as before; the stages shown for that due date are still shown (no second
 * notification); an earlier completion stays. */
static void
test_undo_done (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosReminder) reminder = dbs_reminder ();
  g_autoptr (EthosReminder) before = NULL;
  g_autoptr (EthosReminder) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *was = NULL;
  g_auto (GStrv) fired = NULL;

  g_assert_true (ethos_store_add_reminder (store, reminder, NULL));
  /* Done once already, in 2023: that completion is history and stays. */
  g_assert_true (ethos_store_record_completion (store, reminder, "2023-12-20", "2026-12-22",
                                                NULL));
  g_assert_true (ethos_store_record_fired (store, reminder->id, "2026-12-22", "lead-90", NULL));
  reminder->snoozed_until = g_strdup ("2026-11-25");
  g_assert_true (ethos_store_update_reminder (store, reminder, NULL));
  before = ethos_reminder_copy (reminder);
  was = history (store, reminder->id);

  g_assert_true (ethos_store_complete_reminder (store, reminder, "2026-11-23", NULL));
  g_assert_cmpstr (reminder->due, ==, "2029-12-22");
  g_assert_cmpint (count_completions (store, reminder->id), ==, 2);

  g_assert_true (ethos_store_undo_reminder_done (store, before, reminder, &error));
  g_assert_no_error (error);
  back = ethos_store_get_reminder (store, reminder->id, NULL);
  g_assert_cmpstr (back->due, ==, "2026-12-22");
  g_assert_cmpstr (back->snoozed_until, ==, "2026-11-25");
  g_assert_false (back->done);
  g_assert_cmpint (count_completions (store, reminder->id), ==, 1);
  assert_history (store, reminder->id, was);
  fired = ethos_store_list_fired_stages (store, reminder->id, "2026-12-22");
  g_assert_cmpstrv (fired, ((const char *[]) { "lead-90", NULL }));

  /* Taken back once: a second Undo finds the reminder no longer as Done left it, and changes
   * nothing. */
  g_assert_false (ethos_store_undo_reminder_done (store, before, reminder, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID);
  g_assert_cmpint (count_completions (store, reminder->id), ==, 1);
  assert_history (store, reminder->id, was);
}

/* A one-off done is finished; Undo makes it open again. */
static void
test_undo_done_one_off (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosReminder) reminder = dbs_reminder ();
  g_autoptr (EthosReminder) before = NULL;
  g_autoptr (GPtrArray) open = NULL;

  g_free (reminder->every);
  reminder->every = g_strdup ("");
  g_assert_true (ethos_store_add_reminder (store, reminder, NULL));
  before = ethos_reminder_copy (reminder);
  g_assert_true (ethos_store_complete_reminder (store, reminder, "2026-11-23", NULL));
  g_assert_true (reminder->done);
  g_assert_true (ethos_store_undo_reminder_done (store, before, reminder, NULL));
  open = ethos_store_list_reminders (store, FALSE, NULL);
  g_assert_cmpuint (open->len, ==, 1);
  g_assert_cmpstr (((EthosReminder *) g_ptr_array_index (open, 0))->due, ==, "2026-12-22");
  g_assert_cmpint (count_completions (store, reminder->id), ==, 0);
}

/* A reminder whose dates were written since it was done (snoozed or done again, here or by
 * another program) is not put back: the Undo would undo that too. A reminder deleted since is
 * not found. */
static void
test_undo_done_refused (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosReminder) reminder = dbs_reminder ();
  g_autoptr (EthosReminder) before = NULL;
  g_autoptr (EthosReminder) after = NULL;
  g_autoptr (EthosReminder) back = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (ethos_store_add_reminder (store, reminder, NULL));
  before = ethos_reminder_copy (reminder);
  g_assert_true (ethos_store_complete_reminder (store, reminder, "2026-11-23", NULL));
  after = ethos_reminder_copy (reminder);
  reminder->snoozed_until = g_strdup ("2026-11-30");
  g_assert_true (ethos_store_update_reminder (store, reminder, NULL));
  g_assert_false (ethos_store_undo_reminder_done (store, before, after, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  back = ethos_store_get_reminder (store, reminder->id, NULL);
  g_assert_cmpstr (back->due, ==, "2029-12-22");
  g_assert_cmpstr (back->snoozed_until, ==, "2026-11-30");
  g_assert_cmpint (count_completions (store, reminder->id), ==, 1);

  g_assert_true (ethos_store_delete_reminder (store, reminder->id, NULL));
  g_assert_false (ethos_store_undo_reminder_done (store, before, after, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
}

/* Deleted, then Undo: the same row under the same id, every column as it was (the kind a newer
 * Ethos wrote, the times it was made and changed), its history and the stages shown. */
static void
test_undo_delete (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosReminder) reminder = dbs_reminder ();
  g_autoptr (EthosReminder) other = dbs_reminder ();
  g_autoptr (EthosKeptReminder) kept = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *row = NULL;
  g_autofree char *was = NULL;
  g_auto (GStrv) fired = NULL;
  const char *row_sql = "SELECT * FROM reminders WHERE id = ?1";

  g_assert_true (ethos_store_add_reminder (store, reminder, NULL));
  g_assert_true (ethos_store_add_reminder (store, other, NULL));
  g_assert_cmpint (sqlite3_exec (ethos_store_get_db (store),
                                 "UPDATE reminders SET kind = 'gdpr-audit', notes = 'Ask Sam'",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_true (ethos_store_record_completion (store, reminder, "2023-12-20", "2026-12-22",
                                                NULL));
  g_assert_true (ethos_store_record_fired (store, reminder->id, "2026-12-22", "lead-90", NULL));
  g_assert_true (ethos_store_record_fired (store, reminder->id, "2026-12-22", "lead-30", NULL));
  row = dump (store, row_sql, reminder->id);
  was = history (store, reminder->id);

  kept = ethos_store_delete_reminder_kept (store, reminder->id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  g_assert_cmpstr (ethos_kept_reminder_get_title (kept), ==, "DBS recheck");
  assert_dump (store, row_sql, reminder->id, "");
  assert_history (store, reminder->id, "--\n");

  g_assert_cmpint (ethos_store_undo_reminder_delete (store, kept, &error), ==, reminder->id);
  g_assert_no_error (error);
  assert_dump (store, row_sql, reminder->id, row);
  assert_history (store, reminder->id, was);
  fired = ethos_store_list_fired_stages (store, reminder->id, "2026-12-22");
  g_assert_cmpuint (g_strv_length (fired), ==, 2);
  /* The other reminder was not touched. */
  assert_dump (store, "SELECT title FROM reminders WHERE id = ?1", other->id, "DBS recheck|\n");
}

/* A reminder added after the delete took its id: the one brought back has a new id, with its
 * history and stages shown under it, and the new one is left as it is. */
static void
test_undo_delete_id_taken (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosReminder) reminder = dbs_reminder ();
  g_autoptr (EthosReminder) newer = dbs_reminder ();
  g_autoptr (EthosReminder) back = NULL;
  g_autoptr (EthosKeptReminder) kept = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *was = NULL;
  g_auto (GStrv) fired = NULL;
  gint64 id;

  g_assert_true (ethos_store_add_reminder (store, reminder, NULL));
  g_assert_true (ethos_store_record_fired (store, reminder->id, "2026-12-22", "lead-30", NULL));
  g_assert_true (ethos_store_record_completion (store, reminder, "2023-12-20", "2026-12-22",
                                                NULL));
  was = history (store, reminder->id);
  kept = ethos_store_delete_reminder_kept (store, reminder->id, NULL);
  g_assert_nonnull (kept);
  g_free (newer->title);
  newer->title = g_strdup ("Insurance");
  g_assert_true (ethos_store_add_reminder (store, newer, NULL));
  g_assert_cmpint (newer->id, ==, reminder->id);

  id = ethos_store_undo_reminder_delete (store, kept, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (id, !=, newer->id);
  back = ethos_store_get_reminder (store, id, NULL);
  g_assert_cmpstr (back->title, ==, "DBS recheck");
  g_assert_cmpstr (back->due, ==, "2026-12-22");
  assert_history (store, id, was);
  fired = ethos_store_list_fired_stages (store, id, "2026-12-22");
  g_assert_cmpuint (g_strv_length (fired), ==, 1);
  assert_history (store, newer->id, "--\n");
  assert_dump (store, "SELECT title FROM reminders WHERE id = ?1", newer->id, "Insurance|\n");
}

/* A reminder that is not there cannot be deleted, and nothing is kept. */
static void
test_delete_missing (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  g_assert_null (ethos_store_delete_reminder_kept (fixture->store, 4242, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  STORE_TEST ("/reminder-undo/done", test_undo_done);
  STORE_TEST ("/reminder-undo/done-one-off", test_undo_done_one_off);
  STORE_TEST ("/reminder-undo/done-refused", test_undo_done_refused);
  STORE_TEST ("/reminder-undo/delete", test_undo_delete);
  STORE_TEST ("/reminder-undo/delete-id-taken", test_undo_delete_id_taken);
  STORE_TEST ("/reminder-undo/delete-missing", test_delete_missing);

  return g_test_run ();
}
