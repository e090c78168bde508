/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-standing"

#include "config.h"

#include <string.h>

#include "ethos-date.h"
#include "ethos-standing.h"

/* The standing evaluator: the one answer to "am I in good standing?" that the Overview, the CLI,
 * the notifier and the audit pack render. Each case is a situation a practitioner is in, and
 * what they must be told. */

static EthosBodyRules *
rules_from (const char *text)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  EthosBodyRules *rules = ethos_body_rules_parse (bytes, &error);

  g_assert_no_error (error);
  return rules;
}

/* COSRT's numbers as data/bodies/cosrt.ini has them. */
static EthosBodyRules *
cosrt (void)
{
  return rules_from ("[Body]\nId=cosrt\nName=College of Sexual and Relationship Therapists\n"
                     "ShortName=COSRT\nSource=cosrt 64\n"
                     "[Supervision]\nGroupCredit=full\nClientHoursPerSupervisionHour=6\n"
                     "MaxGroupShare=25\n");
}

static EthosBodyRules *
bacp (void)
{
  return rules_from ("[Body]\nId=bacp\nName=British Association\nShortName=BACP\n"
                     "Source=bacp.co.uk/supervision\n"
                     "[Supervision]\nMonthlyMinutes=90\nGroupCredit=bacp\n");
}

static EthosBodyRules *
ncps_cpd (void)
{
  return rules_from ("[Body]\nId=ncps\nName=National Society\nShortName=NCPS\nSource=ncps\n"
                     "[CPD]\nTargetMinutes=1800\nPeriodMonths=12\nFlagGapMonths=6\n");
}

typedef struct
{
  GDate                 today;
  GArray               *bodies;      /* EthosStandingBody */
  GPtrArray            *rules;
  GArray               *supervision; /* EthosSupervisionFact */
  GArray               *cpd;         /* EthosCpdFact */
  GPtrArray            *reminders;
  const char           *diary_start;
  const char           *last_supervision;
} Situation;

static void
situation_init (Situation *s, const char *today)
{
  memset (s, 0, sizeof *s);
  g_assert_true (ethos_date_parse (today, &s->today, NULL));
  s->bodies = g_array_new (FALSE, TRUE, sizeof (EthosStandingBody));
  s->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_body_rules_free);
  s->supervision = g_array_new (FALSE, TRUE, sizeof (EthosSupervisionFact));
  s->cpd = g_array_new (FALSE, TRUE, sizeof (EthosCpdFact));
  s->reminders = g_ptr_array_new_with_free_func (g_object_unref);
  s->diary_start = "2026-01-01";
}

static void
situation_clear (Situation *s)
{
  g_array_unref (s->bodies);
  g_ptr_array_unref (s->rules);
  g_array_unref (s->supervision);
  g_array_unref (s->cpd);
  g_ptr_array_unref (s->reminders);
}

static void
add_body (Situation *s, EthosBodyRules *rules, const char *anchor)
{
  EthosStandingBody body = { rules->id, rules, NULL, NULL, anchor, NULL, NULL };

  g_ptr_array_add (s->rules, rules);
  g_array_append_val (s->bodies, body);
}

static void
add_session (Situation *s, const char *date, int minutes, EthosSupervisionFormat format,
             int group_size, int client_hours)
{
  EthosSupervisionFact fact = { "", minutes, format, group_size,
                                client_hours >= 0 ? client_hours * 60 : -1 };

  g_strlcpy (fact.date, date, sizeof fact.date);
  g_array_append_val (s->supervision, fact);
  if (s->last_supervision == NULL || strcmp (date, s->last_supervision) > 0)
    s->last_supervision = date;
}

static void
add_cpd (Situation *s, const char *date, int minutes, const char *kind)
{
  EthosCpdFact fact = { "", "", minutes, kind };

  g_strlcpy (fact.date, date, sizeof fact.date);
  g_array_append_val (s->cpd, fact);
}

static EthosReminder *
add_reminder (Situation *s, EthosReminderKind kind, const char *title, const char *due)
{
  EthosReminder *reminder = ethos_reminder_new (kind);

  reminder->id = s->reminders->len + 1;
  g_free (reminder->title);
  reminder->title = g_strdup (title);
  reminder->due = g_strdup (due);
  ethos_reminder_set_default_leads (reminder);
  g_ptr_array_add (s->reminders, reminder);
  return reminder;
}

static EthosStanding *
evaluate (Situation *s)
{
  EthosStandingInput input = {
    .today = &s->today,
    .bodies = (const EthosStandingBody *) s->bodies->data,
    .n_bodies = s->bodies->len,
    .supervision = (const EthosSupervisionFact *) s->supervision->data,
    .n_supervision = s->supervision->len,
    .cpd = (const EthosCpdFact *) s->cpd->data,
    .n_cpd = s->cpd->len,
    .diary_start = s->diary_start,
    .last_supervision = s->last_supervision,
    .reminders = (EthosReminder *const *) s->reminders->pdata,
    .n_reminders = s->reminders->len,
  };

  return ethos_standing_evaluate (&input);
}

static const EthosStandingCheck *
find_check (GPtrArray *checks, const char *rule)
{
  for (guint i = 0; i < checks->len; i++)
    {
      const EthosStandingCheck *check = g_ptr_array_index (checks, i);

      if (g_str_equal (check->rule, rule))
        return check;
    }
  g_error ("no check %s", rule);
  return NULL;
}

static EthosBodyStanding *
body (EthosStanding *standing, guint i)
{
  g_assert_cmpuint (i, <, standing->bodies->len);
  return g_ptr_array_index (standing->bodies, i);
}

/* The COSRT member: 60 min (12 client hours), 30 min (6 h), 150 min in a group of 5
 * (8 h) this month. Too much of it in groups and too little for the client hours, as things
 * stand: not "good", and the two checks say so with their source. */
static void
test_cosrt_month (void)
{
  Situation s;
  g_autoptr (EthosStanding) standing = NULL;
  const EthosStandingCheck *share, *ratio;

  situation_init (&s, "2026-12-05");
  add_body (&s, cosrt (), NULL);
  add_session (&s, "2026-12-01", 60, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, 12);
  add_session (&s, "2026-12-02", 30, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, 6);
  add_session (&s, "2026-12-03", 150, ETHOS_SUPERVISION_FORMAT_GROUP, 5, 8);
  standing = evaluate (&s);

  g_assert_cmpint (standing->verdict, ==, ETHOS_VERDICT_ATTENTION);
  g_assert_cmpstr (standing->headline, ==, "2 things need attention");
  g_assert_cmpint (body (standing, 0)->supervision.status, ==, ETHOS_CHECK_STATUS_NOT_MET);
  g_assert_cmpint (body (standing, 0)->supervision.credited_minutes, ==, 240);
  share = find_check (body (standing, 0)->supervision.checks, "supervision.group-share");
  g_assert_cmpint (share->status, ==, ETHOS_CHECK_STATUS_NOT_MET);
  g_assert_nonnull (strstr (share->detail, "63%"));
  g_assert_cmpstr (share->source, ==, "cosrt 64");
  ratio = find_check (body (standing, 0)->supervision.checks, "supervision.client-ratio");
  g_assert_cmpint (ratio->status, ==, ETHOS_CHECK_STATUS_NOT_MET);
  g_assert_nonnull (strstr (ratio->detail, "260"));
  g_assert_nonnull (strstr (standing->explanation, "COSRT: Group supervision is 63%"));
  g_assert_cmpint (find_check (body (standing, 0)->supervision.checks,
                               "supervision.monthly-minimum")->status,
                   ==, ETHOS_CHECK_STATUS_NOT_SET);

  /* Next month the same failure is of a completed month: not met. */
  g_assert_true (ethos_date_parse ("2027-01-10", &s.today, NULL));
  g_clear_pointer (&standing, ethos_standing_unref);
  standing = evaluate (&s);
  g_assert_cmpint (standing->verdict, ==, ETHOS_VERDICT_NOT_MET);
  g_assert_cmpint (body (standing, 0)->last_month.status, ==, ETHOS_CHECK_STATUS_NOT_MET);
  g_assert_cmpstr (body (standing, 0)->last_month.month, ==, "2026-12");
  situation_clear (&s);
}

/* A BACP member short of 90 minutes on the 20th is working towards it (good, in progress); the
 * same shortfall in a month that is over is not met. */
static void
test_monthly_minimum (void)
{
  Situation s;
  g_autoptr (EthosStanding) during = NULL;
  g_autoptr (EthosStanding) after = NULL;

  situation_init (&s, "2026-11-20");
  add_body (&s, bacp (), NULL);
  add_session (&s, "2026-10-07", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1);
  add_session (&s, "2026-11-04", 60, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1);
  during = evaluate (&s);
  g_assert_cmpint (during->verdict, ==, ETHOS_VERDICT_GOOD);
  g_assert_cmpint (body (during, 0)->supervision.status, ==, ETHOS_CHECK_STATUS_IN_PROGRESS);
  g_assert_cmpint (body (during, 0)->last_month.status, ==, ETHOS_CHECK_STATUS_MET);
  g_assert_cmpstr (during->explanation, ==,
                   "Supervision this month is not at the minimum yet, with 11 days to go.");

  g_assert_true (ethos_date_parse ("2026-12-01", &s.today, NULL));
  after = evaluate (&s);
  g_assert_cmpint (after->verdict, ==, ETHOS_VERDICT_NOT_MET);
  g_assert_cmpint (body (after, 0)->last_month.status, ==, ETHOS_CHECK_STATUS_NOT_MET);
  g_assert_nonnull (strstr (after->explanation, "Only 60 of 90 minutes credited in November 2026"));
  situation_clear (&s);
}

/* A month before the practitioner began the diary is not judged (exempt), and says why. */
static void
test_before_diary (void)
{
  Situation s;
  g_autoptr (EthosStanding) standing = NULL;
  const EthosStandingCheck *minimum;

  situation_init (&s, "2026-12-03");
  s.diary_start = "2026-12-02";
  add_body (&s, bacp (), NULL);
  add_session (&s, "2026-12-02", 60, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1, -1);
  standing = evaluate (&s);
  minimum = find_check (body (standing, 0)->last_month.checks, "supervision.monthly-minimum");
  g_assert_cmpint (minimum->status, ==, ETHOS_CHECK_STATUS_EXEMPT);
  g_assert_nonnull (strstr (minimum->detail, "before your diary began on 2 December 2026"));
  /* A rule the body does not set stays "not set", exempt or not. */
  g_assert_cmpint (find_check (body (standing, 0)->last_month.checks,
                               "supervision.group-share")->status,
                   ==, ETHOS_CHECK_STATUS_NOT_SET);
  g_assert_cmpint (standing->verdict, ==, ETHOS_VERDICT_GOOD);
  situation_clear (&s);
}

/* Reminders: an overdue one is "not met"; a snoozed overdue one is snoozed, not overdue, until
 * the snooze ends; one due within its first notice is due soon; the days are counted from
 * today. */
static void
test_reminders (void)
{
  Situation s;
  g_autoptr (EthosStanding) standing = NULL;
  EthosReminder *dbs, *insurance;
  const EthosReminderStanding *item;

  situation_init (&s, "2026-12-18");
  dbs = add_reminder (&s, ETHOS_REMINDER_KIND_DBS, "DBS certificate recheck", "2026-12-22");
  standing = evaluate (&s);
  g_assert_cmpuint (standing->reminders->len, ==, 1);
  item = g_ptr_array_index (standing->reminders, 0);
  g_assert_cmpint (item->status, ==, ETHOS_REMINDER_STATUS_DUE_SOON);
  g_assert_cmpint (item->days_left, ==, 4);
  g_assert_cmpstr (item->when, ==, "Due in 4 days");
  g_assert_cmpint (standing->verdict, ==, ETHOS_VERDICT_ATTENTION);
  g_assert_cmpstr (standing->explanation, ==, "DBS certificate recheck due in 4 days.");
  g_clear_pointer (&standing, ethos_standing_unref);

  insurance = add_reminder (&s, ETHOS_REMINDER_KIND_INSURANCE, "Indemnity insurance", "2026-12-16");
  standing = evaluate (&s);
  g_assert_cmpint (standing->verdict, ==, ETHOS_VERDICT_NOT_MET);
  item = g_ptr_array_index (standing->reminders, 0);
  g_assert_cmpint (item->status, ==, ETHOS_REMINDER_STATUS_OVERDUE);
  g_assert_cmpstr (item->when, ==, "Overdue by 2 days");
  g_clear_pointer (&standing, ethos_standing_unref);

  insurance->snoozed_until = g_strdup ("2026-12-19");
  standing = evaluate (&s);
  item = g_ptr_array_index (standing->reminders, 0);
  g_assert_cmpint (item->status, ==, ETHOS_REMINDER_STATUS_SNOOZED);
  g_assert_cmpint (standing->verdict, ==, ETHOS_VERDICT_ATTENTION);
  g_clear_pointer (&standing, ethos_standing_unref);

  /* The snooze ends on the 19th: overdue again. */
  g_assert_true (ethos_date_parse ("2026-12-19", &s.today, NULL));
  standing = evaluate (&s);
  item = g_ptr_array_index (standing->reminders, 0);
  g_assert_cmpint (item->status, ==, ETHOS_REMINDER_STATUS_OVERDUE);
  g_assert_cmpint (standing->verdict, ==, ETHOS_VERDICT_NOT_MET);
  g_clear_pointer (&standing, ethos_standing_unref);

  /* Done: gone from the standing. */
  dbs->done = TRUE;
  insurance->done = TRUE;
  standing = evaluate (&s);
  g_assert_cmpuint (standing->reminders->len, ==, 0);
  g_assert_cmpint (standing->verdict, ==, ETHOS_VERDICT_GOOD);
  situation_clear (&s);
}

/* Due soon is from a reminder's first notice, at most 30 days; a report is due soon at once. */
static void
test_due_soon (void)
{
  g_autoptr (EthosReminder) dbs = ethos_reminder_new (ETHOS_REMINDER_KIND_DBS);
  g_autoptr (EthosReminder) custom = ethos_reminder_new (ETHOS_REMINDER_KIND_CUSTOM);
  g_autoptr (EthosReminder) report = ethos_reminder_new (ETHOS_REMINDER_KIND_REPORT);
  GDate today;
  int days;

  ethos_date_parse ("2026-12-01", &today, NULL);
  ethos_reminder_set_default_leads (dbs);
  ethos_reminder_set_default_leads (custom);
  ethos_reminder_set_default_leads (report);
  dbs->due = g_strdup ("2027-01-15"); /* 45 days: its first notice is 90, but at most 30 */
  g_assert_cmpint (ethos_reminder_status (dbs, &today, &days), ==, ETHOS_REMINDER_STATUS_UPCOMING);
  g_assert_cmpint (days, ==, 45);
  custom->due = g_strdup ("2026-12-08"); /* leads 7,1 */
  g_assert_cmpint (ethos_reminder_status (custom, &today, NULL), ==, ETHOS_REMINDER_STATUS_DUE_SOON);
  g_free (custom->due);
  custom->due = g_strdup ("2026-12-09");
  g_assert_cmpint (ethos_reminder_status (custom, &today, NULL), ==, ETHOS_REMINDER_STATUS_UPCOMING);
  report->due = g_strdup ("2026-12-29");
  g_assert_cmpint (ethos_reminder_status (report, &today, NULL), ==, ETHOS_REMINDER_STATUS_DUE_SOON);
  g_free (report->due);
  report->due = g_strdup ("2026-12-01");
  g_assert_cmpint (ethos_reminder_status (report, &today, NULL), ==, ETHOS_REMINDER_STATUS_DUE_TODAY);
}

static void
test_wording (void)
{
  struct
  {
    int         days;
    const char *phrase;
    const char *summary;
  } cases[] = {
    { 4, "due in 4 days", "DBS due in 4 days" },
    { 1, "due tomorrow", "DBS due tomorrow" },
    { 0, "due today", "DBS due today" },
    { -1, "overdue by 1 day", "DBS overdue by 1 day" },
    { -2, "overdue by 2 days", "DBS overdue by 2 days" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *phrase = ethos_reminder_due_phrase (cases[i].days);
      g_autofree char *summary = ethos_reminder_summary ("DBS", cases[i].days);

      g_assert_cmpstr (phrase, ==, cases[i].phrase);
      g_assert_cmpstr (summary, ==, cases[i].summary);
    }
  g_assert_cmpstr (ethos_reminder_status_to_string (ETHOS_REMINDER_STATUS_DUE_SOON), ==, "due-soon");
  g_assert_cmpstr (ethos_check_status_to_string (ETHOS_CHECK_STATUS_IN_PROGRESS), ==, "in-progress");
  g_assert_cmpstr (ethos_verdict_to_string (ETHOS_VERDICT_NOT_MET), ==, "not-met");
}

/* A report due tomorrow cannot be snoozed past its deadline; a DBS recheck can. */
static void
test_snooze_choices (void)
{
  g_autoptr (EthosReminder) report = ethos_reminder_new (ETHOS_REMINDER_KIND_REPORT);
  g_autoptr (EthosReminder) dbs = ethos_reminder_new (ETHOS_REMINDER_KIND_DBS);
  GDate today;

  ethos_date_parse ("2026-12-18", &today, NULL);
  report->due = g_strdup ("2026-12-19");
  g_assert_false (ethos_reminder_can_snooze (report, &today, 1));
  g_assert_false (ethos_reminder_can_snooze (report, &today, 7));
  g_free (report->due);
  report->due = g_strdup ("2026-12-24");
  g_assert_true (ethos_reminder_can_snooze (report, &today, 1));
  g_assert_false (ethos_reminder_can_snooze (report, &today, 7));
  dbs->due = g_strdup ("2026-12-10");
  g_assert_true (ethos_reminder_can_snooze (dbs, &today, 7));
}

/* CPD short of its target is in progress while more than 60 days of the period are left, and
 * at risk (attention) after; a gap of the body's length without CPD fails as soon as it is
 * there. */
static void
test_cpd (void)
{
  Situation s;
  g_autoptr (EthosStanding) early = NULL;
  g_autoptr (EthosStanding) late = NULL;
  const EthosStandingCheck *target;

  situation_init (&s, "2026-05-10");
  add_body (&s, ncps_cpd (), "2026-04-01");
  add_cpd (&s, "2026-04-10", 600, "formal");
  early = evaluate (&s);
  target = find_check (body (early, 0)->cpd.checks, "cpd.target");
  g_assert_cmpint (target->status, ==, ETHOS_CHECK_STATUS_IN_PROGRESS);
  g_assert_true (body (early, 0)->cpd.period_known);
  g_assert_cmpstr (body (early, 0)->cpd.period_start, ==, "2026-04-01");
  g_assert_cmpstr (body (early, 0)->cpd.period_end, ==, "2027-03-31");
  g_assert_cmpint (early->verdict, ==, ETHOS_VERDICT_GOOD);

  add_cpd (&s, "2026-12-01", 600, "work-based");
  g_assert_true (ethos_date_parse ("2027-02-15", &s.today, NULL));
  late = evaluate (&s);
  target = find_check (body (late, 0)->cpd.checks, "cpd.target");
  g_assert_cmpint (target->status, ==, ETHOS_CHECK_STATUS_NOT_MET);
  g_assert_nonnull (strstr (target->detail, "20 of 30 hours"));
  /* 10 April to 1 December is more than six months without CPD. */
  g_assert_cmpint (find_check (body (late, 0)->cpd.checks, "cpd.gaps")->status, ==,
                   ETHOS_CHECK_STATUS_NOT_MET);
  g_assert_cmpint (late->verdict, ==, ETHOS_VERDICT_ATTENTION);
  situation_clear (&s);
}

/* A body whose rules cannot be read is named, and nothing is said to be fine about it. */
static void
test_unreadable_body (void)
{
  Situation s;
  g_autoptr (EthosStanding) standing = NULL;
  EthosStandingBody broken = { "ukcp", NULL, "Body file “ukcp”: unknown group [Foo]", NULL, NULL,
                               NULL, NULL };

  situation_init (&s, "2026-12-05");
  g_array_append_val (s.bodies, broken);
  standing = evaluate (&s);
  g_assert_cmpint (standing->verdict, ==, ETHOS_VERDICT_ATTENTION);
  g_assert_cmpstr (body (standing, 0)->error, ==, "Body file “ukcp”: unknown group [Foo]");
  g_assert_cmpstr (standing->explanation, ==, "Ethos could not read the rules of ukcp.");
  situation_clear (&s);
}

int
main (int argc, char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/standing/cosrt-month", test_cosrt_month);
  g_test_add_func ("/standing/monthly-minimum", test_monthly_minimum);
  g_test_add_func ("/standing/before-diary", test_before_diary);
  g_test_add_func ("/standing/reminders", test_reminders);
  g_test_add_func ("/standing/due-soon", test_due_soon);
  g_test_add_func ("/standing/wording", test_wording);
  g_test_add_func ("/standing/snooze-choices", test_snooze_choices);
  g_test_add_func ("/standing/cpd", test_cpd);
  g_test_add_func ("/standing/unreadable-body", test_unreadable_body);
  return g_test_run ();
}
