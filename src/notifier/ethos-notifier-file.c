/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-notifier"

#include "config.h"

#include <libnotify/notify.h>
#include <string.h>

#include "ethos-diary-key.h"
#include "ethos-notifier-private.h"

/* The notifier follows the database at its path, not the file it first opened. When the store's
 * watch says another file is there (renamed over it, or the old one deleted and a new one made,
 * perhaps with the data folder), or none, the store is closed, and the database there now is
 * opened as at start-up; the notifications come from it. While there is none, or the one there
 * cannot be opened, nothing is shown or written: the journal says why once, and the notifier
 * looks again whenever the path changes and every ETHOS_NOTIFIER_RETRY_SECONDS. Nothing is
 * created meanwhile: an empty database in a folder the practitioner removed would hide that
 * their reminders are gone. */

/* Another program wrote (the store waits for the writes to settle), an action here did, or the
 * file at the path is no longer the store's: look again. */
static void
on_store_changed_cb (EthosStore *store, EthosStoreChange change, EthosNotifier *self)
{
  ethos_notifier_replan_soon (self);
}

/* Takes @store (NULL: none) as the database to notify from, and watches it. */
void
ethos_notifier_set_store (EthosNotifier *self, EthosStore *store)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store == NULL)
    return;
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  ethos_store_watch_other_writers (store);
}

static void
on_path_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    EthosNotifier     *self)
{
  ethos_notifier_replan_soon (self);
}

/* With no store, nothing else watches the path. The watch is of the path, not of a folder that
 * was there: GLib sees the folder made again. */
static void
start_waiting (EthosNotifier *self)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  if (self->waiting != NULL)
    return;
  file = g_file_new_for_path (self->path);
  self->waiting = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->waiting == NULL)
    {
      g_debug ("%s is not watched, only looked at again now and then: %s", self->path,
               error->message);
      return;
    }
  g_signal_connect (self->waiting, "changed", G_CALLBACK (on_path_changed_cb), self);
}

void
ethos_notifier_stop_waiting (EthosNotifier *self)
{
  if (self->waiting == NULL)
    return;
  g_signal_handlers_disconnect_by_func (self->waiting, on_path_changed_cb, self);
  g_file_monitor_cancel (self->waiting);
  g_clear_object (&self->waiting);
}

/* Says once, in the journal, why there is no database to read: again only when the reason
 * changes. */
static void
say_unavailable (EthosNotifier *self, gboolean failed, const char *line)
{
  if (g_strcmp0 (self->unavailable, line) == 0)
    return;
  g_free (self->unavailable);
  self->unavailable = g_strdup (line);
  if (failed)
    g_warning ("%s", line);
  else
    g_message ("%s", line);
}

/* The notifications shown from the database that is no longer at the path are closed: their
 * Done and snoozes would act on its reminders, whose ids are other reminders, or none, in the
 * one there now. */
static void
close_shown (EthosNotifier *self)
{
  g_autoptr (GPtrArray) shown = g_steal_pointer (&self->shown);

  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < shown->len; i++)
    {
      NotifyNotification *notification = g_ptr_array_index (shown, i);

      g_signal_handlers_disconnect_by_data (notification, self);
      notify_notification_clear_actions (notification);
      notify_notification_close (notification, NULL);
    }
}

/* The key of an encrypted diary, found as the window finds it (the keyring's), or NULL for a
 * plain one. A diary that opens only with a passphrase cannot be opened here: the notifier
 * cannot ask for it. */
char *
ethos_notifier_find_key (const char *data_dir, GError **error)
{
  return ethos_diary_find_key (data_dir, NULL, NULL, error);
}

static void
forget_key (char *key)
{
  if (key == NULL)
    return;
  explicit_bzero (key, strlen (key));
  g_free (key);
}

/* Opens the database at the path, as at start-up, but only one that is there. */
static gboolean
open_file (EthosNotifier *self)
{
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *line = NULL;
  EthosStoreOpenOptions options = { ETHOS_STORE_OPEN_EXISTING, NULL };
  char *key;

  if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      line = g_strdup_printf ("The database at %s is gone: no reminders are shown until there is "
                              "one again; the notifier looks for it when the folder changes, and "
                              "every %d seconds",
                              self->path, ETHOS_NOTIFIER_RETRY_SECONDS);
      say_unavailable (self, FALSE, line);
      return FALSE;
    }
  key = ethos_notifier_find_key (self->data_dir, &error);
  if (error != NULL && ethos_diary_key_source (self->data_dir) == ETHOS_KEY_SOURCE_PASSPHRASE)
    {
      /* Expected, not a fault: said once as a message, and looked at again as the rest. */
      line = g_strdup_printf ("The database at %s is encrypted and its key is not in the "
                              "keyring (%s): no reminders are shown until it is; the notifier "
                              "looks again when it changes, and every %d seconds",
                              self->path, error->message, ETHOS_NOTIFIER_RETRY_SECONDS);
      say_unavailable (self, FALSE, line);
      return FALSE;
    }
  /* No key kept for a file that is not plain SQLite: the store says what it is (damaged, or not
   * a database). */
  g_clear_error (&error);
  now = g_date_time_new_now_local ();
  options.key = key;
  store = ethos_store_open_with_options (self->data_dir, now, &options, &error);
  forget_key (key);
  if (store == NULL)
    {
      line = g_strdup_printf ("Could not open the database at %s: %s; the notifier tries again "
                              "when it changes, and every %d seconds",
                              self->path, error->message, ETHOS_NOTIFIER_RETRY_SECONDS);
      say_unavailable (self, !g_error_matches (error, ETHOS_STORE_ERROR,
                                               ETHOS_STORE_ERROR_NOT_FOUND), line);
      return FALSE;
    }
  ethos_notifier_set_store (self, store);
  g_message ("Notifying from the database now at %s", self->path);
  return TRUE;
}

/* Whether the notifier has a store reading the database at its path, after opening the one
 * there now if the store it had no longer does. FALSE: there is none to read (gone, or the one
 * there cannot be opened). */
gboolean
ethos_notifier_follow_file (EthosNotifier *self)
{
  if (self->store != NULL && ethos_store_check_file (self->store) == ETHOS_STORE_FILE_SAME)
    return TRUE;
  if (self->store != NULL)
    {
      /* Closed, files and all: a folder removed is gone only once nothing holds a file in it,
       * and only then can a watch see it made again. */
      ethos_notifier_set_store (self, NULL);
      close_shown (self);
    }
  if (!open_file (self))
    {
      start_waiting (self);
      return FALSE;
    }
  ethos_notifier_stop_waiting (self);
  g_clear_pointer (&self->unavailable, g_free);
  return TRUE;
}
