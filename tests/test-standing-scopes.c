/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-standing-scopes"

#include "config.h"

#include <string.h>

#include "ethos-date.h"
#include "ethos-standing.h"

/* The standing for practitioners the bodies' rules bind differently, read from the shipped body
 * files: a rule for others is not judged and says whom it is for; one that waits for a class or
 * practice is not known, and the headline asks for them; a month without clients is a break
 * for BACP only; BABCP's minimum is met on average; and a part-time minimum is pro rata. */

typedef struct
{
  EthosBodyRules       *rules;
  EthosSupervisionFact *facts;
  guint                 n_facts;
  const char *const    *breaks;
  const char           *today;
} Case;

static EthosBodyRules *
shipped (const char *body, const char *membership_class, EthosPractice practice, int percent)
{
  EthosPractitioner practitioner = { membership_class, practice, percent };
  g_autoptr (GError) error = NULL;
  EthosBodyRules *rules = ethos_body_rules_shipped (body, &practitioner, &error);

  g_assert_no_error (error);
  return rules;
}

static EthosStanding *
evaluate (const Case *c)
{
  GDate today;
  EthosStandingBody body = { c->rules->id, c->rules, NULL, c->rules->membership_class, NULL,
                             NULL, NULL };
  EthosStandingInput input = { .today = &today, .bodies = &body, .n_bodies = 1,
                               .supervision = c->facts, .n_supervision = c->n_facts,
                               .diary_start = "2025-01-01", .breaks = c->breaks };

  g_assert_true (ethos_date_parse (c->today, &today, NULL));
  return ethos_standing_evaluate (&input);
}

static EthosBodyStanding *
only_body (EthosStanding *standing)
{
  g_assert_cmpuint (standing->bodies->len, ==, 1);
  return g_ptr_array_index (standing->bodies, 0);
}

static const EthosStandingCheck *
check_of (const EthosSupervisionStanding *month, const char *rule)
{
  const EthosStandingCheck *check = ethos_supervision_standing_get_check (month, rule);

  g_assert_nonnull (check);
  return check;
}

/* BACP: an accredited member with nothing in November has not met it; the same month marked as
 * without clients is a break, not judged, and the headline is good. */
static void
test_bacp_break (void)
{
  g_autoptr (EthosBodyRules) rules = shipped ("bacp", "accredited", ETHOS_PRACTICE_FULL_TIME, 0);
  EthosSupervisionFact december = { "2026-12-01", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1,
                                    -1 };
  static const char *const breaks[] = { "2026-11", NULL };
  Case without = { rules, &december, 1, NULL, "2026-12-05" };
  Case with = { rules, &december, 1, breaks, "2026-12-05" };
  g_autoptr (EthosStanding) missed = evaluate (&without);
  g_autoptr (EthosStanding) rested = evaluate (&with);
  const EthosStandingCheck *check;

  g_assert_cmpint (only_body (missed)->last_month.status, ==, ETHOS_CHECK_STATUS_NOT_MET);
  g_assert_cmpint (missed->verdict, ==, ETHOS_VERDICT_NOT_MET);

  g_assert_cmpint (only_body (rested)->last_month.status, ==, ETHOS_CHECK_STATUS_EXEMPT);
  check = check_of (&only_body (rested)->last_month, "supervision.monthly-minimum");
  g_assert_nonnull (strstr (check->detail, "without clients"));
  g_assert_nonnull (strstr (check->detail, "BACP"));
  g_assert_cmpint (rested->verdict, ==, ETHOS_VERDICT_GOOD);

  /* In the audit pack's and the CLI's totals: the month says why it is not judged, and the
   * students' ratio, which does not bind an accredited member, is not listed. */
  {
    g_autofree char *missed_words = ethos_supervision_standing_describe (
      &only_body (missed)->last_month);
    g_autofree char *rested_words = ethos_supervision_standing_describe (
      &only_body (rested)->last_month);

    g_assert_cmpstr (missed_words, ==, "90 not met");
    g_assert_true (g_str_has_prefix (rested_words,
                                     "not judged: You marked November 2026 as a month without "
                                     "clients"));
  }
}

/* NCPS sets no break: a month marked as without clients is judged as any other. */
static void
test_no_break_elsewhere (void)
{
  g_autoptr (EthosBodyRules) rules = shipped ("ncps", "registrant", ETHOS_PRACTICE_FULL_TIME, 0);
  EthosSupervisionFact december = { "2026-12-01", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1,
                                    -1 };
  static const char *const breaks[] = { "2026-11", NULL };
  Case c = { rules, &december, 1, breaks, "2026-12-05" };
  g_autoptr (EthosStanding) standing = evaluate (&c);

  g_assert_cmpint (only_body (standing)->last_month.status, ==, ETHOS_CHECK_STATUS_NOT_MET);
}

/* NCPS's monthly minimum is for full-time practice: for a part-time registrant it is not
 * judged and says whose it is; with no practice given it is not known, and the headline asks. */
static void
test_ncps_practice (void)
{
  g_autoptr (EthosBodyRules) part = shipped ("ncps", "registrant", ETHOS_PRACTICE_PART_TIME, 50);
  g_autoptr (EthosBodyRules) unsaid = shipped ("ncps", "registrant", ETHOS_PRACTICE_NOT_SET, 0);
  Case part_case = { part, NULL, 0, NULL, "2026-12-05" };
  Case unsaid_case = { unsaid, NULL, 0, NULL, "2026-12-05" };
  g_autoptr (EthosStanding) part_time = evaluate (&part_case);
  g_autoptr (EthosStanding) not_said = evaluate (&unsaid_case);
  const EthosStandingCheck *check;

  check = check_of (&only_body (part_time)->last_month, "supervision.monthly-minimum");
  g_assert_cmpint (check->status, ==, ETHOS_CHECK_STATUS_EXEMPT);
  g_assert_cmpstr (check->detail, ==, "NCPS sets this for full-time practice, not for yours");
  g_assert_nonnull (strstr (check->source, "if in full time practice"));
  g_assert_cmpint (part_time->verdict, ==, ETHOS_VERDICT_GOOD);
  g_assert_false (only_body (part_time)->needs_profile);

  check = check_of (&only_body (not_said)->last_month, "supervision.monthly-minimum");
  g_assert_cmpint (check->status, ==, ETHOS_CHECK_STATUS_UNKNOWN);
  g_assert_true (only_body (not_said)->needs_profile);
  g_assert_nonnull (strstr (not_said->explanation, "give your membership class and practice"));

  /* The Overview's line for the month says which it is. */
  g_assert_nonnull (strstr (only_body (part_time)->supervision.summary,
                            "no monthly minimum for your class or practice"));
  g_assert_nonnull (strstr (only_body (not_said)->supervision.summary,
                            "monthly minimum not known until you give your class and practice"));
}

/* BABCP: the monthly minimum may be met on average over the months to the one judged. */
static void
test_babcp_average (void)
{
  g_autoptr (EthosBodyRules) rules = shipped ("babcp", "accredited", ETHOS_PRACTICE_FULL_TIME, 0);
  /* 180 in September, none in October, 90 in November: 90 a month on average. */
  EthosSupervisionFact facts[] = {
    { "2026-09-10", 180, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 },
    { "2026-11-10", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 },
  };
  Case c = { rules, facts, G_N_ELEMENTS (facts), NULL, "2026-12-05" };
  Case sparse = { rules, facts + 1, 1, NULL, "2026-12-05" };
  g_autoptr (EthosStanding) standing = NULL;
  g_autoptr (EthosStanding) short_standing = NULL;
  g_autoptr (EthosSupervisionStanding) october = NULL;
  GDate today;

  /* The diary began in January 2025: the window is the twelve months to November. */
  standing = evaluate (&c);
  g_assert_cmpint (only_body (standing)->last_month.status, ==, ETHOS_CHECK_STATUS_NOT_MET);
  g_assert_nonnull (strstr (only_body (standing)->last_month.summary, "over 12 months"));
  /* Judged on its own months, as a record from September is: met in October on average. */
  g_assert_true (ethos_date_parse ("2026-12-05", &today, NULL));
  october = ethos_standing_judge_month (rules, facts, G_N_ELEMENTS (facts), "2026-10", &today,
                                        "2026-09-01", NULL, NULL, 0);
  g_assert_cmpint (october->status, ==, ETHOS_CHECK_STATUS_MET);
  g_assert_nonnull (strstr (october->summary, "On average 90 of 90 minutes a month credited, "
                                              "over 2 months"));
  /* Without September's session, October and November average 45: not met. */
  short_standing = evaluate (&sparse);
  g_assert_cmpint (only_body (short_standing)->last_month.status, ==, ETHOS_CHECK_STATUS_NOT_MET);
}

/* BABCP below half-time practice: pro rata down to 45 minutes. */
static void
test_babcp_pro_rata (void)
{
  g_autoptr (EthosBodyRules) rules = shipped ("babcp", "accredited", ETHOS_PRACTICE_PART_TIME, 30);
  EthosSupervisionFact facts[] = {
    { "2026-11-10", 45, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 },
    { "2026-10-10", 45, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 },
  };
  Case c = { rules, facts, G_N_ELEMENTS (facts), NULL, "2026-12-05" };
  g_autoptr (EthosStanding) standing = NULL;

  g_assert_cmpint (rules->monthly_minutes, ==, 45);
  standing = evaluate (&c);
  g_assert_cmpint (only_body (standing)->last_month.target_minutes, ==, 45);
}

static const EthosStandingCheck *
cpd_check_of (const EthosCpdStanding *cpd, const char *rule)
{
  for (guint i = 0; i < cpd->checks->len; i++)
    {
      const EthosStandingCheck *check = g_ptr_array_index (cpd->checks, i);

      if (g_str_equal (check->rule, rule))
        return check;
    }
  g_error ("no check %s", rule);
}

/* BABCP's CPD: hours of CBT skills workshops count on their own, and activities with a
 * reflective statement are counted; short of either with the year nearly out is not met. */
static void
test_babcp_cpd (void)
{
  g_autoptr (EthosBodyRules) rules = shipped ("babcp", "accredited", ETHOS_PRACTICE_FULL_TIME, 0);
  EthosCpdFact facts[] = {
    { "2026-03-05", "", 240, "formal", "cbt-skills", TRUE },
    { "2026-04-05", "", 600, "self-directed", "", TRUE },
    { "2026-05-05", "", 180, "formal", "cbt-skills", FALSE },
  };
  EthosStandingBody body = { rules->id, rules, NULL, "accredited", "2026-01-01", NULL, NULL };
  GDate today;
  EthosStandingInput input = { .today = &today, .bodies = &body, .n_bodies = 1, .cpd = facts,
                               .n_cpd = G_N_ELEMENTS (facts), .diary_start = "2025-01-01" };
  g_autoptr (EthosStanding) standing = NULL;
  const EthosStandingCheck *topic, *reflections;

  g_assert_true (ethos_date_parse ("2026-12-05", &today, NULL));
  standing = ethos_standing_evaluate (&input);
  topic = cpd_check_of (&only_body (standing)->cpd, "cpd.topic");
  reflections = cpd_check_of (&only_body (standing)->cpd, "cpd.reflections");
  /* 7 of 6 hours: the 10 self-directed hours are not on the topic. */
  g_assert_cmpint (topic->status, ==, ETHOS_CHECK_STATUS_MET);
  g_assert_cmpstr (topic->detail, ==, "7 of 6 hours of CBT skills workshops in the period");
  g_assert_nonnull (strstr (topic->source, "six hours of CBT skills"));
  /* 2 of 5, with 26 days of the year left: not met. */
  g_assert_cmpint (reflections->status, ==, ETHOS_CHECK_STATUS_NOT_MET);
  g_assert_nonnull (strstr (reflections->detail, "2 activities with a reflective statement"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/standing-scopes/bacp-break", test_bacp_break);
  g_test_add_func ("/standing-scopes/no-break-elsewhere", test_no_break_elsewhere);
  g_test_add_func ("/standing-scopes/ncps-practice", test_ncps_practice);
  g_test_add_func ("/standing-scopes/babcp-average", test_babcp_average);
  g_test_add_func ("/standing-scopes/babcp-pro-rata", test_babcp_pro_rata);
  g_test_add_func ("/standing-scopes/babcp-cpd", test_babcp_cpd);
  return g_test_run ();
}
