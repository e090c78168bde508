/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-body-rules.h"

G_BEGIN_DECLS

/* What the parts of the body rules share: the table of rules (ethos-body-rule-specs.c), read by
 * the file reader (ethos-body-file.c) and by the overrides and values (ethos-body-rules.c). */

typedef enum
{
  RULE_INT,
  RULE_DECIMAL,
  RULE_GROUP_CREDIT,
  RULE_BOOL,
  RULE_TOPIC,
} EthosRuleType;

typedef struct
{
  const char   *key; /* "Group.Key", as the practitioner names it */
  EthosRuleType type;
  int           min;
  int           max;
  gsize         offset;
  const char   *unit; /* for messages: "minutes" (context "rule unit") */
} EthosRuleSpec;

const EthosRuleSpec *ethos_rule_spec_find (const char *key);
const EthosRuleSpec *ethos_rule_specs (guint *n_specs);
gboolean             ethos_rule_spec_set (EthosBodyRules      *rules,
                                          const EthosRuleSpec *spec,
                                          const char          *value,
                                          GError             **error);
char                *ethos_rule_spec_get (const EthosBodyRules *rules, const EthosRuleSpec *spec);

EthosBodyRules      *ethos_body_rules_new (void);

/* The body file's reader (ethos-body-file.c) and its groups that are not rules
 * (ethos-body-file-sections.c). */
char                *ethos_body_file_text (GKeyFile *keyfile, const char *group, const char *key);
gboolean             ethos_body_file_refuse_key (const char  *body,
                                                 const char  *group,
                                                 const char  *key,
                                                 GError     **error);
gboolean             ethos_body_file_read_renewal (GKeyFile        *keyfile,
                                                   EthosBodyRules  *rules,
                                                   GError         **error);
gboolean             ethos_body_file_read_accreditation (GKeyFile        *keyfile,
                                                         EthosBodyRules  *rules,
                                                         GError         **error);
void                 ethos_rule_scope_free (EthosRuleScope *scope);

G_END_DECLS
