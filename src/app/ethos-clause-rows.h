/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-code-info.h"

G_BEGIN_DECLS

/* Gives the short citation name of a code ("COSRT Good Therapy 2019") for a row. */
typedef const char *(*EthosCitationFunc) (const char *code_id, gpointer data);

GtkListItemFactory *ethos_clause_rows_outline_factory (void);
GtkListItemFactory *ethos_clause_rows_hit_factory (EthosCitationFunc citation, gpointer data);
GtkListItemFactory *ethos_clause_rows_bookmark_factory (EthosCitationFunc citation, gpointer data);
GtkWidget          *ethos_clause_rows_create_code_row (gpointer item, gpointer data);
char               *ethos_clause_rows_first_line (const char *text, guint max_chars);

G_END_DECLS
