/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standing"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-standing-private.h"

/* What every body's checks share: the list of checks and how each is added, the worst of them,
 * and the sentence for a rule the body does not set. A month's checks are in
 * ethos-standing-month.c, the CPD period's in ethos-standing-cpd.c. What is still being worked
 * towards is "in progress" while there is time: a monthly minimum not reached before the month
 * is out, CPD hours or kinds short while more than ETHOS_CPD_SHORTFALL_DAYS of the period are
 * left. What has already gone wrong is "not met" at once, even in the current month: too much
 * of it in groups, too little for the client hours recorded, a gap without CPD, a finished year
 * under its minimum. */

void
ethos_standing_check_free (gpointer data)
{
  EthosStandingCheck *check = data;

  g_free (check->detail);
  g_free (check->source);
  g_free (check);
}

/* Takes @detail. */
void
ethos_standing_add_check (GPtrArray        *checks,
                          const char       *rule,
                          EthosCheckStatus  status,
                          const char       *source,
                          char             *detail)
{
  EthosStandingCheck *check = g_new0 (EthosStandingCheck, 1);

  check->rule = rule;
  check->status = status;
  check->source = g_strdup (source != NULL ? source : "");
  check->detail = detail;
  g_ptr_array_add (checks, check);
}

EthosCheckStatus
ethos_standing_worst (GPtrArray *checks)
{
  EthosCheckStatus worst = ETHOS_CHECK_STATUS_NOT_SET;

  for (guint i = 0; i < checks->len; i++)
    {
      const EthosStandingCheck *check = g_ptr_array_index (checks, i);

      worst = MAX (worst, check->status);
    }
  return worst;
}

/* As practitioners say it: "BACP". */
const char *
ethos_standing_body_name (const EthosBodyRules *rules)
{
  return rules->short_name[0] != '\0' ? rules->short_name : rules->name;
}

/* The body rule each check reads ("supervision.monthly-minimum" reads
 * Supervision.MonthlyMinutes), for its source and whom it binds. */
static const struct
{
  const char *check;
  const char *key;
} check_keys[] = {
  { "supervision.monthly-minimum", "Supervision.MonthlyMinutes" },
  { "supervision.group-share", "Supervision.MaxGroupShare" },
  { "supervision.client-ratio", "Supervision.ClientHoursPerSupervisionHour" },
  { "cpd.target", "CPD.TargetMinutes" },
  { "cpd.kinds", "CPD.MinKinds" },
  { "cpd.annual-minimum", "CPD.AnnualMinimumMinutes" },
  { "cpd.gaps", "CPD.FlagGapMonths" },
  { "cpd.topic", "CPD.TopicMinutes" },
  { "cpd.reflections", "CPD.MinReflections" },
};

static const char *
check_key (const char *check)
{
  for (guint i = 0; i < G_N_ELEMENTS (check_keys); i++)
    if (g_str_equal (check_keys[i].check, check))
      return check_keys[i].key;
  g_return_val_if_reached (NULL);
}

/* Where the number @check is judged against comes from. */
const char *
ethos_standing_rule_source (const EthosBodyRules *rules, const char *check)
{
  return ethos_body_rules_get_source (rules, check_key (check));
}

/* Whether judging @check waits for the practitioner's class or practice. */
gboolean
ethos_standing_needs_profile (const EthosBodyRules *rules, const char *check)
{
  const EthosRuleScope *scope = ethos_body_rules_get_scope (rules, check_key (check));

  return scope != NULL
         && ((scope->classes != NULL && scope->class_unknown)
             || ((scope->classes == NULL || scope->class_binds)
                 && rules->practice == ETHOS_PRACTICE_NOT_SET));
}

/* A check of @check whose number the body does not set for this practitioner, and neither have
 * they: not set at all, or set for others only. */
void
ethos_standing_add_not_set (GPtrArray *checks, const char *check, const EthosBodyRules *rules)
{
  const EthosRuleScope *scope = ethos_body_rules_get_scope (rules, check_key (check));
  EthosCheckStatus status = ETHOS_CHECK_STATUS_NOT_SET;
  char *detail;

  if (scope != NULL)
    {
      gboolean unknown = FALSE;

      detail = ethos_rule_scope_describe (rules, scope, &unknown);
      status = unknown ? ETHOS_CHECK_STATUS_UNKNOWN : ETHOS_CHECK_STATUS_EXEMPT;
    }
  else
    /* Translators: %s is a professional body ("BACP") */
    detail = g_strdup_printf (_("Not set by %s, and you have set no number of your own"),
                              ethos_standing_body_name (rules));
  ethos_standing_add_check (checks, check, status,
                            scope != NULL ? scope->source
                                          : ethos_standing_rule_source (rules, check),
                            detail);
}

/* Whether a check in @status takes the headline away from "good". */
gboolean
ethos_check_status_counts (EthosCheckStatus status)
{
  return status == ETHOS_CHECK_STATUS_NOT_MET;
}
