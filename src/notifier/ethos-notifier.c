/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-notifier"

#include "config.h"

#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <glib-unix.h>
#include <libnotify/notify.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "ethos-date.h"
#include "ethos-derived-reminders.h"
#include "ethos-profile-store.h"
#include "ethos-notifier-private.h"
#include "ethos-reminder-store.h"

/* The background notifier: each stage of each reminder is shown once, at its time. It sleeps
 * on one timer until the next stage (a CLOCK_REALTIME timerfd that also wakes when the wall
 * clock is set, as after suspend or a time change), looks again when the store says something
 * changed (its own actions, another program's writes, another file put in the database's
 * place), and when logind says the machine has resumed. Showing a stage and its actions are in
 * ethos-notifier-show.c; following the database at its path, in ethos-notifier-file.c; the copy
 * off this disk made when its drive is plugged in, in ethos-notifier-drives.c. */

G_DEFINE_FINAL_TYPE (EthosNotifier, ethos_notifier, G_TYPE_OBJECT)

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
          ethos_notifier_show (self, reminder, stage, &day);
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

/* Between wake-ups the notifier waits, often for a whole day, so it gives back what it holds only
 * to be quicker: SQLite's cache and kept statements (read and prepared again at the next
 * wake-up, in a millisecond or two), then the heap they were in, which glibc keeps otherwise. */
void
ethos_notifier_settle (EthosNotifier *self)
{
  if (self->store != NULL)
    ethos_store_release_memory (self->store);
#ifdef __GLIBC__
  malloc_trim (0);
#endif
}

static gboolean
on_timer_cb (int fd, GIOCondition condition, gpointer data)
{
  EthosNotifier *self = data;
  guint64 expirations;

  /* ECANCELED: the wall clock was set (resume, a time change); either way, plan again. */
  if (read (fd, &expirations, sizeof expirations) < 0 && errno != ECANCELED && errno != EAGAIN)
    g_debug ("timerfd read: %s", g_strerror (errno));
  ethos_notifier_replan (self);
  return G_SOURCE_CONTINUE;
}

/* Shows what is due and sets the timer for what comes next; first makes sure the database it
 * reads is the one at its path (ethos-notifier-file.c). With none to read, it looks again soon. */
void
ethos_notifier_replan (EthosNotifier *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now (self->tz);
  g_autoptr (GDateTime) next = NULL;
  struct itimerspec spec = { 0 };

  if (ethos_notifier_follow_file (self))
    {
      self->planning = TRUE;
      ethos_notifier_fire_due (self, now, &next);
      self->planning = FALSE;
    }
  else
    next = g_date_time_add_seconds (now, ETHOS_NOTIFIER_RETRY_SECONDS);
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
  ethos_notifier_settle (self);
}

static gboolean
on_replan_idle (gpointer data)
{
  EthosNotifier *self = data;

  self->replan_source = 0;
  ethos_notifier_replan (self);
  return G_SOURCE_REMOVE;
}

/* Looks again once the caller has returned (a "changed" handler is called as the write
 * commits). What planning itself writes (the stages shown) needs no second look. */
void
ethos_notifier_replan_soon (EthosNotifier *self)
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
  ethos_notifier_replan (self);
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
  ethos_notifier_set_store (self, self->store);
  /* Asynchronously, so that a missing or stuck system bus never holds up the notifications. */
  self->cancellable = g_cancellable_new ();
  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, on_system_bus_cb, self);
  ethos_notifier_replan (self);
  /* After the first planning, so that what is due is shown first. */
  ethos_notifier_watch_drives (self);
  ethos_notifier_copy_off_disk (self);
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
  ethos_notifier_stop_watching_drives (self);

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
  g_clear_pointer (&self->unavailable, g_free);
  g_clear_pointer (&self->data_dir, g_free);
  g_clear_pointer (&self->path, g_free);
  ethos_notifier_set_store (self, NULL);
  ethos_notifier_stop_waiting (self);

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
  self->data_dir = g_strdup (ethos_store_get_data_dir (store));
  self->path = g_strdup (ethos_store_get_path (store));
  caps = notify_get_server_caps ();
  self->has_actions = g_list_find_custom (caps, "actions", (GCompareFunc) g_strcmp0) != NULL;
  g_list_free_full (caps, g_free);
  return self;
}

/* A notifier with no database to read yet (an encrypted diary whose key it cannot have): it says
 * why once and looks again, as for a database that is gone. */
EthosNotifier *
ethos_notifier_new_waiting (const char *data_dir)
{
  EthosNotifier *self = g_object_new (ETHOS_TYPE_NOTIFIER, NULL);
  GList *caps;

  self->data_dir = data_dir != NULL ? g_strdup (data_dir) : ethos_store_default_data_dir ();
  self->path = g_build_filename (self->data_dir, "ethos.db", NULL);
  caps = notify_get_server_caps ();
  self->has_actions = g_list_find_custom (caps, "actions", (GCompareFunc) g_strcmp0) != NULL;
  g_list_free_full (caps, g_free);
  return self;
}
