/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-store"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ethos-code-store.h"
#include "ethos-entry-store.h"
#include "ethos-store-private.h"

/* The diary's writes: supervision sessions and CPD activities, their clause links and evidence
 * files. Every write checks the entry in full first and is one transaction. Reading the diary
 * back (one entry, lists, counts, search) is in ethos-entry-queries.c. */

/* Each "code:ref" must name a clause Ethos holds. */
static gboolean
check_clauses (EthosStore *self, EthosEntry *entry, GError **error)
{
  for (guint i = 0; i < entry->clauses->len; i++)
    if (!ethos_store_check_clause_link (self, g_ptr_array_index (entry->clauses, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
supervisor_id (EthosStore *self, const char *name, sqlite3_int64 *id, GError **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  sqlite3_stmt *stmt;

  *id = 0;
  if (stripped[0] == '\0')
    return TRUE;
  stmt = ethos_store_prepare (self,
                              "INSERT INTO supervisors (name) VALUES (?1) "
                              "ON CONFLICT (name) DO UPDATE SET name = name RETURNING id",
                              error);
  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, stripped);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      ethos_store_set_error (self, error, _("Could not save the supervisor"));
      return FALSE;
    }
  *id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* The CPD plan item @entry carries out: linked when plan_id is set (an item that is not there
 * is refused), unlinked when it is -1, left as it was when 0. */
static gboolean
write_plan_link (EthosStore *self, EthosEntry *entry, GError **error)
{
  sqlite3_stmt *stmt;

  if (entry->plan_id == 0)
    return TRUE;
  if (entry->plan_id < 0)
    stmt = ethos_store_prepare (self, "DELETE FROM cpd_plan_links WHERE entry_id = ?1", error);
  else
    stmt = ethos_store_prepare (self,
                                "INSERT INTO cpd_plan_links (entry_id, plan_id) "
                                "SELECT ?1, id FROM cpd_plan_items WHERE id = ?2 "
                                "ON CONFLICT (entry_id) DO UPDATE SET plan_id = excluded.plan_id",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry->id);
  if (entry->plan_id > 0)
    sqlite3_bind_int64 (stmt, 2, entry->plan_id);
  if (!ethos_store_step_done (self, stmt, error))
    return FALSE;
  if (entry->plan_id > 0 && sqlite3_changes (ethos_store_get_db (self)) == 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("There is no item %lld in your CPD plan"), (long long) entry->plan_id);
      return FALSE;
    }
  if (entry->plan_id < 0)
    entry->plan_id = 0;
  return TRUE;
}

static gboolean
write_clauses (EthosStore *self, EthosEntry *entry, GError **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self, "DELETE FROM entry_clauses WHERE entry_id = ?1",
                                            error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry->id);
  if (!ethos_store_step_done (self, stmt, error))
    return FALSE;
  for (guint i = 0; i < entry->clauses->len; i++)
    {
      const char *link = g_ptr_array_index (entry->clauses, i);
      const char *colon = strchr (link, ':');

      stmt = ethos_store_prepare (self,
                                  "INSERT OR IGNORE INTO entry_clauses (entry_id, code_id, ref) "
                                  "VALUES (?1, ?2, ?3)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, entry->id);
      sqlite3_bind_text (stmt, 2, link, (int) (colon - link), SQLITE_TRANSIENT);
      ethos_store_bind_text (stmt, 3, colon + 1);
      if (!ethos_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Binds every column but id and created, in the order both writes use. */
static void
bind_entry (sqlite3_stmt *stmt, EthosEntry *entry, sqlite3_int64 supervisor, const char *now)
{
  gboolean supervision = entry->kind == ETHOS_ENTRY_SUPERVISION;

  ethos_store_bind_text (stmt, 1, ethos_entry_kind_to_string (entry->kind));
  ethos_store_bind_text (stmt, 2, entry->date);
  ethos_store_bind_text (stmt, 3, !supervision && entry->end_date != NULL && entry->end_date[0] != '\0'
                        ? entry->end_date
                        : NULL);
  sqlite3_bind_int (stmt, 4, entry->minutes);
  if (supervision && supervisor > 0)
    sqlite3_bind_int64 (stmt, 5, supervisor);
  else
    sqlite3_bind_null (stmt, 5);
  ethos_store_bind_text (stmt, 6, supervision ? ethos_supervision_format_to_string (entry->format)
                                              : NULL);
  ethos_store_bind_optional_int (stmt, 7, supervision
                                            && entry->format != ETHOS_SUPERVISION_FORMAT_INDIVIDUAL
                                ? entry->group_size
                                : -1);
  ethos_store_bind_text (stmt, 8, supervision ? ethos_supervision_mode_to_string (entry->mode)
                                              : NULL);
  ethos_store_bind_optional_int (stmt, 9, supervision ? entry->client_minutes : -1);
  ethos_store_bind_text (stmt, 10, supervision ? "" : entry->title);
  ethos_store_bind_text (stmt, 11, supervision ? "" : entry->provider);
  ethos_store_bind_text (stmt, 12, supervision ? NULL : entry->cpd_kind);
  ethos_store_bind_text (stmt, 13, supervision ? entry->notes : "");
  ethos_store_bind_text (stmt, 14, supervision ? entry->actions : "");
  ethos_store_bind_text (stmt, 15, entry->reflection);
  ethos_store_bind_text (stmt, 16, supervision ? "" : entry->outcomes);
  ethos_store_bind_text (stmt, 17, supervision ? "" : entry->impact);
  ethos_store_bind_text (stmt, 18, now);
  ethos_store_bind_text (stmt, 20, supervision || entry->topics == NULL ? "" : entry->topics);
}

/* Writes one entry; the caller holds the transaction. */
static gboolean
write_entry_row (EthosStore *self, EthosEntry *entry, gboolean insert, const char *now, GError **error)
{
  sqlite3_int64 supervisor = 0;
  sqlite3_stmt *stmt;

  if (!ethos_entry_validate (entry, error) || !check_clauses (self, entry, error)
      || !supervisor_id (self, entry->kind == ETHOS_ENTRY_SUPERVISION ? entry->supervisor : NULL,
                         &supervisor, error)
      || !ethos_store_note_entry_write (self, insert ? 0 : entry->id, entry, error))
    return FALSE;

  if (insert)
    stmt = ethos_store_prepare (self,
                                "INSERT INTO entries (kind, date, end_date, minutes, "
                                "  supervisor_id, format, group_size, mode, client_minutes, title, "
                                "  provider, cpd_kind, notes, actions, reflection, outcomes, "
                                "  impact, updated, created, topics) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                                "  ?14, ?15, ?16, ?17, ?18, ?18, ?20)",
                                error);
  else
    stmt = ethos_store_prepare (self,
                                "UPDATE entries SET kind = ?1, date = ?2, end_date = ?3, "
                                "  minutes = ?4, supervisor_id = ?5, format = ?6, group_size = ?7, "
                                "  mode = ?8, client_minutes = ?9, title = ?10, provider = ?11, "
                                "  cpd_kind = ?12, notes = ?13, actions = ?14, reflection = ?15, "
                                "  outcomes = ?16, impact = ?17, updated = ?18, topics = ?20 "
                                "WHERE id = ?19",
                                error);
  if (stmt == NULL)
    return FALSE;
  bind_entry (stmt, entry, supervisor, now);
  if (!insert)
    sqlite3_bind_int64 (stmt, 19, entry->id);
  if (!ethos_store_step_done (self, stmt, error))
    return FALSE;
  if (insert)
    {
      entry->id = sqlite3_last_insert_rowid (ethos_store_get_db (self));
      ethos_store_note_entry_id (self, entry->id);
    }
  else if (sqlite3_changes (ethos_store_get_db (self)) == 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("There is no diary entry %lld"), (long long) entry->id);
      return FALSE;
    }
  return write_clauses (self, entry, error) && write_plan_link (self, entry, error);
}

/* Adds one entry inside a transaction the caller holds (an import's batch). */
gboolean
ethos_store_insert_entry_row (EthosStore *self, EthosEntry *entry, const char *now, GError **error)
{
  return write_entry_row (self, entry, TRUE, now, error);
}

/* Writes @entries in one transaction: all of them, or none (ids are reset on failure). */
static gboolean
write_entries (EthosStore *self, EthosEntry **entries, guint n, gboolean insert, GError **error)
{
  g_autofree char *now = ethos_store_now_utc ();

  if (!ethos_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!write_entry_row (self, entries[i], insert, now, error))
      goto fail;
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_ENTRIES);
  if (ethos_store_commit (self, error))
    return TRUE;

fail:
  ethos_store_rollback (self);
  for (guint i = 0; insert && i < n; i++)
    entries[i]->id = 0;
  return FALSE;
}

static gboolean
write_entry (EthosStore *self, EthosEntry *entry, gboolean insert, GError **error)
{
  return write_entries (self, &entry, 1, insert, error);
}

/* Adds many entries at once (an import, the demo diary): one transaction, all or nothing. */
gboolean
ethos_store_add_entries (EthosStore *self, GPtrArray *entries, GError **error)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  return write_entries (self, (EthosEntry **) entries->pdata, entries->len, TRUE, error);
}

gboolean
ethos_store_add_entry (EthosStore *self, EthosEntry *entry, GError **error)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ETHOS_IS_ENTRY (entry), FALSE);

  return write_entry (self, entry, TRUE, error);
}

gboolean
ethos_store_update_entry (EthosStore *self, EthosEntry *entry, GError **error)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ETHOS_IS_ENTRY (entry), FALSE);

  return write_entry (self, entry, FALSE, error);
}

/* Removes the entry, its links and its evidence files (rows of its own). Returns FALSE with
 * NOT_FOUND for an id Ethos does not have. */
gboolean
ethos_store_delete_entry (EthosStore *self, gint64 id, GError **error)
{
  guint gone = 0;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  if (!ethos_store_begin (self, error))
    return FALSE;
  if (!ethos_store_note_entry_write (self, id, NULL, error))
    goto fail;
  if (!ethos_store_run_with_id (self, "DELETE FROM entries WHERE id = ?1", id, &gone, error))
    goto fail;
  if (gone == 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("There is no diary entry %lld"), (long long) id);
      goto fail;
    }
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_ENTRIES);
  return ethos_store_commit (self, error);

fail:
  ethos_store_rollback (self);
  return FALSE;
}

/* Writes @entry (a new one when @insert) and keeps the files @evidence (NULL-terminated; NULL
 * for none) with it, in one transaction: the entry with all its evidence, or nothing at all,
 * even when the disk refuses a write halfway. */
static gboolean
write_entry_with_evidence (EthosStore         *self,
                           EthosEntry         *entry,
                           gboolean            insert,
                           const char *const  *evidence,
                           gint64              draft_id,
                           GError            **error)
{
  g_autofree char *now = ethos_store_now_utc ();
  g_autoptr (GPtrArray) stored = g_ptr_array_new_with_free_func (g_free);

  if (!ethos_store_begin (self, error))
    return FALSE;
  if (!write_entry_row (self, entry, insert, now, error))
    goto rollback;
  for (guint i = 0; evidence != NULL && evidence[i] != NULL; i++)
    {
      char *stored_as = ethos_store_keep_evidence (self, entry->id, evidence[i], error);

      if (stored_as == NULL)
        goto rollback;
      g_ptr_array_add (stored, stored_as);
    }
  if (draft_id != 0 && !ethos_store_drop_draft_within (self, draft_id, error))
    goto rollback;
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_ENTRIES);
  if (!ethos_store_commit (self, error))
    goto fail;
  for (guint i = 0; i < stored->len; i++)
    g_ptr_array_add (entry->evidence, g_strdup (g_ptr_array_index (stored, i)));
  return TRUE;

rollback:
  ethos_store_rollback (self);
fail:
  if (insert)
    entry->id = 0;
  return FALSE;
}

gboolean
ethos_store_add_entry_with_evidence (EthosStore         *self,
                                     EthosEntry         *entry,
                                     const char *const  *evidence,
                                     GError            **error)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ETHOS_IS_ENTRY (entry), FALSE);

  return write_entry_with_evidence (self, entry, TRUE, evidence, 0, error);
}

/* Changes @entry and adds @evidence to it, all or nothing: a file that cannot be copied in
 * leaves the entry as it was. */
gboolean
ethos_store_update_entry_with_evidence (EthosStore         *self,
                                        EthosEntry         *entry,
                                        const char *const  *evidence,
                                        GError            **error)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ETHOS_IS_ENTRY (entry), FALSE);

  return write_entry_with_evidence (self, entry, FALSE, evidence, 0, error);
}

/* Writes @entry (a new one when its id is 0) and drops the draft @draft_id it was typed in, in
 * one transaction: killed at any moment, there is the draft or the entry, never both and never
 * neither. */
gboolean
ethos_store_save_drafted_entry (EthosStore  *self,
                                EthosEntry  *entry,
                                gint64       draft_id,
                                GError     **error)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ETHOS_IS_ENTRY (entry), FALSE);

  return write_entry_with_evidence (self, entry, entry->id == 0, NULL, draft_id, error);
}
