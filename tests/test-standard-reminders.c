/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-standard-reminders"

#include "config.h"

#include <string.h>

#include "ethos-date.h"
#include "ethos-reminder.h"
#include "ethos-standard-reminders.h"

/* The reminders offered on first use: the dates they fall on (renewals brought forward to the
 * next one, a DBS recheck three years from the certificate), the clause each is linked to for
 * the practitioner's bodies, and a clear refusal of an impossible date. */

static EthosReminder *
find (GPtrArray *reminders, const char *kind)
{
  for (guint i = 0; i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);

      if (g_str_equal (ethos_reminder_kind_to_string (reminder->kind), kind))
        return reminder;
    }
  return NULL;
}

static void
test_dates (void)
{
  EthosStandardDates dates = { .dbs_certificate = "2024-05-10",
                               .insurance_renewal = "2026-01-15", /* last year's letter */
                               .membership_renewal = "2027-04-01",
                               .accreditation_renewal = "2024-02-29",
                               .ico_renewal = "2026-11-23" };
  g_autoptr (GPtrArray) out = ethos_standard_reminders (NULL, "2026-11-23", &dates, NULL);

  g_assert_nonnull (out);
  g_assert_cmpstr (find (out, "dbs")->due, ==, "2027-05-10");
  g_assert_cmpstr (find (out, "dbs")->every, ==, "3y");
  g_assert_true (find (out, "dbs")->from_completion);
  /* 2025-05-10 has passed: the Update Service renews next on 2027-05-10. */
  g_assert_cmpstr (find (out, "dbs-update-service")->due, ==, "2027-05-10");
  g_assert_cmpstr (find (out, "insurance")->due, ==, "2027-01-15");
  g_assert_cmpstr (find (out, "membership")->due, ==, "2027-04-01");
  /* A leap-day anniversary falls on 28 February in other years. */
  g_assert_cmpstr (find (out, "accreditation")->due, ==, "2027-02-28");
  /* Today is still today. */
  g_assert_cmpstr (find (out, "ico")->due, ==, "2026-11-23");
  g_assert_cmpstr (find (out, "tax")->due, ==, "2027-01-31");
  /* No bodies: nothing a code asks for, and no clauses. */
  g_assert_null (find (out, "insurance")->clause);
  g_assert_null (find (out, "undertaking"));
  g_assert_null (find (out, "custom"));
}

static void
test_tax_day (void)
{
  EthosStandardDates none = { 0 };
  g_autoptr (GPtrArray) on_the_day = ethos_standard_reminders (NULL, "2027-01-31", &none, NULL);
  g_autoptr (GPtrArray) day_after = ethos_standard_reminders (NULL, "2027-02-01", &none, NULL);

  g_assert_cmpuint (on_the_day->len, ==, 1);
  g_assert_cmpstr (find (on_the_day, "tax")->due, ==, "2027-01-31");
  g_assert_cmpstr (find (day_after, "tax")->due, ==, "2028-01-31");
}

static void
test_bodies_link_clauses (void)
{
  const char *cosrt[] = { "cosrt", NULL };
  const char *atrium[] = { "atrium", NULL };
  EthosStandardDates dates = { .dbs_certificate = "2025-06-01", .insurance_renewal = "2027-01-15" };
  g_autoptr (GPtrArray) for_cosrt = ethos_standard_reminders (cosrt, "2026-11-23", &dates, NULL);
  g_autoptr (GPtrArray) for_atrium = ethos_standard_reminders (atrium, "2026-11-23", &dates, NULL);

  g_assert_cmpstr (find (for_cosrt, "dbs")->clause, ==, "cosrt:26");
  g_assert_cmpstr (find (for_cosrt, "insurance")->clause, ==, "cosrt:45");
  g_assert_cmpstr (find (for_cosrt, "custom")->clause, ==, "cosrt:41");
  g_assert_null (find (for_cosrt, "undertaking"));

  g_assert_cmpstr (find (for_atrium, "dbs")->clause, ==, "atrium-practice:9.6");
  g_assert_cmpstr (find (for_atrium, "insurance")->clause, ==, "atrium-practice:9.5");
  g_assert_cmpstr (find (for_atrium, "undertaking")->clause, ==, "atrium-ethics:1.2");
  g_assert_null (find (for_atrium, "custom"));
}

static void
test_impossible_date (void)
{
  EthosStandardDates dates = { .membership_renewal = "2027-02-30" };
  g_autoptr (GError) error = NULL;
  GPtrArray *out = ethos_standard_reminders (NULL, "2026-11-23", &dates, &error);

  g_assert_null (out);
  g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE);
  g_assert_nonnull (strstr (error->message, "2027-02-30"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/standard-reminders/dates", test_dates);
  g_test_add_func ("/standard-reminders/tax-day", test_tax_day);
  g_test_add_func ("/standard-reminders/bodies-link-clauses", test_bodies_link_clauses);
  g_test_add_func ("/standard-reminders/impossible-date", test_impossible_date);
  return g_test_run ();
}
