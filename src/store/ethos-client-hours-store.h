/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-client-hours.h"
#include "ethos-store.h"

G_BEGIN_DECLS

GArray  *ethos_store_list_client_hours (EthosStore *self, GError **error);
gboolean ethos_store_set_client_hours (EthosStore  *self,
                                       const char  *month,
                                       int          minutes,
                                       GError     **error);

G_END_DECLS
