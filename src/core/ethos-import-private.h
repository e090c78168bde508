/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-import.h"

G_BEGIN_DECLS

/* For ethos-import.c, ethos-import-columns.c and ethos-import-row.c only. */

/* ethos-import-columns.c: the header row and each column's field. @mappings is what
 * ethos_import_parse_map() made of the person's "COLUMN=FIELD" strings (NULL: none). */
GArray     *ethos_import_parse_map (const char *const *map, GError **error);
gboolean    ethos_import_locate_header (EthosTable *table,
                                        GArray     *mappings,
                                        guint      *header,
                                        GError    **error);
gboolean    ethos_import_map_columns (EthosTable *table,
                                      guint       header_row,
                                      GArray     *mappings,
                                      GPtrArray  *headers,
                                      GArray     *fields,
                                      GError    **error);

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
