/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-cli.h"
#include "ethos-practice-store.h"

/* ethos-cli diary break YYYY-MM [--note T] | break --remove YYYY-MM | breaks [--json]: the
 * months the practitioner saw no clients, which a body that allows a break (BACP) does not
 * judge. */

int
ethos_cli_diary_break (const EthosCliContext *ctx, int argc, char **argv)
{
  char *note = NULL;
  gboolean remove = FALSE;
  GOptionEntry entries[] = {
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("Why: a holiday, illness, no clients"), "TEXT" },
    { "remove", 0, 0, G_OPTION_ARG_NONE, &remove, N_("The month had clients after all"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "YYYY-MM",
                                _("Mark a month as one without clients, or remove the mark."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc != 2)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                  argc < 2 ? _("give the month, as YYYY-MM")
                                           : _("unexpected argument “%s”"),
                                  argv[argc < 2 ? 0 : 2]);
      goto out;
    }
  if (remove && note != NULL)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--note is for marking a month, not "
                                                           "for --remove"));
      goto out;
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if (remove ? !ethos_store_remove_month_break (store, argv[1], &error)
             : !ethos_store_set_month_break (store, argv[1], note, &error))
    exit_code = ethos_cli_fail_error (ctx, error);

out:
  g_free (note);
  return exit_code;
}

int
ethos_cli_diary_breaks (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) breaks = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL, _("The months marked as without clients."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((breaks = ethos_store_list_month_breaks (store, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < breaks->len; i++)
        {
          EthosMonthBreak *month_break = g_ptr_array_index (breaks, i);

          json_builder_begin_object (builder);
          ethos_cli_json_string (builder, "month", month_break->month);
          ethos_cli_json_string (builder, "note", month_break->note);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      return ETHOS_EXIT_OK;
    }
  if (breaks->len == 0)
    printf ("%s\n", _("No month is marked as without clients."));
  for (guint i = 0; i < breaks->len; i++)
    {
      EthosMonthBreak *month_break = g_ptr_array_index (breaks, i);

      printf ("%s  %s\n", month_break->month, month_break->note);
    }
  return ETHOS_EXIT_OK;
}
