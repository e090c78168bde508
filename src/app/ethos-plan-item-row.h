/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-plan-item.h"
#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_PLAN_ITEM_ROW (ethos_plan_item_row_get_type ())

G_DECLARE_FINAL_TYPE (EthosPlanItemRow, ethos_plan_item_row, ETHOS, PLAN_ITEM_ROW, AdwExpanderRow)

GtkWidget           *ethos_plan_item_row_new (EthosStore          *store,
                                              const EthosPlanItem *item,
                                              GPtrArray           *activities,
                                              const char          *today);
const EthosPlanItem *ethos_plan_item_row_get_item (EthosPlanItemRow *self);

G_END_DECLS
