/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-entry.h"

G_BEGIN_DECLS

/* A number the body does not state (and the practitioner has not set). */
#define ETHOS_RULE_NOT_SET (-1)

typedef enum
{
  ETHOS_GROUP_CREDIT_FULL, /* group time counts as it is */
  ETHOS_GROUP_CREDIT_BACP, /* 4 or fewer people: half the time; 5 or more: time / people */
} EthosGroupCredit;

/* What one professional body asks in supervision and CPD (data/bodies/<id>.ini), with the
 * practitioner's overrides applied. Every int is ETHOS_RULE_NOT_SET when not set; text fields
 * are never NULL (source and note are empty when the file has none). */
typedef struct
{
  char            *id;
  char            *name;
  char            *short_name;
  char            *source;
  char            *note;

  /* Supervision */
  int              monthly_minutes;
  EthosGroupCredit group_credit;
  double           client_hours_per_supervision_hour; /* 0 when not set */
  int              max_group_share_percent;
  int              max_gap_days; /* the most days from one session to the next */

  /* CPD */
  int              cpd_target_minutes;
  int              cpd_period_months;
  int              cpd_min_kinds;
  int              cpd_flag_gap_months;
  int              cpd_annual_minimum_minutes;
} EthosBodyRules;

/* The keys a practitioner can override, as "Group.Key", NULL-terminated. */
extern const char *const ethos_body_rule_keys[];

EthosBodyRules *ethos_body_rules_parse (GBytes *bytes, GError **error);
EthosBodyRules *ethos_body_rules_copy (const EthosBodyRules *rules);
void            ethos_body_rules_free (EthosBodyRules *rules);

gboolean        ethos_body_rules_override (EthosBodyRules  *rules,
                                           const char      *key,
                                           const char      *value,
                                           GError         **error);
char           *ethos_body_rules_get_value (const EthosBodyRules *rules, const char *key);
gboolean        ethos_body_rule_bounds (const char *key, int *min, int *max);

int             ethos_body_rules_credited_minutes (const EthosBodyRules   *rules,
                                                   EthosSupervisionFormat  format,
                                                   int                     minutes,
                                                   int                     group_size);
gboolean        ethos_body_rules_is_group_session (EthosSupervisionFormat format, int group_size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosBodyRules, ethos_body_rules_free)

char *ethos_format_decimal (double number);

G_END_DECLS
