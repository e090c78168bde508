/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
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
};

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

  G_OBJECT_CLASS (ethos_store_parent_class)->finalize (object);
}

static void
ethos_store_class_init (EthosStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_store_finalize;
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

void
ethos_store_set_error (EthosStore *self, GError **error, const char *what)
{
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
gboolean
ethos_store_begin (EthosStore *self, GError **error)
{
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

static gboolean
read_user_version (EthosStore *self, int *version, GError **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self, "PRAGMA user_version", error);
  int rc;

  if (stmt == NULL)
    {
      g_clear_error (error);
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT,
                   _("%s is not an Ethos database, or it is damaged"), self->path);
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT,
                   _("%s is not an Ethos database, or it is damaged"), self->path);
      return FALSE;
    }
  *version = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* An upgrade always starts from a backup of the database as it was (never rotated away). */
static gboolean
migrate (EthosStore *self, GDateTime *now, GError **error)
{
  guint n_migrations;
  const EthosMigration *migrations = ethos_store_migrations (&n_migrations);

  if (self->schema_version > 0 && self->schema_version < ethos_store_get_supported_schema_version ())
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

  for (guint i = 0; i < n_migrations; i++)
    {
      char *message = NULL;

      if (migrations[i].version <= self->schema_version)
        continue;
      if (!ethos_store_begin (self, error))
        return FALSE;
      /* Constant DDL shipped with Ethos, including its own "PRAGMA user_version": nothing in it
       * comes from outside. */
      if (sqlite3_exec (self->db, migrations[i].sql, NULL, NULL, &message) != SQLITE_OK)
        {
          g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
                       _("Could not upgrade the database to schema %d: %s"), migrations[i].version,
                       message);
          sqlite3_free (message);
          ethos_store_rollback (self);
          return FALSE;
        }
      if (!ethos_store_commit (self, error))
        return FALSE;
      self->schema_version = migrations[i].version;
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

/* Creates the file owner-only before SQLite does, so it is never readable by others, even for
 * a moment. The -wal and -shm files take the database file's permissions. */
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
  g_autoptr (EthosStore) self = NULL;

  g_return_val_if_fail (now != NULL, NULL);

  ethos_data_init ();
  if ((self = ethos_store_open_raw (data_dir, error)) == NULL)
    return NULL;

  /* Read before writing anything: a database from a newer Ethos, or not a database at all,
   * must stay exactly as it is. */
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

  if (!exec_simple (self, "PRAGMA journal_mode = WAL", error)
      || !exec_simple (self, "PRAGMA synchronous = FULL", error)
      || !exec_simple (self, "PRAGMA foreign_keys = ON", error))
    return NULL;

  if (!migrate (self, now, error))
    return NULL;
  if (!ethos_code_store_sync_shipped (self, error))
    return NULL;

  back_up_daily (self, now);
  self->open = TRUE;
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
