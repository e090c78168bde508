/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For ethos-cli-codes*.c: a clause as JSON and as text, shared by the commands that print
 * clauses, and the commands the "codes" group runs from its other files. */

#include "ethos-cli.h"
#include "ethos-clause.h"

G_BEGIN_DECLS

JsonNode *ethos_cli_clause_to_json (EthosClause *clause);
void      ethos_cli_print_clause (EthosClause *clause, const char *label);

int       ethos_cli_codes_search (const EthosCliContext *ctx, int argc, char **argv);
int       ethos_cli_codes_themes (const EthosCliContext *ctx, int argc, char **argv);
int       ethos_cli_codes_import (const EthosCliContext *ctx, int argc, char **argv);
int       ethos_cli_codes_remove (const EthosCliContext *ctx, int argc, char **argv);

G_END_DECLS
