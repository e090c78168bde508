/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli.h"
#include "ethos-date.h"
#include "ethos-duration.h"
#include "ethos-derived-reminders.h"
#include "ethos-practice-store.h"
#include "ethos-records-store.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-stages.h"
#include "ethos-rules-store.h"

/* ethos-cli profile show|set|bodies|rules: who the practitioner is, the bodies they answer to,
 * and their own numbers for those bodies' rules. */

static int
profile_show (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosBodyRules) gap_body = NULL;
  g_autofree char *name = NULL;
  g_autofree char *notify_time = NULL;
  g_autoptr (EthosRecords) records = NULL;
  g_autofree char *insurance = NULL;
  g_autofree char *dbs = NULL;
  int exit_code = ETHOS_EXIT_OK;
  int gap_days;
  EthosPractice practice;
  int practice_percent = 0;

  if (!ethos_cli_parse_options (ctx, entries, NULL, _("Your name and the bodies you belong to."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  name = ethos_store_get_name (store);
  notify_time = ethos_store_get_notify_time (store);
  if ((memberships = ethos_store_list_memberships (store, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);
  if ((gap_days = ethos_store_supervision_gap_days (store, &gap_body, &error)) == 0)
    return ethos_cli_fail_error (ctx, error);
  practice = ethos_store_get_practice (store, &practice_percent);
  if ((records = ethos_store_get_records (store, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "name", name);
      ethos_cli_json_string (builder, "notify_at", notify_time);
      ethos_cli_json_int (builder, "supervision_gap_days", gap_days);
      ethos_cli_json_string (builder, "supervision_gap_body", gap_body != NULL ? gap_body->id : NULL);
      json_builder_set_member_name (builder, "bodies");
      json_builder_begin_array (builder);
      for (guint i = 0; i < memberships->len; i++)
        {
          EthosMembership *membership = g_ptr_array_index (memberships, i);
          g_autoptr (EthosBodyRules) rules = ethos_store_load_body_rules (store, membership->body_id,
                                                                          NULL);

          json_builder_begin_object (builder);
          ethos_cli_json_string (builder, "id", membership->body_id);
          ethos_cli_json_string (builder, "name", rules != NULL ? rules->name : NULL);
          ethos_cli_json_string (builder, "membership", membership->membership_number);
          ethos_cli_json_string (builder, "class", membership->membership_class);
          {
            g_autofree char *anchor = ethos_store_get_cpd_anchor (store, membership->body_id);

            ethos_cli_json_string (builder, "cpd_period_start", anchor);
          }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "classes");
      json_builder_begin_object (builder);
      for (guint i = 0; i < memberships->len; i++)
        {
          EthosMembership *membership = g_ptr_array_index (memberships, i);

          ethos_cli_json_string (builder, membership->body_id, membership->membership_class);
        }
      json_builder_end_object (builder);
      ethos_cli_json_string (builder, "practice",
                             practice == ETHOS_PRACTICE_NOT_SET
                               ? NULL : ethos_practice_to_string (practice));
      if (practice_percent > 0)
        ethos_cli_json_int (builder, "practice_percent", practice_percent);
      else
        ethos_cli_json_string (builder, "practice_percent", NULL);
      /* The records, each under its profile key with "-" as "_" ("insurance_cover_to"). */
      for (guint i = 0; i < ethos_n_record_fields; i++)
        {
          g_autofree char *member = g_strdelimit (g_strdup (ethos_record_fields[i].key), "-",
                                                  '_');

          ethos_cli_json_string (builder, member, *ethos_records_field (records, i));
        }
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      return ETHOS_EXIT_OK;
    }

  printf ("%s\n", name != NULL && name[0] != '\0' ? name : _("(no name given)"));
  if (memberships->len == 0)
    printf ("%s\n", _("No bodies yet: ethos-cli profile set --bodies bacp,…"));
  for (guint i = 0; i < memberships->len; i++)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i);

      g_autoptr (EthosBodyRules) rules = ethos_store_load_body_rules (store, membership->body_id,
                                                                      NULL);
      const char *klass = rules != NULL ? ethos_body_rules_class_name (rules,
                                                                      membership->membership_class)
                                        : NULL;

      printf ("%-10s %-12s %s\n", membership->body_id,
              membership->membership_number != NULL ? membership->membership_number : "",
              klass != NULL ? klass : _("(class not given)"));
    }
  {
    g_autofree char *practice_text = ethos_practice_describe (practice, practice_percent);

    printf ("%s\n", practice_text != NULL ? practice_text
                                          : _("Practice not given (full- or part-time)"));
  }
  insurance = ethos_records_describe_insurance (records);
  dbs = ethos_records_describe_dbs (records);
  printf ("%s\n", insurance != NULL ? insurance
                                    : _("Insurance not given (ethos-cli profile set --insurer …)"));
  printf ("%s\n", dbs != NULL ? dbs
                              : _("DBS certificate not given (ethos-cli profile set "
                                  "--dbs-certificate …)"));
  /* TRANSLATORS: %s is a time of day such as 09:00 */
  printf (_("Reminders are shown at %s\n"), notify_time);
  if (gap_body != NULL)
    /* TRANSLATORS: %d is a number of days, %s a professional body's short name such as BACP */
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "Supervision gap: a reminder %d day after the last session (%s’s "
                         "Supervision.MaxGapDays)\n",
                         "Supervision gap: a reminder %d days after the last session (%s’s "
                         "Supervision.MaxGapDays)\n",
                         (gulong) gap_days),
            gap_days, gap_body->short_name);
  else
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "Supervision gap: a reminder %d day after the last session (no body "
                         "of yours sets Supervision.MaxGapDays)\n",
                         "Supervision gap: a reminder %d days after the last session (no body "
                         "of yours sets Supervision.MaxGapDays)\n",
                         (gulong) gap_days),
            gap_days);
  return ETHOS_EXIT_OK;
}

/* Whether Ethos ships rules for a body @id. */
gboolean
ethos_cli_body_is_known (const char *id)
{
  g_auto (GStrv) known = ethos_body_ids_shipped ();

  return g_strv_contains ((const char *const *) known, id);
}

/* ethos-cli profile bodies [--json]: the bodies Ethos ships rules for, with their classes. */
static int
profile_bodies (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_auto (GStrv) ids = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL, _("The professional bodies Ethos knows."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  ids = ethos_body_ids_shipped ();
  json_builder_begin_array (builder);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr (EthosBodyRules) rules = ethos_body_rules_load_shipped (ids[i], NULL);

      if (!json)
        {
          printf ("%-10s %s\n", ids[i], rules != NULL ? rules->name : "");
          continue;
        }
      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "id", ids[i]);
      ethos_cli_json_string (builder, "name", rules != NULL ? rules->name : NULL);
      ethos_cli_json_string (builder, "short_name", rules != NULL ? rules->short_name : NULL);
      json_builder_set_member_name (builder, "classes");
      json_builder_begin_array (builder);
      for (guint c = 0; rules != NULL && c < rules->classes->len; c++)
        json_builder_add_string_value (builder,
                                       ((EthosBodyClass *) g_ptr_array_index (rules->classes, c))->id);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (json)
    {
      g_autoptr (JsonNode) root = json_builder_get_root (builder);

      ethos_cli_print_json (root);
    }
  return ETHOS_EXIT_OK;
}

/* Each source once, after the rules that read it. */
static void
print_sources (const EthosBodyRules *rules)
{
  g_autoptr (GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; ethos_body_rule_keys[i] != NULL; i++)
    {
      const EthosRuleScope *scope = ethos_body_rules_get_scope (rules, ethos_body_rule_keys[i]);
      const char *source = scope != NULL ? scope->source
                                         : ethos_body_rules_get_source (rules,
                                                                        ethos_body_rule_keys[i]);
      g_autofree char *value = ethos_body_rules_get_value (rules, ethos_body_rule_keys[i]);

      if ((value == NULL && scope == NULL) || source[0] == '\0'
          || g_ptr_array_find_with_equal_func (seen, source, g_str_equal, NULL))
        continue;
      g_ptr_array_add (seen, (gpointer) source);
      printf ("  %s: %s\n", _("Source"), source);
    }
  if (seen->len == 0 && rules->source[0] != '\0')
    printf ("  %s: %s\n", _("Source"), rules->source);
}

/* ethos-cli profile rules BODY [--set KEY=VALUE]… [--json]: a body's numbers as they apply to
 * you; --set overrides one ("" or "unset" goes back to the body's own). */
static int
profile_rules (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  char **sets = NULL;
  GOptionEntry entries[] = {
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sets, N_("Your own number for a rule"), "KEY=VALUE" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "BODY",
                                _("A body's rules, with your own numbers. --set takes a key as "
                                  "listed (such as Supervision.MaxGapDays=28, the most days from "
                                  "one supervision session to the next); an empty value or "
                                  "“unset” goes back to the body's own."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc != 2)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one body (see “ethos-cli profile bodies”)"));
      goto out;
    }
  if (!ethos_cli_body_is_known (argv[1]))
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                  _("Ethos does not know a body “%s” (see “ethos-cli profile "
                                    "bodies”)"),
                                  argv[1]);
      goto out;
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  /* Every value is checked before any is kept. */
  rules = ethos_store_load_body_rules (store, argv[1], &error);
  for (guint i = 0; rules != NULL && sets != NULL && sets[i] != NULL; i++)
    {
      char *equals = strchr (sets[i], '=');

      if (equals == NULL || !g_strv_contains (ethos_body_rule_keys, (*equals = '\0', sets[i])))
        {
          exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                      _("“%s” is not a rule: write --set KEY=VALUE with a key from "
                                        "“ethos-cli profile rules %s”"),
                                      sets[i], argv[1]);
          goto out;
        }
      if (!ethos_body_rules_override (rules, sets[i], equals + 1, &error))
        {
          exit_code = ethos_cli_fail_error (ctx, error);
          goto out;
        }
    }
  if (rules == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  for (guint i = 0; sets != NULL && sets[i] != NULL; i++)
    {
      const char *value = sets[i] + strlen (sets[i]) + 1;
      gboolean unset = value[0] == '\0' || g_str_equal (value, "unset");

      if (!ethos_store_override_body_rule (store, argv[1], sets[i], unset ? NULL : value, &error))
        {
          exit_code = ethos_cli_fail_error (ctx, error);
          goto out;
        }
    }

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "id", rules->id);
      ethos_cli_json_string (builder, "name", rules->name);
      json_builder_set_member_name (builder, "rules");
      json_builder_begin_object (builder);
      for (guint i = 0; ethos_body_rule_keys[i] != NULL; i++)
        {
          g_autofree char *value = ethos_body_rules_get_value (rules, ethos_body_rule_keys[i]);

          ethos_cli_json_string (builder, ethos_body_rule_keys[i], value);
        }
      json_builder_end_object (builder);
      /* Where each number comes from, and whom a rule set for others only binds. */
      json_builder_set_member_name (builder, "sources");
      json_builder_begin_object (builder);
      for (guint i = 0; ethos_body_rule_keys[i] != NULL; i++)
        {
          const EthosRuleScope *scope = ethos_body_rules_get_scope (rules, ethos_body_rule_keys[i]);

          ethos_cli_json_string (builder, ethos_body_rule_keys[i],
                                 scope != NULL ? scope->source
                                               : ethos_body_rules_get_source (rules,
                                                                              ethos_body_rule_keys[i]));
        }
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "for_others");
      json_builder_begin_object (builder);
      for (guint i = 0; ethos_body_rule_keys[i] != NULL; i++)
        {
          const EthosRuleScope *scope = ethos_body_rules_get_scope (rules, ethos_body_rule_keys[i]);
          g_autofree char *whom = scope != NULL ? ethos_rule_scope_whom (scope) : NULL;

          if (whom != NULL)
            ethos_cli_json_string (builder, ethos_body_rule_keys[i], whom);
        }
      json_builder_end_object (builder);
      ethos_cli_json_string (builder, "class", rules->membership_class);
      json_builder_set_member_name (builder, "classes");
      json_builder_begin_array (builder);
      for (guint i = 0; i < rules->classes->len; i++)
        {
          const EthosBodyClass *klass = g_ptr_array_index (rules->classes, i);

          json_builder_begin_object (builder);
          ethos_cli_json_string (builder, "id", klass->id);
          ethos_cli_json_string (builder, "name", klass->name);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      goto out;
    }
  printf ("%s\n", rules->name);
  for (guint i = 0; i < rules->classes->len; i++)
    {
      const EthosBodyClass *klass = g_ptr_array_index (rules->classes, i);

      /* Translators: a membership class's id and name; the one the practitioner gave is marked */
      printf (_("  class %-20s %s%s\n"), klass->id, klass->name,
              g_strcmp0 (klass->id, rules->membership_class) == 0 ? _(" (yours)") : "");
    }
  for (guint i = 0; ethos_body_rule_keys[i] != NULL; i++)
    {
      g_autofree char *value = ethos_body_rules_get_value (rules, ethos_body_rule_keys[i]);
      const EthosRuleScope *scope = ethos_body_rules_get_scope (rules, ethos_body_rule_keys[i]);
      g_autofree char *whom = scope != NULL ? ethos_rule_scope_whom (scope) : NULL;
      g_autofree char *for_others = NULL;

      if (whom != NULL && scope->class_unknown)
        /* Translators: whom a rule binds, when the practitioner has not given their class */
        for_others = g_strdup_printf (_("for %s only: give your class with --class"), whom);
      else if (whom != NULL)
        /* Translators: whom a rule binds, when not this practitioner */
        for_others = g_strdup_printf (_("not for you: for %s"), whom);

      printf ("  %-42s %s\n", ethos_body_rule_keys[i],
              value != NULL ? value : for_others != NULL ? for_others : _("not set"));
    }
  print_sources (rules);

out:
  g_strfreev (sets);
  return exit_code;
}

/* ethos-cli profile opening BODY --period-start D --hours H: CPD done before Ethos. */
static int
profile_opening (const EthosCliContext *ctx, int argc, char **argv)
{
  char *start = NULL;
  char *hours = NULL;
  GOptionEntry entries[] = {
    { "period-start", 0, 0, G_OPTION_ARG_STRING, &start, N_("First day of the body's CPD period"), "D" },
    { "hours", 0, 0, G_OPTION_ARG_STRING, &hours, N_("Hours of CPD done in it before Ethos"), "H" },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;
  int minutes = 0;
  GDate date;

  if (!ethos_cli_parse_options (ctx, entries, "BODY",
                                _("Record the CPD hours you had done in a period before you began "
                                  "using Ethos."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc != 2 || start == NULL || hours == NULL)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                  _("name a body, with --period-start and --hours"));
      goto out;
    }
  if (!ethos_cli_body_is_known (argv[1]))
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("Ethos does not know a body “%s”"),
                                  argv[1]);
      goto out;
    }
  if (!ethos_date_parse (start, &date, &error)
      || (!g_str_equal (g_strstrip (hours), "0")
          && !ethos_duration_parse (hours, ETHOS_DURATION_HOURS, 5000 * 60, &minutes, &error)))
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if (!ethos_store_set_opening_balance (store, argv[1], start, minutes, &error))
    exit_code = ethos_cli_fail_error (ctx, error);

out:
  g_free (start);
  g_free (hours);
  return exit_code;
}

int
ethos_cli_profile (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "show", profile_show },
    { "set", ethos_cli_profile_set },
    { "bodies", profile_bodies },
    { "rules", profile_rules },
    { "opening", profile_opening },
  };

  return ethos_cli_dispatch (parent, "profile", commands, G_N_ELEMENTS (commands), argc, argv);
}
