/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reminder-stages"

#include "config.h"

#include "ethos-date.h"
#include "ethos-reminder-stages.h"

/* Which notification a reminder owes, and when. All times are wall-clock times in London. */

static GTimeZone *london;

static const int dbs_leads[] = { 30, 7 };

static GDate
day_of (const char *iso)
{
  GDate date;

  g_assert_true (ethos_date_parse (iso, &date, NULL));
  return date;
}

static GDateTime *
at (int year, int month, int day, int hour, int minute)
{
  return g_date_time_new (london, year, month, day, hour, minute, 0);
}

static void
assert_time (GDateTime *time, int year, int month, int day, int hour, int minute)
{
  g_autoptr (GDateTime) expected = at (year, month, day, hour, minute);

  g_assert_nonnull (time);
  if (!g_date_time_equal (time, expected))
    {
      g_autofree char *got = g_date_time_format_iso8601 (time);
      g_autofree char *want = g_date_time_format_iso8601 (expected);

      g_error ("fires at %s, expected %s", got, want);
    }
}

/* The DBS recheck due 2026-12-22 with leads of 30 and 7 days, notified at 09:00. */
static EthosStage *
dbs_due (const char *const *fired, const char *snoozed, GDateTime *now, GDateTime **next_wakeup)
{
  GDate due = day_of ("2026-12-22");
  GDate snooze;

  if (snoozed != NULL)
    snooze = day_of (snoozed);
  return ethos_reminder_stage_due (&due, NULL, dbs_leads, G_N_ELEMENTS (dbs_leads),
                                   snoozed != NULL ? &snooze : NULL, (GStrv) fired, 9, 0, london,
                                   now, next_wakeup);
}

static void
test_list (void)
{
  GDate due = day_of ("2026-12-22");
  GDate until = day_of ("2026-12-24");
  const int leads[] = { 7, 30, 7, 0, -2 };
  const char *ids[] = { "lead-30", "lead-7", "due", "overdue-1", "overdue-2" };
  const int days_left[] = { 30, 7, 0, -1, -2 };
  g_autoptr (GPtrArray) stages = NULL;

  stages = ethos_reminder_stages (&due, NULL, leads, G_N_ELEMENTS (leads), &until, 9, 0, london);
  g_assert_cmpuint (stages->len, ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < stages->len; i++)
    {
      EthosStage *stage = g_ptr_array_index (stages, i);

      g_assert_cmpstr (stage->id, ==, ids[i]);
      g_assert_cmpint (stage->days_left, ==, days_left[i]);
      g_assert_cmpint (g_date_time_get_hour (stage->fires_at), ==, 9);
      g_assert_cmpint (g_date_time_get_minute (stage->fires_at), ==, 0);
    }
  assert_time (((EthosStage *) g_ptr_array_index (stages, 0))->fires_at, 2026, 11, 22, 9, 0);
  assert_time (((EthosStage *) g_ptr_array_index (stages, 1))->fires_at, 2026, 12, 15, 9, 0);
  assert_time (((EthosStage *) g_ptr_array_index (stages, 4))->fires_at, 2026, 12, 24, 9, 0);

  /* No until: leads and due only. */
  g_clear_pointer (&stages, g_ptr_array_unref);
  stages = ethos_reminder_stages (&due, NULL, NULL, 0, NULL, 9, 0, london);
  g_assert_cmpuint (stages->len, ==, 1);
  g_assert_cmpstr (((EthosStage *) g_ptr_array_index (stages, 0))->id, ==, "due");
}

static void
test_dbs_walk (void)
{
  const char *none[] = { NULL };
  const char *f30[] = { "lead-30", NULL };
  const char *f30_7[] = { "lead-30", "lead-7", NULL };
  const char *f30_7_due[] = { "lead-30", "lead-7", "due", NULL };
  const char *f_o5[] = { "lead-30", "lead-7", "due", "overdue-5", NULL };
  g_autoptr (EthosStage) stage = NULL;
  g_autoptr (GDateTime) wake = NULL;
  g_autoptr (GDateTime) now = NULL;

  /* Nothing before the first lead; wake for it. */
  now = at (2026, 1, 1, 12, 0);
  stage = dbs_due (none, NULL, now, &wake);
  g_assert_null (stage);
  assert_time (wake, 2026, 11, 22, 9, 0);

  /* 30 days before. */
  g_clear_pointer (&now, g_date_time_unref);
  g_clear_pointer (&wake, g_date_time_unref);
  now = at (2026, 11, 22, 9, 30);
  stage = dbs_due (none, NULL, now, &wake);
  g_assert_nonnull (stage);
  g_assert_cmpstr (stage->id, ==, "lead-30");
  g_assert_cmpint (stage->days_left, ==, 30);
  assert_time (stage->fires_at, 2026, 11, 22, 9, 0);
  assert_time (wake, 2026, 12, 15, 9, 0);

  /* Already given: nothing, and sleep until the 7-day notice. */
  g_clear_pointer (&stage, ethos_stage_free);
  g_clear_pointer (&wake, g_date_time_unref);
  stage = dbs_due (f30, NULL, now, &wake);
  g_assert_null (stage);
  assert_time (wake, 2026, 12, 15, 9, 0);

  /* The day after the 7-day notice was missed: exactly that one. */
  g_clear_pointer (&now, g_date_time_unref);
  g_clear_pointer (&wake, g_date_time_unref);
  now = at (2026, 12, 16, 10, 0);
  stage = dbs_due (f30, NULL, now, &wake);
  g_assert_nonnull (stage);
  g_assert_cmpstr (stage->id, ==, "lead-7");
  g_assert_cmpint (stage->days_left, ==, 7);
  assert_time (wake, 2026, 12, 22, 9, 0);
  g_clear_pointer (&stage, ethos_stage_free);
  g_clear_pointer (&wake, g_date_time_unref);
  stage = dbs_due (f30_7, NULL, now, &wake);
  g_assert_null (stage);
  assert_time (wake, 2026, 12, 22, 9, 0);

  /* The due day: not before the notification time, then "due". */
  g_clear_pointer (&now, g_date_time_unref);
  now = at (2026, 12, 22, 8, 59);
  stage = dbs_due (f30_7, NULL, now, NULL);
  g_assert_null (stage);
  g_clear_pointer (&now, g_date_time_unref);
  g_clear_pointer (&wake, g_date_time_unref);
  now = at (2026, 12, 22, 9, 0);
  stage = dbs_due (f30_7, NULL, now, &wake);
  g_assert_nonnull (stage);
  g_assert_cmpstr (stage->id, ==, "due");
  g_assert_cmpint (stage->days_left, ==, 0);
  assert_time (wake, 2026, 12, 23, 9, 0);

  /* Away for days: only the latest overdue stage fires. */
  g_clear_pointer (&stage, ethos_stage_free);
  g_clear_pointer (&now, g_date_time_unref);
  g_clear_pointer (&wake, g_date_time_unref);
  now = at (2026, 12, 27, 12, 0);
  stage = dbs_due (f30_7_due, NULL, now, &wake);
  g_assert_nonnull (stage);
  g_assert_cmpstr (stage->id, ==, "overdue-5");
  g_assert_cmpint (stage->days_left, ==, -5);
  assert_time (stage->fires_at, 2026, 12, 27, 9, 0);
  assert_time (wake, 2026, 12, 28, 9, 0);

  /* Even with none of the earlier ones recorded. */
  g_clear_pointer (&stage, ethos_stage_free);
  stage = dbs_due (none, NULL, now, NULL);
  g_assert_cmpstr (stage->id, ==, "overdue-5");

  /* Snoozed until the 30th: nothing on the 29th, wake on the 30th at 09:00. */
  g_clear_pointer (&stage, ethos_stage_free);
  g_clear_pointer (&now, g_date_time_unref);
  g_clear_pointer (&wake, g_date_time_unref);
  now = at (2026, 12, 29, 12, 0);
  stage = dbs_due (f_o5, "2026-12-30", now, &wake);
  g_assert_null (stage);
  assert_time (wake, 2026, 12, 30, 9, 0);
  g_clear_pointer (&now, g_date_time_unref);
  now = at (2026, 12, 30, 8, 59);
  stage = dbs_due (f_o5, "2026-12-30", now, NULL);
  g_assert_null (stage);
  g_clear_pointer (&now, g_date_time_unref);
  now = at (2026, 12, 30, 9, 0);
  stage = dbs_due (f_o5, "2026-12-30", now, NULL);
  g_assert_nonnull (stage);
  g_assert_cmpstr (stage->id, ==, "overdue-8");
  g_assert_cmpint (stage->days_left, ==, -8);
}

static void
test_overdue_without_end (void)
{
  const char *fired[] = { "overdue-3652", NULL };
  g_autoptr (EthosStage) stage = NULL;
  g_autoptr (GDateTime) wake = NULL;
  g_autoptr (GDateTime) now = at (2036, 12, 22, 9, 0);

  /* Ten years on (3,653 days, three leap days), worked out directly. */
  stage = dbs_due (NULL, NULL, now, &wake);
  g_assert_nonnull (stage);
  g_assert_cmpstr (stage->id, ==, "overdue-3653");
  assert_time (wake, 2036, 12, 23, 9, 0);

  /* A day whose stage was already given wakes the next day. */
  g_clear_pointer (&stage, ethos_stage_free);
  g_clear_pointer (&now, g_date_time_unref);
  g_clear_pointer (&wake, g_date_time_unref);
  now = at (2036, 12, 21, 23, 0);
  stage = dbs_due (fired, NULL, now, &wake);
  g_assert_null (stage);
  assert_time (wake, 2036, 12, 22, 9, 0);
}

static void
test_clock_changes (void)
{
  GDate spring = day_of ("2027-03-28"); /* BST starts */
  GDate autumn = day_of ("2026-10-25"); /* GMT resumes */
  const int one[] = { 1 };
  g_autoptr (GPtrArray) stages = NULL;
  EthosStage *before, *on;
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GDateTime) wake = NULL;
  g_autoptr (EthosStage) stage = NULL;

  stages = ethos_reminder_stages (&spring, NULL, one, 1, NULL, 9, 0, london);
  before = g_ptr_array_index (stages, 0);
  on = g_ptr_array_index (stages, 1);
  g_assert_cmpstr (on->id, ==, "due");
  g_assert_cmpint (g_date_time_get_hour (before->fires_at), ==, 9);
  g_assert_cmpint (g_date_time_get_hour (on->fires_at), ==, 9);
  g_assert_cmpint (g_date_time_get_utc_offset (before->fires_at), ==, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (on->fires_at), ==, G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_difference (on->fires_at, before->fires_at), ==,
                   23 * G_TIME_SPAN_HOUR);

  g_clear_pointer (&stages, g_ptr_array_unref);
  stages = ethos_reminder_stages (&autumn, NULL, one, 1, NULL, 9, 0, london);
  before = g_ptr_array_index (stages, 0);
  on = g_ptr_array_index (stages, 1);
  g_assert_cmpint (g_date_time_get_hour (before->fires_at), ==, 9);
  g_assert_cmpint (g_date_time_get_hour (on->fires_at), ==, 9);
  g_assert_cmpint (g_date_time_get_utc_offset (before->fires_at), ==, G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_utc_offset (on->fires_at), ==, 0);
  g_assert_cmpint (g_date_time_difference (on->fires_at, before->fires_at), ==,
                   25 * G_TIME_SPAN_HOUR);

  /* An overdue stage on the day BST starts, asked with "now" in UTC: 08:00 UTC is 09:00 BST. */
  {
    GDate due = day_of ("2027-03-27");
    const char *fired[] = { "due", NULL };
    g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();

    now = g_date_time_new (utc, 2027, 3, 28, 7, 59, 0);
    stage = ethos_reminder_stage_due (&due, NULL, NULL, 0, NULL, (GStrv) fired, 9, 0, london,
                                      now, &wake);
    g_assert_null (stage);
    assert_time (wake, 2027, 3, 28, 9, 0);
    g_assert_cmpint (g_date_time_get_utc_offset (wake), ==, G_TIME_SPAN_HOUR);
    g_clear_pointer (&now, g_date_time_unref);
    now = g_date_time_new (utc, 2027, 3, 28, 8, 0, 0);
    stage = ethos_reminder_stage_due (&due, NULL, NULL, 0, NULL, (GStrv) fired, 9, 0, london,
                                      now, NULL);
    g_assert_nonnull (stage);
    g_assert_cmpstr (stage->id, ==, "overdue-1");
    g_assert_cmpint (g_date_time_get_hour (stage->fires_at), ==, 9);
  }
}

static void
test_due_time (void)
{
  GDate due = day_of ("2026-03-15");
  const int leads[] = { 7 };
  const char *fired[] = { "lead-7", NULL };
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (EthosStage) stage = NULL;
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GDateTime) wake = NULL;
  GDate until = day_of ("2026-03-16");

  stages = ethos_reminder_stages (&due, "17:00", leads, 1, &until, 9, 0, london);
  g_assert_cmpuint (stages->len, ==, 3);
  g_assert_cmpstr (((EthosStage *) g_ptr_array_index (stages, 1))->id, ==, "due");
  assert_time (((EthosStage *) g_ptr_array_index (stages, 0))->fires_at, 2026, 3, 8, 9, 0);
  assert_time (((EthosStage *) g_ptr_array_index (stages, 1))->fires_at, 2026, 3, 15, 17, 0);
  assert_time (((EthosStage *) g_ptr_array_index (stages, 2))->fires_at, 2026, 3, 16, 9, 0);

  now = at (2026, 3, 15, 9, 30);
  stage = ethos_reminder_stage_due (&due, "17:00", leads, 1, NULL, (GStrv) fired, 9, 0, london,
                                    now, &wake);
  g_assert_null (stage);
  assert_time (wake, 2026, 3, 15, 17, 0);

  g_clear_pointer (&now, g_date_time_unref);
  now = at (2026, 3, 15, 17, 0);
  stage = ethos_reminder_stage_due (&due, "17:00", leads, 1, NULL, (GStrv) fired, 9, 0, london,
                                    now, NULL);
  g_assert_nonnull (stage);
  g_assert_cmpstr (stage->id, ==, "due");

  /* Strict HH:MM. */
  {
    int hour, minute;
    const char *bad[] = { "24:00", "9:00", "09:60", "0900", "09:00 ", "", "ab:cd" };

    g_assert_true (ethos_due_time_parse ("23:59", &hour, &minute));
    g_assert_cmpint (hour, ==, 23);
    g_assert_cmpint (minute, ==, 59);
    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      g_assert_false (ethos_due_time_parse (bad[i], &hour, &minute));
  }
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  london = g_time_zone_new_identifier ("Europe/London");
  g_assert_nonnull (london);

  g_test_add_func ("/reminder-stages/list", test_list);
  g_test_add_func ("/reminder-stages/dbs-walk", test_dbs_walk);
  g_test_add_func ("/reminder-stages/overdue-without-end", test_overdue_without_end);
  g_test_add_func ("/reminder-stages/clock-changes", test_clock_changes);
  g_test_add_func ("/reminder-stages/due-time", test_due_time);

  status = g_test_run ();
  g_time_zone_unref (london);
  return status;
}
