/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-body-classes"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "ethos-body-rules.h"

/* Whom each body's rules bind, as the bodies publish it: one row per body, membership class and
 * practice, naming the rule, what binds that practitioner, and the source it is read from. A
 * rule the body sets for others only is "not for you" (and says whom it is for), never applied;
 * while the practitioner has not given their class it is not known. */

typedef enum
{
  BINDS,     /* the rule binds, with this value */
  FOR_OTHERS,/* set for other classes or practice: not applied, and whom it is for is said */
  NO_CLASS,  /* set for some classes, and no class is given: not known */
  NOT_SET,   /* the body sets no number for anyone */
} Expect;

typedef struct
{
  const char   *body;
  const char   *membership_class;
  EthosPractice practice;
  int           percent;
  const char   *rule;
  Expect        expect;
  const char   *value;  /* BINDS: the value; FOR_OTHERS: a word of whom it is for */
  const char   *source; /* a part of the source it names */
} Row;

#define FULL ETHOS_PRACTICE_FULL_TIME
#define PART ETHOS_PRACTICE_PART_TIME
#define ANY  ETHOS_PRACTICE_NOT_SET

static const Row rows[] = {
  /* BACP: 1.5 hours a calendar month for accredited members seeing clients, students and those
   * counting hours towards accreditation; no number for other members. */
  { "bacp", "accredited", FULL, 0, "Supervision.MonthlyMinutes", BINDS, "90", "bacp.co.uk/supervision" },
  { "bacp", "senior-accredited", PART, 0, "Supervision.MonthlyMinutes", BINDS, "90", "the only exceptions" },
  { "bacp", "student", ANY, 0, "Supervision.MonthlyMinutes", BINDS, "90", "bacp.co.uk/supervision" },
  { "bacp", "applicant", ANY, 0, "Supervision.MonthlyMinutes", BINDS, "90", "bacp.co.uk/supervision" },
  { "bacp", "member", FULL, 0, "Supervision.MonthlyMinutes", FOR_OTHERS, "Accredited member", "bacp.co.uk/supervision" },
  { "bacp", "registered", FULL, 0, "Supervision.MonthlyMinutes", FOR_OTHERS, "Student", "bacp.co.uk/supervision" },
  { "bacp", NULL, FULL, 0, "Supervision.MonthlyMinutes", NO_CLASS, NULL, "bacp.co.uk/supervision" },
  /* BACP: a month with no clients is a break for those the minimum binds. */
  { "bacp", "accredited", FULL, 0, "Supervision.NoClientsBreak", BINDS, "true", "seeing clients" },
  { "bacp", "registered", FULL, 0, "Supervision.NoClientsBreak", FOR_OTHERS, "Accredited member", "seeing clients" },
  /* BACP: students on placement, 1 hour to 8 client hours and a session every 2 weeks. */
  { "bacp", "student", ANY, 0, "Supervision.ClientHoursPerSupervisionHour", BINDS, "8", "students on placements" },
  { "bacp", "student", ANY, 0, "Supervision.MaxGapDays", BINDS, "14", "students on placements" },
  { "bacp", "accredited", ANY, 0, "Supervision.MaxGapDays", FOR_OTHERS, "Student", "students on placements" },
  /* BACP's group credit is how anyone records group time. */
  { "bacp", "member", ANY, 0, "Supervision.GroupCredit", BINDS, "bacp", "group supervision" },
  { "bacp", "accredited", ANY, 0, "CPD.TargetMinutes", NOT_SET, NULL, "bacp.co.uk" },

  /* COSRT: groups of 4 or fewer count half, for everyone; the 1:6 ratio and the 25% group share
   * bind the pre-accreditation hours only. */
  { "cosrt", "accredited", ANY, 0, "Supervision.GroupCredit", BINDS, "bacp", "Can I count group supervision hours" },
  { "cosrt", "pre-accreditation", ANY, 0, "Supervision.ClientHoursPerSupervisionHour", BINDS, "6", "pre-accreditation period" },
  { "cosrt", "pre-accreditation", ANY, 0, "Supervision.MaxGroupShare", BINDS, "25", "accreditation-faq" },
  { "cosrt", "accredited", ANY, 0, "Supervision.ClientHoursPerSupervisionHour", FOR_OTHERS, "Member working towards accreditation", "pre-accreditation period" },
  { "cosrt", "member", ANY, 0, "Supervision.MaxGroupShare", FOR_OTHERS, "Member working towards accreditation", "accreditation-faq" },
  { "cosrt", NULL, ANY, 0, "Supervision.ClientHoursPerSupervisionHour", NO_CLASS, NULL, "accreditation-faq" },
  { "cosrt", "accredited", ANY, 0, "Supervision.MonthlyMinutes", NOT_SET, NULL, "cosrt 64" },

  /* NCPS: 1.5 hours a month "if in full time practice", and 30 hours of CPD a year, for
   * registrants. */
  { "ncps", "registrant", FULL, 0, "Supervision.MonthlyMinutes", BINDS, "90", "if in full time practice" },
  { "ncps", "senior-registrant", FULL, 0, "Supervision.MonthlyMinutes", BINDS, "90", "if in full time practice" },
  { "ncps", "registrant", PART, 0, "Supervision.MonthlyMinutes", FOR_OTHERS, "full-time practice", "if in full time practice" },
  { "ncps", "registrant", ANY, 0, "Supervision.MonthlyMinutes", FOR_OTHERS, "full-time practice", "if in full time practice" },
  { "ncps", "student", FULL, 0, "Supervision.MonthlyMinutes", FOR_OTHERS, "Accredited registrant", "if in full time practice" },
  { "ncps", "professional-registrant", PART, 0, "CPD.TargetMinutes", BINDS, "1800", "30 hours of varied CPD" },
  { "ncps", "member", PART, 0, "CPD.TargetMinutes", FOR_OTHERS, "Accredited registrant", "30 hours of varied CPD" },

  /* UKCP: 250 hours of CPD in 5 years, 20 a year, for registrants. */
  { "ukcp", "registrant", ANY, 0, "CPD.TargetMinutes", BINDS, "15000", "250 hours" },
  { "ukcp", "registrant", ANY, 0, "CPD.PeriodMonths", BINDS, "60", "upca.org.uk" },
  { "ukcp", "registrant", ANY, 0, "CPD.AnnualMinimumMinutes", BINDS, "1200", "Principles, Requirements" },
  { "ukcp", "trainee", ANY, 0, "CPD.TargetMinutes", FOR_OTHERS, "Registrant", "250 hours" },
  { "ukcp", "registrant", ANY, 0, "Supervision.MonthlyMinutes", NOT_SET, NULL, "upca.org.uk" },

  /* HCPC: a 2-year cycle, 2 kinds of activity, gaps of 3 months explained; no hours. */
  { "hcpc", "registrant", ANY, 0, "CPD.PeriodMonths", BINDS, "24", "hcpc-uk.org" },
  { "hcpc", "registrant", ANY, 0, "CPD.MinKinds", BINDS, "2", "mixture of learning types" },
  { "hcpc", "registrant", ANY, 0, "CPD.FlagGapMonths", BINDS, "3", "three consecutive months" },
  { "hcpc", "registrant", ANY, 0, "CPD.TargetMinutes", NOT_SET, NULL, "hcpc-uk.org" },

  /* BABCP: 1.5 hours a month in full-time practice, which may be an average; below half time,
   * pro rata down to 45 minutes; groups of up to six count in full. */
  { "babcp", "accredited", FULL, 0, "Supervision.MonthlyMinutes", BINDS, "90", "Supervision Guidance for Accredited Therapists" },
  { "babcp", "provisional", FULL, 0, "Supervision.AverageMonths", BINDS, "12", "Ethos's reading" },
  { "babcp", "accredited", PART, 60, "Supervision.MonthlyMinutes", BINDS, "90", "amounts of supervision" },
  { "babcp", "accredited", PART, 40, "Supervision.MonthlyMinutes", BINDS, "45", "amounts of supervision" },
  { "babcp", "accredited", PART, 10, "Supervision.MonthlyMinutes", BINDS, "45", "amounts of supervision" },
  { "babcp", "accredited", PART, 0, "Supervision.MonthlyMinutes", BINDS, "90", "amounts of supervision" },
  { "babcp", "member", FULL, 0, "Supervision.MonthlyMinutes", FOR_OTHERS, "Provisionally accredited", "amounts of supervision" },
  { "babcp", "member", FULL, 0, "Supervision.MaxGroupSize", BINDS, "6", "no more than six members" },
  { "babcp", "member", FULL, 0, "Supervision.GroupCredit", BINDS, "full", "no more than six members" },
  { "babcp", "accredited", FULL, 0, "CPD.PeriodMonths", BINDS, "12", "Accreditation Guidelines" },
  /* BABCP's CPD: at least 6 hours of CBT skills workshops, and five reflective statements. */
  { "babcp", "accredited", FULL, 0, "CPD.Topic", BINDS, "cbt-skills", "six hours of CBT skills" },
  { "babcp", "provisional", PART, 0, "CPD.TopicMinutes", BINDS, "360", "six hours of CBT skills" },
  { "babcp", "accredited", FULL, 0, "CPD.MinReflections", BINDS, "5", "Reflective Statement" },
  { "babcp", "member", FULL, 0, "CPD.MinReflections", FOR_OTHERS, "Accredited", "Reflective Statement" },
};

static GBytes *
body_file (const char *id)
{
  g_autofree char *name = g_strdup_printf ("%s.ini", id);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "bodies", name, NULL);
  g_autoptr (GError) error = NULL;
  char *text = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &text, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (text, length);
}

static void
test_row (gconstpointer data)
{
  const Row *row = data;
  EthosPractitioner practitioner = { row->membership_class, row->practice, row->percent };
  g_autoptr (GBytes) bytes = body_file (row->body);
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosBodyRules) rules = ethos_body_rules_parse_for (bytes, &practitioner, &error);
  g_autofree char *value = NULL;
  const EthosRuleScope *scope;
  const char *source;

  g_assert_no_error (error);
  g_assert_nonnull (rules);
  g_assert_cmpstr (rules->membership_class, ==, row->membership_class);
  value = ethos_body_rules_get_value (rules, row->rule);
  scope = ethos_body_rules_get_scope (rules, row->rule);
  source = scope != NULL ? scope->source : ethos_body_rules_get_source (rules, row->rule);
  if (strstr (source, row->source) == NULL)
    g_error ("%s %s: the source “%s” does not name “%s”", row->body, row->rule, source,
             row->source);

  switch (row->expect)
    {
    case BINDS:
      g_assert_cmpstr (value, ==, row->value);
      g_assert_null (scope);
      break;
    case FOR_OTHERS:
      /* Group credit is never "not set": only the numbers are left unapplied. */
      g_assert_null (value);
      g_assert_nonnull (scope);
      g_assert_false (scope->class_unknown);
      if (strstr (scope->classes != NULL ? scope->classes : "", row->value) == NULL
          && strstr (scope->practice != NULL ? scope->practice : "", row->value) == NULL)
        g_error ("%s %s: whom it is for (%s; %s) does not name “%s”", row->body, row->rule,
                 scope->classes, scope->practice, row->value);
      break;
    case NO_CLASS:
      g_assert_null (value);
      g_assert_nonnull (scope);
      g_assert_true (scope->class_unknown);
      break;
    case NOT_SET:
      g_assert_null (value);
      g_assert_null (scope);
      break;
    }
}

/* Every class a body names is read as given, and a class it does not name as none. */
static void
test_classes (void)
{
  static const struct
  {
    const char *body;
    const char *classes;
  } bodies[] = {
    { "bacp", "member registered accredited senior-accredited student applicant" },
    { "cosrt", "member pre-accreditation accredited" },
    { "ncps", "member student registrant professional-registrant senior-registrant" },
    { "ukcp", "trainee registrant" },
    { "hcpc", "registrant" },
    { "babcp", "member provisional accredited" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_auto (GStrv) ids = g_strsplit (bodies[i].classes, " ", -1);
      g_autoptr (GBytes) bytes = body_file (bodies[i].body);
      EthosPractitioner stranger = { "archbishop", ETHOS_PRACTICE_FULL_TIME, 0 };
      g_autoptr (EthosBodyRules) nobody = ethos_body_rules_parse_for (bytes, &stranger, NULL);

      g_assert_nonnull (nobody);
      g_assert_null (nobody->membership_class);
      g_assert_cmpuint (nobody->classes->len, ==, g_strv_length (ids));
      for (guint c = 0; ids[c] != NULL; c++)
        {
          EthosPractitioner practitioner = { ids[c], ETHOS_PRACTICE_FULL_TIME, 0 };
          g_autoptr (EthosBodyRules) rules = ethos_body_rules_parse_for (bytes, &practitioner,
                                                                         NULL);
          const EthosBodyClass *klass = g_ptr_array_index (rules->classes, c);

          g_assert_cmpstr (klass->id, ==, ids[c]);
          g_assert_cmpstr (rules->membership_class, ==, ids[c]);
          /* a name for people, not the id */
          g_assert_cmpstr (ethos_body_rules_class_name (rules, ids[c]), !=, ids[c]);
        }
    }
}

/* A scoped group that names a class the file does not list, or binds a bad number for others,
 * is refused whoever reads the file. */
static void
test_bad_scopes (void)
{
  static const char *const files[] = {
    "[Body]\nId=x\nName=X body\nShortName=X\n[Classes]\na=A\n[Supervision b]\nMonthlyMinutes=90\n",
    "[Body]\nId=x\nName=X body\nShortName=X\n[Classes]\na=A\n[Supervision a]\nMonthlyMinutes=0\n",
    "[Body]\nId=x\nName=X body\nShortName=X\n[Classes]\nfull-time=A\n",
    "[Body]\nId=x\nName=X body\nShortName=X\n[Supervision a]\nMonthlyMinutes=90\n",
    "[Body]\nId=x\nName=X body\nShortName=X\n[Supervision]\nNoClientsBreak=sometimes\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr (GBytes) bytes = g_bytes_new_static (files[i], strlen (files[i]));
      g_autoptr (GError) error = NULL;
      g_autoptr (EthosBodyRules) rules = ethos_body_rules_parse (bytes, &error);

      g_assert_null (rules);
      g_assert_error (error, G_KEY_FILE_ERROR, error->code);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *percent = rows[i].percent > 0 ? g_strdup_printf ("-%d", rows[i].percent)
                                                     : g_strdup ("");
      g_autofree char *path = g_strdup_printf ("/body-classes/%s/%s/%s%s/%s", rows[i].body,
                                               rows[i].membership_class != NULL
                                                 ? rows[i].membership_class : "no-class",
                                               ethos_practice_to_string (rows[i].practice),
                                               percent, rows[i].rule);

      g_test_add_data_func (path, &rows[i], test_row);
    }
  g_test_add_func ("/body-classes/classes", test_classes);
  g_test_add_func ("/body-classes/bad-scopes", test_bad_scopes);
  return g_test_run ();
}
