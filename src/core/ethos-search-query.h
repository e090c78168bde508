/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ethos_search_query_to_fts (const char *input, gboolean prefix_last);

G_END_DECLS
