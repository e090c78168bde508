/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-totals"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-diary-totals-private.h"

/* The diary's totals against one body's rules: plain arithmetic over plain records, so that the
 * CLI, the app and the tests get the same numbers. Supervision by month here; CPD by period in
 * ethos-cpd-totals.c. Nothing here reads the clock: "as of today"
 * is the @to a caller passes. A record with a date that cannot be read is left out rather than
 * guessed at (the diary refuses such dates when they are entered). */

/* "YYYY-MM" as a count of months since year 0, so that months subtract. */
static gboolean
read_month (const char *text, int *months)
{
  int year, month;

  if (text == NULL || strlen (text) != 7 || text[4] != '-')
    return FALSE;
  for (guint i = 0; i < 7; i++)
    if (i != 4 && !g_ascii_isdigit (text[i]))
      return FALSE;
  year = (int) g_ascii_strtoll (text, NULL, 10);
  month = (int) g_ascii_strtoll (text + 5, NULL, 10);
  if (year < 1900 || year > 2199 || month < 1 || month > 12)
    return FALSE;
  *months = year * 12 + month - 1;
  return TRUE;
}

/* The ratio to client hours of @total, whose credited and client minutes are counted. */
static void
judge_ratio (EthosMonthTotal *total, const EthosBodyRules *rules)
{
  /* the ratio in hundredths, so that a month's arithmetic is exact */
  gint64 ratio = 0;

  if (rules->client_hours_per_supervision_hour > 0)
    ratio = (gint64) (rules->client_hours_per_supervision_hour * 100 + 0.5);
  total->ratio_target_minutes = ETHOS_RULE_NOT_SET;
  if (ratio == 0)
    total->ratio = ETHOS_CHECK_NOT_SET;
  else if (total->client_minutes < 0)
    total->ratio = ETHOS_CHECK_UNKNOWN;
  else
    {
      /* 6 client hours to one of supervision: 30 client hours ask for 5; part of a minute
       * asked for is a whole minute. */
      total->ratio_target_minutes =
        (int) (((gint64) total->client_minutes * 100 + ratio - 1) / ratio);
      total->ratio = ethos_totals_check_at_least (total->credited_minutes,
                                                  total->ratio_target_minutes);
    }
}

/* Every calendar month from @from_month to @to_month ("YYYY-MM"), months without supervision
 * included, since those are the months a body's minimum is missed. Each session counts in the
 * month of its date, client hours included (they are reported at the session that follows
 * them). The ratio and the group share are checked on credited minutes: what the body counts. */
GArray *
ethos_supervision_month_totals (const EthosBodyRules       *rules,
                                const EthosSupervisionFact *facts,
                                guint                       n_facts,
                                const char                 *from_month,
                                const char                 *to_month)
{
  g_autoptr (GArray) totals = g_array_new (FALSE, TRUE, sizeof (EthosMonthTotal));
  int first, last;
  gboolean months_ok = read_month (from_month, &first) && read_month (to_month, &last);

  g_return_val_if_fail (rules != NULL, NULL);
  g_return_val_if_fail (facts != NULL || n_facts == 0, NULL);
  g_return_val_if_fail (months_ok, NULL);

  if (last >= first)
    g_array_set_size (totals, (guint) (last - first + 1));
  for (guint i = 0; i < totals->len; i++)
    {
      EthosMonthTotal *total = &g_array_index (totals, EthosMonthTotal, i);
      int months = first + (int) i;

      g_snprintf (total->month, sizeof total->month, "%04d-%02d", months / 12, months % 12 + 1);
      total->client_minutes = -1;
    }

  for (guint i = 0; i < n_facts; i++)
    {
      const EthosSupervisionFact *fact = &facts[i];
      EthosMonthTotal *total;
      GDate date;
      int index, credited;

      if (!ethos_totals_read_date (fact->date, &date))
        continue;
      index = (int) g_date_get_year (&date) * 12 + (int) g_date_get_month (&date) - 1 - first;
      if (index < 0 || (guint) index >= totals->len)
        continue;

      total = &g_array_index (totals, EthosMonthTotal, index);
      credited = ethos_body_rules_credited_minutes (rules, fact->format, fact->minutes,
                                                    fact->group_size);
      total->n_sessions++;
      total->minutes += MAX (fact->minutes, 0);
      total->credited_minutes += credited;
      if (ethos_body_rules_is_group_session (fact->format, fact->group_size))
        total->group_minutes += credited;
      if (fact->client_minutes >= 0)
        total->client_minutes = MAX (total->client_minutes, 0) + fact->client_minutes;
    }

  for (guint i = 0; i < totals->len; i++)
    {
      EthosMonthTotal *total = &g_array_index (totals, EthosMonthTotal, i);
      gint64 credited = total->credited_minutes;
      gint64 group = total->group_minutes;

      total->target_minutes = rules->monthly_minutes;
      total->minimum = ethos_totals_check_at_least (total->credited_minutes,
                                                    rules->monthly_minutes);

      /* Rounded up, so that the share shown is over the maximum exactly when it is flagged. */
      total->group_share_percent = credited > 0 ? (int) ((group * 100 + credited - 1) / credited)
                                                : 0;
      if (rules->max_group_share_percent == ETHOS_RULE_NOT_SET)
        total->group_share = ETHOS_CHECK_NOT_SET;
      else
        total->group_share = group * 100 <= (gint64) rules->max_group_share_percent * credited
                               ? ETHOS_CHECK_MET
                               : ETHOS_CHECK_NOT_MET;

      judge_ratio (total, rules);
    }
  return g_steal_pointer (&totals);
}

/**
 * ethos_month_total_set_client_minutes:
 * @client_minutes: the month's client work, or -1 when it is not known
 *
 * Judges @total's ratio to client hours on @client_minutes instead of what its sessions
 * reported: the month's total in the client-hours log, where the practitioner keeps one.
 */
void
ethos_month_total_set_client_minutes (EthosMonthTotal      *total,
                                      const EthosBodyRules *rules,
                                      int                   client_minutes)
{
  g_return_if_fail (total != NULL && rules != NULL);

  total->client_minutes = client_minutes < 0 ? -1 : client_minutes;
  judge_ratio (total, rules);
}
