/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-store.h"
#include "ethos-supervisor.h"

G_BEGIN_DECLS

GPtrArray       *ethos_store_list_supervisor_records (EthosStore *self, GError **error);
EthosSupervisor *ethos_store_find_supervisor (EthosStore  *self,
                                              const char  *name_or_id,
                                              GError     **error);
gint64           ethos_store_add_supervisor (EthosStore       *self,
                                             EthosSupervisor  *supervisor,
                                             GError          **error);
gboolean         ethos_store_update_supervisor (EthosStore       *self,
                                                EthosSupervisor  *supervisor,
                                                GError          **error);

G_END_DECLS
