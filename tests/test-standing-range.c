/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-standing-range"

#include "config.h"

#include <string.h>

#include "ethos-date.h"
#include "ethos-standing.h"

/* Which months a record of many months judges, and how COSRT's ratio of supervision to client
 * hours is judged: a new user's pack listed eleven months from before their diary as months
 * with nothing done, and the ratio said "not known" of a month whose client hours were in the
 * client-hours log. The rules are the shipped body files. */

static EthosBodyRules *
shipped (const char *body, const char *membership_class)
{
  EthosPractitioner practitioner = { membership_class, ETHOS_PRACTICE_FULL_TIME, 0 };
  g_autoptr (GError) error = NULL;
  EthosBodyRules *rules = ethos_body_rules_shipped (body, &practitioner, &error);

  g_assert_no_error (error);
  return rules;
}

/* A diary begun on 10 November, a record of the calendar year made on 6 December: November and
 * December are judged; the ten months before the diary are not listed, nor the weeks after
 * today. */
static void
test_months_from_first_record (void)
{
  char first[8], last[8];
  GDate today;
  g_autofree char *left_out = NULL;

  g_assert_true (ethos_date_parse ("2026-12-06", &today, NULL));
  g_assert_true (ethos_standing_months_to_judge ("2026-01-01", "2026-12-31", "2026-11-10", &today,
                                                 first, last));
  g_assert_cmpstr (first, ==, "2026-11");
  g_assert_cmpstr (last, ==, "2026-12");
  left_out = ethos_standing_months_left_out ("2026-01-01", "2026-12-31", "2026-11-10");
  g_assert_cmpstr (left_out, ==, "The months before November 2026 are left out: your diary began "
                                 "on 10 November 2026, and a month Ethos has no record of is "
                                 "not judged.");

  /* A diary older than the period: every month of it, and nothing said. */
  g_assert_true (ethos_standing_months_to_judge ("2026-01-01", "2026-06-30", "2019-02-11", &today,
                                                 first, last));
  g_assert_cmpstr (first, ==, "2026-01");
  g_assert_cmpstr (last, ==, "2026-06");
  g_assert_null (ethos_standing_months_left_out ("2026-01-01", "2026-06-30", "2019-02-11"));
  /* Begun within the period's first month: that month is judged, nothing is left out. */
  g_assert_null (ethos_standing_months_left_out ("2026-11-01", "2026-12-06", "2026-11-10"));

  /* An empty diary, or one begun after the period: no month, and the pack says why. */
  g_assert_false (ethos_standing_months_to_judge ("2026-01-01", "2026-06-30", NULL, &today,
                                                  first, last));
  g_assert_false (ethos_standing_months_to_judge ("2026-01-01", "2026-06-30", "2026-11-10",
                                                  &today, first, last));
  g_free (left_out);
  left_out = ethos_standing_months_left_out ("2026-01-01", "2026-06-30", "2026-11-10");
  g_assert_nonnull (strstr (left_out, "Your diary begins on 10 November 2026, after this period"));
}

/* COSRT's one hour of supervision to six client hours, for a member working towards
 * accreditation: judged on the client-hours log where it has the month, on the hours the
 * sessions report where it does not, and never guessed. */
static void
test_ratio_from_client_hours_log (void)
{
  g_autoptr (EthosBodyRules) cosrt = shipped ("cosrt", "pre-accreditation");
  /* 90 minutes in October, reporting 6 client hours; 90 in November reporting none. */
  EthosSupervisionFact facts[] = {
    { "2026-10-12", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, 6 * 60 },
    { "2026-11-10", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 },
  };
  /* The log has 30 client hours for October: 300 minutes of supervision are asked for. */
  EthosClientMonth log[] = { { "2026-10", 30 * 60 } };
  g_autoptr (EthosSupervisionStanding) october = NULL;
  g_autoptr (EthosSupervisionStanding) reported = NULL;
  g_autoptr (EthosSupervisionStanding) november = NULL;
  g_autofree char *october_words = NULL;
  g_autofree char *november_words = NULL;
  g_autofree char *basis = NULL;
  const EthosStandingCheck *ratio;
  GDate today;

  g_assert_true (ethos_date_parse ("2026-12-06", &today, NULL));
  october = ethos_standing_judge_month (cosrt, facts, G_N_ELEMENTS (facts), "2026-10", &today,
                                        "2026-10-01", NULL, log, G_N_ELEMENTS (log));
  ratio = ethos_supervision_standing_get_check (october, "supervision.client-ratio");
  g_assert_cmpint (ratio->status, ==, ETHOS_CHECK_STATUS_NOT_MET);
  g_assert_cmpstr (ratio->detail, ==, "90 minutes credited of the 300 needed for the 30 client "
                                      "hours in your client-hours log (one hour to 6)");
  g_assert_true (october->client_logged);
  g_assert_cmpint (october->ratio_target_minutes, ==, 300);
  g_assert_nonnull (strstr (ratio->source, "cosrt.org.uk"));
  october_words = ethos_supervision_standing_describe (october);
  g_assert_nonnull (strstr (october_words, "ratio not met"));

  /* Without the log, October's own report of 6 client hours is met by 90 minutes. */
  reported = ethos_standing_judge_month (cosrt, facts, G_N_ELEMENTS (facts), "2026-10", &today,
                                         "2026-10-01", NULL, NULL, 0);
  ratio = ethos_supervision_standing_get_check (reported, "supervision.client-ratio");
  g_assert_cmpint (ratio->status, ==, ETHOS_CHECK_STATUS_MET);
  g_assert_false (reported->client_logged);

  /* November: nothing logged, nothing reported: not known, and said so, never judged on a
   * guess. */
  november = ethos_standing_judge_month (cosrt, facts, G_N_ELEMENTS (facts), "2026-11", &today,
                                         "2026-10-01", NULL, log, G_N_ELEMENTS (log));
  ratio = ethos_supervision_standing_get_check (november, "supervision.client-ratio");
  g_assert_cmpint (ratio->status, ==, ETHOS_CHECK_STATUS_UNKNOWN);
  g_assert_nonnull (strstr (ratio->detail, "No client hours are logged for November 2026"));
  november_words = ethos_supervision_standing_describe (november);
  g_assert_nonnull (strstr (november_words, "ratio: no client hours logged"));

  /* The record says how the ratio is judged, and where the number comes from. */
  basis = ethos_standing_describe_ratio_basis (cosrt);
  g_assert_nonnull (strstr (basis, "One hour of supervision to 6 client hours is judged on your "
                                   "client-hours log"));
  g_assert_nonnull (strstr (basis, "https://www.cosrt.org.uk/"));
}

/* The Overview reads the log too: last month's ratio on a standing evaluated from it. */
static void
test_standing_reads_the_log (void)
{
  g_autoptr (EthosBodyRules) cosrt = shipped ("cosrt", "pre-accreditation");
  EthosSupervisionFact facts[] = {
    { "2026-11-10", 120, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 },
  };
  EthosClientMonth log[] = { { "2026-11", 12 * 60 } };
  EthosStandingBody body = { cosrt->id, cosrt, NULL, cosrt->membership_class, NULL, NULL, NULL };
  EthosStandingInput input = { .bodies = &body, .n_bodies = 1, .supervision = facts,
                               .n_supervision = G_N_ELEMENTS (facts),
                               .diary_start = "2026-11-10", .client_months = log,
                               .n_client_months = G_N_ELEMENTS (log) };
  g_autoptr (EthosStanding) standing = NULL;
  const EthosBodyStanding *judged;
  const EthosStandingCheck *ratio;
  GDate today;

  g_assert_true (ethos_date_parse ("2026-12-06", &today, NULL));
  input.today = &today;
  standing = ethos_standing_evaluate (&input);
  judged = g_ptr_array_index (standing->bodies, 0);
  ratio = ethos_supervision_standing_get_check (&judged->last_month, "supervision.client-ratio");
  g_assert_cmpint (ratio->status, ==, ETHOS_CHECK_STATUS_MET);
  g_assert_cmpstr (ratio->detail, ==, "120 minutes credited of the 120 needed for the 12 client "
                                      "hours in your client-hours log (one hour to 6)");
}

int
main (int argc, char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/standing-range/months-from-first-record", test_months_from_first_record);
  g_test_add_func ("/standing-range/ratio-from-client-hours-log",
                   test_ratio_from_client_hours_log);
  g_test_add_func ("/standing-range/standing-reads-the-log", test_standing_reads_the_log);
  return g_test_run ();
}
