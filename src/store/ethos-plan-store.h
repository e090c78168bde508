/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-plan-item.h"
#include "ethos-store.h"

G_BEGIN_DECLS

GPtrArray *ethos_store_list_plan_items (EthosStore *self, GError **error);
gint64     ethos_store_add_plan_item (EthosStore *self, EthosPlanItem *item, GError **error);
gboolean   ethos_store_update_plan_item (EthosStore *self, EthosPlanItem *item, GError **error);
gboolean   ethos_store_set_plan_item_done (EthosStore  *self,
                                           gint64       id,
                                           const char  *day,
                                           GError     **error);
gboolean   ethos_store_remove_plan_item (EthosStore *self, gint64 id, GError **error);
GPtrArray *ethos_store_list_plan_activities (EthosStore *self, GError **error);

G_END_DECLS
