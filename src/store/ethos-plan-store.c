/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-plan-store"

#include "config.h"

#include <glib/gi18n.h>

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
                              "  count (e.id), max (e.date) "
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
                              "INSERT INTO cpd_plan_items (title, need, target, created) "
                              "VALUES (?1, coalesce (?2, ''), ?3, ?4)",
                              error);
  if (stmt == NULL)
    return 0;
  now = ethos_store_now_utc ();
  ethos_store_bind_text (stmt, 1, item->title);
  ethos_store_bind_text (stmt, 2, item->need);
  ethos_store_bind_text (stmt, 3, item->target);
  ethos_store_bind_text (stmt, 4, now);
  if (!ethos_store_write_one (self, stmt, ETHOS_STORE_CHANGE_ENTRIES, error))
    return 0;
  item->id = sqlite3_last_insert_rowid (ethos_store_get_db (self));
  return item->id;
}
