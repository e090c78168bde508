/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For ethos-standing*.c only: the checks of one body, how they are added and freed, and the
 * pieces the evaluator takes from the files that judge a month, a CPD period and the headline. */

#include "ethos-standing.h"

G_BEGIN_DECLS

void ethos_standing_first_of_month (const GDate *day, int months_back, GDate *first);
const char *ethos_standing_body_name (const EthosBodyRules *rules);

void ethos_standing_check_free (gpointer data);
void ethos_standing_add_check (GPtrArray        *checks,
                               const char       *rule,
                               EthosCheckStatus  status,
                               const char       *source,
                               char             *detail);
void ethos_standing_add_not_set (GPtrArray            *checks,
                                 const char           *rule,
                                 const EthosBodyRules *rules);
EthosCheckStatus ethos_standing_worst (GPtrArray *checks);
const char *ethos_standing_rule_source (const EthosBodyRules *rules, const char *check);
gboolean ethos_standing_needs_profile (const EthosBodyRules *rules, const char *check);

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

void ethos_standing_decide_headline (EthosStanding *standing, const GDate *today);
char *ethos_standing_describe_last_supervision (const char *date_text, const GDate *today);

G_END_DECLS
