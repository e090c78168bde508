/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <string.h>

#include "ethos-store-private.h"

/* Ethos's schema, compared: a database is Ethos's when every table, index, trigger and view in
 * it is exactly what Ethos's own migrations make for its version, and nothing more. Names alone
 * say little: a trigger added to a table, or a view in place of one, keeps every name. */

/* The objects of @db's schema, as "type name" → "table\nSQL". FTS5's own tables (@shadows)
 * are compared by name and type alone: their SQL is FTS5's, not Ethos's, and may be written
 * differently by another SQLite; what they hold is checked by FTS5's integrity check. */
static GHashTable *
read_schema (sqlite3 *db, GHashTable *shadows, GPtrArray *order)
{
  g_autoptr (GHashTable) schema = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid",
                          -1, &stmt, NULL)
      != SQLITE_OK)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      char *key = g_strdup_printf ("%s %s", sqlite3_column_text (stmt, 0), name);
      gboolean shadow = shadows != NULL && g_hash_table_contains (shadows, name);

      if (order != NULL)
        g_ptr_array_add (order, g_strdup (key));
      g_hash_table_insert (schema, key,
                           g_strdup_printf ("%s\n%s", sqlite3_column_text (stmt, 2),
                                            shadow ? "" : (const char *) sqlite3_column_text (stmt, 3)));
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? g_steal_pointer (&schema) : NULL;
}

static GHashTable *
fts_tables (sqlite3 *db)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (db, "SELECT name FROM pragma_table_list WHERE type = 'shadow'", -1, &stmt,
                      NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return names;
}

static EthosSchemaDifference
found_named (const char *key, char **name, EthosSchemaDifference how)
{
  *name = g_strdup (strchr (key, ' ') + 1);
  return how;
}

/* How @db's schema differs from what Ethos's migrations make for @version: the first object
 * missing (which says best that a database is not Ethos's at all), else the first added, else
 * the first changed; @name gets its name. SQLite's own automatic indexes go with their
 * tables. */
EthosSchemaDifference
ethos_store_schema_difference (sqlite3 *db, int version, char **name)
{
  g_autoptr (GHashTable) shadows = NULL;
  g_autoptr (GHashTable) expected = NULL;
  g_autoptr (GHashTable) found = NULL;
  g_autoptr (GPtrArray) expected_order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) found_order = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *fresh = NULL;
  char *message = NULL;
  int failed;

  *name = NULL;
  sqlite3_open_v2 (":memory:", &fresh, SQLITE_OPEN_READWRITE, NULL);
  if (!ethos_store_run_migrations (fresh, 0, version, &failed, &message))
    g_error ("Ethos's own schema %d cannot be made: %s", failed, message);
  shadows = fts_tables (fresh);
  expected = read_schema (fresh, shadows, expected_order);
  sqlite3_close (fresh);

  found = read_schema (db, shadows, found_order);
  if (found == NULL)
    return ETHOS_SCHEMA_UNREADABLE;
  for (guint i = 0; i < expected_order->len; i++)
    {
      const char *key = g_ptr_array_index (expected_order, i);

      if (!g_str_has_prefix (strchr (key, ' ') + 1, "sqlite_")
          && !g_hash_table_contains (found, key))
        return found_named (key, name, ETHOS_SCHEMA_MISSING);
    }
  for (guint i = 0; i < found_order->len; i++)
    {
      const char *key = g_ptr_array_index (found_order, i);

      if (!g_hash_table_contains (expected, key))
        return found_named (key, name, ETHOS_SCHEMA_ADDED);
    }
  for (guint i = 0; i < found_order->len; i++)
    {
      const char *key = g_ptr_array_index (found_order, i);

      if (g_strcmp0 (g_hash_table_lookup (found, key), g_hash_table_lookup (expected, key)) != 0)
        return found_named (key, name, ETHOS_SCHEMA_CHANGED);
    }
  return ETHOS_SCHEMA_SAME;
}
