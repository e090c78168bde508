/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standing"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-standing-private.h"

/* The headline over the bodies' verdicts and the open reminders, and the sentences under it:
 * what needs action or attention, the gravest first, or why all is well; and when supervision
 * was last recorded. */

/* "COSRT: Group supervision is 63% of the credited time; at most 25% may be." */
static void
add_failures (GPtrArray *items, const EthosBodyStanding *body, GPtrArray *checks)
{
  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      const EthosStandingCheck *check = g_ptr_array_index (checks, i);

      if (ethos_check_status_counts (check->status))
        /* Translators: a body ("COSRT") and what one of its checks found */
        g_ptr_array_add (items, g_strdup_printf (_("%s: %s."), body->name, check->detail));
    }
}

/* "DBS recheck overdue by 2 days.": the reminders that are @overdue, or else those due soon or
 * today. */
static void
add_reminders (GPtrArray *items, EthosStanding *standing, gboolean overdue)
{
  for (guint i = 0; i < standing->reminders->len; i++)
    {
      EthosReminderStanding *reminder = g_ptr_array_index (standing->reminders, i);
      g_autofree char *summary = NULL;

      if (overdue ? reminder->status != ETHOS_REMINDER_STATUS_OVERDUE
                  : (reminder->status != ETHOS_REMINDER_STATUS_DUE_SOON
                     && reminder->status != ETHOS_REMINDER_STATUS_DUE_TODAY))
        continue;
      summary = ethos_reminder_summary (reminder->title, reminder->days_left);
      /* Translators: a reminder's summary ("DBS recheck overdue by 2 days") as a sentence */
      g_ptr_array_add (items, g_strdup_printf (_("%s."), summary));
    }
}

/* What the headline counts, the gravest first, one sentence each. */
static GPtrArray *
list_items (EthosStanding *standing)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < standing->bodies->len; i++)
    {
      EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      add_failures (items, body, body->last_month.checks);
    }
  add_reminders (items, standing, TRUE);
  for (guint i = 0; i < standing->bodies->len; i++)
    {
      EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      if (body->error != NULL)
        g_ptr_array_add (items, g_strdup_printf (_("Ethos could not read the rules of %s."),
                                                 body->name));
      add_failures (items, body, body->supervision.checks);
      add_failures (items, body, body->cpd.checks);
    }
  add_reminders (items, standing, FALSE);
  return items;
}

/* The most sentences the explanation lists before "and N more". */
#define EXPLAINED_ITEMS 3

static char *
explain_good (EthosStanding *standing, const GDate *today)
{
  gboolean any_minimum = FALSE, short_so_far = FALSE, unknown = FALSE;
  int days_left = (int) g_date_get_days_in_month (g_date_get_month (today),
                                                  g_date_get_year (today))
                  - (int) g_date_get_day (today) + 1;

  for (guint i = 0; i < standing->bodies->len; i++)
    {
      EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      if (body->supervision.target_minutes != ETHOS_RULE_NOT_SET)
        any_minimum = TRUE;
      if (body->supervision.target_minutes != ETHOS_RULE_NOT_SET
          && body->supervision.credited_minutes < body->supervision.target_minutes)
        short_so_far = TRUE;
      /* A minimum that binds some classes or practice, and Ethos does not know whether the
       * practitioner is among them. */
      unknown |= body->needs_profile;
    }
  if (short_so_far)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Supervision this month is not at the minimum yet, "
                                         "with %d day to go.",
                                         "Supervision this month is not at the minimum yet, "
                                         "with %d days to go.",
                                         (gulong) days_left),
                            days_left);
  if (unknown)
    return g_strdup (_("Some of your bodies’ rules bind only some members: give your membership "
                       "class and practice in Preferences to have them judged."));
  if (any_minimum)
    return g_strdup (_("Supervision this month meets each body’s monthly minimum."));
  return g_strdup (_("None of your bodies sets a monthly supervision minimum."));
}

void
ethos_standing_decide_headline (EthosStanding *standing, const GDate *today)
{
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GString) explanation = g_string_new (NULL);
  guint n;

  standing->verdict = ETHOS_VERDICT_GOOD;
  for (guint i = 0; i < standing->bodies->len; i++)
    {
      EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      standing->verdict = MAX (standing->verdict, body->verdict);
    }
  for (guint i = 0; i < standing->reminders->len; i++)
    {
      EthosReminderStanding *reminder = g_ptr_array_index (standing->reminders, i);

      if (reminder->status == ETHOS_REMINDER_STATUS_OVERDUE)
        standing->verdict = ETHOS_VERDICT_NOT_MET;
      else if (ethos_reminder_status_needs_attention (reminder->status))
        standing->verdict = MAX (standing->verdict, ETHOS_VERDICT_ATTENTION);
    }

  if (standing->verdict == ETHOS_VERDICT_GOOD)
    {
      standing->headline = g_strdup (_("You’re in good standing"));
      standing->explanation = explain_good (standing, today);
      return;
    }

  items = list_items (standing);
  n = items->len;
  if (standing->verdict == ETHOS_VERDICT_NOT_MET)
    standing->headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%u thing needs action now",
                                                       "%u things need action now", n),
                                          n);
  else
    standing->headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%u thing needs attention",
                                                       "%u things need attention", n),
                                          n);
  for (guint i = 0; i < n && i < EXPLAINED_ITEMS; i++)
    {
      if (i > 0)
        g_string_append_c (explanation, ' ');
      g_string_append (explanation, g_ptr_array_index (items, i));
    }
  if (n > EXPLAINED_ITEMS)
    {
      g_string_append_c (explanation, ' ');
      g_string_append_printf (explanation,
                              g_dngettext (GETTEXT_PACKAGE, "And %u more.", "And %u more.",
                                           n - EXPLAINED_ITEMS),
                              n - EXPLAINED_ITEMS);
    }
  standing->explanation = g_string_free (g_steal_pointer (&explanation), FALSE);
}

char *
ethos_standing_describe_last_supervision (const char *date_text, const GDate *today)
{
  g_autofree char *when = NULL;
  GDate date;
  int days;

  if (date_text == NULL || date_text[0] == '\0')
    return g_strdup (_("No supervision recorded yet"));
  if (!ethos_date_parse (date_text, &date, NULL))
    return g_strdup (date_text);
  when = ethos_date_format (&date, ETHOS_DATE_LONG);
  days = g_date_days_between (&date, today);
  if (days <= 0)
    return g_strdup_printf (_("%s (today)"), when);
  if (days == 1)
    return g_strdup_printf (_("%s (yesterday)"), when);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%d day ago)", "%s (%d days ago)",
                                       (gulong) days),
                          when, days);
}
