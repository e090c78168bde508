/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_CLAUSE (ethos_clause_get_type ())

G_DECLARE_FINAL_TYPE (EthosClause, ethos_clause, ETHOS, CLAUSE, GObject)

/* One clause (or section heading) of a code. A plain record: the fields are public and read-only
 * once the clause is handed out, so lists can show thousands without a getter per cell. */
struct _EthosClause
{
  GObject  parent_instance;

  char    *code_id;    /* "cosrt" */
  char    *ref;        /* "26", "9.6", "107.m", "supervision.3", "section-1" */
  char    *parent;     /* ref of the enclosing clause or section, or NULL */
  char    *title;      /* the clause's own heading ("Introduction"), or NULL */
  char    *section;    /* title of the enclosing section, or NULL */
  char    *text;       /* paragraphs separated by "\n\n"; "" for a bare heading */
  guint    level;      /* depth in the tree, 1 for top level */
  guint    position;   /* order in the code, from 0 */
  gboolean is_section; /* a heading rather than a clause */
};

EthosClause *ethos_clause_new (void);
const char  *ethos_clause_get_heading (EthosClause *clause);
char        *ethos_clause_format_citation (EthosClause *clause, const char *citation);

G_END_DECLS
