/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ethos-body-rules.h"
#include "ethos-store.h"

G_BEGIN_DECLS

void     ethos_csv_append_field (GString *row, const char *field);
gboolean ethos_csv_write_entries (GPtrArray             *entries,
                                  const EthosBodyRules  *rules,
                                  EthosStore            *store,
                                  GOutputStream         *stream,
                                  GError               **error);
gboolean ethos_csv_write_diary (EthosStore     *store,
                                const char     *from,
                                const char     *to,
                                gboolean        redact,
                                GOutputStream  *stream,
                                guint          *n_written,
                                guint          *flagged,
                                GError        **error);

G_END_DECLS
