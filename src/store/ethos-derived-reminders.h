/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-body-rules.h"
#include "ethos-standing.h"
#include "ethos-store.h"

G_BEGIN_DECLS

/* Longest gap between supervision sessions before Ethos reminds, unless a body says otherwise
 * (Supervision.MaxGapDays). */
#define ETHOS_SUPERVISION_GAP_DAYS 35
/* ETHOS_CPD_SHORTFALL_DAYS (ethos-standing.h): how long before a CPD period ends a shortfall is
 * raised, the same days the standing calls it a risk. */

gboolean ethos_store_update_derived_reminders (EthosStore *self, const char *today, GError **error);
int      ethos_store_supervision_gap_days (EthosStore      *self,
                                           EthosBodyRules **body,
                                           GError         **error);

G_END_DECLS
