/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A supervisor's sessions with the practitioner over a period, counted for their statement. */
typedef struct
{
  guint sessions;
  guint individual;
  guint group;
  guint peer;
  int   minutes;
} EthosStatementTally;

void        ethos_statement_tally (GPtrArray           *sessions,
                                   const char          *supervisor,
                                   EthosStatementTally *tally);
char       *ethos_statement_summary (const EthosStatementTally *tally);
char       *ethos_statement_confirmation (const char                *practitioner,
                                          const char                *supervisor,
                                          const char                *from,
                                          const char                *to,
                                          const EthosStatementTally *tally);
const char *ethos_statement_template_note (void);

G_END_DECLS
