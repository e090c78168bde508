/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ethos-import.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_IMPORT_PREVIEW (ethos_import_preview_get_type ())

G_DECLARE_FINAL_TYPE (EthosImportPreview, ethos_import_preview, ETHOS, IMPORT_PREVIEW, GtkBox)

GtkWidget   *ethos_import_preview_new (EthosImport *import);
EthosImport *ethos_import_preview_get_import (EthosImportPreview *self);
GListModel  *ethos_import_preview_get_rows (EthosImportPreview *self);

G_END_DECLS
