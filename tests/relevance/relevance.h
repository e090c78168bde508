/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-store.h"

G_BEGIN_DECLS

/* How the codes search answers the relevance suite (tests/relevance/codes-queries.txt): queries
 * written from the code texts, each with the clauses a reader would accept. */
typedef struct
{
  guint    n_queries;
  guint    n_in_top_3; /* an accepted clause among the first three results */
  guint    n_empty;    /* no result at all */
  GString *misses;     /* one line a query that missed: what came first instead */
} RelevanceReport;

gboolean relevance_run (EthosStore      *store,
                        const char      *queries_path,
                        RelevanceReport *report,
                        GError         **error);
void     relevance_report_clear (RelevanceReport *report);

G_END_DECLS
