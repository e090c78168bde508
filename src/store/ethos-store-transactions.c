/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include "ethos-backup-store.h"
#include "ethos-store-private.h"

/* Writes are transactions: each waits for a check put off at opening, the first of a day makes
 * the day's backup first, and what a transaction wrote is said in "changed" once it commits
 * (ethos_store_emit_changed), never when it fails. */

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
