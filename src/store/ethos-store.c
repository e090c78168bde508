/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <gio/gio.h>

#include "ethos-date.h"
#include "ethos-store-private.h"

/* The one database every Ethos program shares: the object, its signals and its clock. Opening
 * it is in ethos-store-open.c, its statements and errors in ethos-store-statements.c, writing
 * in ethos-store-transactions.c. */

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
  g_clear_pointer (&self->search_cache, ethos_search_cache_free);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->data_dir);
  g_free (self->path);
  ethos_store_key_free (self->key);
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
   * ethos_store_watch_other_writers() has been called; so does another file put at the store's
   * path, or its removal (ethos_store_check_file() tells them apart).
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

char *
ethos_store_now_utc (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
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

/* Closes the database now, whoever still holds the store: for turning encryption on or off,
 * which needs the file to itself. A check put off at opening is waited for first (it reads on
 * a connection of its own). What the store is asked afterwards fails, saying the diary is
 * closed; nothing is written. */
void
ethos_store_close (EthosStore *self)
{
  g_return_if_fail (ETHOS_IS_STORE (self));

  g_mutex_lock (&self->check_lock);
  while (self->check_pending && self->check_started)
    g_cond_wait (&self->check_cond, &self->check_lock);
  g_mutex_unlock (&self->check_lock);
  ethos_store_stop_watching (self);
  g_hash_table_remove_all (self->statements);
  g_clear_pointer (&self->search_cache, ethos_search_cache_free);
  g_clear_pointer (&self->db, sqlite3_close_v2);
}

/* Gives back the memory the connection holds only to be quicker: the page cache's pages not in
 * use (the quick check at opening reads every page of the file into it) and the statements kept
 * for next time, which are read and prepared again when next needed. For a program that stays
 * open and reads seldom (the notifier); not while a statement of the store is being stepped. */
void
ethos_store_release_memory (EthosStore *self)
{
  g_return_if_fail (ETHOS_IS_STORE (self));

  if (self->db == NULL)
    return;
  g_hash_table_remove_all (self->statements);
  sqlite3_db_release_memory (self->db);
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
