/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ethos-backup-store.h"
#include "ethos-limits.h"
#include "ethos-restore-file.h"
#include "ethos-store-private.h"

/* A file to restore, made ready. A restore takes data, never schema: whatever the file is, it
 * is only ever read(). Its bytes (and those of a -wal beside it, which holds its newest rows
 * when it is a copy of a database in use) are copied to a private file in the backups folder,
 * and SQLite opens only that copy, with triggers and views off and no function the schema may
 * call. The copy must then be exactly what Ethos's own migrations make for its schema version:
 * every table, index, trigger and view, with the same SQL, and nothing more. Only then is it
 * checked for damage and, when older, upgraded (in the copy). Any step that fails refuses the
 * file with ETHOS_STORE_ERROR_INVALID, saying which step; the live data is never touched here. */

gboolean
ethos_restore_refuse (GError **error, const char *format, ...)
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
  gboolean reading;
  int saved;

  if (ethos_store_copy_fd (in, out, &reading))
    return TRUE;
  saved = errno;
  if (reading)
    return ethos_restore_refuse (error, _("Could not read %s: %s"), file, g_strerror (saved));
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not copy %s: %s"), file,
               g_strerror (saved));
  return FALSE;
}

/* Opens @file to be copied: a regular file (a FIFO would wait for ever, /dev/zero would never
 * end) no larger than any Ethos database (a sparse file of gigabytes would be copied as real
 * data). Returns the descriptor, or -1 with @error. */
static int
open_source (const char *file, GError **error)
{
  int in = g_open (file, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  struct stat st;

  if (in < 0)
    ethos_restore_refuse (error, _("Could not read %s: %s"), file, g_strerror (errno));
  else if (fstat (in, &st) != 0 || !S_ISREG (st.st_mode))
    ethos_restore_refuse (error, _("%s is not a regular file"), file);
  else if (st.st_size > ETHOS_DATABASE_BYTES_MAX)
    {
      g_autofree char *most = g_format_size (ETHOS_DATABASE_BYTES_MAX);

      ethos_restore_refuse (error, _("%s is larger than an Ethos database can be (%s): it is not "
                                     "an Ethos backup"),
                            file, most);
    }
  else
    return in;
  if (in >= 0)
    close (in);
  return -1;
}

/* Copies the open @in (named @file) into the new file @copy. */
static gboolean
copy_to (int in, const char *file, const char *copy, int flags, GError **error)
{
  int out = g_open (copy, O_WRONLY | O_CLOEXEC | O_NOFOLLOW | flags, 0600);
  gboolean ok;

  if (out < 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not copy %s: %s"),
                   file, g_strerror (errno));
      return FALSE;
    }
  ok = copy_bytes (in, out, file, error);
  if (close (out) != 0 && ok)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not copy %s: %s"),
                   file, g_strerror (errno));
      ok = FALSE;
    }
  return ok;
}

/* Copies the -wal beside @file, if there is one, to be the -wal of @copy: a copy of a database
 * in use holds its newest rows there. One that is there but cannot be read is not left out in
 * silence. */
static gboolean
copy_wal_in (const char *file, const char *copy, GError **error)
{
  g_autofree char *wal = g_strconcat (file, "-wal", NULL);
  g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
  g_autoptr (GError) failure = NULL;
  GStatBuf st;
  gboolean ok;
  int in;

  if (g_lstat (wal, &st) != 0 && errno == ENOENT)
    return TRUE;
  in = open_source (wal, &failure);
  ok = in >= 0 && copy_to (in, wal, copy_wal, O_CREAT | O_EXCL, &failure);
  if (in >= 0)
    close (in);
  if (!ok)
    return ethos_restore_refuse (error,
                                 _("%s has %s beside it, which holds its newest changes, and it "
                                   "could not be read (%s): copy the backup together with the "
                                   "files beside it, and restore again"),
                                 file, wal, failure->message);
  return TRUE;
}

/* Copies @file (and its -wal) to a new owner-only file in @dir; returns the copy's path. */
static char *
copy_in (const char *file, const char *dir, GError **error)
{
  g_autofree char *copy = NULL;
  int in = open_source (file, error);
  gboolean ok;

  if (in < 0)
    return NULL;
  copy = ethos_backup_temp_file (dir, error);
  ok = copy != NULL && copy_to (in, file, copy, O_TRUNC, error) && copy_wal_in (file, copy, error);
  close (in);
  if (!ok && copy != NULL)
    ethos_backup_discard (copy);
  return ok ? g_steal_pointer (&copy) : NULL;
}

/* Whether @db's schema is exactly what Ethos's migrations make for @version. If not, says how
 * it is not, naming @file. */
static gboolean
check_schema (sqlite3 *db, int version, const char *file, GError **error)
{
  g_autofree char *name = NULL;

  switch (ethos_store_schema_difference (db, version, &name))
    {
    case ETHOS_SCHEMA_SAME:
      return TRUE;
    case ETHOS_SCHEMA_UNREADABLE:
      return ethos_restore_refuse (error, _("%s is damaged (%s): it cannot be restored"), file,
                                   sqlite3_errmsg (db));
    case ETHOS_SCHEMA_MISSING:
      return ethos_restore_refuse (error, _("%s is not an Ethos backup: it lacks Ethos's “%s”"),
                                   file, name);
    case ETHOS_SCHEMA_ADDED:
      return ethos_restore_refuse (error,
                                   _("%s is not a sound Ethos backup: it holds “%s”, which "
                                     "Ethos does not make (schema %d)"),
                                   file, name, version);
    case ETHOS_SCHEMA_CHANGED:
    default:
      return ethos_restore_refuse (error,
                                   _("%s is not a sound Ethos backup: its “%s” is not as Ethos "
                                     "makes it (schema %d)"),
                                   file, name, version);
    }
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
  if (problem != NULL)
    return problem;

  /* The search indexes, which the page check cannot judge: FTS5's own check of each. */
  for (guint i = 0; i < 3; i++)
    {
      static const char *const checks[] = {
        "INSERT INTO clause_search (clause_search) VALUES ('integrity-check')",
        "INSERT INTO clause_words (clause_words) VALUES ('integrity-check')",
        "INSERT INTO entry_search (entry_search) VALUES ('integrity-check')",
      };

      if (sqlite3_exec (db, checks[i], NULL, NULL, NULL) != SQLITE_OK
          && sqlite3_errcode (db) != SQLITE_ERROR)
        return g_strdup (sqlite3_errmsg (db));
    }
  return NULL;
}

static guint32
read_be32 (const guchar *bytes)
{
  return (guint32) bytes[0] << 24 | (guint32) bytes[1] << 16 | (guint32) bytes[2] << 8 | bytes[3];
}

/* An encrypted file's header is its salt and then ciphertext: all that can be checked before
 * the key is given is that it is whole pages, and that there is a key to try. */
static gboolean
check_encrypted_size (const GStatBuf *st, const char *file, const char *key, GError **error)
{
  if (st->st_size % 512 != 0)
    return ethos_restore_refuse (error, _("%s is not an Ethos backup: it is not a database at all"),
                                 file);
  if (key == NULL)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_WRONG_KEY,
                   _("%s is encrypted (or is not a database at all), and no key for it is at "
                     "hand: give its recovery key (--recovery-key-file F)"),
                   file);
      return FALSE;
    }
  return TRUE;
}

/* Whether the private copy @copy of @file (named in messages) starts as a whole SQLite
 * database does, or (*@encrypted) may be an encrypted one that @key is to open. */
static gboolean
check_header (const char *copy, const char *file, const char *key, gboolean *encrypted,
              GError **error)
{
  GStatBuf st;
  guchar header[100];
  gssize got;
  guint32 pages;
  int page_size;
  int fd;

  *encrypted = FALSE;
  if (g_stat (copy, &st) != 0 || st.st_size == 0)
    return ethos_restore_refuse (error, _("%s is empty: it is not an Ethos backup"), file);
  fd = g_open (copy, O_RDONLY | O_CLOEXEC, 0);
  got = fd >= 0 ? read (fd, header, sizeof header) : -1;
  if (fd >= 0)
    close (fd);
  if (got == sizeof header && memcmp (header, "SQLite format 3", 16) != 0)
    {
      *encrypted = TRUE;
      return check_encrypted_size (&st, file, key, error);
    }
  if (got != sizeof header)
    return ethos_restore_refuse (error, _("%s is not an Ethos backup: it is not a database at all"),
                                 file);
  /* A file cut short (a copy that did not finish) is whole pages no more. The header's page
   * count holds when its "valid for" number matches the change counter. */
  page_size = header[16] << 8 | header[17];
  if (page_size == 1)
    page_size = 65536;
  pages = read_be32 (header + 28);
  if (page_size < 512 || (page_size & (page_size - 1)) != 0 || st.st_size % page_size != 0
      || (read_be32 (header + 92) == read_be32 (header + 24)
          && (gint64) pages * page_size > st.st_size))
    return ethos_restore_refuse (error,
                                 _("%s is damaged (it is cut short or not whole): it cannot be "
                                   "restored"),
                                 file);
  return TRUE;
}

static int
read_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

/* Brings the copy @db of an older backup to the schema this Ethos writes, in one transaction. */
static gboolean
upgrade (sqlite3 *db, int version, const char *file, GError **error)
{
  int supported = ethos_store_get_supported_schema_version ();
  char *message = NULL;
  int failed = 0;

  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, &message) == SQLITE_OK
      && ethos_store_run_migrations (db, version, supported, &failed, &message)
      && sqlite3_exec (db, "COMMIT", NULL, NULL, &message) == SQLITE_OK)
    return check_schema (db, supported, file, error);
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  ethos_restore_refuse (error,
                        _("%s is from an older Ethos (schema %d) and could not be brought up to "
                          "date (%s): it cannot be restored"),
                        file, version, message != NULL ? message : sqlite3_errmsg (db));
  sqlite3_free (message);
  return FALSE;
}

/* Opens the private copy: nothing in its schema runs. An encrypted one is given @key before
 * anything is read; a key that does not open it is ETHOS_STORE_ERROR_WRONG_KEY. */
static gboolean
open_copy (const char *copy, const char *file, const char *key, sqlite3 **db, GError **error)
{
  g_autoptr (GError) key_error = NULL;

  if (sqlite3_open_v2 (copy, db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    return ethos_restore_refuse (error, _("%s is damaged (%s): it cannot be restored"), file,
                                 *db != NULL ? sqlite3_errmsg (*db) : "");
  sqlite3_db_config (*db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (*db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (*db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (*db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  if (key == NULL || ethos_store_key_apply (*db, copy, key, &key_error))
    return TRUE;
  if (g_error_matches (key_error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_WRONG_KEY))
    g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_WRONG_KEY,
                 _("%s is encrypted and this key does not open it (or it is not a database at "
                   "all): nothing was changed"),
                 file);
  else
    ethos_restore_refuse (error, _("%s is damaged (%s): it cannot be restored"), file,
                          key_error->message);
  return FALSE;
}

/* Copies @file into @dir, checks it and upgrades it there. Returns the copy's path (for
 * ethos_backup_discard()), with @db open on it at the schema this Ethos writes, @version the
 * schema the file had, and @encrypted whether it is encrypted (opened with @key, SQLCipher's
 * form; NULL when none is at hand). Every check below is made on what the key decrypts. */
char *
ethos_restore_file_prepare (const char  *file,
                            const char  *dir,
                            const char  *key,
                            sqlite3    **db,
                            int         *version,
                            gboolean    *encrypted,
                            GError     **error)
{
  g_autofree char *copy = NULL;
  g_autofree char *problem = NULL;
  int supported = ethos_store_get_supported_schema_version ();

  *db = NULL;
  if ((copy = copy_in (file, dir, error)) == NULL)
    return NULL;
  if (!check_header (copy, file, key, encrypted, error)
      || !open_copy (copy, file, *encrypted ? key : NULL, db, error))
    goto refused;
  if ((*version = read_version (*db)) < 0)
    {
      ethos_restore_refuse (error, _("%s is damaged (%s): it cannot be restored"), file,
                            *db != NULL ? sqlite3_errmsg (*db) : "");
      goto refused;
    }
  if (*version > supported)
    {
      ethos_restore_refuse (error,
                            _("%s was written by a newer version of Ethos (schema %d; this version "
                              "reads up to %d): update Ethos to restore it"),
                            file, *version, supported);
      goto refused;
    }
  if (*version < 1)
    {
      ethos_restore_refuse (error, _("%s is not an Ethos backup: it is another program's database"),
                            file);
      goto refused;
    }
  if (!check_schema (*db, *version, file, error))
    goto refused;
  if ((problem = integrity_problem (*db)) != NULL)
    {
      ethos_restore_refuse (error, _("%s is damaged (%s): it cannot be restored"), file, problem);
      goto refused;
    }
  if (*version < supported && !upgrade (*db, *version, file, error))
    goto refused;
  return g_steal_pointer (&copy);

refused:
  sqlite3_close_v2 (*db);
  *db = NULL;
  ethos_backup_discard (copy);
  return NULL;
}
