/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-cli.h"
#include "ethos-event-deadlines.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-store.h"

/* ethos-cli events add|list: what happened that a body may need to be told of (a caution, an
 * upheld complaint, a data breach), with the reporting deadlines it creates as reminders. */

/* ethos-cli events add: an event, and the reporting deadlines it creates for your bodies. */
static int
events_add (const EthosCliContext *ctx, int argc, char **argv)
{
  char *kind = NULL, *date = NULL, *time = NULL, *notes = NULL;
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("caution, charge, conviction, finding, suspension, "
                                                   "restriction, complaint-upheld, "
                                                   "civil-proceedings, police-action, disciplinary "
                                                   "or data-breach"),
      "K" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("When it happened (or was discovered)"), "D" },
    { "time", 0, 0, G_OPTION_ARG_STRING, &time, N_("The time, for deadlines counted in hours"),
      "HH:MM" },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), "TEXT" },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) deadlines = NULL;
  g_autoptr (GPtrArray) reminders = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto (GStrv) body_ids = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;
  gint64 event;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Record an event; Ethos adds the reports it calls for, with "
                                  "their deadlines."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc > 1 || kind == NULL || date == NULL)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--kind and --date are needed"));
      goto out;
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if ((body_ids = ethos_store_list_body_ids (store, &error)) == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if ((deadlines = ethos_event_deadlines (kind, date, time, (const char *const *) body_ids, &error))
      == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  for (guint i = 0; i < deadlines->len; i++)
    g_ptr_array_add (reminders, ethos_deadline_to_reminder (g_ptr_array_index (deadlines, i)));
  event = ethos_store_add_event (store, kind, date, time, notes, reminders, &error);
  if (event == 0)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  printf ("%" G_GINT64_FORMAT "\n", event);
  if (reminders->len == 0)
    fprintf (stderr, "%s\n", _("ethos-cli: note: none of your bodies' codes sets a deadline for "
                                "this; check your bodies' own rules"));
  for (guint i = 0; i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);

      printf ("  %-5" G_GINT64_FORMAT " %s%s%s  %s\n", reminder->id, reminder->due,
              reminder->due_time != NULL ? " " : "", reminder->due_time != NULL ? reminder->due_time : "",
              reminder->title);
    }

out:
  g_free (kind);
  g_free (date);
  g_free (time);
  g_free (notes);
  return exit_code;
}

static int
events_list (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) events = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL, _("The events recorded, newest first."), &argc,
                                &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((events = ethos_store_list_events (store, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);
  json_builder_begin_array (builder);
  for (guint i = 0; i < events->len; i++)
    {
      char **row = g_ptr_array_index (events, i);

      if (!json)
        {
          printf ("%-5s %s %-5s %-18s %s\n", row[0], row[2], row[3], row[1], row[4]);
          continue;
        }
      json_builder_begin_object (builder);
      ethos_cli_json_int (builder, "id", g_ascii_strtoll (row[0], NULL, 10));
      ethos_cli_json_string (builder, "kind", row[1]);
      ethos_cli_json_string (builder, "date", row[2]);
      ethos_cli_json_string (builder, "time", row[3][0] != '\0' ? row[3] : NULL);
      ethos_cli_json_string (builder, "notes", row[4]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (json)
    {
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
    }
  return ETHOS_EXIT_OK;
}

int
ethos_cli_events (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "add", events_add },
    { "list", events_list },
  };

  return ethos_cli_dispatch (parent, "events", commands, G_N_ELEMENTS (commands), argc, argv);
}
