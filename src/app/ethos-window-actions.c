/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-window-private.h"

/* The main window's actions, the window-wide shortcuts: most show a page and pass the action on
 * to it; the rest open windows over this one or export. */

/* The window's actions that show a page, and pass an action on to it when they name one. */
static const struct
{
  const char *action; /* the window's */
  const char *page;   /* the page it shows */
  const char *target; /* the page's action it runs, or NULL */
} forwards[] = {
  { "win.bookmark", "codes", "reader.bookmark" },
  { "win.copy-citation", "codes", "reader.copy" },
  { "win.previous-clause", "codes", "reader.previous" },
  { "win.next-clause", "codes", "reader.next" },
  { "win.import-code", "codes", "codes.import" },
  { "win.page-codes", "codes", NULL },
  { "win.page-diary", "diary", NULL },
  { "win.page-overview", "overview", NULL },
  { "win.page-reminders", "reminders", NULL },
  { "win.new-reminder", "reminders", "reminders.add" },
  { "win.standard-reminders", "reminders", "reminders.standard" },
  { "win.record-event", "reminders", "reminders.record-event" },
  { "win.new-supervision", "diary", "diary.new-supervision" },
  { "win.new-cpd", "diary", "diary.new-cpd" },
  { "win.go-to-date", "diary", "diary.go-to-date" },
};

static void
win_forward (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWindow *self = ETHOS_WINDOW (widget);

  for (guint i = 0; i < G_N_ELEMENTS (forwards); i++)
    {
      GtkWidget *page;

      if (!g_str_equal (forwards[i].action, action_name))
        continue;
      if (forwards[i].target == NULL)
        {
          ethos_window_show_page_focused (self, forwards[i].page);
          return;
        }
      adw_view_stack_set_visible_child_name (self->stack, forwards[i].page);
      page = ethos_window_page (self, forwards[i].page);
      /* The reader, inside the Codes page, has actions of its own. */
      if (g_str_has_prefix (forwards[i].target, "reader."))
        page = GTK_WIDGET (ethos_codes_page_get_reader (ETHOS_CODES_PAGE (page)));
      gtk_widget_activate_action (page, forwards[i].target, NULL);
      return;
    }
}

/* Ctrl+F searches the page on show: the diary from the Diary, the codes elsewhere. */
static void
win_search (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWindow *self = ETHOS_WINDOW (widget);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "diary") == 0)
    {
      gtk_widget_activate_action (ethos_window_page (self, "diary"), "diary.search", NULL);
      return;
    }
  adw_view_stack_set_visible_child_name (self->stack, "codes");
  ethos_codes_page_focus_search (ETHOS_CODES_PAGE (ethos_window_page (self, "codes")));
}

static void
win_bookmarks (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWindow *self = ETHOS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "codes");
  ethos_codes_page_show_bookmarks (ETHOS_CODES_PAGE (ethos_window_page (self, "codes")));
}

/* Lands on the reminder @id (from a notification's Open); says so when it has gone. */
void
ethos_window_show_reminder (EthosWindow *self, gint64 id)
{
  EthosRemindersPage *page;

  g_return_if_fail (ETHOS_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->stack, "reminders");
  page = ETHOS_REMINDERS_PAGE (ethos_window_page (self, "reminders"));
  if (!ethos_reminders_page_show_reminder (page, id))
    {
      AdwToast *toast = adw_toast_new (_("That reminder is no longer in Ethos"));

      /* The answer to what was just clicked: before any toast still waiting. */
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

/* The Diary, with the entry @id open (from the export dialog's list of entries that may
 * identify a client). */
void
ethos_window_show_entry (EthosWindow *self, gint64 id)
{
  g_return_if_fail (ETHOS_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->stack, "diary");
  ethos_diary_page_open_entry (ETHOS_DIARY_PAGE (ethos_window_page (self, "diary")), id);
}

static void
win_show_entry (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_show_entry (ETHOS_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
win_show_reminder (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_show_reminder (ETHOS_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
win_preferences (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_open_preferences (ETHOS_WINDOW (widget), NULL);
}

/* win.preferences-page('profile'): Preferences open at a page, from where the window says
 * what is missing. */
static void
win_preferences_page (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_open_preferences (ETHOS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
win_cpd_plan (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_open_plan (ETHOS_WINDOW (widget));
}

static void
win_client_hours (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_open_client_hours (ETHOS_WINDOW (widget));
}

static void
win_welcome (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_present_welcome (ETHOS_WINDOW (widget));
}

static void
win_show_help_overlay (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_present (GTK_WINDOW (ethos_window_get_help_overlay (ETHOS_WINDOW (widget))));
}

static void
win_export (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_start_export (ETHOS_WINDOW (widget), g_str_equal (action_name, "win.export-pdf"));
}

static void
win_import_records (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_start_import (ETHOS_WINDOW (widget));
}

static void
win_export_all (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_start_export_all (ETHOS_WINDOW (widget));
}

void
ethos_window_actions_class_init (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (forwards); i++)
    gtk_widget_class_install_action (widget_class, forwards[i].action, NULL, win_forward);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, win_search);
  gtk_widget_class_install_action (widget_class, "win.bookmarks", NULL, win_bookmarks);
  gtk_widget_class_install_action (widget_class, "win.show-reminder", "x", win_show_reminder);
  gtk_widget_class_install_action (widget_class, "win.show-entry", "x", win_show_entry);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, win_preferences);
  gtk_widget_class_install_action (widget_class, "win.preferences-page", "s",
                                   win_preferences_page);
  gtk_widget_class_install_action (widget_class, "win.welcome", NULL, win_welcome);
  gtk_widget_class_install_action (widget_class, "win.cpd-plan", NULL, win_cpd_plan);
  gtk_widget_class_install_action (widget_class, "win.client-hours", NULL, win_client_hours);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   win_show_help_overlay);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, win_export);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, win_export);
  gtk_widget_class_install_action (widget_class, "win.import-records", NULL, win_import_records);
  gtk_widget_class_install_action (widget_class, "win.export-all", NULL, win_export_all);
}
