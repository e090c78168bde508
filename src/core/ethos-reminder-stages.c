/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminder-stages"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-reminder-stages.h"

/* Which notification a reminder owes now.
 *
 * A reminder has a due day (and, for a deadline counted in hours, a due time), lead days
 * (30, 7: "due in 30 days", "due in 7 days") and a notification time of day. Its stages are one
 * per lead day at the notification time, "due" on the due day (at the due time when there is
 * one, otherwise at the notification time), then "overdue-1", "overdue-2", … one a day at the
 * notification time, without end. Times are wall-clock times in the time zone given, so 09:00
 * stays 09:00 across the clock changes.
 *
 * Nothing here reads the clock: "now" is always passed in. */

EthosStage *
ethos_stage_copy (const EthosStage *stage)
{
  EthosStage *copy;

  g_return_val_if_fail (stage != NULL, NULL);

  copy = g_new0 (EthosStage, 1);
  copy->id = g_strdup (stage->id);
  copy->fires_at = g_date_time_ref (stage->fires_at);
  copy->days_left = stage->days_left;
  return copy;
}

void
ethos_stage_free (EthosStage *stage)
{
  if (stage == NULL)
    return;
  g_free (stage->id);
  g_clear_pointer (&stage->fires_at, g_date_time_unref);
  g_free (stage);
}

/**
 * ethos_due_time_parse:
 * @text: a time of day as "HH:MM", 00:00 to 23:59
 * @hour: (out)
 * @minute: (out)
 *
 * Returns: TRUE if @text is exactly such a time.
 */
gboolean
ethos_due_time_parse (const char *text, int *hour, int *minute)
{
  int h, m;

  g_return_val_if_fail (hour != NULL && minute != NULL, FALSE);

  if (text == NULL || strlen (text) != 5 || text[2] != ':'
      || !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1])
      || !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;
  h = (text[0] - '0') * 10 + (text[1] - '0');
  m = (text[3] - '0') * 10 + (text[4] - '0');
  if (h > 23 || m > 59)
    return FALSE;
  *hour = h;
  *minute = m;
  return TRUE;
}

/* Everything the stages of one due date depend on. */
typedef struct
{
  GDate      due;
  int        notify_hour;
  int        notify_minute;
  GTimeZone *tz;
  GPtrArray *finite; /* the lead stages and "due", in order of fires_at */
} Plan;

static GDateTime *
wall_time (const GDate *day, int hour, int minute, GTimeZone *tz)
{
  return g_date_time_new (tz, g_date_get_year (day), g_date_get_month (day),
                          g_date_get_day (day), hour, minute, 0);
}

static EthosStage *
stage_new (char *id, const GDate *day, int hour, int minute, int days_left, GTimeZone *tz)
{
  EthosStage *stage = g_new0 (EthosStage, 1);

  stage->id = id;
  stage->fires_at = wall_time (day, hour, minute, tz);
  stage->days_left = days_left;
  return stage;
}

static int
compare_stages (gconstpointer a, gconstpointer b)
{
  const EthosStage *sa = *(EthosStage *const *) a;
  const EthosStage *sb = *(EthosStage *const *) b;

  return g_date_time_compare (sa->fires_at, sb->fires_at);
}

/* The stage "overdue-k", k >= 1. */
static EthosStage *
overdue_stage (const Plan *plan, guint k)
{
  GDate day = plan->due;

  g_date_add_days (&day, k);
  return stage_new (g_strdup_printf ("overdue-%u", k), &day, plan->notify_hour,
                    plan->notify_minute, -(int) k, plan->tz);
}

static gboolean
plan_init (Plan        *plan,
           const GDate *due,
           const char  *due_time,
           const int   *lead_days,
           guint        n_leads,
           int          notify_hour,
           int          notify_minute,
           GTimeZone   *tz)
{
  int due_hour = notify_hour, due_minute = notify_minute;

  if (due_time != NULL && !ethos_due_time_parse (due_time, &due_hour, &due_minute))
    {
      g_critical ("“%s” is not a due time (HH:MM)", due_time);
      return FALSE;
    }

  plan->due = *due;
  plan->notify_hour = notify_hour;
  plan->notify_minute = notify_minute;
  plan->tz = tz;
  plan->finite = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_stage_free);

  for (guint i = 0; i < n_leads; i++)
    {
      int lead = lead_days[i];
      gboolean seen = FALSE;
      GDate day = *due;

      /* A lead of 0 is the due stage itself; repeats and leads before the calendar are dropped. */
      if (lead <= 0 || (guint) lead >= g_date_get_julian (due))
        continue;
      for (guint j = 0; j < i; j++)
        seen = seen || lead_days[j] == lead;
      if (seen)
        continue;
      g_date_subtract_days (&day, (guint) lead);
      g_ptr_array_add (plan->finite, stage_new (g_strdup_printf ("lead-%d", lead), &day,
                                                notify_hour, notify_minute, lead, tz));
    }
  g_ptr_array_add (plan->finite, stage_new (g_strdup ("due"), due, due_hour, due_minute, 0, tz));
  g_ptr_array_sort (plan->finite, compare_stages);
  return TRUE;
}

static void
plan_clear (Plan *plan)
{
  g_clear_pointer (&plan->finite, g_ptr_array_unref);
}

static void
local_date (GDateTime *time, GTimeZone *tz, GDate *out)
{
  g_autoptr (GDateTime) local = g_date_time_to_timezone (time, tz);
  int year, month, day;

  g_date_time_get_ymd (local, &year, &month, &day);
  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* The latest stage with fires_at <= when, or NULL before the first. */
static EthosStage *
plan_latest_at (const Plan *plan, GDateTime *when)
{
  const EthosStage *best = NULL;
  g_autoptr (EthosStage) overdue = NULL;
  GDate day;

  for (guint i = 0; i < plan->finite->len; i++)
    {
      const EthosStage *stage = g_ptr_array_index (plan->finite, i);

      if (g_date_time_compare (stage->fires_at, when) <= 0)
        best = stage;
    }

  /* Only the overdue stages of that day and the day before can be the latest. */
  local_date (when, plan->tz, &day);
  if (g_date_compare (&day, &plan->due) > 0)
    {
      guint k = (guint) g_date_days_between (&plan->due, &day);

      for (guint j = k > 1 ? k - 1 : 1; j <= k; j++)
        {
          g_autoptr (EthosStage) stage = overdue_stage (plan, j);

          if (g_date_time_compare (stage->fires_at, when) <= 0
              && (best == NULL || g_date_time_compare (stage->fires_at, best->fires_at) > 0))
            {
              g_clear_pointer (&overdue, ethos_stage_free);
              overdue = g_steal_pointer (&stage);
              best = overdue;
            }
        }
    }

  return best != NULL ? ethos_stage_copy (best) : NULL;
}

/* The first fires_at strictly after `after`, of any stage. */
static GDateTime *
plan_next_time (const Plan *plan, GDateTime *after)
{
  GDateTime *next = NULL;
  GDate day, first_overdue;
  g_autoptr (EthosStage) overdue = NULL;

  for (guint i = 0; i < plan->finite->len && next == NULL; i++)
    {
      const EthosStage *stage = g_ptr_array_index (plan->finite, i);

      if (g_date_time_compare (stage->fires_at, after) > 0)
        next = g_date_time_ref (stage->fires_at);
    }

  local_date (after, plan->tz, &day);
  first_overdue = plan->due;
  g_date_add_days (&first_overdue, 1);
  if (g_date_compare (&day, &first_overdue) < 0)
    day = first_overdue;
  overdue = overdue_stage (plan, (guint) g_date_days_between (&plan->due, &day));
  if (g_date_time_compare (overdue->fires_at, after) <= 0)
    {
      guint k = (guint) -overdue->days_left + 1;

      g_clear_pointer (&overdue, ethos_stage_free);
      overdue = overdue_stage (plan, k);
    }

  if (next == NULL || g_date_time_compare (overdue->fires_at, next) < 0)
    {
      g_clear_pointer (&next, g_date_time_unref);
      next = g_date_time_ref (overdue->fires_at);
    }
  return next;
}

static gboolean
is_fired (GStrv fired_ids, const char *also, const char *id)
{
  return (fired_ids != NULL && g_strv_contains ((const char *const *) fired_ids, id))
         || g_strcmp0 (also, id) == 0;
}

/* The stage that would fire at `when`, or NULL. */
static EthosStage *
plan_fires_at (const Plan *plan,
               GDateTime  *when,
               GDateTime  *not_before,
               GStrv       fired_ids,
               const char *also_fired)
{
  g_autoptr (EthosStage) stage = NULL;

  if (not_before != NULL && g_date_time_compare (when, not_before) < 0)
    return NULL;
  stage = plan_latest_at (plan, when);
  if (stage == NULL || is_fired (fired_ids, also_fired, stage->id))
    return NULL;
  return g_steal_pointer (&stage);
}

static gboolean
check_notify_time (int hour, int minute)
{
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

/**
 * ethos_reminder_stages:
 * @due: the due day
 * @due_time: (nullable): "HH:MM" for a deadline in hours: the "due" stage fires then
 * @lead_days: (array length=n_leads): days before the due day to give notice (30, 7)
 * @n_leads: how many lead days
 * @until: (nullable): the last overdue day to list; NULL or not after @due for none
 * @notify_hour: the notification time of day, 0 to 23
 * @notify_minute: 0 to 59
 * @tz: the time zone wall-clock times are in
 *
 * Lists the stages of a reminder up to @until. Leads of 0 or less and repeated leads are
 * dropped.
 *
 * Returns: (transfer full) (element-type EthosStage): the stages in order of fires_at.
 */
GPtrArray *
ethos_reminder_stages (const GDate *due,
                       const char  *due_time,
                       const int   *lead_days,
                       guint        n_leads,
                       const GDate *until,
                       int          notify_hour,
                       int          notify_minute,
                       GTimeZone   *tz)
{
  Plan plan;
  GPtrArray *stages;

  g_return_val_if_fail (due != NULL && g_date_valid (due), NULL);
  g_return_val_if_fail (lead_days != NULL || n_leads == 0, NULL);
  g_return_val_if_fail (until == NULL || g_date_valid (until), NULL);
  g_return_val_if_fail (check_notify_time (notify_hour, notify_minute), NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  if (!plan_init (&plan, due, due_time, lead_days, n_leads, notify_hour, notify_minute, tz))
    return NULL;

  stages = g_steal_pointer (&plan.finite);
  if (until != NULL && g_date_compare (until, due) > 0)
    {
      guint days = (guint) g_date_days_between (due, until);

      for (guint k = 1; k <= days; k++)
        g_ptr_array_add (stages, overdue_stage (&plan, k));
    }
  g_ptr_array_sort (stages, compare_stages);
  plan_clear (&plan);
  return stages;
}

/**
 * ethos_reminder_stage_due:
 * @due: the due day
 * @due_time: (nullable): "HH:MM" for a deadline in hours
 * @lead_days: (array length=n_leads): days before the due day to give notice
 * @n_leads: how many lead days
 * @snoozed_until: (nullable): no stage fires before this day at the notification time
 * @fired_ids: (nullable): the ids of the stages already given for this due date
 * @notify_hour: the notification time of day, 0 to 23
 * @notify_minute: 0 to 59
 * @tz: the time zone wall-clock times are in
 * @now: the time to answer for
 * @next_wakeup: (out) (optional) (nullable): the next time after @now at which a stage could
 *   fire (assuming the stage returned is recorded as fired), or NULL
 *
 * Which notification to give now: the latest stage with fires_at <= @now, unless it has
 * already been given or @now is before the snooze ends. Only one stage a call: after time away
 * only the latest missed stage fires, never a flood of the ones in between. When a snooze ends,
 * the latest stage by then fires (if it has not been given), even one from before the snooze
 * day.
 *
 * Overdue stages go on daily without end; the ones around @now are worked out directly.
 *
 * Returns: (transfer full) (nullable): the stage to fire, or NULL when nothing is due.
 */
EthosStage *
ethos_reminder_stage_due (const GDate  *due,
                          const char   *due_time,
                          const int    *lead_days,
                          guint         n_leads,
                          const GDate  *snoozed_until,
                          GStrv         fired_ids,
                          int           notify_hour,
                          int           notify_minute,
                          GTimeZone    *tz,
                          GDateTime    *now,
                          GDateTime   **next_wakeup)
{
  Plan plan;
  g_autoptr (GDateTime) not_before = NULL;
  g_autoptr (GDateTime) when = NULL;
  EthosStage *stage;
  guint tries;

  if (next_wakeup != NULL)
    *next_wakeup = NULL;

  g_return_val_if_fail (due != NULL && g_date_valid (due), NULL);
  g_return_val_if_fail (lead_days != NULL || n_leads == 0, NULL);
  g_return_val_if_fail (snoozed_until == NULL || g_date_valid (snoozed_until), NULL);
  g_return_val_if_fail (check_notify_time (notify_hour, notify_minute), NULL);
  g_return_val_if_fail (tz != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (!plan_init (&plan, due, due_time, lead_days, n_leads, notify_hour, notify_minute, tz))
    return NULL;

  if (snoozed_until != NULL)
    not_before = wall_time (snoozed_until, notify_hour, notify_minute, tz);

  stage = plan_fires_at (&plan, now, not_before, fired_ids, NULL);

  if (next_wakeup != NULL)
    {
      /* Walk the stage times after now; each one that would not fire is either already given
       * (at most one per fired id) or before the snooze ends (skipped in one jump), so this
       * ends in a few steps. */
      tries = plan.finite->len + (fired_ids != NULL ? g_strv_length (fired_ids) : 0) + 4;
      when = g_date_time_ref (now);
      for (guint i = 0; i < tries; i++)
        {
          g_autoptr (EthosStage) then = NULL;
          GDateTime *next = plan_next_time (&plan, when);

          g_clear_pointer (&when, g_date_time_unref);
          when = next;
          if (not_before != NULL && g_date_time_compare (when, not_before) < 0)
            {
              g_clear_pointer (&when, g_date_time_unref);
              when = g_date_time_ref (not_before);
            }
          then = plan_fires_at (&plan, when, not_before, fired_ids,
                                stage != NULL ? stage->id : NULL);
          if (then != NULL)
            {
              *next_wakeup = g_steal_pointer (&when);
              break;
            }
        }
    }

  plan_clear (&plan);
  return stage;
}
