/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_FLAGGED_GROUP (ethos_flagged_group_get_type ())

G_DECLARE_FINAL_TYPE (EthosFlaggedGroup, ethos_flagged_group, ETHOS, FLAGGED_GROUP,
                      AdwPreferencesGroup)

GtkWidget *ethos_flagged_group_new (void);
gboolean   ethos_flagged_group_show (EthosFlaggedGroup  *self,
                                     EthosStore         *store,
                                     const char         *from,
                                     const char         *to,
                                     GError            **error);
void       ethos_flagged_group_clear (EthosFlaggedGroup *self, const char *description);
guint      ethos_flagged_group_get_n_flagged (EthosFlaggedGroup *self);

G_END_DECLS
