/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli.h"
#include "ethos-profile-store.h"
#include "ethos-reminder.h"

/* ethos-cli reminders leads [KIND=N,N,… | KIND=] [--json]: the days before a reminder's due date
 * that new reminders of each kind remind you, as the practitioner set them. KIND= goes back to
 * Ethos's default. All settings given are checked before any is kept. */

static gboolean
split (const char *arg, char **kind, char **leads)
{
  const char *eq = strchr (arg, '=');

  if (eq == NULL || eq == arg)
    return FALSE;
  *kind = g_strndup (arg, eq - arg);
  *leads = eq[1] != '\0' ? g_strdup (eq + 1) : NULL;
  return TRUE;
}

static void
print_leads (EthosStore *store, gboolean json)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  for (EthosReminderKind kind = 0; kind < ETHOS_REMINDER_N_KINDS; kind++)
    {
      const char *word = ethos_reminder_kind_to_string (kind);
      g_autofree char *leads = ethos_store_get_default_leads (store, kind);
      g_autoptr (EthosReminder) parsed = ethos_reminder_new (kind);

      if (!json)
        {
          printf ("%-20s %s\n", word, leads[0] != '\0' ? leads : _("(on the day only)"));
          continue;
        }
      ethos_reminder_parse_leads (parsed, leads, NULL);
      json_builder_set_member_name (builder, word);
      json_builder_begin_array (builder);
      for (guint j = 0; j < parsed->lead_days->len; j++)
        json_builder_add_int_value (builder, g_array_index (parsed->lead_days, int, j));
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
  if (json)
    {
      g_autoptr (JsonNode) root = json_builder_get_root (builder);

      ethos_cli_print_json (root);
    }
}

int
ethos_cli_reminder_leads (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "[KIND=N,N,… | KIND=]",
                                _("Show or set how many days before its due date each kind of "
                                  "reminder tells you, for reminders added from now on."),
                                &argc, &argv, &exit_code))
    return exit_code;

  /* Everything given is read and checked first: a bad one keeps nothing. */
  for (int i = 1; i < argc; i++)
    {
      g_autofree char *word = NULL;
      g_autofree char *leads = NULL;
      g_autoptr (EthosReminder) check = NULL;
      EthosReminderKind kind;

      if (!split (argv[i], &word, &leads))
        return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("“%s” is not KIND=N,N,… (e.g. dbs=90,30,7)"),
                               argv[i]);
      if (!ethos_reminder_kind_from_string (word, &kind, NULL))
        return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("“%s” is not a kind of reminder"), word);
      check = ethos_reminder_new (kind);
      if (leads != NULL && !ethos_reminder_parse_leads (check, leads, &error))
        return ethos_cli_fail_error (ctx, error);
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  for (int i = 1; i < argc; i++)
    {
      g_autofree char *word = NULL;
      g_autofree char *leads = NULL;
      EthosReminderKind kind = ETHOS_REMINDER_KIND_CUSTOM;

      split (argv[i], &word, &leads);
      ethos_reminder_kind_from_string (word, &kind, NULL); /* checked above */
      if (!ethos_store_set_default_leads (store, kind, leads, &error))
        return ethos_cli_fail_error (ctx, error);
    }
  if (argc == 1 || json)
    print_leads (store, json);
  return ETHOS_EXIT_OK;
}
