/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-records.h"
#include "ethos-store.h"

G_BEGIN_DECLS

EthosRecords *ethos_store_get_records (EthosStore *self, GError **error);
gboolean      ethos_store_set_records (EthosStore *self, EthosRecords *records, GError **error);

G_END_DECLS
