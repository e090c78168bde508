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

/* How much of full time a practitioner practises: rules such as NCPS's monthly minimum bind
 * full-time practice only, and BABCP's is pro rata below half time. */
typedef enum /*< prefix=ETHOS_PRACTICE >*/
{
  ETHOS_PRACTICE_NOT_SET,   /*< nick=not-set >*/
  ETHOS_PRACTICE_FULL_TIME, /*< nick=full-time >*/
  ETHOS_PRACTICE_PART_TIME, /*< nick=part-time >*/
} EthosPractice;

/* Whom a body's rules are read for: a rule of the body file scoped to membership classes or to
 * a kind of practice binds only the practitioners it names. */
typedef struct
{
  const char   *membership_class; /* one of the body's class ids, or NULL: not given */
  EthosPractice practice;
  int           percent;          /* of full time, 1 to 100, for part-time; 0 when not given */
} EthosPractitioner;

/* A membership class a body names ("accredited"), with its name for people. */
typedef struct
{
  char *id;
  char *name;
} EthosBodyClass;

/* A rule the body file sets for others than this practitioner (or for a class they have not
 * given): whom it binds, in words ("Accredited member, Student, Applicant"; "full-time
 * practice"), so that a check can say why it does not bind them. */
typedef struct
{
  char    *classes;       /* the classes' names, or NULL when the rule is for every class */
  char    *practice;      /* "full-time practice", or NULL when for every kind */
  gboolean class_unknown; /* it would bind some class, and the practitioner gave none */
  gboolean class_binds;   /* the practitioner's class is among them (the practice is not) */
  char    *rule;          /* the rule in words, as it binds them */
  char    *source;
} EthosRuleScope;

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
  GStrv            codes; /* the codes it binds its members to ([Body] Codes=), the one to read
                           * first first; never NULL, maybe empty */

  /* Whom these rules were read for (ethos_body_rules_parse_for ()). */
  char            *membership_class; /* the class id, or NULL */
  EthosPractice    practice;
  int              practice_percent;
  GPtrArray       *classes;          /* EthosBodyClass, in the file's order; maybe empty */

  /* Renewal ([Renewal]): how often accreditation is renewed ("1y", "5y") and a declaration
   * made, or NULL when the body's file does not say; never overridden. */
  char            *accreditation_every;
  char            *declaration_every;
  char            *renewal_source;

  /* Accreditation ([Accreditation]): the client hours of supervised practice it asks for
   * (BACP: 450) within so many years (6), or 0 when the body's file does not say. */
  int              accreditation_client_hours;
  int              accreditation_client_years;
  char            *accreditation_source;

  /* Supervision */
  int              monthly_minutes;
  EthosGroupCredit group_credit;
  double           client_hours_per_supervision_hour; /* 0 when not set */
  int              max_group_share_percent;
  int              max_gap_days; /* the most days from one session to the next */
  int              max_group_size; /* larger groups count nothing */
  int              average_months; /* the monthly minimum may be an average over these */
  int              pro_rata_below_percent; /* below this share of full time, pro rata … */
  int              pro_rata_floor_minutes; /* … down to this */
  gboolean         no_clients_break; /* a month marked "no clients" is not judged */

  /* CPD */
  int              cpd_target_minutes;
  int              cpd_period_months;
  int              cpd_min_kinds;
  int              cpd_flag_gap_months;
  int              cpd_annual_minimum_minutes;
  int              cpd_topic;            /* an index in ethos_cpd_topics, or not set */
  int              cpd_topic_minutes;    /* CPD on that topic needed in each period */
  int              cpd_min_reflections;  /* activities with a reflective statement */


  /*< private >*/
  GHashTable      *sources;   /* "Group.Key" → where the number in force comes from */
  GHashTable      *elsewhere; /* "Group.Key" → EthosRuleScope: set for others only */
} EthosBodyRules;

/* The keys a practitioner can override, as "Group.Key", NULL-terminated. */
extern const char *const ethos_body_rule_keys[];

EthosBodyRules *ethos_body_rules_parse (GBytes *bytes, GError **error);
EthosBodyRules *ethos_body_rules_parse_for (GBytes                  *bytes,
                                            const EthosPractitioner *practitioner,
                                            GError                 **error);
GStrv           ethos_body_rules_shipped_ids (void);
EthosBodyRules *ethos_body_rules_shipped (const char              *body_id,
                                          const EthosPractitioner *practitioner,
                                          GError                 **error);
const char     *ethos_body_rules_get_source (const EthosBodyRules *rules, const char *key);
const EthosRuleScope *ethos_body_rules_get_scope (const EthosBodyRules *rules, const char *key);
const char     *ethos_body_rules_class_name (const EthosBodyRules *rules, const char *class_id);
gboolean        ethos_body_rules_has_class (const EthosBodyRules *rules, const char *class_id);
gboolean        ethos_body_rules_check_class (const EthosBodyRules *rules,
                                              const char           *class_id,
                                              GError              **error);
char           *ethos_body_rule_describe (const EthosBodyRules *rules, const char *key);
char           *ethos_rule_scope_whom (const EthosRuleScope *scope);
char           *ethos_practice_describe (EthosPractice practice, int percent);
char           *ethos_rule_scope_describe (const EthosBodyRules *rules,
                                           const EthosRuleScope *scope,
                                           gboolean             *unknown);
const char     *ethos_practice_to_string (EthosPractice practice);
gboolean        ethos_practice_from_string (const char *text, EthosPractice *practice, GError **error);
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
