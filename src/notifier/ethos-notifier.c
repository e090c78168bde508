/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-notifier"

#include "config.h"

#include <errno.h>
#include <glib-unix.h>
#include <glib/gi18n.h>
#include <libnotify/notify.h>
#include <string.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "ethos-date.h"
#include "ethos-derived-reminders.h"
#include "ethos-profile-store.h"
#include "ethos-notifier.h"
#include "ethos-reminder-stages.h"
#include "ethos-reminder-status.h"
#include "ethos-reminder-store.h"

/* The background notifier: each stage of each reminder is shown once, at its time. It sleeps
 * on one timer until the next stage (a CLOCK_REALTIME timerfd that also wakes when the wall
 * clock is set, as after suspend or a time change), looks again when the store says something
 * changed (its own actions, or another program's writes), and when logind says the machine has
 * resumed. */

struct _EthosNotifier
{
  GObject       parent_instance;

  EthosStore   *store;
  GTimeZone    *tz;
  GPtrArray    *shown;     /* NotifyNotification still on screen, for their actions */
  int           timer_fd;
  guint         timer_source;
  guint         replan_source;
  gboolean      has_actions;
  gboolean      planning;  /* in replan(), whose own writes need no second look */

  GCancellable    *cancellable;        /* the system bus, while it is being looked for */
  GDBusConnection *system_bus;
  guint            sleep_subscription; /* logind's PrepareForSleep */
};

G_DEFINE_FINAL_TYPE (EthosNotifier, ethos_notifier, G_TYPE_OBJECT)

static void replan (EthosNotifier *self);

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
  const char *data_dir = ethos_store_get_data_dir (self->store);
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

  if (g_strcmp0 (usual, ethos_store_get_data_dir (self->store)) != 0
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
on_action_cb (NotifyNotification *notification, char *action, gpointer data)
{
  EthosNotifier *self = data;
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
  replan (self);
}

static void
on_closed_cb (NotifyNotification *notification, EthosNotifier *self)
{
  g_ptr_array_remove (self->shown, notification);
}

/* Shows @reminder's @stage, said as of @today: the days left are counted from today, never from
 * the stage, which may have been missed while the computer was off. */
static void
show (EthosNotifier *self, EthosReminder *reminder, EthosStage *stage, const GDate *today)
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

/* Shows every stage due at @now that has not been shown, one per reminder. Returns how many
 * were shown; @next_wakeup gets the time of the next stage (NULL when there is none). */
guint
ethos_notifier_fire_due (EthosNotifier *self, GDateTime *now, GDateTime **next_wakeup)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) reminders = NULL;
  g_autofree char *today = ethos_date_time_to_iso (now);
  GDateTime *earliest = NULL;
  guint fired = 0;
  int notify_hour, notify_minute;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));

  /* The diary's own reminders (a supervision gap, a CPD shortfall) follow every write, but a CPD
   * shortfall also comes due as the days pass with none: brought up to date as of @now first. */
  if (!ethos_store_update_derived_reminders (self->store, today, &error))
    {
      g_warning ("Could not update the diary's reminders: %s", error->message);
      g_clear_error (&error);
    }
  reminders = ethos_store_list_reminders (self->store, FALSE, &error);
  {
    g_autofree char *at = ethos_store_get_notify_time (self->store);

    if (!ethos_due_time_parse (at, &notify_hour, &notify_minute))
      {
        notify_hour = ETHOS_NOTIFY_HOUR_DEFAULT;
        notify_minute = ETHOS_NOTIFY_MINUTE_DEFAULT;
      }
  }

  if (reminders == NULL)
    {
      g_warning ("Could not read the reminders: %s", error->message);
      if (next_wakeup != NULL)
        *next_wakeup = NULL;
      return 0;
    }
  for (guint i = 0; i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);
      g_auto (GStrv) fired_ids = ethos_store_list_fired_stages (self->store, reminder->id,
                                                                reminder->due);
      g_autoptr (GDateTime) next = NULL;
      g_autoptr (EthosStage) stage = NULL;
      GDate due, snoozed;
      gboolean has_snooze;

      if (!ethos_date_parse (reminder->due, &due, NULL))
        continue;
      has_snooze = reminder->snoozed_until != NULL
                   && ethos_date_parse (reminder->snoozed_until, &snoozed, NULL);
      stage = ethos_reminder_stage_due (&due, reminder->due_time,
                                        (const int *) reminder->lead_days->data,
                                        reminder->lead_days->len, has_snooze ? &snoozed : NULL,
                                        fired_ids, notify_hour, notify_minute, self->tz, now,
                                        &next);
      /* Recording first: of two notifiers racing for a stage, only one shows it. */
      if (stage != NULL && ethos_store_record_fired (self->store, reminder->id, reminder->due,
                                                     stage->id, NULL))
        {
          show (self, reminder, stage, &day);
          fired++;
        }
      if (next != NULL && (earliest == NULL || g_date_time_compare (next, earliest) < 0))
        {
          g_clear_pointer (&earliest, g_date_time_unref);
          earliest = g_date_time_ref (next);
        }
    }
  if (next_wakeup != NULL)
    *next_wakeup = earliest;
  else
    g_clear_pointer (&earliest, g_date_time_unref);
  return fired;
}

static gboolean
on_timer_cb (int fd, GIOCondition condition, gpointer data)
{
  EthosNotifier *self = data;
  guint64 expirations;

  /* ECANCELED: the wall clock was set (resume, a time change); either way, plan again. */
  if (read (fd, &expirations, sizeof expirations) < 0 && errno != ECANCELED && errno != EAGAIN)
    g_debug ("timerfd read: %s", g_strerror (errno));
  replan (self);
  return G_SOURCE_CONTINUE;
}

static void
replan (EthosNotifier *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now (self->tz);
  g_autoptr (GDateTime) next = NULL;
  struct itimerspec spec = { 0 };

  self->planning = TRUE;
  ethos_notifier_fire_due (self, now, &next);
  self->planning = FALSE;
  if (self->timer_fd < 0)
    return;
  if (next != NULL)
    {
      spec.it_value.tv_sec = (time_t) g_date_time_to_unix (next);
      spec.it_value.tv_nsec = 1; /* never zero, which would disarm */
    }
  else
    /* Nothing ahead: wake when the clock is set, or once a day to see the overdue stage. */
    spec.it_value.tv_sec = (time_t) g_date_time_to_unix (now) + 24 * 60 * 60;
  if (timerfd_settime (self->timer_fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, NULL) < 0)
    g_warning ("Could not set the timer: %s", g_strerror (errno));
}

static gboolean
on_replan_idle (gpointer data)
{
  EthosNotifier *self = data;

  self->replan_source = 0;
  replan (self);
  return G_SOURCE_REMOVE;
}

/* The window or the CLI wrote (the store waits for their writes to settle), or an action here
 * did: look again, once the handler has returned (it is called as the write commits). What
 * planning itself writes (the stages shown) needs no second look. */
static void
on_store_changed_cb (EthosStore *store, EthosStoreChange change, EthosNotifier *self)
{
  if (!self->planning && self->replan_source == 0)
    self->replan_source = g_idle_add (on_replan_idle, self);
}

/* Resumed: a stage may have come due while the machine slept. The wall clock's jump on resume
 * should fire or cancel the timer, but when depends on the kernel; logind says so outright, so
 * look again at once. Going to sleep needs nothing. */
static void
on_prepare_for_sleep_cb (GDBusConnection *connection, const char *sender, const char *path,
                         const char *interface, const char *signal, GVariant *parameters,
                         gpointer data)
{
  EthosNotifier *self = data;
  gboolean going_to_sleep;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    return;
  g_variant_get (parameters, "(b)", &going_to_sleep);
  if (going_to_sleep)
    return;
  g_debug ("Resumed from sleep: planning again");
  replan (self);
}

/* Only to say whether logind is there: the subscription holds either way, and hears logind once
 * it starts. The reply comes after the bus has taken the match rule, so it also marks the moment
 * from which a resume is heard (the tests wait for it). */
static void
on_logind_owner_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) reply = NULL;
  gboolean has_owner = FALSE;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (reply != NULL)
    g_variant_get (reply, "(b)", &has_owner);
  if (has_owner)
    g_debug ("Listening to logind for resume");
  else
    g_debug ("logind is not running; resume is left to the timer");
}

static void
on_system_bus_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);
  EthosNotifier *self;

  if (bus == NULL)
    {
      /* Cancelled: the notifier is gone, and @data with it. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No system bus, so no word of resume from logind: %s", error->message);
      return;
    }
  self = data;
  self->system_bus = bus;
  /* The session's notifier should not end because the system bus went away (the default). */
  g_dbus_connection_set_exit_on_close (bus, FALSE);
  self->sleep_subscription =
    g_dbus_connection_signal_subscribe (bus, "org.freedesktop.login1",
                                        "org.freedesktop.login1.Manager", "PrepareForSleep",
                                        "/org/freedesktop/login1", NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE, on_prepare_for_sleep_cb, self,
                                        NULL);
  g_dbus_connection_call (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                          "org.freedesktop.DBus", "NameHasOwner",
                          g_variant_new ("(s)", "org.freedesktop.login1"), G_VARIANT_TYPE ("(b)"),
                          G_DBUS_CALL_FLAGS_NONE, -1, self->cancellable, on_logind_owner_cb, NULL);
}

void
ethos_notifier_run (EthosNotifier *self, GMainLoop *loop)
{
  self->timer_fd = timerfd_create (CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
  if (self->timer_fd >= 0)
    self->timer_source = g_unix_fd_add (self->timer_fd, G_IO_IN, on_timer_cb, self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  ethos_store_watch_other_writers (self->store);
  /* Asynchronously, so that a missing or stuck system bus never holds up the notifications. */
  self->cancellable = g_cancellable_new ();
  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, on_system_bus_cb, self);
  replan (self);
  g_main_loop_run (loop);
}

static void
ethos_notifier_dispose (GObject *object)
{
  EthosNotifier *self = ETHOS_NOTIFIER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->sleep_subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->sleep_subscription);
  self->sleep_subscription = 0;
  g_clear_object (&self->system_bus);

  G_OBJECT_CLASS (ethos_notifier_parent_class)->dispose (object);
}

static void
ethos_notifier_finalize (GObject *object)
{
  EthosNotifier *self = ETHOS_NOTIFIER (object);

  g_clear_handle_id (&self->timer_source, g_source_remove);
  g_clear_handle_id (&self->replan_source, g_source_remove);
  if (self->timer_fd >= 0)
    close (self->timer_fd);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ethos_notifier_parent_class)->finalize (object);
}

static void
ethos_notifier_class_init (EthosNotifierClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_notifier_dispose;
  G_OBJECT_CLASS (klass)->finalize = ethos_notifier_finalize;
}

static void
ethos_notifier_init (EthosNotifier *self)
{
  self->timer_fd = -1;
  self->tz = g_time_zone_new_local ();
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
}

EthosNotifier *
ethos_notifier_new (EthosStore *store)
{
  EthosNotifier *self = g_object_new (ETHOS_TYPE_NOTIFIER, NULL);
  GList *caps;

  self->store = g_object_ref (store);
  caps = notify_get_server_caps ();
  self->has_actions = g_list_find_custom (caps, "actions", (GCompareFunc) g_strcmp0) != NULL;
  g_list_free_full (caps, g_free);
  return self;
}
