/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ethos-backup-copy.h"
#include "ethos-backup-store.h"
#include "ethos-backup-verify.h"
#include "ethos-key-file.h"
#include "ethos-store-private.h"

/* A copy off this disk (issue 19): a second place for backups that the practitioner picks (a USB
 * drive, a folder their cloud client syncs), kept in the profile as "backup_destination". A copy
 * is the backup file byte for byte: an encrypted diary's backup stays encrypted on the way and
 * there, so a synced folder learns nothing. It is written under a temporary name beside where it
 * goes (owner-only), fsynced, read back as a diary with the diary's key (ethos-backup-verify.c),
 * and only then renamed, so a copy with a real name has been read back whole. The
 * daily backup is copied there when it is made; a destination that is not there (a drive
 * unplugged) is said once in the log and never stops a write. */

#define DESTINATION_KEY "backup_destination"

/* The destination, or NULL when none is set. */
char *
ethos_store_get_backup_destination (EthosStore *self)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  return ethos_store_profile_value (self, DESTINATION_KEY);
}

/* Sets the destination to the folder @dir (an absolute path), or clears it (@dir NULL). A folder
 * that is not there, or is the data folder or inside it (the same disk), is refused as
 * ETHOS_STORE_ERROR_INVALID, nothing changed. */
gboolean
ethos_store_set_backup_destination (EthosStore *self, const char *dir, GError **error)
{
  g_autofree char *data_dir = NULL;
  g_autofree char *inside = NULL;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  if (dir == NULL)
    return ethos_store_set_profile_value (self, DESTINATION_KEY, NULL, error);
  if (!g_path_is_absolute (dir) || !g_utf8_validate (dir, -1, NULL))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("“%s” is not a full path to a folder"), dir);
      return FALSE;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("%s is not a folder: plug in the drive, or make the folder, and set it "
                     "again"),
                   dir);
      return FALSE;
    }
  data_dir = g_canonicalize_filename (ethos_store_get_data_dir (self), NULL);
  inside = g_strconcat (data_dir, G_DIR_SEPARATOR_S, NULL);
  if (g_str_equal (dir, data_dir) || g_str_has_prefix (dir, inside))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("%s is inside the data folder, on the same disk: choose a drive or a "
                     "folder elsewhere"),
                   dir);
      return FALSE;
    }
  return ethos_store_set_profile_value (self, DESTINATION_KEY, dir, error);
}

static gboolean
copy_failed (GError **error, const char *dest, int saved)
{
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO,
               _("Could not copy the backup to %s: %s"), dest, g_strerror (saved));
  return FALSE;
}

static gboolean
copy_fd (int in, int out, const char *dest, GError **error)
{
  gboolean reading;

  return ethos_store_copy_fd (in, out, &reading) || copy_failed (error, dest, errno);
}

EthosBackupCopyHook ethos_backup_copy_written_hook = NULL;

/* The copy @temp, written and synced, read back with @key; one that does not read back whole is
 * deleted, said as ETHOS_STORE_ERROR_CORRUPT. */
static gboolean
verify_copy (const char *temp, const char *dest, const char *key, GError **error)
{
  g_autoptr (GError) problem = NULL;

  if (ethos_backup_copy_written_hook != NULL)
    ethos_backup_copy_written_hook (temp);
  if (ethos_backup_verify (temp, key, NULL, &problem))
    return TRUE;
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT,
               _("The copy in %s did not read back as it was written (%s), so it was deleted: "
                 "try again, or use another drive"),
               dest, problem->message);
  return FALSE;
}

/* The copies in @dest are rotated as the backups folder is, once a new one is there: only those
 * whose names say Ethos made them, and only daily ones (ethos-backup-rotation.c); a temporary
 * file a copy killed halfway left is removed once a day old. */
static void
rotate_destination (const char *dest, const char *copy)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) copies = ethos_backups_list_folder (dest, &error);

  if (copies == NULL)
    {
      g_message ("Could not list the copies in %s to rotate them: %s", dest, error->message);
      return;
    }
  ethos_backups_rotate (copies, copy);
  ethos_backup_remove_stale_temp_files (dest);
}

/* The plain copies of the diary in @dest (Ethos's copies, and the temporary files of copies
 * stopped halfway), removed once an encrypted copy has been written there and read back: made
 * before encryption was turned on, they would otherwise keep the notes readable where a synced
 * folder or a lost drive gives them away. Returns how many were removed. */
/* Whether @path begins as a plain SQLite database does: a copy anyone can read. */
static gboolean
is_plain_database (const char *path)
{
  static const char header[16] = "SQLite format 3";
  char found[16] = { 0 };
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  gboolean plain;

  if (fd < 0)
    return FALSE;
  plain = read (fd, found, sizeof found) == sizeof found && memcmp (found, header, 16) == 0;
  close (fd);
  return plain;
}

static guint
remove_plain_copies (const char *dest)
{
  g_autoptr (GPtrArray) copies = ethos_backups_list_folder (dest, NULL);
  g_autoptr (GDir) folder = g_dir_open (dest, 0, NULL);
  const char *name;
  guint removed = 0;

  for (guint i = 0; copies != NULL && i < copies->len; i++)
    {
      EthosBackupInfo *info = g_ptr_array_index (copies, i);

      if (is_plain_database (info->path) && g_unlink (info->path) == 0)
        removed++;
    }
  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dest, name, NULL);
      GStatBuf st;

      if (g_str_has_prefix (name, ".tmp-ethos-") && g_lstat (path, &st) == 0
          && S_ISREG (st.st_mode) && st.st_uid == geteuid ()
          && is_plain_database (path) && g_unlink (path) == 0)
        removed++;
    }
  if (removed > 0)
    ethos_sync_path (dest, TRUE, NULL);
  return removed;
}

/* Copies the backup @backup into the folder @dest, as it is (never decrypted), under its own
 * name, and reads it back with @key (the diary's; NULL for a plain diary). Returns the copy's
 * path. A folder that is not there is ETHOS_STORE_ERROR_NOT_FOUND; a copy that does not read
 * back, ETHOS_STORE_ERROR_CORRUPT, with nothing left in @dest. An encrypted copy, once in place,
 * replaces the plain ones made there before encryption was turned on: @plain_removed (may be
 * NULL) gets how many. */
char *
ethos_backup_copy_to_full (const char  *backup,
                           const char  *dest,
                           const char  *key,
                           guint       *plain_removed,
                           GError     **error)
{
  g_autofree char *name = g_path_get_basename (backup);
  g_autofree char *path = g_build_filename (dest, name, NULL);
  g_autofree char *temp = g_build_filename (dest, ".tmp-ethos-XXXXXX", NULL);
  int in, out;
  gboolean ok;

  if (plain_removed != NULL)
    *plain_removed = 0;
  if (!g_file_test (dest, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("%s is not there (a drive not plugged in?): no copy was made"), dest);
      return NULL;
    }
  if ((in = g_open (backup, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0)) < 0)
    {
      copy_failed (error, dest, errno);
      return NULL;
    }
  if ((out = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0600)) < 0)
    {
      copy_failed (error, dest, errno);
      close (in);
      return NULL;
    }
  ok = copy_fd (in, out, dest, error);
  close (in);
  if (ok && fsync (out) != 0)
    ok = copy_failed (error, dest, errno);
  if (close (out) != 0 && ok)
    ok = copy_failed (error, dest, errno);
  if (ok)
    ok = verify_copy (temp, dest, key, error);
  if (ok && g_rename (temp, path) != 0)
    ok = copy_failed (error, dest, errno);
  if (!ok)
    {
      g_unlink (temp);
      return NULL;
    }
  ethos_sync_path (dest, TRUE, NULL);
  /* Only now, with an encrypted copy there that reads back: killed before, the plain copies are
   * all still there; killed during, the new copy is. */
  if (key != NULL)
    {
      guint removed = remove_plain_copies (dest);

      if (removed > 0)
        g_debug ("Removed %u unencrypted copies from %s", removed, dest);
      if (plain_removed != NULL)
        *plain_removed = removed;
    }
  rotate_destination (dest, path);
  return g_steal_pointer (&path);
}

/* ethos_backup_copy_to_full() without the count of plain copies removed. */
char *
ethos_backup_copy_to (const char *backup, const char *dest, const char *key, GError **error)
{
  return ethos_backup_copy_to_full (backup, dest, key, NULL, error);
}

/* Copies the newest backup to the destination now; returns the copy's path. No destination set
 * is ETHOS_STORE_ERROR_INVALID; no backup yet, one is made first. */
char *
ethos_store_copy_newest_backup (EthosStore *self, GDateTime *now, GError **error)
{
  g_autofree char *dest = ethos_store_get_backup_destination (self);
  g_autofree char *made = NULL;
  g_autoptr (GPtrArray) backups = NULL;
  const char *newest;
  char *copy;

  if (dest == NULL)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("No place for copies off this disk is set: set one with ethos-cli backup "
                     "destination set DIR"));
      return NULL;
    }
  if ((backups = ethos_backups_list (ethos_store_get_data_dir (self), error)) == NULL)
    return NULL;
  if (backups->len > 0)
    newest = ((EthosBackupInfo *) g_ptr_array_index (backups, 0))->path;
  else if ((made = ethos_store_backup (self, ETHOS_BACKUP_MANUAL, now, error)) != NULL)
    newest = made;
  else
    return NULL;
  if ((copy = ethos_backup_copy_to (newest, dest, self->key, error)) != NULL)
    ethos_offdisk_note_copy (ethos_store_get_data_dir (self), dest, copy, now);
  return copy;
}

/* After the daily backup @backup is made at @now: copied to the destination when one is set. One
 * that cannot be made is said in the log, once (the daily backup runs once a day), and is no
 * error. */
void
ethos_store_copy_daily_backup (EthosStore *self, const char *backup, GDateTime *now)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dest = NULL;
  g_autofree char *copy = NULL;
  sqlite3_stmt *stmt = NULL;

  /* Not through the statement cache: this may run in the check's thread. */
  if (sqlite3_prepare_v2 (ethos_store_get_db (self), "SELECT value FROM profile WHERE key = ?1",
                          -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_bind_text (stmt, 1, DESTINATION_KEY, -1, SQLITE_STATIC) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    dest = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (dest == NULL)
    return;
  if ((copy = ethos_backup_copy_to (backup, dest, self->key, &error)) == NULL)
    g_message (_("No copy off this disk today: %s"), error->message);
  else
    {
      ethos_offdisk_note_copy (ethos_store_get_data_dir (self), dest, copy, now);
      g_debug ("Copied %s to %s", backup, copy);
    }
}

/* The newest copy in @dest made by Ethos (its name says when), or NULL. */
GDateTime *
ethos_backup_destination_newest (const char *dest)
{
  g_autoptr (GPtrArray) copies = ethos_backups_list_folder (dest, NULL);

  if (copies == NULL || copies->len == 0)
    return NULL;
  return g_date_time_ref (((EthosBackupInfo *) g_ptr_array_index (copies, 0))->created);
}
