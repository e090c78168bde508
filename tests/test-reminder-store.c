/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reminder-store"

#include "config.h"

#include <string.h>

#include "case-fixture.h"
#include "ethos-date.h"
#include "ethos-derived-reminders.h"
#include "ethos-entry-store.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-store.h"
#include "ethos-rules-store.h"
#include "ethos-store-private.h"

/* Reminders kept: defaults by kind, refusals that write nothing, each stage recorded once, a
 * completion that moves the due date. */

static EthosReminder *
dbs_reminder (void)
{
  EthosReminder *reminder = ethos_reminder_new_due (ETHOS_REMINDER_KIND_DBS, "DBS recheck",
                                                    "2026-12-22", "3y");

  reminder->from_completion = TRUE;
  reminder->clause = g_strdup ("atrium-practice:9.6");
  return reminder;
}

static void
test_round_trip (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosReminder) reminder = dbs_reminder ();
  g_autoptr (EthosReminder) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *leads = NULL;

  /* DBS reminders start three months ahead. */
  leads = ethos_reminder_leads_to_string (reminder);
  g_assert_cmpstr (leads, ==, "90,30,7");
  g_assert_true (ethos_store_add_reminder (store, reminder, &error));
  g_assert_no_error (error);
  back = ethos_store_get_reminder (store, reminder->id, &error);
  g_assert_cmpstr (back->title, ==, "DBS recheck");
  g_assert_cmpstr (back->due, ==, "2026-12-22");
  g_assert_cmpstr (back->anchor, ==, "2026-12-22");
  g_assert_cmpstr (back->every, ==, "3y");
  g_assert_true (back->from_completion);
  g_assert_cmpstr (back->clause, ==, "atrium-practice:9.6");
  g_assert_cmpuint (back->lead_days->len, ==, 3);

  g_assert_true (ethos_reminder_parse_leads (back, "7, 30,30", NULL));
  g_assert_true (ethos_store_update_reminder (store, back, NULL));
  g_clear_object (&back);
  back = ethos_store_get_reminder (store, reminder->id, NULL);
  g_clear_pointer (&leads, g_free);
  leads = ethos_reminder_leads_to_string (back);
  g_assert_cmpstr (leads, ==, "30,7");
}

static void
test_refusals (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (GPtrArray) before = ethos_store_list_reminders (store, TRUE, NULL);
  g_autoptr (GPtrArray) after = NULL;
  /* "2424070242": found by fuzzing, an int cast past G_MAXINT (undefined behaviour). */
  const char *bad_leads[] = { "-1", "30,x", "1000", "7.5", "2424070242", "999999999999" };

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr (EthosReminder) reminder = dbs_reminder ();
      g_autoptr (GError) error = NULL;

      switch (i)
        {
        case 0:
          g_free (reminder->title);
          reminder->title = g_strdup ("   ");
          break;
        case 1:
          g_free (reminder->due);
          reminder->due = g_strdup ("2026-02-30");
          break;
        case 2:
          reminder->kind = ETHOS_REMINDER_N_KINDS; /* a number that is no kind */
          break;
        case 3:
          reminder->due_time = g_strdup ("25:00");
          break;
        case 4:
          g_free (reminder->clause);
          reminder->clause = g_strdup ("cosrt:999");
          break;
        default:
          break;
        }
      g_assert_false (ethos_store_add_reminder (store, reminder, &error));
      g_assert_nonnull (error);
      g_assert_null (strchr (error->message, '\n'));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_leads); i++)
    {
      g_autoptr (EthosReminder) reminder = dbs_reminder ();

      g_assert_false (ethos_reminder_parse_leads (reminder, bad_leads[i], NULL));
    }
  after = ethos_store_list_reminders (store, TRUE, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
}

static void
test_fired_once_and_completion (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosReminder) reminder = dbs_reminder ();
  g_auto (GStrv) fired = NULL;
  g_autoptr (GPtrArray) open = NULL;

  g_assert_true (ethos_store_add_reminder (store, reminder, NULL));
  /* The first to record a stage shows it; a second attempt (another notifier) does not. */
  g_assert_true (ethos_store_record_fired (store, reminder->id, "2026-12-22", "lead-30", NULL));
  g_assert_false (ethos_store_record_fired (store, reminder->id, "2026-12-22", "lead-30", NULL));
  fired = ethos_store_list_fired_stages (store, reminder->id, "2026-12-22");
  g_assert_cmpuint (g_strv_length (fired), ==, 1);

  g_assert_true (ethos_store_record_completion (store, reminder, "2026-12-20", "2029-12-20", NULL));
  g_assert_cmpstr (reminder->due, ==, "2029-12-20");
  g_clear_object (&reminder);

  /* A one-off is finished by being done, and leaves the open list. */
  reminder = dbs_reminder ();
  g_free (reminder->every);
  reminder->every = g_strdup ("");
  g_assert_true (ethos_store_add_reminder (store, reminder, NULL));
  g_assert_true (ethos_store_record_completion (store, reminder, "2026-12-20", NULL, NULL));
  g_assert_true (reminder->done);
  open = ethos_store_list_reminders (store, FALSE, NULL);
  for (guint i = 0; i < open->len; i++)
    g_assert_cmpint (((EthosReminder *) g_ptr_array_index (open, i))->id, !=, reminder->id);
}

static EthosReminder *
by_kind (EthosStore *in, EthosReminderKind kind)
{
  g_autoptr (GPtrArray) open = ethos_store_list_reminders (in, FALSE, NULL);

  for (guint i = 0; i < open->len; i++)
    if (((EthosReminder *) g_ptr_array_index (open, i))->kind == kind)
      return g_object_ref (g_ptr_array_index (open, i));
  return NULL;
}

static void
add_entry (EthosStore *in, EthosEntryKind kind, const char *date, int minutes)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (kind);

  entry->date = g_strdup (date);
  entry->minutes = minutes;
  if (kind == ETHOS_ENTRY_CPD)
    {
      g_free (entry->title);
      entry->title = g_strdup ("Course");
    }
  g_assert_true (ethos_store_add_entry (in, entry, NULL));
}

/* The store's clock at noon on the day, as the writes bring the diary's reminders up to date. */
static void
set_today (EthosStore *in, int year, int month, int day)
{
  g_autoptr (GDateTime) noon = g_date_time_new_local (year, month, day, 12, 0, 0);

  ethos_store_set_now (in, noon);
}

static void
test_derived (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosReminder) gap = NULL;
  g_autoptr (EthosReminder) moved = NULL;
  g_autoptr (EthosReminder) shortfall = NULL;
  g_autoptr (EthosReminder) met = NULL;
  g_autoptr (GPtrArray) bodies = g_ptr_array_new ();
  EthosMembership ncps = { (char *) "ncps", NULL };
  g_autoptr (GError) error = NULL;

  /* Supervision: due 35 days after the last session, moving on as sessions are logged. */
  add_entry (store, ETHOS_ENTRY_SUPERVISION, "2026-10-01", 90);
  g_assert_true (ethos_store_update_derived_reminders (store, "2026-11-23", &error));
  g_assert_no_error (error);
  gap = by_kind (store, ETHOS_REMINDER_KIND_SUPERVISION);
  g_assert_nonnull (gap);
  g_assert_cmpstr (gap->due, ==, "2026-11-05");
  add_entry (store, ETHOS_ENTRY_SUPERVISION, "2026-11-20", 90);
  g_assert_true (ethos_store_update_derived_reminders (store, "2026-11-23", NULL));
  g_assert_true (ethos_store_update_derived_reminders (store, "2026-11-23", NULL));
  moved = by_kind (store, ETHOS_REMINDER_KIND_SUPERVISION);
  g_assert_cmpstr (moved->due, ==, "2026-12-25");
  g_assert_cmpint (moved->id, ==, gap->id);

  /* CPD: NCPS asks 30 hours a year; 60 days before the period ends with 10 done, it is raised.
   * In September the writes bring nothing up; in November the days passing do. */
  set_today (store, 2026, 9, 1);
  g_ptr_array_add (bodies, &ncps);
  g_assert_true (ethos_store_set_memberships (store, bodies, NULL));
  /* NCPS's 30 hours bind its registrants. */
  g_assert_true (ethos_store_set_membership_class (store, "ncps", "registrant", NULL));
  g_assert_true (ethos_store_set_cpd_anchor (store, "ncps", "2025-12-15", NULL));
  add_entry (store, ETHOS_ENTRY_CPD, "2026-03-01", 600);
  g_assert_true (ethos_store_update_derived_reminders (store, "2026-09-01", NULL));
  g_assert_null (by_kind (store, ETHOS_REMINDER_KIND_CPD));
  set_today (store, 2026, 11, 23);
  g_assert_true (ethos_store_update_derived_reminders (store, "2026-11-23", NULL));
  shortfall = by_kind (store, ETHOS_REMINDER_KIND_CPD);
  g_assert_nonnull (shortfall);
  g_assert_cmpstr (shortfall->due, ==, "2026-12-14");
  /* Met: it goes. */
  add_entry (store, ETHOS_ENTRY_CPD, "2026-11-01", 1200);
  g_assert_true (ethos_store_update_derived_reminders (store, "2026-11-23", NULL));
  met = by_kind (store, ETHOS_REMINDER_KIND_CPD);
  g_assert_null (met);
}

static void
set_bodies (EthosStore *in, const char *const *ids)
{
  g_autoptr (GPtrArray) bodies = g_ptr_array_new ();
  EthosMembership memberships[4] = { { 0 } };

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_assert_cmpuint (i, <, G_N_ELEMENTS (memberships));
      memberships[i].body_id = (char *) ids[i];
      g_ptr_array_add (bodies, &memberships[i]);
    }
  g_assert_true (ethos_store_set_memberships (in, bodies, NULL));
}

/* The supervision-gap reminder as the practitioner sees it after Ethos brings it up to date. */
static EthosReminder *
gap_reminder (EthosStore *in)
{
  g_autoptr (GError) error = NULL;
  EthosReminder *gap;

  g_assert_true (ethos_store_update_derived_reminders (in, "2026-11-23", &error));
  g_assert_no_error (error);
  gap = by_kind (in, ETHOS_REMINDER_KIND_SUPERVISION);
  g_assert_nonnull (gap);
  g_assert_cmpstr (gap->title, ==, "Supervision: the last session was on 1 October 2026");
  return gap;
}

static void
assert_notes (EthosReminder *reminder, const char *a, const char *b)
{
  if (strstr (reminder->notes, a) == NULL || strstr (reminder->notes, b) == NULL)
    g_error ("expected “%s” and “%s” in the notes, got “%s”", a, b, reminder->notes);
}

static void
test_derived_gap_from_rules (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *own = fixture->store;
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosReminder) plain = NULL;
  g_autoptr (EthosReminder) bacp = NULL;
  g_autoptr (EthosReminder) both = NULL;
  g_autoptr (EthosReminder) first_larger = NULL;
  g_autoptr (EthosReminder) longer = NULL;
  g_autoptr (EthosReminder) back = NULL;
  g_autoptr (EthosBodyRules) from = NULL;

  add_entry (own, ETHOS_ENTRY_SUPERVISION, "2026-10-01", 90);

  /* BACP sets no gap: Ethos's 35 days, and the notes say that no body sets one. */
  set_bodies (own, (const char *const[]) { "bacp", NULL });
  plain = gap_reminder (own);
  g_assert_cmpstr (plain->due, ==, "2026-11-05");
  assert_notes (plain, "None of your bodies", "35 days");
  g_assert_cmpint (ethos_store_supervision_gap_days (own, &from, NULL), ==, 35);
  g_assert_null (from);

  /* The practitioner's own BACP gap of 28 days: due 4 weeks after the session, and said so. */
  g_assert_true (ethos_store_override_body_rule (own, "bacp", "Supervision.MaxGapDays", "28",
                                                &error));
  g_assert_no_error (error);
  bacp = gap_reminder (own);
  g_assert_cmpstr (bacp->due, ==, "2026-10-29");
  g_assert_cmpint (bacp->id, ==, plain->id);
  assert_notes (bacp, "BACP", "28 days");

  /* Two bodies: the smaller gap wins, whichever is listed first. */
  g_assert_true (ethos_store_override_body_rule (own, "ncps", "Supervision.MaxGapDays", "21",
                                                NULL));
  set_bodies (own, (const char *const[]) { "bacp", "ncps", NULL });
  both = gap_reminder (own);
  g_assert_cmpstr (both->due, ==, "2026-10-22");
  assert_notes (both, "NCPS", "21 days");
  g_assert_null (strstr (both->notes, "BACP"));
  g_assert_true (ethos_store_override_body_rule (own, "ncps", "Supervision.MaxGapDays", "42",
                                                NULL));
  set_bodies (own, (const char *const[]) { "ncps", "bacp", NULL });
  first_larger = gap_reminder (own);
  g_assert_cmpstr (first_larger->due, ==, "2026-10-29");
  assert_notes (first_larger, "BACP", "28 days");

  /* A body's gap longer than Ethos's default is the body's rule, not 35 days. */
  set_bodies (own, (const char *const[]) { "ncps", NULL });
  longer = gap_reminder (own);
  g_assert_cmpstr (longer->due, ==, "2026-11-12");
  assert_notes (longer, "NCPS", "42 days");

  /* Unset: back to the body's own (none) and Ethos's 35 days. */
  g_assert_true (ethos_store_override_body_rule (own, "ncps", "Supervision.MaxGapDays", NULL,
                                                NULL));
  back = gap_reminder (own);
  g_assert_cmpstr (back->due, ==, "2026-11-05");
  assert_notes (back, "None of your bodies", "35 days");
  g_assert_cmpint (back->id, ==, plain->id);
}

/* Preferences lists the kinds by name: every kind has one, and none is shared. */
static void
test_kind_names (void)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (EthosReminderKind kind = 0; kind < ETHOS_REMINDER_N_KINDS; kind++)
    {
      const char *name = ethos_reminder_kind_name (kind);

      g_assert_nonnull (name);
      g_assert_cmpstr (name, !=, "");
      g_assert_false (g_hash_table_contains (seen, name));
      g_hash_table_add (seen, (gpointer) name);
    }
  g_assert_cmpstr (ethos_reminder_kind_name (ETHOS_REMINDER_KIND_INSURANCE), ==,
                   "Indemnity insurance");
  g_assert_null (ethos_reminder_kind_name (ETHOS_REMINDER_N_KINDS));
}

/* The kinds are kept as the words the database, CSV, JSON and the CLI have always used; a word
 * that is no kind is refused with the kinds it could be. */
static void
test_kind_words (void)
{
  const char *const words[] = { "dbs", "dbs-update-service", "insurance", "membership",
                                "accreditation", "ico", "undertaking", "report", "supervision",
                                "cpd", "tax", "custom" };
  g_autoptr (GError) error = NULL;
  EthosReminderKind kind;

  g_assert_cmpuint (G_N_ELEMENTS (words), ==, ETHOS_REMINDER_N_KINDS);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_assert_cmpstr (ethos_reminder_kind_to_string ((EthosReminderKind) i), ==, words[i]);
      g_assert_true (ethos_reminder_kind_from_string (words[i], &kind, NULL));
      g_assert_cmpint (kind, ==, i);
    }
  g_assert_null (ethos_reminder_kind_to_string (ETHOS_REMINDER_N_KINDS));
  g_assert_false (ethos_reminder_kind_from_string ("astrology", &kind, &error));
  g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE);
  g_assert_cmpstr (error->message, ==,
                   "“astrology” is not a kind of reminder: choose one of dbs, dbs-update-service, "
                   "insurance, membership, accreditation, ico, undertaking, report, supervision, "
                   "cpd, tax, custom");
  g_assert_false (ethos_reminder_kind_from_string (NULL, &kind, NULL));
}

/* A kind the database has that this version does not know (a newer one wrote it) reads as the
 * practitioner's own reminder, with everything else as it was; marking it done keeps the word
 * in the file (only an edit or a snooze, which write the whole row, make it "custom"). */
static void
test_unknown_kind (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  g_autoptr (EthosReminder) reminder = dbs_reminder ();
  g_autoptr (EthosReminder) back = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (ethos_store_add_reminder (store, reminder, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE reminders SET kind = 'gdpr-audit' WHERE id = %" G_GINT64_FORMAT,
                         reminder->id);
  g_assert_cmpint (sqlite3_exec (ethos_store_get_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);

  back = ethos_store_get_reminder (store, reminder->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (back->kind, ==, ETHOS_REMINDER_KIND_CUSTOM);
  g_assert_cmpstr (back->title, ==, "DBS recheck");
  g_assert_cmpstr (back->due, ==, "2026-12-22");
  g_assert_true (ethos_store_complete_reminder (store, back, "2026-12-20", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (back->due, ==, "2029-12-20");

  stmt = ethos_store_prepare (store, "SELECT kind FROM reminders WHERE id = ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, reminder->id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "gdpr-audit");
  sqlite3_reset (stmt);
  g_assert_true (ethos_store_delete_reminder (store, reminder->id, NULL));
}

/* A store of the case's own, its clock at noon on 23 November 2026. */
static void
reminder_setup (StoreFixture *fixture, gconstpointer data)
{
  store_fixture_setup (fixture, data);
  set_today (fixture->store, 2026, 11, 23);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) STORE_TEST_WITH (path, reminder_setup, func)
  ADD ("/reminder-store/round-trip", test_round_trip);
  ADD ("/reminder-store/refusals", test_refusals);
  ADD ("/reminder-store/fired-once-and-completion", test_fired_once_and_completion);
  ADD ("/reminder-store/derived", test_derived);
  ADD ("/reminder-store/derived-gap-from-rules", test_derived_gap_from_rules);
#undef ADD
  g_test_add_func ("/reminder-store/kind-names", test_kind_names);
  g_test_add_func ("/reminder-store/kind-words", test_kind_words);
  STORE_TEST_WITH ("/reminder-store/unknown-kind", reminder_setup, test_unknown_kind);

  return g_test_run ();
}
