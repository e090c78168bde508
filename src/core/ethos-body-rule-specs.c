/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-body-rules"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-body-rules-private.h"
#include "ethos-date.h"
#include "ethos-entry.h"

/* The rules a body file may set and a practitioner may override, each with its type and bounds:
 * the same reader checks a shipped file, an imported one and a number typed as an override, so
 * all three refuse the same things. */

/* The bounds refuse what cannot be meant rather than what is unusual: a month has 44,640
 * minutes, so 100,000 minutes of supervision a month is a slip; 6000 (100 hours) is already far
 * beyond any body's figure. */
static const EthosRuleSpec rule_specs[] = {
  { "Supervision.MonthlyMinutes", RULE_INT, 1, 6000,
    G_STRUCT_OFFSET (EthosBodyRules, monthly_minutes), NC_("rule unit", "minutes") },
  { "Supervision.GroupCredit", RULE_GROUP_CREDIT, 0, 0,
    G_STRUCT_OFFSET (EthosBodyRules, group_credit), NULL },
  { "Supervision.ClientHoursPerSupervisionHour", RULE_DECIMAL, 1, 100,
    G_STRUCT_OFFSET (EthosBodyRules, client_hours_per_supervision_hour),
    NC_("rule unit", "client hours") },
  { "Supervision.MaxGroupShare", RULE_INT, 0, 100,
    G_STRUCT_OFFSET (EthosBodyRules, max_group_share_percent), NC_("rule unit", "percent") },
  /* A gap longer than a leap year is no rule about regular supervision. */
  { "Supervision.MaxGapDays", RULE_INT, 1, 366,
    G_STRUCT_OFFSET (EthosBodyRules, max_gap_days), NC_("rule unit", "days") },
  { "Supervision.MaxGroupSize", RULE_INT, 2, 100,
    G_STRUCT_OFFSET (EthosBodyRules, max_group_size), NC_("rule unit", "people") },
  { "Supervision.AverageMonths", RULE_INT, 2, 12,
    G_STRUCT_OFFSET (EthosBodyRules, average_months), NC_("rule unit", "months") },
  { "Supervision.ProRataBelowPercent", RULE_INT, 1, 100,
    G_STRUCT_OFFSET (EthosBodyRules, pro_rata_below_percent), NC_("rule unit", "percent") },
  { "Supervision.ProRataFloorMinutes", RULE_INT, 1, 6000,
    G_STRUCT_OFFSET (EthosBodyRules, pro_rata_floor_minutes), NC_("rule unit", "minutes") },
  { "Supervision.NoClientsBreak", RULE_BOOL, 0, 1,
    G_STRUCT_OFFSET (EthosBodyRules, no_clients_break), NULL },
  { "CPD.TargetMinutes", RULE_INT, 1, 120000,
    G_STRUCT_OFFSET (EthosBodyRules, cpd_target_minutes), NC_("rule unit", "minutes") },
  { "CPD.PeriodMonths", RULE_INT, 1, 120,
    G_STRUCT_OFFSET (EthosBodyRules, cpd_period_months), NC_("rule unit", "months") },
  { "CPD.MinKinds", RULE_INT, 1, 5,
    G_STRUCT_OFFSET (EthosBodyRules, cpd_min_kinds), NC_("rule unit", "kinds of activity") },
  { "CPD.FlagGapMonths", RULE_INT, 1, 60,
    G_STRUCT_OFFSET (EthosBodyRules, cpd_flag_gap_months), NC_("rule unit", "months") },
  { "CPD.AnnualMinimumMinutes", RULE_INT, 1, 30000,
    G_STRUCT_OFFSET (EthosBodyRules, cpd_annual_minimum_minutes), NC_("rule unit", "minutes") },
  { "CPD.Topic", RULE_TOPIC, 0, 0, G_STRUCT_OFFSET (EthosBodyRules, cpd_topic), NULL },
  { "CPD.TopicMinutes", RULE_INT, 1, 30000,
    G_STRUCT_OFFSET (EthosBodyRules, cpd_topic_minutes), NC_("rule unit", "minutes") },
  { "CPD.MinReflections", RULE_INT, 1, 100,
    G_STRUCT_OFFSET (EthosBodyRules, cpd_min_reflections),
    NC_("rule unit", "activities with a reflective statement") },
};

const char *const ethos_body_rule_keys[] = {
  "Supervision.MonthlyMinutes",
  "Supervision.GroupCredit",
  "Supervision.ClientHoursPerSupervisionHour",
  "Supervision.MaxGroupShare",
  "Supervision.MaxGapDays",
  "Supervision.MaxGroupSize",
  "Supervision.AverageMonths",
  "Supervision.ProRataBelowPercent",
  "Supervision.ProRataFloorMinutes",
  "Supervision.NoClientsBreak",
  "CPD.TargetMinutes",
  "CPD.PeriodMonths",
  "CPD.MinKinds",
  "CPD.FlagGapMonths",
  "CPD.AnnualMinimumMinutes",
  "CPD.Topic",
  "CPD.TopicMinutes",
  "CPD.MinReflections",
  NULL,
};

G_STATIC_ASSERT (G_N_ELEMENTS (rule_specs) + 1 == G_N_ELEMENTS (ethos_body_rule_keys));

const EthosRuleSpec *
ethos_rule_specs (guint *n_specs)
{
  *n_specs = G_N_ELEMENTS (rule_specs);
  return rule_specs;
}

const EthosRuleSpec *
ethos_rule_spec_find (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (rule_specs); i++)
    if (g_strcmp0 (rule_specs[i].key, key) == 0)
      return &rule_specs[i];
  return NULL;
}

/* A new set of rules with nothing set. */
EthosBodyRules *
ethos_body_rules_new (void)
{
  EthosBodyRules *rules = g_new0 (EthosBodyRules, 1);

  for (guint i = 0; i < G_N_ELEMENTS (rule_specs); i++)
    if (rule_specs[i].type == RULE_INT || rule_specs[i].type == RULE_TOPIC)
      G_STRUCT_MEMBER (int, rules, rule_specs[i].offset) = ETHOS_RULE_NOT_SET;
  rules->group_credit = ETHOS_GROUP_CREDIT_FULL;
  rules->codes = g_new0 (char *, 1);
  rules->classes = g_ptr_array_new ();
  rules->sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  rules->elsewhere = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) ethos_rule_scope_free);
  return rules;
}

static gboolean
is_digits (const char *text)
{
  if (text[0] == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* "6", "6.5", "7.25": no sign, exponent or more than two decimals, so that what is shown back
 * (ethos_body_rules_get_value) is exactly what was typed. */
static gboolean
read_decimal (const char *text, double *value)
{
  const char *point = strchr (text, '.');

  if (strlen (text) > 9)
    return FALSE;
  if (point == NULL)
    {
      if (!is_digits (text))
        return FALSE;
    }
  else
    {
      g_autofree char *whole = g_strndup (text, (gsize) (point - text));

      if (!is_digits (whole) || !is_digits (point + 1) || strlen (point + 1) > 2)
        return FALSE;
    }
  *value = g_ascii_strtod (text, NULL);
  return TRUE;
}

/* @number with at most two decimals and no trailing zeros, a dot whatever the locale: 30, 7.5,
 * 2.25. */
char *
ethos_format_decimal (double number)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", number);
  end = buffer + strlen (buffer) - 1;
  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  return g_strdup (buffer);
}

static gboolean
set_int (int *field, const EthosRuleSpec *spec, const char *text, gboolean unset, GError **error)
{
  guint64 number = 0;

  if (unset)
    {
      *field = ETHOS_RULE_NOT_SET;
      return TRUE;
    }
  /* ten digits and more cannot be in range, and would overflow the conversion */
  if (!is_digits (text) || strlen (text) > 9
      || (number = g_ascii_strtoull (text, NULL, 10)) < (guint64) spec->min
      || number > (guint64) spec->max)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                   /* Translators: the rule's key (Supervision.MonthlyMinutes), its unit
                    * ("minutes", context "rule unit"), the bounds and what was typed */
                   _("%s takes a whole number of %s from %d to %d, or nothing for not "
                     "set: “%s” is not one"),
                   spec->key, g_dpgettext2 (GETTEXT_PACKAGE, "rule unit", spec->unit),
                   spec->min, spec->max, text);
      return FALSE;
    }
  *field = (int) number;
  return TRUE;
}

static gboolean
set_decimal (double *field, const EthosRuleSpec *spec, const char *text, gboolean unset,
             GError **error)
{
  double number = 0;

  if (unset)
    {
      *field = 0;
      return TRUE;
    }
  if (!read_decimal (text, &number) || number < spec->min || number > spec->max)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                   _("%s takes a number of %s from %d to %d (such as 6 or 7.5), or "
                     "nothing for not set: “%s” is not one"),
                   spec->key, g_dpgettext2 (GETTEXT_PACKAGE, "rule unit", spec->unit),
                   spec->min, spec->max, text);
      return FALSE;
    }
  *field = number;
  return TRUE;
}

/* Sets one rule from its text: "" (or "unset") is "not set". Leaves @rules as it was on error. */
gboolean
ethos_rule_spec_set (EthosBodyRules      *rules,
                     const EthosRuleSpec *spec,
                     const char          *value,
                     GError             **error)
{
  g_autofree char *text = g_strstrip (g_strdup (value != NULL ? value : ""));
  gpointer field = G_STRUCT_MEMBER_P (rules, spec->offset);
  gboolean unset = text[0] == '\0' || g_ascii_strcasecmp (text, "unset") == 0;

  switch (spec->type)
    {
    case RULE_INT:
      return set_int (field, spec, text, unset, error);

    case RULE_DECIMAL:
      return set_decimal (field, spec, text, unset, error);

    case RULE_GROUP_CREDIT:
      /* "Not set" is counting group time as it is: a body that says nothing about groups has
       * given no reason to count less. */
      if (unset || g_ascii_strcasecmp (text, "full") == 0)
        *(EthosGroupCredit *) field = ETHOS_GROUP_CREDIT_FULL;
      else if (g_ascii_strcasecmp (text, "bacp") == 0)
        *(EthosGroupCredit *) field = ETHOS_GROUP_CREDIT_BACP;
      else
        {
          g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE,
                       _("%s is “full” (group time counts as it is) or “bacp” (4 or fewer "
                         "people: half; 5 or more: the time divided by the number): “%s” is "
                         "neither"),
                       spec->key, text);
          return FALSE;
        }
      return TRUE;

    case RULE_BOOL:
      /* Not set is "no": a body that says nothing of breaks has allowed none. */
      if (unset || g_ascii_strcasecmp (text, "false") == 0)
        *(gboolean *) field = FALSE;
      else if (g_ascii_strcasecmp (text, "true") == 0)
        *(gboolean *) field = TRUE;
      else
        {
          g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE,
                       _("%s is “true” or “false”: “%s” is neither"), spec->key, text);
          return FALSE;
        }
      return TRUE;

    case RULE_TOPIC:
      if (unset)
        {
          *(int *) field = ETHOS_RULE_NOT_SET;
          return TRUE;
        }
      for (int i = 0; ethos_cpd_topics[i] != NULL; i++)
        if (g_str_equal (text, ethos_cpd_topics[i]))
          {
            *(int *) field = i;
            return TRUE;
          }
      {
        g_autofree char *known = g_strjoinv (", ", (GStrv) ethos_cpd_topics);

        g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE,
                     _("%s is a topic of CPD, one of %s: “%s” is not one"), spec->key, known,
                     text);
      }
      return FALSE;

    default:
      g_assert_not_reached ();
    }
}

/* The rule as a file would say it, or NULL when not set. */
char *
ethos_rule_spec_get (const EthosBodyRules *rules, const EthosRuleSpec *spec)
{
  gconstpointer field = G_STRUCT_MEMBER_P (rules, spec->offset);

  switch (spec->type)
    {
    case RULE_INT:
      {
        int number = *(const int *) field;

        return number == ETHOS_RULE_NOT_SET ? NULL : g_strdup_printf ("%d", number);
      }
    case RULE_DECIMAL:
      {
        double number = *(const double *) field;

        /* at most two decimals were accepted, so this is what was typed */
        return number <= 0 ? NULL : ethos_format_decimal (number);
      }
    case RULE_GROUP_CREDIT:
      return g_strdup (*(const EthosGroupCredit *) field == ETHOS_GROUP_CREDIT_BACP ? "bacp"
                                                                                     : "full");
    case RULE_BOOL:
      return *(const gboolean *) field ? g_strdup ("true") : NULL;
    case RULE_TOPIC:
      {
        int topic = *(const int *) field;

        return topic == ETHOS_RULE_NOT_SET ? NULL : g_strdup (ethos_cpd_topics[topic]);
      }
    default:
      g_assert_not_reached ();
    }
}
