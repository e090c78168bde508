/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "ethos-backup-store.h"
#include "ethos-data.h"
#include "ethos-store-private.h"

/* The one database every Ethos program shares. Opening it checks that it is an Ethos database
 * this version understands before writing anything, then migrates and syncs the shipped codes. */

struct _EthosStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *data_dir;
  char       *path;
  GHashTable *statements; /* SQL text -> sqlite3_stmt*, prepared once */
  int         schema_version;
  gboolean    open;              /* opened and checked: writes may now bring the daily backup */
  gint64      next_daily_backup; /* Unix time of the next local midnight after the last one */

  /* ETHOS_STORE_OPEN_CHECK_LATER: the quick check and the day's backup run in a thread, and the
   * first write waits for them. Guarded by check_lock while check_pending. */
  GMutex      check_lock;
  GCond       check_cond;
  gboolean    check_pending;
  GError     *check_error;
};

enum
{
  CHECKED,
  DAMAGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EthosStore, ethos_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (ethos-store-error-quark, ethos_store_error)

/* Long enough for the window, the CLI and the notifier to take turns at writing. */
#define BUSY_TIMEOUT_MS 10000

static void
ethos_store_finalize (GObject *object)
{
  EthosStore *self = ETHOS_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->data_dir);
  g_free (self->path);
  g_clear_error (&self->check_error);
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
   * backup is made: writes go ahead without waiting.
   */
  signals[CHECKED] = g_signal_new ("checked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DAMAGED] = g_signal_new ("damaged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
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

static gboolean
exec_simple (EthosStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self, sql, error);

  return stmt != NULL && ethos_store_step_done (self, stmt, error);
}

/* The day's backup, if there is none yet. A backup that fails is said in the log and does not
 * stop the practitioner's work; the next day tries again. */
static void
back_up_daily (EthosStore *self, GDateTime *now)
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

/* Writes take the write lock at once, so a busy database waits here rather than failing halfway.
 * The first write of a day (a window or the notifier left running overnight) first makes the
 * day's backup: it must come before BEGIN, as SQLite cannot copy a database its own connection
 * is writing. */
/* Waits for a check put off at opening; fails, writing nothing, when it found damage. */
static gboolean
wait_for_check (EthosStore *self, GError **error)
{
  gboolean good;

  g_mutex_lock (&self->check_lock);
  while (self->check_pending)
    g_cond_wait (&self->check_cond, &self->check_lock);
  good = self->check_error == NULL;
  if (!good)
    g_propagate_error (error, g_error_copy (self->check_error));
  g_mutex_unlock (&self->check_lock);
  return good;
}

gboolean
ethos_store_begin (EthosStore *self, GError **error)
{
  if (!wait_for_check (self, error))
    return FALSE;
  if (self->open && g_get_real_time () / G_USEC_PER_SEC >= self->next_daily_backup)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      back_up_daily (self, now);
    }
  return exec_simple (self, "BEGIN IMMEDIATE", error);
}

gboolean
ethos_store_commit (EthosStore *self, GError **error)
{
  if (exec_simple (self, "COMMIT", error))
    return TRUE;
  ethos_store_rollback (self);
  return FALSE;
}

void
ethos_store_rollback (EthosStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    exec_simple (self, "ROLLBACK", NULL);
}

char *
ethos_store_now_utc (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* One statement as its own transaction. */
gboolean
ethos_store_write_one (EthosStore *self, sqlite3_stmt *stmt, GError **error)
{
  if (!ethos_store_begin (self, error))
    return FALSE;
  if (!ethos_store_step_done (self, stmt, error))
    {
      ethos_store_rollback (self);
      return FALSE;
    }
  return ethos_store_commit (self, error);
}

/* The database is unreadable: damaged or not a database, or it cannot be read at all (a folder
 * that may not be written to cannot hold the -wal and -shm files either). */
static void
set_unreadable_error (EthosStore *self, GError **error)
{
  int code = sqlite3_extended_errcode (self->db) & 0xff;

  if (sqlite3_extended_errcode (self->db) == SQLITE_READONLY_DIRECTORY)
    {
      g_autofree char *dir = g_path_get_dirname (self->path);

      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO,
                   _("Could not read %s: its folder %s cannot be written to, and SQLite keeps "
                     "two working files beside the database"),
                   self->path, dir);
    }
  else if (code == SQLITE_CANTOPEN || code == SQLITE_IOERR || code == SQLITE_READONLY
           || code == SQLITE_PERM || code == SQLITE_FULL)
    {
      g_autofree char *what = g_strdup_printf (_("Could not read %s"), self->path);

      ethos_store_set_error (self, error, what);
    }
  else
    g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT,
                 _("%s is not an Ethos database, or it is damaged"), self->path);
}

static gboolean
read_user_version (EthosStore *self, int *version, GError **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self, "PRAGMA user_version", NULL);
  int rc;

  if (stmt == NULL)
    {
      set_unreadable_error (self, error);
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      set_unreadable_error (self, error);
      return FALSE;
    }
  *version = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Brings the schema up to date in one transaction: the window, the notifier and the CLI often
 * start together, and each must find the database as it was or fully upgraded, never halfway
 * (a new database at schema 3 would look like an old one to back up and upgrade). An upgrade
 * always starts from a backup of the database as it was (never rotated away). */
static gboolean
migrate (EthosStore *self, GDateTime *now, GError **error)
{
  guint n_migrations;
  const EthosMigration *migrations = ethos_store_migrations (&n_migrations);
  int supported = ethos_store_get_supported_schema_version ();

  if (self->schema_version >= supported)
    return TRUE;
  if (self->schema_version > 0)
    {
      g_autofree char *backup = NULL;
      g_autoptr (GError) local_error = NULL;

      backup = ethos_store_backup (self, ETHOS_BACKUP_PRE_MIGRATION, now, &local_error);
      if (backup == NULL)
        {
          g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO,
                       _("Could not back up the database before upgrading it (schema %d): %s"),
                       self->schema_version, local_error->message);
          return FALSE;
        }
      g_debug ("Backed up schema %d to %s", self->schema_version, backup);
    }
  if (!ethos_store_begin (self, error))
    return FALSE;
  /* Another Ethos program may have upgraded it while this one waited for the lock. */
  if (!read_user_version (self, &self->schema_version, error))
    goto fail;

  for (guint i = 0; i < n_migrations; i++)
    {
      char *message = NULL;

      if (migrations[i].version <= self->schema_version)
        continue;
      /* Constant DDL shipped with Ethos, including its own "PRAGMA user_version": nothing in it
       * comes from outside. */
      if (sqlite3_exec (self->db, migrations[i].sql, NULL, NULL, &message) != SQLITE_OK)
        {
          g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
                       _("Could not upgrade the database to schema %d: %s"), migrations[i].version,
                       message);
          sqlite3_free (message);
          goto fail;
        }
    }
  if (!ethos_store_commit (self, error))
    goto fail;
  return read_user_version (self, &self->schema_version, error);

fail:
  ethos_store_rollback (self);
  return FALSE;
}

/* Write-ahead logging, so that readers and the writer do not wait for each other. Two programs
 * switching a new database to it at once can meet, and SQLite then says "busy" at once instead
 * of calling the busy handler: wait here as that would have. */
static gboolean
use_wal (EthosStore *self, GError **error)
{
  gint64 deadline = g_get_monotonic_time () + BUSY_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;
  sqlite3_stmt *stmt = ethos_store_prepare (self, "PRAGMA journal_mode = WAL", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) != SQLITE_ROW && (rc & 0xff) == SQLITE_BUSY
         && g_get_monotonic_time () < deadline)
    {
      sqlite3_reset (stmt);
      g_usleep (10 * G_TIME_SPAN_MILLISECOND);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ethos_store_set_error (self, error, _("Could not write to the database"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
prepare_data_dir (const char *dir, GError **error)
{
  gboolean existed = g_file_test (dir, G_FILE_TEST_IS_DIR);

  if (!existed && g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO,
                   _("Could not create the data folder %s: %s"), dir, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* SQLite creates the -wal and -shm files with the database file's mode, and leaves them as they
 * are after that. So a database put back by hand (a copy is 0644) is made owner-only, and working
 * files left from a time it could not be written (0400) take its mode again: they would keep
 * Ethos from writing once it can. */
static void
align_private_modes (const char *path)
{
  static const char *const suffixes[] = { "-wal", "-shm" };
  GStatBuf st;
  int mode;

  if (g_stat (path, &st) != 0)
    return;
  mode = st.st_mode & 0700;
  if ((int) (st.st_mode & 0777) != mode)
    g_chmod (path, mode);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);

      if (g_stat (side, &st) == 0 && (int) (st.st_mode & 0777) != mode)
        g_chmod (side, mode);
    }
}

/* Creates the file owner-only before SQLite does, so it is never readable by others, even for
 * a moment. */
static gboolean
create_private_file (const char *path, GError **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

  if (fd < 0 && errno != EEXIST)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not create %s: %s"),
                   path, g_strerror (errno));
      return FALSE;
    }
  if (fd >= 0)
    close (fd);
  else
    align_private_modes (path);
  return TRUE;
}

/* SQLite's quick check, at every open, before anything is written. Evaluating the CHECK
 * constraints of every row was most of its cost (with 100,000 entries, 0.3 s of 0.4 s); they are
 * rules about values, not the page structure that damage breaks, and pages overwritten with
 * anything are caught as well without them, so they are left to "ethos-cli check". (Memory-
 * mapped reads would save a little more, but turn a bad disk sector into a crash.) */
static gboolean
check_not_damaged (EthosStore *self, GError **error)
{
  g_autoptr (GError) failure = NULL;
  g_autofree char *problem = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!exec_simple (self, "PRAGMA ignore_check_constraints = ON", error))
    return FALSE;
  stmt = ethos_store_prepare (self, "PRAGMA quick_check(1)", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (problem == NULL && g_strcmp0 (ethos_store_column_text (stmt, 0), "ok") != 0)
      problem = ethos_store_column_dup (stmt, 0);
  if (rc != SQLITE_DONE && problem == NULL && ((rc & 0xff) == SQLITE_CORRUPT
                                               || (rc & 0xff) == SQLITE_NOTADB))
    problem = g_strdup (sqlite3_errmsg (self->db));
  if (rc != SQLITE_DONE && problem == NULL)
    ethos_store_set_error (self, &failure, _("Could not check the database for damage"));
  sqlite3_reset (stmt);

  /* Nothing is ever written with the CHECK constraints off. */
  exec_simple (self, "PRAGMA ignore_check_constraints = OFF", failure == NULL ? &failure : NULL);
  if (failure != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&failure));
      return FALSE;
    }
  if (problem != NULL)
    {
      const char *found = problem;

      g_strdelimit (problem, "\n", ' ');
      if (g_str_has_prefix (found, "*** in database main ***"))
        found += strlen ("*** in database main ***");
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT,
                   _("%s is damaged, so Ethos will not change it: restore it from a backup "
                     "(SQLite found: %s)"),
                   self->path, g_strstrip ((char *) found));
      return FALSE;
    }
  return TRUE;
}

/* The connection alone, with nothing read or written: for opening, and for a restore, which must
 * work on a database too damaged to open (its pages are all replaced). */
EthosStore *
ethos_store_open_raw (const char *data_dir, GError **error)
{
  g_autoptr (EthosStore) self = g_object_new (ETHOS_TYPE_STORE, NULL);
  int rc;

  self->data_dir = data_dir != NULL ? g_strdup (data_dir) : ethos_store_default_data_dir ();
  self->path = g_build_filename (self->data_dir, "ethos.db", NULL);

  if (!prepare_data_dir (self->data_dir, error) || !create_private_file (self->path, error))
    return NULL;

  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not open %s: %s"),
                   self->path, sqlite3_errstr (rc));
      return NULL;
    }
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, 1);
  return g_steal_pointer (&self);
}

/* The one way in: checks the database, upgrades it, and makes the day's backup. */
EthosStore *
ethos_store_open (const char *data_dir, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return ethos_store_open_at (data_dir, now, error);
}

/* ethos_store_open() as if it were @now (local time: it decides the day of the daily backup and
 * the backups' names). */
EthosStore *
ethos_store_open_at (const char *data_dir, GDateTime *now, GError **error)
{
  return ethos_store_open_full (data_dir, now, ETHOS_STORE_OPEN_DEFAULT, error);
}

/* The check, then the day's backup, on a connection of the thread's own. */
static void
check_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  EthosStore *self = source;
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) reader = NULL;
  gint64 next_daily_backup = 0;

  /* Behind the window starting, not beside it: on a busy machine the check must not take the
   * time the first frame needs (on Linux, a thread's nice value is its own). A write that
   * comes first waits for it anyway. */
  if (setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 19) != 0)
    g_debug ("The check runs at the usual priority: %s", g_strerror (errno));
  reader = ethos_store_open_raw (self->data_dir, &error);

  if (reader != NULL)
    sqlite3_db_config (reader->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (reader != NULL && check_not_damaged (reader, &error))
    {
      back_up_daily (reader, task_data);
      next_daily_backup = reader->next_daily_backup;
    }

  g_mutex_lock (&self->check_lock);
  self->check_pending = FALSE;
  self->next_daily_backup = next_daily_backup;
  self->open = error == NULL;
  if (error != NULL)
    self->check_error = g_error_copy (error);
  g_cond_broadcast (&self->check_cond);
  g_mutex_unlock (&self->check_lock);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_checked_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_debug ("The check after opening failed: %s", error->message);
      g_signal_emit (source, signals[DAMAGED], 0, error);
    }
  else
    {
      /* Sound: closing may now write the log back into it, as usual. */
      sqlite3_db_config (ETHOS_STORE (source)->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
      g_signal_emit (source, signals[CHECKED], 0);
    }
}

/* Whether writing would go ahead at once: no check put off at opening is still running. */
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

/* The one way in, with @flags: ETHOS_STORE_OPEN_CHECK_LATER opens at once and checks in the
 * background (see wait_for_check()), for the window, whose start-up must not grow with the
 * records; a database that needs upgrading is always checked first. */
EthosStore *
ethos_store_open_full (const char          *data_dir,
                       GDateTime           *now,
                       EthosStoreOpenFlags  flags,
                       GError             **error)
{
  g_autoptr (EthosStore) self = NULL;
  gboolean check_later;

  g_return_val_if_fail (now != NULL, NULL);

  ethos_data_init ();
  if ((self = ethos_store_open_raw (data_dir, error)) == NULL)
    return NULL;

  /* Read before writing anything: a database from a newer Ethos, not a database at all, or a
   * damaged one must stay exactly as it is. Until the checks pass, closing does not even
   * checkpoint a write-ahead log left by another program into it. The checks read one
   * snapshot, so that another Ethos program creating the database meanwhile is seen whole. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (!exec_simple (self, "BEGIN", error))
    return NULL;
  if (!read_user_version (self, &self->schema_version, error))
    return NULL;
  if (self->schema_version > ethos_store_get_supported_schema_version ())
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NEWER_SCHEMA,
                   _("%s was written by a newer version of Ethos (schema %d; this version reads "
                     "up to %d): update Ethos to open it"),
                   self->path, self->schema_version, ethos_store_get_supported_schema_version ());
      return NULL;
    }

  /* Schema 0 with tables in it is another program's database: not ours to take over. */
  if (self->schema_version == 0)
    {
      sqlite3_stmt *stmt = ethos_store_prepare (self, "SELECT count(*) FROM sqlite_schema", error);
      int tables = 0;

      if (stmt == NULL)
        return NULL;
      if (sqlite3_step (stmt) == SQLITE_ROW)
        tables = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
      if (tables > 0)
        {
          g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT,
                       _("%s belongs to another program, not Ethos: choose another folder"),
                       self->path);
          return NULL;
        }
    }
  check_later = (flags & ETHOS_STORE_OPEN_CHECK_LATER) != 0
                && self->schema_version == ethos_store_get_supported_schema_version ();
  if ((!check_later && !check_not_damaged (self, error)) || !exec_simple (self, "COMMIT", error))
    return NULL;
  if (check_later)
    {
      g_autoptr (GTask) task = g_task_new (self, NULL, on_checked_cb, NULL);

      g_task_set_source_tag (task, ethos_store_open_full);
      g_task_set_task_data (task, g_date_time_ref (now), (GDestroyNotify) g_date_time_unref);
      self->check_pending = TRUE;
      g_task_run_in_thread (task, check_in_thread);
    }
  else
    sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);

  if (!use_wal (self, error)
      || !exec_simple (self, "PRAGMA synchronous = FULL", error)
      || !exec_simple (self, "PRAGMA foreign_keys = ON", error))
    return NULL;

  if (!migrate (self, now, error))
    return NULL;
  if (!ethos_code_store_sync_shipped (self, error))
    return NULL;

  if (!check_later)
    {
      back_up_daily (self, now);
      self->open = TRUE;
    }
  return g_steal_pointer (&self);
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
