/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ethos-backup-copy.h"
#include "ethos-backup-rotation.h"
#include "ethos-backup-store.h"
#include "ethos-private-dir.h"
#include "ethos-key-file.h"
#include "ethos-store-private.h"

/* Backups: copies of the database made with SQLite's online backup API (a consistent snapshot,
 * even while other programs write) into <data dir>/backups/, owner-only. A copy is written under
 * a temporary name (".tmp-ethos-…", which nothing lists), made a single self-contained file,
 * fsynced, and only then given its real name, so a backup with a real name is always whole. */

#define TEMP_PREFIX ".tmp-ethos-"

char *
ethos_backups_dir (const char *data_dir)
{
  g_autofree char *dir = data_dir != NULL ? g_strdup (data_dir) : ethos_store_default_data_dir ();

  return g_build_filename (dir, "backups", NULL);
}

/* Backups hold everything the database does: a folder of the user's own in a data folder of
 * their own (ethos-private-dir.c), owner-only even if it was made wider, made if @create is set;
 * a link is refused, never followed. */
static gboolean
secure_dir (const char *dir, gboolean create, GError **error)
{
  g_autofree char *data_dir = g_path_get_dirname (dir);

  return ethos_private_dir_prepare (data_dir, create, error)
         && ethos_private_dir_prepare (dir, create, error);
}

gboolean
ethos_backup_prepare_dir (const char *dir, GError **error)
{
  return secure_dir (dir, TRUE, error);
}

/* Removes a database file SQLite had open, with whatever it kept beside it. */
void
ethos_backup_discard (const char *path)
{
  static const char *const suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

char *
ethos_backup_temp_file (const char *dir, GError **error)
{
  g_autofree char *temp = g_build_filename (dir, TEMP_PREFIX "XXXXXX", NULL);
  int fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not create %s: %s"),
                   temp, g_strerror (errno));
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&temp);
}

static gboolean
stamp_taken (const char *dir, GDateTime *when)
{
  for (guint kind = 0; kind < ETHOS_BACKUP_N_KINDS; kind++)
    {
      g_autofree char *name = ethos_backup_file_name (when, kind);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        return TRUE;
    }
  return FALSE;
}

/* Gives the finished copy @temp its real name. Names are to the second and never shared: a
 * second backup within the same second is named a second later, so the names still sort in the
 * order the backups were made. link() never replaces a file, so two programs backing up at once
 * cannot overwrite each other's backup. */
static char *
publish (const char *dir, const char *temp, EthosBackupKind kind, GDateTime *now, GError **error)
{
  for (int i = 0; i < 60; i++)
    {
      g_autoptr (GDateTime) when = g_date_time_add_seconds (now, i);
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;

      if (stamp_taken (dir, when))
        continue;
      name = ethos_backup_file_name (when, kind);
      path = g_build_filename (dir, name, NULL);
      if (link (temp, path) == 0)
        {
          g_unlink (temp);
          return g_steal_pointer (&path);
        }
      if (errno == EEXIST)
        continue;
      /* A file system without hard links: the name was free a moment ago. */
      if (g_rename (temp, path) == 0)
        return g_steal_pointer (&path);
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not create %s: %s"),
                   path, g_strerror (errno));
      return NULL;
    }
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO,
               _("Could not name a new backup in %s: too many this minute"), dir);
  return NULL;
}

/* Copies the whole of @db into @temp, a new empty file, encrypted with @key as @db is (NULL: a
 * plain database, as @db is). */
static gboolean
copy_database (sqlite3 *db, const char *key, const char *temp, GError **error)
{
  g_autoptr (GError) key_error = NULL;
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (temp, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  /* A page copy: the copy must be encrypted as @db is, whichever settings it has. */
  if (rc == SQLITE_OK && !ethos_store_key_apply_like (copy, temp, key, db, &key_error))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO,
                   _("Could not copy the database: %s"), key_error->message);
      sqlite3_close_v2 (copy);
      return FALSE;
    }
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", db, "main");
      rc = backup != NULL ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (copy);
      if (backup != NULL && sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_DONE)
        rc = sqlite3_errcode (copy);
      /* The copy's header says WAL, as the database's does: a backup must be one file that
       * needs nothing beside it, and that SQLite can read without writing. */
      if (rc == SQLITE_DONE)
        rc = sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) == SQLITE_OK
               ? SQLITE_DONE
               : sqlite3_errcode (copy);
    }
  if (rc != SQLITE_DONE)
    g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not copy the database: %s"),
                 copy != NULL ? sqlite3_errmsg (copy) : sqlite3_errstr (rc));
  sqlite3_close_v2 (copy);
  return rc == SQLITE_DONE;
}

/* A new backup of the database as it is now, of @kind, named for @now. Returns its path. */
char *
ethos_store_backup (EthosStore *self, EthosBackupKind kind, GDateTime *now, GError **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *temp = NULL;
  char *path = NULL;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  dir = ethos_backups_dir (ethos_store_get_data_dir (self));
  if (!ethos_backup_prepare_dir (dir, error) || (temp = ethos_backup_temp_file (dir, error)) == NULL)
    return NULL;
  if (!copy_database (ethos_store_get_db (self), self->key, temp, error)
      || !ethos_sync_path (temp, FALSE, error)
      || (path = publish (dir, temp, kind, now, error)) == NULL || !ethos_sync_path (dir, TRUE, error))
    {
      ethos_backup_discard (temp);
      if (path != NULL)
        ethos_backup_discard (path);
      g_free (path);
      return NULL;
    }
  g_debug ("Backed up %s to %s", ethos_store_get_path (self), path);
  return path;
}

/* The schema version in a database file's header (user_version), read without SQLite; -1 for a
 * file that is not a plain SQLite database (@encrypted: whether it is a whole header that is not
 * plain, as an encrypted one is). */
static int
header_schema_version (const char *path, gboolean *encrypted)
{
  guchar header[100];
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gssize got = fd >= 0 ? read (fd, header, sizeof header) : -1;

  if (fd >= 0)
    close (fd);
  *encrypted = got == sizeof header && memcmp (header, "SQLite format 3", 16) != 0;
  if (got != sizeof header || *encrypted)
    return -1;
  return (int) (((guint32) header[60] << 24) | ((guint32) header[61] << 16)
                | ((guint32) header[62] << 8) | header[63]);
}

/* The backups Ethos made in @dir (its names say which), newest first: EthosBackupInfo. Only
 * files of the user's own: not a link, nor one another user left there while the folder was open
 * to them. None when there is no folder. */
GPtrArray *
ethos_backups_list_folder (const char *dir, GError **error)
{
  g_autoptr (GPtrArray) backups = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GDir) folder = NULL;
  const char *name;

  if ((folder = g_dir_open (dir, 0, &local_error)) == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&backups);
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, "%s", local_error->message);
      return NULL;
    }
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autoptr (EthosBackupInfo) info = ethos_backup_info_new ();
      GStatBuf st;

      if (!ethos_backup_parse_file_name (name, &info->created, &info->kind))
        continue;
      info->path = g_build_filename (dir, name, NULL);
      if (g_lstat (info->path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != geteuid ())
        continue;
      info->size = st.st_size;
      info->schema_version = header_schema_version (info->path, &info->encrypted);
      g_ptr_array_add (backups, g_steal_pointer (&info));
    }
  g_ptr_array_sort (backups, ethos_backup_info_compare_newest_first);
  return g_steal_pointer (&backups);
}

/* The backups in @data_dir's backups folder, newest first: EthosBackupInfo. None when there is no
 * folder yet. */
GPtrArray *
ethos_backups_list (const char *data_dir, GError **error)
{
  g_autofree char *dir = ethos_backups_dir (data_dir);

  if (!secure_dir (dir, FALSE, error))
    return NULL;
  return ethos_backups_list_folder (dir, error);
}

/* What a backup killed halfway left (its name says it is not a backup), once it is a day old:
 * younger ones may still be being written by another program. */
void
ethos_backup_remove_stale_temp_files (const char *dir)
{
  g_autoptr (GDir) folder = g_dir_open (dir, 0, NULL);
  gint64 day_ago = g_get_real_time () / G_USEC_PER_SEC - 24 * 60 * 60;
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      if (g_str_has_prefix (name, TEMP_PREFIX) && g_lstat (path, &st) == 0
          && st.st_mtime < day_ago)
        g_unlink (path);
    }
}

/* Deletes the daily backups among @backups (EthosBackupInfo, of one folder) beyond the rotation
 * (ethos-backup-rotation.h): the backups folder's, and a destination's copies off this disk. The
 * file at @keep (if not NULL), just made, is never deleted: a copy of an old backup into a folder
 * that holds newer ones stays, as asked for. */
void
ethos_backups_rotate (GPtrArray *backups, const char *keep)
{
  g_autoptr (GPtrArray) expired = ethos_backup_rotation_expired (backups, ETHOS_BACKUP_KEEP_DAILY,
                                                                 ETHOS_BACKUP_KEEP_MONTHLY);

  for (guint i = 0; i < expired->len; i++)
    {
      EthosBackupInfo *info = g_ptr_array_index (expired, i);

      if (g_strcmp0 (info->path, keep) != 0 && g_unlink (info->path) == 0)
        g_debug ("Deleted the old backup %s", info->path);
    }
}

/* The daily backup: made when there is no daily backup of @now's day yet; then the daily
 * backups beyond the rotation (ethos-backup-rotation.h) are deleted. @made gets the new
 * backup's path, or NULL when the day had one. */
gboolean
ethos_store_backup_daily (EthosStore *self, GDateTime *now, char **made, GError **error)
{
  const char *data_dir = ethos_store_get_data_dir (self);
  g_autofree char *today = g_date_time_format (now, "ethos-%Y-%m-%dT");
  g_autofree char *dir = ethos_backups_dir (data_dir);
  g_autofree char *path = NULL;
  g_autoptr (GPtrArray) backups = NULL;
  gboolean done_today = FALSE;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  if ((backups = ethos_backups_list (data_dir, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < backups->len && !done_today; i++)
    {
      EthosBackupInfo *info = g_ptr_array_index (backups, i);
      g_autofree char *name = g_path_get_basename (info->path);

      done_today = info->kind == ETHOS_BACKUP_DAILY && g_str_has_prefix (name, today);
    }
  if (!done_today)
    {
      if ((path = ethos_store_backup (self, ETHOS_BACKUP_DAILY, now, error)) == NULL)
        return FALSE;
      ethos_store_copy_daily_backup (self, path, now);
      g_clear_pointer (&backups, g_ptr_array_unref);
      if ((backups = ethos_backups_list (data_dir, error)) == NULL)
        return FALSE;
    }

  ethos_backups_rotate (backups, NULL);
  ethos_backup_remove_stale_temp_files (dir);

  if (made != NULL)
    *made = g_steal_pointer (&path);
  return TRUE;
}

/* The schema version of the encrypted backup at @path, read with @key (SQLCipher's form), or -1
 * when the key does not open it. Read-only: a backup is one file, and nothing is made beside it. */
int
ethos_backup_encrypted_schema_version (const char *path, const char *key)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (key != NULL
      && sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL) == SQLITE_OK
      && ethos_store_key_apply (db, path, key, NULL)
      && sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);
  return version;
}
