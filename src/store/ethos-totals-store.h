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
GArray         *ethos_store_read_supervision_facts (EthosStore    *self,
                                                    const char    *from,
                                                    const char    *to,
                                                    GStringChunk  *strings,
                                                    GError       **error);
GArray         *ethos_store_read_cpd_facts (EthosStore    *self,
                                            const char    *from,
                                            const char    *to,
                                            GStringChunk  *strings,
                                            GError       **error);

/* For ethos_cpd_periods(): the opening balance of a body's period, read from the store. */
typedef struct
{
  EthosStore *store;
  const char *body_id;
} EthosBalanceLookup;

int             ethos_store_lookup_opening_balance (const char *period_start, gpointer data);
int             ethos_store_cpd_minutes (EthosStore *self, const char *from, const char *to);

G_END_DECLS
