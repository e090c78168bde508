/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ethos-import.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_IMPORT_ITEM (ethos_import_item_get_type ())

G_DECLARE_FINAL_TYPE (EthosImportItem, ethos_import_item, ETHOS, IMPORT_ITEM, GObject)

EthosImportItem      *ethos_import_item_new (EthosImport *import, guint index);
const EthosImportRow *ethos_import_item_get_row (EthosImportItem *self);
guint                 ethos_import_item_get_index (EthosImportItem *self);
void                  ethos_import_item_set_included (EthosImportItem *self, gboolean included);

G_END_DECLS
