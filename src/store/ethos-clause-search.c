/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-code-store"

#include "config.h"

#include "ethos-code-store.h"
#include "ethos-search-plan.h"
#include "ethos-search-ranking.h"
#include "ethos-search-words.h"
#include "ethos-store-private.h"

/* Searching the codes (issue 17). Two indexes hold the clauses' headings and texts: clause_words
 * as written (for words matched as typed, completions of the word being typed, and the
 * vocabulary that corrects a misspelt word) and clause_search by stem. The plan
 * (ethos-search-plan.c) says what to ask; each of its phrases is asked of each index, in the
 * heading and in the text, and the ranking (ethos-search-ranking.c) orders what came back. */

/* What a search needs to know of the codes, read again when they change. */
struct _EthosSearchCache
{
  char             *key;       /* the codes and their content hashes it was read from */
  EthosSearchVocab *vocab;
  GHashTable       *code_of;   /* clause id -> code id */
};

void
ethos_search_cache_free (EthosSearchCache *cache)
{
  if (cache == NULL)
    return;
  g_free (cache->key);
  g_clear_object (&cache->vocab);
  g_clear_pointer (&cache->code_of, g_hash_table_unref);
  g_free (cache);
}

static char *
codes_key (EthosStore *self, GError **error)
{
  sqlite3_stmt *stmt;
  char *key = NULL;

  stmt = ethos_store_prepare (self,
                              "SELECT group_concat (id || ' ' || coalesce (content_hash, ''), ' ') "
                              "FROM codes",
                              error);
  if (stmt == NULL)
    return NULL;
  if (ethos_store_step (self, stmt, error) == ETHOS_STEP_ROW)
    key = g_strdup (sqlite3_column_type (stmt, 0) == SQLITE_NULL ? "" : ethos_store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return key;
}

static EthosSearchCache *
read_cache (EthosStore *self, char *key, GError **error)
{
  g_autoptr (GHashTable) code_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (EthosSearchVocab) vocab = NULL;
  EthosSearchCache *cache;
  sqlite3_stmt *stmt;
  EthosStep step;

  stmt = ethos_store_prepare (self, "SELECT c.id, c.code_id FROM clause_words w "
                                    "JOIN clauses c ON c.id = w.rowid", error);
  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (code_of, g_memdup2 (&id, sizeof id), ethos_store_column_dup (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;

  /* The vocabulary, through FTS5's own view of the index (a table of this connection). */
  if (!ethos_store_exec (self,
                         "CREATE VIRTUAL TABLE IF NOT EXISTS temp.clause_vocab "
                         "USING fts5vocab (main, 'clause_words', 'row')",
                         error))
    return NULL;
  vocab = ethos_search_vocab_new (g_hash_table_size (code_of));
  stmt = ethos_store_prepare (self, "SELECT term, doc FROM temp.clause_vocab", error);
  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    ethos_search_vocab_add (vocab, ethos_store_column_text (stmt, 0),
                            (guint) sqlite3_column_int (stmt, 1));
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;

  cache = g_new0 (EthosSearchCache, 1);
  cache->key = key;
  cache->vocab = g_steal_pointer (&vocab);
  cache->code_of = g_steal_pointer (&code_of);
  return cache;
}

/* The cache, read again when the codes have changed (here or in another program). */
static EthosSearchCache *
get_cache (EthosStore *self, GError **error)
{
  g_autofree char *key = codes_key (self, error);
  EthosSearchCache *cache;

  if (key == NULL)
    return NULL;
  if (self->search_cache != NULL && g_str_equal (self->search_cache->key, key))
    return self->search_cache;
  cache = read_cache (self, key, error);
  if (cache == NULL)
    return NULL;
  g_steal_pointer (&key);
  ethos_search_cache_free (self->search_cache);
  self->search_cache = cache;
  return cache;
}

static const char *
code_of (EthosSearchCache *cache, gint64 id)
{
  return g_hash_table_lookup (cache->code_of, &id);
}

/* Asks each phrase of @plan of one index, in headings and in texts, and tells @ranking. */
static gboolean
ask_phrases (EthosStore         *self,
             EthosSearchCache   *cache,
             EthosSearchPlan    *plan,
             EthosSearchRanking *ranking,
             EthosSearchLevel    level,
             const char         *code_id,
             GError            **error)
{
  gboolean completions = level == ETHOS_SEARCH_COMPLETION;
  guint phrase = 0;
  sqlite3_stmt *stmt;

  stmt = level == ETHOS_SEARCH_STEM
           ? ethos_store_prepare (self, "SELECT rowid FROM clause_search WHERE clause_search MATCH ?1",
                                  error)
           : ethos_store_prepare (self, "SELECT rowid FROM clause_words WHERE clause_words MATCH ?1",
                                  error);
  if (stmt == NULL)
    return FALSE;
  for (guint t = 0; t < ethos_search_plan_get_n_terms (plan); t++)
    {
      EthosSearchTerm *term = ethos_search_plan_get_term (plan, t);

      if (completions && !term->open)
        continue;
      for (guint p = 0; p < term->phrases->len; p++, phrase++)
        for (guint column = 0; column < 2; column++)
          {
            g_autofree char *query = g_strdup_printf ("%s : \"%s\"%s",
                                                      column == 0 ? "heading" : "text",
                                                      (char *) g_ptr_array_index (term->phrases, p),
                                                      completions ? " *" : "");
            EthosStep step;

            ethos_store_bind_text (stmt, 1, query);
            while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
              {
                gint64 id = sqlite3_column_int64 (stmt, 0);

                if (code_id == NULL || g_strcmp0 (code_of (cache, id), code_id) == 0)
                  ethos_search_ranking_add (ranking, level, id,
                                            (guint64) (column == 0 ? ETHOS_SEARCH_IN_HEADING
                                                                   : ETHOS_SEARCH_IN_TEXT)
                                              << (2 * phrase),
                                            0);
              }
            sqlite3_reset (stmt);
            if (step == ETHOS_STEP_ERROR)
              return FALSE;
          }
    }
  return TRUE;
}

/* FTS5's bm25 for every clause matching any phrase, by stem: the last word between equals. */
static gboolean
ask_bm25 (EthosStore *self, EthosSearchPlan *plan, EthosSearchRanking *ranking, GError **error)
{
  g_autofree char *fts = ethos_search_plan_to_fts (plan, FALSE);
  sqlite3_stmt *stmt;
  EthosStep step;

  if (fts == NULL)
    return TRUE;
  stmt = ethos_store_prepare (self, "SELECT rowid, rank FROM clause_search WHERE clause_search MATCH ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, fts);
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    ethos_search_ranking_add (ranking, ETHOS_SEARCH_STEM, sqlite3_column_int64 (stmt, 0), 0,
                              sqlite3_column_double (stmt, 1));
  sqlite3_reset (stmt);
  return step != ETHOS_STEP_ERROR;
}

static EthosSearchRanking *
rank (EthosStore       *self,
      EthosSearchCache *cache,
      EthosSearchPlan  *plan,
      const char       *code_id,
      GError          **error)
{
  g_autoptr (EthosSearchRanking) ranking
    = ethos_search_ranking_new (plan, ethos_search_vocab_get_n_clauses (cache->vocab));

  for (EthosSearchLevel level = 0; level < ETHOS_SEARCH_N_LEVELS; level++)
    if (!ask_phrases (self, cache, plan, ranking, level, code_id, error))
      return NULL;
  if (!ask_bm25 (self, plan, ranking, error))
    return NULL;
  ethos_search_ranking_finish (ranking);
  return g_steal_pointer (&ranking);
}

/* The hit for the clause at @position, its snippet marked by the index that found it. */
static EthosSearchHit *
read_hit (EthosStore         *self,
          EthosSearchPlan    *plan,
          EthosSearchRanking *ranking,
          guint               position,
          GError            **error)
{
  gboolean by_stem = ethos_search_ranking_found_by_stem (ranking, position);
  g_autofree char *fts = ethos_search_plan_to_fts (plan, !by_stem);
  g_autoptr (GPtrArray) hits = NULL;
  EthosSearchHit *hit;
  sqlite3_stmt *stmt;

  /* Found as written, not by stem, and nothing being typed: the written words. */
  if (fts == NULL)
    fts = ethos_search_plan_to_fts (plan, FALSE);

#define HIT_SQL(table)                                                                             \
  "SELECT c.code_id, c.ref, coalesce (c.title, c.section), "                                       \
  ETHOS_STORE_SNIPPET_COLUMNS (table, "text")                                                      \
  ", (SELECT p.text FROM clauses p WHERE p.code_id = c.code_id AND p.ref = c.parent) "             \
  "FROM " table " JOIN clauses c ON c.id = " table ".rowid "                                       \
  "WHERE " table " MATCH ?1 AND " table ".rowid = ?2"

  stmt = ethos_store_prepare (self, by_stem ? HIT_SQL ("clause_search") : HIT_SQL ("clause_words"),
                              error);
#undef HIT_SQL
  if (stmt == NULL)
    return NULL;
  ethos_store_bind_text (stmt, 1, fts);
  sqlite3_bind_int64 (stmt, 2, ethos_search_ranking_get_id (ranking, position));
  hits = ethos_store_read_hits (self, stmt, error);
  if (hits == NULL)
    return NULL;
  if (hits->len == 0)
    return ethos_search_hit_new (); /* gone since it was ranked: left out by the caller */
  hit = g_object_ref (g_ptr_array_index (hits, 0));
  hit->score = ethos_search_ranking_get_score (ranking, position);
  return hit;
}

/* The codes' clauses matching @query (as typed, the last word perhaps not yet finished), best
 * first, at most @limit of them (0: all), in the code @code_id only when it is not NULL. */
EthosSearchResults *
ethos_store_search_codes (EthosStore  *self,
                          const char  *query,
                          const char  *code_id,
                          guint        limit,
                          GError     **error)
{
  g_autoptr (GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (EthosSearchPlan) plan = NULL;
  g_autoptr (EthosSearchRanking) ranking = NULL;
  g_autofree char *correction = NULL;
  EthosSearchCache *cache;
  gboolean corrected = FALSE;
  guint n_matches;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  cache = get_cache (self, error);
  if (cache == NULL)
    return NULL;
  plan = ethos_search_plan_new (query, cache->vocab, ethos_search_synonyms_shipped ());
  if (ethos_search_plan_get_n_terms (plan) == 0)
    return ethos_search_results_new (hits, 0, 0, NULL);

  ranking = rank (self, cache, plan, code_id, error);
  if (ranking == NULL)
    return NULL;
  /* A word found nowhere: the nearest word the codes know, in its place. */
  for (guint t = 0; t < ethos_search_plan_get_n_terms (plan); t++)
    if (!ethos_search_ranking_term_found (ranking, t))
      corrected |= ethos_search_plan_correct (plan, t, cache->vocab);
  if (corrected)
    {
      g_clear_object (&ranking);
      ranking = rank (self, cache, plan, code_id, error);
      if (ranking == NULL)
        return NULL;
      correction = ethos_search_plan_describe_correction (plan);
    }

  n_matches = ethos_search_ranking_get_n_matches (ranking);
  for (guint i = 0; i < n_matches; i++)
    {
      const char *code = code_of (cache, ethos_search_ranking_get_id (ranking, i));

      if (code != NULL)
        g_hash_table_add (codes, (gpointer) code);
    }
  for (guint i = 0; i < n_matches && (limit == 0 || hits->len < limit); i++)
    {
      EthosSearchHit *hit = read_hit (self, plan, ranking, i, error);

      if (hit == NULL)
        return NULL;
      if (hit->code_id == NULL)
        {
          g_object_unref (hit);
          continue;
        }
      g_ptr_array_add (hits, hit);
    }
  return ethos_search_results_new (hits, n_matches, g_hash_table_size (codes), correction);
}

/* ethos_store_search_codes()'s hits alone. */
GPtrArray *
ethos_store_search_clauses (EthosStore  *self,
                            const char  *query,
                            const char  *code_id,
                            guint        limit,
                            GError     **error)
{
  g_autoptr (EthosSearchResults) results = ethos_store_search_codes (self, query, code_id, limit, error);

  if (results == NULL)
    return NULL;
  return g_ptr_array_ref (ethos_search_results_get_hits (results));
}
