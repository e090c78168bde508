/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-plan-item"

#include "config.h"

#include <glib/gi18n.h>

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

void
ethos_plan_item_free (EthosPlanItem *item)
{
  if (item == NULL)
    return;
  g_free (item->title);
  g_free (item->need);
  g_free (item->target);
  g_free (item->last_activity);
  g_free (item);
}

static gboolean
too_long (const char *text, glong max)
{
  return text != NULL && (!g_utf8_validate (text, -1, NULL) || g_utf8_strlen (text, -1) > max);
}

/* Whether @item can be kept: a title, a need of sensible length, a real target date. Trims the
 * texts; an empty need or target is not given. */
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
  return item->target == NULL || ethos_date_parse (item->target, &target, error);
}

/* Where @item stands on @today (YYYY-MM-DD): "Done: 2 activities, the latest on 3 May 2026",
 * "Not done yet; target 1 June 2026", "Not done yet; the target, 1 May 2026, has passed". */
char *
ethos_plan_item_status (const EthosPlanItem *item, const char *today)
{
  g_autofree char *target = NULL;
  GDate now, due;

  if (item->n_activities > 0)
    {
      g_autofree char *latest = ethos_date_format_iso (item->last_activity, ETHOS_DATE_LONG);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Done: %u activity, on %s",
                                           "Done: %u activities, the latest on %s",
                                           item->n_activities),
                              item->n_activities, latest);
    }
  if (item->target == NULL)
    return g_strdup (_("Not done yet"));
  target = ethos_date_format_iso (item->target, ETHOS_DATE_LONG);
  if (ethos_date_parse (today, &now, NULL) && ethos_date_parse (item->target, &due, NULL)
      && g_date_compare (&due, &now) < 0)
    return g_strdup_printf (_("Not done yet; the target, %s, has passed"), target);
  return g_strdup_printf (_("Not done yet; target %s"), target);
}
