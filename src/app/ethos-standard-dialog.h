/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_STANDARD_DIALOG (ethos_standard_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EthosStandardDialog, ethos_standard_dialog, ETHOS, STANDARD_DIALOG, AdwWindow)

GtkWidget *ethos_standard_dialog_new (EthosStore *store, GtkWindow *parent, const char *today);
void       ethos_standard_dialog_fill (EthosStandardDialog *self,
                                       const char          *dbs,
                                       const char          *insurance,
                                       const char          *membership,
                                       const char          *accreditation,
                                       const char          *ico);
guint      ethos_standard_dialog_count_new (EthosStandardDialog *self);
int        ethos_standard_dialog_add (EthosStandardDialog *self);

G_END_DECLS
