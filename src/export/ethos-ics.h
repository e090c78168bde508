/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ethos-store.h"

G_BEGIN_DECLS

char    *ethos_ics_escape_text (const char *text);
char    *ethos_ics_fold_line (const char *line);
gboolean ethos_ics_write_reminders (GPtrArray      *reminders,
                                    EthosStore     *store,
                                    GDateTime      *stamp,
                                    GOutputStream  *stream,
                                    GError        **error);

G_END_DECLS
