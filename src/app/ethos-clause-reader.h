/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-clause.h"
#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_CLAUSE_READER (ethos_clause_reader_get_type ())

G_DECLARE_FINAL_TYPE (EthosClauseReader, ethos_clause_reader, ETHOS, CLAUSE_READER, GtkWidget)

GtkWidget   *ethos_clause_reader_new (EthosStore *store);
void         ethos_clause_reader_show (EthosClauseReader *self,
                                       EthosClause       *clause,
                                       GListModel        *clauses,
                                       guint              position,
                                       const char        *citation);
EthosClause *ethos_clause_reader_get_clause (EthosClauseReader *self);
guint        ethos_clause_reader_get_position (EthosClauseReader *self);
gboolean     ethos_clause_reader_flush (EthosClauseReader *self);
void         ethos_clause_reader_unselect (EthosClauseReader *self);

G_END_DECLS
