/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-ical-read.h"
#include "ethos-recurrence.h"

/* An iCalendar file's events (VEVENT, by DTSTART) and to-dos (VTODO, by DUE, else DTSTART) as
 * Ethos reminders: a repeat (RRULE) becomes Ethos's own where it is one (every N days, weeks,
 * months or years, for ever), and each alarm (VALARM) a number of days' warning. What cannot be
 * taken is said, with the reason, never quietly changed. */

#define ICAL_BYTES_MAX (10 * 1024 * 1024)
#define STEPS_MAX 100000

void
ethos_ical_skip_free (EthosIcalSkip *skip)
{
  if (skip == NULL)
    return;
  g_free (skip->item);
  g_free (skip->reason);
  g_free (skip);
}

static gboolean
skip (GPtrArray *skipped, const char *item, const char *reason)
{
  EthosIcalSkip *s = g_new0 (EthosIcalSkip, 1);

  s->item = g_strdup (item);
  s->reason = g_strdup (reason);
  g_ptr_array_add (skipped, s);
  return FALSE;
}

static gboolean
by_part_set (const short *parts)
{
  return parts[0] != ICAL_RECURRENCE_ARRAY_MAX;
}

/* The RRULE as Ethos's "every" ("3y", "6m", "2w", "10d"), or NULL with @reason. */
static char *
every_from_rule (icalcomponent *component, const char **reason)
{
  icalproperty *property = icalcomponent_get_first_property (component, ICAL_RRULE_PROPERTY);
  struct icalrecurrencetype rule;
  char unit;

  if (property == NULL)
    return g_strdup ("");
  if (icalcomponent_get_next_property (component, ICAL_RRULE_PROPERTY) != NULL)
    {
      *reason = _("it repeats by more than one rule; an Ethos reminder repeats by one");
      return NULL;
    }
  rule = icalproperty_get_rrule (property);
  switch (rule.freq)
    {
    case ICAL_YEARLY_RECURRENCE: unit = 'y'; break;
    case ICAL_MONTHLY_RECURRENCE: unit = 'm'; break;
    case ICAL_WEEKLY_RECURRENCE: unit = 'w'; break;
    case ICAL_DAILY_RECURRENCE: unit = 'd'; break;
    default:
      *reason = _("it repeats more often than daily; an Ethos reminder repeats every so many "
                  "days, weeks, months or years");
      return NULL;
    }
  if (rule.count > 0 || !icaltime_is_null_time (rule.until))
    {
      *reason = _("its repeats end (after a number of times or on a date); an Ethos reminder "
                  "repeats until it is deleted");
      return NULL;
    }
  if (by_part_set (rule.by_second) || by_part_set (rule.by_minute) || by_part_set (rule.by_hour)
      || by_part_set (rule.by_day) || by_part_set (rule.by_month_day)
      || by_part_set (rule.by_year_day) || by_part_set (rule.by_week_no)
      || by_part_set (rule.by_month) || by_part_set (rule.by_set_pos))
    {
      *reason = _("it repeats on particular days (such as the first Monday); an Ethos reminder "
                  "repeats on the day it starts");
      return NULL;
    }
  return g_strdup_printf ("%d%c", rule.interval > 0 ? rule.interval : 1, unit);
}

static int
days_before (struct icaltimetype when, const GDate *day)
{
  GDate date;

  if (!g_date_valid_dmy (when.day, when.month, when.year))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, when.day, when.month, when.year);
  return MAX (0, g_date_days_between (&date, day));
}

/* Days of warning from each alarm, counted by the calendar day it goes off: "-P7D" is 7; 15
 * minutes before a morning event is 0, the day itself; an alarm after the start is 0. */
static char *
leads_from_alarms (icalcomponent *component, struct icaltimetype start, const GDate *first)
{
  g_autoptr (GString) leads = g_string_new (NULL);

  for (icalcomponent *alarm = icalcomponent_get_first_component (component, ICAL_VALARM_COMPONENT);
       alarm != NULL;
       alarm = icalcomponent_get_next_component (component, ICAL_VALARM_COMPONENT))
    {
      icalproperty *property = icalcomponent_get_first_property (alarm, ICAL_TRIGGER_PROPERTY);
      struct icaltriggertype trigger;
      int days = 0;

      if (property == NULL)
        continue;
      trigger = icalproperty_get_trigger (property);
      if (!icaltime_is_null_time (trigger.time))
        days = days_before (trigger.time, first);
      else
        days = days_before (icaltime_add (start, trigger.duration), first);
      g_string_append_printf (leads, "%s%d", leads->len > 0 ? "," : "", days);
    }
  return leads->len > 0 ? g_strdup (leads->str) : NULL;
}

static gboolean
read_component (icalcomponent *component, const GDate *today, GPtrArray *reminders,
                GPtrArray *skipped)
{
  gboolean todo = icalcomponent_isa (component) == ICAL_VTODO_COMPONENT;
  const char *summary = icalcomponent_get_summary (component);
  const char *description = icalcomponent_get_description (component);
  struct icaltimetype start = icaltime_null_time ();
  g_autofree char *item = NULL;
  g_autofree char *every = NULL;
  g_autofree char *leads = NULL;
  g_autofree char *anchor = NULL;
  g_autofree char *due_text = NULL;
  g_autoptr (EthosReminder) reminder = NULL;
  g_autoptr (GError) error = NULL;
  const char *reason = NULL;
  GDate first, due;

  if (todo && icalcomponent_get_first_property (component, ICAL_DUE_PROPERTY) != NULL)
    start = icalcomponent_get_due (component);
  else if (icalcomponent_get_first_property (component, ICAL_DTSTART_PROPERTY) != NULL)
    start = icalcomponent_get_dtstart (component);

  g_date_clear (&first, 1);
  if (!icaltime_is_null_time (start) && g_date_valid_dmy (start.day, start.month, start.year))
    g_date_set_dmy (&first, start.day, start.month, start.year);
  anchor = g_date_valid (&first) ? ethos_date_to_iso (&first) : NULL;
  item = g_strdup_printf ("%s (%s)", summary != NULL && summary[0] != '\0' ? summary : _("untitled"),
                          anchor != NULL ? anchor : _("no date"));

  if (summary == NULL || summary[0] == '\0')
    return skip (skipped, item, _("it has no title"));
  if (anchor == NULL)
    return skip (skipped, item, todo ? _("it has no due date") : _("it has no start date"));
  if (todo && icalcomponent_get_status (component) == ICAL_STATUS_COMPLETED)
    return skip (skipped, item, _("it is already done"));
  if ((every = every_from_rule (component, &reason)) == NULL)
    return skip (skipped, item, reason);

  /* A repeating item is due next on its first repeat from today; a one-off in the past is over. */
  due = first;
  if (every[0] != '\0')
    {
      EthosRecurrence recurrence;

      if (!ethos_recurrence_parse (every, &recurrence, &error))
        return skip (skipped, item, error->message);
      for (guint step = 1; g_date_compare (&due, today) < 0; step++)
        if (step > STEPS_MAX || !ethos_recurrence_add (&recurrence, &first, step, &due))
          return skip (skipped, item, _("its repeats cannot be followed to today"));
    }
  else if (g_date_compare (&due, today) < 0)
    return skip (skipped, item, _("it was in the past and does not repeat"));

  due_text = ethos_date_to_iso (&due);
  reminder = ethos_reminder_new_due (ETHOS_REMINDER_KIND_CUSTOM, summary, due_text, every);
  g_free (reminder->anchor);
  reminder->anchor = g_strdup (anchor);
  if (description != NULL)
    {
      g_free (reminder->notes);
      reminder->notes = g_strdup (description);
    }
  leads = leads_from_alarms (component, start, &first);
  if (leads == NULL)
    ethos_reminder_set_default_leads (reminder);
  else if (!ethos_reminder_parse_leads (reminder, leads, &error))
    return skip (skipped, item, error->message);
  if (!ethos_reminder_validate (reminder, &error))
    return skip (skipped, item, error->message);
  g_ptr_array_add (reminders, g_steal_pointer (&reminder));
  return TRUE;
}

/* Reads @data, an iCalendar file, as of @today. @reminders gets what can be kept, @skipped what
 * cannot (EthosIcalSkip); FALSE with @error when @data is not iCalendar at all. */
gboolean
ethos_ical_read_reminders (const char   *data,
                           gsize         length,
                           const GDate  *today,
                           GPtrArray   **reminders,
                           GPtrArray   **skipped,
                           GError      **error)
{
  g_autoptr (GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) left = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_ical_skip_free);
  g_autofree char *text = NULL;
  icalcomponent *calendar;

  if (length > ICAL_BYTES_MAX || !g_utf8_validate (data, (gssize) length, NULL)
      || memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT,
                   _("The file is not an iCalendar file Ethos can read (UTF-8 text, at most 10 MB)"));
      return FALSE;
    }
  text = g_strndup (data, length);
  calendar = icalparser_parse_string (text);
  if (calendar == NULL || icalcomponent_isa (calendar) != ICAL_VCALENDAR_COMPONENT)
    {
      if (calendar != NULL)
        icalcomponent_free (calendar);
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT,
                   _("The file is not an iCalendar file (no BEGIN:VCALENDAR)"));
      return FALSE;
    }
  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_ANY_COMPONENT);
       c != NULL; c = icalcomponent_get_next_component (calendar, ICAL_ANY_COMPONENT))
    if (icalcomponent_isa (c) == ICAL_VEVENT_COMPONENT || icalcomponent_isa (c) == ICAL_VTODO_COMPONENT)
      read_component (c, today, kept, left);
  icalcomponent_free (calendar);
  *reminders = g_steal_pointer (&kept);
  *skipped = g_steal_pointer (&left);
  return TRUE;
}
