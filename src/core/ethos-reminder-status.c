/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminder-status"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-core-enums.h"
#include "ethos-date.h"
#include "ethos-utils.h"
#include "ethos-reminder-status.h"

/* A reminder's status and how its due date is said, counted from the day asked about and never
 * from a notification's stage: a stage missed while the computer was off would otherwise make
 * "due in 7 days" of a report due in 4. */

/* How many days ahead @reminder counts as due soon: from its first notice (its largest lead),
 * and never more than ETHOS_DUE_SOON_MAX_DAYS, so that a DBS recheck with a 90-day first notice
 * is not a worry for three months. A report to a body is due soon from the day it is made: its
 * deadline is short and it is never routine. */
int
ethos_reminder_due_soon_days (EthosReminder *reminder)
{
  int largest = 0;

  g_return_val_if_fail (ETHOS_IS_REMINDER (reminder), 0);

  if (reminder->kind == ETHOS_REMINDER_KIND_REPORT)
    return G_MAXINT;
  for (guint i = 0; i < reminder->lead_days->len; i++)
    largest = MAX (largest, g_array_index (reminder->lead_days, int, i));
  return MIN (largest, ETHOS_DUE_SOON_MAX_DAYS);
}

/* Where @reminder stands on @today; @days_left (may be NULL) gets the days from @today to the
 * due day, negative once it has passed. A reminder snoozed past @today is snoozed, neither
 * overdue nor due soon, until the snooze ends. */
EthosReminderStatus
ethos_reminder_status (EthosReminder *reminder, const GDate *today, int *days_left)
{
  GDate due;
  int days = 0;

  g_return_val_if_fail (ETHOS_IS_REMINDER (reminder), ETHOS_REMINDER_STATUS_UPCOMING);
  g_return_val_if_fail (today != NULL && g_date_valid (today), ETHOS_REMINDER_STATUS_UPCOMING);

  /* A stored reminder always has a due date that reads (ethos_reminder_validate). */
  if (ethos_date_parse (reminder->due, &due, NULL))
    days = g_date_days_between (today, &due);
  if (days_left != NULL)
    *days_left = days;

  if (reminder->done)
    return ETHOS_REMINDER_STATUS_DONE;
  if (reminder->snoozed_until != NULL)
    {
      GDate until;

      if (ethos_date_parse (reminder->snoozed_until, &until, NULL)
          && g_date_compare (&until, today) > 0)
        return ETHOS_REMINDER_STATUS_SNOOZED;
    }
  if (days < 0)
    return ETHOS_REMINDER_STATUS_OVERDUE;
  if (days == 0)
    return ETHOS_REMINDER_STATUS_DUE_TODAY;
  if (days <= ethos_reminder_due_soon_days (reminder))
    return ETHOS_REMINDER_STATUS_DUE_SOON;
  return ETHOS_REMINDER_STATUS_UPCOMING;
}

/* "overdue", "due-soon" …: the word the CLI's JSON and the exports use. */
const char *
ethos_reminder_status_to_string (EthosReminderStatus status)
{
  return ethos_enum_nick (ETHOS_TYPE_REMINDER_STATUS, (int) status);
}

/* @status in words for a person, translated: "overdue", "due soon" … (the JSON keeps the
 * nicks of ethos_reminder_status_to_string()). */
const char *
ethos_reminder_status_word (EthosReminderStatus status)
{
  switch (status)
    {
    case ETHOS_REMINDER_STATUS_OVERDUE:
      return _("overdue");
    case ETHOS_REMINDER_STATUS_DUE_TODAY:
      return _("due today");
    case ETHOS_REMINDER_STATUS_DUE_SOON:
      return _("due soon");
    case ETHOS_REMINDER_STATUS_UPCOMING:
      return _("upcoming");
    case ETHOS_REMINDER_STATUS_SNOOZED:
      return _("snoozed");
    case ETHOS_REMINDER_STATUS_DONE:
      /* Translators: a reminder's status */
      return _("done");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The heading of a list of reminders in this status: "Due Soon". */
const char *
ethos_reminder_status_title (EthosReminderStatus status)
{
  switch (status)
    {
    case ETHOS_REMINDER_STATUS_OVERDUE:
      return _("Overdue");
    case ETHOS_REMINDER_STATUS_DUE_TODAY:
    case ETHOS_REMINDER_STATUS_DUE_SOON:
      return _("Due Soon");
    case ETHOS_REMINDER_STATUS_UPCOMING:
      return _("Later");
    case ETHOS_REMINDER_STATUS_SNOOZED:
      return _("Snoozed");
    case ETHOS_REMINDER_STATUS_DONE:
      return _("Done");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Whether a reminder in @status needs the practitioner now: overdue, or due soon. */
gboolean
ethos_reminder_status_needs_attention (EthosReminderStatus status)
{
  return status == ETHOS_REMINDER_STATUS_OVERDUE || status == ETHOS_REMINDER_STATUS_DUE_TODAY
         || status == ETHOS_REMINDER_STATUS_DUE_SOON;
}

/* "due in 4 days", "due tomorrow", "due today", "overdue by 2 days": for the middle of a
 * sentence. */
char *
ethos_reminder_due_phrase (int days_left)
{
  if (days_left > 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "due in %d day", "due in %d days",
                                         (gulong) days_left),
                            days_left);
  if (days_left == 1)
    return g_strdup (_("due tomorrow"));
  if (days_left == 0)
    return g_strdup (_("due today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "overdue by %d day", "overdue by %d days",
                                       (gulong) -days_left),
                          -days_left);
}

/* The same, to begin a line: "Due in 4 days". */
char *
ethos_reminder_due_sentence (int days_left)
{
  if (days_left > 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day", "Due in %d days",
                                         (gulong) days_left),
                            days_left);
  if (days_left == 1)
    return g_strdup (_("Due tomorrow"));
  if (days_left == 0)
    return g_strdup (_("Due today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day", "Overdue by %d days",
                                       (gulong) -days_left),
                          -days_left);
}

/* What a reminder is for and when it is due, in one line: "DBS recheck due in 4 days". */
char *
ethos_reminder_summary (const char *title, int days_left)
{
  g_return_val_if_fail (title != NULL, NULL);

  if (days_left > 1)
    /* Translators: %s is what a reminder is for, %d a number of days. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s due in %d day", "%s due in %d days",
                                         (gulong) days_left),
                            title, days_left);
  if (days_left == 1)
    /* Translators: %s is what a reminder is for. */
    return g_strdup_printf (_("%s due tomorrow"), title);
  if (days_left == 0)
    /* Translators: %s is what a reminder is for. */
    return g_strdup_printf (_("%s due today"), title);
  /* Translators: %s is what a reminder is for, %d a number of days. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s overdue by %d day",
                                       "%s overdue by %d days", (gulong) -days_left),
                          title, -days_left);
}

/* The day a snooze of @reminder ends, as of @today: "12 January", with its year only when it
 * is a year or more away (otherwise "12 January" is the next one). NULL when it is not snoozed
 * past @today. */
static char *
snooze_day (EthosReminder *reminder, const GDate *today)
{
  GDate until, year_on;

  if (ethos_reminder_status (reminder, today, NULL) != ETHOS_REMINDER_STATUS_SNOOZED
      || !ethos_date_parse (reminder->snoozed_until, &until, NULL))
    return NULL;
  year_on = *today;
  g_date_add_years (&year_on, 1);
  return ethos_date_format (&until, g_date_compare (&until, &year_on) < 0 ? ETHOS_DATE_DAY
                                                                          : ETHOS_DATE_LONG);
}

/* "snoozed until 12 January", as of @today; NULL when @reminder is not snoozed then. */
char *
ethos_reminder_snooze_phrase (EthosReminder *reminder, const GDate *today)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (ETHOS_IS_REMINDER (reminder), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if ((day = snooze_day (reminder, today)) == NULL)
    return NULL;
  /* Translators: %s is the day a snooze ends: "12 January" (with its year when a year or more
   * away). */
  return g_strdup_printf (_("snoozed until %s"), day);
}

/* When @reminder is, as its row says it on @today: "due in 4 days", "overdue by 2 days",
 * "snoozed until 12 January, due in 4 days", "done". */
char *
ethos_reminder_when_phrase (EthosReminder *reminder, const GDate *today)
{
  int days_left;
  EthosReminderStatus status;
  g_autofree char *due = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (ETHOS_IS_REMINDER (reminder), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  status = ethos_reminder_status (reminder, today, &days_left);
  if (status == ETHOS_REMINDER_STATUS_DONE)
    return g_strdup (ethos_reminder_status_word (status));
  due = ethos_reminder_due_phrase (days_left);
  if ((day = snooze_day (reminder, today)) == NULL)
    return g_steal_pointer (&due);
  /* Translators: the day a snooze ends ("12 January"), then "due in 4 days" */
  return g_strdup_printf (_("snoozed until %s, %s"), day, due);
}

/* The last day @reminder may be snoozed to, in @last: a report to a body may be snoozed only to
 * a day before its deadline, since a snooze that hid it past the deadline would make Ethos the
 * reason it was missed. FALSE when there is no such day: anything else may be put off, overdue
 * or not. (@last is left invalid for a report whose deadline does not read: no day will do.) */
gboolean
ethos_reminder_snooze_limit (EthosReminder *reminder, GDate *last)
{
  g_return_val_if_fail (ETHOS_IS_REMINDER (reminder), FALSE);
  g_return_val_if_fail (last != NULL, FALSE);

  g_date_clear (last, 1);
  if (reminder->kind != ETHOS_REMINDER_KIND_REPORT)
    return FALSE;
  if (ethos_date_parse (reminder->due, last, NULL))
    g_date_subtract_days (last, 1);
  return TRUE;
}

/* Whether @reminder may be snoozed for @days from @today (ethos_reminder_snooze_limit()). */
gboolean
ethos_reminder_can_snooze (EthosReminder *reminder, const GDate *today, int days)
{
  GDate until, last;

  g_return_val_if_fail (ETHOS_IS_REMINDER (reminder), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (days < 1 || reminder->done)
    return FALSE;
  if (!ethos_reminder_snooze_limit (reminder, &last))
    return TRUE;
  if (!g_date_valid (&last))
    return FALSE;
  until = *today;
  g_date_add_days (&until, (guint) days);
  return g_date_compare (&until, &last) <= 0;
}
