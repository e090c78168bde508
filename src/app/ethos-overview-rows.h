/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The Overview page's rows: see ethos-overview-rows.c. */

#include <adwaita.h>

#include "ethos-body-rules.h"
#include "ethos-store.h"

G_BEGIN_DECLS

/* What one refresh of the Overview finds, for the headline. */
typedef struct
{
  GPtrArray *short_bodies;      /* names of the bodies whose minimum is not met, when it counts */
  GPtrArray *unreadable_bodies; /* ids of the bodies whose rules could not be read */
  gboolean   any_minimum;       /* some body sets a monthly minimum */
  gboolean   short_so_far;      /* some minimum is not met yet, early in the month */
  guint      overdue;           /* reminders past their due date */
} EthosOverviewStanding;

void ethos_overview_rows_add_unreadable (GtkListBox *list, const char *title, const GError *error);
void ethos_overview_rows_add_supervision (GtkListBox            *list,
                                          EthosStore            *store,
                                          const EthosBodyRules  *rules,
                                          const char            *month,
                                          gboolean               month_half_gone,
                                          EthosOverviewStanding *standing);
void ethos_overview_rows_add_last_supervision (GtkListBox  *list,
                                               EthosStore  *store,
                                               const GDate *today);
void ethos_overview_rows_add_cpd (GtkListBox           *list,
                                  EthosStore           *store,
                                  const EthosBodyRules *rules,
                                  const char           *from,
                                  const char           *today);
void ethos_overview_rows_add_reminders (GtkListBox            *attention_list,
                                        GtkListBox            *renewals_list,
                                        EthosStore            *store,
                                        const char            *today,
                                        EthosOverviewStanding *standing,
                                        guint                 *n_attention,
                                        guint                 *n_renewals);

G_END_DECLS
