/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_SUPERVISORS_GROUP (ethos_supervisors_group_get_type ())

G_DECLARE_FINAL_TYPE (EthosSupervisorsGroup, ethos_supervisors_group, ETHOS, SUPERVISORS_GROUP,
                      AdwPreferencesGroup)

GtkWidget *ethos_supervisors_group_new (void);
void       ethos_supervisors_group_set_store (EthosSupervisorsGroup *self, EthosStore *store);

G_END_DECLS
