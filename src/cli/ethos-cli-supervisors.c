/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-cli.h"
#include "ethos-supervisor-store.h"

/* ethos-cli supervisors add|list|edit: the supervisors the diary knows and how to reach them,
 * for the audit pack. */

typedef struct
{
  char *name;
  char *email;
  char *phone;
  char *accreditation;
} SupervisorOptions;

static void
options_clear (SupervisorOptions *o)
{
  g_free (o->name);
  g_free (o->email);
  g_free (o->phone);
  g_free (o->accreditation);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SupervisorOptions, options_clear)

static gboolean
parse (const EthosCliContext *ctx,
       SupervisorOptions     *o,
       const char            *parameters,
       const char            *summary,
       int                   *argc,
       char                ***argv,
       int                   *exit_code)
{
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &o->name, N_("Their name, as in the diary"), "NAME" },
    { "email", 0, 0, G_OPTION_ARG_STRING, &o->email, N_("Their email address"), "EMAIL" },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &o->phone, N_("Their phone number"), "PHONE" },
    { "accreditation", 0, 0, G_OPTION_ARG_STRING, &o->accreditation,
      N_("Their accreditation as a supervisor (such as “BACP senior accredited supervisor”)"),
      "TEXT" },
    { NULL },
  };

  return ethos_cli_parse_options (ctx, entries, parameters, summary, argc, argv, exit_code);
}

/* Puts what was given in place; an empty value removes a detail. */
static void
apply (SupervisorOptions *o, EthosSupervisor *supervisor)
{
  char **given[] = { &o->name, &o->email, &o->phone, &o->accreditation };
  char **fields[] = { &supervisor->name, &supervisor->email, &supervisor->phone,
                      &supervisor->accreditation };

  for (guint i = 0; i < G_N_ELEMENTS (given); i++)
    if (*given[i] != NULL)
      {
        g_free (*fields[i]);
        *fields[i] = g_strdup (*given[i]);
      }
}

static int
supervisors_add (const EthosCliContext *ctx, int argc, char **argv)
{
  g_auto (SupervisorOptions) o = { 0 };
  g_autoptr (EthosSupervisor) supervisor = ethos_supervisor_new ();
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!parse (ctx, &o, NULL, _("Add a supervisor, with how to reach them."), &argc, &argv,
              &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if (o.name == NULL)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--name is needed"));
  apply (&o, supervisor);
  if (!ethos_supervisor_check (supervisor, &error))
    return ethos_cli_fail_error (ctx, error);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if (ethos_store_add_supervisor (store, supervisor, &error) == 0)
    return ethos_cli_fail_error (ctx, error);
  printf ("%" G_GINT64_FORMAT "\n", supervisor->id);
  return ETHOS_EXIT_OK;
}

static int
supervisors_edit (const EthosCliContext *ctx, int argc, char **argv)
{
  g_auto (SupervisorOptions) o = { 0 };
  g_autoptr (EthosSupervisor) supervisor = NULL;
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!parse (ctx, &o, "ID|NAME", _("Change what is given; keep the rest."), &argc, &argv,
              &exit_code))
    return exit_code;
  if (argc != 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one supervisor, by id or name"));
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((supervisor = ethos_store_find_supervisor (store, argv[1], &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);
  apply (&o, supervisor);
  if (!ethos_store_update_supervisor (store, supervisor, &error))
    return ethos_cli_fail_error (ctx, error);
  return ETHOS_EXIT_OK;
}

static int
supervisors_list (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) supervisors = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL, _("The supervisors the diary knows."), &argc,
                                &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((supervisors = ethos_store_list_supervisor_records (store, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < supervisors->len; i++)
        {
          EthosSupervisor *supervisor = g_ptr_array_index (supervisors, i);

          json_builder_begin_object (builder);
          ethos_cli_json_int (builder, "id", supervisor->id);
          ethos_cli_json_string (builder, "name", supervisor->name);
          ethos_cli_json_string (builder, "email", supervisor->email);
          ethos_cli_json_string (builder, "phone", supervisor->phone);
          ethos_cli_json_string (builder, "accreditation", supervisor->accreditation);
          ethos_cli_json_int (builder, "sessions", supervisor->n_sessions);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      return ETHOS_EXIT_OK;
    }
  if (supervisors->len == 0)
    printf ("%s\n", _("No supervisors yet: ethos-cli supervisors add --name …"));
  for (guint i = 0; i < supervisors->len; i++)
    {
      EthosSupervisor *supervisor = g_ptr_array_index (supervisors, i);
      g_autofree char *contact = ethos_supervisor_describe_contact (supervisor);

      printf ("%-5" G_GINT64_FORMAT " %s\n", supervisor->id, supervisor->name);
      printf ("      %s\n", contact != NULL ? contact : _("(no contact details)"));
    }
  return ETHOS_EXIT_OK;
}

int
ethos_cli_supervisors (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "add", supervisors_add },
    { "list", supervisors_list },
    { "edit", supervisors_edit },
  };

  return ethos_cli_dispatch (parent, "supervisors", commands, G_N_ELEMENTS (commands), argc,
                             argv);
}
