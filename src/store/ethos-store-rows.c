/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <string.h>

#include "ethos-search-hit.h"
#include "ethos-store-private.h"

/* Binding values to statements and reading rows back: the helpers every table family uses. */

/* NULL binds SQL NULL. */
void
ethos_store_bind_text (sqlite3_stmt *stmt, int index, const char *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

/* A negative value ("not known") binds SQL NULL. */
void
ethos_store_bind_optional_int (sqlite3_stmt *stmt, int index, int value)
{
  if (value >= 0)
    sqlite3_bind_int (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

const char *
ethos_store_column_text (sqlite3_stmt *stmt, int column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* The column's text, "" for NULL. */
char *
ethos_store_column_dup (sqlite3_stmt *stmt, int column)
{
  const char *text = ethos_store_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

char *
ethos_store_column_dup_nullable (sqlite3_stmt *stmt, int column)
{
  return g_strdup (ethos_store_column_text (stmt, column));
}

/* The snippet of a hit whose text was too long for FTS5's snippet(): cut from the text, or from
 * the heading when the matches are there alone. */
static char *
cut_snippet (sqlite3_stmt *stmt)
{
  const char *heading = ethos_store_column_text (stmt, 5);
  const char *text = ethos_store_column_text (stmt, 6);

  if ((text == NULL || strchr (text, ETHOS_SEARCH_MARK_START[0]) == NULL) && heading != NULL
      && strchr (heading, ETHOS_SEARCH_MARK_START[0]) != NULL)
    return ethos_search_snippet_cut (heading, 16);
  return ethos_search_snippet_cut (text != NULL ? text : "", 16);
}

/* Search results from a statement giving code (or kind), ref (or id), heading, then
 * ETHOS_STORE_SNIPPET_COLUMNS (the snippet, the bm25 rank, and the heading and text to cut a
 * long text's snippet from), best first. */
GPtrArray *
ethos_store_read_hits (EthosStore *self, sqlite3_stmt *stmt, GError **error)
{
  g_autoptr (GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  EthosStep step;

  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      EthosSearchHit *hit = ethos_search_hit_new ();

      hit->code_id = ethos_store_column_dup (stmt, 0);
      hit->ref = ethos_store_column_dup (stmt, 1);
      hit->heading = ethos_store_column_dup_nullable (stmt, 2);
      hit->snippet = sqlite3_column_type (stmt, 3) != SQLITE_NULL ? ethos_store_column_dup (stmt, 3)
                                                                   : cut_snippet (stmt);
      hit->score = -sqlite3_column_double (stmt, 4);
      /* A sub-clause's parent text, when the statement gives it. */
      if (sqlite3_column_count (stmt) > 7 && sqlite3_column_type (stmt, 7) != SQLITE_NULL)
        hit->lead_in = ethos_search_lead_in (ethos_store_column_text (stmt, 7));
      g_ptr_array_add (hits, hit);
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&hits);
}
