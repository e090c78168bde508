/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-export-period.h"
#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_EXPORT_DIALOG (ethos_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EthosExportDialog, ethos_export_dialog, ETHOS, EXPORT_DIALOG, AdwWindow)

GtkWidget *ethos_export_dialog_new (EthosStore *store,
                                    GtkWindow  *parent,
                                    gboolean    pdf,
                                    const char *today);
gboolean   ethos_export_dialog_get_pdf (EthosExportDialog *self);
gboolean   ethos_export_dialog_get_range (EthosExportDialog *self, char **from, char **to);
guint      ethos_export_dialog_get_n_flagged (EthosExportDialog *self);
gboolean   ethos_export_dialog_select_period (EthosExportDialog *self, EthosExportPeriod period);
void       ethos_export_dialog_set_custom (EthosExportDialog *self,
                                           const char        *from,
                                           const char        *to);

G_END_DECLS
