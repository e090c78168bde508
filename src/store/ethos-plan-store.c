/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-plan-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-plan-store.h"
#include "ethos-store-private.h"

/* The CPD plan: its items, each with the activities that carry it out counted. An activity is
 * linked to an item as it is written (ethos-entry-store.c). */

/* Every item, by target date (those without one last), then as added. */
GPtrArray *
ethos_store_list_plan_items (EthosStore *self, GError **error)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ethos_plan_item_free);
  sqlite3_stmt *stmt;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self,
                              "SELECT p.id, p.title, nullif (p.need, ''), p.target, "
                              "  count (e.id), max (e.date), p.done "
                              "FROM cpd_plan_items p "
                              "LEFT JOIN cpd_plan_links l ON l.plan_id = p.id "
                              "LEFT JOIN entries e ON e.id = l.entry_id "
                              "GROUP BY p.id ORDER BY p.target IS NULL, p.target, p.id",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      EthosPlanItem *item = ethos_plan_item_new ();

      item->id = sqlite3_column_int64 (stmt, 0);
      item->title = ethos_store_column_dup (stmt, 1);
      item->need = ethos_store_column_dup_nullable (stmt, 2);
      item->target = ethos_store_column_dup_nullable (stmt, 3);
      item->n_activities = (guint) sqlite3_column_int (stmt, 4);
      item->last_activity = ethos_store_column_dup_nullable (stmt, 5);
      item->done = ethos_store_column_dup_nullable (stmt, 6);
      g_ptr_array_add (items, item);
    }
  sqlite3_reset (stmt);
  return step == ETHOS_STEP_ERROR ? NULL : g_steal_pointer (&items);
}

/* Adds @item (checked first); returns its id, or 0 with @error. */
gint64
ethos_store_add_plan_item (EthosStore *self, EthosPlanItem *item, GError **error)
{
  g_autofree char *now = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), 0);

  if (!ethos_plan_item_check (item, error))
    return 0;
  stmt = ethos_store_prepare (self,
                              "INSERT INTO cpd_plan_items (title, need, target, created, done) "
                              "VALUES (?1, coalesce (?2, ''), ?3, ?4, ?5)",
                              error);
  if (stmt == NULL)
    return 0;
  now = ethos_store_now_utc ();
  ethos_store_bind_text (stmt, 1, item->title);
  ethos_store_bind_text (stmt, 2, item->need);
  ethos_store_bind_text (stmt, 3, item->target);
  ethos_store_bind_text (stmt, 4, now);
  ethos_store_bind_text (stmt, 5, item->done);
  if (!ethos_store_write_one (self, stmt, ETHOS_STORE_CHANGE_ENTRIES, error))
    return 0;
  item->id = sqlite3_last_insert_rowid (ethos_store_get_db (self));
  return item->id;
}

static gboolean
write_item (EthosStore *self, sqlite3_stmt *stmt, gint64 id, GError **error)
{
  if (!ethos_store_begin (self, error))
    return FALSE;
  if (!ethos_store_step_done (self, stmt, error))
    goto failed;
  if (sqlite3_changes (ethos_store_get_db (self)) == 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("There is no item %lld in your CPD plan"), (long long) id);
      goto failed;
    }
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_ENTRIES);
  return ethos_store_commit (self, error);

failed:
  ethos_store_rollback (self);
  return FALSE;
}

/* Changes the item with @item's id to its title, need, target and day done (checked first). */
gboolean
ethos_store_update_plan_item (EthosStore *self, EthosPlanItem *item, GError **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (item->id > 0, FALSE);

  if (!ethos_plan_item_check (item, error))
    return FALSE;
  stmt = ethos_store_prepare (self,
                              "UPDATE cpd_plan_items SET title = ?2, need = coalesce (?3, ''), "
                              "  target = ?4, done = ?5 WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item->id);
  ethos_store_bind_text (stmt, 2, item->title);
  ethos_store_bind_text (stmt, 3, item->need);
  ethos_store_bind_text (stmt, 4, item->target);
  ethos_store_bind_text (stmt, 5, item->done);
  return write_item (self, stmt, item->id, error);
}

/* Marks item @id done on @day (YYYY-MM-DD), or not done when @day is NULL. */
gboolean
ethos_store_set_plan_item_done (EthosStore *self, gint64 id, const char *day, GError **error)
{
  sqlite3_stmt *stmt;
  GDate date;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  if (day != NULL && !ethos_date_parse (day, &date, error))
    return FALSE;
  stmt = ethos_store_prepare (self, "UPDATE cpd_plan_items SET done = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  ethos_store_bind_text (stmt, 2, day);
  return write_item (self, stmt, id, error);
}

/* Removes item @id from the plan; the activities that carried it out stay, unlinked. */
gboolean
ethos_store_remove_plan_item (EthosStore *self, gint64 id, GError **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  stmt = ethos_store_prepare (self, "DELETE FROM cpd_plan_items WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return write_item (self, stmt, id, error);
}

/* Every activity linked to a plan item (EthosPlanActivity), by item, then by date. */
GPtrArray *
ethos_store_list_plan_activities (EthosStore *self, GError **error)
{
  g_autoptr (GPtrArray) activities = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ethos_plan_activity_free);
  sqlite3_stmt *stmt;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self,
                              "SELECT l.plan_id, e.id, e.date, e.title FROM cpd_plan_links l "
                              "JOIN entries e ON e.id = l.entry_id "
                              "ORDER BY l.plan_id, e.date, e.id",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      EthosPlanActivity *activity = g_new0 (EthosPlanActivity, 1);

      activity->plan_id = sqlite3_column_int64 (stmt, 0);
      activity->entry_id = sqlite3_column_int64 (stmt, 1);
      activity->date = ethos_store_column_dup (stmt, 2);
      activity->title = ethos_store_column_dup (stmt, 3);
      g_ptr_array_add (activities, activity);
    }
  sqlite3_reset (stmt);
  return step == ETHOS_STEP_ERROR ? NULL : g_steal_pointer (&activities);
}
