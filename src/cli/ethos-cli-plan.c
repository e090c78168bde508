/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-cli.h"
#include "ethos-date.h"
#include "ethos-plan-store.h"

/* ethos-cli cpd plan add|done|list: the CPD plan, whose items the diary's activities carry out
 * (cpd add --plan ID), each done when the practitioner says so. */

static int
plan_add (const EthosCliContext *ctx, int argc, char **argv)
{
  g_autoptr (EthosPlanItem) item = ethos_plan_item_new ();
  GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &item->title, N_("The activity you plan"), "TEXT" },
    { "need", 0, 0, G_OPTION_ARG_STRING, &item->need, N_("The learning need it meets"), "TEXT" },
    { "target", 0, 0, G_OPTION_ARG_STRING, &item->target, N_("When you mean to have done it"),
      "D" },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL, _("Add an item to your CPD plan."), &argc,
                                &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if (item->title == NULL)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--title is needed"));
  if (!ethos_plan_item_check (item, &error))
    return ethos_cli_fail_error (ctx, error);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if (ethos_store_add_plan_item (store, item, &error) == 0)
    return ethos_cli_fail_error (ctx, error);
  printf ("%" G_GINT64_FORMAT "\n", item->id);
  return ETHOS_EXIT_OK;
}

static int
plan_done (const EthosCliContext *ctx, int argc, char **argv)
{
  char *on = NULL;
  gboolean undo = FALSE;
  GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The day it was done (default: today)"), "D" },
    { "not", 0, 0, G_OPTION_ARG_NONE, &undo, N_("Mark it not done after all"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *today = NULL;
  int exit_code = ETHOS_EXIT_OK;
  gint64 id = 0;

  if (!ethos_cli_parse_options (ctx, entries, "ID", _("Mark an item of your CPD plan done."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc != 2 || !ethos_cli_parse_id (argv[1], &id))
    exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("give the item’s id (cpd plan list)"));
  else if (undo && on != NULL)
    exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--on and --not cannot go together"));
  else if ((store = ethos_cli_open_store (ctx, &exit_code)) != NULL)
    {
      today = on != NULL ? g_strdup (on) : ethos_date_today_iso ();
      if (!ethos_store_set_plan_item_done (store, id, undo ? NULL : today, &error))
        exit_code = ethos_cli_fail_error (ctx, error);
    }

out:
  g_free (on);
  return exit_code;
}

static int
plan_list (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  char *as_of = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("Today (default: today)"), "D" },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *today = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL, _("Your CPD plan, and where each item "
                                                      "stands."),
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
  if ((items = ethos_store_list_plan_items (store, &error)) == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < items->len; i++)
        {
          EthosPlanItem *item = g_ptr_array_index (items, i);
          g_autofree char *status = ethos_plan_item_status (item, today);

          json_builder_begin_object (builder);
          ethos_cli_json_int (builder, "id", item->id);
          ethos_cli_json_string (builder, "title", item->title);
          ethos_cli_json_string (builder, "need", item->need);
          ethos_cli_json_string (builder, "target", item->target);
          ethos_cli_json_string (builder, "done", item->done);
          ethos_cli_json_int (builder, "activities", item->n_activities);
          ethos_cli_json_string (builder, "status", status);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      goto out;
    }
  if (items->len == 0)
    printf ("%s\n", _("No CPD plan yet: ethos-cli cpd plan add --title …"));
  for (guint i = 0; i < items->len; i++)
    {
      EthosPlanItem *item = g_ptr_array_index (items, i);
      g_autofree char *status = ethos_plan_item_status (item, today);

      printf ("%-5" G_GINT64_FORMAT " %s\n      %s\n", item->id, item->title, status);
    }

out:
  g_free (as_of);
  return exit_code;
}

int
ethos_cli_cpd_plan (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "add", plan_add },
    { "done", plan_done },
    { "list", plan_list },
  };

  return ethos_cli_dispatch (parent, "cpd plan", commands, G_N_ELEMENTS (commands), argc, argv);
}
