/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-search"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ethos-entry-search-private.h"
#include "ethos-store-private.h"

/* Which entries a diary search keeps, and in which order: all the matches' ids (and so their
 * count); the newest of them, from the diary's date index or from their dates; or the best of
 * them, by a score made from what FTS5 already holds. See ethos-entry-search.c for why. */

/* Walking the date index costs about a twentieth of reading one entry's date by its id. */
#define SCAN_ROWS_PER_LOOKUP 20

/* How much a word in an entry's title counts against one in its text, as bm25() weighed them;
 * and how fast more of the same word stops counting (BM25's k1). */
#define TITLE_WEIGHT 3.0
#define SATURATION   1.2

/* The most phrases a query has (ethos_search_query_to_fts() makes at most 16). */
#define MAX_PHRASES 64

typedef struct
{
  char   date[11];
  gint64 id;
} Dated;

/* ethos_diary_rank (entry_search): for each word (or phrase) of the query, its weighted count
 * in the entry, saturating; summed. Higher is better. */
void
ethos_diary_rank_function (const Fts5ExtensionApi  *api,
                           Fts5Context             *fts,
                           sqlite3_context         *context,
                           int                      n_values,
                           sqlite3_value          **values)
{
  double counts[MAX_PHRASES] = { 0 };
  int n_phrases = MIN (api->xPhraseCount (fts), MAX_PHRASES);
  int n_found = 0;
  double score = 0;

  if (api->xInstCount (fts, &n_found) != SQLITE_OK)
    {
      sqlite3_result_error (context, "could not count the words found", -1);
      return;
    }
  for (int i = 0; i < n_found; i++)
    {
      int phrase, column, offset;

      if (api->xInst (fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase < n_phrases)
        counts[phrase] += column == 0 ? TITLE_WEIGHT : 1.0;
    }
  for (int i = 0; i < n_phrases; i++)
    score += counts[i] / (counts[i] + SATURATION);
  sqlite3_result_double (context, score);
}

static int
compare_ids (const void *a, const void *b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Best first; of two as good, the later added. */
static int
compare_scored (const void *a, const void *b)
{
  const EthosScoredId *x = a, *y = b;

  if (x->score != y->score)
    return x->score < y->score ? 1 : -1;
  return x->id < y->id ? 1 : x->id > y->id ? -1 : 0;
}

/* Newest first, as the Diary lists them. */
static int
compare_dated (const void *a, const void *b)
{
  const Dated *x = a, *y = b;
  int by_date = strcmp (y->date, x->date);

  if (by_date != 0)
    return by_date;
  return x->id < y->id ? 1 : x->id > y->id ? -1 : 0;
}

/* The ids of all the entries matching @fts, in increasing order. */
GArray *
ethos_store_match_ids (EthosStore *self, const char *fts, GError **error)
{
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  EthosStep step;

  stmt = ethos_store_prepare (self,
                              "SELECT rowid FROM entry_search WHERE entry_search MATCH ?1 "
                              "ORDER BY rowid",
                              error);
  if (stmt == NULL)
    return NULL;
  ethos_store_bind_text (stmt, 1, fts);
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&ids);
}

/* The newest @limit of @ids (sorted), by reading each one's date: for a few matches in a long
 * diary. */
static GArray *
newest_by_lookup (EthosStore *self, GArray *ids, guint limit, GError **error)
{
  g_autoptr (GArray) dated = g_array_sized_new (FALSE, FALSE, sizeof (Dated), ids->len);
  g_autoptr (GArray) top = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = ethos_store_prepare (self, "SELECT date FROM entries WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      Dated one = { "", g_array_index (ids, gint64, i) };
      EthosStep step;

      sqlite3_bind_int64 (stmt, 1, one.id);
      if ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
        {
          g_strlcpy (one.date, ethos_store_column_text (stmt, 0), sizeof one.date);
          g_array_append_val (dated, one);
        }
      sqlite3_reset (stmt);
      if (step == ETHOS_STEP_ERROR)
        return NULL;
    }
  g_array_sort (dated, compare_dated);
  for (guint i = 0; i < dated->len && i < limit; i++)
    g_array_append_val (top, g_array_index (dated, Dated, i).id);
  return g_steal_pointer (&top);
}

/* The newest @limit of @ids (sorted): from the newest entry down the date index, keeping those
 * that match, for as long as that costs less than reading each match's date. */
GArray *
ethos_store_newest_of (EthosStore *self, GArray *ids, guint limit, GError **error)
{
  g_autoptr (GArray) top = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint64 budget = (guint64) ids->len * SCAN_ROWS_PER_LOOKUP;
  EthosStep step = ETHOS_STEP_ROW;
  sqlite3_stmt *stmt;
  guint64 scanned = 0;

  if (ids->len == 0)
    return g_steal_pointer (&top);
  stmt = ethos_store_prepare (self, "SELECT id FROM entries ORDER BY date DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  while (top->len < limit && top->len < ids->len && scanned < budget
         && (step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      scanned++;
      if (bsearch (&id, ids->data, ids->len, sizeof (gint64), compare_ids) != NULL)
        g_array_append_val (top, id);
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  if (scanned >= budget && top->len < limit && top->len < ids->len)
    return newest_by_lookup (self, ids, limit, error);
  return g_steal_pointer (&top);
}

/* The best @limit of the entries matching @fts with their scores, and in @total how many
 * match. */
GArray *
ethos_store_best_matches (EthosStore *self, const char *fts, guint limit, guint *total, GError **error)
{
  g_autoptr (GArray) scored = g_array_new (FALSE, FALSE, sizeof (EthosScoredId));
  sqlite3_stmt *stmt;
  EthosStep step;

  *total = 0;
  stmt = ethos_store_prepare (self,
                              "SELECT rowid, ethos_diary_rank (entry_search) FROM entry_search "
                              "WHERE entry_search MATCH ?1",
                              error);
  if (stmt == NULL)
    return NULL;
  ethos_store_bind_text (stmt, 1, fts);
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      EthosScoredId one = { sqlite3_column_double (stmt, 1), sqlite3_column_int64 (stmt, 0) };

      g_array_append_val (scored, one);
      (*total)++;
      /* Only the best are kept: sorted and cut now and then, the cost stays that of the
       * matches, not of sorting them all. */
      if (scored->len >= 4 * limit + 256)
        {
          g_array_sort (scored, compare_scored);
          g_array_set_size (scored, limit);
        }
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  g_array_sort (scored, compare_scored);
  if (scored->len > limit)
    g_array_set_size (scored, limit);
  return g_steal_pointer (&scored);
}
