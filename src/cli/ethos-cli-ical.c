/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-cli.h"
#include "ethos-date.h"
#include "ethos-ical-import.h"
#include "ethos-reminder-store.h"

/* ethos-cli import FILE.ics: reminders from a calendar's events and to-dos. */

static void
print_result (GPtrArray *added, GPtrArray *skipped, gboolean dry_run, gboolean json)
{
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_object (builder);
      ethos_cli_json_int (builder, "added", added->len);
      json_builder_set_member_name (builder, "dry_run");
      json_builder_add_boolean_value (builder, dry_run);
      json_builder_set_member_name (builder, "reminders");
      json_builder_begin_array (builder);
      for (guint i = 0; i < added->len; i++)
        {
          EthosReminder *reminder = g_ptr_array_index (added, i);
          g_autofree char *leads = ethos_reminder_leads_to_string (reminder);

          json_builder_begin_object (builder);
          ethos_cli_json_string (builder, "title", reminder->title);
          ethos_cli_json_string (builder, "due", reminder->due);
          ethos_cli_json_string (builder, "every", reminder->every);
          ethos_cli_json_string (builder, "lead_days", leads);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "skipped");
      json_builder_begin_array (builder);
      for (guint i = 0; i < skipped->len; i++)
        {
          EthosIcalSkip *skip = g_ptr_array_index (skipped, i);

          json_builder_begin_object (builder);
          ethos_cli_json_string (builder, "item", skip->item);
          ethos_cli_json_string (builder, "reason", skip->reason);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      return;
    }
  printf (dry_run ? g_dngettext (GETTEXT_PACKAGE, "%u reminder would be added\n",
                                 "%u reminders would be added\n", added->len)
                  : g_dngettext (GETTEXT_PACKAGE, "%u reminder added\n", "%u reminders added\n",
                                 added->len),
          added->len);
  for (guint i = 0; i < skipped->len; i++)
    {
      EthosIcalSkip *skip = g_ptr_array_index (skipped, i);

      printf (_("Skipped %s: %s\n"), skip->item, skip->reason);
    }
}

/* ethos-cli import FILE.ics [--dry-run] [--json]: @argv[1] is the file. */
int
ethos_cli_import_ical (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Only show what would be added"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the result as JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) reminders = NULL;
  g_autoptr (GPtrArray) skipped = NULL;
  g_autoptr (GPtrArray) added = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;
  GDate today;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "FILE.ics",
                                _("Add reminders from an iCalendar file's events and to-dos, "
                                  "with their repeats and alarms."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one iCalendar file to import"));
  if (!g_file_get_contents (argv[1], &data, &length, &error))
    return ethos_cli_fail_error (ctx, error);
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  if (!ethos_ical_read_reminders (data, length, &today, &reminders, &skipped, &error))
    return ethos_cli_fail_error (ctx, error);

  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((added = ethos_ical_drop_known_reminders (store, reminders, skipped, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);
  if (!dry_run && added->len > 0 && ethos_store_add_missing_reminders (store, added, &error) < 0)
    return ethos_cli_fail_error (ctx, error);
  print_result (added, skipped, dry_run, json);
  return ETHOS_EXIT_OK;
}
