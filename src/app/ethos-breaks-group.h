/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_BREAKS_GROUP (ethos_breaks_group_get_type ())

G_DECLARE_FINAL_TYPE (EthosBreaksGroup, ethos_breaks_group, ETHOS, BREAKS_GROUP,
                      AdwPreferencesGroup)

GtkWidget *ethos_breaks_group_new (void);
void       ethos_breaks_group_set_store (EthosBreaksGroup *self, EthosStore *store);

G_END_DECLS
