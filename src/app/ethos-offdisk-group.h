/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_OFFDISK_GROUP (ethos_offdisk_group_get_type ())
G_DECLARE_FINAL_TYPE (EthosOffdiskGroup, ethos_offdisk_group, ETHOS, OFFDISK_GROUP,
                      AdwPreferencesGroup)

GtkWidget *ethos_offdisk_group_new (void);
void       ethos_offdisk_group_set_store (EthosOffdiskGroup *self, EthosStore *store);
void       ethos_offdisk_group_reload (EthosOffdiskGroup *self);

G_END_DECLS
