/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-plan-item"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-plan-item.h"

/* The CPD plan's items: what makes one sound, and where it stands, said once for the CLI,
 * the window and the audit pack. */

#define MAX_TITLE 200
#define MAX_NEED  2000

EthosPlanItem *
ethos_plan_item_new (void)
{
  return g_new0 (EthosPlanItem, 1);
}

EthosPlanItem *
ethos_plan_item_copy (const EthosPlanItem *item)
{
  EthosPlanItem *copy = g_new0 (EthosPlanItem, 1);

  *copy = *item;
  copy->title = g_strdup (item->title);
  copy->need = g_strdup (item->need);
  copy->target = g_strdup (item->target);
  copy->done = g_strdup (item->done);
  copy->last_activity = g_strdup (item->last_activity);
  return copy;
}

void
ethos_plan_item_free (EthosPlanItem *item)
{
  if (item == NULL)
    return;
  g_free (item->title);
  g_free (item->need);
  g_free (item->target);
  g_free (item->done);
  g_free (item->last_activity);
  g_free (item);
}

void
ethos_plan_activity_free (EthosPlanActivity *activity)
{
  if (activity == NULL)
    return;
  g_free (activity->date);
  g_free (activity->title);
  g_free (activity);
}

static gboolean
too_long (const char *text, glong max)
{
  return text != NULL && (!g_utf8_validate (text, -1, NULL) || g_utf8_strlen (text, -1) > max);
}

/* Whether @item can be kept: a title, a need of sensible length, a real target date and day
 * done. Trims the texts; an empty need, target or day done is not given. */
gboolean
ethos_plan_item_check (EthosPlanItem *item, GError **error)
{
  GDate target;

  if (item->title != NULL)
    g_strstrip (item->title);
  if (item->need != NULL && g_strstrip (item->need)[0] == '\0')
    g_clear_pointer (&item->need, g_free);
  if (item->target != NULL && g_strstrip (item->target)[0] == '\0')
    g_clear_pointer (&item->target, g_free);
  if (item->done != NULL && g_strstrip (item->done)[0] == '\0')
    g_clear_pointer (&item->done, g_free);
  if (item->title == NULL || item->title[0] == '\0')
    {
      g_set_error_literal (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT,
                           _("A plan item needs a title: the activity you plan"));
      return FALSE;
    }
  if (too_long (item->title, MAX_TITLE) || too_long (item->need, MAX_NEED))
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT,
                   _("A plan item’s title may have at most %d characters, its need %d"),
                   MAX_TITLE, MAX_NEED);
      return FALSE;
    }
  return (item->target == NULL || ethos_date_parse (item->target, &target, error))
         && (item->done == NULL || ethos_date_parse (item->done, &target, error));
}

/* Where @item stands on @today (YYYY-MM-DD): "Done on 3 May 2026, with 2 activities",
 * "Not done yet; target 1 June 2026", "Not done yet: 1 activity so far, on 3 May 2026; the
 * target, 1 May 2026, has passed". */
char *
ethos_plan_item_status (const EthosPlanItem *item, const char *today)
{
  g_autofree char *progress = NULL;
  g_autofree char *target = NULL;
  GDate now, due;

  if (item->done != NULL)
    {
      g_autofree char *done = ethos_date_format_iso (item->done, ETHOS_DATE_LONG);

      if (item->n_activities == 0)
        return g_strdup_printf (_("Done on %s"), done);
      /* Translators: the day it was marked done, and how many activities carried it out */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Done on %s, with %u activity",
                                           "Done on %s, with %u activities", item->n_activities),
                              done, item->n_activities);
    }
  if (item->n_activities > 0)
    {
      g_autofree char *latest = ethos_date_format_iso (item->last_activity, ETHOS_DATE_LONG);

      progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Not done yet: %u activity so far, on %s",
                                               "Not done yet: %u activities so far, the latest "
                                               "on %s",
                                               item->n_activities),
                                  item->n_activities, latest);
    }
  else
    progress = g_strdup (_("Not done yet"));
  if (item->target == NULL)
    return g_steal_pointer (&progress);
  target = ethos_date_format_iso (item->target, ETHOS_DATE_LONG);
  if (ethos_date_parse (today, &now, NULL) && ethos_date_parse (item->target, &due, NULL)
      && g_date_compare (&due, &now) < 0)
    /* Translators: where a plan item stands ("Not done yet"), and its target date */
    return g_strdup_printf (_("%s; the target, %s, has passed"), progress, target);
  /* Translators: where a plan item stands ("Not done yet"), and its target date */
  return g_strdup_printf (_("%s; target %s"), progress, target);
}

static gboolean
within (const char *day, const char *from, const char *to)
{
  return strcmp (day, from) >= 0 && strcmp (day, to) <= 0;
}

/* Whether @item belongs to the plan for the CPD year @from to @to (ISO): its target falls in
 * it, or it has none and was not done before it, or it is still to do from an earlier year. An
 * item for a later year, or done in an earlier one, does not. */
gboolean
ethos_plan_item_in_year (const EthosPlanItem *item, const char *from, const char *to)
{
  if (item->target != NULL && within (item->target, from, to))
    return TRUE;
  if (item->done != NULL)
    return item->target == NULL && within (item->done, from, to);
  return item->target == NULL || strcmp (item->target, from) < 0;
}

/* What removing @item does to the diary, for the question before it is removed. */
char *
ethos_plan_item_describe_removal (const EthosPlanItem *item)
{
  if (item->n_activities == 0)
    return g_strdup (_("No activity in the diary is linked to it."));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The %u activity linked to it stays in the diary, no "
                                       "longer linked.",
                                       "The %u activities linked to it stay in the diary, no "
                                       "longer linked.",
                                       item->n_activities),
                          item->n_activities);
}

/* An activity that carries out a plan item, as the plan lists it: "Couples course, 1 May
 * 2026". */
char *
ethos_plan_activity_describe (const EthosPlanActivity *activity)
{
  g_autofree char *date = ethos_date_format_iso (activity->date, ETHOS_DATE_LONG);

  /* Translators: an activity's title, and its date */
  return g_strdup_printf (_("%s, %s"), activity->title, date);
}
