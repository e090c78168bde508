/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standing"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-entry.h"
#include "ethos-standing-private.h"

/* The CPD period holding the day, against one body: the period's target and kinds (in progress
 * while more than ETHOS_CPD_SHORTFALL_DAYS are left), the yearly minimum (not met once a year
 * has ended under it) and the gaps without CPD (not met at once), and a summary line. */

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

/* Short of a number that adds up over the period: in progress while there is time. */
static EthosCheckStatus
cumulative_status (EthosCheck check, int days_left)
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
  EthosCheckStatus status = cumulative_status (period->target, days_left);
  g_autofree char *end = ethos_date_format_iso (period->period_end, ETHOS_DATE_LONG);
  char *detail;

  if (status == ETHOS_CHECK_STATUS_NOT_SET)
    {
      ethos_standing_add_not_set (out->checks, "cpd.target", rules);
      return;
    }
  if (status == ETHOS_CHECK_STATUS_MET || days_left == G_MAXINT)
    detail = cpd_summary (period);
  else
    {
      g_autofree char *summary = cpd_summary (period);

      /* Translators: "3 of 30 hours", and the last day of the CPD period */
      detail = g_strdup_printf (_("%s, and the period ends on %s"), summary, end);
    }
  ethos_standing_add_check (out->checks, "cpd.target", status,
                            ethos_standing_rule_source (rules, "cpd.target"), detail);
}

static void
check_kinds (EthosCpdStanding *out, const EthosBodyRules *rules, const EthosCpdPeriod *period,
             int days_left)
{
  EthosCheckStatus status = cumulative_status (period->kinds, days_left);

  if (status == ETHOS_CHECK_STATUS_NOT_SET)
    {
      ethos_standing_add_not_set (out->checks, "cpd.kinds", rules);
      return;
    }
  ethos_standing_add_check (out->checks, "cpd.kinds", status,
                            ethos_standing_rule_source (rules, "cpd.kinds"),
                            /* Translators: kinds of CPD done in the period, and how many the
                             * body asks for */
                            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u kind of activity in the period, "
                                                          "of the %d asked for",
                                                          "%u kinds of activity in the period, "
                                                          "of the %d asked for",
                                                          period->n_kinds),
                                             period->n_kinds, rules->cpd_min_kinds));
}

/* Hours on the body's topic (BABCP: CBT skills workshops), in progress while time is left. */
static void
check_topic (EthosCpdStanding *out, const EthosBodyRules *rules, const EthosCpdPeriod *period,
             int days_left)
{
  EthosCheckStatus status = cumulative_status (period->topic, days_left);
  g_autofree char *done = NULL;
  g_autofree char *needed = NULL;

  if (status == ETHOS_CHECK_STATUS_NOT_SET)
    {
      ethos_standing_add_not_set (out->checks, "cpd.topic", rules);
      return;
    }
  done = ethos_format_decimal (period->topic_minutes / 60.0);
  needed = ethos_format_decimal (rules->cpd_topic_minutes / 60.0);
  ethos_standing_add_check (out->checks, "cpd.topic", status,
                            ethos_standing_rule_source (rules, "cpd.topic"),
                            /* Translators: hours done, hours needed, and a topic of CPD ("CBT
                             * skills workshops") */
                            g_strdup_printf (_("%s of %s hours of %s in the period"), done, needed,
                                             ethos_cpd_topic_name (
                                               ethos_cpd_topics[rules->cpd_topic])));
}

/* Activities with a reflective statement (BABCP: five a year). */
static void
check_reflections (EthosCpdStanding *out, const EthosBodyRules *rules,
                   const EthosCpdPeriod *period, int days_left)
{
  EthosCheckStatus status = cumulative_status (period->reflections, days_left);

  if (status == ETHOS_CHECK_STATUS_NOT_SET)
    {
      ethos_standing_add_not_set (out->checks, "cpd.reflections", rules);
      return;
    }
  ethos_standing_add_check (out->checks, "cpd.reflections", status,
                            ethos_standing_rule_source (rules, "cpd.reflections"),
                            /* Translators: activities with a reflection, and how many the body
                             * asks for */
                            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u activity with a reflective "
                                                          "statement, of the %d asked for",
                                                          "%u activities with a reflective "
                                                          "statement, of the %d asked for",
                                                          period->n_reflected),
                                             period->n_reflected, rules->cpd_min_reflections));
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
      ethos_standing_add_not_set (out->checks, "cpd.annual-minimum", rules);
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
  ethos_standing_add_check (out->checks, "cpd.annual-minimum", status, ethos_standing_rule_source (rules, "cpd.annual-minimum"), detail);
}

static void
check_gaps (EthosCpdStanding *out, const EthosBodyRules *rules, const EthosCpdPeriod *period,
            const GDate *today)
{
  gboolean ended;
  g_autofree char *stretch = NULL;

  if (period->no_gaps == ETHOS_CHECK_NOT_SET)
    {
      ethos_standing_add_not_set (out->checks, "cpd.gaps", rules);
      return;
    }
  if (period->gaps->len == 0)
    {
      ethos_standing_add_check (out->checks, "cpd.gaps", ETHOS_CHECK_STATUS_MET, ethos_standing_rule_source (rules, "cpd.gaps"),
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
  ethos_standing_add_check (out->checks, "cpd.gaps", ETHOS_CHECK_STATUS_NOT_MET, ethos_standing_rule_source (rules, "cpd.gaps"),
                            /* Translators: a stretch of days, then the body's number of months */
                            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "No CPD from %s: %d month or more",
                                                          "No CPD from %s: %d months or more",
                                                          (gulong) rules->cpd_flag_gap_months),
                                             stretch, rules->cpd_flag_gap_months));
}

/**
 * ethos_cpd_period_describe_gaps:
 *
 * The stretches of @period without CPD, for a record of periods (the audit pack): "No stretch
 * of 3 months or more without CPD", or each stretch of that length. %NULL when @rules flag no
 * such stretch: then there is nothing to count, and "0 gaps" would say nothing true.
 *
 * Returns: (transfer full) (nullable): the sentence, without a full stop.
 */
char *
ethos_cpd_period_describe_gaps (const EthosBodyRules *rules, const EthosCpdPeriod *period)
{
  g_autoptr (GString) stretches = g_string_new (NULL);

  g_return_val_if_fail (rules != NULL && period != NULL, NULL);

  if (period->no_gaps == ETHOS_CHECK_NOT_SET || rules->cpd_flag_gap_months <= 0)
    return NULL;
  if (period->gaps == NULL || period->gaps->len == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "No stretch of %d month or more without CPD",
                                         "No stretch of %d months or more without CPD",
                                         (gulong) rules->cpd_flag_gap_months),
                            rules->cpd_flag_gap_months);
  for (guint i = 0; i < period->gaps->len; i++)
    {
      g_auto (GStrv) ends = g_strsplit (g_ptr_array_index (period->gaps, i), "..", 2);
      g_autofree char *first = ethos_date_format_iso (ends[0], ETHOS_DATE_LONG);
      g_autofree char *last = ethos_date_format_iso (ends[1] != NULL ? ends[1] : ends[0],
                                                     ETHOS_DATE_LONG);

      if (i > 0)
        g_string_append (stretches, "; ");
      g_string_append_printf (stretches, _("%s to %s"), first, last);
    }
  /* Translators: the body's number of months, then the stretches ("1 January 2026 to 30 April
   * 2026; …"); the plural follows the number of months */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "No CPD for %d month or more: %s",
                                       "No CPD for %d months or more: %s",
                                       (gulong) rules->cpd_flag_gap_months),
                          rules->cpd_flag_gap_months, stretches->str);
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
  check_topic (out, rules, period, days_left);
  check_reflections (out, rules, period, days_left);
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

/* @check (a CPD period's target or kinds) judged on @today as the standing judges the current
 * period's: short with more than ETHOS_CPD_SHORTFALL_DAYS to go is in progress, short after
 * that is not met. For periods other than the current one (ethos-cli diary totals). */
EthosCheckStatus
ethos_standing_judge_cpd_check (EthosCheck check, const EthosCpdPeriod *period, const GDate *today)
{
  GDate end;

  g_return_val_if_fail (period != NULL && today != NULL, ETHOS_CHECK_STATUS_NOT_SET);

  if (!ethos_date_parse (period->period_end, &end, NULL))
    return cumulative_status (check, G_MAXINT);
  return cumulative_status (check, g_date_days_between (today, &end));
}

/* The CPD period of @rules holding @today: counted from @cpd_anchor when the practitioner gave
 * it (TRUE). Otherwise (FALSE) a stand-in: the body's length of period from the first of the
 * month eleven months back, so twelve months with this one; with no length, from then until
 * today. */
gboolean
ethos_standing_cpd_period (const EthosBodyRules *rules,
                           const char           *cpd_anchor,
                           const GDate          *today,
                           char                  start[11],
                           char                  end[11])
{
  g_autofree char *day = ethos_date_to_iso (today);
  g_autofree char *first_iso = NULL;
  g_autofree char *last_iso = NULL;
  GDate first, last;

  g_return_val_if_fail (rules != NULL, FALSE);

  if (cpd_anchor != NULL && ethos_cpd_period_bounds (rules, cpd_anchor, day, start, end))
    return TRUE;
  ethos_standing_first_of_month (today, 11, &first);
  last = *today;
  if (rules->cpd_period_months != ETHOS_RULE_NOT_SET)
    {
      last = first;
      g_date_add_months (&last, (guint) rules->cpd_period_months);
      g_date_subtract_days (&last, 1);
    }
  first_iso = ethos_date_to_iso (&first);
  last_iso = ethos_date_to_iso (&last);
  g_strlcpy (start, first_iso, 11);
  g_strlcpy (end, last_iso, 11);
  return FALSE;
}
