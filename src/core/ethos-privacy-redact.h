/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-entry.h"

G_BEGIN_DECLS

char    *ethos_privacy_redact (const char *text, guint *n_removed);
gboolean ethos_privacy_entry_flagged (EthosEntry *entry);
guint    ethos_privacy_redact_entry (EthosEntry *entry);
guint    ethos_privacy_check_entries (GPtrArray *entries, gboolean redact);
char    *ethos_privacy_describe_entry (EthosEntry *entry);
char    *ethos_privacy_export_outcome (guint flagged, gboolean redact);
char    *ethos_privacy_flagged_summary (guint n);

G_END_DECLS
