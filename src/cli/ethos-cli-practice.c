/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-cli.h"
#include "ethos-client-hours-store.h"
#include "ethos-date.h"
#include "ethos-duration.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"

/* ethos-cli practice add|list|totals: the client-hours log, a month at a time, and how far it
 * goes towards what each body's accreditation asks for. */

static int
practice_add (const EthosCliContext *ctx, int argc, char **argv)
{
  char *month = NULL, *hours = NULL;
  GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("The month, as YYYY-MM"), "YYYY-MM" },
    { "client-hours", 0, 0, G_OPTION_ARG_STRING, &hours,
      N_("Your client work that month: hours (42.5) or hours and minutes (42:30)"), "H" },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;
  int minutes = 0;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Log a month’s client hours, in place of what was logged."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc > 1)
    exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  else if (month == NULL || hours == NULL)
    exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--month and --client-hours are needed"));
  else if (!ethos_month_check (month, &error)
           || !ethos_duration_parse (hours, ETHOS_DURATION_HOURS, ETHOS_CLIENT_MONTH_MAX_MINUTES,
                                     &minutes, &error))
    exit_code = ethos_cli_fail_error (ctx, error);
  else if ((store = ethos_cli_open_store (ctx, &exit_code)) != NULL
           && !ethos_store_set_client_hours (store, month, minutes, &error))
    exit_code = ethos_cli_fail_error (ctx, error);

out:
  g_free (month);
  g_free (hours);
  return exit_code;
}

static int
practice_list (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GArray) months = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;
  int total = 0;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Your client hours, month by month, with the running total."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((months = ethos_store_list_client_hours (store, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < months->len; i++)
        {
          const EthosClientMonth *month = &g_array_index (months, EthosClientMonth, i);

          total += month->minutes;
          json_builder_begin_object (builder);
          ethos_cli_json_string (builder, "month", month->month);
          ethos_cli_json_int (builder, "client_minutes", month->minutes);
          ethos_cli_json_int (builder, "running_minutes", total);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      return ETHOS_EXIT_OK;
    }
  if (months->len == 0)
    printf ("%s\n", _("No client hours logged yet: ethos-cli practice add --month YYYY-MM "
                      "--client-hours H"));
  for (guint i = 0; i < months->len; i++)
    {
      const EthosClientMonth *month = &g_array_index (months, EthosClientMonth, i);

      total += month->minutes;
      printf ("%s  %8.2f  %9.2f\n", month->month, month->minutes / 60.0, total / 60.0);
    }
  return ETHOS_EXIT_OK;
}

static int
practice_totals (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  char *as_of = NULL;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("Today (default: today)"), "D" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GArray) months = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) body_ids = NULL;
  g_autofree char *today = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("How far your client hours go towards what each body’s "
                                  "accreditation asks for."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc > 1)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
      goto out;
    }
  today = as_of != NULL ? g_strdup (as_of) : ethos_date_today_iso ();
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if ((months = ethos_store_list_client_hours (store, &error)) == NULL
      || (body_ids = ethos_store_list_body_ids (store, &error)) == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  json_builder_begin_array (builder);
  for (guint i = 0; body_ids[i] != NULL; i++)
    {
      g_autoptr (EthosBodyRules) body = ethos_store_load_body_rules (store, body_ids[i], &error);
      g_autofree char *progress = NULL;

      if (body == NULL)
        {
          exit_code = ethos_cli_fail_error (ctx, error);
          goto out;
        }
      progress = ethos_client_hours_progress (body, months, today);
      if (!json)
        {
          printf ("%s\n", progress);
          if (body->accreditation_client_hours > 0)
            printf ("    %s\n", body->accreditation_source);
          continue;
        }
      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "body", body->id);
      if (body->accreditation_client_hours > 0)
        {
          ethos_cli_json_int (builder, "target_hours", body->accreditation_client_hours);
          ethos_cli_json_int (builder, "within_years", body->accreditation_client_years);
          ethos_cli_json_int (builder, "minutes",
                              ethos_client_hours_within (months, today,
                                                         body->accreditation_client_years));
          ethos_cli_json_string (builder, "source", body->accreditation_source);
        }
      else
        ethos_cli_json_string (builder, "target_hours", NULL);
      ethos_cli_json_string (builder, "said", progress);
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

int
ethos_cli_practice (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "add", practice_add },
    { "list", practice_list },
    { "totals", practice_totals },
  };

  return ethos_cli_dispatch (parent, "practice", commands, G_N_ELEMENTS (commands), argc, argv);
}
