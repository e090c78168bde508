/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminder-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-code-store.h"
#include "ethos-reminder-store.h"
#include "ethos-store-private.h"

/* Reminders and the events that add them: writing and reading them. Which stages of them have
 * fired, and when they were done, are in ethos-reminder-history.c; deleting one, and taking a
 * Done or a Delete back, in ethos-reminder-undo.c. */

#define REMINDER_COLUMNS                                                                           \
  "SELECT id, title, kind, due, due_time, anchor, lead_days, every, from_completion, clause, "     \
  "  notes, snoozed_until, done FROM reminders "

static EthosReminder *
reminder_from_row (sqlite3_stmt *stmt)
{
  EthosReminderKind kind;
  EthosReminder *reminder;

  /* A kind this version does not know (written by a newer one) is read as the practitioner's own
   * reminder, which is all this version can do with it: its title, dates and leads stay as they
   * are. Done keeps the word in the file; an edit or a snooze, which write the whole row, make
   * it "custom". */
  if (!ethos_reminder_kind_from_string (ethos_store_column_text (stmt, 2), &kind, NULL))
    kind = ETHOS_REMINDER_KIND_CUSTOM;
  reminder = ethos_reminder_new (kind);

  reminder->id = sqlite3_column_int64 (stmt, 0);
#define TAKE(field, value) g_free (reminder->field); reminder->field = (value)
  TAKE (title, ethos_store_column_dup (stmt, 1));
  TAKE (due, ethos_store_column_dup (stmt, 3));
  TAKE (due_time, ethos_store_column_dup_nullable (stmt, 4));
  TAKE (anchor, ethos_store_column_dup (stmt, 5));
  TAKE (every, ethos_store_column_dup (stmt, 7));
  TAKE (clause, ethos_store_column_dup_nullable (stmt, 9));
  TAKE (notes, ethos_store_column_dup (stmt, 10));
  TAKE (snoozed_until, ethos_store_column_dup_nullable (stmt, 11));
#undef TAKE
  ethos_reminder_parse_leads (reminder, ethos_store_column_text (stmt, 6), NULL);
  reminder->from_completion = sqlite3_column_int (stmt, 8) != 0;
  reminder->done = sqlite3_column_int (stmt, 12) != 0;
  return reminder;
}

void
ethos_store_set_no_reminder (GError **error, gint64 id)
{
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
               _("There is no reminder %lld"), (long long) id);
}

/* After a write that failed: none of @reminders was kept. */
static void
forget_ids (GPtrArray *reminders)
{
  for (guint i = 0; i < reminders->len; i++)
    ((EthosReminder *) g_ptr_array_index (reminders, i))->id = 0;
}

static gboolean
check_clause (EthosStore *self, const char *link, GError **error)
{
  return link == NULL || ethos_store_check_clause_link (self, link, error);
}

/* Writes the row; the caller holds the transaction. */
static gboolean
write_reminder_row (EthosStore *self, EthosReminder *reminder, gboolean insert, GError **error)
{
  g_autofree char *now = ethos_store_now_utc ();
  g_autofree char *leads = NULL;
  sqlite3_stmt *stmt;

  if (reminder->anchor == NULL)
    reminder->anchor = g_strdup (reminder->due);
  if (!ethos_reminder_validate (reminder, error) || !check_clause (self, reminder->clause, error))
    return FALSE;
  leads = ethos_reminder_leads_to_string (reminder);
  if (insert)
    stmt = ethos_store_prepare (self,
                                "INSERT INTO reminders (title, kind, due, due_time, anchor, "
                                "  lead_days, every, from_completion, clause, notes, snoozed_until, "
                                "  done, updated, created) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
                                error);
  else
    stmt = ethos_store_prepare (self,
                                "UPDATE reminders SET title = ?1, kind = ?2, due = ?3, "
                                "  due_time = ?4, anchor = ?5, lead_days = ?6, every = ?7, "
                                "  from_completion = ?8, clause = ?9, notes = ?10, "
                                "  snoozed_until = ?11, done = ?12, updated = ?13 WHERE id = ?14",
                                error);
  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, g_strstrip (reminder->title));
  ethos_store_bind_text (stmt, 2, ethos_reminder_kind_to_string (reminder->kind));
  ethos_store_bind_text (stmt, 3, reminder->due);
  ethos_store_bind_text (stmt, 4, reminder->due_time);
  ethos_store_bind_text (stmt, 5, reminder->anchor);
  ethos_store_bind_text (stmt, 6, leads);
  ethos_store_bind_text (stmt, 7, reminder->every);
  sqlite3_bind_int (stmt, 8, reminder->from_completion);
  ethos_store_bind_text (stmt, 9, reminder->clause);
  ethos_store_bind_text (stmt, 10, reminder->notes);
  ethos_store_bind_text (stmt, 11, reminder->snoozed_until);
  sqlite3_bind_int (stmt, 12, reminder->done);
  ethos_store_bind_text (stmt, 13, now);
  if (!insert)
    sqlite3_bind_int64 (stmt, 14, reminder->id);
  if (!ethos_store_step_done (self, stmt, error))
    return FALSE;
  if (insert)
    reminder->id = sqlite3_last_insert_rowid (ethos_store_get_db (self));
  else if (sqlite3_changes (ethos_store_get_db (self)) == 0)
    {
      ethos_store_set_no_reminder (error, reminder->id);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_reminder (EthosStore *self, EthosReminder *reminder, gboolean insert, GError **error)
{
  if (!ethos_store_begin (self, error))
    return FALSE;
  if (!write_reminder_row (self, reminder, insert, error))
    {
      ethos_store_rollback (self);
      if (insert)
        reminder->id = 0;
      return FALSE;
    }
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_REMINDERS);
  return ethos_store_commit (self, error);
}

/* Records an event and adds the reminders for its deadlines, all or nothing. Returns the
 * event's id, or 0. */
gint64
ethos_store_add_event (EthosStore  *self,
                       const char  *kind,
                       const char  *date,
                       const char  *time,
                       const char  *notes,
                       GPtrArray   *reminders,
                       GError     **error)
{
  g_autofree char *now = ethos_store_now_utc ();
  sqlite3_stmt *stmt;
  gint64 id;

  if (!ethos_store_begin (self, error))
    return 0;
  stmt = ethos_store_prepare (self,
                              "INSERT INTO events (kind, date, time, notes, created) "
                              "VALUES (?1, ?2, ?3, ?4, ?5)",
                              error);
  if (stmt == NULL)
    goto fail;
  ethos_store_bind_text (stmt, 1, kind);
  ethos_store_bind_text (stmt, 2, date);
  ethos_store_bind_text (stmt, 3, time);
  ethos_store_bind_text (stmt, 4, notes != NULL ? notes : "");
  ethos_store_bind_text (stmt, 5, now);
  if (!ethos_store_step_done (self, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (ethos_store_get_db (self));
  for (guint i = 0; i < reminders->len; i++)
    if (!write_reminder_row (self, g_ptr_array_index (reminders, i), TRUE, error))
      goto fail;
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_REMINDERS);
  if (ethos_store_commit (self, error))
    return id;
  return 0;

fail:
  ethos_store_rollback (self);
  forget_ids (reminders);
  return 0;
}

/* Adds those of @reminders not already kept as open reminders of the same kind and title (the
 * standard reminders, offered again, add nothing twice), all or none. Those added get their id;
 * the others keep id 0. Returns how many were added, or -1 on error. */
int
ethos_store_add_missing_reminders (EthosStore *self, GPtrArray *reminders, GError **error)
{
  sqlite3_stmt *stmt;
  int added = 0;

  g_return_val_if_fail (ETHOS_IS_STORE (self), -1);

  if (!ethos_store_begin (self, error))
    return -1;
  for (guint i = 0; i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);
      EthosStep step;

      reminder->id = 0;
      stmt = ethos_store_prepare (self,
                                  "SELECT 1 FROM reminders "
                                  "WHERE kind = ?1 AND title = ?2 AND NOT done",
                                  error);
      if (stmt == NULL)
        goto fail;
      ethos_store_bind_text (stmt, 1, ethos_reminder_kind_to_string (reminder->kind));
      ethos_store_bind_text (stmt, 2, reminder->title);
      step = ethos_store_step (self, stmt, error);
      sqlite3_reset (stmt);
      if (step == ETHOS_STEP_ERROR)
        goto fail;
      if (step == ETHOS_STEP_ROW)
        continue;
      if (!write_reminder_row (self, reminder, TRUE, error))
        goto fail;
      ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_REMINDERS);
      added++;
    }
  if (ethos_store_commit (self, error))
    return added;
  /* fall through: nothing was kept */

fail:
  ethos_store_rollback (self);
  forget_ids (reminders);
  return -1;
}

/* The events recorded, newest first, as "id\tkind\tdate\ttime" records for listing. */
GPtrArray *
ethos_store_list_events (EthosStore *self, GError **error)
{
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  sqlite3_stmt *stmt = ethos_store_prepare (self,
                                            "SELECT id, kind, date, coalesce (time, ''), notes "
                                            "FROM events ORDER BY date DESC, id DESC",
                                            error);
  EthosStep step;

  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      char **row = g_new0 (char *, 6);

      for (int c = 0; c < 5; c++)
        row[c] = ethos_store_column_dup (stmt, c);
      g_ptr_array_add (events, row);
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&events);
}

gboolean
ethos_store_add_reminder (EthosStore *self, EthosReminder *reminder, GError **error)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  return write_reminder (self, reminder, TRUE, error);
}

gboolean
ethos_store_update_reminder (EthosStore *self, EthosReminder *reminder, GError **error)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  return write_reminder (self, reminder, FALSE, error);
}

EthosReminder *
ethos_store_get_reminder (EthosStore *self, gint64 id, GError **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self, REMINDER_COLUMNS "WHERE id = ?1", error);
  EthosReminder *reminder = NULL;
  EthosStep step;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    reminder = reminder_from_row (stmt);
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_DONE)
    ethos_store_set_no_reminder (error, id);
  return reminder;
}

/* Open reminders soonest first (and the done ones after them, with @with_done). */
GPtrArray *
ethos_store_list_reminders (EthosStore *self, gboolean with_done, GError **error)
{
  g_autoptr (GPtrArray) reminders = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  EthosStep step;

  stmt = ethos_store_prepare (self,
                              REMINDER_COLUMNS "WHERE ?1 OR NOT done ORDER BY done, due, id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, with_done);
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    g_ptr_array_add (reminders, reminder_from_row (stmt));
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&reminders);
}
