/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reminder-status"

#include "config.h"

#include "ethos-date.h"
#include "ethos-reminder-status.h"

/* How a reminder's when is said, the one sentence the window and the CLI show: a snooze says
 * until when, without a year the reader does not need. */

static EthosReminder *
insurance (const char *due, const char *snoozed_until)
{
  EthosReminder *reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_INSURANCE);

  reminder->due = g_strdup (due);
  reminder->snoozed_until = g_strdup (snoozed_until);
  return reminder;
}

static void
assert_phrases (EthosReminder *reminder, const GDate *today, const char *snooze, const char *when)
{
  g_autofree char *snooze_text = ethos_reminder_snooze_phrase (reminder, today);
  g_autofree char *when_text = ethos_reminder_when_phrase (reminder, today);

  g_assert_cmpstr (snooze_text, ==, snooze);
  g_assert_cmpstr (when_text, ==, when);
}

static void
test_snoozed_until (void)
{
  g_autoptr (GDate) today = g_date_new_dmy (20, G_DATE_DECEMBER, 2026);
  g_autoptr (EthosReminder) over_new_year = insurance ("2026-12-22", "2027-01-12");
  g_autoptr (EthosReminder) a_year_on = insurance ("2026-12-22", "2027-12-20");
  g_autoptr (EthosReminder) ended = insurance ("2026-12-22", "2026-12-20");
  g_autoptr (EthosReminder) overdue = insurance ("2026-12-01", "2026-12-27");
  g_autoptr (EthosReminder) done = insurance ("2026-12-01", NULL);

  /* Into the new year, the day alone: 12 January is the next one. */
  assert_phrases (over_new_year, today, "snoozed until 12 January",
                  "snoozed until 12 January, due in 2 days");
  /* A year or more away, the year too. */
  assert_phrases (a_year_on, today, "snoozed until 20 December 2027",
                  "snoozed until 20 December 2027, due in 2 days");
  /* A snooze that ended today is no longer said. */
  assert_phrases (ended, today, NULL, "due in 2 days");
  assert_phrases (overdue, today, "snoozed until 27 December",
                  "snoozed until 27 December, overdue by 19 days");
  done->done = TRUE;
  assert_phrases (done, today, NULL, "done");
}

/* The day picker's last day: a report's, the day before its deadline; anything else, none. */
static void
test_snooze_limit (void)
{
  g_autoptr (EthosReminder) report = ethos_reminder_new (ETHOS_REMINDER_KIND_REPORT);
  g_autoptr (EthosReminder) dbs = ethos_reminder_new (ETHOS_REMINDER_KIND_DBS);
  g_autoptr (GDate) today = g_date_new_dmy (18, G_DATE_DECEMBER, 2026);
  g_autofree char *iso = NULL;
  GDate last;

  report->due = g_strdup ("2026-12-24");
  g_assert_true (ethos_reminder_snooze_limit (report, &last));
  iso = ethos_date_to_iso (&last);
  g_assert_cmpstr (iso, ==, "2026-12-23");
  /* The same rule as the menu's choices: five days is the most. */
  g_assert_true (ethos_reminder_can_snooze (report, today, 5));
  g_assert_false (ethos_reminder_can_snooze (report, today, 6));
  dbs->due = g_strdup ("2026-12-10");
  g_assert_false (ethos_reminder_snooze_limit (dbs, &last));
  g_assert_true (ethos_reminder_can_snooze (dbs, today, 400));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reminder-status/snoozed-until", test_snoozed_until);
  g_test_add_func ("/reminder-status/snooze-limit", test_snooze_limit);

  return g_test_run ();
}
