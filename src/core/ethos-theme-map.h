/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A clause named by its stable pair: user data and maps never use row ids. */
typedef struct
{
  char *code_id;
  char *ref;
} EthosClauseRef;

/* A theme such as confidentiality, with the clauses of each code that speak to it. */
typedef struct
{
  char      *id;
  char      *name;
  char      *description;
  GPtrArray *clauses; /* of EthosClauseRef, grouped by code in the map's order */
} EthosTheme;

void        ethos_clause_ref_free (EthosClauseRef *ref);
void        ethos_theme_free (EthosTheme *theme);

GPtrArray  *ethos_theme_map_parse (GBytes *bytes, GError **error);
GPtrArray  *ethos_theme_map_load_shipped (void);
EthosTheme *ethos_theme_map_find (GPtrArray *themes, const char *id);

G_END_DECLS
