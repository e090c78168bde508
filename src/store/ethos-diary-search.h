/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ethos-entry-search.h"
#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_DIARY_SEARCH (ethos_diary_search_get_type ())

G_DECLARE_FINAL_TYPE (EthosDiarySearch, ethos_diary_search, ETHOS, DIARY_SEARCH, GObject)

EthosDiarySearch  *ethos_diary_search_new (EthosStore *store);
void               ethos_diary_search_run_async (EthosDiarySearch    *self,
                                                 const char          *query,
                                                 EthosDiaryOrder      order,
                                                 guint                limit,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
EthosDiaryMatches *ethos_diary_search_run_finish (EthosDiarySearch  *self,
                                                  GAsyncResult      *result,
                                                  GError           **error);

G_END_DECLS
