/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminders-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-event-dialog.h"
#include "ethos-reminder-dialog.h"
#include "ethos-reminder-status.h"
#include "ethos-reminder-store.h"
#include "ethos-reminders-page-private.h"
#include "ethos-standard-dialog.h"
#include "ethos-toast.h"

/* The Reminders page's actions: Done and snooze on a row, opening a reminder, and the dialogs
 * that add reminders or record an event. */

/* The reminder @id as stored now, or NULL with what went wrong said in a toast (another program
 * may have removed it). */
static EthosReminder *
read_reminder (EthosRemindersPage *self, gint64 id)
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
  EthosRemindersPage *self = ETHOS_REMINDERS_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr (EthosReminder) reminder = read_reminder (self, id);
  g_autoptr (GError) error = NULL;
  g_autofree char *today = ethos_reminders_page_today_iso (self);

  if (reminder == NULL)
    return;
  if (!ethos_store_complete_reminder (self->store, reminder, today, &error))
    {
      ethos_toast_show (GTK_WIDGET (self), error->message);
      return;
    }
  if (!reminder->done)
    {
      g_autofree char *next = ethos_date_format_iso (reminder->due, ETHOS_DATE_LONG);
      g_autofree char *message = g_strdup_printf (_("Done; next due %s"), next);

      ethos_toast_show (GTK_WIDGET (self), message);
    }
  else
    ethos_toast_show (GTK_WIDGET (self), _("Done"));
}

static void
snooze (EthosRemindersPage *self, gint64 id, int days)
{
  g_autoptr (EthosReminder) reminder = read_reminder (self, id);
  g_autoptr (GError) error = NULL;
  GDate date;

  ethos_reminders_page_parse_today (self, &date);
  if (reminder == NULL || !ethos_reminder_can_snooze (reminder, &date, days))
    return;
  g_date_add_days (&date, (guint) days);
  g_free (reminder->snoozed_until);
  reminder->snoozed_until = ethos_date_to_iso (&date);
  if (!ethos_store_update_reminder (self->store, reminder, &error))
    ethos_toast_show (GTK_WIDGET (self), error->message);
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
  g_autoptr (EthosReminder) reminder = read_reminder (self, id);
  GtkWidget *dialog;

  if (reminder == NULL)
    return;
  dialog = ethos_reminder_dialog_new (self->store, parent_window (self), reminder);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ethos_reminders_page_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "reminders.add", NULL, reminders_add);
  gtk_widget_class_install_action (widget_class, "reminders.snooze", "(xi)", reminders_snooze);
  gtk_widget_class_install_action (widget_class, "reminders.done", "x", reminders_done);
  gtk_widget_class_install_action (widget_class, "reminders.open", "x", reminders_open);
  gtk_widget_class_install_action (widget_class, "reminders.standard", NULL, reminders_standard);
  gtk_widget_class_install_action (widget_class, "reminders.record-event", NULL,
                                   reminders_record_event);
}
