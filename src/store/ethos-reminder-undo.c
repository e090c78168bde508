/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminder-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-reminder-store.h"
#include "ethos-store-private.h"

/* Deleting a reminder, and taking back what the window's Done and Delete did, for their toasts'
 * Undo. A Done taken back loses the completion it recorded and gets its due date, its snooze and
 * whether it was finished back. A deleted reminder comes back whole: its row, its history and the
 * stages of it already shown, so that the notifier does not show them a second time. */

/* What a reminder has in each table, its id aside: the first parameter of each insert is the
 * reminder's id, the rest are the columns read. Every column of the reminder is kept as SQLite
 * holds it (a kind a newer Ethos wrote, the source of one Ethos keeps itself, when it was made):
 * a column added to reminders must be added here. */
typedef struct
{
  const char *select;
  const char *insert;
} KeptTable;

#define N_KEPT_TABLES 3
#define REMINDERS_TABLE 0
#define SOURCE_COLUMN 14 /* of the reminders row as kept */

static const KeptTable kept_tables[N_KEPT_TABLES] = {
  { "SELECT title, kind, due, due_time, anchor, lead_days, every, from_completion, clause, notes, "
    "  snoozed_until, done, created, updated, source FROM reminders WHERE id = ?1",
    "INSERT INTO reminders (id, title, kind, due, due_time, anchor, lead_days, every, "
    "  from_completion, clause, notes, snoozed_until, done, created, updated, source) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)" },
  { "SELECT due, done_on, recorded FROM reminder_completions WHERE reminder_id = ?1 "
    "ORDER BY rowid",
    "INSERT INTO reminder_completions (reminder_id, due, done_on, recorded) "
    "VALUES (?1, ?2, ?3, ?4)" },
  { "SELECT due, stage, fired FROM reminder_fired WHERE reminder_id = ?1",
    "INSERT INTO reminder_fired (reminder_id, due, stage, fired) VALUES (?1, ?2, ?3, ?4)" },
};

struct _EthosKeptReminder
{
  gint64     id;
  char      *title;
  GPtrArray *rows[N_KEPT_TABLES]; /* each a GPtrArray of sqlite3_value, a row's columns */
};

void
ethos_kept_reminder_free (EthosKeptReminder *kept)
{
  if (kept == NULL)
    return;
  for (guint i = 0; i < N_KEPT_TABLES; i++)
    g_clear_pointer (&kept->rows[i], g_ptr_array_unref);
  g_free (kept->title);
  g_free (kept);
}

/* What the reminder was called, for saying what was deleted. */
const char *
ethos_kept_reminder_get_title (EthosKeptReminder *kept)
{
  g_return_val_if_fail (kept != NULL, NULL);

  return kept->title;
}

/* The rows @table holds of reminder @id, or NULL with @error set. */
static GPtrArray *
read_rows (EthosStore *self, const KeptTable *table, gint64 id, GError **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  sqlite3_stmt *stmt = ethos_store_prepare (self, table->select, error);
  EthosStep step;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      GPtrArray *row = g_ptr_array_new_with_free_func ((GDestroyNotify) sqlite3_value_free);

      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          sqlite3_value *value = sqlite3_value_dup (sqlite3_column_value (stmt, c));

          if (value == NULL)
            g_error ("Out of memory keeping a deleted reminder");
          g_ptr_array_add (row, value);
        }
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&rows);
}

/* Deletes reminder @id (its history and stages shown go with it) and returns what it was, for
 * ethos_store_undo_reminder_delete(); NULL with @error set when it cannot. One transaction. */
EthosKeptReminder *
ethos_store_delete_reminder_kept (EthosStore *self, gint64 id, GError **error)
{
  g_autoptr (EthosKeptReminder) kept = g_new0 (EthosKeptReminder, 1);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  kept->id = id;
  if (!ethos_store_begin (self, error))
    return NULL;
  for (guint i = 0; i < N_KEPT_TABLES; i++)
    if ((kept->rows[i] = read_rows (self, &kept_tables[i], id, error)) == NULL)
      goto fail;
  if (kept->rows[REMINDERS_TABLE]->len == 0)
    {
      ethos_store_set_no_reminder (error, id);
      goto fail;
    }
  {
    GPtrArray *row = g_ptr_array_index (kept->rows[REMINDERS_TABLE], 0);

    kept->title = g_strdup ((const char *) sqlite3_value_text (g_ptr_array_index (row, 0)));
  }
  stmt = ethos_store_prepare (self, "DELETE FROM reminders WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ethos_store_step_done (self, stmt, error))
    goto fail;
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_REMINDERS);
  if (!ethos_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&kept);

fail:
  ethos_store_rollback (self);
  return NULL;
}

gboolean
ethos_store_delete_reminder (EthosStore *self, gint64 id, GError **error)
{
  g_autoptr (EthosKeptReminder) kept = ethos_store_delete_reminder_kept (self, id, error);

  return kept != NULL;
}

/* Whether another reminder has taken @id since (@id_taken), or is the one of @source Ethos
 * keeps itself, made again since (@source_taken). FALSE with @error set when it cannot read. */
static gboolean
find_taken (EthosStore     *self,
            gint64          id,
            sqlite3_value  *source,
            gboolean       *id_taken,
            gboolean       *source_taken,
            GError        **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self,
                                            "SELECT EXISTS (SELECT 1 FROM reminders "
                                            "               WHERE id = ?1), "
                                            "  EXISTS (SELECT 1 FROM reminders WHERE source = ?2)",
                                            error);
  EthosStep step;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_value (stmt, 2, source);
  if ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      *id_taken = sqlite3_column_int (stmt, 0) != 0;
      *source_taken = sqlite3_column_int (stmt, 1) != 0;
    }
  sqlite3_reset (stmt);
  return step == ETHOS_STEP_ROW;
}

/* Writes back the reminder @kept holds, with its history and the stages of it already shown.
 * It keeps its id unless another reminder has taken it since. Returns its id, or 0 with @error
 * set. One transaction. */
gint64
ethos_store_undo_reminder_delete (EthosStore *self, EthosKeptReminder *kept, GError **error)
{
  GPtrArray *reminder_row;
  gint64 id;
  gboolean id_taken = FALSE, source_taken = FALSE;

  g_return_val_if_fail (ETHOS_IS_STORE (self), 0);
  g_return_val_if_fail (kept != NULL, 0);

  id = kept->id;
  reminder_row = g_ptr_array_index (kept->rows[REMINDERS_TABLE], 0);
  if (!ethos_store_begin (self, error))
    return 0;
  if (!find_taken (self, id, g_ptr_array_index (reminder_row, SOURCE_COLUMN), &id_taken,
                   &source_taken, error))
    goto fail;
  if (source_taken)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_EXISTS,
                   _("Ethos has made “%s” again since it was deleted"), kept->title);
      goto fail;
    }

  for (guint i = 0; i < N_KEPT_TABLES; i++)
    for (guint r = 0; r < kept->rows[i]->len; r++)
      {
        GPtrArray *row = g_ptr_array_index (kept->rows[i], r);
        sqlite3_stmt *stmt = ethos_store_prepare (self, kept_tables[i].insert, error);

        if (stmt == NULL)
          goto fail;
        /* A reminder added since has its id: this one takes a new one. */
        if (i == REMINDERS_TABLE && id_taken)
          sqlite3_bind_null (stmt, 1);
        else
          sqlite3_bind_int64 (stmt, 1, id);
        for (guint c = 0; c < row->len; c++)
          sqlite3_bind_value (stmt, (int) c + 2, g_ptr_array_index (row, c));
        if (!ethos_store_step_done (self, stmt, error))
          goto fail;
        if (i == REMINDERS_TABLE)
          id = sqlite3_last_insert_rowid (ethos_store_get_db (self));
      }
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_REMINDERS);
  if (!ethos_store_commit (self, error))
    return 0;
  return id;

fail:
  ethos_store_rollback (self);
  return 0;
}

/* Takes back a Done: @before is the reminder as it was, @after as Done left it
 * (ethos_store_complete_reminder() brings it up to date). The completion Done recorded is
 * removed, and the due date, the snooze and whether it is finished are put back. Refused when
 * the reminder's dates have been written since (snoozed, or done again, here or by another
 * program): the Undo would take that back too. One transaction. */
gboolean
ethos_store_undo_reminder_done (EthosStore     *self,
                                EthosReminder  *before,
                                EthosReminder  *after,
                                GError        **error)
{
  g_autoptr (EthosReminder) now = NULL;
  g_autofree char *updated = ethos_store_now_utc ();
  sqlite3_stmt *stmt;
  gint64 completion = 0;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ETHOS_IS_REMINDER (before) && ETHOS_IS_REMINDER (after), FALSE);
  g_return_val_if_fail (before->id == after->id, FALSE);

  if (!ethos_store_begin (self, error))
    return FALSE;
  if ((now = ethos_store_get_reminder (self, after->id, error)) == NULL)
    goto fail;
  /* The last completion must be the one Done recorded, of the due date it had. */
  stmt = ethos_store_prepare (self,
                              "SELECT rowid, due FROM reminder_completions WHERE reminder_id = ?1 "
                              "ORDER BY rowid DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, after->id);
  step = ethos_store_step (self, stmt, error);
  if (step == ETHOS_STEP_ROW && g_strcmp0 (ethos_store_column_text (stmt, 1), before->due) == 0)
    completion = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    goto fail;
  if (completion == 0 || g_strcmp0 (now->due, after->due) != 0 || now->done != after->done
      || g_strcmp0 (now->snoozed_until, after->snoozed_until) != 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("“%s” has changed since it was done, so it was left as it is now"),
                   now->title);
      goto fail;
    }

  stmt = ethos_store_prepare (self,
                              "UPDATE reminders SET due = ?2, done = ?3, snoozed_until = ?4, "
                              "  updated = ?5 WHERE id = ?1",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, before->id);
  ethos_store_bind_text (stmt, 2, before->due);
  sqlite3_bind_int (stmt, 3, before->done);
  ethos_store_bind_text (stmt, 4, before->snoozed_until);
  ethos_store_bind_text (stmt, 5, updated);
  if (!ethos_store_step_done (self, stmt, error))
    goto fail;
  stmt = ethos_store_prepare (self, "DELETE FROM reminder_completions WHERE rowid = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, completion);
  if (!ethos_store_step_done (self, stmt, error))
    goto fail;
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_REMINDERS);
  return ethos_store_commit (self, error);

fail:
  ethos_store_rollback (self);
  return FALSE;
}
