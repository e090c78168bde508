/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminder-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-recurrence.h"
#include "ethos-reminder-store.h"
#include "ethos-store-private.h"

/* What has happened to a reminder: which stages of it have fired (so that the notifier shows
 * each once), and when it was done (a repeating one moving on to its next due date). The
 * reminders themselves are in ethos-reminder-store.c. */

/* The stages of the reminder already fired for this due date. Ones that cannot be read are
 * said in the log; recording a stage twice is refused anyway (ethos_store_record_fired). */
GStrv
ethos_store_list_fired_stages (EthosStore *self, gint64 id, const char *due)
{
  g_autoptr (GStrvBuilder) stages = g_strv_builder_new ();
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt = ethos_store_prepare (self,
                                            "SELECT stage FROM reminder_fired "
                                            "WHERE reminder_id = ?1 AND due = ?2",
                                            &error);

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ethos_store_bind_text (stmt, 2, due);
      while (ethos_store_step (self, stmt, &error) == ETHOS_STEP_ROW)
        g_strv_builder_add (stages, ethos_store_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  if (error != NULL)
    g_warning ("Could not read which reminder stages have been shown: %s", error->message);
  return g_strv_builder_end (stages);
}

/* Records that a stage fired. Recording it twice is refused by the key, which is how two
 * notifiers racing for the same stage still show it once: only the one whose insert changed
 * a row shows it (returns TRUE). */
gboolean
ethos_store_record_fired (EthosStore *self, gint64 id, const char *due, const char *stage,
                          GError **error)
{
  g_autofree char *now = ethos_store_now_utc ();
  sqlite3_stmt *stmt;
  gboolean recorded;

  if (!ethos_store_begin (self, error))
    return FALSE;
  stmt = ethos_store_prepare (self,
                              "INSERT OR IGNORE INTO reminder_fired "
                              "(reminder_id, due, stage, fired) VALUES (?1, ?2, ?3, ?4)",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  ethos_store_bind_text (stmt, 2, due);
  ethos_store_bind_text (stmt, 3, stage);
  ethos_store_bind_text (stmt, 4, now);
  if (!ethos_store_step_done (self, stmt, error))
    goto fail;
  /* Read before committing: a handler of "changed" may write in between. */
  recorded = sqlite3_changes (ethos_store_get_db (self)) > 0;
  if (recorded)
    ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_REMINDERS);
  return ethos_store_commit (self, error) && recorded;

fail:
  ethos_store_rollback (self);
  return FALSE;
}

/* Done: the history keeps it; a recurring reminder moves to @next_due (NULL: it is finished).
 * One transaction. */
gboolean
ethos_store_record_completion (EthosStore     *self,
                               EthosReminder  *reminder,
                               const char     *done_on,
                               const char     *next_due,
                               GError        **error)
{
  g_autofree char *now = ethos_store_now_utc ();
  sqlite3_stmt *stmt;

  if (!ethos_store_begin (self, error))
    return FALSE;
  stmt = ethos_store_prepare (self,
                              "INSERT INTO reminder_completions (reminder_id, due, done_on, recorded) "
                              "VALUES (?1, ?2, ?3, ?4)",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, reminder->id);
  ethos_store_bind_text (stmt, 2, reminder->due);
  ethos_store_bind_text (stmt, 3, done_on);
  ethos_store_bind_text (stmt, 4, now);
  if (!ethos_store_step_done (self, stmt, error))
    goto fail;
  stmt = ethos_store_prepare (self,
                              "UPDATE reminders SET due = coalesce (?2, due), done = ?2 IS NULL, "
                              "  snoozed_until = NULL, updated = ?3 WHERE id = ?1",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, reminder->id);
  ethos_store_bind_text (stmt, 2, next_due);
  ethos_store_bind_text (stmt, 3, now);
  if (!ethos_store_step_done (self, stmt, error))
    goto fail;
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_REMINDERS);
  if (!ethos_store_commit (self, error))
    return FALSE;
  if (next_due != NULL)
    {
      g_free (reminder->due);
      reminder->due = g_strdup (next_due);
    }
  else
    reminder->done = TRUE;
  g_clear_pointer (&reminder->snoozed_until, g_free);
  return TRUE;

fail:
  ethos_store_rollback (self);
  return FALSE;
}

/* Done on @done_on: a repeating reminder moves to its next due date (from its anchor day, or
 * from @done_on when it counts from completion); a one-off is finished. */
gboolean
ethos_store_complete_reminder (EthosStore     *self,
                               EthosReminder  *reminder,
                               const char     *done_on,
                               GError        **error)
{
  g_autofree char *next_due = NULL;
  EthosRecurrence recurrence;
  GDate done, anchor, current, next;

  if (!ethos_date_parse (done_on, &done, error))
    return FALSE;
  if (reminder->done)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("“%s” is done already"), reminder->title);
      return FALSE;
    }
  if (ethos_recurrence_parse (reminder->every, &recurrence, NULL)
      && recurrence.unit != ETHOS_EVERY_NONE && ethos_date_parse (reminder->due, &current, NULL))
    {
      recurrence.from_completion = reminder->from_completion;
      if (!ethos_date_parse (reminder->anchor, &anchor, NULL))
        anchor = current;
      if (ethos_recurrence_next_due (&recurrence, &anchor, &current, &done, &next))
        next_due = ethos_date_to_iso (&next);
    }
  return ethos_store_record_completion (self, reminder, done_on, next_due, error);
}
