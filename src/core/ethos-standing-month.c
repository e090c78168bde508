/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standing"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-standing-private.h"

/* A calendar month of supervision against one body: the monthly minimum (in progress while the
 * month is not out), the share in groups and the ratio to client hours (not met at once), and a
 * summary line. A completed month before the diary began is not judged. */

/* Why there is no monthly minimum to show: none set, one for others only, or one that waits
 * for the practitioner's class or practice. */
static const char *
no_minimum (const EthosSupervisionStanding *out)
{
  const EthosStandingCheck *check = ethos_supervision_standing_get_check (
    out, "supervision.monthly-minimum");
  EthosCheckStatus status = check != NULL ? check->status : ETHOS_CHECK_STATUS_NOT_SET;

  if (status == ETHOS_CHECK_STATUS_UNKNOWN)
    return _("monthly minimum not known until you give your class and practice in Preferences");
  if (status == ETHOS_CHECK_STATUS_EXEMPT)
    return _("no monthly minimum for your class or practice");
  return _("no monthly minimum set");
}

static char *
month_summary (const EthosSupervisionStanding *out, const EthosMonthTotal *total,
               gboolean current, const char *month_name)
{
  gulong target = (gulong) MAX (total->target_minutes, 0);

  if (total->minimum == ETHOS_CHECK_NOT_SET)
    {
      if (total->n_sessions == 0)
        /* Translators: why there is no minimum ("no monthly minimum set") */
        return g_strdup_printf (current ? _("Nothing recorded this month · %s")
                                        : _("Nothing recorded · %s"),
                                no_minimum (out));
      /* Translators: minutes credited, and why there is no minimum ("no monthly minimum set") */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute credited · %s",
                                           "%d minutes credited · %s",
                                           (gulong) MAX (total->credited_minutes, 0)),
                              total->credited_minutes, no_minimum (out));
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

/* A minimum the body allows to be met on average (BABCP): the credited minutes of the
 * rules' window of months to this one, from the month the diary began, shared among them. The
 * month's own check, and its summary, say the average. */
static gboolean
check_average (EthosSupervisionStanding *out,
               const EthosBodyRules     *rules,
               const EthosStandingInput *input,
               const GDate              *first_day,
               gboolean                  current)
{
  GDate from = *first_day, start;
  g_autofree char *from_month = NULL;
  g_autoptr (GArray) window = NULL;
  int sum = 0, n_months = 0, average;
  EthosCheckStatus status;

  if (rules->average_months == ETHOS_RULE_NOT_SET || rules->monthly_minutes == ETHOS_RULE_NOT_SET)
    return FALSE;
  g_date_subtract_months (&from, (guint) rules->average_months - 1);
  if (input->diary_start != NULL && ethos_date_parse (input->diary_start, &start, NULL))
    {
      g_date_set_day (&start, 1);
      if (g_date_compare (&start, &from) > 0)
        from = start;
    }
  if (g_date_compare (&from, first_day) > 0)
    from = *first_day;
  from_month = g_strdup_printf ("%04u-%02u", g_date_get_year (&from), g_date_get_month (&from));
  window = ethos_supervision_month_totals (rules, input->supervision, input->n_supervision,
                                           from_month, out->month);
  for (guint i = 0; i < window->len; i++, n_months++)
    sum += g_array_index (window, EthosMonthTotal, i).credited_minutes;
  average = n_months > 0 ? sum / n_months : 0;
  if (average >= rules->monthly_minutes)
    status = ETHOS_CHECK_STATUS_MET;
  else
    status = current ? ETHOS_CHECK_STATUS_IN_PROGRESS : ETHOS_CHECK_STATUS_NOT_MET;
  g_free (out->summary);
  out->summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: the average of credited minutes a
                                                * month, the monthly minimum, and the months */
                                               "On average %d of %d minutes a month credited, "
                                               "over %d month",
                                               "On average %d of %d minutes a month credited, "
                                               "over %d months",
                                               (gulong) n_months),
                                  average, rules->monthly_minutes, n_months);
  ethos_standing_add_check (out->checks, "supervision.monthly-minimum", status,
                            ethos_standing_rule_source (rules, "supervision.monthly-minimum"),
                            g_strdup (out->summary));
  return TRUE;
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
      ethos_standing_add_not_set (out->checks, "supervision.monthly-minimum", rules);
      return;
    }
  ethos_standing_add_check (out->checks, "supervision.monthly-minimum", status, ethos_standing_rule_source (rules, "supervision.monthly-minimum"),
                            month_summary (out, total, current, month_name));
}

static void
check_group_share (EthosSupervisionStanding *out,
                   const EthosBodyRules     *rules,
                   const EthosMonthTotal    *total)
{
  if (total->group_share == ETHOS_CHECK_NOT_SET)
    {
      ethos_standing_add_not_set (out->checks, "supervision.group-share", rules);
      return;
    }
  ethos_standing_add_check (out->checks, "supervision.group-share",
                            total->group_share == ETHOS_CHECK_MET ? ETHOS_CHECK_STATUS_MET
                                                                  : ETHOS_CHECK_STATUS_NOT_MET,
                            ethos_standing_rule_source (rules, "supervision.group-share"),
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
      ethos_standing_add_not_set (out->checks, "supervision.client-ratio", rules);
      return;
    }
  if (total->ratio == ETHOS_CHECK_UNKNOWN)
    {
      /* Never guessed: with no client hours for the month, the ratio is not known. */
      ethos_standing_add_check (out->checks, "supervision.client-ratio",
                                ETHOS_CHECK_STATUS_UNKNOWN, ethos_standing_rule_source (rules, "supervision.client-ratio"),
                                /* Translators: the month, and the client hours one hour of
                                 * supervision covers ("6") */
                                g_strdup_printf (_("No client hours are logged for %s, so one "
                                                   "hour of supervision to %s client hours "
                                                   "cannot be checked: log the month’s client "
                                                   "hours to have it judged"),
                                                 month_name, ratio));
      return;
    }
  client_hours = ethos_format_decimal (total->client_minutes / 60.0);
  ethos_standing_add_check (out->checks, "supervision.client-ratio",
                            total->ratio == ETHOS_CHECK_MET ? ETHOS_CHECK_STATUS_MET
                                                            : ETHOS_CHECK_STATUS_NOT_MET,
                            ethos_standing_rule_source (rules, "supervision.client-ratio"),
                            out->client_logged
                              /* Translators: minutes credited, minutes needed, client hours
                               * and the client hours one hour of supervision covers */
                              ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%d minute credited of the %d "
                                                              "needed for the %s client hours "
                                                              "in your client-hours log (one "
                                                              "hour to %s)",
                                                              "%d minutes credited of the %d "
                                                              "needed for the %s client hours "
                                                              "in your client-hours log (one "
                                                              "hour to %s)",
                                                              (gulong) MAX (total->credited_minutes, 0)),
                                                 total->credited_minutes,
                                                 total->ratio_target_minutes, client_hours, ratio)
                              /* Translators: as above, the client hours as the month's
                               * sessions reported them */
                              : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%d minute credited of the %d "
                                                              "needed for %s client hours (one "
                                                              "hour to %s)",
                                                              "%d minutes credited of the %d "
                                                              "needed for %s client hours (one "
                                                              "hour to %s)",
                                                              (gulong) MAX (total->credited_minutes, 0)),
                                                 total->credited_minutes,
                                                 total->ratio_target_minutes, client_hours, ratio));
}

/* The month's client work in the client-hours log, or -1 when the log has none for it. */
static int
logged_client_minutes (const EthosStandingInput *input, const char *month)
{
  for (guint i = 0; i < input->n_client_months; i++)
    if (g_str_equal (input->client_months[i].month, month))
      return input->client_months[i].minutes;
  return -1;
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

static gboolean
is_break (const EthosStandingInput *input, const char *month)
{
  return input->breaks != NULL && g_strv_contains (input->breaks, month);
}

/* Each check the body sets becomes exempt, saying @why (taken); the summary says it once. */
static void
exempt_all (EthosSupervisionStanding *out, char *why)
{
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
  out->summary = why;
}

static void
make_exempt (EthosSupervisionStanding *out, const EthosStandingInput *input,
             const char *month_name)
{
  g_autofree char *start = input->diary_start != NULL
                             ? ethos_date_format_iso (input->diary_start, ETHOS_DATE_LONG)
                             : NULL;

  exempt_all (out, start != NULL
                     /* Translators: a month, and the date of the diary's first entry */
                     ? g_strdup_printf (_("%s is before your diary began on %s, so it is not "
                                          "judged"),
                                        month_name, start)
                     : g_strdup_printf (_("Your diary is empty, so %s is not judged"),
                                        month_name));
}

/* A month the practitioner marked as without clients, for a body that allows such a break. */
static void
make_break (EthosSupervisionStanding *out, const EthosBodyRules *rules, const char *month_name)
{
  /* Translators: a month, and a body ("BACP") */
  exempt_all (out, g_strdup_printf (_("You marked %s as a month without clients: a break %s "
                                      "allows, so it is not judged"),
                                    month_name, ethos_standing_body_name (rules)));
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
  EthosMonthTotal *total;
  int logged;

  g_snprintf (out->month, sizeof out->month, "%04u-%02u", g_date_get_year (first_day),
              g_date_get_month (first_day));
  out->complete = !current;
  out->checks = g_ptr_array_new_with_free_func (ethos_standing_check_free);
  totals = ethos_supervision_month_totals (rules, input->supervision, input->n_supervision,
                                           out->month, out->month);
  total = &g_array_index (totals, EthosMonthTotal, 0);
  /* A month in the client-hours log is judged on the log: it is the month's whole client
   * work, where a session reports only the hours since the one before, which may fall in
   * another month. A month not logged keeps what its sessions reported, if they did. */
  if ((logged = logged_client_minutes (input, out->month)) >= 0)
    {
      ethos_month_total_set_client_minutes (total, rules, logged);
      out->client_logged = TRUE;
    }
  out->client_minutes = total->client_minutes;
  out->no_client_hours = total->ratio == ETHOS_CHECK_UNKNOWN;
  out->ratio_target_minutes = total->ratio_target_minutes;
  out->n_sessions = total->n_sessions;
  out->minutes = total->minutes;
  out->credited_minutes = total->credited_minutes;
  out->target_minutes = total->target_minutes;

  if (!check_average (out, rules, input, first_day, current))
    check_minimum (out, rules, total, current, month_name);
  check_group_share (out, rules, total);
  check_ratio (out, rules, total, month_name);
  out->summary = with_month_failures (out->summary != NULL
                                        ? g_steal_pointer (&out->summary)
                                        : month_summary (out, total, current, month_name),
                                      total, rules);
  /* Other rules that wait for the practitioner's class or practice are said once. */
  if (!ethos_standing_needs_profile (rules, "supervision.monthly-minimum")
      && (ethos_standing_needs_profile (rules, "supervision.group-share")
          || ethos_standing_needs_profile (rules, "supervision.client-ratio")))
    {
      char *summary = g_strconcat (out->summary,
                                   _(" · some rules wait for your class and practice in "
                                     "Preferences"),
                                   NULL);

      g_free (out->summary);
      out->summary = summary;
    }
  if (!current && before_diary (input, first_day))
    make_exempt (out, input, month_name);
  else if (rules->no_clients_break && is_break (input, out->month))
    make_break (out, rules, month_name);
  out->status = ethos_standing_worst (out->checks);
}

void
ethos_standing_month_clear (EthosSupervisionStanding *month)
{
  g_clear_pointer (&month->summary, g_free);
  g_clear_pointer (&month->checks, g_ptr_array_unref);
}

/* The first day whose supervision judging the month of @first_month (a YYYY-MM-DD in it) may
 * read: a minimum met on average reads up to twelve months (the most Supervision.AverageMonths
 * takes), so a record from @first_month judges its first months as the Overview does. */
char *
ethos_standing_month_facts_from (const char *first_month)
{
  GDate day;

  if (!ethos_date_parse (first_month, &day, NULL))
    return g_strdup (first_month);
  g_date_set_day (&day, 1);
  g_date_subtract_months (&day, 11);
  return ethos_date_to_iso (&day);
}

/**
 * ethos_standing_judge_month:
 * @month: YYYY-MM
 * @today: the day the month is judged on: a month not over by then is in progress
 * @diary_start: the diary's first day, or %NULL when it is empty
 * @breaks: (nullable): the months marked as without clients
 * @client_months: (nullable): the client-hours log, which the ratio to client hours is judged
 *   on where it has the month
 *
 * One month of supervision judged as the standing judges this month and last: for a record
 * that spans many months (the audit pack), so that it never says otherwise.
 *
 * Returns: (transfer full): the month's checks.
 */
EthosSupervisionStanding *
ethos_standing_judge_month (const EthosBodyRules       *rules,
                            const EthosSupervisionFact *facts,
                            guint                       n_facts,
                            const char                 *month,
                            const GDate                *today,
                            const char                 *diary_start,
                            const char *const          *breaks,
                            const EthosClientMonth     *client_months,
                            guint                       n_client_months)
{
  EthosSupervisionStanding *judged = g_new0 (EthosSupervisionStanding, 1);
  EthosStandingInput input = { .today = today, .supervision = facts, .n_supervision = n_facts,
                               .diary_start = diary_start, .breaks = breaks,
                               .client_months = client_months,
                               .n_client_months = n_client_months };
  g_autofree char *first_iso = g_strdup_printf ("%s-01", month);
  GDate first, this_month;

  g_return_val_if_fail (rules != NULL && today != NULL, NULL);
  if (!ethos_date_parse (first_iso, &first, NULL))
    g_return_val_if_reached (judged);
  ethos_standing_first_of_month (today, 0, &this_month);
  ethos_standing_fill_month (judged, rules, &input, &first,
                             g_date_compare (&first, &this_month) >= 0);
  return judged;
}

void
ethos_supervision_standing_free (EthosSupervisionStanding *month)
{
  if (month == NULL)
    return;
  ethos_standing_month_clear (month);
  g_free (month);
}

const EthosStandingCheck *
ethos_supervision_standing_get_check (const EthosSupervisionStanding *month, const char *rule)
{
  for (guint i = 0; month->checks != NULL && i < month->checks->len; i++)
    {
      const EthosStandingCheck *check = g_ptr_array_index (month->checks, i);

      if (g_str_equal (check->rule, rule))
        return check;
    }
  return NULL;
}
