/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For ethos-standing*.c only: the checks of one body, and how they free. */

#include "ethos-standing.h"

G_BEGIN_DECLS

void ethos_standing_check_free (gpointer data);
void ethos_standing_add_check (GPtrArray        *checks,
                               const char       *rule,
                               EthosCheckStatus  status,
                               const char       *source,
                               char             *detail);
EthosCheckStatus ethos_standing_worst (GPtrArray *checks);
EthosCheckStatus ethos_standing_cumulative_status (EthosCheck check, int days_left);

void ethos_standing_fill_month (EthosSupervisionStanding   *out,
                                const EthosBodyRules       *rules,
                                const EthosStandingInput   *input,
                                const GDate                *first_day,
                                gboolean                    current);
void ethos_standing_fill_cpd (EthosCpdStanding         *out,
                              const EthosStandingBody  *body,
                              const EthosStandingInput *input);
void ethos_standing_month_clear (EthosSupervisionStanding *month);
void ethos_standing_cpd_clear (EthosCpdStanding *cpd);

G_END_DECLS
