/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ethos_date_parse_relative (const char  *text,
                                    const GDate *today,
                                    GDate       *date,
                                    GError     **error);
gboolean ethos_date_parse_human (const char  *text,
                                 const GDate *today,
                                 GDate       *date,
                                 GError     **error);

G_END_DECLS
