/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-body-rules.h"
#include "ethos-store.h"

G_BEGIN_DECLS

GStrv           ethos_body_ids_shipped (void);
EthosBodyRules *ethos_body_rules_load_shipped (const char *body_id, GError **error);
EthosBodyRules *ethos_store_load_body_rules (EthosStore *self, const char *body_id, GError **error);
EthosBodyRules *ethos_store_load_body_rules_published (EthosStore  *self,
                                                       const char  *body_id,
                                                       GError     **error);
EthosBodyRules *ethos_store_load_first_body_rules (EthosStore *self, GError **error);
gboolean        ethos_store_counts_cpd_topic (EthosStore *self, const char *topic);
gboolean        ethos_store_override_body_rule (EthosStore  *self,
                                                const char  *body_id,
                                                const char  *key,
                                                const char  *value,
                                                GError     **error);

G_END_DECLS
