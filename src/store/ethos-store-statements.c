/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "ethos-store-private.h"

/* The store's statements: prepared once and kept, stepped through here so that a read tells a
 * row, the end of the rows and a failure apart, and SQLite's errors said as the store's. */

/* Why the system refused a read or write, when SQLite's "disk I/O error" hides it: its own
 * record of errno is often empty, so errno is read straight after the failure too, and trusted
 * only for the causes a user can do something about. */
static int
io_cause (EthosStore *self, int saved_errno)
{
  int cause = sqlite3_system_errno (self->db) != 0 ? sqlite3_system_errno (self->db) : saved_errno;

  switch (cause)
    {
    case ENOSPC:
    case EFBIG:
    case EDQUOT:
    case EROFS:
    case EACCES:
    case EPERM:
    case EIO:
      return cause;
    default:
      return 0;
    }
}

void
ethos_store_set_error (EthosStore *self, GError **error, const char *what)
{
  int saved_errno = errno;
  int code = sqlite3_extended_errcode (self->db);
  EthosStoreError kind = ETHOS_STORE_ERROR_FAILED;

  switch (code & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      kind = ETHOS_STORE_ERROR_CORRUPT;
      break;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      kind = ETHOS_STORE_ERROR_IO;
      break;
    case SQLITE_CONSTRAINT:
      kind = ETHOS_STORE_ERROR_INVALID;
      break;
    default:
      break;
    }
  if (kind == ETHOS_STORE_ERROR_CORRUPT)
    g_set_error (error, ETHOS_STORE_ERROR, kind,
                 _("%s: the database is damaged (%s); run “ethos-cli check” and restore a backup"),
                 what, sqlite3_errmsg (self->db));
  else if (kind == ETHOS_STORE_ERROR_IO && (code & 0xff) != SQLITE_READONLY
           && io_cause (self, saved_errno) != 0)
    g_set_error (error, ETHOS_STORE_ERROR, kind, "%s: %s (%s)", what, sqlite3_errmsg (self->db),
                 g_strerror (io_cause (self, saved_errno)));
  else
    g_set_error (error, ETHOS_STORE_ERROR, kind, "%s: %s", what, sqlite3_errmsg (self->db));
}

/* Statements are prepared once and kept: @sql must be a string that lives as long as the store
 * (a literal). The statement comes back reset, with no bindings. */
sqlite3_stmt *
ethos_store_prepare (EthosStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt;

  if (self->db == NULL)
    {
      g_set_error_literal (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO,
                           _("The diary is closed (its encryption is being changed)"));
      return NULL;
    }
  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      ethos_store_set_error (self, error, _("Could not prepare a database query"));
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

/* Every read steps through here. SQLite ends the rows with SQLITE_DONE; anything else that is
 * not a row (a disk error, a damaged page, a busy database, a table gone) is a failure, and
 * must not read as "no more rows": an empty list or "not found" would hide it from the
 * practitioner. The caller resets the statement as after any read. */
EthosStep
ethos_store_step (EthosStore *self, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return ETHOS_STEP_ROW;
  if (rc == SQLITE_DONE)
    return ETHOS_STEP_DONE;
  ethos_store_set_error (self, error, _("Could not read the database"));
  return ETHOS_STEP_ERROR;
}

gboolean
ethos_store_step_done (EthosStore *self, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      ethos_store_set_error (self, error, _("Could not write to the database"));
      return FALSE;
    }
  return TRUE;
}

gboolean
ethos_store_exec (EthosStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self, sql, error);

  return stmt != NULL && ethos_store_step_done (self, stmt, error);
}

/* Runs @sql (a literal whose one parameter, ?1, is @id) to its end; @changes, if given, says
 * how many rows it changed. */
gboolean
ethos_store_run_with_id (EthosStore  *self,
                         const char  *sql,
                         gint64       id,
                         guint       *changes,
                         GError     **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ethos_store_step_done (self, stmt, error))
    return FALSE;
  if (changes != NULL)
    *changes = (guint) sqlite3_changes (self->db);
  return TRUE;
}
