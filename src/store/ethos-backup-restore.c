/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"
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
 * cannot copy a database through a connection that holds its write lock. */
gboolean
ethos_backups_restore (const char  *data_dir,
                       const char  *file,
                       GDateTime   *now,
                       char       **pre_restore,
                       GError     **error)
{
  g_autofree char *dir = ethos_backups_dir (data_dir);
  g_autofree char *copy = NULL;
  g_autofree char *kept = NULL;
  g_autoptr (EthosStore) live = NULL;
  g_autoptr (EthosStore) reopened = NULL;
  sqlite3 *source = NULL;
  int version = 0;
  int live_pages, live_page_size;
  gboolean ok = FALSE;

  g_return_val_if_fail (file != NULL && now != NULL, FALSE);

  if (!ethos_backup_prepare_dir (dir, error)
      || (copy = ethos_restore_file_prepare (file, dir, &source, &version, error)) == NULL)
    goto out;

  if ((live = ethos_store_open_raw (data_dir, ETHOS_STORE_OPEN_DEFAULT, NULL, error)) == NULL)
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
  if ((reopened = ethos_store_open_at (data_dir, now, error)) == NULL)
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
