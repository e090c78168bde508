/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-export-period"

#include "config.h"

#include "ethos-body-rules.h"
#include "ethos-date.h"
#include "ethos-export-period.h"

/* The period an export covers, as the export dialog's choices work it out from the day they are
 * given. */

static void
assert_range (EthosExportPeriod       period,
              const EthosExportFacts *facts,
              const char             *from,
              const char             *to)
{
  g_autoptr (GError) error = NULL;
  char got_from[11] = "", got_to[11] = "";

  g_assert_true (ethos_export_period_available (period, facts));
  g_assert_true (ethos_export_period_range (period, facts, NULL, NULL, got_from, got_to, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (got_from, ==, from);
  g_assert_cmpstr (got_to, ==, to);
}

/* Twelve calendar months, this one the last and still going: what an audit reads. */
static void
test_last_12_months (void)
{
  EthosExportFacts facts = { .today = "2026-12-06" };
  EthosExportFacts leap = { .today = "2028-02-29" };
  EthosExportFacts january = { .today = "2027-01-01" };

  assert_range (ETHOS_EXPORT_PERIOD_LAST_12_MONTHS, &facts, "2026-01-01", "2026-12-06");
  assert_range (ETHOS_EXPORT_PERIOD_LAST_12_MONTHS, &leap, "2027-03-01", "2028-02-29");
  assert_range (ETHOS_EXPORT_PERIOD_LAST_12_MONTHS, &january, "2026-02-01", "2027-01-01");
}

/* From the start of the CPD period holding today, of the first body whose period is placed:
 * BACP (no length of period) and a body whose start day was not given are passed over. */
static void
test_cpd_year (void)
{
  g_autoptr (GError) error = NULL;
  EthosPractitioner registrant = { "registrant", ETHOS_PRACTICE_FULL_TIME, 0 };
  g_autoptr (EthosBodyRules) bacp = ethos_body_rules_shipped ("bacp", NULL, &error);
  g_autoptr (EthosBodyRules) ncps = ethos_body_rules_shipped ("ncps", &registrant, &error);
  g_autoptr (EthosBodyRules) hcpc = ethos_body_rules_shipped ("hcpc", NULL, &error);
  const EthosBodyRules *rules[] = { bacp, ncps, hcpc };
  const char *anchors[] = { "2020-01-01", NULL, "2021-09-01" };
  EthosExportFacts facts = { "2026-12-06", rules, anchors, 3, NULL };
  const char *ncps_anchor[] = { NULL, "2019-04-06", "2021-09-01" };
  EthosExportFacts ncps_first = { "2026-12-06", rules, ncps_anchor, 3, NULL };
  EthosExportFacts on_the_day = { "2027-04-06", rules, ncps_anchor, 3, NULL };
  const char *none[] = { "2020-01-01", NULL, NULL };
  EthosExportFacts unplaced = { "2026-12-06", rules, none, 3, NULL };
  char from[11], to[11];

  g_assert_no_error (error);
  /* HCPC's two years from 1 September 2021: 2025-09-01 to 2027-08-31. */
  assert_range (ETHOS_EXPORT_PERIOD_CPD_YEAR, &facts, "2025-09-01", "2026-12-06");
  assert_range (ETHOS_EXPORT_PERIOD_CPD_YEAR, &ncps_first, "2026-04-06", "2026-12-06");
  assert_range (ETHOS_EXPORT_PERIOD_CPD_YEAR, &on_the_day, "2027-04-06", "2027-04-06");

  /* No period placed: not offered, and said if asked for all the same. */
  g_assert_false (ethos_export_period_available (ETHOS_EXPORT_PERIOD_CPD_YEAR, &unplaced));
  g_assert_false (ethos_export_period_range (ETHOS_EXPORT_PERIOD_CPD_YEAR, &unplaced, NULL, NULL,
                                             from, to, &error));
  g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE);
  g_assert_nonnull (g_strstr_len (error->message, -1, "Preferences"));
}

/* From the first entry; a diary with none has nothing to begin from. */
static void
test_since_records_began (void)
{
  g_autoptr (GError) error = NULL;
  EthosExportFacts facts = { .today = "2026-12-06", .diary_start = "2019-02-11" };
  EthosExportFacts ahead = { .today = "2026-12-06", .diary_start = "2027-01-15" };
  EthosExportFacts empty = { .today = "2026-12-06" };
  char from[11], to[11];

  assert_range (ETHOS_EXPORT_PERIOD_SINCE_RECORDS_BEGAN, &facts, "2019-02-11", "2026-12-06");
  /* Only a course booked ahead: the period is today, not one that ends before it starts. */
  assert_range (ETHOS_EXPORT_PERIOD_SINCE_RECORDS_BEGAN, &ahead, "2026-12-06", "2026-12-06");
  g_assert_false (ethos_export_period_available (ETHOS_EXPORT_PERIOD_SINCE_RECORDS_BEGAN, &empty));
  g_assert_false (ethos_export_period_range (ETHOS_EXPORT_PERIOD_SINCE_RECORDS_BEGAN, &empty, NULL,
                                             NULL, from, to, &error));
  g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE);
}

/* The days given, in order; anything else said, in words that name what to do. */
static void
test_custom (void)
{
  EthosExportFacts facts = { .today = "2026-12-06" };
  char from[11], to[11];
  g_autoptr (GError) backwards = NULL;
  g_autoptr (GError) missing = NULL;
  g_autoptr (GError) bad = NULL;

  g_assert_true (ethos_export_period_available (ETHOS_EXPORT_PERIOD_CUSTOM, &facts));
  g_assert_true (ethos_export_period_range (ETHOS_EXPORT_PERIOD_CUSTOM, &facts, "2025-04-01",
                                            "2026-03-31", from, to, NULL));
  g_assert_cmpstr (from, ==, "2025-04-01");
  g_assert_cmpstr (to, ==, "2026-03-31");
  /* One day is a period. */
  g_assert_true (ethos_export_period_range (ETHOS_EXPORT_PERIOD_CUSTOM, &facts, "2026-03-31",
                                            "2026-03-31", from, to, NULL));

  g_assert_false (ethos_export_period_range (ETHOS_EXPORT_PERIOD_CUSTOM, &facts, "2026-03-31",
                                             "2025-04-01", from, to, &backwards));
  g_assert_error (backwards, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE);
  g_assert_cmpstr (backwards->message, ==,
                   "The period cannot start on 31 March 2026, after it ends on 1 April 2025");
  g_assert_false (ethos_export_period_range (ETHOS_EXPORT_PERIOD_CUSTOM, &facts, "2026-03-31", "",
                                             from, to, &missing));
  g_assert_cmpstr (missing->message, ==, "Give the last day of the period");
  g_assert_false (ethos_export_period_range (ETHOS_EXPORT_PERIOD_CUSTOM, &facts, "2026-02-30",
                                             "2026-03-31", from, to, &bad));
  g_assert_error (bad, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE);
}

static void
test_words (void)
{
  g_autofree char *said = ethos_export_period_describe ("2026-01-01", "2026-12-06");

  g_assert_cmpstr (said, ==, "1 January 2026 to 6 December 2026");
  g_assert_cmpstr (ethos_export_period_title (ETHOS_EXPORT_PERIOD_LAST_12_MONTHS), ==,
                   "Last 12 months");
  g_assert_cmpstr (ethos_export_period_title (ETHOS_EXPORT_PERIOD_SINCE_RECORDS_BEGAN), ==,
                   "Since records began");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/export-period/last-12-months", test_last_12_months);
  g_test_add_func ("/export-period/cpd-year", test_cpd_year);
  g_test_add_func ("/export-period/since-records-began", test_since_records_began);
  g_test_add_func ("/export-period/custom", test_custom);
  g_test_add_func ("/export-period/words", test_words);
  return g_test_run ();
}
