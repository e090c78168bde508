/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the audit pack's own files (ethos-audit-pack*.c) only. */

#include "ethos-body-rules.h"
#include "ethos-pdf.h"
#include "ethos-records.h"
#include "ethos-standing.h"
#include "ethos-store.h"

G_BEGIN_DECLS

void ethos_audit_pack_add_cover (EthosPdfDocument   *doc,
                                 EthosStore         *store,
                                 GPtrArray          *memberships,
                                 GPtrArray          *rules,
                                 const EthosRecords *records,
                                 const EthosStanding *standing,
                                 const char         *from,
                                 const char         *to,
                                 const char         *today);
void     ethos_audit_pack_add_rules (EthosPdfDocument *doc, const EthosBodyRules *body);
void     ethos_audit_pack_add_statements (EthosPdfDocument *doc,
                                          GPtrArray        *sessions,
                                          GPtrArray        *supervisors,
                                          const char       *practitioner,
                                          const char       *from,
                                          const char       *to);

GPtrArray *ethos_audit_pack_period_supervisors (EthosStore  *store,
                                                GPtrArray   *sessions,
                                                GError     **error);
void     ethos_audit_pack_add_supervisors (EthosPdfDocument *doc, GPtrArray *supervisors);
void     ethos_audit_pack_add_client_hours (EthosPdfDocument *doc,
                                            const GArray     *months,
                                            GPtrArray        *rules,
                                            const char       *from,
                                            const char       *to,
                                            const char       *today);
gboolean ethos_audit_pack_add_plan (EthosPdfDocument *doc, GPtrArray *plan, const char *today);

G_END_DECLS
