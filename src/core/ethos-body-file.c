/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-body-rules"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ethos-body-rules-private.h"
#include "ethos-data.h"
#include "ethos-date.h"
#include "ethos-recurrence.h"

/* data/bodies/<id>.ini, read for one practitioner. The format is described at the top of each
 * file: [Body], [Classes] (the membership classes the body names), and rule groups
 * [Supervision] and [CPD], each of which may be scoped by words after its name to some classes
 * and a kind of practice ("[Supervision accredited student]", "[Supervision full-time]"). A
 * scoped group binds only the practitioners it names; its numbers override the unscoped
 * group's. Each group's Source= names where its numbers come from. */

static const char *const body_keys[] = { "Id", "Name", "ShortName", "Source", "Note", "Codes",
                                         NULL };

static gboolean
is_id (const char *id)
{
  if (id == NULL || id[0] == '\0' || strlen (id) > 32)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

char *
ethos_body_file_text (GKeyFile *keyfile, const char *group, const char *key)
{
  char *text = g_key_file_get_locale_string (keyfile, group, key, NULL, NULL);

  if (text != NULL)
    g_strstrip (text);
  return text;
}

/* "Name[cy]" → "Name": a translation of a text is the text's key. */
static char *
key_without_locale (const char *key)
{
  return g_strndup (key, strcspn (key, "["));
}

gboolean
ethos_body_file_refuse_key (const char *body, const char *group, const char *key, GError **error)
{
  g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND,
               _("Body file “%s”: [%s] has no key “%s” (a misspelling?)"), body, group, key);
  return FALSE;
}

/* A key the format does not have is refused: a misspelt "MonthlyMinute=90" would otherwise
 * read as "not set" and nobody would know. Translations of the texts ("Name[cy]=") are fine. */
static gboolean
check_body_keys (GKeyFile *keyfile, const char *body, GError **error)
{
  g_auto (GStrv) keys = g_key_file_get_keys (keyfile, "Body", NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      g_autofree char *name = key_without_locale (keys[i]);

      if (!g_strv_contains (body_keys, name))
        return ethos_body_file_refuse_key (body, "Body", keys[i], error);
    }
  return TRUE;
}

/* [Classes]: id=Name, in the file's order. */
static gboolean
read_classes (GKeyFile *keyfile, EthosBodyRules *rules, GError **error)
{
  g_auto (GStrv) keys = g_key_file_get_keys (keyfile, "Classes", NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      EthosBodyClass *klass;

      if (strchr (keys[i], '[') != NULL)
        continue;
      if (!is_id (keys[i]) || g_str_equal (keys[i], "full-time")
          || g_str_equal (keys[i], "part-time"))
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                       _("Body file “%s”: a class's id is a short name in lower-case letters, "
                         "digits and “-”, other than full-time and part-time: “%s” is not one"),
                       rules->id, keys[i]);
          return FALSE;
        }
      klass = g_new0 (EthosBodyClass, 1);
      klass->id = g_strdup (keys[i]);
      klass->name = ethos_body_file_text (keyfile, "Classes", keys[i]);
      if (klass->name == NULL || klass->name[0] == '\0')
        {
          g_free (klass->name);
          klass->name = g_strdup (klass->id);
        }
      g_ptr_array_add (rules->classes, klass);
    }
  return TRUE;
}

/* A rule group's name split: "Supervision accredited full-time" is the Supervision rules for
 * the class "accredited" in full-time practice. */
typedef struct
{
  char         *base;     /* "Supervision" or "CPD" */
  GPtrArray    *classes;  /* class ids, empty when for every class */
  gboolean      full_time;
  gboolean      part_time;
} GroupScope;

static void
group_scope_clear (GroupScope *scope)
{
  g_free (scope->base);
  g_clear_pointer (&scope->classes, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GroupScope, group_scope_clear)

static gboolean
read_group_name (const EthosBodyRules *rules, const char *group, GroupScope *scope,
                 GError **error)
{
  g_auto (GStrv) words = g_strsplit (group, " ", -1);

  scope->classes = g_ptr_array_new ();
  scope->base = g_strdup (words[0]);
  if (!g_str_equal (scope->base, "Supervision") && !g_str_equal (scope->base, "CPD"))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_GROUP_NOT_FOUND,
                   _("Body file “%s”: unknown group [%s]; a body file has [Body], [Classes], "
                     "[Renewal], [Accreditation], [Supervision] and [CPD], the last two perhaps "
                     "followed by classes or full-time or part-time"),
                   rules->id, group);
      return FALSE;
    }
  for (guint i = 1; words[i] != NULL; i++)
    {
      if (g_str_equal (words[i], "full-time"))
        scope->full_time = TRUE;
      else if (g_str_equal (words[i], "part-time"))
        scope->part_time = TRUE;
      else if (ethos_body_rules_has_class (rules, words[i]))
        g_ptr_array_add (scope->classes, (gpointer) ethos_body_rules_class_name (rules, words[i]));
      else
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_GROUP_NOT_FOUND,
                       _("Body file “%s”: [%s] names “%s”, which is neither a class in "
                         "[Classes] nor full-time or part-time"),
                       rules->id, group, words[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/* Whether the group binds @practitioner. */
static gboolean
group_binds (const EthosBodyRules *rules, const GroupScope *scope, const char *group,
             const EthosPractitioner *practitioner)
{
  if (scope->classes->len > 0)
    {
      g_auto (GStrv) words = g_strsplit (group, " ", -1);

      if (practitioner->membership_class == NULL
          || !g_strv_contains ((const char *const *) words + 1, practitioner->membership_class))
        return FALSE;
    }
  if (scope->full_time || scope->part_time)
    {
      if (practitioner->practice == ETHOS_PRACTICE_FULL_TIME)
        return scope->full_time;
      if (practitioner->practice == ETHOS_PRACTICE_PART_TIME)
        return scope->part_time;
      return FALSE;
    }
  return TRUE;
}

static EthosRuleScope *
rule_scope_new (const GroupScope *scope, const char *group,
                const EthosPractitioner *practitioner, const char *source)
{
  EthosRuleScope *rule_scope = g_new0 (EthosRuleScope, 1);
  g_auto (GStrv) words = g_strsplit (group, " ", -1);

  if (scope->classes->len > 0)
    {
      rule_scope->class_binds = practitioner->membership_class != NULL
                                && g_strv_contains ((const char *const *) words + 1,
                                                    practitioner->membership_class);
      g_ptr_array_add (scope->classes, NULL);
      rule_scope->classes = g_strjoinv (", ", (GStrv) scope->classes->pdata);
      g_ptr_array_remove_index (scope->classes, scope->classes->len - 1);
      rule_scope->class_unknown = practitioner->membership_class == NULL;
    }
  if (scope->full_time != scope->part_time)
    rule_scope->practice = g_strdup (scope->full_time ? _("full-time practice")
                                                      : _("part-time practice"));
  rule_scope->source = g_strdup (source);
  return rule_scope;
}

/* One rule group: its keys checked, its values read (into a scratch set when it does not bind
 * this practitioner, so that a bad number is refused whoever reads the file). */
static gboolean
read_group (GKeyFile                *keyfile,
            EthosBodyRules          *rules,
            const char              *group,
            const EthosPractitioner *practitioner,
            GHashTable              *in_force,
            GError                 **error)
{
  g_auto (GroupScope) scope = { 0 };
  g_autoptr (EthosBodyRules) scratch = ethos_body_rules_new ();
  g_auto (GStrv) keys = NULL;
  g_autofree char *source = NULL;
  gboolean binds;

  if (!read_group_name (rules, group, &scope, error))
    return FALSE;
  binds = group_binds (rules, &scope, group, practitioner);
  source = ethos_body_file_text (keyfile, group, "Source");
  if (source == NULL || source[0] == '\0')
    {
      g_free (source);
      source = g_strdup (rules->source);
    }

  keys = g_key_file_get_keys (keyfile, group, NULL, NULL);
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      g_autofree char *name = key_without_locale (keys[i]);
      g_autofree char *full = g_strdup_printf ("%s.%s", scope.base, keys[i]);
      g_autofree char *value = NULL;
      g_autoptr (GError) local_error = NULL;
      const EthosRuleSpec *spec;

      if (g_str_equal (name, "Source"))
        continue;
      spec = ethos_rule_spec_find (full);
      if (spec == NULL)
        return ethos_body_file_refuse_key (rules->id, group, keys[i], error);
      value = g_key_file_get_string (keyfile, group, keys[i], NULL);
      if (!ethos_rule_spec_set (binds ? rules : scratch, spec, value, &local_error))
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                       _("Body file “%s”: %s"), rules->id, local_error->message);
          return FALSE;
        }
      if (binds)
        {
          g_hash_table_add (in_force, g_strdup (spec->key));
          g_hash_table_insert (rules->sources, g_strdup (spec->key), g_strdup (source));
          g_hash_table_remove (rules->elsewhere, spec->key);
        }
      else if (!g_hash_table_contains (in_force, spec->key))
        {
          EthosRuleScope *rule_scope = rule_scope_new (&scope, group, practitioner, source);

          rule_scope->rule = ethos_body_rule_describe (scratch, spec->key);
          g_hash_table_insert (rules->elsewhere, g_strdup (spec->key), rule_scope);
        }
    }
  return TRUE;
}

/* Below the body's share of full time, its monthly minimum is pro rata, down to its floor. */
static void
apply_pro_rata (EthosBodyRules *rules)
{
  int minutes;

  if (rules->practice != ETHOS_PRACTICE_PART_TIME || rules->practice_percent <= 0
      || rules->monthly_minutes == ETHOS_RULE_NOT_SET
      || rules->pro_rata_below_percent == ETHOS_RULE_NOT_SET
      || rules->practice_percent >= rules->pro_rata_below_percent)
    return;
  minutes = (rules->monthly_minutes * rules->practice_percent + 99) / 100;
  if (rules->pro_rata_floor_minutes != ETHOS_RULE_NOT_SET)
    minutes = MAX (minutes, rules->pro_rata_floor_minutes);
  rules->monthly_minutes = MIN (minutes, rules->monthly_minutes);
}

static gboolean
read_body (GKeyFile *keyfile, EthosBodyRules *rules, GError **error)
{
  if (!g_key_file_has_group (keyfile, "Body"))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_GROUP_NOT_FOUND,
                   _("A body file needs a [Body] group with Id, Name and ShortName"));
      return FALSE;
    }
  rules->id = ethos_body_file_text (keyfile, "Body", "Id");
  rules->name = ethos_body_file_text (keyfile, "Body", "Name");
  rules->short_name = ethos_body_file_text (keyfile, "Body", "ShortName");
  rules->source = ethos_body_file_text (keyfile, "Body", "Source");
  rules->note = ethos_body_file_text (keyfile, "Body", "Note");
  g_strfreev (rules->codes);
  rules->codes = g_key_file_get_string_list (keyfile, "Body", "Codes", NULL, NULL);
  if (rules->codes == NULL)
    rules->codes = g_new0 (char *, 1);
  for (guint i = 0; rules->codes[i] != NULL; i++)
    g_strstrip (rules->codes[i]);
  if (!is_id (rules->id))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   _("A body file's [Body] Id must be a short name in lower-case letters, "
                     "digits and “-” (such as “bacp”): “%s” is not one"),
                   rules->id != NULL ? rules->id : "");
      return FALSE;
    }
  if (rules->name == NULL || rules->name[0] == '\0' || rules->short_name == NULL
      || rules->short_name[0] == '\0')
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND,
                   _("Body file “%s”: [Body] needs a Name and a ShortName"), rules->id);
      return FALSE;
    }
  if (rules->source == NULL)
    rules->source = g_strdup ("");
  if (rules->note == NULL)
    rules->note = g_strdup ("");
  return check_body_keys (keyfile, rules->id, error);
}

/**
 * ethos_body_rules_parse_for:
 * @practitioner: (nullable): whom the rules are read for; %NULL reads them for nobody in
 *   particular (only the groups for every class and practice bind)
 *
 * Returns: (transfer full): the rules that bind @practitioner, or %NULL with @error set when
 *   the file is not a body file Ethos can trust.
 */
EthosBodyRules *
ethos_body_rules_parse_for (GBytes                  *bytes,
                            const EthosPractitioner *practitioner,
                            GError                 **error)
{
  static const EthosPractitioner nobody = { NULL, ETHOS_PRACTICE_NOT_SET, 0 };
  g_autoptr (GKeyFile) keyfile = g_key_file_new ();
  g_autoptr (EthosBodyRules) rules = ethos_body_rules_new ();
  g_autoptr (GHashTable) in_force = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GError) local_error = NULL;
  g_auto (GStrv) groups = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (practitioner == NULL)
    practitioner = &nobody;
  if (!g_key_file_load_from_bytes (keyfile, bytes, G_KEY_FILE_NONE, &local_error))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_PARSE,
                   _("A body file must be a key file: %s"), local_error->message);
      return NULL;
    }
  if (!read_body (keyfile, rules, error) || !read_classes (keyfile, rules, error)
      || !ethos_body_file_read_renewal (keyfile, rules, error)
      || !ethos_body_file_read_accreditation (keyfile, rules, error))
    return NULL;

  /* A class the body does not name is read as none given. */
  if (ethos_body_rules_has_class (rules, practitioner->membership_class))
    rules->membership_class = g_strdup (practitioner->membership_class);
  rules->practice = practitioner->practice;
  rules->practice_percent = practitioner->practice == ETHOS_PRACTICE_PART_TIME
                              ? CLAMP (practitioner->percent, 0, 100) : 0;

  /* The groups for everyone first, then the scoped ones, which override them. */
  groups = g_key_file_get_groups (keyfile, NULL);
  for (int scoped = 0; scoped <= 1; scoped++)
    for (guint i = 0; groups[i] != NULL; i++)
      {
        EthosPractitioner as_read = *practitioner;

        if (g_str_equal (groups[i], "Body") || g_str_equal (groups[i], "Classes")
            || g_str_equal (groups[i], "Renewal") || g_str_equal (groups[i], "Accreditation")
            || (strchr (groups[i], ' ') != NULL) != scoped)
          continue;
        as_read.membership_class = rules->membership_class;
        if (!read_group (keyfile, rules, groups[i], &as_read, in_force, error))
          return NULL;
      }
  apply_pro_rata (rules);
  return g_steal_pointer (&rules);
}

EthosBodyRules *
ethos_body_rules_parse (GBytes *bytes, GError **error)
{
  return ethos_body_rules_parse_for (bytes, NULL, error);
}

#define BODIES_PATH "/org/ethosapp/Ethos/data/bodies"

static int
compare_strings (const void *a, const void *b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* The ids of the bodies Ethos ships rules for, sorted. */
GStrv
ethos_body_rules_shipped_ids (void)
{
  g_auto (GStrv) names = NULL;
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  GStrv sorted;

  ethos_data_init ();
  names = g_resources_enumerate_children (BODIES_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".ini"))
      {
        g_autofree char *id = g_strndup (names[i], strlen (names[i]) - 4);
        g_strv_builder_add (ids, id);
      }
  sorted = g_strv_builder_end (ids);
  qsort (sorted, g_strv_length (sorted), sizeof (char *), compare_strings);
  return sorted;
}

/* The rules Ethos ships for @body_id, read for @practitioner (NULL: nobody in particular). */
EthosBodyRules *
ethos_body_rules_shipped (const char *body_id, const EthosPractitioner *practitioner,
                          GError **error)
{
  g_autofree char *path = NULL;
  g_autoptr (GBytes) bytes = NULL;

  if (!is_id (body_id))
    bytes = NULL;
  else
    {
      path = g_strdup_printf (BODIES_PATH "/%s.ini", body_id);
      ethos_data_init ();
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    }
  if (bytes == NULL)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE,
                   _("Ethos does not know a body “%s” (see “ethos-cli profile bodies”)"),
                   body_id != NULL ? body_id : "");
      return NULL;
    }
  return ethos_body_rules_parse_for (bytes, practitioner, error);
}
