/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"
#include "ethos-store-private.h"

/* Restoring a backup. The file is checked before anything of the live data is touched, and any
 * file that fails a check is refused with ETHOS_STORE_ERROR_INVALID, leaving everything as it
 * was.
 *
 * The file itself is only ever read(): its bytes are first copied to a private file in the
 * backups folder, and SQLite opens only that copy. SQLite opening a database, even read-only,
 * can create -wal and -shm files beside it; and a file checked in place could still change
 * between the check and the restore. The copy is what is checked and what is restored. */

static gboolean
refuse (GError **error, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gboolean
refuse (GError **error, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
copy_bytes (int in, int out, const char *file, GError **error)
{
  char buffer[64 * 1024];

  for (;;)
    {
      gssize got = read (in, buffer, sizeof buffer);

      if (got == 0)
        return TRUE;
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        return refuse (error, _("Could not read %s: %s"), file, g_strerror (errno));
      for (gssize done = 0; done < got;)
        {
          gssize n = write (out, buffer + done, got - done);

          if (n < 0 && errno == EINTR)
            continue;
          if (n < 0)
            {
              g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO,
                           _("Could not copy %s: %s"), file, g_strerror (errno));
              return FALSE;
            }
          done += n;
        }
    }
}

/* Copies @file to a new owner-only file in @dir; returns the copy's path. Only a regular file:
 * a FIFO would wait for ever, /dev/zero would never end. */
static char *
copy_in (const char *file, const char *dir, GError **error)
{
  g_autofree char *copy = NULL;
  int in = g_open (file, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  int out = -1;
  gboolean ok = FALSE;
  struct stat st;

  if (in < 0)
    refuse (error, _("Could not read %s: %s"), file, g_strerror (errno));
  else if (fstat (in, &st) != 0 || !S_ISREG (st.st_mode))
    refuse (error, _("%s is not a regular file"), file);
  else if ((copy = ethos_backup_temp_file (dir, error)) == NULL)
    ;
  else if ((out = g_open (copy, O_WRONLY | O_CLOEXEC, 0)) < 0)
    g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not copy %s: %s"), file,
                 g_strerror (errno));
  else
    ok = copy_bytes (in, out, file, error);
  if (in >= 0)
    close (in);
  if (out >= 0 && close (out) != 0 && ok)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not copy %s: %s"),
                   file, g_strerror (errno));
      ok = FALSE;
    }
  if (!ok && copy != NULL)
    ethos_backup_discard (copy);
  return ok ? g_steal_pointer (&copy) : NULL;
}

/* Whether @db has every table, index and trigger an Ethos database of @version has (what its
 * migrations make, made again in memory). @missing gets the first it lacks; it stays NULL when
 * the names could not be read. */
static gboolean
has_ethos_schema (sqlite3 *db, int version, char **missing)
{
  static const char *const names_sql
    = "SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid";
  g_autoptr (GHashTable) present = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_migrations;
  const EthosMigration *migrations = ethos_store_migrations (&n_migrations);
  sqlite3 *expected = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* A list of names that could not be read to its end says nothing about what is missing. */
  if (sqlite3_prepare_v2 (db, names_sql, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (present, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  stmt = NULL;
  if (rc != SQLITE_DONE)
    return FALSE;

  sqlite3_open_v2 (":memory:", &expected, SQLITE_OPEN_READWRITE, NULL);
  for (guint i = 0; i < n_migrations && migrations[i].version <= version; i++)
    sqlite3_exec (expected, migrations[i].sql, NULL, NULL, NULL);
  sqlite3_prepare_v2 (expected, names_sql, -1, &stmt, NULL);
  while (*missing == NULL && stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    if (!g_hash_table_contains (present, sqlite3_column_text (stmt, 0)))
      *missing = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (expected);
  return *missing == NULL;
}

/* The first problem SQLite's full integrity check finds, NULL when there is none. */
static char *
integrity_problem (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  char *problem = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK)
    return g_strdup (sqlite3_errmsg (db));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && problem == NULL)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (text, "ok") == 0)
        continue;
      /* The first line of what it found is enough to say. */
      if (g_str_has_prefix (text, "*** in database main ***\n"))
        text += strlen ("*** in database main ***\n");
      problem = g_strndup (text, strcspn (text, "\n"));
    }
  if (problem == NULL && rc != SQLITE_DONE)
    problem = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return problem;
}

static guint32
read_be32 (const guchar *bytes)
{
  return (guint32) bytes[0] << 24 | (guint32) bytes[1] << 16 | (guint32) bytes[2] << 8 | bytes[3];
}

/* Checks the private copy @copy of @file (named in messages), read-only. On success @db is left
 * open on it, read-only, for the restore. */
static gboolean
check_copy (const char *copy, const char *file, sqlite3 **db, int *version, GError **error)
{
  g_autofree char *problem = NULL;
  g_autofree char *missing = NULL;
  sqlite3_stmt *stmt = NULL;
  int supported = ethos_store_get_supported_schema_version ();
  GStatBuf st;
  guchar header[100];
  gssize got;
  guint32 pages;
  int page_size;
  int fd;

  if (g_stat (copy, &st) != 0 || st.st_size == 0)
    return refuse (error, _("%s is empty: it is not an Ethos backup"), file);
  fd = g_open (copy, O_RDONLY | O_CLOEXEC, 0);
  got = fd >= 0 ? read (fd, header, sizeof header) : -1;
  if (fd >= 0)
    close (fd);
  if (got != sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    return refuse (error, _("%s is not an Ethos backup: it is not a database at all"), file);
  /* A file cut short (a copy that did not finish) is whole pages no more. The header's page
   * count holds when its "valid for" number matches the change counter. */
  page_size = header[16] << 8 | header[17];
  if (page_size == 1)
    page_size = 65536;
  pages = read_be32 (header + 28);
  if (page_size < 512 || (page_size & (page_size - 1)) != 0 || st.st_size % page_size != 0
      || (read_be32 (header + 92) == read_be32 (header + 24)
          && (gint64) pages * page_size > st.st_size))
    return refuse (error, _("%s is damaged (it is cut short or not whole): it cannot be restored"),
                   file);

  if (sqlite3_open_v2 (copy, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK
      || sqlite3_prepare_v2 (*db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK
      || sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_finalize (stmt);
      return refuse (error, _("%s is damaged (%s): it cannot be restored"), file,
                     *db != NULL ? sqlite3_errmsg (*db) : "");
    }
  *version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  if (*version > supported)
    return refuse (error,
                   _("%s was written by a newer version of Ethos (schema %d; this version reads up "
                     "to %d): update Ethos to restore it"),
                   file, *version, supported);
  if (*version < 1)
    return refuse (error, _("%s is not an Ethos backup: it is another program's database"), file);
  if ((problem = integrity_problem (*db)) != NULL)
    return refuse (error, _("%s is damaged (%s): it cannot be restored"), file, problem);
  if (!has_ethos_schema (*db, *version, &missing))
    return refuse (error, _("%s is not an Ethos backup: it lacks Ethos's “%s”"), file,
                   missing != NULL ? missing : "sqlite_schema");
  return TRUE;
}

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

  if (!ethos_backup_prepare_dir (dir, error) || (copy = copy_in (file, dir, error)) == NULL
      || !check_copy (copy, file, &source, &version, error))
    goto out;

  if ((live = ethos_store_open_raw (data_dir, error)) == NULL)
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

          refuse (error,
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
