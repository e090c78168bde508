/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a search reads of its input: enough for any question, bounded for any paste. */
#define ETHOS_SEARCH_MAX_TERMS      16
#define ETHOS_SEARCH_MAX_TERM_BYTES 400

char *ethos_search_query_to_fts (const char *input, gboolean prefix_last);

G_END_DECLS
