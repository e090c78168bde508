/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-offdisk.h"
#include "ethos-store.h"

G_BEGIN_DECLS

GDateTime         *ethos_store_get_last_offdisk_copy (EthosStore *self);
EthosOffdiskState  ethos_store_get_offdisk_state (EthosStore  *self,
                                                  GDateTime   *now,
                                                  GDateTime  **last_copy,
                                                  char       **sentence);
gboolean           ethos_store_copy_off_disk_if_due (EthosStore  *self,
                                                     GDateTime   *now,
                                                     char       **copied,
                                                     GError     **error);

G_END_DECLS
