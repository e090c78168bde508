/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli.h"
#include "ethos-code-parser.h"
#include "ethos-date.h"
#include "ethos-date-input.h"
#include "ethos-i18n.h"
#include "ethos-table.h"

/* ethos-cli: Ethos's data from a terminal. Its output, options and exit codes are a contract
 * that scripts and tests rely on. */

int
ethos_cli_fail (const EthosCliContext *ctx, EthosExit code, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* One line, always: a script reads the first line of stderr. */
  g_strdelimit (message, "\n", ' ');
  fprintf (stderr, "%s: %s\n", ctx->prog, message);
  return code;
}

EthosExit
ethos_cli_exit_for_error (const GError *error)
{
  if (error->domain == ETHOS_CODE_ERROR || error->domain == ETHOS_INPUT_ERROR
      || error->domain == ETHOS_TABLE_ERROR
      || error->domain == G_OPTION_ERROR
      || error->domain == G_KEY_FILE_ERROR)
    return ETHOS_EXIT_USAGE;
  if (error->domain == ETHOS_STORE_ERROR)
    switch ((EthosStoreError) error->code)
      {
      case ETHOS_STORE_ERROR_NOT_FOUND:
      case ETHOS_STORE_ERROR_INVALID:
      case ETHOS_STORE_ERROR_EXISTS:
        return ETHOS_EXIT_USAGE;
      default:
        return ETHOS_EXIT_FAILURE;
      }
  if (error->domain == G_FILE_ERROR
      && (error->code == G_FILE_ERROR_NOENT || error->code == G_FILE_ERROR_ISDIR
          || error->code == G_FILE_ERROR_ACCES || error->code == G_FILE_ERROR_NAMETOOLONG))
    return ETHOS_EXIT_USAGE;
  return ETHOS_EXIT_FAILURE;
}

int
ethos_cli_fail_error (const EthosCliContext *ctx, const GError *error)
{
  return ethos_cli_fail (ctx, ethos_cli_exit_for_error (error), "%s", error->message);
}

/* Every option whose value is shown as D is a date. It is taken as ISO, "today", "yesterday"
 * or "tomorrow" (the last three become the ISO day they name, by the local clock) and refused
 * as anything else, before anything is opened; never a day and month in numbers, which a
 * script may write either way round. An empty value is left for the command to judge. */
static gboolean
read_date_options (const EthosCliContext *ctx, const GOptionEntry *entries, int *exit_code)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  for (const GOptionEntry *entry = entries; entry->long_name != NULL; entry++)
    {
      char **value = entry->arg_data;
      g_autoptr (GError) error = NULL;
      GDate date;

      if (entry->arg != G_OPTION_ARG_STRING || g_strcmp0 (entry->arg_description, "D") != 0
          || *value == NULL || (*value)[0] == '\0')
        continue;
      if (!ethos_date_parse_relative (*value, &today, &date, &error))
        {
          /* Translators: an option, then why its value is not a date */
          *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--%s: %s"), entry->long_name,
                                       error->message);
          return FALSE;
        }
      g_free (*value);
      *value = ethos_date_to_iso (&date);
    }
  return TRUE;
}

gboolean
ethos_cli_parse_options (const EthosCliContext  *ctx,
                         GOptionEntry           *entries,
                         const char             *parameters,
                         const char             *summary,
                         int                    *argc,
                         char                 ***argv,
                         int                    *exit_code)
{
  g_autoptr (GOptionContext) context = g_option_context_new (parameters);
  g_autoptr (GError) error = NULL;

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      /* Translators: GLib's message about an option, such as “Unknown option --colour” */
      *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("%s (see --help)"), error->message);
      return FALSE;
    }
  /* GOption keeps a "--" that comes before a word starting with "-": it only ends options. */
  for (int i = 1; i < *argc; i++)
    if (g_str_equal ((*argv)[i], "--"))
      {
        memmove (*argv + i, *argv + i + 1, (size_t) (*argc - i) * sizeof (char *));
        (*argc)--;
        break;
      }
  return read_date_options (ctx, entries, exit_code);
}

void
ethos_cli_print_json (JsonNode *node)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

/* A string member; NULL becomes JSON null. */
void
ethos_cli_json_string (JsonBuilder *builder, const char *name, const char *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
ethos_cli_json_int (JsonBuilder *builder, const char *name, gint64 value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* Runs the subcommand argv[1] of @group from @commands: "codes show", "profile set" … Its
 * messages are prefixed with the whole command. "--help" lists the subcommands. */
int
ethos_cli_dispatch (const EthosCliContext  *parent,
                    const char             *group,
                    const EthosCliCommand  *commands,
                    guint                   n_commands,
                    int                     argc,
                    char                  **argv)
{
  EthosCliContext ctx = *parent;
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint i = 0; i < n_commands; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", commands[i].name);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      printf (_("Usage:\n  ethos-cli %s COMMAND [OPTIONS…]\n\nCommands: %s.\n"
                "“ethos-cli %s COMMAND --help” describes each.\n"),
              group, names->str, group);
      return ETHOS_EXIT_OK;
    }
  if (argc < 2)
    return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("%s needs a command: %s"), group, names->str);
  for (guint i = 0; i < n_commands; i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        g_autofree char *prog = g_strdup_printf ("ethos-cli %s %s", group, commands[i].name);

        ctx.prog = prog;
        g_set_prgname (prog);
        return commands[i].run (&ctx, argc - 1, argv + 1);
      }
  return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("unknown %s command “%s” (%s)"), group, argv[1],
                         names->str);
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s",
           _("Usage:\n"
             "  ethos-cli [--data-dir DIR] [--passphrase-file F] COMMAND [OPTIONS…]\n"
             "\n"
             "Ethos's codes, diary and reminders from a terminal.\n"
             "\n"
             "Commands:\n"
             "  standing [--as-of D]  Whether you are in good standing with each body\n"
             "  codes list            The codes of ethics Ethos holds\n"
             "  codes show CODE [REF] A code's text, or one clause\n"
             "  codes search QUERY    Search the codes\n"
             "  codes import FILE     Import your own body's code from a text file\n"
             "  codes remove CODE     Remove a code you imported\n"
             "  codes themes [THEME]  What each code says on a theme\n"
             "  profile show|set|bodies|rules|opening\n"
             "                        Your name, bodies, their rules, opening balances\n"
             "  supervision add|list|edit|delete\n"
             "                        Your supervision diary\n"
             "  supervisors add|list|edit\n"
             "                        Your supervisors, and how to reach them\n"
             "  practice add|list|totals\n"
             "                        Your client hours, month by month, towards accreditation\n"
             "  cpd add|list|edit|delete|evidence|plan\n"
             "                        Your CPD log and the files kept with it\n"
             "  diary totals|search|export|break|breaks\n"
             "                        Totals against your bodies' rules; search; CSV\n"
             "  scan [FILE|-]         Look for details that could identify a client\n"
             "  reminders add|list|done|snooze|edit|delete|standard|leads\n"
             "                        Renewals, rechecks and deadlines\n"
             "  events add|list       Record an event; its reporting deadlines are added\n"
             "  import FILE [--kind K] [--map COLUMN=FIELD]… [--dry-run]\n"
             "                        Bring in supervision or CPD records from CSV, ODS, XLSX, DOCX\n"
             "  import undo BATCH     Remove every entry an import added\n"
             "  export ics --output FILE\n"
             "                        Your reminders for a calendar program\n"
             "  export all --output FILE.zip\n"
             "                        Everything, with evidence files, to take elsewhere\n"
             "  import FILE.zip|FILE.ics [--dry-run] [--json]\n"
             "                        An archive into an empty data folder; reminders from a calendar\n"
             "  demo --entries N      Fill the data folder with a synthetic diary\n"
             "  check                 Check the database for damage\n"
             "  backup create|list|restore FILE\n"
             "                        Back up the database; list the backups; restore one\n"
             "  backup copy|destination\n"
             "                        Copy the newest backup off this disk; say where to\n"
             "  encryption status|enable|disable|change-passphrase|recover\n"
             "                        Encrypt the diary; its key, passphrase and recovery key\n"
             "\n"
             "Options:\n"
             "  --data-dir DIR        Use the database in DIR instead of the usual place\n"
             "  --passphrase-file F   The passphrase of an encrypted diary: F's first line\n"
             "  --version             Print the version\n"
             "  -h, --help            Print this help; “COMMAND --help” for a command\n"
             "\n"
             "Exit status: 0 on success, 1 when something went wrong, 2 for bad usage or input.\n"));
}

int
main (int argc, char **argv)
{
  EthosCliContext ctx = { NULL, "ethos-cli", NULL };
  int i = 1;

  ethos_i18n_init ();
  g_set_prgname ("ethos-cli");

  /* Global options come before the command. */
  for (; i < argc && argv[i][0] == '-'; i++)
    {
      if (g_str_equal (argv[i], "--version"))
        {
          printf ("ethos-cli %s\n", PACKAGE_VERSION);
          return ETHOS_EXIT_OK;
        }
      else if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          print_usage (stdout);
          return ETHOS_EXIT_OK;
        }
      else if (g_str_equal (argv[i], "--passphrase-file"))
        {
          if (i + 1 >= argc || argv[i + 1][0] == '\0')
            return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("--passphrase-file needs a file"));
          ctx.passphrase_file = argv[++i];
        }
      else if (g_str_has_prefix (argv[i], "--passphrase-file="))
        {
          ctx.passphrase_file = argv[i] + strlen ("--passphrase-file=");
          if (ctx.passphrase_file[0] == '\0')
            return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("--passphrase-file needs a file"));
        }
      else if (g_str_equal (argv[i], "--data-dir"))
        {
          if (i + 1 >= argc || argv[i + 1][0] == '\0')
            return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("--data-dir needs a folder"));
          ctx.data_dir = argv[++i];
        }
      else if (g_str_has_prefix (argv[i], "--data-dir="))
        {
          ctx.data_dir = argv[i] + strlen ("--data-dir=");
          if (ctx.data_dir[0] == '\0')
            return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("--data-dir needs a folder"));
        }
      else
        return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE,
                               _("unknown option %s (see ethos-cli --help)"), argv[i]);
    }

  if (i >= argc)
    return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("name a command (see ethos-cli --help)"));

  if (g_str_equal (argv[i], "standing"))
    return ethos_cli_standing (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "codes"))
    return ethos_cli_codes (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "check"))
    return ethos_cli_check (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "profile"))
    return ethos_cli_profile (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "supervision"))
    return ethos_cli_supervision (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "practice"))
    return ethos_cli_practice (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "supervisors"))
    return ethos_cli_supervisors (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "cpd"))
    return ethos_cli_cpd (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "diary"))
    return ethos_cli_diary (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "scan"))
    return ethos_cli_scan (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "reminders"))
    return ethos_cli_reminders (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "export"))
    return ethos_cli_export (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "events"))
    return ethos_cli_events (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "demo"))
    return ethos_cli_demo (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "backup"))
    return ethos_cli_backup (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "encryption"))
    return ethos_cli_encryption (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "import"))
    return ethos_cli_import (&ctx, argc - i, argv + i);
  if (g_str_equal (argv[i], "help"))
    {
      print_usage (stdout);
      return ETHOS_EXIT_OK;
    }
  return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("unknown command “%s” (see ethos-cli --help)"),
                         argv[i]);
}

/* A row id as given on the command line: a whole number from 1. */
gboolean
ethos_cli_parse_id (const char *text, gint64 *id)
{
  char *end = NULL;
  guint64 value;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;
  value = g_ascii_strtoull (text, &end, 10);
  if (*end != '\0' || value == 0 || value > G_MAXINT64)
    return FALSE;
  *id = (gint64) value;
  return TRUE;
}
