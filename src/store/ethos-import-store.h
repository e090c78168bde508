/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-import.h"
#include "ethos-store.h"

G_BEGIN_DECLS

gboolean ethos_store_mark_import_duplicates (EthosStore   *self,
                                             EthosImport  *import,
                                             GError      **error);
gboolean ethos_store_import_entries (EthosStore   *self,
                                     EthosImport  *import,
                                     const char   *file_name,
                                     gint64       *batch,
                                     GError      **error);
gboolean ethos_store_undo_import (EthosStore  *self,
                                  gint64       batch,
                                  guint       *removed,
                                  GError     **error);

G_END_DECLS
