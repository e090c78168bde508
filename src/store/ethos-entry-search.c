/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-search"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "ethos-entry-search.h"
#include "ethos-entry-search-private.h"
#include "ethos-search-query.h"
#include "ethos-store-private.h"

/* Searching the diary's text: the entries that match, newest first or best first, how many
 * match in all, and a snippet of each with the words found marked. It reads only, in one
 * snapshot of the database, and a cancellable stops it between any two steps of SQLite.
 *
 * Its cost must not grow with what a common word matches: on 100,000 entries a word can match
 * 40,000. FTS5 gives the matching entries in the order of their ids, cheaply (a few ms for
 * 40,000), but neither ranks them cheaply (bm25() reads each match's length from another table:
 * 50 ms) nor knows their dates. So:
 *  - newest first walks the diary's date index from the newest entry and keeps those that
 *    match, until it has enough; when the matches are too few for that to pay, it reads each
 *    match's date instead and sorts them;
 *  - best first scores each match by how often the words come in it, in its title (and
 *    supervisor's name) three times more than in its text, from what FTS5 already holds;
 *  - snippets, the costly part of a result, are made only for the results kept, in one pass.
 * The ids are the rowids of entry_search (the entries' ids). */

/* SQLite asks whether to go on every this many steps of its virtual machine (a few µs). */
#define PROGRESS_STEPS 1000

G_DEFINE_QUARK (ethos-entry-search-functions, functions)

void
ethos_diary_matches_free (EthosDiaryMatches *matches)
{
  if (matches == NULL)
    return;
  g_clear_pointer (&matches->entries, g_ptr_array_unref);
  g_clear_pointer (&matches->hits, g_ptr_array_unref);
  g_free (matches);
}

/* ethos_wanted (id, set): whether @id is in @set, a GHashTable of gint64 bound as a pointer. */
static void
wanted_function (sqlite3_context *context, int n_values, sqlite3_value **values)
{
  GHashTable *wanted = sqlite3_value_pointer (values[1], "ethos-entry-ids");
  gint64 id = sqlite3_value_int64 (values[0]);

  sqlite3_result_int (context, wanted != NULL && g_hash_table_contains (wanted, &id));
}

/* The two functions above, on @self's connection, once. */
static gboolean
add_functions (EthosStore *self, GError **error)
{
  sqlite3 *db = ethos_store_get_db (self);
  sqlite3_stmt *stmt = NULL;
  fts5_api *fts = NULL;

  if (g_object_get_qdata (G_OBJECT (self), functions_quark ()) != NULL)
    return TRUE;
  if (sqlite3_prepare_v2 (db, "SELECT fts5 (?1)", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_pointer (stmt, 1, (void *) &fts, "fts5_api_ptr", NULL);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (fts == NULL
      || fts->xCreateFunction (fts, "ethos_diary_rank", NULL, ethos_diary_rank_function, NULL) != SQLITE_OK
      || sqlite3_create_function_v2 (db, "ethos_wanted", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, NULL,
                                     wanted_function, NULL, NULL, NULL)
           != SQLITE_OK)
    {
      ethos_store_set_error (self, error, _("Could not search the diary"));
      return FALSE;
    }
  g_object_set_qdata (G_OBJECT (self), functions_quark (), GINT_TO_POINTER (TRUE));
  return TRUE;
}

/* The snippet of each of @top (entries matching @fts), by id into @snippets: FTS5's snippet()
 * for a text of up to ETHOS_STORE_SNIPPET_MAX_CHARS, cut from the text highlighted whole for a
 * longer one (as ethos_store_read_hits() does). One pass over the matches between the first
 * and last id, making a snippet only for those wanted. */
static gboolean
read_snippets (EthosStore  *self,
               const char  *fts,
               GArray      *top,
               GHashTable  *snippets,
               GError     **error)
{
  g_autoptr (GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 first = G_MAXINT64, last = G_MININT64;
  sqlite3_stmt *stmt;
  EthosStep step;

  if (top->len == 0)
    return TRUE;
  for (guint i = 0; i < top->len; i++)
    {
      gint64 *id = &g_array_index (top, EthosScoredId, i).id;

      g_hash_table_add (wanted, id);
      first = MIN (first, *id);
      last = MAX (last, *id);
    }
  stmt = ethos_store_prepare (
    self,
    "SELECT rowid, "
    "  CASE WHEN length (body) <= " ETHOS_STORE_SNIPPET_MAX_CHARS
    "    THEN snippet (entry_search, -1, char (2), char (3), '…', 16) END, "
    "  CASE WHEN length (body) > " ETHOS_STORE_SNIPPET_MAX_CHARS
    "    THEN highlight (entry_search, 0, char (2), char (3)) END, "
    "  CASE WHEN length (body) > " ETHOS_STORE_SNIPPET_MAX_CHARS
    "    THEN highlight (entry_search, 1, char (2), char (3)) END "
    "FROM entry_search WHERE entry_search MATCH ?1 AND rowid BETWEEN ?2 AND ?3 "
    "AND ethos_wanted (rowid, ?4)",
    error);
  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, fts);
  sqlite3_bind_int64 (stmt, 2, first);
  sqlite3_bind_int64 (stmt, 3, last);
  sqlite3_bind_pointer (stmt, 4, wanted, "ethos-entry-ids", NULL);
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      gint64 *id = g_new (gint64, 1);
      const char *title = ethos_store_column_text (stmt, 2);
      const char *text = ethos_store_column_text (stmt, 3);
      char *snippet;

      *id = sqlite3_column_int64 (stmt, 0);
      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        snippet = ethos_store_column_dup (stmt, 1);
      /* A long text: the snippet is cut from it, or from the title when the words are there
       * alone. */
      else if ((text == NULL || strchr (text, ETHOS_SEARCH_MARK_START[0]) == NULL)
               && title != NULL && strchr (title, ETHOS_SEARCH_MARK_START[0]) != NULL)
        snippet = ethos_search_snippet_cut (title, 16);
      else
        snippet = ethos_search_snippet_cut (text != NULL ? text : "", 16);
      /* The text is the entry's fields joined with spaces, some of them empty. */
      g_hash_table_replace (snippets, id, g_strstrip (snippet));
    }
  /* The set is bound for this pass only. */
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return step == ETHOS_STEP_DONE;
}

/* The entries of @top, in that order, each with its hit (its snippet and score). */
static EthosDiaryMatches *
read_matches (EthosStore  *self,
              const char  *fts,
              GArray      *top,
              guint        total,
              GError     **error)
{
  g_autoptr (EthosDiaryMatches) matches = g_new0 (EthosDiaryMatches, 1);
  g_autoptr (GHashTable) snippets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                           g_free);

  matches->entries = g_ptr_array_new_with_free_func (g_object_unref);
  matches->hits = g_ptr_array_new_with_free_func (g_object_unref);
  matches->total = total;
  if (!read_snippets (self, fts, top, snippets, error))
    return NULL;
  for (guint i = 0; i < top->len; i++)
    {
      EthosScoredId *one = &g_array_index (top, EthosScoredId, i);
      EthosEntry *entry = NULL;
      EthosSearchHit *hit;
      char *snippet;

      if (!ethos_store_read_entry_row (self, one->id, &entry, error))
        return NULL;
      /* An index out of step with its entries leaves the entry out; the snapshot keeps any
       * other program's delete from doing so. */
      if (entry == NULL)
        continue;
      hit = ethos_search_hit_new ();
      hit->code_id = g_strdup (ethos_entry_kind_to_string (entry->kind));
      hit->ref = g_strdup_printf ("%" G_GINT64_FORMAT, one->id);
      hit->snippet = g_hash_table_steal_extended (snippets, &one->id, NULL, (gpointer *) &snippet)
                       ? snippet
                       : g_strdup ("");
      hit->score = one->score;
      g_ptr_array_add (matches->entries, entry);
      g_ptr_array_add (matches->hits, hit);
    }
  return g_steal_pointer (&matches);
}

/* Of two results as good, the newer first. */
static int
compare_best (gconstpointer a, gconstpointer b, gpointer data)
{
  EthosDiaryMatches *matches = data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  EthosSearchHit *x = g_ptr_array_index (matches->hits, i);
  EthosSearchHit *y = g_ptr_array_index (matches->hits, j);
  EthosEntry *e = g_ptr_array_index (matches->entries, i);
  EthosEntry *f = g_ptr_array_index (matches->entries, j);
  int by_date;

  if (x->score != y->score)
    return x->score < y->score ? 1 : -1;
  if ((by_date = strcmp (f->date, e->date)) != 0)
    return by_date;
  return e->id < f->id ? 1 : e->id > f->id ? -1 : 0;
}

static void
sort_best (EthosDiaryMatches *matches)
{
  guint n = matches->entries->len;
  g_autoptr (GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  GPtrArray *entries = g_ptr_array_new_full (n, g_object_unref);
  GPtrArray *hits = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_best, matches);
  for (guint i = 0; i < n; i++)
    {
      guint from = g_array_index (order, guint, i);

      g_ptr_array_add (entries, g_object_ref (g_ptr_array_index (matches->entries, from)));
      g_ptr_array_add (hits, g_object_ref (g_ptr_array_index (matches->hits, from)));
    }
  g_ptr_array_unref (matches->entries);
  g_ptr_array_unref (matches->hits);
  matches->entries = entries;
  matches->hits = hits;
}

static int
cancelled_cb (void *data)
{
  return g_cancellable_is_cancelled (data);
}

static EthosDiaryMatches *
search_within (EthosStore       *self,
               const char       *fts,
               EthosDiaryOrder   order,
               guint             limit,
               GError          **error)
{
  g_autoptr (GArray) top = NULL;
  EthosDiaryMatches *matches;
  guint total = 0;

  if (order == ETHOS_DIARY_ORDER_BEST)
    top = ethos_store_best_matches (self, fts, limit, &total, error);
  else
    {
      g_autoptr (GArray) ids = ethos_store_match_ids (self, fts, error);
      g_autoptr (GArray) newest = ids != NULL ? ethos_store_newest_of (self, ids, limit, error) : NULL;

      if (newest != NULL)
        {
          total = ids->len;
          top = g_array_sized_new (FALSE, FALSE, sizeof (EthosScoredId), newest->len);
          for (guint i = 0; i < newest->len; i++)
            {
              EthosScoredId one = { 0, g_array_index (newest, gint64, i) };

              g_array_append_val (top, one);
            }
        }
    }
  if (top == NULL || (matches = read_matches (self, fts, top, total, error)) == NULL)
    return NULL;
  if (order == ETHOS_DIARY_ORDER_BEST)
    sort_best (matches);
  return matches;
}

/* The entries whose text matches @query (as ethos_search_query_to_fts() reads it, the last word
 * also as the start of longer ones), @limit of them at most, in @order, and how many match in
 * all. Input with no words matches nothing. @cancellable, which may be cancelled from another
 * thread, stops the search at once: G_IO_ERROR_CANCELLED, and the connection left as it was.
 * NULL with @error when the diary cannot be read. */
EthosDiaryMatches *
ethos_store_search_diary (EthosStore       *self,
                          const char       *query,
                          EthosDiaryOrder   order,
                          guint             limit,
                          GCancellable     *cancellable,
                          GError          **error)
{
  g_autofree char *fts = ethos_search_query_to_fts (query, TRUE);
  g_autoptr (GError) local_error = NULL;
  EthosDiaryMatches *matches = NULL;
  sqlite3 *db;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  limit = CLAMP (limit, 1, 10000);
  if (fts == NULL)
    {
      matches = g_new0 (EthosDiaryMatches, 1);
      matches->entries = g_ptr_array_new_with_free_func (g_object_unref);
      matches->hits = g_ptr_array_new_with_free_func (g_object_unref);
      return matches;
    }
  if (!add_functions (self, error))
    return NULL;

  /* One snapshot for all the passes: a write by another program between them cannot make the
   * count and the entries disagree. A savepoint, so that it nests in a transaction too. */
  db = ethos_store_get_db (self);
  if (!ethos_store_exec (self, "SAVEPOINT diary_search", error))
    return NULL;
  if (cancellable != NULL)
    sqlite3_progress_handler (db, PROGRESS_STEPS, cancelled_cb, cancellable);
  matches = search_within (self, fts, order, limit, &local_error);
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 0, NULL, NULL);
  if (!ethos_store_exec (self, "RELEASE diary_search", matches == NULL ? NULL : &local_error))
    g_clear_pointer (&matches, ethos_diary_matches_free);

  if (matches != NULL)
    return matches;
  if (!g_cancellable_set_error_if_cancelled (cancellable, error))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}
