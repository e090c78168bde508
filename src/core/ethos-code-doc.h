/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-clause.h"

G_BEGIN_DECLS

/* A parsed code: its header and its clauses in document order. */
typedef struct
{
  char      *id;
  char      *title;
  char      *publisher;
  char      *date;
  char      *source;
  char      *citation;
  GPtrArray *clauses; /* of EthosClause, in document order */
} EthosCodeDoc;

EthosCodeDoc *ethos_code_doc_new (void);
void          ethos_code_doc_free (EthosCodeDoc *doc);
EthosClause  *ethos_code_doc_find (EthosCodeDoc *doc, const char *ref);
char         *ethos_code_doc_to_plain_text (EthosCodeDoc *doc);
void          ethos_code_doc_set_id (EthosCodeDoc *doc, const char *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosCodeDoc, ethos_code_doc_free)

G_END_DECLS
