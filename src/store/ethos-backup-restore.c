/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"
#include "ethos-diary-key.h"
#include "ethos-restore-file.h"
#include "ethos-store-private.h"

/* Restoring a backup. The file is made ready first in a private copy (ethos-restore-file.c:
 * copied with its -wal, its schema checked to be exactly Ethos's, checked for damage, upgraded
 * when older) before anything of the live data is touched, and any file that fails a step is
 * refused with ETHOS_STORE_ERROR_INVALID, leaving everything as it was. A file checked in place
 * could still change between the check and the restore, and SQLite opening it, even read-only,
 * can create -wal and -shm files beside it: the copy is what is checked and what is restored. */

static int
query_int (sqlite3 *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Writes the pages of @source into the live database @live, as one transaction. */
static gboolean
swap_in (sqlite3 *live, sqlite3 *source, const char *file, GError **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (live, "main", source, "main");
  int rc = backup != NULL ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (live);

  if (backup != NULL && sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_DONE)
    rc = sqlite3_errcode (live);
  if (rc == SQLITE_DONE)
    return TRUE;
  g_set_error (error, ETHOS_STORE_ERROR,
               rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? ETHOS_STORE_ERROR_FAILED
                                                        : ETHOS_STORE_ERROR_IO,
               _("Could not restore %s (%s): the database is as it was"), file,
               sqlite3_errmsg (live));
  return FALSE;
}

/* A plain file to restore into an encrypted diary: SQLCipher copies pages only between two
 * encrypted databases or two plain ones, and with the same cipher settings, so the checked copy
 * @db (at *@copy) is exported into a new private copy encrypted with @key, with the settings of
 * @like (NULL: those of a new diary), which replaces it. Also for an encrypted file whose
 * settings are not the diary's. */
static gboolean
encrypt_copy (sqlite3 **db, char **copy, const char *dir, const char *key, sqlite3 *like,
              const char *file, GError **error)
{
  g_autofree char *temp = ethos_backup_temp_file (dir, error);
  g_autofree char *settings = like != NULL ? ethos_store_cipher_settings_sql (like, "encrypted")
                                           : NULL;
  int version = query_int (*db, "PRAGMA user_version");
  char *sql;
  int rc;

  if (temp == NULL)
    return FALSE;
  ethos_store_set_cipher_defaults ();
  sql = sqlite3_mprintf ("ATTACH DATABASE %Q AS encrypted KEY %Q;"
                         "%s"
                         "SELECT sqlcipher_export('encrypted');"
                         "PRAGMA encrypted.user_version = %d;"
                         "DETACH DATABASE encrypted",
                         temp, key, settings != NULL ? settings : "", version);
  rc = sqlite3_exec (*db, sql, NULL, NULL, NULL);
  explicit_bzero (sql, strlen (sql));
  sqlite3_free (sql);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO,
                   _("Could not restore %s (%s): the database is as it was"), file,
                   sqlite3_errmsg (*db));
      ethos_backup_discard (temp);
      return FALSE;
    }
  sqlite3_close_v2 (*db);
  ethos_backup_discard (*copy);
  g_free (*copy);
  *copy = g_steal_pointer (&temp);
  *db = NULL;
  if (sqlite3_open_v2 (*copy, db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK
      || !ethos_store_key_apply_like (*db, *copy, key, like, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not read %s: %s"),
                     *copy, sqlite3_errmsg (*db));
      return FALSE;
    }
  return TRUE;
}

/* Restores the backup @file over the database in @data_dir, as it is @now. The database as it
 * was is kept first as a pre-restore backup (@pre_restore gets its path; NULL when there was no
 * data to keep). An older schema is then upgraded as at any open.
 *
 * The swap is atomic, whenever the process may be killed:
 *  - Until the swap starts, nothing of the live database has changed: the file is checked in a
 *    private copy, and the pre-restore backup is written under a temporary name, fsynced, and
 *    only then named.
 *  - The swap writes the backup's pages INTO the live database with SQLite's online backup API,
 *    through the live database's own connection, as one write transaction. In WAL mode the pages
 *    go to the -wal file and become the database only with the commit record, written and
 *    fsynced last (synchronous = FULL). Killed before it, SQLite ignores the uncommitted frames
 *    on the next open and the old data is read; after it, the restored data. No reader ever
 *    sees half of each.
 *    (A new, empty database is still in rollback-journal mode: there the journal makes the same
 *    one transaction atomic.)
 *  - An older backup is upgraded in the copy, before the swap: one whose upgrade fails is
 *    refused like any other, and no pre-migration backup is made (the file restored is the
 *    database as it was before the upgrade; the pre-restore backup, what was live).
 *  - Nothing is renamed over ethos.db and no -wal or -shm file is deleted. Replacing the file
 *    would let a stale -wal be replayed onto the restored file, and leave a running window or
 *    notifier reading and writing the old, unlinked file. Here they simply read the restored
 *    data at their next transaction (waiting for the write lock like any writer).
 * A database damaged inside can be restored over, as every page is replaced; one SQLite cannot
 * read at all cannot be kept first, and is refused with advice to move it aside. A write another
 * program makes in the moment between the pre-restore copy and the swap is in neither: SQLite
 * cannot copy a database through a connection that holds its write lock.
 *
 * The keys a restore needs, in SQLCipher's form: @live_key, the key of the diary in @data_dir
 * (NULL when it is plain); @file_key, the key of the file (NULL: @live_key). An encrypted file
 * restored into a data folder with no database yet makes the diary encrypted with @file_key;
 * the caller then keeps that key (ethos_store_recover_key()). A plain file restored into an
 * encrypted diary is encrypted with its key. An encrypted file is never restored into a plain
 * diary that holds data: that would decrypt it without being asked; the diary is to be
 * encrypted first. */
gboolean
ethos_backups_restore_with_keys (const char  *data_dir,
                                 const char  *file,
                                 const char  *live_key,
                                 const char  *file_key,
                                 GDateTime   *now,
                                 char       **pre_restore,
                                 GError     **error)
{
  g_autofree char *dir = ethos_backups_dir (data_dir);
  g_autofree char *home = data_dir != NULL ? g_strdup (data_dir) : ethos_store_default_data_dir ();
  g_autofree char *db_path = g_build_filename (home, "ethos.db", NULL);
  g_autofree char *copy = NULL;
  g_autofree char *kept = NULL;
  g_autoptr (EthosStore) live = NULL;
  g_autoptr (EthosStore) reopened = NULL;
  EthosStoreOpenOptions options = { .flags = ETHOS_STORE_OPEN_DEFAULT, .key = NULL };
  sqlite3 *source = NULL;
  int version = 0;
  int live_pages, live_page_size;
  gboolean live_encrypted = ethos_diary_is_encrypted (home);
  gboolean file_encrypted = FALSE;
  GStatBuf st;
  gboolean ok = FALSE;

  g_return_val_if_fail (file != NULL && now != NULL, FALSE);

  if (live_encrypted && live_key == NULL)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT,
                   _("%s is encrypted and no key for it is at hand, or it is damaged: give its "
                     "key, or move it, with any -wal and -shm files beside it, out of its folder "
                     "and restore again"),
                   db_path);
      return FALSE;
    }
  if (!live_encrypted)
    live_key = NULL;
  if (file_key == NULL)
    file_key = live_key;
  if (!ethos_backup_prepare_dir (dir, error)
      || (copy = ethos_restore_file_prepare (file, dir, file_key, &source, &version,
                                             &file_encrypted, error)) == NULL)
    goto out;
  if (file_encrypted && !live_encrypted)
    {
      if (g_stat (db_path, &st) == 0 && st.st_size > 0)
        {
          ethos_restore_refuse (error,
                                _("%s is encrypted and the diary in %s is not: encrypt the diary "
                                  "first (ethos-cli encryption enable), then restore"),
                                file, home);
          goto out;
        }
      /* A new data folder: the diary is made encrypted with the file's key. */
      live_key = file_key;
    }
  else if (!file_encrypted && live_encrypted
           && !encrypt_copy (&source, &copy, dir, live_key, NULL, file, error))
    goto out;

  if ((live = ethos_store_open_raw (data_dir, ETHOS_STORE_OPEN_DEFAULT, live_key, error)) == NULL)
    goto out;
  sqlite3_exec (ethos_store_get_db (live), "PRAGMA synchronous = FULL", NULL, NULL, NULL);
  /* What is there must be kept first; a file SQLite cannot read at all cannot be copied (nor
   * written into), so the practitioner moves it aside and Ethos starts from an empty folder. */
  if ((live_pages = query_int (ethos_store_get_db (live), "PRAGMA page_count")) < 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT,
                   _("%s cannot be read as a database (%s), so it cannot be kept before "
                     "restoring: move it, with any -wal and -shm files beside it, out of its "
                     "folder and restore again"),
                   ethos_store_get_path (live), sqlite3_errmsg (ethos_store_get_db (live)));
      goto out;
    }
  /* Pages are copied as they are: an encrypted file with other cipher settings than the diary's
   * (from before Ethos changed them, or the other way round) is made like the diary first. */
  if (live_key != NULL
      && ethos_store_cipher_default_is (source)
           != ethos_store_cipher_default_is (ethos_store_get_db (live))
      && !encrypt_copy (&source, &copy, dir, live_key, ethos_store_get_db (live), file, error))
    goto out;
  live_page_size = query_int (ethos_store_get_db (live), "PRAGMA page_size");
  if (live_pages > 0)
    {
      /* In WAL mode SQLite cannot change a database's page size. */
      if (live_page_size != query_int (source, "PRAGMA page_size"))
        {
          int page_size = query_int (source, "PRAGMA page_size");

          ethos_restore_refuse (error,
                  g_dngettext (GETTEXT_PACKAGE,
                               "%s has pages of %d byte, the database %d: it cannot be restored",
                               "%s has pages of %d bytes, the database %d: it cannot be restored",
                               (gulong) MAX (page_size, 0)),
                  file, page_size, live_page_size);
          goto out;
        }
      if ((kept = ethos_store_backup (live, ETHOS_BACKUP_PRE_RESTORE, now, error)) == NULL)
        {
          g_prefix_error (error, _("Could not keep the database as it is before restoring: "));
          goto out;
        }
    }
  if (!swap_in (ethos_store_get_db (live), source, file, error))
    goto out;
  /* Fold the restored pages into the main file when nobody else is reading; harmless if not. */
  sqlite3_exec (ethos_store_get_db (live), "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
  g_clear_object (&live);
  g_debug ("Restored %s (schema %d)", file, version);

  /* An older backup gets the schema this Ethos writes, the codes it ships. */
  options.key = live_key;
  if ((reopened = ethos_store_open_with_options (data_dir, now, &options, error)) == NULL)
    goto out;
  ok = TRUE;

out:
  sqlite3_close_v2 (source);
  if (copy != NULL)
    ethos_backup_discard (copy);
  if (pre_restore != NULL)
    *pre_restore = g_steal_pointer (&kept);
  return ok;
}


/* ethos_backups_restore_with_keys() with the key kept for the diary in @data_dir, when it is
 * encrypted (from the keyring: a key wrapped by a passphrase needs the passphrase, so a caller
 * with one passes the key itself). */
gboolean
ethos_backups_restore (const char  *data_dir,
                       const char  *file,
                       GDateTime   *now,
                       char       **pre_restore,
                       GError     **error)
{
  char *key = ethos_diary_is_encrypted (data_dir) ? ethos_diary_find_key_anyway (data_dir, NULL)
                                                   : NULL;
  gboolean ok = ethos_backups_restore_with_keys (data_dir, file, key, NULL, now, pre_restore,
                                                 error);

  ethos_store_key_free (key);
  return ok;
}
