/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "ethos-backup-verify.h"
#include "ethos-store-private.h"

/* Reading a copy back (issue 19: each copy off this disk verified after writing). A drive can
 * take every byte it is given, say so, and keep something else: a stick that lies about its
 * size, a cable pulled, a sync client that truncates. So the copy is read again as a diary: what
 * the page cache kept of the writing is dropped first, so the pages come from the drive; it is
 * opened read-only with the diary's key (plain for a plain diary), SQLite's quick check reads
 * every page (each page's HMAC too, when encrypted), and the schema version must be one of
 * Ethos's. */

/* Asks the kernel to drop what it cached of @path, so a read goes to the drive. Advice only:
 * a file system that ignores it is read from the cache, as before. */
static void
drop_cached (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);

  if (fd < 0)
    return;
#ifdef POSIX_FADV_DONTNEED
  posix_fadvise (fd, 0, 0, POSIX_FADV_DONTNEED);
#endif
  close (fd);
}

/* Whether the database file at @path (encrypted with @key, or plain for NULL) reads back whole:
 * @schema_version gets its version. Otherwise ETHOS_STORE_ERROR_CORRUPT whose message is what
 * was wrong, as SQLite says it. Nothing is written, in it or beside it. */
gboolean
ethos_backup_verify (const char *path, const char *key, int *schema_version, GError **error)
{
  g_autoptr (GError) key_error = NULL;
  g_autofree char *problem = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = -1;
  int rc;

  drop_cached (path);
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    problem = g_strdup (sqlite3_errstr (rc));
  else if (!ethos_store_key_apply (db, path, key, &key_error))
    problem = g_strdup (key_error->message);
  else if (sqlite3_prepare_v2 (db, "PRAGMA quick_check (1)", -1, &stmt, NULL) != SQLITE_OK)
    problem = g_strdup (sqlite3_errmsg (db));
  else
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
        problem = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      else if (rc != SQLITE_ROW)
        problem = g_strdup (sqlite3_errmsg (db));
      sqlite3_finalize (stmt);
      stmt = NULL;
      if (problem == NULL && sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK
          && sqlite3_step (stmt) == SQLITE_ROW)
        version = sqlite3_column_int (stmt, 0);
      if (problem == NULL && version <= 0)
        problem = g_strdup (_("no schema version of Ethos’s in it"));
    }
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);
  if (problem != NULL)
    {
      /* The quick check's answer may run over lines ("*** in database main ***\nPage 3: …"). */
      g_strstrip (g_strdelimit (problem, "\n", ' '));
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT, "%s", problem);
      return FALSE;
    }
  if (schema_version != NULL)
    *schema_version = version;
  return TRUE;
}
