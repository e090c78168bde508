/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-notifier"

#include "config.h"

#include <glib/gi18n.h>
#include <libnotify/notify.h>

#include "ethos-date.h"
#include "ethos-notifier-private.h"
#include "ethos-reminder-status.h"
#include "ethos-reminder-store.h"

/* A stage shown as a notification, and what its actions do: Done and the snoozes write through
 * the store, Open takes the window to the reminder. */

static char *
today_iso (EthosNotifier *self, int days_ahead)
{
  g_autoptr (GDateTime) now = g_date_time_new_now (self->tz);
  g_autoptr (GDateTime) day = g_date_time_add_days (now, days_ahead);

  return ethos_date_time_to_iso (day);
}

/* ethos --reminder ID: goes to a window already open or opens one. The folder is named only
 * when it is not the usual one, which would make a second window. */
static void
spawn_window (EthosNotifier *self, gint64 id, const char *token)
{
  g_autofree char *usual = ethos_store_default_data_dir ();
  const char *data_dir = self->data_dir;
  g_autofree char *reminder = g_strdup_printf ("--reminder=%" G_GINT64_FORMAT, id);
  g_autofree char *folder = g_strdup_printf ("--data-dir=%s", data_dir);
  char *argv[] = { (char *) "ethos", reminder, NULL, NULL };
  g_auto (GStrv) envp = g_get_environ ();
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (usual, data_dir) != 0)
    argv[2] = folder;
  /* The notification server's word that the window may take the focus. */
  if (token != NULL)
    {
      envp = g_environ_setenv (envp, "XDG_ACTIVATION_TOKEN", token, TRUE);
      envp = g_environ_setenv (envp, "DESKTOP_STARTUP_ID", token, TRUE);
    }
  if (!g_spawn_async (NULL, argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, &error))
    g_warning ("Could not open Ethos at reminder %" G_GINT64_FORMAT ": %s", id, error->message);
}

typedef struct
{
  EthosNotifier *self;
  gint64         id;
  char          *token;
} OpenRequest;

static void
open_request_free (OpenRequest *request)
{
  g_object_unref (request->self);
  g_free (request->token);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenRequest, open_request_free)

static void
on_show_reminder_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (OpenRequest) request = data;
  g_autoptr (GVariant) reply = NULL;
  g_autoptr (GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply != NULL)
    return;
  /* No Ethos installed for D-Bus to start (a build run from its folder): as a program. */
  g_debug ("Ethos did not answer on D-Bus (%s); starting it", error->message);
  spawn_window (request->self, request->id, request->token);
}

/* The window, at the reminder. Ethos's app.show-reminder action through D-Bus: the window
 * already open takes it, or D-Bus starts the installed Ethos for it (its service file). That
 * is Ethos for the usual folder only; another folder's window is started as a program. */
static void
open_window (EthosNotifier *self, NotifyNotification *notification, gint64 id)
{
  g_autofree char *usual = ethos_store_default_data_dir ();
  const char *token = notify_notification_get_activation_token (notification);
  g_autoptr (GDBusConnection) bus = NULL;
  GVariant *target;
  GVariantBuilder platform;
  OpenRequest *request;

  if (g_strcmp0 (usual, self->data_dir) != 0
      || (bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL)) == NULL)
    {
      spawn_window (self, id, token);
      return;
    }
  target = g_variant_new_variant (g_variant_new_int64 (id));
  g_variant_builder_init (&platform, G_VARIANT_TYPE_VARDICT);
  if (token != NULL)
    {
      g_variant_builder_add (&platform, "{sv}", "activation-token", g_variant_new_string (token));
      g_variant_builder_add (&platform, "{sv}", "desktop-startup-id", g_variant_new_string (token));
    }
  request = g_new0 (OpenRequest, 1);
  request->self = g_object_ref (self);
  request->id = id;
  request->token = g_strdup (token);
  g_dbus_connection_call (bus, APPLICATION_ID, "/org/ethosapp/Ethos", "org.freedesktop.Application",
                          "ActivateAction",
                          g_variant_new ("(s@av@a{sv})", "show-reminder",
                                         g_variant_new_array (G_VARIANT_TYPE_VARIANT, &target, 1),
                                         g_variant_builder_end (&platform)),
                          NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, on_show_reminder_cb, request);
}

static void
act (EthosNotifier *self, NotifyNotification *notification, const char *action)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (notification), "reminder-id"));
  g_autoptr (EthosReminder) reminder = ethos_store_get_reminder (self->store, id, NULL);
  g_autoptr (GError) error = NULL;

  if (reminder == NULL)
    return;
  if (g_str_equal (action, "done"))
    {
      g_autofree char *today = today_iso (self, 0);

      if (!ethos_store_complete_reminder (self->store, reminder, today, &error))
        g_warning ("Could not mark “%s” done: %s", reminder->title, error->message);
    }
  else if (g_str_equal (action, "snooze-day") || g_str_equal (action, "snooze-week"))
    {
      g_free (reminder->snoozed_until);
      reminder->snoozed_until = today_iso (self, g_str_equal (action, "snooze-day") ? 1 : 7);
      if (!ethos_store_update_reminder (self->store, reminder, &error))
        g_warning ("Could not snooze “%s”: %s", reminder->title, error->message);
    }
  else if (g_str_equal (action, "open") || g_str_equal (action, "default"))
    {
      open_window (self, notification, id);
    }
}

/* Only on the database the notification came from: not on one since gone, nor on another put
 * in its place (following it closes the old notifications, this one with them). */
static void
on_action_cb (NotifyNotification *notification, char *action, gpointer data)
{
  EthosNotifier *self = data;
  /* Following the file may close it, and drop it, while libnotify is calling this. */
  g_autoptr (GObject) held = g_object_ref (G_OBJECT (notification));

  if (ethos_notifier_follow_file (self) && g_ptr_array_find (self->shown, notification, NULL))
    act (self, notification, action);
  ethos_notifier_replan (self);
}

static void
on_closed_cb (NotifyNotification *notification, EthosNotifier *self)
{
  g_ptr_array_remove (self->shown, notification);
}

/* Shows @reminder's @stage, said as of @today: the days left are counted from today, never from
 * the stage, which may have been missed while the computer was off. */
void
ethos_notifier_show (EthosNotifier *self,
                     EthosReminder *reminder,
                     EthosStage    *stage,
                     const GDate   *today)
{
  int days_left;
  EthosReminderStatus status = ethos_reminder_status (reminder, today, &days_left);
  g_autofree char *summary = ethos_reminder_summary (reminder->title, days_left);
  g_autofree char *due = ethos_date_format_iso (reminder->due, ETHOS_DATE_LONG);
  g_autoptr (GString) body = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  NotifyNotification *notification;

  if (reminder->due_time != NULL)
    g_string_append_printf (body, _("Due %s at %s"), due, reminder->due_time);
  else
    g_string_append_printf (body, _("Due %s"), due);
  if (reminder->clause != NULL)
    g_string_append_printf (body, " · %s", reminder->clause);
  notification = notify_notification_new (summary, body->str, "org.ethosapp.Ethos");
  notify_notification_set_app_name (notification, _("Ethos"));
  notify_notification_set_hint_string (notification, "desktop-entry", "org.ethosapp.Ethos");
  notify_notification_set_urgency (notification,
                                   status == ETHOS_REMINDER_STATUS_OVERDUE
                                       || reminder->kind == ETHOS_REMINDER_KIND_REPORT
                                     ? NOTIFY_URGENCY_CRITICAL
                                     : NOTIFY_URGENCY_NORMAL);
  g_object_set_data (G_OBJECT (notification), "reminder-id", GSIZE_TO_POINTER (reminder->id));
  if (self->has_actions)
    {
      notify_notification_add_action (notification, "done", _("Done"), on_action_cb, self, NULL);
      /* Only the snoozes that end before a report's deadline. */
      if (ethos_reminder_can_snooze (reminder, today, 1))
        notify_notification_add_action (notification, "snooze-day", _("Snooze a Day"),
                                        on_action_cb, self, NULL);
      if (ethos_reminder_can_snooze (reminder, today, 7))
        notify_notification_add_action (notification, "snooze-week", _("Snooze a Week"),
                                        on_action_cb, self, NULL);
      notify_notification_add_action (notification, "open", _("Open"), on_action_cb, self, NULL);
      /* A click on the notification itself opens it too. */
      notify_notification_add_action (notification, "default", _("Open"), on_action_cb, self,
                                      NULL);
    }
  g_signal_connect (notification, "closed", G_CALLBACK (on_closed_cb), self);
  if (!notify_notification_show (notification, &error))
    g_warning ("Could not show a notification: %s", error->message);
  g_ptr_array_add (self->shown, notification);
}
