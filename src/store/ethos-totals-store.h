/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-diary-totals.h"
#include "ethos-store.h"

G_BEGIN_DECLS

EthosBodyRules *ethos_body_rules_new_unset (void);
GArray         *ethos_store_supervision_totals (EthosStore            *self,
                                                const EthosBodyRules  *rules,
                                                const char            *from_month,
                                                const char            *to_month,
                                                GError               **error);
GArray         *ethos_store_cpd_totals (EthosStore            *self,
                                        const EthosBodyRules  *rules,
                                        const char            *from,
                                        const char            *to,
                                        GError               **error);
int             ethos_store_cpd_minutes (EthosStore *self, const char *from, const char *to);

G_END_DECLS
