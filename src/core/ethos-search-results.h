/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_SEARCH_RESULTS (ethos_search_results_get_type ())

G_DECLARE_FINAL_TYPE (EthosSearchResults, ethos_search_results, ETHOS, SEARCH_RESULTS, GObject)

/* A search of the codes: its best hits (EthosSearchHit, best first), how many clauses in how
 * many codes matched in all, and what was searched for when a word was corrected. */
EthosSearchResults *ethos_search_results_new (GPtrArray  *hits,
                                              guint       n_matches,
                                              guint       n_codes,
                                              const char *correction);
GPtrArray          *ethos_search_results_get_hits (EthosSearchResults *self);
guint               ethos_search_results_get_n_matches (EthosSearchResults *self);
guint               ethos_search_results_get_n_codes (EthosSearchResults *self);
const char         *ethos_search_results_get_correction (EthosSearchResults *self);
char               *ethos_search_results_describe (EthosSearchResults *self);
GPtrArray          *ethos_search_results_group_by_code (GPtrArray *hits);

G_END_DECLS
