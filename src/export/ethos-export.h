/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ethos-store.h"

G_BEGIN_DECLS

/* How every export is written with g_file_replace (): owner-only, as the diary it comes from is.
 * PRIVATE alone makes a new file 0600, but over an existing file GLib keeps that file's mode (a
 * 0644 export from last year would stay readable by everyone); REPLACE_DESTINATION drops it. */
#define ETHOS_EXPORT_FILE_FLAGS (G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION)

/* What a diary is exported as: the audit pack, or its entries as a spreadsheet. */
typedef enum
{
  ETHOS_EXPORT_AUDIT_PACK,
  ETHOS_EXPORT_CSV,
} EthosExportFormat;

void     ethos_export_abandon (GOutputStream *stream);
gboolean ethos_export_diary_to_file (EthosStore         *store,
                                     GFile              *file,
                                     EthosExportFormat   format,
                                     const char         *from,
                                     const char         *to,
                                     const char         *today,
                                     gboolean            redact,
                                     guint              *n_written,
                                     guint              *flagged,
                                     GError            **error);

G_END_DECLS
