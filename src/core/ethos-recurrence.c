/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-recurrence"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-recurrence.h"

/* Due-date arithmetic for repeating reminders ("every 3 years", "every 2 weeks").
 *
 * Months and years are always counted from an anchor day with a number of steps (anchor + k
 * months, clamped to the end of a short month), never by clamping again and again, so a
 * reminder anchored on 31 January falls on 28 or 29 February and comes back to 31 March, and
 * one anchored on 29 February falls on 28 February in common years and 29 February again in
 * leap years. */

/* The last year GDate arithmetic here is allowed to reach. */
#define LAST_YEAR 9999

gboolean
ethos_recurrence_parse (const char *text, EthosRecurrence *out, GError **error)
{
  gsize len;
  guint64 count;
  char unit;

  g_return_val_if_fail (out != NULL, FALSE);

  *out = (EthosRecurrence) { ETHOS_EVERY_NONE, 0, FALSE };
  if (text == NULL || text[0] == '\0' || g_str_equal (text, "none"))
    return TRUE;

  /* A count of 1 to 4 plain digits, then one unit letter: nothing else. */
  len = strlen (text);
  if (len < 2 || len > 5)
    goto bad;
  for (gsize i = 0; i + 1 < len; i++)
    if (!g_ascii_isdigit (text[i]))
      goto bad;
  unit = text[len - 1];
  count = g_ascii_strtoull (text, NULL, 10);

  switch (unit)
    {
    case 'd':
      out->unit = ETHOS_EVERY_DAYS;
      break;
    case 'w':
      out->unit = ETHOS_EVERY_WEEKS;
      break;
    case 'm':
      out->unit = ETHOS_EVERY_MONTHS;
      break;
    case 'y':
      out->unit = ETHOS_EVERY_YEARS;
      break;
    default:
      goto bad;
    }

  if (count < 1 || count > ETHOS_RECURRENCE_MAX_COUNT)
    {
      out->unit = ETHOS_EVERY_NONE;
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                   _("“%s” repeats every %llu: the number must be 1 to %d"), text,
                   (unsigned long long) count, ETHOS_RECURRENCE_MAX_COUNT);
      return FALSE;
    }
  out->count = (guint) count;
  return TRUE;

bad:
  *out = (EthosRecurrence) { ETHOS_EVERY_NONE, 0, FALSE };
  g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
               _("“%s” is not a repeat: write a number and d, w, m or y, for example 3y for every three years"),
               text);
  return FALSE;
}

char *
ethos_recurrence_to_string (const EthosRecurrence *r)
{
  static const char units[] = { '\0', 'd', 'w', 'm', 'y' };

  g_return_val_if_fail (r != NULL, NULL);

  if (r->unit == ETHOS_EVERY_NONE || r->count == 0 || (guint) r->unit >= G_N_ELEMENTS (units))
    return g_strdup ("");
  return g_strdup_printf ("%u%c", r->count, units[r->unit]);
}

/* anchor + months, with the anchor's day clamped to the length of the month it lands in. */
static gboolean
add_months (const GDate *anchor, guint64 months, GDate *out)
{
  guint64 index = (guint64) g_date_get_year (anchor) * 12 + (g_date_get_month (anchor) - 1) + months;
  guint64 year = index / 12;
  GDateMonth month = (GDateMonth) (index % 12 + 1);
  guint8 last;
  GDateDay day;

  if (year > LAST_YEAR)
    return FALSE;
  last = g_date_get_days_in_month (month, (GDateYear) year);
  day = MIN (g_date_get_day (anchor), last);
  g_date_clear (out, 1);
  g_date_set_dmy (out, day, month, (GDateYear) year);
  return TRUE;
}

static gboolean
add_days (const GDate *anchor, guint64 days, GDate *out)
{
  GDate last;
  gint room;

  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, LAST_YEAR);
  room = g_date_days_between (anchor, &last);
  if (room < 0 || days > (guint64) room)
    return FALSE;
  *out = *anchor;
  g_date_add_days (out, (guint) days);
  return TRUE;
}

/* The length of one step, in days or in months. */
static guint64
step_size (const EthosRecurrence *r, gboolean *in_months)
{
  switch (r->unit)
    {
    case ETHOS_EVERY_DAYS:
      *in_months = FALSE;
      return r->count;
    case ETHOS_EVERY_WEEKS:
      *in_months = FALSE;
      return (guint64) r->count * 7;
    case ETHOS_EVERY_MONTHS:
      *in_months = TRUE;
      return r->count;
    case ETHOS_EVERY_YEARS:
      *in_months = TRUE;
      return (guint64) r->count * 12;
    case ETHOS_EVERY_NONE:
    default:
      *in_months = FALSE;
      return 0;
    }
}

/**
 * ethos_recurrence_add:
 * @r: the recurrence
 * @anchor: the day to count from
 * @steps: how many intervals to add
 * @out: (out): anchor + steps intervals
 *
 * Adds @steps whole intervals to @anchor in one go: months and years clamp the anchor's day to
 * the month they land in (31 Jan + 1m = 28/29 Feb, + 2m = 31 Mar).
 *
 * Returns: FALSE for no recurrence or a date past the year 9999.
 */
gboolean
ethos_recurrence_add (const EthosRecurrence *r, const GDate *anchor, guint steps, GDate *out)
{
  gboolean in_months;
  guint64 step;

  g_return_val_if_fail (r != NULL, FALSE);
  g_return_val_if_fail (anchor != NULL && g_date_valid (anchor), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  step = step_size (r, &in_months);
  if (step == 0)
    return FALSE;
  if (in_months)
    return add_months (anchor, step * steps, out);
  return add_days (anchor, step * steps, out);
}

/**
 * ethos_recurrence_next_due:
 * @r: the recurrence
 * @anchor: (nullable): the reminder's first due date, whose day of the month later months keep;
 *   NULL to use @current_due
 * @current_due: the due date that was just completed
 * @done_on: the day it was completed
 * @next: (out): the next due date
 *
 * The next due date after a completion.
 *
 * Counted from the due date (the default), the next due date is the first occurrence of the
 * series that is after both @current_due and @done_on: a reminder done early stays on its
 * cycle, and one done late skips the occurrences it missed instead of falling due at once. Days
 * and weeks step from @current_due; months and years step from @anchor so its day comes back
 * after short months.
 *
 * Counted from completion, the next due date is @done_on plus one interval (months clamped to
 * the end of a short month).
 *
 * Returns: FALSE when @r does not repeat (or the date would pass the year 9999).
 */
gboolean
ethos_recurrence_next_due (const EthosRecurrence *r,
                           const GDate           *anchor,
                           const GDate           *current_due,
                           const GDate           *done_on,
                           GDate                 *next)
{
  const GDate *base;
  const GDate *later;
  gboolean in_months;
  guint64 step;
  guint64 k;

  g_return_val_if_fail (r != NULL, FALSE);
  g_return_val_if_fail (current_due != NULL && g_date_valid (current_due), FALSE);
  g_return_val_if_fail (done_on != NULL && g_date_valid (done_on), FALSE);
  g_return_val_if_fail (anchor == NULL || g_date_valid (anchor), FALSE);
  g_return_val_if_fail (next != NULL, FALSE);

  step = step_size (r, &in_months);
  if (step == 0)
    return FALSE;

  if (r->from_completion)
    return ethos_recurrence_add (r, done_on, 1, next);

  later = g_date_compare (done_on, current_due) > 0 ? done_on : current_due;
  base = (in_months && anchor != NULL) ? anchor : current_due;

  /* Start at the last step that cannot yet be after `later`, then walk on: at most a step or
   * two, however late the completion. */
  if (in_months)
    {
      gint64 months = ((gint64) g_date_get_year (later) - g_date_get_year (base)) * 12
                      + ((gint64) g_date_get_month (later) - g_date_get_month (base));
      k = months > 0 ? (guint64) months / step : 0;
    }
  else
    {
      gint days = g_date_days_between (base, later);
      k = days > 0 ? (guint64) days / step : 0;
    }
  k = MAX (k, 1);

  for (;; k++)
    {
      gboolean ok = in_months ? add_months (base, step * k, next) : add_days (base, step * k, next);

      if (!ok)
        return FALSE;
      if (g_date_compare (next, later) > 0)
        return TRUE;
    }
}

/* In words, for people: "every 3 years", "every month", "once". */
char *
ethos_recurrence_describe (const EthosRecurrence *r)
{
  guint n = r->count;

  switch (r->unit)
    {
    case ETHOS_EVERY_DAYS:
      return n == 1 ? g_strdup (_("every day"))
                    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "every %u day",
                                                    "every %u days", n), n);
    case ETHOS_EVERY_WEEKS:
      return n == 1 ? g_strdup (_("every week"))
                    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "every %u week",
                                                    "every %u weeks", n), n);
    case ETHOS_EVERY_MONTHS:
      return n == 1 ? g_strdup (_("every month"))
                    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "every %u month",
                                                    "every %u months", n), n);
    case ETHOS_EVERY_YEARS:
      return n == 1 ? g_strdup (_("every year"))
                    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "every %u year",
                                                    "every %u years", n), n);
    case ETHOS_EVERY_NONE:
    default:
      return g_strdup (_("once"));
    }
}
