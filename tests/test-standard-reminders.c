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
find_titled (GPtrArray *reminders, const char *title)
{
  for (guint i = 0; i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);

      if (g_str_equal (reminder->title, title))
        return reminder;
    }
  return NULL;
}

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
  EthosMembershipRenewal membership = { NULL, "2027-04-01", FALSE };
  EthosStandardDates dates = { .dbs_certificate = "2024-05-10",
                               .insurance_renewal = "2026-01-15", /* last year's letter */
                               .memberships = &membership, .n_memberships = 1,
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
  g_assert_cmpstr (find (out, "membership")->title, ==, "Membership renewal");
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

/* A renewal date that has passed is asked about, not quietly moved a year on: renewed, the next
 * one is due; lapsed, it is due today, and the reminder says since when. */
static void
test_passed_renewal (void)
{
  EthosMembershipRenewal membership = { NULL, "2027-04-01", TRUE };
  EthosStandardDates renewed = { .insurance_renewal = "2026-09-01" };
  EthosStandardDates lapsed = { .insurance_renewal = "2026-09-01", .insurance_lapsed = TRUE,
                                .memberships = &membership, .n_memberships = 1 };
  g_autoptr (GPtrArray) kept = ethos_standard_reminders (NULL, "2026-12-05", &renewed, NULL);
  g_autoptr (GPtrArray) overdue = ethos_standard_reminders (NULL, "2026-12-05", &lapsed, NULL);
  g_autofree char *asked = ethos_standard_renewal_passed ("2026-09-01", "2026-12-05");
  g_autofree char *not_asked = ethos_standard_renewal_passed ("2027-04-01", "2026-12-05");

  g_assert_cmpstr (asked, ==, "1 September 2026 has passed: was it renewed, or has it lapsed?");
  g_assert_null (not_asked);
  g_assert_cmpstr (find (kept, "insurance")->due, ==, "2027-09-01");
  g_assert_cmpstr (find (overdue, "insurance")->due, ==, "2026-12-05");
  g_assert_cmpstr (find (overdue, "insurance")->notes, ==,
                   "It lapsed on 1 September 2026: renew it now.");
  /* A date still to come cannot have lapsed. */
  g_assert_cmpstr (find (overdue, "membership")->due, ==, "2027-04-01");
}

static void
test_tax_day (void)
{
  EthosStandardDates none = { 0 };
  g_autoptr (GPtrArray) on_the_day = ethos_standard_reminders (NULL, "2027-01-31", &none, NULL);
  g_autoptr (GPtrArray) day_after = ethos_standard_reminders (NULL, "2027-02-01", &none, NULL);

  /* Online, the default: the return by 31 January, the second payment on account by 31 July. */
  g_assert_cmpuint (on_the_day->len, ==, 2);
  g_assert_cmpstr (find_titled (on_the_day, "Self Assessment tax return")->due, ==, "2027-01-31");
  g_assert_cmpstr (find_titled (day_after, "Self Assessment tax return")->due, ==, "2028-01-31");
  g_assert_cmpstr (find_titled (day_after, "Self Assessment second payment on account")->due, ==,
                   "2027-07-31");
}

/* Each way of filing gives its own dates; a practitioner who files none gets none. */
static void
test_tax_filing (void)
{
  EthosStandardDates paper = { .tax = ETHOS_TAX_FILING_PAPER };
  EthosStandardDates mtd = { .tax = ETHOS_TAX_FILING_MTD, .newly_self_employed = TRUE };
  EthosStandardDates none = { .tax = ETHOS_TAX_FILING_NONE };
  g_autoptr (GPtrArray) on_paper = ethos_standard_reminders (NULL, "2026-12-05", &paper, NULL);
  g_autoptr (GPtrArray) digital = ethos_standard_reminders (NULL, "2026-12-05", &mtd, NULL);
  g_autoptr (GPtrArray) employed = ethos_standard_reminders (NULL, "2026-12-05", &none, NULL);
  EthosTaxFiling tax;

  g_assert_cmpstr (find_titled (on_paper, "Self Assessment paper tax return")->due, ==,
                   "2027-10-31");
  g_assert_cmpstr (find_titled (on_paper, "Self Assessment balancing payment")->due, ==,
                   "2027-01-31");
  g_assert_null (find_titled (on_paper, "Self Assessment tax return"));

  /* Quarterly updates by the 7th of August, November, February and May. */
  g_assert_cmpstr (find_titled (digital, "Making Tax Digital: quarterly update to 5 July")->due,
                   ==, "2027-08-07");
  g_assert_cmpstr (find_titled (digital, "Making Tax Digital: quarterly update to 5 October")->due,
                   ==, "2027-11-07");
  g_assert_cmpstr (find_titled (digital, "Making Tax Digital: quarterly update to 5 January")->due,
                   ==, "2027-02-07");
  g_assert_cmpstr (find_titled (digital, "Making Tax Digital: quarterly update to 5 April")->due,
                   ==, "2027-05-07");
  g_assert_nonnull (strstr (find_titled (digital, "Making Tax Digital: quarterly update to 5 July")
                              ->notes,
                            "£50,000"));
  g_assert_cmpstr (find_titled (digital, "Register for Self Assessment")->due, ==, "2027-10-05");
  g_assert_cmpstr (find_titled (digital, "Register for Self Assessment")->every, ==, "");

  g_assert_null (find (employed, "tax"));
  g_assert_true (ethos_tax_filing_from_string ("mtd", &tax, NULL));
  g_assert_cmpint (tax, ==, ETHOS_TAX_FILING_MTD);
  g_assert_false (ethos_tax_filing_from_string ("quarterly", &tax, NULL));
}

/* The DBS Update Service is joined within 30 days of the certificate's issue; the recheck says
 * whose rule three years is. */
static void
test_dbs (void)
{
  EthosStandardDates recent = { .dbs_certificate = "2026-11-20" };
  EthosStandardDates older = { .dbs_certificate = "2026-10-01" };
  g_autoptr (GPtrArray) fresh = ethos_standard_reminders (NULL, "2026-12-05", &recent, NULL);
  g_autoptr (GPtrArray) late = ethos_standard_reminders (NULL, "2026-12-05", &older, NULL);

  g_assert_cmpstr (find_titled (fresh, "Join the DBS Update Service")->due, ==, "2026-12-20");
  g_assert_null (find_titled (late, "Join the DBS Update Service"));
  g_assert_nonnull (find_titled (late, "DBS Update Service renewal"));
  g_assert_nonnull (strstr (find (fresh, "dbs")->notes, "atrium-practice 9.6"));
  g_assert_nonnull (strstr (find (fresh, "dbs")->notes, "no legal expiry"));
}

/* Accreditation renews as the first body that says how often: BACP yearly, UKCP and COSRT
 * every five years, BABCP by a yearly declaration. */
static void
test_accreditation (void)
{
  static const struct
  {
    const char *body;
    const char *title;
    const char *every;
    const char *due;
  } rows[] = {
    { "bacp", "BACP accreditation renewal", "1y", "2027-03-01" },
    { "ukcp", "UKCP accreditation renewal", "5y", "2029-03-01" },
    { "cosrt", "COSRT accreditation renewal", "5y", "2029-03-01" },
    { "babcp", "Make your BABCP reaccreditation declaration", "1y", "2027-03-01" },
    { "atrium", "Accreditation renewal", "1y", "2027-03-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const char *bodies[] = { rows[i].body, NULL };
      EthosStandardDates dates = { .accreditation_renewal = "2024-03-01" };
      g_autoptr (GPtrArray) out = ethos_standard_reminders (bodies, "2026-12-05", &dates, NULL);
      EthosReminder *reminder = find (out, "accreditation");

      g_assert_cmpstr (reminder->title, ==, rows[i].title);
      g_assert_cmpstr (reminder->every, ==, rows[i].every);
      g_assert_cmpstr (reminder->due, ==, rows[i].due);
    }
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

/* Each body sends its own renewal: a practitioner in BACP and COSRT has two membership
 * reminders, each named for its body, each on its own date, one lapsed and one renewed. */
static void
test_membership_per_body (void)
{
  const char *bodies[] = { "bacp", "cosrt", NULL };
  EthosMembershipRenewal memberships[] = { { "bacp", "2027-04-01", FALSE },
                                           { "cosrt", "2026-10-01", TRUE },
                                           { "ukcp", NULL, FALSE } };
  EthosStandardDates dates = { .memberships = memberships, .n_memberships = 3 };
  g_autoptr (GPtrArray) out = ethos_standard_reminders (bodies, "2026-12-05", &dates, NULL);
  guint n = 0;

  g_assert_nonnull (out);
  for (guint i = 0; i < out->len; i++)
    n += ((EthosReminder *) g_ptr_array_index (out, i))->kind == ETHOS_REMINDER_KIND_MEMBERSHIP;
  /* A body with no date typed has no reminder. */
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (find_titled (out, "BACP membership renewal")->due, ==, "2027-04-01");
  g_assert_cmpstr (find_titled (out, "BACP membership renewal")->every, ==, "1y");
  g_assert_cmpstr (find_titled (out, "COSRT membership renewal")->due, ==, "2026-12-05");
  g_assert_cmpstr (find_titled (out, "COSRT membership renewal")->notes, ==,
                   "It lapsed on 1 October 2026: renew it now.");
}

static void
test_impossible_date (void)
{
  EthosMembershipRenewal membership = { "bacp", "2027-02-30", FALSE };
  EthosStandardDates dates = { .memberships = &membership, .n_memberships = 1 };
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
  g_test_add_func ("/standard-reminders/passed-renewal", test_passed_renewal);
  g_test_add_func ("/standard-reminders/membership-per-body", test_membership_per_body);
  g_test_add_func ("/standard-reminders/tax-day", test_tax_day);
  g_test_add_func ("/standard-reminders/tax-filing", test_tax_filing);
  g_test_add_func ("/standard-reminders/dbs", test_dbs);
  g_test_add_func ("/standard-reminders/accreditation", test_accreditation);
  g_test_add_func ("/standard-reminders/bodies-link-clauses", test_bodies_link_clauses);
  g_test_add_func ("/standard-reminders/impossible-date", test_impossible_date);
  return g_test_run ();
}
