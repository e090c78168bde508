/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-body-rules"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-body-rules.h"
#include "ethos-date.h"

/* data/bodies/<id>.ini: one body's supervision and CPD numbers (the format is described at the
 * top of each file). The same reader checks a shipped file, a file a practitioner imports and a
 * number a practitioner types as an override, so all three refuse the same things. */

typedef enum
{
  RULE_INT,
  RULE_DECIMAL,
  RULE_GROUP_CREDIT,
} RuleType;

typedef struct
{
  const char *key; /* "Group.Key", as the practitioner names it */
  RuleType    type;
  int         min;
  int         max;
  gsize       offset;
  const char *unit; /* for messages: "a whole number of minutes" (context "rule unit") */
} RuleSpec;

/* The bounds refuse what cannot be meant rather than what is unusual: a month has 44,640
 * minutes, so 100,000 minutes of supervision a month is a slip; 6000 (100 hours) is already far
 * beyond any body's figure. */
static const RuleSpec rule_specs[] = {
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
};

const char *const ethos_body_rule_keys[] = {
  "Supervision.MonthlyMinutes",
  "Supervision.GroupCredit",
  "Supervision.ClientHoursPerSupervisionHour",
  "Supervision.MaxGroupShare",
  "Supervision.MaxGapDays",
  "CPD.TargetMinutes",
  "CPD.PeriodMonths",
  "CPD.MinKinds",
  "CPD.FlagGapMonths",
  "CPD.AnnualMinimumMinutes",
  NULL,
};

G_STATIC_ASSERT (G_N_ELEMENTS (rule_specs) + 1 == G_N_ELEMENTS (ethos_body_rule_keys));

static const char *const body_keys[] = { "Id", "Name", "ShortName", "Source", "Note", NULL };

static const RuleSpec *
find_spec (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (rule_specs); i++)
    if (g_strcmp0 (rule_specs[i].key, key) == 0)
      return &rule_specs[i];
  return NULL;
}

static EthosBodyRules *
rules_new (void)
{
  EthosBodyRules *rules = g_new0 (EthosBodyRules, 1);

  rules->monthly_minutes = ETHOS_RULE_NOT_SET;
  rules->group_credit = ETHOS_GROUP_CREDIT_FULL;
  rules->client_hours_per_supervision_hour = 0;
  rules->max_group_share_percent = ETHOS_RULE_NOT_SET;
  rules->max_gap_days = ETHOS_RULE_NOT_SET;
  rules->cpd_target_minutes = ETHOS_RULE_NOT_SET;
  rules->cpd_period_months = ETHOS_RULE_NOT_SET;
  rules->cpd_min_kinds = ETHOS_RULE_NOT_SET;
  rules->cpd_flag_gap_months = ETHOS_RULE_NOT_SET;
  rules->cpd_annual_minimum_minutes = ETHOS_RULE_NOT_SET;
  return rules;
}

void
ethos_body_rules_free (EthosBodyRules *rules)
{
  if (rules == NULL)
    return;
  g_free (rules->id);
  g_free (rules->name);
  g_free (rules->short_name);
  g_free (rules->source);
  g_free (rules->note);
  g_free (rules);
}

EthosBodyRules *
ethos_body_rules_copy (const EthosBodyRules *rules)
{
  EthosBodyRules *copy;

  g_return_val_if_fail (rules != NULL, NULL);

  copy = g_memdup2 (rules, sizeof *rules);
  copy->id = g_strdup (rules->id);
  copy->name = g_strdup (rules->name);
  copy->short_name = g_strdup (rules->short_name);
  copy->source = g_strdup (rules->source);
  copy->note = g_strdup (rules->note);
  return copy;
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

/* Sets one rule from its text: "" (or "unset") is "not set". Leaves @rules as it was on error. */

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
set_rule (EthosBodyRules *rules, const RuleSpec *spec, const char *value, GError **error)
{
  g_autofree char *text = g_strstrip (g_strdup (value != NULL ? value : ""));
  gpointer field = G_STRUCT_MEMBER_P (rules, spec->offset);
  gboolean unset = text[0] == '\0' || g_ascii_strcasecmp (text, "unset") == 0;

  switch (spec->type)
    {
    case RULE_INT:
      if (unset)
        *(int *) field = ETHOS_RULE_NOT_SET;
      else
        {
          guint64 number = 0;

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
          *(int *) field = (int) number;
        }
      return TRUE;

    case RULE_DECIMAL:
      if (unset)
        *(double *) field = 0;
      else
        {
          double number = 0;

          if (!read_decimal (text, &number) || number < spec->min || number > spec->max)
            {
              g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                           _("%s takes a number of %s from %d to %d (such as 6 or 7.5), or "
                             "nothing for not set: “%s” is not one"),
                           spec->key, g_dpgettext2 (GETTEXT_PACKAGE, "rule unit", spec->unit),
                           spec->min, spec->max, text);
              return FALSE;
            }
          *(double *) field = number;
        }
      return TRUE;

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

    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_body_id (const char *id)
{
  if (id == NULL || id[0] == '\0' || strlen (id) > 32)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static char *
get_text (GKeyFile *keyfile, const char *key)
{
  char *text = g_key_file_get_locale_string (keyfile, "Body", key, NULL, NULL);

  if (text != NULL)
    g_strstrip (text);
  return text;
}

/* A key the format does not have is refused: a misspelt "MonthlyMinute=90" would otherwise
 * read as "not set" and nobody would know. Translations of the texts ("Name[cy]=") are fine. */
static gboolean
check_keys (GKeyFile *keyfile, const char *group, const char *body, GError **error)
{
  g_auto (GStrv) keys = g_key_file_get_keys (keyfile, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup (keys[i]);
      g_autofree char *full = NULL;
      char *bracket = strchr (name, '[');

      if (g_str_equal (group, "Body"))
        {
          if (bracket != NULL)
            *bracket = '\0';
          if (g_strv_contains (body_keys, name))
            continue;
        }
      else
        {
          full = g_strdup_printf ("%s.%s", group, name);
          if (find_spec (full) != NULL)
            continue;
        }
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND,
                   _("Body file “%s”: [%s] has no key “%s” (a misspelling?)"), body, group,
                   keys[i]);
      return FALSE;
    }
  return TRUE;
}

EthosBodyRules *
ethos_body_rules_parse (GBytes *bytes, GError **error)
{
  g_autoptr (GKeyFile) keyfile = g_key_file_new ();
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autoptr (GError) local_error = NULL;
  g_auto (GStrv) groups = NULL;
  const char *body;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!g_key_file_load_from_bytes (keyfile, bytes, G_KEY_FILE_NONE, &local_error))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_PARSE,
                   _("A body file must be a key file: %s"), local_error->message);
      return NULL;
    }
  if (!g_key_file_has_group (keyfile, "Body"))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_GROUP_NOT_FOUND,
                   _("A body file needs a [Body] group with Id, Name and ShortName"));
      return NULL;
    }

  rules = rules_new ();
  rules->id = get_text (keyfile, "Id");
  rules->name = get_text (keyfile, "Name");
  rules->short_name = get_text (keyfile, "ShortName");
  rules->source = get_text (keyfile, "Source");
  rules->note = get_text (keyfile, "Note");
  if (!is_body_id (rules->id))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   _("A body file's [Body] Id must be a short name in lower-case letters, "
                     "digits and “-” (such as “bacp”): “%s” is not one"),
                   rules->id != NULL ? rules->id : "");
      return NULL;
    }
  body = rules->id;
  if (rules->name == NULL || rules->name[0] == '\0' || rules->short_name == NULL
      || rules->short_name[0] == '\0')
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND,
                   _("Body file “%s”: [Body] needs a Name and a ShortName"), body);
      return NULL;
    }
  if (rules->source == NULL)
    rules->source = g_strdup ("");
  if (rules->note == NULL)
    rules->note = g_strdup ("");

  groups = g_key_file_get_groups (keyfile, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      if (!g_str_equal (groups[i], "Body") && !g_str_equal (groups[i], "Supervision")
          && !g_str_equal (groups[i], "CPD"))
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_GROUP_NOT_FOUND,
                       _("Body file “%s”: unknown group [%s]; a body file has [Body], "
                         "[Supervision] and [CPD]"),
                       body, groups[i]);
          return NULL;
        }
      if (!check_keys (keyfile, groups[i], body, error))
        return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (rule_specs); i++)
    {
      const RuleSpec *spec = &rule_specs[i];
      g_autofree char *group = g_strndup (spec->key, strcspn (spec->key, "."));
      g_autofree char *value = g_key_file_get_string (keyfile, group, spec->key + strlen (group) + 1,
                                                      NULL);

      if (value == NULL)
        continue;
      if (!set_rule (rules, spec, value, &local_error))
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                       _("Body file “%s”: %s"), body, local_error->message);
          return NULL;
        }
    }
  return g_steal_pointer (&rules);
}

/* A practitioner's own number for one rule, named as in the file ("Supervision.MonthlyMinutes");
 * "" or "unset" makes it "not set". */
gboolean
ethos_body_rules_override (EthosBodyRules  *rules,
                           const char      *key,
                           const char      *value,
                           GError         **error)
{
  const RuleSpec *spec;

  g_return_val_if_fail (rules != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  spec = find_spec (key);
  if (spec == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (GStrv) ethos_body_rule_keys);

      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE,
                   _("“%s” is not a rule you can set; the rules are: %s"), key != NULL ? key : "",
                   known);
      return FALSE;
    }
  return set_rule (rules, spec, value, error);
}

/* The smallest and largest number @key takes (for a choice such as GroupCredit, FALSE). */
gboolean
ethos_body_rule_bounds (const char *key, int *min, int *max)
{
  const RuleSpec *spec = find_spec (key);

  if (spec == NULL || spec->type == RULE_GROUP_CREDIT)
    return FALSE;
  *min = spec->min;
  *max = spec->max;
  return TRUE;
}

/* The rule as a file would say it, or NULL when not set. */
char *
ethos_body_rules_get_value (const EthosBodyRules *rules, const char *key)
{
  const RuleSpec *spec;
  gconstpointer field;

  g_return_val_if_fail (rules != NULL, NULL);

  spec = find_spec (key);
  g_return_val_if_fail (spec != NULL, NULL);
  field = G_STRUCT_MEMBER_P (rules, spec->offset);

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
    default:
      g_assert_not_reached ();
    }
}

/* Peer supervision in a group shares the time among the peers just as a supervised group does,
 * so it is credited like one; one-to-one (or of unknown size) it is individual time. */
gboolean
ethos_body_rules_is_group_session (EthosSupervisionFormat format, int group_size)
{
  if (format == ETHOS_SUPERVISION_FORMAT_GROUP)
    return TRUE;
  return format == ETHOS_SUPERVISION_FORMAT_PEER && group_size >= 2;
}

/* The minutes a session counts for under the body's rule. BACP credit rounds down to whole
 * minutes: a record shows no more than the body counts (120 minutes in a group of 7 is 17, not
 * 17.14 or 18), and a month's total is the sum of what each session shows. */
int
ethos_body_rules_credited_minutes (const EthosBodyRules   *rules,
                                   EthosSupervisionFormat  format,
                                   int                     minutes,
                                   int                     group_size)
{
  g_return_val_if_fail (rules != NULL, 0);

  if (minutes <= 0)
    return 0;
  if (rules->group_credit == ETHOS_GROUP_CREDIT_FULL
      || !ethos_body_rules_is_group_session (format, group_size))
    return minutes;
  /* A group of unknown size (the diary asks for one, so only old or hand-edited records) is
   * taken as a small group: half. */
  if (group_size <= 4)
    return minutes / 2;
  return minutes / group_size;
}
