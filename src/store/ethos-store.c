/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>

#include "ethos-backup-store.h"
#include "ethos-date.h"
#include "ethos-store-private.h"

/* The one database every Ethos program shares: the object, its statements, errors and
 * transactions. Opening it is in ethos-store-open.c. */

enum
{
  CHECKED,
  DAMAGED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EthosStore, ethos_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (ethos-store-error-quark, ethos_store_error)


static void
ethos_store_finalize (GObject *object)
{
  EthosStore *self = ETHOS_STORE (object);

  ethos_store_stop_watching (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->data_dir);
  g_free (self->path);
  g_clear_error (&self->check_error);
  g_clear_pointer (&self->check_now, g_date_time_unref);
  g_clear_pointer (&self->check_context, g_main_context_unref);
  g_mutex_clear (&self->check_lock);
  g_cond_clear (&self->check_cond);

  G_OBJECT_CLASS (ethos_store_parent_class)->finalize (object);
}

static void
ethos_store_class_init (EthosStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_store_finalize;

  /**
   * EthosStore::damaged:
   * @error: what the check found
   *
   * The check that ETHOS_STORE_OPEN_CHECK_LATER put off found the database damaged (or could not
   * read it): nothing will be written to it. Emitted in the main context that opened it.
   */
  /**
   * EthosStore::checked:
   *
   * The check that ETHOS_STORE_OPEN_CHECK_LATER put off found the database sound, and the day's
   * backup is made: writes go ahead without waiting. The diary's own reminders are brought up to
   * date first (a "changed" just before says so when they moved).
   */
  signals[CHECKED] = g_signal_new ("checked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DAMAGED] = g_signal_new ("damaged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

  /**
   * EthosStore::changed:
   * @change: what was written, an #EthosStoreChange
   *
   * A write went into the database: once for each transaction this store committed, with all it
   * wrote (the diary's own reminders it brought up to date with it included), after the commit,
   * so that a handler may read at once; nothing for a write that failed. Writes by other
   * programs, or by another store on the same database, come as ETHOS_STORE_CHANGE_ALL once
   * ethos_store_watch_other_writers() has been called.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, ETHOS_TYPE_STORE_CHANGE);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
ethos_store_init (EthosStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, finalize_statement);
  g_mutex_init (&self->check_lock);
  g_cond_init (&self->check_cond);
}

char *
ethos_store_default_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "ethos", NULL);
}

sqlite3 *
ethos_store_get_db (EthosStore *self)
{
  return self->db;
}

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
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

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

/* The day's backup, if there is none yet. A backup that fails is said in the log and does not
 * stop the practitioner's work; the next day tries again. */
void
ethos_store_run_daily_backup (EthosStore *self, GDateTime *now)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr (GDateTime) midnight = NULL;

  if (!ethos_store_backup_daily (self, now, NULL, &error))
    g_warning ("No backup today: %s", error->message);
  midnight = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (tomorrow),
                              g_date_time_get_month (tomorrow),
                              g_date_time_get_day_of_month (tomorrow), 0, 0, 0);
  self->next_daily_backup = midnight != NULL ? g_date_time_to_unix (midnight)
                                             : g_date_time_to_unix (tomorrow);
}

/* Waits for a check put off at opening, starting it if nothing has; fails, writing nothing,
 * when it found damage. */
static gboolean
wait_for_check (EthosStore *self, GError **error)
{
  gboolean good;

  g_mutex_lock (&self->check_lock);
  ethos_store_start_check_locked (self);
  while (self->check_pending)
    g_cond_wait (&self->check_cond, &self->check_lock);
  good = self->check_error == NULL;
  if (!good)
    g_propagate_error (error, g_error_copy (self->check_error));
  g_mutex_unlock (&self->check_lock);
  return good;
}

/* Writes take the write lock at once, so a busy database waits here rather than failing halfway.
 * The first write of a day (a window or the notifier left running overnight) first makes the
 * day's backup: it must come before BEGIN, as SQLite cannot copy a database its own connection
 * is writing. */
gboolean
ethos_store_begin (EthosStore *self, GError **error)
{
  if (!wait_for_check (self, error))
    return FALSE;
  if (self->open && g_get_real_time () / G_USEC_PER_SEC >= self->next_daily_backup)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      ethos_store_run_daily_backup (self, now);
    }
  return ethos_store_begin_without_backup (self, error);
}

/* ethos_store_begin() for what the store writes for itself as it opens, just after the day's
 * backup was made (or found made): no second one. */
gboolean
ethos_store_begin_without_backup (EthosStore *self, GError **error)
{
  if (!wait_for_check (self, error))
    return FALSE;
  self->pending_changes = 0;
  self->pending_moves = 0;
  return ethos_store_exec (self, "BEGIN IMMEDIATE", error);
}

/* Within a transaction: it writes @change (said in "changed" when it commits). */
void
ethos_store_mark_changed (EthosStore *self, EthosStoreChange change)
{
  self->pending_changes |= change;
}

/* Outside any transaction, so that handlers may read (and write) at once. */
void
ethos_store_emit_changed (EthosStore *self, EthosStoreChange change)
{
  g_return_if_fail (sqlite3_get_autocommit (self->db));

  if (change == 0)
    return;
  self->emitting++;
  g_signal_emit (self, signals[CHANGED], 0, change);
  self->emitting--;
}

/* A write to the diary or the profile brings the diary's own reminders up to date in the same
 * transaction, so that they are never behind what they are drawn from and nobody reading them
 * has to write first. A failure there fails the whole write: all or nothing. */
gboolean
ethos_store_commit (EthosStore *self, GError **error)
{
  EthosStoreChange changed;

  if ((self->pending_changes & (ETHOS_STORE_CHANGE_ENTRIES | ETHOS_STORE_CHANGE_PROFILE)) != 0)
    {
      g_autofree char *today = ethos_store_today (self);

      if (!ethos_store_derive_reminders (self, today, error))
        {
          ethos_store_rollback (self);
          return FALSE;
        }
    }
  if (!ethos_store_exec (self, "COMMIT", error))
    {
      ethos_store_rollback (self);
      return FALSE;
    }
  changed = self->pending_changes;
  self->pending_changes = 0;
  /* Said for this emission only. A write made by a handler of "changed" is said as a whole
   * diary changed: handlers after it have not yet seen the first write. */
  self->said_move = self->pending_move;
  self->said_moves = self->emitting > 0 ? 0 : self->pending_moves;
  self->pending_moves = 0;
  ethos_store_emit_changed (self, changed);
  self->said_moves = 0;
  return TRUE;
}

/* Whatever the transaction wrote is gone, and is not said. */
void
ethos_store_rollback (EthosStore *self)
{
  self->pending_changes = 0;
  self->pending_moves = 0;
  if (!sqlite3_get_autocommit (self->db))
    ethos_store_exec (self, "ROLLBACK", NULL);
}

char *
ethos_store_now_utc (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* One statement as its own transaction, writing @change when it changed a row. */
gboolean
ethos_store_write_one (EthosStore        *self,
                       sqlite3_stmt      *stmt,
                       EthosStoreChange   change,
                       GError           **error)
{
  if (!ethos_store_begin (self, error))
    return FALSE;
  if (!ethos_store_step_done (self, stmt, error))
    {
      ethos_store_rollback (self);
      return FALSE;
    }
  if (sqlite3_changes (self->db) > 0)
    ethos_store_mark_changed (self, change);
  return ethos_store_commit (self, error);
}

/* The store's clock, whose day the diary's own reminders are brought up to date as of: the real
 * clock, moved on by however far the time it was opened at (or set to) was from it. */
GDateTime *
ethos_store_get_now (EthosStore *self)
{
  g_autoptr (GDateTime) real = g_date_time_new_now_local ();

  return g_date_time_add (real, self->clock_offset);
}

char *
ethos_store_today (EthosStore *self)
{
  g_autoptr (GDateTime) now = ethos_store_get_now (self);

  return ethos_date_time_to_iso (now);
}

/* From now on the store's clock reads @now and runs on from there; NULL goes back to the real
 * clock. ethos_store_open_at() and ethos_store_open_full() set it to the time they are given.
 * For tests; nothing is written until the next write. */
void
ethos_store_set_now (EthosStore *self, GDateTime *now)
{
  g_autoptr (GDateTime) real = NULL;

  g_return_if_fail (ETHOS_IS_STORE (self));

  if (now == NULL)
    {
      self->clock_offset = 0;
      return;
    }
  real = g_date_time_new_now_local ();
  self->clock_offset = g_date_time_difference (now, real);
}


/* In the context that opened the store: what the check put off at opening found. */
gboolean
ethos_store_checked_cb (gpointer data)
{
  EthosStore *self = data;
  g_autoptr (GError) error = NULL;

  g_mutex_lock (&self->check_lock);
  if (self->check_error != NULL)
    error = g_error_copy (self->check_error);
  g_mutex_unlock (&self->check_lock);
  if (error != NULL)
    {
      g_debug ("The check after opening failed: %s", error->message);
      g_signal_emit (self, signals[DAMAGED], 0, error);
    }
  else
    {
      /* Sound: closing may now write the log back into it, as usual, and the diary's own
       * reminders, put off until now, are brought up to date before the window is told. */
      sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
      ethos_store_derive_reminders_today (self);
      g_signal_emit (self, signals[CHECKED], 0);
    }
  return G_SOURCE_REMOVE;
}

/* Starts the check that ETHOS_STORE_OPEN_CHECK_LATER put off (the window calls it once its first
 * frame is drawn); "checked" or "damaged" follows. Does nothing for a store checked at opening,
 * or a second time. */
void
ethos_store_start_check (EthosStore *self)
{
  g_return_if_fail (ETHOS_IS_STORE (self));

  g_mutex_lock (&self->check_lock);
  ethos_store_start_check_locked (self);
  g_mutex_unlock (&self->check_lock);
}

/* Whether writing would go ahead at once: no check put off at opening is still owed. */
gboolean
ethos_store_is_checked (EthosStore *self)
{
  gboolean checked;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  g_mutex_lock (&self->check_lock);
  checked = !self->check_pending;
  g_mutex_unlock (&self->check_lock);
  return checked;
}

const char *
ethos_store_get_data_dir (EthosStore *self)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  return self->data_dir;
}

const char *
ethos_store_get_path (EthosStore *self)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  return self->path;
}

int
ethos_store_get_schema_version (EthosStore *self)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), -1);

  return self->schema_version;
}

int
ethos_store_get_supported_schema_version (void)
{
  guint n_migrations;
  const EthosMigration *migrations = ethos_store_migrations (&n_migrations);

  return migrations[n_migrations - 1].version;
}
