/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-draft-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-draft-store.h"
#include "ethos-store-private.h"

/* Drafts: what was typed into a diary entry that is not complete yet, kept as it is typed so
 * that a crash, a kill or a power cut loses nothing. A draft is never an entry: nothing counts
 * it. It goes when the entry it becomes is written (ethos_store_save_drafted_entry(), in the
 * same transaction) or when the practitioner discards it. One draft at most changes each
 * entry. */

#define DRAFT_COLUMNS "id, entry_id, kind, fields, problem, updated"

static EthosDraft *
read_draft (sqlite3_stmt *stmt)
{
  EthosEntryKind kind = ETHOS_ENTRY_SUPERVISION;
  EthosDraft *draft;

  ethos_entry_kind_from_string (ethos_store_column_text (stmt, 2), &kind);
  draft = ethos_draft_new (kind, sqlite3_column_int64 (stmt, 1));
  draft->id = sqlite3_column_int64 (stmt, 0);
  /* Fields that cannot be read (a database changed by hand) leave an empty draft: shown, and
   * discardable, rather than hiding the others. */
  ethos_draft_fields_from_text (draft, ethos_store_column_text (stmt, 3));
  draft->problem = ethos_store_column_dup (stmt, 4);
  draft->updated = ethos_store_column_dup (stmt, 5);
  return draft;
}

/* Keeps @draft: a new row when its id is 0 (replacing any other draft of the same entry),
 * else its row changed. Sets its id and time. */
gboolean
ethos_store_keep_draft (EthosStore *self, EthosDraft *draft, GError **error)
{
  g_autofree char *now = ethos_store_now_utc ();
  g_autofree char *fields = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ETHOS_IS_DRAFT (draft), FALSE);

  fields = ethos_draft_fields_to_text (draft);
  if (!ethos_store_begin (self, error))
    return FALSE;
  if (draft->id == 0 && draft->entry_id != 0)
    {
      stmt = ethos_store_prepare (self, "DELETE FROM drafts WHERE entry_id = ?1", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, draft->entry_id);
      if (!ethos_store_step_done (self, stmt, error))
        goto fail;
    }
  stmt = ethos_store_prepare (self,
                              draft->id == 0
                                ? "INSERT INTO drafts (entry_id, kind, fields, problem, updated) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5)"
                                : "UPDATE drafts SET entry_id = ?1, kind = ?2, fields = ?3, "
                                  "  problem = ?4, updated = ?5 WHERE id = ?6",
                              error);
  if (stmt == NULL)
    goto fail;
  if (draft->entry_id != 0)
    sqlite3_bind_int64 (stmt, 1, draft->entry_id);
  else
    sqlite3_bind_null (stmt, 1);
  ethos_store_bind_text (stmt, 2, ethos_entry_kind_to_string (draft->kind));
  ethos_store_bind_text (stmt, 3, fields);
  ethos_store_bind_text (stmt, 4, draft->problem != NULL ? draft->problem : "");
  ethos_store_bind_text (stmt, 5, now);
  if (draft->id != 0)
    sqlite3_bind_int64 (stmt, 6, draft->id);
  if (!ethos_store_step_done (self, stmt, error))
    goto fail;
  if (draft->id == 0)
    draft->id = sqlite3_last_insert_rowid (ethos_store_get_db (self));
  else if (sqlite3_changes (ethos_store_get_db (self)) == 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("The draft was discarded meanwhile"));
      goto fail;
    }
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_DRAFTS);
  if (!ethos_store_commit (self, error))
    goto fail_committed;
  g_free (draft->updated);
  draft->updated = g_steal_pointer (&now);
  return TRUE;

fail:
  ethos_store_rollback (self);
fail_committed:
  return FALSE;
}

/* Drops the draft @id, inside the transaction the caller holds. A draft already gone is no
 * failure. */
gboolean
ethos_store_drop_draft_within (EthosStore *self, gint64 id, GError **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self, "DELETE FROM drafts WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ethos_store_step_done (self, stmt, error))
    return FALSE;
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_DRAFTS);
  return TRUE;
}

/* Discards the draft @id. */
gboolean
ethos_store_drop_draft (EthosStore *self, gint64 id, GError **error)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  if (!ethos_store_begin (self, error))
    return FALSE;
  if (!ethos_store_drop_draft_within (self, id, error))
    {
      ethos_store_rollback (self);
      return FALSE;
    }
  return ethos_store_commit (self, error);
}

/* Every draft, the last typed in first. */
GPtrArray *
ethos_store_list_drafts (EthosStore *self, GError **error)
{
  g_autoptr (GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self, "SELECT " DRAFT_COLUMNS " FROM drafts "
                                    "ORDER BY updated DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    g_ptr_array_add (drafts, read_draft (stmt));
  sqlite3_reset (stmt);
  return step == ETHOS_STEP_DONE ? g_steal_pointer (&drafts) : NULL;
}

/* The draft of changes to the entry @entry_id; NULL when there is none (@error unset) or when
 * it could not be read (@error set). */
EthosDraft *
ethos_store_get_draft_for_entry (EthosStore *self, gint64 entry_id, GError **error)
{
  EthosDraft *draft = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self, "SELECT " DRAFT_COLUMNS " FROM drafts WHERE entry_id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  if (ethos_store_step (self, stmt, error) == ETHOS_STEP_ROW)
    draft = read_draft (stmt);
  sqlite3_reset (stmt);
  return draft;
}
