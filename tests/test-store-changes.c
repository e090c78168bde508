/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store-changes"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "changes-fixture.h"
#include "ethos-code-store.h"
#include "ethos-date.h"
#include "ethos-demo.h"
#include "ethos-entry-store.h"
#include "ethos-note-store.h"
#include "ethos-plan-store.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-store.h"
#include "ethos-rules-store.h"
#include "ethos-store-private.h"

/* The store says what changed: each write it commits once, with what it wrote (and the diary's
 * own reminders it brought up to date with it); a write that fails, nothing. Writes by other
 * programs are in test-store-watch.c. */

static EthosEntry *
cpd_entry (const char *date, int minutes)
{
  EthosEntry *entry = ethos_entry_new (ETHOS_ENTRY_CPD);

  entry->date = g_strdup (date);
  entry->minutes = minutes;
  g_free (entry->title);
  entry->title = g_strdup ("Course");
  return entry;
}

static EthosEntry *
supervision_entry (const char *date)
{
  EthosEntry *entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  entry->date = g_strdup (date);
  entry->minutes = 90;
  return entry;
}

/* The supervision-gap reminder Ethos keeps, or NULL. */
static EthosReminder *
gap_reminder (EthosStore *store)
{
  g_autoptr (GPtrArray) open = ethos_store_list_reminders (store, FALSE, NULL);

  for (guint i = 0; open != NULL && i < open->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (open, i);

      if (reminder->kind == ETHOS_REMINDER_KIND_SUPERVISION)
        return g_object_ref (reminder);
    }
  return NULL;
}

static void
test_entries (Fixture *fixture, gconstpointer data)
{
  g_autoptr (EthosEntry) entry = cpd_entry ("2026-11-01", 60);
  g_autoptr (EthosEntry) bad = cpd_entry ("the first of November", 60);
  g_autoptr (EthosEntry) missing = cpd_entry ("2026-11-02", 60);
  g_autoptr (GPtrArray) two = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) half_bad = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *file = g_build_filename (fixture->dir, "certificate.txt", NULL);
  g_autofree char *stored = NULL;
  g_autoptr (GError) error = NULL;
  guint before;

  g_assert_true (ethos_store_add_entry (fixture->store, entry, &error));
  g_assert_no_error (error);
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES);
  entry->minutes = 90;
  g_assert_true (ethos_store_update_entry (fixture->store, entry, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES);
  g_assert_true (g_file_set_contents (file, "Attended", -1, NULL));
  stored = ethos_store_add_evidence (fixture->store, entry->id, file, &error);
  g_assert_no_error (error);
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES);

  /* Many in one transaction: said once. */
  g_ptr_array_add (two, cpd_entry ("2026-11-03", 30));
  g_ptr_array_add (two, cpd_entry ("2026-11-04", 30));
  g_assert_true (ethos_store_add_entries (fixture->store, two, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES);
  g_assert_true (ethos_store_delete_entry (fixture->store, entry->id, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES);

  /* Refused, not there, or rolled back after the first of two was written: nothing said. */
  before = ethos_store_count_entries (fixture->store, -1);
  g_assert_false (ethos_store_add_entry (fixture->store, bad, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  missing->id = 9999;
  g_assert_false (ethos_store_update_entry (fixture->store, missing, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ethos_store_delete_entry (fixture->store, 9999, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_ptr_array_add (half_bad, cpd_entry ("2026-11-05", 30));
  g_ptr_array_add (half_bad, g_object_ref (bad));
  g_assert_false (ethos_store_add_entries (fixture->store, half_bad, NULL));
  g_assert_cmpuint (ethos_store_count_entries (fixture->store, -1), ==, before);
  assert_nothing (fixture);
}

static void
test_reminders (Fixture *fixture, gconstpointer data)
{
  g_autoptr (EthosReminder) reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_DBS);
  g_autoptr (EthosReminder) missing = ethos_reminder_new (ETHOS_REMINDER_KIND_DBS);
  g_autoptr (GPtrArray) deadlines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) standard = g_ptr_array_new_with_free_func (g_object_unref);
  EthosReminder *deadline = ethos_reminder_new (ETHOS_REMINDER_KIND_CUSTOM);
  EthosReminder *renewal = ethos_reminder_new (ETHOS_REMINDER_KIND_ICO);
  g_autoptr (GError) error = NULL;

  g_free (reminder->title);
  reminder->title = g_strdup ("DBS recheck");
  reminder->due = g_strdup ("2026-12-22");
  g_assert_true (ethos_store_add_reminder (fixture->store, reminder, &error));
  g_assert_no_error (error);
  assert_once (fixture, ETHOS_STORE_CHANGE_REMINDERS);
  g_assert_true (ethos_store_update_reminder (fixture->store, reminder, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_REMINDERS);

  /* A stage shown: said once; shown again (refused by the key), nothing. */
  g_assert_true (ethos_store_record_fired (fixture->store, reminder->id, reminder->due, "30",
                                           NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_REMINDERS);
  g_assert_false (ethos_store_record_fired (fixture->store, reminder->id, reminder->due, "30",
                                            NULL));
  assert_nothing (fixture);
  g_assert_true (ethos_store_complete_reminder (fixture->store, reminder, "2026-11-23", NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_REMINDERS);

  g_free (deadline->title);
  deadline->title = g_strdup ("Tell the insurer");
  deadline->due = g_strdup ("2026-11-30");
  g_ptr_array_add (deadlines, deadline);
  g_assert_cmpint (ethos_store_add_event (fixture->store, "complaint-upheld", "2026-11-23", NULL,
                                          NULL, deadlines, NULL), >, 0);
  assert_once (fixture, ETHOS_STORE_CHANGE_REMINDERS);

  /* The standard reminders offered again add nothing, and say nothing. */
  g_free (renewal->title);
  renewal->title = g_strdup ("ICO fee");
  renewal->due = g_strdup ("2027-02-12");
  g_ptr_array_add (standard, renewal);
  g_assert_cmpint (ethos_store_add_missing_reminders (fixture->store, standard, NULL), ==, 1);
  assert_once (fixture, ETHOS_STORE_CHANGE_REMINDERS);
  g_assert_cmpint (ethos_store_add_missing_reminders (fixture->store, standard, NULL), ==, 0);
  assert_nothing (fixture);

  g_assert_true (ethos_store_delete_reminder (fixture->store, reminder->id, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_REMINDERS);
  g_assert_false (ethos_store_delete_reminder (fixture->store, reminder->id, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  missing->id = 9999;
  g_free (missing->title);
  missing->title = g_strdup ("Gone");
  missing->due = g_strdup ("2026-12-22");
  g_assert_false (ethos_store_update_reminder (fixture->store, missing, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  assert_nothing (fixture);
}

/* Done and Delete taken back: each said once; an Undo refused, nothing. */
static void
test_reminder_undo (Fixture *fixture, gconstpointer data)
{
  g_autoptr (EthosReminder) reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_DBS);
  g_autoptr (EthosReminder) before = NULL;
  g_autoptr (EthosKeptReminder) kept = NULL;

  g_free (reminder->title);
  reminder->title = g_strdup ("DBS recheck");
  reminder->due = g_strdup ("2026-12-22");
  g_assert_true (ethos_store_add_reminder (fixture->store, reminder, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_REMINDERS);
  before = ethos_reminder_copy (reminder);
  g_assert_true (ethos_store_complete_reminder (fixture->store, reminder, "2026-11-23", NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_REMINDERS);
  g_assert_true (ethos_store_undo_reminder_done (fixture->store, before, reminder, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_REMINDERS);
  g_assert_false (ethos_store_undo_reminder_done (fixture->store, before, reminder, NULL));
  assert_nothing (fixture);

  kept = ethos_store_delete_reminder_kept (fixture->store, reminder->id, NULL);
  g_assert_nonnull (kept);
  assert_once (fixture, ETHOS_STORE_CHANGE_REMINDERS);
  g_assert_cmpint (ethos_store_undo_reminder_delete (fixture->store, kept, NULL), ==,
                   reminder->id);
  assert_once (fixture, ETHOS_STORE_CHANGE_REMINDERS);
}

static void
test_profile (Fixture *fixture, gconstpointer data)
{
  EthosMembership bacp = { (char *) "bacp", (char *) "123456" };
  g_autoptr (GPtrArray) bodies = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (ethos_store_set_name (fixture->store, "Sam Practitioner", &error));
  g_assert_no_error (error);
  assert_once (fixture, ETHOS_STORE_CHANGE_PROFILE);
  g_ptr_array_add (bodies, &bacp);
  g_assert_true (ethos_store_set_memberships (fixture->store, bodies, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_PROFILE);
  g_assert_true (ethos_store_override_body_rule (fixture->store, "bacp",
                                                 "Supervision.MaxGapDays", "28", NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_PROFILE);
  g_assert_true (ethos_store_set_opening_balance (fixture->store, "bacp", "2026-01-01", 120,
                                                  NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_PROFILE);
  g_assert_true (ethos_store_set_cpd_anchor (fixture->store, "bacp", "2026-01-01", NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_PROFILE);
  g_assert_true (ethos_store_set_notify_time (fixture->store, "18:30", NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_PROFILE);
  g_assert_true (ethos_store_set_default_leads (fixture->store, ETHOS_REMINDER_KIND_DBS, "30,7",
                                                NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_PROFILE);

  /* Refused before anything is written. */
  g_assert_false (ethos_store_set_name (fixture->store, "\xff", NULL));
  g_assert_false (ethos_store_set_opening_balance (fixture->store, "bacp", "2026-01-01", -1,
                                                   NULL));
  g_assert_false (ethos_store_override_body_rule (fixture->store, "bacp",
                                                  "Supervision.MaxGapDays", "0", NULL));
  assert_nothing (fixture);
}

static const char code[] = "# The Practitioners' Association Code\n"
                           "\n"
                           "1. Supervision\n"
                           "1.1 Members must have at least one hour of supervision a month.\n";

static void
test_codes_and_notes (Fixture *fixture, gconstpointer data)
{
  g_autofree char *id = NULL;
  g_autoptr (GError) error = NULL;

  id = ethos_store_import_code (fixture->store, code, strlen (code), NULL, NULL, "tpa.md",
                                &error);
  g_assert_no_error (error);
  assert_once (fixture, ETHOS_STORE_CHANGE_CODES);
  g_assert_true (ethos_store_set_bookmarked (fixture->store, id, "1.1", TRUE, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_CODES);
  g_assert_true (ethos_store_set_note (fixture->store, id, "1.1", "Ask about this", NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_NOTES);
  g_assert_true (ethos_store_remove_code (fixture->store, id, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_CODES);

  /* Already there, or shipped with Ethos: refused, and nothing said. */
  g_assert_false (ethos_store_remove_code (fixture->store, "bacp", NULL));
  g_assert_false (ethos_store_set_note (fixture->store, "bacp", "1", "\xff", NULL));
  assert_nothing (fixture);
}

/* What a transaction marked is dropped when it rolls back, and a commit that wrote nothing says
 * nothing: the next write says only its own. */
static void
test_rolled_back (Fixture *fixture, gconstpointer data)
{
  g_assert_true (ethos_store_begin (fixture->store, NULL));
  ethos_store_mark_changed (fixture->store, ETHOS_STORE_CHANGE_ALL);
  ethos_store_rollback (fixture->store);
  g_assert_true (ethos_store_begin (fixture->store, NULL));
  g_assert_true (ethos_store_commit (fixture->store, NULL));
  assert_nothing (fixture);
  g_assert_true (ethos_store_set_note (fixture->store, "bacp", "1", "Read again", NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_NOTES);
}

/* Logging a session moves the supervision-gap reminder with no other call, in the same
 * transaction, said with it; a rule of the practitioner's own moves it too. */
static void
test_derived_follow_writes (Fixture *fixture, gconstpointer data)
{
  g_autoptr (EthosEntry) first = supervision_entry ("2026-10-01");
  g_autoptr (EthosEntry) second = supervision_entry ("2026-11-20");
  g_autoptr (EthosEntry) course = cpd_entry ("2026-11-21", 60);
  g_autoptr (EthosReminder) gap = NULL;
  g_autoptr (EthosReminder) moved = NULL;
  g_autoptr (EthosReminder) ruled = NULL;
  EthosMembership bacp = { (char *) "bacp", NULL };
  g_autoptr (GPtrArray) bodies = g_ptr_array_new ();

  g_assert_null (gap_reminder (fixture->store));
  g_assert_true (ethos_store_add_entry (fixture->store, first, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES | ETHOS_STORE_CHANGE_REMINDERS);
  gap = gap_reminder (fixture->store);
  g_assert_nonnull (gap);
  g_assert_cmpstr (gap->due, ==, "2026-11-05");

  g_assert_true (ethos_store_add_entry (fixture->store, second, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES | ETHOS_STORE_CHANGE_REMINDERS);
  moved = gap_reminder (fixture->store);
  g_assert_cmpstr (moved->due, ==, "2026-12-25");
  g_assert_cmpint (moved->id, ==, gap->id);

  /* CPD moves nothing here (no body with a CPD target): the diary alone is said. */
  g_assert_true (ethos_store_add_entry (fixture->store, course, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES);

  g_ptr_array_add (bodies, &bacp);
  g_assert_true (ethos_store_set_memberships (fixture->store, bodies, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_PROFILE);
  g_assert_true (ethos_store_override_body_rule (fixture->store, "bacp",
                                                 "Supervision.MaxGapDays", "28", NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_PROFILE | ETHOS_STORE_CHANGE_REMINDERS);
  ruled = gap_reminder (fixture->store);
  g_assert_cmpstr (ruled->due, ==, "2026-12-18");

  /* Deleting the last sessions takes it back; deleting all retires it. */
  g_assert_true (ethos_store_delete_entry (fixture->store, second->id, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES | ETHOS_STORE_CHANGE_REMINDERS);
  g_clear_object (&ruled);
  ruled = gap_reminder (fixture->store);
  g_assert_cmpstr (ruled->due, ==, "2026-10-29");
  g_assert_true (ethos_store_delete_entry (fixture->store, first->id, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES | ETHOS_STORE_CHANGE_REMINDERS);
  g_assert_null (gap_reminder (fixture->store));
}

/* The diary's reminders as of the day the store opens, whatever the last write's day: at once
 * for the CLI and the notifier, and for the window once the check it put off has passed, before
 * "checked" (nothing is written before). */
static void
on_checked (EthosStore *store, gboolean *checked)
{
  g_autoptr (EthosReminder) gap = gap_reminder (store);

  g_assert_nonnull (gap);
  *checked = TRUE;
}

static void
test_derived_at_open (Fixture *fixture, gconstpointer data)
{
  g_autoptr (EthosEntry) session = supervision_entry ("2026-10-01");
  g_autoptr (EthosStore) later = NULL;
  g_autoptr (GDateTime) september = day_at_noon (2026, 9, 1);
  g_autoptr (GDateTime) november = day_at_noon (2026, 11, 23);
  g_autoptr (EthosReminder) gap = NULL;
  g_autoptr (GError) error = NULL;
  gboolean checked = FALSE;

  /* Logged in September ahead of the day: nothing to measure from yet. */
  ethos_store_set_now (fixture->store, september);
  g_assert_true (ethos_store_add_entry (fixture->store, session, NULL));
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES);
  g_assert_null (gap_reminder (fixture->store));

  /* The window, in November. */
  later = ethos_store_open_full (fixture->dir, november, ETHOS_STORE_OPEN_CHECK_LATER, &error);
  g_assert_no_error (error);
  g_assert_null (gap_reminder (later));
  g_signal_connect (later, "changed", G_CALLBACK (record_change), fixture);
  g_signal_connect (later, "checked", G_CALLBACK (on_checked), &checked);
  ethos_store_start_check (later);
  wait_for (fixture, saw_something);
  g_assert_true (checked);
  assert_once (fixture, ETHOS_STORE_CHANGE_REMINDERS);
  g_clear_object (&later);

  /* The CLI, in December: due 35 days after the session, overdue, written as it opened. */
  g_clear_object (&fixture->store);
  fixture->store = open_on (fixture->dir, 2026, 12, 1);
  gap = gap_reminder (fixture->store);
  g_assert_nonnull (gap);
  g_assert_cmpstr (gap->due, ==, "2026-11-05");
}

/* The demo diary is written by the same functions: each of its transactions says what it
 * wrote. */
static void
test_demo (Fixture *fixture, gconstpointer data)
{
  EthosStoreChange all = 0;
  g_autoptr (GError) error = NULL;

  g_assert_true (ethos_demo_fill (fixture->store, 20, 7, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->seen->len, >=, 3);
  for (guint i = 0; i < fixture->seen->len; i++)
    {
      g_assert_cmphex (g_array_index (fixture->seen, EthosStoreChange, i), !=, 0);
      all |= g_array_index (fixture->seen, EthosStoreChange, i);
    }
  g_assert_cmphex (all, ==, ETHOS_STORE_CHANGE_ENTRIES | ETHOS_STORE_CHANGE_REMINDERS
                              | ETHOS_STORE_CHANGE_PROFILE);
}

/* The CPD plan: an item changed, marked done and removed, once each; an item not there or a
 * title taken away, nothing. */
static void
test_plan (Fixture *fixture, gconstpointer data)
{
  g_autoptr (EthosPlanItem) item = ethos_plan_item_new ();
  g_autoptr (EthosPlanItem) untitled = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) error = NULL;

  item->title = g_strdup ("Couples work course");
  g_assert_cmpint (ethos_store_add_plan_item (fixture->store, item, &error), >, 0);
  g_assert_no_error (error);
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES);
  item->need = g_strdup ("Working with couples");
  g_assert_true (ethos_store_update_plan_item (fixture->store, item, &error));
  g_assert_no_error (error);
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES);
  g_assert_true (ethos_store_set_plan_item_done (fixture->store, item->id, "2026-11-02", &error));
  g_assert_no_error (error);
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES);
  items = ethos_store_list_plan_items (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((EthosPlanItem *) g_ptr_array_index (items, 0))->need, ==,
                   "Working with couples");
  g_assert_cmpstr (((EthosPlanItem *) g_ptr_array_index (items, 0))->done, ==, "2026-11-02");

  untitled = ethos_plan_item_copy (item);
  g_free (untitled->title);
  untitled->title = g_strdup (" ");
  g_assert_false (ethos_store_update_plan_item (fixture->store, untitled, &error));
  g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT);
  g_clear_error (&error);
  g_assert_false (ethos_store_set_plan_item_done (fixture->store, 9999, NULL, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_nothing (fixture);

  g_assert_true (ethos_store_remove_plan_item (fixture->store, item->id, &error));
  g_assert_no_error (error);
  assert_once (fixture, ETHOS_STORE_CHANGE_ENTRIES);
  g_assert_false (ethos_store_remove_plan_item (fixture->store, item->id, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  assert_nothing (fixture);
}

static void
test_flags_type (void)
{
  GFlagsClass *flags = g_type_class_ref (ETHOS_TYPE_STORE_CHANGE);
  gpointer store_class = g_type_class_ref (ETHOS_TYPE_STORE);
  GSignalQuery query;

  g_assert_true (G_TYPE_IS_FLAGS (ETHOS_TYPE_STORE_CHANGE));
  g_assert_cmphex (flags->mask, ==, ETHOS_STORE_CHANGE_ALL);
  g_type_class_unref (flags);
  g_signal_query (g_signal_lookup ("changed", ETHOS_TYPE_STORE), &query);
  g_assert_cmpuint (query.n_params, ==, 1);
  g_assert_true (query.param_types[0] == ETHOS_TYPE_STORE_CHANGE);
  g_type_class_unref (store_class);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-changes/flags-type", test_flags_type);
  ADD_CHANGES_TEST ("entries", test_entries);
  ADD_CHANGES_TEST ("plan", test_plan);
  ADD_CHANGES_TEST ("reminders", test_reminders);
  ADD_CHANGES_TEST ("reminder-undo", test_reminder_undo);
  ADD_CHANGES_TEST ("profile", test_profile);
  ADD_CHANGES_TEST ("codes-and-notes", test_codes_and_notes);
  ADD_CHANGES_TEST ("rolled-back", test_rolled_back);
  ADD_CHANGES_TEST ("derived-follow-writes", test_derived_follow_writes);
  ADD_CHANGES_TEST ("derived-at-open", test_derived_at_open);
  ADD_CHANGES_TEST ("demo", test_demo);

  return g_test_run ();
}
