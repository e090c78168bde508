/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli.h"
#include "ethos-date.h"
#include "ethos-export.h"
#include "ethos-ics.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-stages.h"
#include "ethos-reminder-status.h"
#include "ethos-reminder-store.h"

/* ethos-cli reminders list and ethos-cli export ics: the reminders read out, for a person or a
 * script (each one's status and, in JSON, its next notification) and for a calendar program. */

/* The next notification @reminder will give from the start of @as_of, as the notifier works it
 * out: a stage missed and not yet shown comes at once (only the latest), a snooze holds stages
 * back to its day, then the next planned one. Its stage id and local time; NULL when done. */
static void
add_next_stage (JsonBuilder *builder, EthosStore *store, EthosReminder *reminder, const GDate *as_of,
                int hour, int minute, GTimeZone *tz)
{
  g_autoptr (EthosStage) stage = NULL;
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GDateTime) wake = NULL;
  g_autoptr (GDateTime) later = NULL;
  g_auto (GStrv) fired = NULL;
  GDate due, snoozed;
  const GDate *snooze = NULL;
  GDateTime *when;

  json_builder_set_member_name (builder, "next_stage");
  if (reminder->done || !ethos_date_parse (reminder->due, &due, NULL))
    {
      json_builder_add_null_value (builder);
      return;
    }
  if (reminder->snoozed_until != NULL && ethos_date_parse (reminder->snoozed_until, &snoozed, NULL))
    snooze = &snoozed;
  fired = ethos_store_list_fired_stages (store, reminder->id, reminder->due);
  now = g_date_time_new (tz, g_date_get_year (as_of), g_date_get_month (as_of),
                         g_date_get_day (as_of), 0, 0, 0);
#define STAGE_AT(at, out)                                                                          \
  ethos_reminder_stage_due (&due, reminder->due_time, (const int *) reminder->lead_days->data,    \
                            reminder->lead_days->len, snooze, fired, hour, minute, tz, at, out)
  stage = STAGE_AT (now, &wake);
  when = now;
  if (stage == NULL && wake != NULL)
    {
      stage = STAGE_AT (wake, &later);
      when = wake;
    }
#undef STAGE_AT
  if (stage == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  {
    /* A stage caught up late is shown when the notifier looks, not at its planned time. */
    GDateTime *at = g_date_time_compare (stage->fires_at, when) < 0 ? when : stage->fires_at;
    g_autofree char *text = g_date_time_format (at, "%Y-%m-%dT%H:%M");

    json_builder_begin_object (builder);
    ethos_cli_json_string (builder, "id", stage->id);
    ethos_cli_json_string (builder, "at", text);
    json_builder_end_object (builder);
  }
}

int
ethos_cli_reminders_list (const EthosCliContext *ctx, int argc, char **argv)
{
  char *as_of = NULL;
  int within = -1;
  gboolean all = FALSE;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("As things stand on this day (default: today)"),
      "D" },
    { "within", 0, 0, G_OPTION_ARG_INT, &within, N_("Only those due within DAYS"), "DAYS" },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Include the ones done"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) reminders = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autofree char *limit = NULL;
  g_autofree char *notify_at = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  int hour, minute;
  GDate today, as_of_date;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL, _("Your reminders, soonest first."), &argc,
                                &argv, &exit_code))
    goto out;
  if (argc > 1)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
      goto out;
    }
  if (as_of == NULL)
    as_of = ethos_date_today_iso ();
  if (!ethos_date_parse (as_of, &today, &error))
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if (within != -1 && (within < 0 || within > 3650))
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                  _("--within takes a number of days from 0 to 3650"));
      goto out;
    }
  if (within >= 0)
    {
      g_date_add_days (&today, (guint) within);
      limit = ethos_date_to_iso (&today);
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if ((reminders = ethos_store_list_reminders (store, all, &error)) == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  notify_at = ethos_store_get_notify_time (store);
  if (!ethos_due_time_parse (notify_at, &hour, &minute))
    {
      hour = ETHOS_NOTIFY_HOUR_DEFAULT;
      minute = ETHOS_NOTIFY_MINUTE_DEFAULT;
    }
  tz = g_time_zone_new_local ();
  ethos_date_parse (as_of, &as_of_date, NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);
      const char *status = ethos_reminder_status_to_string (ethos_reminder_status (reminder,
                                                                                   &as_of_date,
                                                                                   NULL));

      if (limit != NULL && strcmp (reminder->due, limit) > 0)
        continue;
      if (!json)
        {
          g_autofree char *snoozed = ethos_reminder_snooze_phrase (reminder, &as_of_date);

          /* A snoozed one says until when, as the window does. */
          printf ("%-5" G_GINT64_FORMAT " %s  %-10s %-18s %s%s%s%s\n", reminder->id, reminder->due,
                  status, ethos_reminder_kind_to_string (reminder->kind), reminder->title,
                  snoozed != NULL ? " (" : "", snoozed != NULL ? snoozed : "",
                  snoozed != NULL ? ")" : "");
          continue;
        }
      json_builder_begin_object (builder);
      ethos_cli_json_int (builder, "id", reminder->id);
      ethos_cli_json_string (builder, "title", reminder->title);
      ethos_cli_json_string (builder, "kind", ethos_reminder_kind_to_string (reminder->kind));
      ethos_cli_json_string (builder, "due", reminder->due);
      ethos_cli_json_string (builder, "time", reminder->due_time);
      ethos_cli_json_string (builder, "status", status);
      ethos_cli_json_string (builder, "every", reminder->every[0] != '\0' ? reminder->every : NULL);
      ethos_cli_json_string (builder, "clause", reminder->clause);
      ethos_cli_json_string (builder, "snoozed_until", reminder->snoozed_until);
      add_next_stage (builder, store, reminder, &as_of_date, hour, minute, tz);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (json)
    {
      g_autoptr (JsonNode) root = json_builder_get_root (builder);

      ethos_cli_print_json (root);
    }

out:
  g_free (as_of);
  return exit_code;
}

/* ethos-cli export ics --output FILE: the open reminders for a calendar program. */
static int
export_ics (const EthosCliContext *ctx, int argc, char **argv)
{
  char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), "FILE" },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) reminders = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Your open reminders as an iCalendar file, with their alarms."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc > 1 || output == NULL)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--output FILE is needed"));
      goto out;
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if ((reminders = ethos_store_list_reminders (store, FALSE, &error)) == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  file = g_file_new_for_path (output);
  stream = g_file_replace (file, NULL, FALSE, ETHOS_EXPORT_FILE_FLAGS, NULL, &error);
  if (stream == NULL
      || !ethos_ics_write_reminders (reminders, store, now, G_OUTPUT_STREAM (stream), &error)
      || !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error))
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_FAILURE, "%s", error->message);
      goto out;
    }
  printf (g_dngettext (GETTEXT_PACKAGE, "%u reminder written to %s\n",
                       "%u reminders written to %s\n", reminders->len),
          reminders->len, output);

out:
  g_free (output);
  return exit_code;
}

int
ethos_cli_export (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "ics", export_ics },
    { "all", ethos_cli_export_all },
  };

  return ethos_cli_dispatch (parent, "export", commands, G_N_ELEMENTS (commands), argc, argv);
}
