/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standard-form"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-code-store.h"
#include "ethos-date.h"
#include "ethos-recurrence.h"
#include "ethos-standard-preview.h"

/* The standard reminders' preview, row by row: each reminder as it will be kept (its first
 * date, its repeat and the clause it answers to), or marked as already in the reminders. */

/* Whether @existing already holds a reminder like @reminder (its kind and title). */
gboolean
ethos_standard_preview_is_kept (GPtrArray *existing, EthosReminder *reminder)
{
  for (guint i = 0; existing != NULL && i < existing->len; i++)
    {
      EthosReminder *kept = g_ptr_array_index (existing, i);

      if (kept->kind == reminder->kind && g_strcmp0 (kept->title, reminder->title) == 0)
        return TRUE;
    }
  return FALSE;
}

GtkWidget *
ethos_standard_preview_row (EthosStore *store, EthosReminder *reminder, gboolean kept)
{
  GtkWidget *row = adw_action_row_new ();
  EthosRecurrence recurrence;
  g_autofree char *every = NULL;
  g_autoptr (GString) subtitle = g_string_new (NULL);
  g_autofree char *date = ethos_date_format_iso (reminder->due, ETHOS_DATE_LONG);

  ethos_recurrence_parse (reminder->every, &recurrence, NULL);
  every = ethos_recurrence_describe (&recurrence);
  if (kept)
    g_string_append (subtitle, _("already in your reminders"));
  else
    g_string_append_printf (subtitle, _("%s, then %s"), date, every);
  if (reminder->clause != NULL)
    {
      g_autofree char *cited = ethos_store_cite_link (store, reminder->clause, NULL);

      g_string_append_printf (subtitle, " · %s", cited != NULL ? cited : reminder->clause);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), reminder->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), kept ? "object-select-symbolic"
                                                           : "alarm-symbolic");
  if (kept)
    gtk_widget_add_css_class (row, "dim-label");
  return row;
}
