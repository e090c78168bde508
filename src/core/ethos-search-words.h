/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean   ethos_search_is_stop_word (const char *folded);
GStrv      ethos_search_split_words (const char *text);
GPtrArray *ethos_search_synonyms_parse (const char *text);
GPtrArray *ethos_search_synonyms_shipped (void);
GStrv      ethos_search_synonyms_find (GPtrArray   *synonyms,
                                       const char  *words,
                                       const char **member);

G_END_DECLS
