/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ical-read"

#include "config.h"

#include <string.h>

#include "ethos-date.h"
#include "ethos-ical-read.h"

/* Reminders from an iCalendar file written by python3-icalendar (tests/ical/make-ics.py):
 * dates, repeats mapped to Ethos's where they can be, alarms as days of warning, and each item
 * that cannot be taken said with its reason. */

static EthosReminder *
find (GPtrArray *reminders, const char *title)
{
  for (guint i = 0; i < reminders->len; i++)
    if (g_str_equal (((EthosReminder *) g_ptr_array_index (reminders, i))->title, title))
      return g_ptr_array_index (reminders, i);
  g_error ("no reminder “%s”", title);
  return NULL;
}

static const char *
reason_for (GPtrArray *skipped, const char *item)
{
  for (guint i = 0; i < skipped->len; i++)
    {
      EthosIcalSkip *skip = g_ptr_array_index (skipped, i);

      if (g_str_has_prefix (skip->item, item))
        return skip->reason;
    }
  g_error ("“%s” was not skipped", item);
  return NULL;
}

static void
test_reminders (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "ical", "reminders.ics", NULL);
  g_autofree char *data = NULL;
  g_autoptr (GPtrArray) reminders = NULL;
  g_autoptr (GPtrArray) skipped = NULL;
  g_autoptr (GError) error = NULL;
  EthosReminder *r;
  gsize length;
  GDate today;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 6, G_DATE_DECEMBER, 2026);
  g_assert_true (ethos_ical_read_reminders (data, length, &today, &reminders, &skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (reminders->len, ==, 5);
  g_assert_cmpuint (skipped->len, ==, 6);

  r = find (reminders, "Insurance renewal");
  g_assert_cmpstr (r->every, ==, "1y");
  g_assert_cmpstr (r->anchor, ==, "2024-03-01");
  g_assert_cmpstr (r->due, ==, "2027-03-01");
  g_assert_cmpstr (r->notes, ==, "Policy PL-123");
  g_assert_cmpstr (ethos_reminder_leads_to_string (r), ==, "30,7");

  r = find (reminders, "DBS recheck");
  g_assert_cmpstr (r->every, ==, "3y");
  g_assert_cmpstr (r->due, ==, "2027-05-10");
  g_assert_cmpuint (r->lead_days->len, ==, 0); /* 15 minutes before: on the day itself */

  r = find (reminders, "Supervision contract review");
  g_assert_cmpstr (r->every, ==, "6m");
  g_assert_cmpstr (r->due, ==, "2027-04-15");

  r = find (reminders, "Accreditation portfolio due");
  g_assert_cmpstr (r->every, ==, "");
  g_assert_cmpstr (r->due, ==, "2027-02-01");
  g_assert_cmpuint (r->lead_days->len, >, 0); /* no alarm: the usual warning */

  r = find (reminders, "ICO fee");
  g_assert_cmpstr (r->due, ==, "2027-01-20");
  g_assert_cmpstr (ethos_reminder_leads_to_string (r), ==, "14");

  g_assert_nonnull (strstr (reason_for (skipped, "Old workshop"), "past"));
  g_assert_nonnull (strstr (reason_for (skipped, "Ten sessions"), "repeats end"));
  g_assert_nonnull (strstr (reason_for (skipped, "Peer group"), "particular days"));
  g_assert_nonnull (strstr (reason_for (skipped, "Hourly check"), "more often than daily"));
  g_assert_nonnull (strstr (reason_for (skipped, "No date at all"), "no start date"));
  g_assert_nonnull (strstr (reason_for (skipped, "Finished task"), "already done"));
}

static void
test_not_icalendar (void)
{
  static const char *const bad[] = { "Date,Title\n2026-01-01,Workshop\n", "", "BEGIN:VEVENT\nEND:VEVENT\n" };
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 6, G_DATE_DECEMBER, 2026);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GPtrArray) reminders = NULL;
      g_autoptr (GPtrArray) skipped = NULL;
      g_autoptr (GError) error = NULL;

      g_assert_false (ethos_ical_read_reminders (bad[i], strlen (bad[i]), &today, &reminders,
                                                 &skipped, &error));
      g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT);
      g_assert_null (reminders);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ical/reminders", test_reminders);
  g_test_add_func ("/ical/not-icalendar", test_not_icalendar);
  return g_test_run ();
}
