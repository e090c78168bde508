/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-body-rules"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "ethos-body-rules.h"
#include "ethos-date.h"
#include "ethos-diary-totals.h"

/* The shipped body files say what DOMAIN.md says and nothing more; the credit, monthly, ratio
 * and CPD arithmetic a practitioner will be audited on; and the files and overrides Ethos must
 * refuse. */

static const char *const body_ids[] = {
  "bacp", "ncps", "ukcp", "hcpc", "cosrt", "ipt-uk", "atrium", "wv-ipn", "iapt", NULL,
};

static EthosBodyRules *
load_body_for (const char *id, const char *membership_class, EthosPractice practice)
{
  EthosPractitioner practitioner = { membership_class, practice, 0 };
  g_autofree char *name = g_strdup_printf ("%s.ini", id);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "bodies", name, NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  gsize length = 0;
  EthosBodyRules *rules;

  g_assert_true (g_file_get_contents (path, &text, &length, &error));
  g_assert_no_error (error);
  bytes = g_bytes_new (text, length);
  rules = ethos_body_rules_parse_for (bytes, &practitioner, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rules);
  return rules;
}

/* The body's rules for nobody in particular: those for every class and practice. */
static EthosBodyRules *
load_body (const char *id)
{
  return load_body_for (id, NULL, ETHOS_PRACTICE_NOT_SET);
}

static EthosBodyRules *
parse_string (const char *text, GError **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));

  return ethos_body_rules_parse (bytes, error);
}

static void
assert_parse_fails (const char *text, const char *expected)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosBodyRules) rules = parse_string (text, &error);

  g_assert_null (rules);
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_KEY_FILE_ERROR);
  if (strstr (error->message, expected) == NULL)
    g_error ("expected “%s” in the error, got “%s”", expected, error->message);
}

static void
test_shipped_parse (void)
{
  for (guint i = 0; body_ids[i] != NULL; i++)
    {
      g_autoptr (EthosBodyRules) rules = load_body (body_ids[i]);

      g_assert_cmpstr (rules->id, ==, body_ids[i]);
      g_assert_cmpuint (strlen (rules->name), >, strlen (rules->short_name));
      g_assert_cmpstr (rules->short_name, !=, "");
      g_assert_cmpstr (rules->source, !=, "");
      g_assert_cmpstr (rules->note, !=, "");
    }
}

static void
test_shipped_numbers (void)
{
  g_autoptr (EthosBodyRules) bacp = load_body_for ("bacp", "accredited", ETHOS_PRACTICE_FULL_TIME);
  g_autoptr (EthosBodyRules) ncps = load_body_for ("ncps", "registrant", ETHOS_PRACTICE_FULL_TIME);
  g_autoptr (EthosBodyRules) ukcp = load_body_for ("ukcp", "registrant", ETHOS_PRACTICE_NOT_SET);
  g_autoptr (EthosBodyRules) hcpc = load_body ("hcpc");
  g_autoptr (EthosBodyRules) cosrt = load_body_for ("cosrt", "pre-accreditation",
                                                    ETHOS_PRACTICE_NOT_SET);

  /* BACP, an accredited member: 1.5 hours a calendar month, its own group credit; no CPD
   * hours. (Whom each rule binds: test-body-classes.) */
  g_assert_cmpint (bacp->monthly_minutes, ==, 90);
  g_assert_cmpint (bacp->group_credit, ==, ETHOS_GROUP_CREDIT_BACP);
  g_assert_cmpfloat (bacp->client_hours_per_supervision_hour, ==, 0);
  g_assert_cmpint (bacp->max_group_share_percent, ==, ETHOS_RULE_NOT_SET);
  g_assert_cmpint (bacp->cpd_target_minutes, ==, ETHOS_RULE_NOT_SET);
  g_assert_cmpint (bacp->cpd_period_months, ==, ETHOS_RULE_NOT_SET);
  /* A session every 2 weeks is the students' rule, not the accredited member's: no gap. */
  g_assert_cmpint (bacp->max_gap_days, ==, ETHOS_RULE_NOT_SET);

  /* NCPS, a registrant in full-time practice: 1.5 hours a month; 30 hours of CPD per 12
   * months. */
  g_assert_cmpint (ncps->monthly_minutes, ==, 90);
  g_assert_cmpint (ncps->group_credit, ==, ETHOS_GROUP_CREDIT_FULL);
  g_assert_cmpint (ncps->cpd_target_minutes, ==, 30 * 60);
  g_assert_cmpint (ncps->cpd_period_months, ==, 12);
  g_assert_cmpint (ncps->cpd_min_kinds, ==, ETHOS_RULE_NOT_SET);

  /* UKCP: 250 hours per 5 years, 20 a year; no supervision number. */
  g_assert_cmpint (ukcp->cpd_target_minutes, ==, 250 * 60);
  g_assert_cmpint (ukcp->cpd_period_months, ==, 60);
  g_assert_cmpint (ukcp->cpd_annual_minimum_minutes, ==, 20 * 60);
  g_assert_cmpint (ukcp->monthly_minutes, ==, ETHOS_RULE_NOT_SET);

  /* HCPC: 2-year cycle, 2 kinds at least, gaps of 3 months; no hours. */
  g_assert_cmpint (hcpc->cpd_period_months, ==, 24);
  g_assert_cmpint (hcpc->cpd_min_kinds, ==, 2);
  g_assert_cmpint (hcpc->cpd_flag_gap_months, ==, 3);
  g_assert_cmpint (hcpc->cpd_target_minutes, ==, ETHOS_RULE_NOT_SET);
  g_assert_cmpint (hcpc->cpd_annual_minimum_minutes, ==, ETHOS_RULE_NOT_SET);

  /* COSRT, working towards accreditation: 1 hour per 6 client hours, at most 25% in groups;
   * groups of 4 or fewer count half; no monthly minimum. */
  g_assert_cmpfloat (cosrt->client_hours_per_supervision_hour, ==, 6);
  g_assert_cmpint (cosrt->max_group_share_percent, ==, 25);
  g_assert_cmpint (cosrt->monthly_minutes, ==, ETHOS_RULE_NOT_SET);
  g_assert_cmpint (cosrt->group_credit, ==, ETHOS_GROUP_CREDIT_BACP);
  g_assert_nonnull (strstr (cosrt->source, "cosrt 64"));
}

static void
test_seed_bodies_not_set (void)
{
  const struct
  {
    const char *id;
    const char *source;
  } seeds[] = {
    { "ipt-uk", "ipt-uk 8" },
    { "atrium", "atrium-practice 9.3" },
    { "wv-ipn", "wv-ipn supervision" },
    { "iapt", "iapt-confidentiality ground rules" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr (EthosBodyRules) rules = load_body (seeds[i].id);

      g_assert_nonnull (strstr (rules->source, seeds[i].source));
      g_assert_nonnull (strstr (rules->note, "set by you"));
      g_assert_cmpint (rules->group_credit, ==, ETHOS_GROUP_CREDIT_FULL);
      for (guint k = 0; ethos_body_rule_keys[k] != NULL; k++)
        {
          g_autofree char *value = ethos_body_rules_get_value (rules, ethos_body_rule_keys[k]);

          if (g_str_equal (ethos_body_rule_keys[k], "Supervision.GroupCredit"))
            g_assert_cmpstr (value, ==, "full");
          else if (value != NULL)
            g_error ("%s has %s=%s: a seed body has no numbers", seeds[i].id,
                     ethos_body_rule_keys[k], value);
        }
    }
}

static void
test_credit (void)
{
  g_autoptr (EthosBodyRules) bacp = load_body ("bacp");
  g_autoptr (EthosBodyRules) cosrt = load_body ("cosrt");
  g_autoptr (EthosBodyRules) babcp = load_body ("babcp");
  g_autoptr (EthosBodyRules) ncps = load_body ("ncps");
#define CREDIT(rules, format, minutes, group_size)                                                 \
  ethos_body_rules_credited_minutes (rules, ETHOS_SUPERVISION_FORMAT_##format, minutes, group_size)

  g_assert_cmpint (CREDIT (bacp, INDIVIDUAL, 90, -1), ==, 90);
  g_assert_cmpint (CREDIT (bacp, GROUP, 120, 3), ==, 60);
  g_assert_cmpint (CREDIT (bacp, GROUP, 120, 4), ==, 60);
  g_assert_cmpint (CREDIT (bacp, GROUP, 120, 5), ==, 24);
  g_assert_cmpint (CREDIT (bacp, GROUP, 120, 6), ==, 20);
  /* Rounded down to whole minutes: 120 / 7 is 17.14; 45 / 2 is 22.5. */
  g_assert_cmpint (CREDIT (bacp, GROUP, 120, 7), ==, 17);
  g_assert_cmpint (CREDIT (bacp, GROUP, 45, 2), ==, 22);
  /* A peer group shares its time as a group does; one-to-one peer time is individual time. */
  g_assert_cmpint (CREDIT (bacp, PEER, 120, 3), ==, 60);
  g_assert_cmpint (CREDIT (bacp, PEER, 120, 8), ==, 15);
  g_assert_cmpint (CREDIT (bacp, PEER, 90, 1), ==, 90);
  g_assert_cmpint (CREDIT (bacp, PEER, 90, -1), ==, 90);
  /* A group of unknown size is taken as a small one. */
  g_assert_cmpint (CREDIT (bacp, GROUP, 90, -1), ==, 45);
  g_assert_cmpint (CREDIT (bacp, INDIVIDUAL, -30, -1), ==, 0);

  /* COSRT: groups of 4 or fewer count half the time; larger groups (the FAQ as read gives no
   * figure) the time divided by the number, as BACP's, which never credits more. */
  g_assert_cmpint (CREDIT (cosrt, GROUP, 120, 4), ==, 60);
  g_assert_cmpint (CREDIT (cosrt, PEER, 120, 3), ==, 60);
  g_assert_cmpint (CREDIT (cosrt, GROUP, 120, 6), ==, 20);

  /* BABCP: groups of up to six count in full; a larger group counts nothing. */
  g_assert_cmpint (CREDIT (babcp, GROUP, 120, 6), ==, 120);
  g_assert_cmpint (CREDIT (babcp, PEER, 90, 3), ==, 90);
  g_assert_cmpint (CREDIT (babcp, GROUP, 120, 7), ==, 0);
  g_assert_cmpint (CREDIT (babcp, INDIVIDUAL, 60, -1), ==, 60);

  /* Full credit, and no largest group: group time counts as it is. */
  g_assert_cmpint (CREDIT (ncps, GROUP, 120, 12), ==, 120);
#undef CREDIT
}

static void
assert_override_fails (EthosBodyRules *rules, const char *key, const char *value,
                       const char *expected)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosBodyRules) before = ethos_body_rules_copy (rules);

  g_assert_false (ethos_body_rules_override (rules, key, value, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == ETHOS_INPUT_ERROR);
  if (strstr (error->message, expected) == NULL)
    g_error ("expected “%s” in the error, got “%s”", expected, error->message);
  /* a refused value changes no number (every field from the first rule to the last) */
#define RULES_SIZE (G_STRUCT_OFFSET (EthosBodyRules, sources) \
                    - G_STRUCT_OFFSET (EthosBodyRules, monthly_minutes))
  g_assert_cmpmem (&before->monthly_minutes, RULES_SIZE, &rules->monthly_minutes, RULES_SIZE);
#undef RULES_SIZE
  g_assert_cmpstr (ethos_body_rules_get_source (before, key), ==,
                   ethos_body_rules_get_source (rules, key));
}

static void
test_override (void)
{
  g_autoptr (EthosBodyRules) rules = load_body ("ipt-uk");
  g_autoptr (GError) error = NULL;
  g_autofree char *ratio = NULL;

  g_assert_true (ethos_body_rules_override (rules, "Supervision.MonthlyMinutes", "60", &error));
  g_assert_no_error (error);
  g_assert_cmpint (rules->monthly_minutes, ==, 60);
  g_assert_true (ethos_body_rules_override (rules, "Supervision.MonthlyMinutes", " 75 ", &error));
  g_assert_cmpint (rules->monthly_minutes, ==, 75);
  g_assert_true (ethos_body_rules_override (rules, "Supervision.MonthlyMinutes", "", &error));
  g_assert_cmpint (rules->monthly_minutes, ==, ETHOS_RULE_NOT_SET);
  g_assert_true (ethos_body_rules_override (rules, "CPD.TargetMinutes", "1800", &error));
  g_assert_cmpint (rules->cpd_target_minutes, ==, 1800);
  g_assert_true (ethos_body_rules_override (rules, "CPD.TargetMinutes", "unset", &error));
  g_assert_cmpint (rules->cpd_target_minutes, ==, ETHOS_RULE_NOT_SET);

  g_assert_true (ethos_body_rules_override (rules, "Supervision.GroupCredit", "bacp", &error));
  g_assert_cmpint (rules->group_credit, ==, ETHOS_GROUP_CREDIT_BACP);
  g_assert_true (ethos_body_rules_override (rules, "Supervision.GroupCredit", "", &error));
  g_assert_cmpint (rules->group_credit, ==, ETHOS_GROUP_CREDIT_FULL);

  g_assert_true (ethos_body_rules_override (rules, "Supervision.ClientHoursPerSupervisionHour",
                                            "7.5", &error));
  g_assert_cmpfloat (rules->client_hours_per_supervision_hour, ==, 7.5);
  ratio = ethos_body_rules_get_value (rules, "Supervision.ClientHoursPerSupervisionHour");
  g_assert_cmpstr (ratio, ==, "7.5");
  g_assert_true (ethos_body_rules_override (rules, "Supervision.MaxGroupShare", "0", &error));
  g_assert_cmpint (rules->max_group_share_percent, ==, 0);
  g_assert_true (ethos_body_rules_override (rules, "Supervision.MaxGapDays", "28", &error));
  g_assert_cmpint (rules->max_gap_days, ==, 28);
  g_assert_true (ethos_body_rules_override (rules, "Supervision.MaxGapDays", "366", &error));
  g_assert_cmpint (rules->max_gap_days, ==, 366);
  g_assert_true (ethos_body_rules_override (rules, "Supervision.MaxGapDays", "unset", &error));
  g_assert_cmpint (rules->max_gap_days, ==, ETHOS_RULE_NOT_SET);
  g_assert_true (ethos_body_rules_override (rules, "Supervision.MaxGapDays", "14", &error));
  g_assert_no_error (error);

  assert_override_fails (rules, "Supervision.MonthlyMinutes", "-5", "1 to 6000");
  assert_override_fails (rules, "Supervision.MonthlyMinutes", "abc", "“abc” is not one");
  assert_override_fails (rules, "Supervision.MonthlyMinutes", "100000", "“100000”");
  assert_override_fails (rules, "Supervision.MonthlyMinutes", "99999999999999999999", "6000");
  assert_override_fails (rules, "Supervision.MonthlyMinutes", "1e3", "1e3");
  assert_override_fails (rules, "Supervision.MonthlyMinutes", "90.5", "whole number");
  assert_override_fails (rules, "Supervision.MonthlyMinutes", "0", "from 1");
  assert_override_fails (rules, "Supervision.MaxGroupShare", "101", "percent");
  assert_override_fails (rules, "Supervision.ClientHoursPerSupervisionHour", "-6", "-6");
  assert_override_fails (rules, "Supervision.ClientHoursPerSupervisionHour", "0", "from 1");
  assert_override_fails (rules, "Supervision.ClientHoursPerSupervisionHour", "6.125", "6.125");
  assert_override_fails (rules, "Supervision.GroupCredit", "half", "“half”");
  assert_override_fails (rules, "Supervision.MaxGapDays", "0", "days from 1 to 366");
  assert_override_fails (rules, "Supervision.MaxGapDays", "367", "“367”");
  assert_override_fails (rules, "Supervision.MaxGapDays", "-28", "“-28”");
  assert_override_fails (rules, "Supervision.MaxGapDays", "4w", "“4w”");
  assert_override_fails (rules, "Supervision.MaxGapDays", "28.5", "whole number");
  assert_override_fails (rules, "CPD.PeriodMonths", "1000", "months");
  assert_override_fails (rules, "CPD.MinKinds", "6", "1 to 5");
  assert_override_fails (rules, "CPD.Hours", "30", "not a rule");
  assert_override_fails (rules, "Body.Name", "Mine", "not a rule");
  assert_override_fails (rules, "MonthlyMinutes", "90", "Supervision.MonthlyMinutes");
  g_assert_cmpint (rules->max_group_share_percent, ==, 0);
  g_assert_cmpint (rules->max_gap_days, ==, 14);
}

static void
test_copy_and_values (void)
{
  g_autoptr (EthosBodyRules) ukcp = load_body_for ("ukcp", "registrant", ETHOS_PRACTICE_NOT_SET);
  g_autoptr (EthosBodyRules) copy = ethos_body_rules_copy (ukcp);
  g_autofree char *target = NULL;
  g_autofree char *monthly = NULL;

  g_assert_cmpstr (copy->name, ==, ukcp->name);
  g_assert_true (copy->name != ukcp->name);
  g_assert_true (ethos_body_rules_override (copy, "CPD.TargetMinutes", "12000", NULL));
  g_assert_cmpint (ukcp->cpd_target_minutes, ==, 15000);
  target = ethos_body_rules_get_value (copy, "CPD.TargetMinutes");
  g_assert_cmpstr (target, ==, "12000");
  monthly = ethos_body_rules_get_value (copy, "Supervision.MonthlyMinutes");
  g_assert_null (monthly);
}

static void
test_bad_files (void)
{
  g_autoptr (EthosBodyRules) empty_values = NULL;
  g_autoptr (GError) error = NULL;

  assert_parse_fails ("[Supervision]\nMonthlyMinutes=90\n", "[Body]");
  assert_parse_fails ("", "[Body]");
  assert_parse_fails ("this is not a key file\n", "key file");
  assert_parse_fails ("[Body]\nId=x\nName=X body\nShortName=X\n[Supervision]\n"
                      "MonthlyMinutes=ninety\n",
                      "Supervision.MonthlyMinutes takes a whole number");
  assert_parse_fails ("[Body]\nId=x\nName=X body\nShortName=X\n[CPD]\nTargetMinutes=-1800\n",
                      "“-1800”");
  assert_parse_fails ("[Body]\nId=x\nName=X body\nShortName=X\n[Supervision]\n"
                      "MonthlyMinutes=100000\n",
                      "Body file “x”");
  assert_parse_fails ("[Body]\nId=x\nName=X body\nShortName=X\n[Supervision]\n"
                      "MonthlyMinute=90\n",
                      "no key “MonthlyMinute”");
  assert_parse_fails ("[Body]\nId=x\nName=X body\nShortName=X\n[Supervison]\n", "[Supervison]");
  assert_parse_fails ("[Body]\nName=X body\nShortName=X\n", "Id");
  assert_parse_fails ("[Body]\nId=Has Spaces\nName=X body\nShortName=X\n", "“Has Spaces”");
  assert_parse_fails ("[Body]\nId=x\nShortName=X\n", "Name");
  assert_parse_fails ("[Body]\nId=x\nName=X body\nShortName=X\n[Supervision]\n"
                      "GroupCredit=generous\n",
                      "“generous”");

  assert_parse_fails ("[Body]\nId=x\nName=X body\nShortName=X\n[Supervision]\n"
                      "MaxGapDays=0\n",
                      "Supervision.MaxGapDays takes a whole number of days from 1 to 366");
  assert_parse_fails ("[Body]\nId=x\nName=X body\nShortName=X\n[Supervision]\n"
                      "MaxGapDays=400\n",
                      "Body file “x”: Supervision.MaxGapDays");
  assert_parse_fails ("[Body]\nId=x\nName=X body\nShortName=X\n[Supervision]\n"
                      "MaxGapDays=a month\n",
                      "“a month”");
  assert_parse_fails ("[Body]\nId=x\nName=X body\nShortName=X\n[Supervision]\n"
                      "MaxGapDay=28\n",
                      "no key “MaxGapDay”");
  /* MaxGapDays belongs to [Supervision], not [CPD]. */
  assert_parse_fails ("[Body]\nId=x\nName=X body\nShortName=X\n[CPD]\nMaxGapDays=28\n",
                      "[CPD] has no key “MaxGapDays”");

  /* An empty value is "not set"; a translated name is allowed. */
  empty_values = parse_string ("[Body]\nId=x\nName=X body\nName[cy]=Corff X\nShortName=X\n"
                               "[Supervision]\nMonthlyMinutes=\n[CPD]\nPeriodMonths=12\n",
                               &error);
  g_assert_no_error (error);
  g_assert_cmpint (empty_values->monthly_minutes, ==, ETHOS_RULE_NOT_SET);
  g_assert_cmpint (empty_values->cpd_period_months, ==, 12);
  g_assert_cmpstr (empty_values->source, ==, "");
}

static void
test_max_gap_days (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosBodyRules) fortnightly = NULL;
  g_autoptr (EthosBodyRules) yearly = NULL;
  g_autoptr (EthosBodyRules) daily = NULL;
  g_autoptr (EthosBodyRules) empty = NULL;
  g_autofree char *value = NULL;

  fortnightly = parse_string ("[Body]\nId=x\nName=X body\nShortName=X\n[Supervision]\n"
                              "MonthlyMinutes=60\nMaxGapDays=14\n",
                              &error);
  g_assert_no_error (error);
  g_assert_cmpint (fortnightly->max_gap_days, ==, 14);
  g_assert_cmpint (fortnightly->monthly_minutes, ==, 60);
  value = ethos_body_rules_get_value (fortnightly, "Supervision.MaxGapDays");
  g_assert_cmpstr (value, ==, "14");

  /* The bounds themselves are accepted. */
  yearly = parse_string ("[Body]\nId=x\nName=X body\nShortName=X\n[Supervision]\n"
                         "MaxGapDays= 366 \n",
                         &error);
  g_assert_no_error (error);
  g_assert_cmpint (yearly->max_gap_days, ==, 366);
  daily = parse_string ("[Body]\nId=x\nName=X body\nShortName=X\n[Supervision]\nMaxGapDays=1\n",
                        &error);
  g_assert_no_error (error);
  g_assert_cmpint (daily->max_gap_days, ==, 1);

  /* Missing or empty: not set. */
  empty = parse_string ("[Body]\nId=x\nName=X body\nShortName=X\n[Supervision]\nMaxGapDays=\n",
                        &error);
  g_assert_no_error (error);
  g_assert_cmpint (empty->max_gap_days, ==, ETHOS_RULE_NOT_SET);
  g_assert_null (ethos_body_rules_get_value (empty, "Supervision.MaxGapDays"));
  g_assert_true (g_strv_contains (ethos_body_rule_keys, "Supervision.MaxGapDays"));
}

/* Supervision month totals */

static EthosMonthTotal *
month (GArray *totals, guint i)
{
  g_assert_cmpuint (i, <, totals->len);
  return &g_array_index (totals, EthosMonthTotal, i);
}

static void
test_months_not_averaged (void)
{
  g_autoptr (EthosBodyRules) bacp = load_body_for ("bacp", "accredited", ETHOS_PRACTICE_FULL_TIME);
  const EthosSupervisionFact facts[] = {
    { "2025-01-08", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 },
    { "2025-01-22", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 },
    { "2024-12-31", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 }, /* before the range */
    { "2025-05-01", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 }, /* after it */
    { "2025-13-01", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 }, /* not a date: left out */
  };
  g_autoptr (GArray) totals = ethos_supervision_month_totals (bacp, facts, G_N_ELEMENTS (facts),
                                                              "2025-01", "2025-04");

  /* 180 minutes in January and none in February average 90, but February is still short. */
  g_assert_cmpuint (totals->len, ==, 4);
  g_assert_cmpstr (month (totals, 0)->month, ==, "2025-01");
  g_assert_cmpuint (month (totals, 0)->n_sessions, ==, 2);
  g_assert_cmpint (month (totals, 0)->minutes, ==, 180);
  g_assert_cmpint (month (totals, 0)->credited_minutes, ==, 180);
  g_assert_cmpint (month (totals, 0)->target_minutes, ==, 90);
  g_assert_cmpint (month (totals, 0)->minimum, ==, ETHOS_CHECK_MET);
  for (guint i = 1; i < 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("2025-%02u", i + 1);

      g_assert_cmpstr (month (totals, i)->month, ==, name);
      g_assert_cmpuint (month (totals, i)->n_sessions, ==, 0);
      g_assert_cmpint (month (totals, i)->credited_minutes, ==, 0);
      g_assert_cmpint (month (totals, i)->minimum, ==, ETHOS_CHECK_NOT_MET);
      g_assert_cmpint (month (totals, i)->client_minutes, ==, -1);
    }
  /* BACP has no ratio or group share. */
  g_assert_cmpint (month (totals, 0)->ratio, ==, ETHOS_CHECK_NOT_SET);
  g_assert_cmpint (month (totals, 0)->ratio_target_minutes, ==, ETHOS_RULE_NOT_SET);
  g_assert_cmpint (month (totals, 0)->group_share, ==, ETHOS_CHECK_NOT_SET);
}

static void
test_months_credited (void)
{
  g_autoptr (EthosBodyRules) bacp = load_body_for ("bacp", "accredited", ETHOS_PRACTICE_FULL_TIME);
  g_autoptr (EthosBodyRules) seed = load_body ("atrium");
  /* 120 minutes in a group of 6 is 20 credited; with 60 individual, 80 < 90 though 180 spent. */
  const EthosSupervisionFact facts[] = {
    { "2025-03-03", 120, ETHOS_SUPERVISION_FORMAT_GROUP, 6, -1 },
    { "2025-03-17", 60, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 },
    { "2025-04-02", 120, ETHOS_SUPERVISION_FORMAT_GROUP, 3, -1 },
    { "2025-04-20", 30, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 },
  };
  g_autoptr (GArray) totals = ethos_supervision_month_totals (bacp, facts, G_N_ELEMENTS (facts),
                                                              "2025-03", "2025-04");
  g_autoptr (GArray) seed_totals = NULL;
  g_autoptr (GArray) backwards = NULL;

  g_assert_cmpint (month (totals, 0)->minutes, ==, 180);
  g_assert_cmpint (month (totals, 0)->credited_minutes, ==, 80);
  g_assert_cmpint (month (totals, 0)->group_minutes, ==, 20);
  g_assert_cmpint (month (totals, 0)->minimum, ==, ETHOS_CHECK_NOT_MET);
  g_assert_cmpint (month (totals, 1)->credited_minutes, ==, 90);
  g_assert_cmpint (month (totals, 1)->minimum, ==, ETHOS_CHECK_MET);

  /* A body with no number: nothing is met or missed. */
  seed_totals = ethos_supervision_month_totals (seed, facts, G_N_ELEMENTS (facts), "2025-03",
                                                "2025-03");
  g_assert_cmpuint (seed_totals->len, ==, 1);
  g_assert_cmpint (month (seed_totals, 0)->credited_minutes, ==, 180);
  g_assert_cmpint (month (seed_totals, 0)->target_minutes, ==, ETHOS_RULE_NOT_SET);
  g_assert_cmpint (month (seed_totals, 0)->minimum, ==, ETHOS_CHECK_NOT_SET);

  backwards = ethos_supervision_month_totals (bacp, facts, G_N_ELEMENTS (facts), "2025-04",
                                              "2025-03");
  g_assert_cmpuint (backwards->len, ==, 0);
}

static void
test_months_across_years (void)
{
  g_autoptr (EthosBodyRules) bacp = load_body_for ("bacp", "accredited", ETHOS_PRACTICE_FULL_TIME);
  g_autoptr (GArray) totals = ethos_supervision_month_totals (bacp, NULL, 0, "2024-11", "2025-02");

  g_assert_cmpuint (totals->len, ==, 4);
  g_assert_cmpstr (month (totals, 0)->month, ==, "2024-11");
  g_assert_cmpstr (month (totals, 1)->month, ==, "2024-12");
  g_assert_cmpstr (month (totals, 2)->month, ==, "2025-01");
  g_assert_cmpstr (month (totals, 3)->month, ==, "2025-02");
}

static void
test_cosrt_ratio_and_share (void)
{
  g_autoptr (EthosBodyRules) cosrt = load_body_for ("cosrt", "pre-accreditation",
                                                    ETHOS_PRACTICE_NOT_SET);
  const EthosSupervisionFact facts[] = {
    /* May: 30 client hours, 5 hours of supervision, 1 of them in a group: 20%. */
    { "2025-05-06", 120, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, 900 },
    { "2025-05-20", 120, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, 900 },
    { "2025-05-27", 60, ETHOS_SUPERVISION_FORMAT_GROUP, 5, -1 },
    /* June: 30 client hours, 4 hours of supervision: short; 1.5 of 4.5 in a group: 34%. */
    { "2025-06-10", 180, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, 1800 },
    { "2025-06-24", 90, ETHOS_SUPERVISION_FORMAT_PEER, 3, -1 },
    /* July: exactly a quarter in a group; no client hours recorded. */
    { "2025-07-01", 180, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1 },
    { "2025-07-15", 60, ETHOS_SUPERVISION_FORMAT_GROUP, 4, -1 },
    /* August: client hours recorded as none. */
    { "2025-08-12", 60, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, 0 },
  };
  g_autoptr (GArray) totals = NULL;

  /* Group time as it is, so that the figures below show the ratio and the share alone (COSRT's
   * own group credit: /body-rules/credit). */
  g_assert_true (ethos_body_rules_override (cosrt, "Supervision.GroupCredit", "full", NULL));
  totals = ethos_supervision_month_totals (cosrt, facts, G_N_ELEMENTS (facts), "2025-05",
                                           "2025-09");

  g_assert_cmpint (month (totals, 0)->client_minutes, ==, 1800);
  g_assert_cmpint (month (totals, 0)->ratio_target_minutes, ==, 300);
  g_assert_cmpint (month (totals, 0)->credited_minutes, ==, 300);
  g_assert_cmpint (month (totals, 0)->ratio, ==, ETHOS_CHECK_MET);
  g_assert_cmpint (month (totals, 0)->group_share_percent, ==, 20);
  g_assert_cmpint (month (totals, 0)->group_share, ==, ETHOS_CHECK_MET);
  g_assert_cmpint (month (totals, 0)->minimum, ==, ETHOS_CHECK_NOT_SET);

  g_assert_cmpint (month (totals, 1)->ratio_target_minutes, ==, 300);
  g_assert_cmpint (month (totals, 1)->credited_minutes, ==, 270);
  g_assert_cmpint (month (totals, 1)->ratio, ==, ETHOS_CHECK_NOT_MET);
  g_assert_cmpint (month (totals, 1)->group_minutes, ==, 90);
  g_assert_cmpint (month (totals, 1)->group_share_percent, ==, 34);
  g_assert_cmpint (month (totals, 1)->group_share, ==, ETHOS_CHECK_NOT_MET);

  g_assert_cmpint (month (totals, 2)->group_share_percent, ==, 25);
  g_assert_cmpint (month (totals, 2)->group_share, ==, ETHOS_CHECK_MET);
  g_assert_cmpint (month (totals, 2)->client_minutes, ==, -1);
  g_assert_cmpint (month (totals, 2)->ratio, ==, ETHOS_CHECK_UNKNOWN);

  g_assert_cmpint (month (totals, 3)->client_minutes, ==, 0);
  g_assert_cmpint (month (totals, 3)->ratio_target_minutes, ==, 0);
  g_assert_cmpint (month (totals, 3)->ratio, ==, ETHOS_CHECK_MET);

  /* September: no supervision, no share to exceed, no client hours known. */
  g_assert_cmpint (month (totals, 4)->group_share_percent, ==, 0);
  g_assert_cmpint (month (totals, 4)->group_share, ==, ETHOS_CHECK_MET);
  g_assert_cmpint (month (totals, 4)->ratio, ==, ETHOS_CHECK_UNKNOWN);
}

static void
test_ratio_rounds_up (void)
{
  g_autoptr (EthosBodyRules) rules = load_body_for ("cosrt", "pre-accreditation", ETHOS_PRACTICE_NOT_SET);
  const EthosSupervisionFact facts[] = {
    { "2025-05-06", 60, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, 400 },
  };
  g_autoptr (GArray) totals = NULL;

  /* 400 client minutes at 7.5 to 1 ask for 53.3 minutes: 54 are needed, and 60 meet it. */
  g_assert_true (ethos_body_rules_override (rules, "Supervision.ClientHoursPerSupervisionHour",
                                            "7.5", NULL));
  totals = ethos_supervision_month_totals (rules, facts, 1, "2025-05", "2025-05");
  g_assert_cmpint (month (totals, 0)->ratio_target_minutes, ==, 54);
  g_assert_cmpint (month (totals, 0)->ratio, ==, ETHOS_CHECK_MET);
}

/* CPD periods */

static EthosCpdPeriod *
period (GArray *periods, guint i)
{
  g_assert_cmpuint (i, <, periods->len);
  return &g_array_index (periods, EthosCpdPeriod, i);
}

typedef struct
{
  const char *period_start;
  int         minutes;
} Opening;

static int
opening_for (const char *period_start, gpointer user_data)
{
  const Opening *opening = user_data;

  return g_strcmp0 (opening->period_start, period_start) == 0 ? opening->minutes : 0;
}

static void
test_cpd_opening_balance (void)
{
  g_autoptr (EthosBodyRules) ncps = load_body_for ("ncps", "registrant", ETHOS_PRACTICE_FULL_TIME);
  const EthosCpdFact facts[] = {
    { "2025-05-10", "", 600, "formal" },
    { "2025-09-01", "2025-09-03", 600, "formal" },
    { "2026-04-01", "", 300, "self-directed" }, /* the next period */
    { "2027-01-01", "", 300, "self-directed" }, /* after "as of" */
  };
  Opening opening = { "2025-04-01", 720 };
  g_autoptr (GArray) periods = ethos_cpd_periods (ncps, facts, G_N_ELEMENTS (facts), "2023-04-01",
                                                  "2025-06-01", "2026-06-30", opening_for,
                                                  &opening);
  g_autoptr (GArray) without = NULL;

  g_assert_cmpuint (periods->len, ==, 2);
  g_assert_cmpstr (period (periods, 0)->period_start, ==, "2025-04-01");
  g_assert_cmpstr (period (periods, 0)->period_end, ==, "2026-03-31");
  g_assert_cmpint (period (periods, 0)->opening_minutes, ==, 720);
  g_assert_cmpint (period (periods, 0)->minutes, ==, 1920);
  g_assert_cmpuint (period (periods, 0)->n_activities, ==, 2);
  g_assert_cmpint (period (periods, 0)->target_minutes, ==, 1800);
  g_assert_cmpint (period (periods, 0)->target, ==, ETHOS_CHECK_MET);
  g_assert_cmpint (period (periods, 0)->kinds, ==, ETHOS_CHECK_NOT_SET);
  g_assert_cmpint (period (periods, 0)->annual, ==, ETHOS_CHECK_NOT_SET);
  g_assert_cmpint (period (periods, 0)->no_gaps, ==, ETHOS_CHECK_NOT_SET);
  g_assert_cmpuint (period (periods, 0)->gaps->len, ==, 0);

  g_assert_cmpstr (period (periods, 1)->period_start, ==, "2026-04-01");
  g_assert_cmpint (period (periods, 1)->opening_minutes, ==, 0);
  g_assert_cmpint (period (periods, 1)->minutes, ==, 300);
  g_assert_cmpint (period (periods, 1)->target, ==, ETHOS_CHECK_NOT_MET);

  /* Without the opening balance the first period is short. */
  without = ethos_cpd_periods (ncps, facts, G_N_ELEMENTS (facts), "2023-04-01", "2025-06-01",
                               "2026-03-31", NULL, NULL);
  g_assert_cmpuint (without->len, ==, 1);
  g_assert_cmpint (period (without, 0)->minutes, ==, 1200);
  g_assert_cmpint (period (without, 0)->target, ==, ETHOS_CHECK_NOT_MET);
}

static void
test_hcpc_gaps_and_kinds (void)
{
  g_autoptr (EthosBodyRules) hcpc = load_body ("hcpc");
  const EthosCpdFact facts[] = {
    { "2024-06-10", "", 180, "formal" },
    /* 2 months without CPD: not flagged */
    { "2024-08-12", "", 60, "formal" },
    /* 2024-08-13 to 2024-11-30, three and a half months: flagged */
    { "2024-12-01", "2024-12-05", 600, "work-based" },
    /* 2024-12-06 to 2025-03-05: exactly 3 months: flagged */
    { "2025-03-06", "", 60, "formal" },
    /* 2025-03-07 to 2025-06-05: a day short of 3 months */
    { "2025-06-06", "", 60, "self-directed" },
  };
  g_autoptr (GArray) periods = ethos_cpd_periods (hcpc, facts, G_N_ELEMENTS (facts), "2024-06-01",
                                                  "2024-06-01", "2025-08-31", NULL, NULL);
  g_autoptr (GArray) later = NULL;
  g_autoptr (GArray) one_kind = NULL;
  EthosCpdPeriod *p;

  g_assert_cmpuint (periods->len, ==, 1);
  p = period (periods, 0);
  g_assert_cmpstr (p->period_start, ==, "2024-06-01");
  g_assert_cmpstr (p->period_end, ==, "2026-05-31");
  g_assert_cmpint (p->minutes, ==, 960);
  g_assert_cmpint (p->target, ==, ETHOS_CHECK_NOT_SET);
  g_assert_cmpuint (p->n_kinds, ==, 3);
  g_assert_cmpint (p->kinds, ==, ETHOS_CHECK_MET);
  /* Up to "as of" (2025-08-31) the stretch since 2025-06-07 is under 3 months. */
  g_assert_cmpuint (p->gaps->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (p->gaps, 0), ==, "2024-08-13..2024-11-30");
  g_assert_cmpstr (g_ptr_array_index (p->gaps, 1), ==, "2024-12-06..2025-03-05");
  g_assert_cmpint (p->no_gaps, ==, ETHOS_CHECK_NOT_MET);

  /* Later in the cycle the stretch since the last activity has become a gap. */
  later = ethos_cpd_periods (hcpc, facts, G_N_ELEMENTS (facts), "2024-06-01", "2024-06-01",
                             "2025-09-30", NULL, NULL);
  g_assert_cmpuint (period (later, 0)->gaps->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (period (later, 0)->gaps, 2), ==, "2025-06-07..2025-09-30");

  /* One kind only is short of HCPC's two. */
  one_kind = ethos_cpd_periods (hcpc, facts + 1, 1, "2024-06-01", "2024-06-01", "2024-11-30",
                                NULL, NULL);
  p = period (one_kind, 0);
  g_assert_cmpuint (p->n_kinds, ==, 1);
  g_assert_cmpint (p->kinds, ==, ETHOS_CHECK_NOT_MET);
  g_assert_cmpuint (p->gaps->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (p->gaps, 0), ==, "2024-08-13..2024-11-30");
}

static void
test_gap_with_opening_balance (void)
{
  g_autoptr (EthosBodyRules) hcpc = load_body ("hcpc");
  const EthosCpdFact facts[] = { { "2024-11-01", "", 60, "formal" } };
  Opening opening = { "2024-06-01", 600 };
  g_autoptr (GArray) periods = NULL;
  g_autoptr (GArray) without = NULL;

  /* Without a balance, the five months from the start of the cycle are a gap. */
  without = ethos_cpd_periods (hcpc, facts, 1, "2024-06-01", "2024-06-01", "2024-12-31", NULL,
                               NULL);
  g_assert_cmpuint (period (without, 0)->gaps->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (period (without, 0)->gaps, 0), ==,
                   "2024-06-01..2024-10-31");

  /* The balance was done before the diary began, on days it does not know: those five months
   * are not taken for a gap. */
  periods = ethos_cpd_periods (hcpc, facts, 1, "2024-06-01", "2024-06-01", "2024-12-31",
                               opening_for, &opening);
  g_assert_cmpuint (period (periods, 0)->gaps->len, ==, 0);
  g_assert_cmpint (period (periods, 0)->minutes, ==, 660);
}

static void
test_ukcp_years (void)
{
  g_autoptr (EthosBodyRules) ukcp = load_body_for ("ukcp", "registrant", ETHOS_PRACTICE_NOT_SET);
  const EthosCpdFact facts[] = {
    { "2020-03-01", "", 3000, "formal" },
    { "2021-03-01", "", 3000, "formal" },
    { "2022-03-01", "", 600, "formal" }, /* a short year */
    { "2023-03-01", "", 3000, "formal" },
    { "2024-03-01", "", 3000, "formal" },
  };
  Opening opening = { "2020-01-01", 1500 };
  g_autoptr (GArray) periods = ethos_cpd_periods (ukcp, facts, G_N_ELEMENTS (facts), "2020-01-01",
                                                  "2024-12-31", "2024-12-31", NULL, NULL);
  g_autoptr (GArray) early = NULL;
  g_autoptr (GArray) with_opening = NULL;
  EthosCpdPeriod *p = period (periods, 0);

  g_assert_cmpuint (periods->len, ==, 1);
  g_assert_cmpstr (p->period_start, ==, "2020-01-01");
  g_assert_cmpstr (p->period_end, ==, "2024-12-31");
  g_assert_cmpint (p->minutes, ==, 12600);
  g_assert_cmpint (p->target, ==, ETHOS_CHECK_NOT_MET);
  g_assert_cmpint (p->annual, ==, ETHOS_CHECK_NOT_MET);
  g_assert_cmpuint (p->short_years->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (p->short_years, 0), ==, "2022-01-01..2022-12-31");

  /* Part way through the period, years not yet begun are not judged. */
  early = ethos_cpd_periods (ukcp, facts, G_N_ELEMENTS (facts), "2020-01-01", "2021-06-30",
                             "2021-06-30", NULL, NULL);
  g_assert_cmpuint (period (early, 0)->short_years->len, ==, 0);
  g_assert_cmpint (period (early, 0)->annual, ==, ETHOS_CHECK_MET);

  /* An opening balance fills the earliest years first: 20 of its 25 hours make 2020 whole, the
   * other 5 are not enough for 2022. */
  with_opening = ethos_cpd_periods (ukcp, facts + 1, G_N_ELEMENTS (facts) - 1, "2020-01-01",
                                    "2020-01-01", "2024-12-31", opening_for, &opening);
  p = period (with_opening, 0);
  g_assert_cmpint (p->minutes, ==, 11100);
  g_assert_cmpuint (p->short_years->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (p->short_years, 0), ==, "2022-01-01..2022-12-31");
}

static void
test_period_months_clamp (void)
{
  g_autoptr (EthosBodyRules) rules = load_body_for ("ncps", "registrant", ETHOS_PRACTICE_FULL_TIME);
  g_autoptr (GArray) monthly = NULL;
  char start[11], end[11];

  /* 12 months from 29 February: 28 February in other years, 29 again in leap years. */
  g_assert_true (ethos_cpd_period_bounds (rules, "2024-02-29", "2025-03-01", start, end));
  g_assert_cmpstr (start, ==, "2025-02-28");
  g_assert_cmpstr (end, ==, "2026-02-27");
  g_assert_true (ethos_cpd_period_bounds (rules, "2024-02-29", "2028-03-01", start, end));
  g_assert_cmpstr (start, ==, "2028-02-29");
  g_assert_true (ethos_cpd_period_bounds (rules, "2024-02-29", "2024-02-28", start, end));
  g_assert_cmpstr (start, ==, "2023-02-28");
  g_assert_cmpstr (end, ==, "2024-02-28");
  /* The anchor may be later than the date asked about. */
  g_assert_true (ethos_cpd_period_bounds (rules, "2030-06-15", "2025-06-14", start, end));
  g_assert_cmpstr (start, ==, "2024-06-15");
  g_assert_cmpstr (end, ==, "2025-06-14");

  /* Monthly periods from 31 January do not drift to the 28th after February. */
  g_assert_true (ethos_body_rules_override (rules, "CPD.PeriodMonths", "1", NULL));
  monthly = ethos_cpd_periods (rules, NULL, 0, "2024-01-31", "2024-02-10", "2024-04-29", NULL,
                               NULL);
  g_assert_cmpuint (monthly->len, ==, 3);
  g_assert_cmpstr (period (monthly, 0)->period_start, ==, "2024-01-31");
  g_assert_cmpstr (period (monthly, 0)->period_end, ==, "2024-02-28");
  g_assert_cmpstr (period (monthly, 1)->period_start, ==, "2024-02-29");
  g_assert_cmpstr (period (monthly, 1)->period_end, ==, "2024-03-30");
  g_assert_cmpstr (period (monthly, 2)->period_start, ==, "2024-03-31");
  g_assert_cmpstr (period (monthly, 2)->period_end, ==, "2024-04-29");

  g_assert_true (ethos_body_rules_override (rules, "CPD.PeriodMonths", "", NULL));
  g_assert_false (ethos_cpd_period_bounds (rules, "2024-01-31", "2024-02-10", start, end));
}

static void
test_no_period_length (void)
{
  g_autoptr (EthosBodyRules) bacp = load_body_for ("bacp", "accredited", ETHOS_PRACTICE_FULL_TIME);
  const EthosCpdFact facts[] = {
    { "2024-12-31", "", 60, "formal" },
    { "2025-02-01", "", 90, "formal" },
    { "2025-03-01", "", 30, "other" },
  };
  Opening opening = { "2025-01-01", 45 };
  g_autoptr (GArray) periods = ethos_cpd_periods (bacp, facts, G_N_ELEMENTS (facts), NULL,
                                                  "2025-01-01", "2025-12-31", opening_for,
                                                  &opening);

  /* BACP sets no cycle: the range asked for is the one period; nothing is met or missed. */
  g_assert_cmpuint (periods->len, ==, 1);
  g_assert_cmpstr (period (periods, 0)->period_start, ==, "2025-01-01");
  g_assert_cmpstr (period (periods, 0)->period_end, ==, "2025-12-31");
  g_assert_cmpint (period (periods, 0)->minutes, ==, 165);
  g_assert_cmpuint (period (periods, 0)->n_kinds, ==, 2);
  g_assert_cmpint (period (periods, 0)->target, ==, ETHOS_CHECK_NOT_SET);
  g_assert_cmpint (period (periods, 0)->kinds, ==, ETHOS_CHECK_NOT_SET);
}

/* What Preferences says when a number is out of range comes from these: the same bounds the
 * rules themselves refuse at. */
static void
test_rule_bounds (void)
{
  static const char text[] = "[Body]\nId=x\nName=X\nShortName=X\n";
  g_autoptr (GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr (EthosBodyRules) rules = ethos_body_rules_parse (bytes, NULL);
  int min = 0, max = 0;

  g_assert_nonnull (rules);
  g_assert_true (ethos_body_rule_bounds ("Supervision.MonthlyMinutes", &min, &max));
  g_assert_cmpint (min, ==, 1);
  g_assert_cmpint (max, ==, 6000);
  g_assert_true (ethos_body_rules_override (rules, "Supervision.MonthlyMinutes", "6000", NULL));
  g_assert_false (ethos_body_rules_override (rules, "Supervision.MonthlyMinutes", "6001", NULL));
  g_assert_true (ethos_body_rule_bounds ("Supervision.MaxGapDays", &min, &max));
  g_assert_cmpint (max, ==, 366);
  g_assert_false (ethos_body_rule_bounds ("Supervision.GroupCredit", &min, &max));
  g_assert_false (ethos_body_rule_bounds ("Supervision.Nonsense", &min, &max));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/body-rules/shipped/parse", test_shipped_parse);
  g_test_add_func ("/body-rules/shipped/numbers", test_shipped_numbers);
  g_test_add_func ("/body-rules/shipped/seed-bodies-not-set", test_seed_bodies_not_set);
  g_test_add_func ("/body-rules/credit", test_credit);
  g_test_add_func ("/body-rules/override", test_override);
  g_test_add_func ("/body-rules/copy-and-values", test_copy_and_values);
  g_test_add_func ("/body-rules/bad-files", test_bad_files);
  g_test_add_func ("/body-rules/max-gap-days", test_max_gap_days);
  g_test_add_func ("/diary-totals/months/not-averaged", test_months_not_averaged);
  g_test_add_func ("/diary-totals/months/credited", test_months_credited);
  g_test_add_func ("/diary-totals/months/across-years", test_months_across_years);
  g_test_add_func ("/diary-totals/months/cosrt-ratio-and-share", test_cosrt_ratio_and_share);
  g_test_add_func ("/diary-totals/months/ratio-rounds-up", test_ratio_rounds_up);
  g_test_add_func ("/diary-totals/cpd/opening-balance", test_cpd_opening_balance);
  g_test_add_func ("/diary-totals/cpd/hcpc-gaps-and-kinds", test_hcpc_gaps_and_kinds);
  g_test_add_func ("/diary-totals/cpd/gap-with-opening-balance", test_gap_with_opening_balance);
  g_test_add_func ("/diary-totals/cpd/ukcp-years", test_ukcp_years);
  g_test_add_func ("/diary-totals/cpd/period-months-clamp", test_period_months_clamp);
  g_test_add_func ("/diary-totals/cpd/no-period-length", test_no_period_length);
  g_test_add_func ("/body-rules/bounds", test_rule_bounds);

  return g_test_run ();
}
