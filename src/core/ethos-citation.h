/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-clause.h"

G_BEGIN_DECLS

char *ethos_citation_format (const char *name, const char *ref, const char *heading);
char *ethos_citation_for_clause (const char *name, EthosClause *clause);
char *ethos_citation_format_place (const char *name, const char *ref, const char *heading);
char *ethos_citation_outline_ref (EthosClause *clause);
char *ethos_citation_fold (const char *written);
const char *ethos_citation_after_name (const char *folded, const char *folded_name);

G_END_DECLS
