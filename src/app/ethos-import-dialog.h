/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-import.h"
#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_IMPORT_DIALOG (ethos_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EthosImportDialog, ethos_import_dialog, ETHOS, IMPORT_DIALOG, AdwWindow)

GtkWidget   *ethos_import_dialog_new (EthosStore *store,
                                      GtkWindow  *parent,
                                      GFile      *file,
                                      const char *today);
gboolean     ethos_import_dialog_is_ready (EthosImportDialog *self);
EthosImport *ethos_import_dialog_get_import (EthosImportDialog *self);

G_END_DECLS
