/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-search-ranking"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ethos-search-ranking.h"

/* The order of a search's results (issue 17). A clause that matches more of the terms comes
 * first, whatever else; among those, each term it matches counts by how rare the term is in
 * the codes, how it matched (a word as typed above its stem, a stem above a completion of the
 * word being typed) and where (a heading counts for more only when the text matches too: a
 * heading alone says less than a clause that says something); then FTS5's bm25. A clause
 * matching fewer than half the terms the best one matches is left out. */

static const double level_weight[ETHOS_SEARCH_N_LEVELS] = { 1.0, 0.8, 0.5 };
/* A word that means the same counts for less than the word typed. */
#define SYNONYM_WEIGHT 0.7

#define HEADING_ONLY_WEIGHT 0.4
#define TEXT_WEIGHT         1.0
#define BOTH_WEIGHT         1.5

typedef struct
{
  gint64  id;
  guint64 places[ETHOS_SEARCH_N_LEVELS];
  double  bm25;
  guint   coverage;
  double  weight;
} Row;

struct _EthosSearchRanking
{
  GObject          parent_instance;

  EthosSearchPlan *plan;
  guint            n_clauses;
  GArray          *rows;  /* Row */
  GHashTable      *index; /* id -> position in rows + 1 */
  guint           *found; /* per term: the clauses it matched */
  int              term_of[2][ETHOS_SEARCH_MAX_PHRASES]; /* phrase -> term, [completions] */
  gboolean         own[2][ETHOS_SEARCH_MAX_PHRASES];     /* phrase as typed, not a synonym */
  gboolean         finished;
};

G_DEFINE_FINAL_TYPE (EthosSearchRanking, ethos_search_ranking, G_TYPE_OBJECT)

static void
ethos_search_ranking_finalize (GObject *object)
{
  EthosSearchRanking *self = ETHOS_SEARCH_RANKING (object);

  g_object_unref (self->plan);
  g_array_unref (self->rows);
  g_hash_table_unref (self->index);
  g_free (self->found);

  G_OBJECT_CLASS (ethos_search_ranking_parent_class)->finalize (object);
}

static void
ethos_search_ranking_class_init (EthosSearchRankingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_search_ranking_finalize;
}

static void
ethos_search_ranking_init (EthosSearchRanking *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  self->index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/* A ranking of the matches of @plan in an index of @n_clauses clauses. */
EthosSearchRanking *
ethos_search_ranking_new (EthosSearchPlan *plan, guint n_clauses)
{
  EthosSearchRanking *self = g_object_new (ETHOS_TYPE_SEARCH_RANKING, NULL);

  self->plan = g_object_ref (plan);
  self->n_clauses = MAX (n_clauses, 1);
  self->found = g_new0 (guint, MAX (ethos_search_plan_get_n_terms (plan), 1));
  return self;
}

/* One clause (@id) matched at @level, with two bits a phrase (ETHOS_SEARCH_IN_HEADING,
 * ETHOS_SEARCH_IN_TEXT) in the order of ethos_search_plan_to_fts()'s phrases, and FTS5's
 * bm25 for it (lower is better; give it from the stem level). With no @places, only the bm25
 * of a clause already added. */
void
ethos_search_ranking_add (EthosSearchRanking *self,
                          EthosSearchLevel    level,
                          gint64              id,
                          guint64             places,
                          double              bm25)
{
  gpointer position;
  Row *row;

  g_return_if_fail (ETHOS_IS_SEARCH_RANKING (self));
  g_return_if_fail (level < ETHOS_SEARCH_N_LEVELS);
  g_return_if_fail (!self->finished);

  position = g_hash_table_lookup (self->index, &id);
  if (position == NULL && places == 0)
    return; /* a rank for a clause no phrase matched (in another code, say) */
  if (position == NULL)
    {
      Row fresh = { .id = id, .bm25 = 0 };

      g_array_append_val (self->rows, fresh);
      position = GUINT_TO_POINTER (self->rows->len);
      g_hash_table_insert (self->index, g_memdup2 (&id, sizeof id), position);
    }
  row = &g_array_index (self->rows, Row, GPOINTER_TO_UINT (position) - 1);
  row->places[level] |= places;
  if (level == ETHOS_SEARCH_STEM)
    row->bm25 = bm25;
}

/* Where @term matched in @row (ETHOS_SEARCH_IN_*), and how well at best: as typed, by stem
 * or as a completion, by the word itself or a synonym. */
static guint
term_places (EthosSearchRanking *self, Row *row, guint term, double *best)
{
  guint where = 0;

  *best = 0;
  for (int level = 0; level < ETHOS_SEARCH_N_LEVELS; level++)
    for (guint phrase = 0; phrase < ETHOS_SEARCH_MAX_PHRASES; phrase++)
      {
        gboolean completions = level == ETHOS_SEARCH_COMPLETION;
        guint bits = (row->places[level] >> (2 * phrase)) & 3;

        if (bits == 0 || self->term_of[completions][phrase] != (int) term)
          continue;
        where |= bits;
        *best = MAX (*best, level_weight[level] * (self->own[completions][phrase] ? 1.0 : SYNONYM_WEIGHT));
      }
  return where;
}

static int
compare_rows (gconstpointer a, gconstpointer b)
{
  const Row *x = a, *y = b;

  if (x->coverage != y->coverage)
    return x->coverage > y->coverage ? -1 : 1;
  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  if (x->bm25 != y->bm25)
    return x->bm25 < y->bm25 ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* Orders the matches, best first. */
void
ethos_search_ranking_finish (EthosSearchRanking *self)
{
  guint n_terms;
  g_autofree double *rarity = NULL;

  g_return_if_fail (ETHOS_IS_SEARCH_RANKING (self));

  n_terms = ethos_search_plan_get_n_terms (self->plan);
  rarity = g_new0 (double, MAX (n_terms, 1));
  for (guint phrase = 0; phrase < ETHOS_SEARCH_MAX_PHRASES; phrase++)
    for (guint completions = 0; completions < 2; completions++)
      self->term_of[completions][phrase]
        = ethos_search_plan_phrase_term (self->plan, completions, phrase,
                                         &self->own[completions][phrase]);
  memset (self->found, 0, sizeof (guint) * MAX (n_terms, 1));
  for (guint r = 0; r < self->rows->len; r++)
    for (guint t = 0; t < n_terms; t++)
      {
        double quality;

        if (term_places (self, &g_array_index (self->rows, Row, r), t, &quality) != 0)
          self->found[t]++;
      }
  for (guint t = 0; t < n_terms; t++)
    rarity[t] = self->found[t] > 0 ? log (1.0 + (double) self->n_clauses / self->found[t]) : 0;

  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = &g_array_index (self->rows, Row, r);

      row->coverage = 0;
      row->weight = 0;
      for (guint t = 0; t < n_terms; t++)
        {
          double quality;
          guint where = term_places (self, row, t, &quality);
          double place;

          if (where == 0)
            continue;
          place = where == ETHOS_SEARCH_IN_HEADING ? HEADING_ONLY_WEIGHT
                  : where == ETHOS_SEARCH_IN_TEXT  ? TEXT_WEIGHT
                                                   : BOTH_WEIGHT;
          row->coverage++;
          row->weight += rarity[t] * quality * place;
        }
    }
  g_array_sort (self->rows, compare_rows);
  /* Clauses matching fewer than half the terms the best match does are not answers (a
   * question's one common word, "client", is in half the codes): left out, and not counted.
   * With one or two terms, every match stays. */
  if (self->rows->len > 0)
    {
      guint best = g_array_index (self->rows, Row, 0).coverage;
      guint kept = self->rows->len;

      while (kept > 0 && g_array_index (self->rows, Row, kept - 1).coverage * 2 < best)
        kept--;
      g_array_set_size (self->rows, kept);
    }
  g_hash_table_remove_all (self->index);
  self->finished = TRUE;
}

/* Whether term @term matched any clause. */
gboolean
ethos_search_ranking_term_found (EthosSearchRanking *self, guint term)
{
  g_return_val_if_fail (ETHOS_IS_SEARCH_RANKING (self), FALSE);
  g_return_val_if_fail (self->finished, FALSE);

  return term < ethos_search_plan_get_n_terms (self->plan) && self->found[term] > 0;
}

guint
ethos_search_ranking_get_n_matches (EthosSearchRanking *self)
{
  g_return_val_if_fail (ETHOS_IS_SEARCH_RANKING (self), 0);

  return self->rows->len;
}

gint64
ethos_search_ranking_get_id (EthosSearchRanking *self, guint position)
{
  g_return_val_if_fail (ETHOS_IS_SEARCH_RANKING (self), 0);
  g_return_val_if_fail (position < self->rows->len, 0);

  return g_array_index (self->rows, Row, position).id;
}

/* A number that orders the results as the ranking does: terms matched, then their weight. */
double
ethos_search_ranking_get_score (EthosSearchRanking *self, guint position)
{
  Row *row;

  g_return_val_if_fail (ETHOS_IS_SEARCH_RANKING (self), 0);
  g_return_val_if_fail (position < self->rows->len, 0);

  row = &g_array_index (self->rows, Row, position);
  return row->coverage * 1000.0 + row->weight;
}

/* Whether the clause at @position matched other than as a completion of the word being typed
 * (its words, not only their starts, can be marked in its snippet). */
gboolean
ethos_search_ranking_found_by_stem (EthosSearchRanking *self, guint position)
{
  Row *row;

  g_return_val_if_fail (ETHOS_IS_SEARCH_RANKING (self), FALSE);
  g_return_val_if_fail (position < self->rows->len, FALSE);

  row = &g_array_index (self->rows, Row, position);
  return row->places[ETHOS_SEARCH_STEM] != 0;
}
