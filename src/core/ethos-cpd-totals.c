/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-totals"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-diary-totals-private.h"
#include "ethos-entry.h"

/* CPD against one body's rules: its periods (counted from the practitioner's own date), the
 * hours in each against the target, the kinds, the years of a long period against the annual
 * minimum, stretches without CPD, hours on the body's topic and reflective statements. The
 * supervision months are in ethos-diary-totals.c. */

static char *
format_stretch (const GDate *first, const GDate *last)
{
  char a[11], b[11];

  ethos_totals_write_date (first, a);
  ethos_totals_write_date (last, b);
  return g_strdup_printf ("%s..%s", a, b);
}

/* The start of period @k after (or, negative, before) the anchor. Always counted from the
 * anchor, never from the period before, so that a cycle from 31 January runs from 31 January
 * every year, not 28 February onwards once it has passed a February. */
static void
period_start (const GDate *anchor, int months, int k, GDate *start)
{
  *start = *anchor;
  if (k >= 0)
    g_date_add_months (start, (guint) (k * months));
  else
    g_date_subtract_months (start, (guint) (-k * months));
}

/* The number of the period that holds @date. */
static int
period_index (const GDate *anchor, int months, const GDate *date)
{
  int diff = ((int) g_date_get_year (date) - (int) g_date_get_year (anchor)) * 12
             + (int) g_date_get_month (date) - (int) g_date_get_month (anchor);
  int k = diff >= 0 ? diff / months : -((-diff + months - 1) / months);
  GDate start;

  for (;;)
    {
      period_start (anchor, months, k, &start);
      if (g_date_compare (&start, date) > 0)
        {
          k--;
          continue;
        }
      period_start (anchor, months, k + 1, &start);
      if (g_date_compare (&start, date) <= 0)
        {
          k++;
          continue;
        }
      return k;
    }
}

static void
period_end (const GDate *anchor, int months, int k, GDate *end)
{
  period_start (anchor, months, k + 1, end);
  g_date_subtract_days (end, 1);
}

/* The period (of the body's length, counted from @period_anchor) that holds @date. FALSE when
 * the body has no period length or a date cannot be read. */
gboolean
ethos_cpd_period_bounds (const EthosBodyRules *rules,
                         const char           *period_anchor,
                         const char           *date,
                         char                  start[11],
                         char                  end[11])
{
  GDate anchor, day, first, last;
  int k;

  g_return_val_if_fail (rules != NULL, FALSE);

  if (rules->cpd_period_months == ETHOS_RULE_NOT_SET
      || !ethos_totals_read_date (period_anchor, &anchor)
      || !ethos_totals_read_date (date, &day))
    return FALSE;
  k = period_index (&anchor, rules->cpd_period_months, &day);
  period_start (&anchor, rules->cpd_period_months, k, &first);
  period_end (&anchor, rules->cpd_period_months, k, &last);
  if (start != NULL)
    ethos_totals_write_date (&first, start);
  if (end != NULL)
    ethos_totals_write_date (&last, end);
  return TRUE;
}

typedef struct
{
  guint32 first; /* Julian days */
  guint32 last;
} Stretch;

static int
compare_stretches (const void *a, const void *b)
{
  const Stretch *x = a, *y = b;

  return x->first < y->first ? -1 : x->first > y->first;
}

/* A stretch of days [@first, @last] lasts @months or more when @months after its first day is
 * no later than the day after its last: nothing from 1 January to 31 March is 3 months. */
static gboolean
stretch_lasts (guint32 first, guint32 last, int months)
{
  GDate end;

  g_date_clear (&end, 1);
  g_date_set_julian (&end, first);
  g_date_add_months (&end, (guint) months);
  return g_date_get_julian (&end) <= last + 1;
}

static void
add_gap (EthosCpdPeriod *period, guint32 first, guint32 last, int months)
{
  GDate a, b;

  if (last < first || !stretch_lasts (first, last, months))
    return;
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_julian (&a, first);
  g_date_set_julian (&b, last);
  g_ptr_array_add (period->gaps, format_stretch (&a, &b));
}

/* Stretches of the period up to @as_of without CPD. An activity over several days covers all of
 * them. When the period has an opening balance, the stretch before the first recorded activity
 * is not looked at: the balance was done then, on days the diary does not know. */
static void
find_gaps (EthosCpdPeriod     *period,
           const EthosCpdFact *facts,
           guint               n_facts,
           const GDate        *start,
           const GDate        *as_of,
           int                 months)
{
  g_autoptr (GArray) covered = g_array_new (FALSE, FALSE, sizeof (Stretch));
  guint32 first = g_date_get_julian (start), last = g_date_get_julian (as_of);
  guint32 cursor = first;

  for (guint i = 0; i < n_facts; i++)
    {
      GDate date, end;
      Stretch stretch;

      if (!ethos_totals_read_date (facts[i].date, &date))
        continue;
      if (facts[i].end_date[0] == '\0' || !ethos_totals_read_date (facts[i].end_date, &end)
          || g_date_compare (&end, &date) < 0)
        end = date;
      stretch.first = MAX (g_date_get_julian (&date), first);
      stretch.last = MIN (g_date_get_julian (&end), last);
      if (stretch.first <= stretch.last)
        g_array_append_val (covered, stretch);
    }
  g_array_sort (covered, compare_stretches);

  if (period->opening_minutes > 0)
    cursor = covered->len > 0 ? g_array_index (covered, Stretch, 0).first : last + 1;
  for (guint i = 0; i < covered->len; i++)
    {
      const Stretch *stretch = &g_array_index (covered, Stretch, i);

      if (stretch->first > cursor)
        add_gap (period, cursor, stretch->first - 1, months);
      cursor = MAX (cursor, stretch->last + 1);
    }
  if (cursor <= last)
    add_gap (period, cursor, last, months);
}

/* Each year of the period against the annual minimum. The opening balance's split over the
 * years is not known; it was done before the diary began, so it fills the earliest years'
 * minimums first. Years that have not begun by @as_of are not judged. */
static void
check_years (EthosCpdPeriod     *period,
             const EthosBodyRules *rules,
             const EthosCpdFact *facts,
             guint               n_facts,
             const GDate        *start,
             const GDate        *end,
             const GDate        *as_of)
{
  int minimum = rules->cpd_annual_minimum_minutes;
  int opening = period->opening_minutes;

  for (int year = 0;; year++)
    {
      GDate first = *start, last = *start;
      int minutes = 0;

      g_date_add_months (&first, (guint) (12 * year));
      if (g_date_compare (&first, end) > 0 || g_date_compare (&first, as_of) > 0)
        break;
      g_date_add_months (&last, (guint) (12 * (year + 1)));
      g_date_subtract_days (&last, 1);
      if (g_date_compare (&last, end) > 0)
        last = *end;

      for (guint i = 0; i < n_facts; i++)
        {
          GDate date;

          if (ethos_totals_read_date (facts[i].date, &date) && g_date_compare (&date, &first) >= 0
              && g_date_compare (&date, &last) <= 0 && g_date_compare (&date, as_of) <= 0)
            minutes += MAX (facts[i].minutes, 0);
        }
      if (minutes < minimum && opening > 0)
        {
          int used = MIN (opening, minimum - minutes);

          minutes += used;
          opening -= used;
        }
      if (minutes < minimum)
        g_ptr_array_add (period->short_years, format_stretch (&first, &last));
    }
  period->annual = period->short_years->len == 0 ? ETHOS_CHECK_MET : ETHOS_CHECK_NOT_MET;
}

static void
cpd_period_clear (gpointer data)
{
  EthosCpdPeriod *period = data;

  g_clear_pointer (&period->short_years, g_ptr_array_unref);
  g_clear_pointer (&period->gaps, g_ptr_array_unref);
}

/* Whether @fact is tagged with @topic. */
gboolean
ethos_cpd_fact_has_topic (const EthosCpdFact *fact, const char *topic)
{
  g_auto (GStrv) topics = NULL;

  if (fact->topics == NULL || fact->topics[0] == '\0' || topic == NULL)
    return FALSE;
  topics = g_strsplit (fact->topics, ",", -1);
  return g_strv_contains ((const char *const *) topics, topic);
}

static void
fill_period (EthosCpdPeriod          *period,
             const EthosBodyRules    *rules,
             const EthosCpdFact      *facts,
             guint                    n_facts,
             const GDate             *start,
             const GDate             *end,
             const GDate             *to,
             EthosOpeningBalanceFunc  opening,
             gpointer                 user_data)
{
  g_autoptr (GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  const GDate *as_of = g_date_compare (end, to) < 0 ? end : to;
  const char *topic = rules->cpd_topic != ETHOS_RULE_NOT_SET ? ethos_cpd_topics[rules->cpd_topic]
                                                             : NULL;

  ethos_totals_write_date (start, period->period_start);
  ethos_totals_write_date (end, period->period_end);
  period->short_years = g_ptr_array_new_with_free_func (g_free);
  period->gaps = g_ptr_array_new_with_free_func (g_free);
  period->opening_minutes = opening != NULL ? MAX (opening (period->period_start, user_data), 0)
                                            : 0;
  period->minutes = period->opening_minutes;

  /* An activity counts in the period of its first day. */
  for (guint i = 0; i < n_facts; i++)
    {
      GDate date;

      if (!ethos_totals_read_date (facts[i].date, &date) || g_date_compare (&date, start) < 0
          || g_date_compare (&date, as_of) > 0)
        continue;
      period->n_activities++;
      period->minutes += MAX (facts[i].minutes, 0);
      if (facts[i].kind != NULL && facts[i].kind[0] != '\0')
        g_hash_table_add (kinds, (gpointer) facts[i].kind);
      if (topic != NULL && ethos_cpd_fact_has_topic (&facts[i], topic))
        period->topic_minutes += MAX (facts[i].minutes, 0);
      if (facts[i].reflected)
        period->n_reflected++;
    }
  period->n_kinds = g_hash_table_size (kinds);

  period->target_minutes = rules->cpd_target_minutes;
  period->target = ethos_totals_check_at_least (period->minutes, rules->cpd_target_minutes);
  period->kinds = ethos_totals_check_at_least ((int) period->n_kinds, rules->cpd_min_kinds);
  period->topic = topic != NULL ? ethos_totals_check_at_least (period->topic_minutes,
                                                               rules->cpd_topic_minutes)
                                : ETHOS_CHECK_NOT_SET;
  period->reflections = ethos_totals_check_at_least ((int) period->n_reflected,
                                                     rules->cpd_min_reflections);

  if (rules->cpd_annual_minimum_minutes == ETHOS_RULE_NOT_SET)
    period->annual = ETHOS_CHECK_NOT_SET;
  else
    check_years (period, rules, facts, n_facts, start, end, as_of);

  if (rules->cpd_flag_gap_months == ETHOS_RULE_NOT_SET)
    period->no_gaps = ETHOS_CHECK_NOT_SET;
  else
    {
      find_gaps (period, facts, n_facts, start, as_of, rules->cpd_flag_gap_months);
      period->no_gaps = period->gaps->len == 0 ? ETHOS_CHECK_MET : ETHOS_CHECK_NOT_MET;
    }
}

/* The body's CPD periods that overlap @from..@to (YYYY-MM-DD), counted from @period_anchor (the
 * start of any one period: a renewal or registration date; @from when NULL). @to is "as of":
 * activities after it are left out and a stretch without CPD ends there, so a caller passes
 * today for the current picture. @from only picks the first period: a period counts all its
 * activities from its first day. A body with no period length gives one period, @from..@to.
 * @opening gives each period's opening balance (NULL: none). */
GArray *
ethos_cpd_periods (const EthosBodyRules     *rules,
                   const EthosCpdFact       *facts,
                   guint                     n_facts,
                   const char               *period_anchor,
                   const char               *from,
                   const char               *to,
                   EthosOpeningBalanceFunc   opening,
                   gpointer                  user_data)
{
  g_autoptr (GArray) periods = g_array_new (FALSE, TRUE, sizeof (EthosCpdPeriod));
  GDate anchor, first, last;
  gboolean dates_ok = ethos_totals_read_date (from, &first) && ethos_totals_read_date (to, &last)
                      && (period_anchor == NULL || ethos_totals_read_date (period_anchor, &anchor));
  int months;

  g_return_val_if_fail (rules != NULL, NULL);
  g_return_val_if_fail (facts != NULL || n_facts == 0, NULL);
  g_return_val_if_fail (dates_ok, NULL);

  months = rules->cpd_period_months;

  g_array_set_clear_func (periods, cpd_period_clear);
  if (g_date_compare (&first, &last) > 0)
    return g_steal_pointer (&periods);
  if (period_anchor == NULL)
    anchor = first;

  if (months == ETHOS_RULE_NOT_SET)
    {
      g_array_set_size (periods, 1);
      fill_period (&g_array_index (periods, EthosCpdPeriod, 0), rules, facts, n_facts, &first,
                   &last, &last, opening, user_data);
      return g_steal_pointer (&periods);
    }

  for (int k = period_index (&anchor, months, &first);; k++)
    {
      GDate start, end;

      period_start (&anchor, months, k, &start);
      if (g_date_compare (&start, &last) > 0)
        break;
      period_end (&anchor, months, k, &end);
      g_array_set_size (periods, periods->len + 1);
      fill_period (&g_array_index (periods, EthosCpdPeriod, periods->len - 1), rules, facts,
                   n_facts, &start, &end, &last, opening, user_data);
    }
  return g_steal_pointer (&periods);
}
