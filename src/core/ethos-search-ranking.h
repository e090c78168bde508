/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ethos-search-plan.h"

G_BEGIN_DECLS

/* How a clause matched a phrase: as written, by its stem ("supervisors" for "supervision"), or
 * as the start of a longer word (the word being typed). */
typedef enum
{
  ETHOS_SEARCH_EXACT,
  ETHOS_SEARCH_STEM,
  ETHOS_SEARCH_COMPLETION,
  ETHOS_SEARCH_N_LEVELS,
} EthosSearchLevel;

/* Where, in a phrase's two bits of a places mask. */
#define ETHOS_SEARCH_IN_HEADING 1
#define ETHOS_SEARCH_IN_TEXT    2

#define ETHOS_TYPE_SEARCH_RANKING (ethos_search_ranking_get_type ())

G_DECLARE_FINAL_TYPE (EthosSearchRanking, ethos_search_ranking, ETHOS, SEARCH_RANKING, GObject)

EthosSearchRanking *ethos_search_ranking_new (EthosSearchPlan *plan, guint n_clauses);
void                ethos_search_ranking_add (EthosSearchRanking *self,
                                              EthosSearchLevel    level,
                                              gint64              id,
                                              guint64             places,
                                              double              bm25);
void                ethos_search_ranking_finish (EthosSearchRanking *self);
gboolean            ethos_search_ranking_term_found (EthosSearchRanking *self, guint term);
guint               ethos_search_ranking_get_n_matches (EthosSearchRanking *self);
gint64              ethos_search_ranking_get_id (EthosSearchRanking *self, guint position);
double              ethos_search_ranking_get_score (EthosSearchRanking *self, guint position);
gboolean            ethos_search_ranking_found_by_stem (EthosSearchRanking *self, guint position);

G_END_DECLS
