/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <gio/gio.h>

#include "ethos-store-private.h"

/* Writes by other programs (the CLI, the notifier's Done, another window) and by other
 * connections in this one (a backup put back) reach the database through its -wal file, or
 * straight into the file itself when the log is checkpointed or a backup restored into it. A
 * change to either is looked at once the burst of them has settled: PRAGMA data_version then
 * says whether another connection committed. The store's own commits never change it, so they
 * are said once, by ethos_store_commit(), and not again here. */

/* Long enough for one write's several file changes to come as one look, short enough that the
 * window follows the CLI at once to the eye. */
#define SETTLE_MS 100

static gboolean
read_data_version (EthosStore *self, gint64 *version)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self, "PRAGMA data_version", NULL);
  gboolean read;

  if (stmt == NULL)
    return FALSE;
  read = sqlite3_step (stmt) == SQLITE_ROW;
  if (read)
    *version = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return read;
}

static gboolean
on_settled_cb (gpointer data)
{
  g_autoptr (EthosStore) self = g_object_ref (data);
  gint64 version;

  g_clear_pointer (&self->settle_source, g_source_unref);
  /* Another file put in its place (renamed over it, or deleted and made again), or none there:
   * said as a change, and ethos_store_check_file() says which. This connection still reads the
   * file it opened, so its data_version says nothing of the new one. */
  if (ethos_store_check_file (self) != ETHOS_STORE_FILE_SAME)
    {
      g_debug ("%s is no longer the file this store opened", self->path);
      ethos_store_emit_changed (self, ETHOS_STORE_CHANGE_ALL);
      return G_SOURCE_REMOVE;
    }
  if (!read_data_version (self, &version))
    {
      g_debug ("Could not ask %s whether another program wrote: %s", self->path,
               sqlite3_errmsg (self->db));
      return G_SOURCE_REMOVE;
    }
  if (version == self->data_version)
    return G_SOURCE_REMOVE;
  self->data_version = version;
  g_debug ("Another program wrote to %s", self->path);
  ethos_store_emit_changed (self, ETHOS_STORE_CHANGE_ALL);
  return G_SOURCE_REMOVE;
}

static void
on_file_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    EthosStore        *self)
{
  if (self->settle_source != NULL)
    return;
  self->settle_source = g_timeout_source_new (SETTLE_MS);
  g_source_set_callback (self->settle_source, on_settled_cb, self, NULL);
  g_source_attach (self->settle_source, g_main_context_get_thread_default ());
}

static GFileMonitor *
watch_file (EthosStore *self, const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  GFileMonitor *monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, &error);

  if (monitor == NULL)
    {
      g_debug ("Other programs' writes to %s will not be seen: %s", path, error->message);
      return NULL;
    }
  /* GLib holds back a file's changes for most of a second by default. */
  g_file_monitor_set_rate_limit (monitor, SETTLE_MS);
  g_signal_connect (monitor, "changed", G_CALLBACK (on_file_changed_cb), self);
  return monitor;
}

/* From now on, writes by other programs and other connections to this database are said in
 * "changed", as ETHOS_STORE_CHANGE_ALL, in the thread-default main context of the caller, a
 * moment after they settle; so is another file put at its path, or the file's going. For the
 * programs that stay open (the window, the notifier); a second call does nothing. The watch is
 * of the path: it goes on through the folder's removal and sees a file made there again. */
void
ethos_store_watch_other_writers (EthosStore *self)
{
  g_autofree char *wal = NULL;

  g_return_if_fail (ETHOS_IS_STORE (self));

  if (self->watching)
    return;
  self->watching = TRUE;
  if (!read_data_version (self, &self->data_version))
    self->data_version = -1;
  wal = g_strconcat (self->path, "-wal", NULL);
  self->db_monitor = watch_file (self, self->path);
  self->wal_monitor = watch_file (self, wal);
}

static void
stop_monitor (EthosStore *self, GFileMonitor **monitor)
{
  if (*monitor == NULL)
    return;
  g_signal_handlers_disconnect_by_func (*monitor, on_file_changed_cb, self);
  g_file_monitor_cancel (*monitor);
  g_clear_object (monitor);
}

void
ethos_store_stop_watching (EthosStore *self)
{
  stop_monitor (self, &self->db_monitor);
  stop_monitor (self, &self->wal_monitor);
  if (self->settle_source != NULL)
    {
      g_source_destroy (self->settle_source);
      g_clear_pointer (&self->settle_source, g_source_unref);
    }
}
