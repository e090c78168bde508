/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "ethos-backup-store.h"
#include "ethos-data.h"
#include "ethos-store-private.h"

/* Opening the database: owner-only files in a folder of the user's own (ethos-store-files.c),
 * the checks that it is an Ethos database this version understands and is not damaged (before
 * anything is written), write-ahead logging, migrations, the shipped codes, and the day's
 * backup; or, for the window, the damage check and the backup in a thread while it starts. */

/* Long enough for the window, the CLI and the notifier to take turns at writing. */
#define BUSY_TIMEOUT_MS 10000

/* An encrypted database's page is decrypted and its HMAC checked at every read from the file,
 * where a plain one is copied from the system's file cache: so encrypted connections keep more
 * pages, decrypted, in SQLite's own cache (in KiB; it grows only as pages are read). */
#define ENCRYPTED_CACHE_KIB (32 * 1024)

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

  if (stmt == NULL)
    {
      set_unreadable_error (self, error);
      return FALSE;
    }
  /* Says why in its own words, from SQLite's error code. */
  if (ethos_store_step (self, stmt, NULL) != ETHOS_STEP_ROW)
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
 * always starts from a backup of the database as it was (never rotated away), kept only when the
 * upgrade is made. */
static gboolean
migrate (EthosStore *self, GDateTime *now, GError **error)
{
  int supported = ethos_store_get_supported_schema_version ();
  g_autofree char *backup = NULL;
  char *message = NULL;
  int failed = 0;

  if (self->schema_version >= supported)
    return TRUE;
  if (self->schema_version > 0)
    {
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

  if (!ethos_store_run_migrations (self->db, self->schema_version, supported, &failed, &message))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
                   _("Could not upgrade the database to schema %d: %s"), failed, message);
      sqlite3_free (message);
      goto fail;
    }
  if (!ethos_store_commit (self, error))
    goto fail;
  return read_user_version (self, &self->schema_version, error);

fail:
  ethos_store_rollback (self);
  /* Rolled back, the database is the backup, byte for byte: a backup kept at each failed try
   * would only pile up. */
  if (backup != NULL)
    ethos_backup_discard (backup);
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

/* SQLite's page cache for @self's connection, in KiB. Reducing it frees the pages over. */
static void
set_cache_kib (EthosStore *self, gint64 kib)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = -%" G_GINT64_FORMAT, kib);

  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
}

/* The connection alone, with nothing written and nothing read but what proves @key (NULL: a
 * plain database): for opening, and for a restore, which must work on a database too damaged to
 * open (its pages are all replaced). Of @flags, only ETHOS_STORE_OPEN_EXISTING counts here. */
EthosStore *
ethos_store_open_raw (const char           *data_dir,
                      EthosStoreOpenFlags   flags,
                      const char           *key,
                      GError              **error)
{
  g_autoptr (EthosStore) self = g_object_new (ETHOS_TYPE_STORE, NULL);
  int rc;

  self->data_dir = data_dir != NULL ? g_strdup (data_dir) : ethos_store_default_data_dir ();
  self->path = g_build_filename (self->data_dir, "ethos.db", NULL);

  if (!ethos_store_key_apply (NULL, self->path, key, error)
      || !ethos_store_prepare_file (self->data_dir, self->path, flags, error))
    return NULL;

  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not open %s: %s"),
                   self->path, sqlite3_errstr (rc));
      return NULL;
    }
  ethos_store_remember_file (self);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, 1);
  /* The key before anything else is read: without it, every page is noise. */
  if (!ethos_store_key_apply (self->db, self->path, key, error))
    return NULL;
  self->key = g_strdup (key);
  if (key != NULL)
    {
      self->cipher = ethos_store_cipher_name (self->db);
      set_cache_kib (self, ENCRYPTED_CACHE_KIB);
    }
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
 * the backups' names, and the store's clock runs on from it: see ethos_store_set_now()). */
EthosStore *
ethos_store_open_at (const char *data_dir, GDateTime *now, GError **error)
{
  return ethos_store_open_full (data_dir, now, ETHOS_STORE_OPEN_DEFAULT, error);
}

/* The check, then the day's backup, on a thread and a connection of their own. The thread holds
 * a reference, handed on to the report in check_context. */
static gpointer
check_in_thread (gpointer data)
{
  EthosStore *self = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) reader = NULL;
  gint64 next_daily_backup = 0;

  /* Behind the window starting, not beside it: the check begins when the window has drawn its
   * first frame (ethos_store_start_check()) or a write needs it, and then at the lowest
   * priority (on Linux, a thread's nice value is its own; this thread is not shared with GLib's
   * pool, so the value goes with it). Run beside the start-up of a 100,000-entry diary, even at
   * nice 19, the check cost the first frame about 20 ms on two cores. */
  if (setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 19) != 0)
    g_debug ("The check runs at the usual priority: %s", g_strerror (errno));
  reader = ethos_store_open_raw (self->data_dir, ETHOS_STORE_OPEN_DEFAULT, self->key, &error);

  if (reader != NULL)
    sqlite3_db_config (reader->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (reader != NULL && ethos_store_check_not_damaged (reader, &error))
    {
      ethos_store_run_daily_backup (reader, self->check_now);
      next_daily_backup = reader->next_daily_backup;
    }

  g_mutex_lock (&self->check_lock);
  self->check_pending = FALSE;
  self->next_daily_backup = next_daily_backup;
  self->open = error == NULL;
  self->check_error = g_steal_pointer (&error);
  g_cond_broadcast (&self->check_cond);
  g_mutex_unlock (&self->check_lock);

  /* Always as a source of the opening context, never g_main_context_invoke(): that runs the
   * callback here at once when no other thread holds the context (the main thread blocked in a
   * write waiting for this check), and the callback writes the derived reminders on the store's
   * own connection, beside that write. */
  {
    g_autoptr (GSource) source = g_idle_source_new ();

    g_source_set_priority (source, G_PRIORITY_DEFAULT);
    g_source_set_callback (source, ethos_store_checked_cb, self, g_object_unref);
    g_source_attach (source, self->check_context);
  }
  return NULL;
}

/* With check_lock held: starts the check put off at opening, once. */
void
ethos_store_start_check_locked (EthosStore *self)
{
  if (!self->check_pending || self->check_started)
    return;
  self->check_started = TRUE;
  g_thread_unref (g_thread_new ("ethos-check", check_in_thread, g_object_ref (self)));
}

/* The one way in, with @flags: ETHOS_STORE_OPEN_CHECK_LATER opens at once and checks in the
 * background once ethos_store_start_check() is called or the first write needs it (see
 * wait_for_check()), for the window, whose start-up must not grow with the records; a database
 * that needs upgrading is always checked first. ETHOS_STORE_OPEN_EXISTING opens only a database
 * that is there (ETHOS_STORE_ERROR_NOT_FOUND otherwise), for the notifier following one put in
 * place of the one it had. */
EthosStore *
ethos_store_open_full (const char          *data_dir,
                       GDateTime           *now,
                       EthosStoreOpenFlags  flags,
                       GError             **error)
{
  EthosStoreOpenOptions options = { .flags = flags, .key = NULL };

  return ethos_store_open_with_options (data_dir, now, &options, error);
}

/* ethos_store_open_full() with @options: its flags, and the key of an encrypted database (see
 * EthosStoreOpenOptions). A wrong key is ETHOS_STORE_ERROR_WRONG_KEY, the file untouched. */
EthosStore *
ethos_store_open_with_options (const char                  *data_dir,
                               GDateTime                   *now,
                               const EthosStoreOpenOptions *options,
                               GError                     **error)
{
  g_autoptr (EthosStore) self = NULL;
  EthosStoreOpenFlags flags;
  gboolean check_later;

  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  flags = options->flags;
  ethos_data_init ();
  if ((self = ethos_store_open_raw (data_dir, flags, options->key, error)) == NULL)
    return NULL;
  ethos_store_set_now (self, now);

  /* Read before writing anything: a database from a newer Ethos, not a database at all, or a
   * damaged one must stay exactly as it is. Until the checks pass, closing does not even
   * checkpoint a write-ahead log left by another program into it. The checks read one
   * snapshot, so that another Ethos program creating the database meanwhile is seen whole. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (!ethos_store_exec (self, "BEGIN", error))
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
      EthosStep step;

      if (stmt == NULL)
        return NULL;
      if ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
        tables = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
      if (step == ETHOS_STEP_ERROR)
        return NULL;
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
  if ((!check_later && !ethos_store_check_not_damaged (self, error)) || !ethos_store_exec (self, "COMMIT", error))
    return NULL;
  if (check_later)
    {
      /* Owed, not started: nothing runs until the window or a write asks for it. */
      self->check_pending = TRUE;
      self->check_now = g_date_time_ref (now);
      self->check_context = g_main_context_ref_thread_default ();
    }
  else
    sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);

  if (!use_wal (self, error)
      || !ethos_store_exec (self, "PRAGMA synchronous = FULL", error)
      || !ethos_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;

  if (!migrate (self, now, error))
    return NULL;
  if (!ethos_code_store_sync_shipped (self, error)
      || !ethos_store_take_in_evidence_folder (self, error))
    return NULL;

  if (!check_later)
    {
      ethos_store_run_daily_backup (self, now);
      self->open = TRUE;
      ethos_store_derive_reminders_today (self);
    }
  return g_steal_pointer (&self);
}
