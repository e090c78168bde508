/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminders-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-day-popover.h"
#include "ethos-event-dialog.h"
#include "ethos-reminder-dialog.h"
#include "ethos-reminder-status.h"
#include "ethos-reminder-store.h"
#include "ethos-reminders-page-private.h"
#include "ethos-standard-dialog.h"
#include "ethos-toast.h"

/* The Reminders page's actions: Done, Delete and the snoozes (a day, a week, a day chosen on a
 * calendar) on a row, opening a reminder, and the dialogs that add reminders or record an
 * event. Done and Delete, with their Undo, are in ethos-reminders-page-undo.c. */

/* The reminder @id as stored now, or NULL with what went wrong said in a toast (another program
 * may have removed it). */
EthosReminder *
ethos_reminders_page_read_reminder (EthosRemindersPage *self, gint64 id)
{
  g_autoptr (GError) error = NULL;
  EthosReminder *reminder = ethos_store_get_reminder (self->store, id, &error);

  if (reminder == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the reminder: %s"),
                                                  error->message);

      ethos_toast_show (GTK_WIDGET (self), message);
    }
  return reminder;
}

/* The window a dialog opened from the page belongs to, if the page is in one. */
static GtkWindow *
parent_window (EthosRemindersPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
reminders_done (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_reminders_page_done (ETHOS_REMINDERS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
reminders_delete (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_reminders_page_delete (ETHOS_REMINDERS_PAGE (widget), g_variant_get_int64 (parameter));
}

/* Snoozes reminder @id until @until, if it may be snoozed that far (core's rule, for a report's
 * deadline). */
static void
snooze_until (EthosRemindersPage *self, gint64 id, const GDate *until)
{
  g_autoptr (EthosReminder) reminder = ethos_reminders_page_read_reminder (self, id);
  g_autoptr (GError) error = NULL;
  GDate today;

  ethos_reminders_page_parse_today (self, &today);
  if (reminder == NULL
      || !ethos_reminder_can_snooze (reminder, &today, g_date_days_between (&today, until)))
    return;
  g_free (reminder->snoozed_until);
  reminder->snoozed_until = ethos_date_to_iso (until);
  if (!ethos_store_update_reminder (self->store, reminder, &error))
    ethos_toast_show (GTK_WIDGET (self), error->message);
}

static void
snooze (EthosRemindersPage *self, gint64 id, int days)
{
  GDate until;

  if (days < 1)
    return;
  ethos_reminders_page_parse_today (self, &until);
  g_date_add_days (&until, (guint) days);
  snooze_until (self, id, &until);
}

static void
reminders_snooze (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gint64 id;
  int days;

  g_variant_get (parameter, "(xi)", &id, &days);
  snooze (ETHOS_REMINDERS_PAGE (widget), id, days);
}

static void
on_day_picked_cb (EthosDayPopover *popover, const char *iso, EthosRemindersPage *self)
{
  GDate until;

  if (ethos_date_parse (iso, &until, NULL))
    snooze_until (self, self->day_popover_id, &until);
}

/* The snooze menu's "Choose a Day…": a calendar from tomorrow on (for a report, up to the day
 * before its deadline), pointing at the row's snooze button. */
static void
reminders_snooze_pick (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosRemindersPage *self = ETHOS_REMINDERS_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr (EthosReminder) reminder = ethos_reminders_page_read_reminder (self, id);
  GtkWidget *row = ethos_reminders_page_find_row (self, id);
  GtkWidget *button = row != NULL ? g_object_get_data (G_OBJECT (row), "snooze-button") : NULL;
  graphene_rect_t bounds;
  GDate first, last;
  gboolean limited;

  ethos_reminders_page_parse_today (self, &first);
  if (reminder == NULL || !ethos_reminder_can_snooze (reminder, &first, 1))
    return;
  g_date_add_days (&first, 1);
  limited = ethos_reminder_snooze_limit (reminder, &last);
  if (self->day_popover == NULL)
    {
      self->day_popover = ethos_day_popover_new (_("_Snooze Until Then"));
      gtk_widget_set_parent (self->day_popover, widget);
      g_signal_connect_object (self->day_popover, "picked", G_CALLBACK (on_day_picked_cb), self,
                               0);
    }
  self->day_popover_id = id;
  ethos_day_popover_set_days (ETHOS_DAY_POPOVER (self->day_popover), &first,
                              limited ? &last : NULL);
  if (button != NULL && gtk_widget_compute_bounds (button, widget, &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->day_popover),
                                 &(GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y,
                                                   (int) bounds.size.width,
                                                   (int) bounds.size.height });
  gtk_popover_popup (GTK_POPOVER (self->day_popover));
}

static void
reminders_add (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosRemindersPage *self = ETHOS_REMINDERS_PAGE (widget);
  GtkWidget *dialog = ethos_reminder_dialog_new (self->store, parent_window (self), NULL);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_standard_added_cb (EthosRemindersPage *self, int added)
{
  g_autofree char *message = NULL;

  if (added > 0)
    {
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %d reminder",
                                              "Added %d reminders", added),
                                 added);
      ethos_toast_show (GTK_WIDGET (self), message);
    }
}

static void
reminders_standard (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosRemindersPage *self = ETHOS_REMINDERS_PAGE (widget);
  g_autofree char *today = ethos_reminders_page_today_iso (self);
  GtkWidget *dialog = ethos_standard_dialog_new (self->store, parent_window (self), today);

  g_signal_connect_swapped (dialog, "added", G_CALLBACK (on_standard_added_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reminders_record_event (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosRemindersPage *self = ETHOS_REMINDERS_PAGE (widget);
  GtkWidget *dialog = ethos_event_dialog_new (self->store, parent_window (self));

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reminders_open (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosRemindersPage *self = ETHOS_REMINDERS_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr (EthosReminder) reminder = ethos_reminders_page_read_reminder (self, id);
  GtkWidget *dialog;

  if (reminder == NULL)
    return;
  dialog = ethos_reminder_dialog_new (self->store, parent_window (self), reminder);
  g_signal_connect_object (dialog, "delete", G_CALLBACK (ethos_reminders_page_delete), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ethos_reminders_page_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "reminders.add", NULL, reminders_add);
  gtk_widget_class_install_action (widget_class, "reminders.snooze", "(xi)", reminders_snooze);
  gtk_widget_class_install_action (widget_class, "reminders.snooze-pick", "x",
                                   reminders_snooze_pick);
  gtk_widget_class_install_action (widget_class, "reminders.done", "x", reminders_done);
  gtk_widget_class_install_action (widget_class, "reminders.delete", "x", reminders_delete);
  gtk_widget_class_install_action (widget_class, "reminders.open", "x", reminders_open);
  gtk_widget_class_install_action (widget_class, "reminders.standard", NULL, reminders_standard);
  gtk_widget_class_install_action (widget_class, "reminders.record-event", NULL,
                                   reminders_record_event);
}
