/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-draft.h"
#include "ethos-store.h"

G_BEGIN_DECLS

gboolean    ethos_store_keep_draft (EthosStore *self, EthosDraft *draft, GError **error);
gboolean    ethos_store_drop_draft (EthosStore *self, gint64 id, GError **error);
GPtrArray  *ethos_store_list_drafts (EthosStore *self, GError **error);
EthosDraft *ethos_store_get_draft_for_entry (EthosStore *self, gint64 entry_id, GError **error);

G_END_DECLS
