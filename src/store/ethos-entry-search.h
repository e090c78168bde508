/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ethos-diary-results.h"
#include "ethos-entry.h"
#include "ethos-search-hit.h"
#include "ethos-store.h"

G_BEGIN_DECLS

/**
 * EthosDiaryMatches:
 * @entries: the entries found, in the order asked for, as a list shows them (without their
 *   clause links or evidence: open one with ethos_store_get_entry())
 * @hits: for each entry, an #EthosSearchHit with its snippet (the words found marked) and score
 * @total: how many entries match in all; @entries holds the first of them
 *
 * What one search of the diary found.
 */
typedef struct
{
  GPtrArray *entries;
  GPtrArray *hits;
  guint      total;
} EthosDiaryMatches;

void               ethos_diary_matches_free (EthosDiaryMatches *matches);
EthosDiaryMatches *ethos_store_search_diary (EthosStore       *self,
                                             const char       *query,
                                             EthosDiaryOrder   order,
                                             guint             limit,
                                             GCancellable     *cancellable,
                                             GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosDiaryMatches, ethos_diary_matches_free)

G_END_DECLS
