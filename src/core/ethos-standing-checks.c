/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standing"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-standing-private.h"

/* One body's checks: a month of supervision and the CPD period holding the day. Each check
 * states its status and a sentence saying why, and each month or period a summary line. What
 * is still being worked towards is "in progress" while there is time: a monthly minimum not
 * reached before the month is out, CPD hours or kinds short while more than
 * ETHOS_CPD_SHORTFALL_DAYS of the period are left. What has already gone wrong is "not met" at
 * once, even in the current month: too much of it in groups, too little for the client hours
 * recorded, a gap without CPD, a finished year under its minimum. */

void
ethos_standing_check_free (gpointer data)
{
  EthosStandingCheck *check = data;

  g_free (check->detail);
  g_free (check->source);
  g_free (check);
}

/* Takes @detail. */
void
ethos_standing_add_check (GPtrArray        *checks,
                          const char       *rule,
                          EthosCheckStatus  status,
                          const char       *source,
                          char             *detail)
{
  EthosStandingCheck *check = g_new0 (EthosStandingCheck, 1);

  check->rule = rule;
  check->status = status;
  check->source = g_strdup (source != NULL ? source : "");
  check->detail = detail;
  g_ptr_array_add (checks, check);
}

EthosCheckStatus
ethos_standing_worst (GPtrArray *checks)
{
  EthosCheckStatus worst = ETHOS_CHECK_STATUS_NOT_SET;

  for (guint i = 0; i < checks->len; i++)
    {
      const EthosStandingCheck *check = g_ptr_array_index (checks, i);

      worst = MAX (worst, check->status);
    }
  return worst;
}

static const char *
body_name (const EthosBodyRules *rules)
{
  return rules->short_name[0] != '\0' ? rules->short_name : rules->name;
}

static char *
not_set (const EthosBodyRules *rules)
{
  /* Translators: %s is a professional body ("BACP") */
  return g_strdup_printf (_("%s states no number for this, and you have set none"),
                          body_name (rules));
}

/* Hours to one decimal place, whole hours without it. Rounded down, so that a target is never
 * shown as reached before it is. */
static char *
format_hours (int minutes)
{
  int tenths = MAX (minutes, 0) * 10 / 60;

  if (tenths % 10 == 0)
    return g_strdup_printf ("%d", tenths / 10);
  return g_strdup_printf ("%.1f", tenths / 10.0);
}

/* The number that picks the plural form for @minutes shown as hours: 1 only for one hour. */
static gulong
hours_plural (int minutes)
{
  return (gulong) ((MAX (minutes, 0) + 59) / 60);
}

/* Supervision ------------------------------------------------------------------------------ */

static char *
month_summary (const EthosMonthTotal *total, gboolean current, const char *month_name)
{
  gulong target = (gulong) MAX (total->target_minutes, 0);

  if (total->minimum == ETHOS_CHECK_NOT_SET)
    {
      if (total->n_sessions == 0)
        return g_strdup (current ? _("Nothing recorded this month · no monthly minimum set")
                                 : _("Nothing recorded · no monthly minimum set"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%d minute credited · no monthly minimum set",
                                           "%d minutes credited · no monthly minimum set",
                                           (gulong) MAX (total->credited_minutes, 0)),
                              total->credited_minutes);
    }
  if (total->minimum == ETHOS_CHECK_MET)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d of %d minute credited",
                                         "%d of %d minutes credited", target),
                            total->credited_minutes, total->target_minutes);
  if (!current)
    /* Translators: minutes credited, the monthly minimum, and the month ("November 2026") */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Only %d of %d minute credited in %s",
                                         "Only %d of %d minutes credited in %s", target),
                            total->credited_minutes, total->target_minutes, month_name);
  if (total->n_sessions == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Nothing recorded so far this month · %d minute needed",
                                         "Nothing recorded so far this month · %d minutes needed",
                                         target),
                            total->target_minutes);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%d of %d minute credited so far this month",
                                       "%d of %d minutes credited so far this month", target),
                          total->credited_minutes, total->target_minutes);
}

static void
check_minimum (EthosSupervisionStanding *out,
               const EthosBodyRules     *rules,
               const EthosMonthTotal    *total,
               gboolean                  current,
               const char               *month_name)
{
  EthosCheckStatus status;

  switch (total->minimum)
    {
    case ETHOS_CHECK_MET:
      status = ETHOS_CHECK_STATUS_MET;
      break;
    case ETHOS_CHECK_NOT_MET:
      status = current ? ETHOS_CHECK_STATUS_IN_PROGRESS : ETHOS_CHECK_STATUS_NOT_MET;
      break;
    default:
      ethos_standing_add_check (out->checks, "supervision.monthly-minimum",
                                ETHOS_CHECK_STATUS_NOT_SET, rules->source, not_set (rules));
      return;
    }
  ethos_standing_add_check (out->checks, "supervision.monthly-minimum", status, rules->source,
                            month_summary (total, current, month_name));
}

static void
check_group_share (EthosSupervisionStanding *out,
                   const EthosBodyRules     *rules,
                   const EthosMonthTotal    *total)
{
  if (total->group_share == ETHOS_CHECK_NOT_SET)
    {
      ethos_standing_add_check (out->checks, "supervision.group-share",
                                ETHOS_CHECK_STATUS_NOT_SET, rules->source, not_set (rules));
      return;
    }
  ethos_standing_add_check (out->checks, "supervision.group-share",
                            total->group_share == ETHOS_CHECK_MET ? ETHOS_CHECK_STATUS_MET
                                                                  : ETHOS_CHECK_STATUS_NOT_MET,
                            rules->source,
                            /* Translators: the share of group supervision and the most the
                             * body allows, both in percent */
                            g_strdup_printf (_("Group supervision is %d%% of the credited time; "
                                               "at most %d%% may be"),
                                             total->group_share_percent,
                                             rules->max_group_share_percent));
}

static void
check_ratio (EthosSupervisionStanding *out,
             const EthosBodyRules     *rules,
             const EthosMonthTotal    *total,
             const char               *month_name)
{
  g_autofree char *ratio = ethos_format_decimal (rules->client_hours_per_supervision_hour);
  g_autofree char *client_hours = NULL;

  if (total->ratio == ETHOS_CHECK_NOT_SET)
    {
      ethos_standing_add_check (out->checks, "supervision.client-ratio",
                                ETHOS_CHECK_STATUS_NOT_SET, rules->source, not_set (rules));
      return;
    }
  if (total->ratio == ETHOS_CHECK_UNKNOWN)
    {
      ethos_standing_add_check (out->checks, "supervision.client-ratio",
                                ETHOS_CHECK_STATUS_UNKNOWN, rules->source,
                                /* Translators: the month, and the client hours one hour of
                                 * supervision covers ("6") */
                                g_strdup_printf (_("No client hours are recorded for %s, so one "
                                                   "hour of supervision to %s client hours "
                                                   "cannot be checked"),
                                                 month_name, ratio));
      return;
    }
  client_hours = ethos_format_decimal (total->client_minutes / 60.0);
  ethos_standing_add_check (out->checks, "supervision.client-ratio",
                            total->ratio == ETHOS_CHECK_MET ? ETHOS_CHECK_STATUS_MET
                                                            : ETHOS_CHECK_STATUS_NOT_MET,
                            rules->source,
                            /* Translators: minutes credited, minutes needed, client hours and
                             * the client hours one hour of supervision covers */
                            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%d minute credited of the %d needed "
                                                          "for %s client hours (one hour to %s)",
                                                          "%d minutes credited of the %d needed "
                                                          "for %s client hours (one hour to %s)",
                                                          (gulong) MAX (total->credited_minutes, 0)),
                                             total->credited_minutes,
                                             total->ratio_target_minutes, client_hours, ratio));
}

/* The checks that fail, after the summary: " · group supervision is 63% of it (at most 25%)". */
static char *
with_month_failures (char *summary, const EthosMonthTotal *total, const EthosBodyRules *rules)
{
  GString *text = g_string_new (summary);

  g_free (summary);
  if (total->group_share == ETHOS_CHECK_NOT_MET)
    g_string_append_printf (text, _(" · group supervision is %d%% of it (at most %d%%)"),
                            total->group_share_percent, rules->max_group_share_percent);
  if (total->ratio == ETHOS_CHECK_NOT_MET)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         " · %d minute needed for the client hours recorded",
                                         " · %d minutes needed for the client hours recorded",
                                         (gulong) MAX (total->ratio_target_minutes, 0)),
                            total->ratio_target_minutes);
  return g_string_free (text, FALSE);
}

/* A month before the diary began is not judged: Ethos was not there to see it. */
static gboolean
before_diary (const EthosStandingInput *input, const GDate *first_day)
{
  GDate start, last_day = *first_day;

  g_date_add_months (&last_day, 1);
  g_date_subtract_days (&last_day, 1);
  return input->diary_start == NULL || !ethos_date_parse (input->diary_start, &start, NULL)
         || g_date_compare (&last_day, &start) < 0;
}

/* Each check the body sets becomes exempt, saying why; the summary says it once. */
static void
make_exempt (EthosSupervisionStanding *out, const EthosStandingInput *input,
             const char *month_name)
{
  g_autofree char *start = input->diary_start != NULL
                             ? ethos_date_format_iso (input->diary_start, ETHOS_DATE_LONG)
                             : NULL;
  g_autofree char *why = start != NULL
                           /* Translators: a month, and the date of the diary's first entry */
                           ? g_strdup_printf (_("%s is before your diary began on %s, so it is "
                                                "not judged"),
                                              month_name, start)
                           : g_strdup_printf (_("Your diary is empty, so %s is not judged"),
                                              month_name);

  for (guint i = 0; i < out->checks->len; i++)
    {
      EthosStandingCheck *check = g_ptr_array_index (out->checks, i);

      if (check->status == ETHOS_CHECK_STATUS_NOT_SET)
        continue;
      check->status = ETHOS_CHECK_STATUS_EXEMPT;
      g_free (check->detail);
      check->detail = g_strdup (why);
    }
  g_free (out->summary);
  out->summary = g_steal_pointer (&why);
}

/* The month starting on @first_day against @rules; @current when it holds today. */
void
ethos_standing_fill_month (EthosSupervisionStanding *out,
                           const EthosBodyRules     *rules,
                           const EthosStandingInput *input,
                           const GDate              *first_day,
                           gboolean                  current)
{
  g_autoptr (GArray) totals = NULL;
  g_autofree char *month_name = ethos_date_format (first_day, ETHOS_DATE_MONTH);
  const EthosMonthTotal *total;

  g_snprintf (out->month, sizeof out->month, "%04u-%02u", g_date_get_year (first_day),
              g_date_get_month (first_day));
  out->complete = !current;
  out->checks = g_ptr_array_new_with_free_func (ethos_standing_check_free);
  totals = ethos_supervision_month_totals (rules, input->supervision, input->n_supervision,
                                           out->month, out->month);
  total = &g_array_index (totals, EthosMonthTotal, 0);
  out->n_sessions = total->n_sessions;
  out->minutes = total->minutes;
  out->credited_minutes = total->credited_minutes;
  out->target_minutes = total->target_minutes;

  check_minimum (out, rules, total, current, month_name);
  check_group_share (out, rules, total);
  check_ratio (out, rules, total, month_name);
  out->summary = with_month_failures (month_summary (total, current, month_name), total, rules);
  if (!current && before_diary (input, first_day))
    make_exempt (out, input, month_name);
  out->status = ethos_standing_worst (out->checks);
}

void
ethos_standing_month_clear (EthosSupervisionStanding *month)
{
  g_clear_pointer (&month->summary, g_free);
  g_clear_pointer (&month->checks, g_ptr_array_unref);
}

/* CPD ------------------------------------------------------------------------------------- */

/* Short of a number that adds up over the period: in progress while there is time. */
EthosCheckStatus
ethos_standing_cumulative_status (EthosCheck check, int days_left)
{
  switch (check)
    {
    case ETHOS_CHECK_MET:
      return ETHOS_CHECK_STATUS_MET;
    case ETHOS_CHECK_NOT_MET:
      return days_left > ETHOS_CPD_SHORTFALL_DAYS ? ETHOS_CHECK_STATUS_IN_PROGRESS
                                                  : ETHOS_CHECK_STATUS_NOT_MET;
    default:
      return ETHOS_CHECK_STATUS_NOT_SET;
    }
}

static char *
cpd_summary (const EthosCpdPeriod *period)
{
  g_autofree char *hours = format_hours (period->minutes);
  g_autofree char *target = NULL;

  if (period->target_minutes <= 0)
    {
      if (period->minutes <= 0)
        return g_strdup (_("Nothing recorded yet · no target set"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour · no target set",
                                           "%s hours · no target set",
                                           hours_plural (period->minutes)),
                              hours);
    }
  target = format_hours (period->target_minutes);
  if (period->minutes <= 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "0 of %s hour · nothing recorded yet",
                                         "0 of %s hours · nothing recorded yet",
                                         hours_plural (period->target_minutes)),
                            target);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s hour", "%s of %s hours",
                                       hours_plural (period->target_minutes)),
                          hours, target);
}

static void
check_target (EthosCpdStanding *out, const EthosBodyRules *rules, const EthosCpdPeriod *period,
              int days_left)
{
  EthosCheckStatus status = ethos_standing_cumulative_status (period->target, days_left);
  g_autofree char *end = ethos_date_format_iso (period->period_end, ETHOS_DATE_LONG);
  char *detail;

  if (status == ETHOS_CHECK_STATUS_NOT_SET)
    detail = not_set (rules);
  else if (status == ETHOS_CHECK_STATUS_MET || days_left == G_MAXINT)
    detail = cpd_summary (period);
  else
    {
      g_autofree char *summary = cpd_summary (period);

      /* Translators: "3 of 30 hours", and the last day of the CPD period */
      detail = g_strdup_printf (_("%s, and the period ends on %s"), summary, end);
    }
  ethos_standing_add_check (out->checks, "cpd.target", status, rules->source, detail);
}

static void
check_kinds (EthosCpdStanding *out, const EthosBodyRules *rules, const EthosCpdPeriod *period,
             int days_left)
{
  EthosCheckStatus status = ethos_standing_cumulative_status (period->kinds, days_left);

  ethos_standing_add_check (out->checks, "cpd.kinds", status, rules->source,
                            status == ETHOS_CHECK_STATUS_NOT_SET
                              ? not_set (rules)
                              /* Translators: kinds of CPD done in the period, and how many
                               * the body asks for */
                              : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u kind of activity in the "
                                                              "period, of the %d asked for",
                                                              "%u kinds of activity in the "
                                                              "period, of the %d asked for",
                                                              period->n_kinds),
                                                 period->n_kinds, rules->cpd_min_kinds));
}

/* A stretch "YYYY-MM-DD..YYYY-MM-DD" in words, and whether it has ended before @today. */
static char *
describe_stretch (const char *stretch, const GDate *today, gboolean *ended)
{
  g_auto (GStrv) ends = g_strsplit (stretch, "..", 2);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GDate end;

  *ended = ends[1] != NULL && ethos_date_parse (ends[1], &end, NULL)
           && g_date_compare (&end, today) < 0;
  first = ethos_date_format_iso (ends[0], ETHOS_DATE_LONG);
  last = ethos_date_format_iso (ends[1] != NULL ? ends[1] : ends[0], ETHOS_DATE_LONG);
  /* Translators: a stretch of days, "1 January 2026 to 31 December 2026" */
  return g_strdup_printf (_("%s to %s"), first, last);
}

static void
check_annual (EthosCpdStanding *out, const EthosBodyRules *rules, const EthosCpdPeriod *period,
              const GDate *today)
{
  g_autofree char *minimum = format_hours (rules->cpd_annual_minimum_minutes);
  EthosCheckStatus status = ETHOS_CHECK_STATUS_MET;
  char *detail = NULL;

  if (period->annual == ETHOS_CHECK_NOT_SET)
    {
      ethos_standing_add_check (out->checks, "cpd.annual-minimum", ETHOS_CHECK_STATUS_NOT_SET,
                                rules->source, not_set (rules));
      return;
    }
  /* A year that has ended under the minimum has failed; the year under way is in progress. */
  for (guint i = 0; i < period->short_years->len; i++)
    {
      gboolean ended;
      g_autofree char *stretch = describe_stretch (g_ptr_array_index (period->short_years, i),
                                                   today, &ended);

      if (ended || status == ETHOS_CHECK_STATUS_MET)
        {
          g_free (detail);
          detail = ended
                     /* Translators: the yearly minimum in hours, and the year it was not met */
                     ? g_strdup_printf (_("Under the yearly minimum of %s hours from %s"),
                                        minimum, stretch)
                     : g_strdup_printf (_("Under the yearly minimum of %s hours so far in the "
                                          "year from %s"),
                                        minimum, stretch);
          status = ended ? ETHOS_CHECK_STATUS_NOT_MET : ETHOS_CHECK_STATUS_IN_PROGRESS;
        }
      if (ended)
        break;
    }
  if (detail == NULL)
    detail = g_strdup_printf (_("Each year so far at the yearly minimum of %s hours"), minimum);
  ethos_standing_add_check (out->checks, "cpd.annual-minimum", status, rules->source, detail);
}

static void
check_gaps (EthosCpdStanding *out, const EthosBodyRules *rules, const EthosCpdPeriod *period,
            const GDate *today)
{
  gboolean ended;
  g_autofree char *stretch = NULL;

  if (period->no_gaps == ETHOS_CHECK_NOT_SET)
    {
      ethos_standing_add_check (out->checks, "cpd.gaps", ETHOS_CHECK_STATUS_NOT_SET,
                                rules->source, not_set (rules));
      return;
    }
  if (period->gaps->len == 0)
    {
      ethos_standing_add_check (out->checks, "cpd.gaps", ETHOS_CHECK_STATUS_MET, rules->source,
                                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "No stretch of %d month or more "
                                                              "without CPD",
                                                              "No stretch of %d months or more "
                                                              "without CPD",
                                                              (gulong) rules->cpd_flag_gap_months),
                                                 rules->cpd_flag_gap_months));
      return;
    }
  stretch = describe_stretch (g_ptr_array_index (period->gaps, 0), today, &ended);
  ethos_standing_add_check (out->checks, "cpd.gaps", ETHOS_CHECK_STATUS_NOT_MET, rules->source,
                            /* Translators: a stretch of days, then the body's number of months */
                            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "No CPD from %s: %d month or more",
                                                          "No CPD from %s: %d months or more",
                                                          (gulong) rules->cpd_flag_gap_months),
                                             stretch, rules->cpd_flag_gap_months));
}

static char *
with_cpd_failures (char *summary, const EthosCpdPeriod *period, const EthosBodyRules *rules)
{
  GString *text = g_string_new (summary);

  g_free (summary);
  if (period->kinds == ETHOS_CHECK_NOT_MET)
    /* Translators: the kinds of CPD done so far in the period, and the body's minimum */
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE, " · %u kind of activity so far (%d needed)",
                                         " · %u kinds of activity so far (%d needed)",
                                         period->n_kinds),
                            period->n_kinds, rules->cpd_min_kinds);
  if (period->no_gaps == ETHOS_CHECK_NOT_MET)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE, " · a gap of %d month or more without CPD",
                                         " · a gap of %d months or more without CPD",
                                         (gulong) MAX (rules->cpd_flag_gap_months, 0)),
                            rules->cpd_flag_gap_months);
  if (period->annual == ETHOS_CHECK_NOT_MET)
    g_string_append (text, _(" · a year below the yearly minimum"));
  return g_string_free (text, FALSE);
}

void
ethos_standing_fill_cpd (EthosCpdStanding         *out,
                         const EthosStandingBody  *body,
                         const EthosStandingInput *input)
{
  const EthosBodyRules *rules = body->rules;
  g_autoptr (GArray) periods = NULL;
  g_autofree char *today = ethos_date_to_iso (input->today);
  const EthosCpdPeriod *period;
  GDate end;
  int days_left = G_MAXINT;

  out->checks = g_ptr_array_new_with_free_func (ethos_standing_check_free);
  out->period_known = ethos_standing_cpd_period (rules, body->cpd_anchor, input->today,
                                                 out->period_start, out->period_end);
  periods = ethos_cpd_periods (rules, input->cpd, input->n_cpd,
                               out->period_known ? body->cpd_anchor : out->period_start,
                               out->period_start, today, body->opening, body->opening_data);
  period = &g_array_index (periods, EthosCpdPeriod, periods->len - 1);
  g_strlcpy (out->period_end, period->period_end, sizeof out->period_end);
  out->n_activities = period->n_activities;
  out->minutes = period->minutes;
  out->target_minutes = period->target_minutes;

  /* Time runs out only in a period the practitioner has placed: the stand-in (the twelve
   * months to the end of this one, until they give the day their period starts) always ends
   * within a month, and a body with no length of period has no end at all. */
  if (out->period_known && ethos_date_parse (period->period_end, &end, NULL))
    days_left = g_date_days_between (input->today, &end);
  check_target (out, rules, period, days_left);
  check_kinds (out, rules, period, days_left);
  check_annual (out, rules, period, input->today);
  check_gaps (out, rules, period, input->today);
  out->summary = with_cpd_failures (cpd_summary (period), period, rules);
  out->status = ethos_standing_worst (out->checks);
}

void
ethos_standing_cpd_clear (EthosCpdStanding *cpd)
{
  g_clear_pointer (&cpd->summary, g_free);
  g_clear_pointer (&cpd->checks, g_ptr_array_unref);
}
