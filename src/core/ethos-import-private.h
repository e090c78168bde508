/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-import.h"

G_BEGIN_DECLS

/* For ethos-import.c and ethos-import-row.c only. */

/* What one table row holds for each field: its cell and the header it came under. */
typedef struct
{
  const EthosTableCell *cells[ETHOS_IMPORT_N_FIELDS];
  const char           *headers[ETHOS_IMPORT_N_FIELDS];
} EthosImportCells;

EthosEntry *ethos_import_read_cells (const EthosImportCells  *cells,
                                     int                      kind,
                                     EthosEntryKind           fallback,
                                     const GDate             *today,
                                     char                   **reason);
char       *ethos_import_duplicate_key (EthosEntry *entry);

G_END_DECLS
