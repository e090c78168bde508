/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The Overview page's rows: see ethos-overview-rows.c. */

#include <adwaita.h>

#include "ethos-standing.h"

G_BEGIN_DECLS

const char *ethos_overview_rows_get_key (GtkWidget *row);
void ethos_overview_rows_add_unreadable (GtkListBox *list, const char *title, const char *message);
void ethos_overview_rows_add_supervision (GtkListBox *list, const EthosBodyStanding *body);
void ethos_overview_rows_add_last_supervision (GtkListBox *list, const EthosStanding *standing);
void ethos_overview_rows_add_cpd (GtkListBox *list, const EthosBodyStanding *body);
void ethos_overview_rows_add_reminders (GtkListBox          *attention_list,
                                        GtkListBox          *renewals_list,
                                        const EthosStanding *standing,
                                        guint               *n_attention,
                                        guint               *n_renewals);

G_END_DECLS
