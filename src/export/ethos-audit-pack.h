/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ethos-store.h"

G_BEGIN_DECLS

gboolean ethos_audit_pack_write (EthosStore     *store,
                                 const char     *from,
                                 const char     *to,
                                 const char     *today,
                                 gboolean        redact,
                                 GOutputStream  *stream,
                                 guint          *flagged,
                                 GError        **error);

G_END_DECLS
