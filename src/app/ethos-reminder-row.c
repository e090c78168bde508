/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminder-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-code-store.h"
#include "ethos-date.h"
#include "ethos-reminder-row.h"
#include "ethos-reminder-status.h"

/* Each kind's icon; the kinds with none have the alarm. */
static const char *const kind_icons[ETHOS_REMINDER_N_KINDS] = {
  [ETHOS_REMINDER_KIND_DBS] = "security-high-symbolic",
  [ETHOS_REMINDER_KIND_DBS_UPDATE_SERVICE] = "security-high-symbolic",
  [ETHOS_REMINDER_KIND_INSURANCE] = "emblem-documents-symbolic",
  [ETHOS_REMINDER_KIND_MEMBERSHIP] = "avatar-default-symbolic",
  [ETHOS_REMINDER_KIND_ACCREDITATION] = "starred-symbolic",
  [ETHOS_REMINDER_KIND_ICO] = "channel-secure-symbolic",
  [ETHOS_REMINDER_KIND_REPORT] = "mail-send-symbolic",
  [ETHOS_REMINDER_KIND_TAX] = "x-office-spreadsheet-symbolic",
};

/* "due in 4 days · 1 December 2026 · COSRT 107", "snoozed until 3 December, due in 4 days · …":
 * how it is said is core's (ethos_reminder_when_phrase(), ethos_store_cite_link()). */
static char *
describe_due (EthosStore *store, EthosReminder *reminder, const GDate *today)
{
  g_autofree char *when = ethos_reminder_when_phrase (reminder, today);
  g_autofree char *date = ethos_date_format_iso (reminder->due, ETHOS_DATE_LONG);

  if (reminder->clause != NULL)
    {
      g_autofree char *cited = ethos_store_cite_link (store, reminder->clause, NULL);

      return g_strdup_printf ("%s · %s · %s", when, date, cited != NULL ? cited : reminder->clause);
    }
  return g_strdup_printf ("%s · %s", when, date);
}

/* A reminder's row as of @today: its title and icon, when it is due and the clause it comes from
 * (cited from @store), and (unless done) Done and the snoozes it allows. Activating it is
 * "reminders.open", Done is "reminders.done", a snooze "reminders.snooze", each with the
 * reminder's id: the page acts. */
GtkWidget *
ethos_reminder_row_new (EthosStore *store, EthosReminder *reminder, const GDate *today)
{
  g_autofree char *subtitle = describe_due (store, reminder, today);
  GtkWidget *row = adw_action_row_new ();
  const char *icon = kind_icons[reminder->kind] != NULL ? kind_icons[reminder->kind]
                                                        : "alarm-symbolic";

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), reminder->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "reminder-id", GSIZE_TO_POINTER (reminder->id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "reminders.open");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (reminder->id));

  if (!reminder->done)
    {
      GtkWidget *done = gtk_button_new_with_mnemonic (_("_Done"));
      GtkWidget *later = gtk_menu_button_new ();
      g_autoptr (GMenu) menu = g_menu_new ();
      g_autoptr (GMenu) until = g_menu_new ();
      g_autoptr (GMenuItem) day = g_menu_item_new (_("Tomorrow"), NULL);
      g_autoptr (GMenuItem) week = g_menu_item_new (_("Next Week"), NULL);
      g_autoptr (GMenuItem) pick = g_menu_item_new (_("Choose a Day…"), NULL);
      /* Named with the reminder they act on: a screen reader lists eight "Done" buttons
       * otherwise, none saying which. */
      /* Translators: a Done button's name for a screen reader; %s is the reminder's title */
      g_autofree char *done_name = g_strdup_printf (_("Mark “%s” done"), reminder->title);
      /* Translators: a snooze button's name for a screen reader; %s is the reminder's title */
      g_autofree char *snooze_name = g_strdup_printf (_("Snooze “%s”"), reminder->title);

      gtk_widget_set_valign (done, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (done), "reminders.done");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (done),
                                              g_variant_new_int64 (reminder->id));
      gtk_accessible_update_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      done_name, -1);
      /* Its mnemonic label would be read after the name ("Mark … done Done"). */
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      g_menu_item_set_action_and_target_value (day, "reminders.snooze",
                                               g_variant_new ("(xi)", reminder->id, 1));
      g_menu_item_set_action_and_target_value (week, "reminders.snooze",
                                               g_variant_new ("(xi)", reminder->id, 7));
      g_menu_item_set_action_and_target_value (pick, "reminders.snooze-pick",
                                               g_variant_new_int64 (reminder->id));
      /* Only the snoozes that end before a report's deadline; the calendar offers only those
       * days. */
      if (ethos_reminder_can_snooze (reminder, today, 1))
        g_menu_append_item (until, day);
      if (ethos_reminder_can_snooze (reminder, today, 7))
        g_menu_append_item (until, week);
      if (g_menu_model_get_n_items (G_MENU_MODEL (until)) > 0)
        g_menu_append_item (until, pick);
      /* Translators: a heading over "Tomorrow", "Next Week" and "Choose a Day…" */
      g_menu_append_section (menu, _("Snooze Until"), G_MENU_MODEL (until));
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (later), "alarm-symbolic");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (later), G_MENU_MODEL (menu));
      gtk_widget_set_valign (later, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (later, _("Snooze"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (later), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      snooze_name, -1);
      gtk_widget_add_css_class (later, "flat");
      gtk_widget_set_sensitive (later, g_menu_model_get_n_items (G_MENU_MODEL (until)) > 0);
      /* For the calendar to point at. */
      g_object_set_data (G_OBJECT (row), "snooze-button", later);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), later);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), done);
    }
  return row;
}

