/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For ethos-entry-search.c: which entries a diary search keeps, in which order
 * (ethos-entry-search-order.c). */

#include <sqlite3.h>

#include "ethos-store.h"

G_BEGIN_DECLS

/* An entry kept, with its score (best first; 0 newest first). */
typedef struct
{
  double score;
  gint64 id;
} EthosScoredId;

void    ethos_diary_rank_function (const Fts5ExtensionApi  *api,
                                   Fts5Context             *fts,
                                   sqlite3_context         *context,
                                   int                      n_values,
                                   sqlite3_value          **values);
GArray *ethos_store_match_ids (EthosStore *self, const char *fts, GError **error);
GArray *ethos_store_newest_of (EthosStore *self, GArray *ids, guint limit, GError **error);
GArray *ethos_store_best_matches (EthosStore  *self,
                                  const char  *fts,
                                  guint        limit,
                                  guint       *total,
                                  GError     **error);

G_END_DECLS
