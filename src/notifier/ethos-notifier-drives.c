/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-notifier"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "ethos-backup-copy.h"
#include "ethos-notifier-private.h"
#include "ethos-offdisk-store.h"

/* Copies off this disk made when their drive is there (issue 19). GIO's volume monitor says when
 * a drive is mounted; when the mount holds the place set for copies (ethos_offdisk_mount_holds),
 * the store's trigger (ethos_store_copy_off_disk_if_due) makes the day's copy if it is not there
 * yet. The notifier also asks it once at its start, after the first planning, for a drive that
 * was plugged in before it ran or a folder that is always there. The copy is made on the main
 * loop: notifications wait for it, seconds at most for a diary on a slow drive. */

/* Makes the day's copy off this disk, if it is due and the place is there. Said in the log:
 * there is no one to ask. */
void
ethos_notifier_copy_off_disk (EthosNotifier *self)
{
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *copied = NULL;

  if (self->store == NULL)
    return;
  now = g_date_time_new_now (self->tz);
  if (!ethos_store_copy_off_disk_if_due (self->store, now, &copied, &error))
    g_message (_("No copy off this disk today: %s"), error->message);
  else if (copied != NULL)
    g_message ("Copied the diary's backup off this disk, to %s", copied);
  ethos_notifier_settle (self);
}

static void
on_mount_added_cb (GVolumeMonitor *monitor, GMount *mount, gpointer data)
{
  EthosNotifier *self = data;
  g_autoptr (GFile) root = g_mount_get_root (mount);
  g_autofree char *path = g_file_get_path (root);
  g_autofree char *dest = NULL;

  if (self->store == NULL || path == NULL)
    return;
  dest = ethos_store_get_backup_destination (self->store);
  if (!ethos_offdisk_mount_holds (path, dest))
    return;
  g_debug ("%s was mounted, with the place for copies off this disk", path);
  ethos_notifier_copy_off_disk (self);
}

void
ethos_notifier_watch_drives (EthosNotifier *self)
{
  if (self->volumes != NULL)
    return;
  self->volumes = g_volume_monitor_get ();
  g_signal_connect_object (self->volumes, "mount-added", G_CALLBACK (on_mount_added_cb), self,
                           0);
}

void
ethos_notifier_stop_watching_drives (EthosNotifier *self)
{
  if (self->volumes != NULL)
    g_signal_handlers_disconnect_by_func (self->volumes, on_mount_added_cb, self);
  g_clear_object (&self->volumes);
}
