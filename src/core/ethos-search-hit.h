/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_SEARCH_HIT (ethos_search_hit_get_type ())

G_DECLARE_FINAL_TYPE (EthosSearchHit, ethos_search_hit, ETHOS, SEARCH_HIT, GObject)

/* Where matches start and end in a hit's snippet. */
#define ETHOS_SEARCH_MARK_START "\002"
#define ETHOS_SEARCH_MARK_END   "\003"

/* One search result. A plain record with public, read-only fields. */
struct _EthosSearchHit
{
  GObject parent_instance;

  char   *code_id;
  char   *ref;
  char   *heading;
  char   *snippet; /* matches between ETHOS_SEARCH_MARK_START and ETHOS_SEARCH_MARK_END */
  char   *lead_in; /* a sub-clause's: the words of its parent that give it its meaning */
  gboolean starts_group; /* the first of its code's hits, when grouped by code */
  double  score;   /* higher is better */
};

EthosSearchHit *ethos_search_hit_new (void);
char           *ethos_search_hit_format_snippet (EthosSearchHit *self,
                                                 const char     *open,
                                                 const char     *close,
                                                 gboolean        escape_markup);
char           *ethos_search_snippet_cut (const char *highlighted, guint n_words);
char           *ethos_search_lead_in (const char *parent_text);

G_END_DECLS
