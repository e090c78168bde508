/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-body-rules"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-body-rules-private.h"
#include "ethos-entry.h"

/* Each rule in words for people, as the audit pack and the Requirements list state it: the one
 * sentence for a rule, whoever shows it. */

static char *
hours (int minutes)
{
  return ethos_format_decimal (minutes / 60.0);
}

/* The rule @key of @rules in a sentence, or NULL when it is not set (group credit, which is
 * never unset, always has one). */
char *
ethos_body_rule_describe (const EthosBodyRules *rules, const char *key)
{
  const EthosRuleSpec *spec = ethos_rule_spec_find (key);
  g_autofree char *value = NULL;
  int number;

  g_return_val_if_fail (rules != NULL && spec != NULL, NULL);

  if (spec->type == RULE_GROUP_CREDIT)
    return g_strdup (rules->group_credit == ETHOS_GROUP_CREDIT_BACP
                       ? _("Group time counts half in groups of 4 or fewer, and is divided by "
                           "the number of people in larger groups")
                       : _("Group time counts in full"));
  if ((value = ethos_rule_spec_get (rules, spec)) == NULL)
    return NULL;
  if (spec->type == RULE_BOOL)
    return g_strdup (_("A month you mark as without clients is not judged"));
  if (spec->type == RULE_TOPIC)
    /* Translators: a topic of CPD, "CBT skills workshops" */
    return g_strdup_printf (_("Hours of %s are counted on their own"),
                            ethos_cpd_topic_name (value));
  if (spec->type == RULE_DECIMAL)
    /* Translators: client hours one hour of supervision covers ("6") */
    return g_strdup_printf (_("One hour of supervision for every %s client hours"), value);
  number = G_STRUCT_MEMBER (int, rules, spec->offset);
  if (g_str_equal (key, "Supervision.MonthlyMinutes"))
    return g_strdup_printf (_("At least %d minutes of supervision credited in each calendar "
                              "month"),
                            number);
  if (g_str_equal (key, "Supervision.MaxGroupShare"))
    return g_strdup_printf (_("At most %d%% of the supervision credited in groups"), number);
  if (g_str_equal (key, "Supervision.MaxGapDays"))
    return g_strdup_printf (_("At most %d days from one supervision session to the next"),
                            number);
  if (g_str_equal (key, "Supervision.MaxGroupSize"))
    return g_strdup_printf (_("Groups of more than %d people do not count"), number);
  if (g_str_equal (key, "Supervision.AverageMonths"))
    return g_strdup_printf (_("The monthly minimum may be met on average over %d months"),
                            number);
  if (g_str_equal (key, "Supervision.ProRataBelowPercent"))
    return g_strdup_printf (_("Pro rata below %d%% of full-time practice"), number);
  if (g_str_equal (key, "Supervision.ProRataFloorMinutes"))
    return g_strdup_printf (_("Pro rata, but not below %d minutes a month"), number);
  if (g_str_equal (key, "CPD.TargetMinutes"))
    {
      g_autofree char *text = hours (number);

      return g_strdup_printf (_("%s hours of CPD in each period"), text);
    }
  if (g_str_equal (key, "CPD.PeriodMonths"))
    return g_strdup_printf (_("CPD is counted in periods of %d months"), number);
  if (g_str_equal (key, "CPD.MinKinds"))
    return g_strdup_printf (_("At least %d kinds of CPD activity in each period"), number);
  if (g_str_equal (key, "CPD.FlagGapMonths"))
    return g_strdup_printf (_("No stretch of %d months or more without CPD"), number);
  if (g_str_equal (key, "CPD.TopicMinutes"))
    {
      g_autofree char *text = hours (number);
      const char *topic = rules->cpd_topic != ETHOS_RULE_NOT_SET
                            ? ethos_cpd_topic_name (ethos_cpd_topics[rules->cpd_topic])
                            : _("the topic the body names");

      /* Translators: hours, and a topic of CPD ("CBT skills workshops") */
      return g_strdup_printf (_("At least %s hours of %s in each period"), text, topic);
    }
  if (g_str_equal (key, "CPD.MinReflections"))
    return g_strdup_printf (_("At least %d activities with a reflective statement in each "
                              "period"),
                            number);
  if (g_str_equal (key, "CPD.AnnualMinimumMinutes"))
    {
      g_autofree char *text = hours (number);

      return g_strdup_printf (_("At least %s hours of CPD each year"), text);
    }
  g_return_val_if_reached (NULL);
}

/* Whom a rule set for others binds, in words: the classes when the practitioner's is not among
 * them ("Accredited member, Student"), with the practice when it also binds only one
 * ("…, in full-time practice"); the practice alone when their class is among them. */
char *
ethos_rule_scope_whom (const EthosRuleScope *scope)
{
  g_return_val_if_fail (scope != NULL, NULL);

  if (scope->classes != NULL && !scope->class_binds)
    return scope->practice != NULL
             /* Translators: membership classes, and a kind of practice ("full-time practice") */
             ? g_strdup_printf (_("%s, in %s"), scope->classes, scope->practice)
             : g_strdup (scope->classes);
  return g_strdup (scope->practice != NULL ? scope->practice : "");
}

/* Why a rule @rules sets for others does not bind this practitioner, or is not known to: a
 * sentence for the standing, the Requirements and the audit pack. @unknown is set when it
 * waits for the practitioner's class or practice. */
char *
ethos_rule_scope_describe (const EthosBodyRules *rules, const EthosRuleScope *scope,
                           gboolean *unknown)
{
  const char *body = rules->short_name[0] != '\0' ? rules->short_name : rules->name;
  const char *mine = ethos_body_rules_class_name (rules, rules->membership_class);
  g_autofree char *whom = ethos_rule_scope_whom (scope);

  g_return_val_if_fail (scope != NULL, NULL);

  *unknown = FALSE;
  if (scope->classes != NULL && scope->class_unknown)
    {
      *unknown = TRUE;
      /* Translators: a body ("BACP"), and the membership classes a rule binds */
      return g_strdup_printf (_("%s sets this for these classes only: %s. Choose your "
                                "membership class in Preferences to have it judged"),
                              body, scope->classes);
    }
  if (scope->classes != NULL && !scope->class_binds)
    /* Translators: a body, whom a rule binds, and the practitioner's class */
    return g_strdup_printf (_("%s sets this for %s, not for your class (%s)"), body, whom,
                            mine != NULL ? mine : "");
  if (rules->practice == ETHOS_PRACTICE_NOT_SET)
    {
      *unknown = TRUE;
      /* Translators: a body, and the kind of practice a rule binds ("full-time practice") */
      return g_strdup_printf (_("%s sets this for %s only. Say whether you practise full or "
                                "part time in Preferences to have it judged"),
                              body, whom);
    }
  /* Translators: a body, and the kind of practice a rule binds ("full-time practice") */
  return g_strdup_printf (_("%s sets this for %s, not for yours"), body, whom);
}

/* The practitioner's practice in words, or NULL when they have not said. */
char *
ethos_practice_describe (EthosPractice practice, int percent)
{
  switch (practice)
    {
    case ETHOS_PRACTICE_FULL_TIME:
      return g_strdup (_("Full-time practice"));
    case ETHOS_PRACTICE_PART_TIME:
      return percent > 0
               /* Translators: a percentage of full time */
               ? g_strdup_printf (_("Part-time practice, %d%% of full time"), percent)
               : g_strdup (_("Part-time practice"));
    case ETHOS_PRACTICE_NOT_SET:
    default:
      return NULL;
    }
}
