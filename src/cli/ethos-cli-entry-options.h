/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-cli.h"
#include "ethos-entry.h"
#include "ethos-store.h"

G_BEGIN_DECLS

/* The options of ethos-cli supervision … and cpd …: those an entry of one kind takes (or, for
 * listing, the dates and --json), as given on the command line, and how they apply to an
 * entry. */

typedef struct
{
  char  *date;
  char  *end_date;
  char  *minutes;
  char  *hours;
  char  *supervisor;
  char  *format;
  char  *group_size;
  char  *mode;
  char  *client_hours;
  char  *notes;
  char  *actions;
  char  *reflection;
  char  *title;
  char  *provider;
  char  *kind;
  char  *outcomes;
  char  *impact;
  char  *topics;
  char  *plan;
  char **clauses;
  char **evidence;
  char  *from;
  char  *to;
  gboolean json;
} EthosCliEntryOptions;

void     ethos_cli_entry_options_clear (EthosCliEntryOptions *o);
gboolean ethos_cli_entry_options_parse (const EthosCliContext  *ctx,
                                        EthosEntryKind          kind,
                                        EthosCliEntryOptions   *o,
                                        gboolean                listing,
                                        const char             *parameters,
                                        const char             *summary,
                                        int                    *argc,
                                        char                 ***argv,
                                        int                    *exit_code);
gboolean ethos_cli_entry_options_apply (EthosCliEntryOptions  *o,
                                        EthosEntry            *entry,
                                        GError               **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EthosCliEntryOptions, ethos_cli_entry_options_clear)

EthosEntry *ethos_cli_get_entry (const EthosCliContext *ctx,
                                 EthosStore            *store,
                                 EthosEntryKind         kind,
                                 const char            *id_text,
                                 int                   *exit_code);

G_END_DECLS
