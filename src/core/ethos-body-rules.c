/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-body-rules"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-body-rules-private.h"
#include "ethos-core-enums.h"
#include "ethos-date.h"
#include "ethos-enum.h"

/* One body's rules as they bind one practitioner: read from its file (ethos-body-file.c) with
 * the practitioner's own numbers on top, and the arithmetic of crediting a session. */

static void
body_class_free (EthosBodyClass *klass)
{
  g_free (klass->id);
  g_free (klass->name);
  g_free (klass);
}

void
ethos_rule_scope_free (EthosRuleScope *scope)
{
  if (scope == NULL)
    return;
  g_free (scope->classes);
  g_free (scope->practice);
  g_free (scope->rule);
  g_free (scope->source);
  g_free (scope);
}

static EthosRuleScope *
rule_scope_copy (const EthosRuleScope *scope)
{
  EthosRuleScope *copy = g_new0 (EthosRuleScope, 1);

  copy->classes = g_strdup (scope->classes);
  copy->practice = g_strdup (scope->practice);
  copy->class_unknown = scope->class_unknown;
  copy->class_binds = scope->class_binds;
  copy->rule = g_strdup (scope->rule);
  copy->source = g_strdup (scope->source);
  return copy;
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
  g_strfreev (rules->codes);
  g_free (rules->membership_class);
  g_free (rules->accreditation_every);
  g_free (rules->declaration_every);
  g_free (rules->renewal_source);
  g_free (rules->accreditation_source);
  for (guint i = 0; rules->classes != NULL && i < rules->classes->len; i++)
    body_class_free (g_ptr_array_index (rules->classes, i));
  g_clear_pointer (&rules->classes, g_ptr_array_unref);
  g_clear_pointer (&rules->sources, g_hash_table_unref);
  g_clear_pointer (&rules->elsewhere, g_hash_table_unref);
  g_free (rules);
}

EthosBodyRules *
ethos_body_rules_copy (const EthosBodyRules *rules)
{
  EthosBodyRules *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (rules != NULL, NULL);

  copy = g_memdup2 (rules, sizeof *rules);
  copy->id = g_strdup (rules->id);
  copy->name = g_strdup (rules->name);
  copy->short_name = g_strdup (rules->short_name);
  copy->source = g_strdup (rules->source);
  copy->note = g_strdup (rules->note);
  copy->codes = rules->codes != NULL ? g_strdupv (rules->codes) : g_new0 (char *, 1);
  copy->membership_class = g_strdup (rules->membership_class);
  copy->accreditation_every = g_strdup (rules->accreditation_every);
  copy->declaration_every = g_strdup (rules->declaration_every);
  copy->renewal_source = g_strdup (rules->renewal_source);
  copy->accreditation_source = g_strdup (rules->accreditation_source);
  copy->classes = g_ptr_array_new ();
  for (guint i = 0; i < rules->classes->len; i++)
    {
      const EthosBodyClass *klass = g_ptr_array_index (rules->classes, i);
      EthosBodyClass *klass_copy = g_new0 (EthosBodyClass, 1);

      klass_copy->id = g_strdup (klass->id);
      klass_copy->name = g_strdup (klass->name);
      g_ptr_array_add (copy->classes, klass_copy);
    }
  copy->sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, rules->sources);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->sources, g_strdup (key), g_strdup (value));
  copy->elsewhere = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) ethos_rule_scope_free);
  g_hash_table_iter_init (&iter, rules->elsewhere);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->elsewhere, g_strdup (key), rule_scope_copy (value));
  return copy;
}

/* A practitioner's own number for one rule, named as in the file ("Supervision.MonthlyMinutes");
 * "" or "unset" makes it "not set". Their number binds them whatever the body's scope. */
gboolean
ethos_body_rules_override (EthosBodyRules  *rules,
                           const char      *key,
                           const char      *value,
                           GError         **error)
{
  const EthosRuleSpec *spec;

  g_return_val_if_fail (rules != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  spec = ethos_rule_spec_find (key);
  if (spec == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (GStrv) ethos_body_rule_keys);

      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE,
                   _("“%s” is not a rule you can set; the rules are: %s"), key != NULL ? key : "",
                   known);
      return FALSE;
    }
  if (!ethos_rule_spec_set (rules, spec, value, error))
    return FALSE;
  g_hash_table_remove (rules->elsewhere, spec->key);
  g_hash_table_insert (rules->sources, g_strdup (spec->key), g_strdup (_("your own number")));
  return TRUE;
}

/* The smallest and largest number @key takes (for a choice such as GroupCredit, FALSE). */
gboolean
ethos_body_rule_bounds (const char *key, int *min, int *max)
{
  const EthosRuleSpec *spec = ethos_rule_spec_find (key);

  if (spec == NULL || (spec->type != RULE_INT && spec->type != RULE_DECIMAL))
    return FALSE;
  *min = spec->min;
  *max = spec->max;
  return TRUE;
}

/* The rule as a file would say it, or NULL when not set. */
char *
ethos_body_rules_get_value (const EthosBodyRules *rules, const char *key)
{
  const EthosRuleSpec *spec;

  g_return_val_if_fail (rules != NULL, NULL);

  spec = ethos_rule_spec_find (key);
  g_return_val_if_fail (spec != NULL, NULL);
  return ethos_rule_spec_get (rules, spec);
}

/* Where the number in force for @key comes from: its group's Source=, the body's, or "your own
 * number"; the body's Source= when the rule is not set. */
const char *
ethos_body_rules_get_source (const EthosBodyRules *rules, const char *key)
{
  const char *source;

  g_return_val_if_fail (rules != NULL, NULL);

  source = g_hash_table_lookup (rules->sources, key);
  return source != NULL ? source : rules->source;
}

/* Whom @key binds when the body sets it for others only (not for this practitioner, or for a
 * class they have not given), or NULL when it binds them or the body sets it for nobody. */
const EthosRuleScope *
ethos_body_rules_get_scope (const EthosBodyRules *rules, const char *key)
{
  g_return_val_if_fail (rules != NULL, NULL);

  return g_hash_table_lookup (rules->elsewhere, key);
}

gboolean
ethos_body_rules_has_class (const EthosBodyRules *rules, const char *class_id)
{
  return ethos_body_rules_class_name (rules, class_id) != NULL;
}

/* The class's name for people, or NULL when the body names no such class. */
const char *
ethos_body_rules_class_name (const EthosBodyRules *rules, const char *class_id)
{
  g_return_val_if_fail (rules != NULL, NULL);

  for (guint i = 0; class_id != NULL && i < rules->classes->len; i++)
    {
      const EthosBodyClass *klass = g_ptr_array_index (rules->classes, i);

      if (g_str_equal (klass->id, class_id))
        return klass->name;
    }
  return NULL;
}

/* Whether @class_id is a class the body names; says which it names when it is not. */
gboolean
ethos_body_rules_check_class (const EthosBodyRules *rules, const char *class_id, GError **error)
{
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) ids = NULL;
  g_autofree char *known = NULL;

  g_return_val_if_fail (rules != NULL, FALSE);

  if (ethos_body_rules_has_class (rules, class_id))
    return TRUE;
  if (rules->classes->len == 0)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE,
                   _("%s names no membership classes"), rules->short_name);
      return FALSE;
    }
  builder = g_strv_builder_new ();
  for (guint i = 0; i < rules->classes->len; i++)
    g_strv_builder_add (builder, ((EthosBodyClass *) g_ptr_array_index (rules->classes, i))->id);
  ids = g_strv_builder_end (builder);
  known = g_strjoinv (", ", ids);
  g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE,
               /* Translators: a class typed, the body, and the classes it names */
               _("“%s” is not a membership class of %s: choose one of %s"),
               class_id != NULL ? class_id : "", rules->short_name, known);
  return FALSE;
}

const char *
ethos_practice_to_string (EthosPractice practice)
{
  return ethos_enum_to_nick (ETHOS_TYPE_PRACTICE, practice);
}

gboolean
ethos_practice_from_string (const char *text, EthosPractice *practice, GError **error)
{
  return ethos_enum_from_nick (ETHOS_TYPE_PRACTICE, text, (int *) practice,
                               _("“%s” is not a kind of practice: choose one of %s"), error);
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
 * 17.14 or 18), and a month's total is the sum of what each session shows. A group larger than
 * the body allows counts nothing. */
int
ethos_body_rules_credited_minutes (const EthosBodyRules   *rules,
                                   EthosSupervisionFormat  format,
                                   int                     minutes,
                                   int                     group_size)
{
  g_return_val_if_fail (rules != NULL, 0);

  if (minutes <= 0)
    return 0;
  if (!ethos_body_rules_is_group_session (format, group_size))
    return minutes;
  if (rules->max_group_size != ETHOS_RULE_NOT_SET && group_size > rules->max_group_size)
    return 0;
  if (rules->group_credit == ETHOS_GROUP_CREDIT_FULL)
    return minutes;
  /* A group of unknown size (the diary asks for one, so only old or hand-edited records) is
   * taken as a small group: half. */
  if (group_size <= 4)
    return minutes / 2;
  return minutes / group_size;
}
