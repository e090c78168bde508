/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-cli.h"
#include "ethos-audit-pack.h"
#include "ethos-csv.h"
#include "ethos-date.h"
#include "ethos-export.h"

/* ethos-cli diary export csv|pdf: the diary or the audit pack, for an auditor, written whole or
 * not at all, with what may identify a client said, or removed with --redact. */

/* Says on stderr how many entries exported may identify a client, or had such details
 * removed. */
static void
say_flagged (guint flagged, gboolean redact)
{
  if (flagged == 0)
    return;
  if (redact)
    fprintf (stderr,
             g_dngettext (GETTEXT_PACKAGE,
                          "ethos-cli: note: details that could identify a client were removed "
                          "from %u entry\n",
                          "ethos-cli: note: details that could identify a client were removed "
                          "from %u entries\n",
                          flagged),
             flagged);
  else
    fprintf (stderr,
             g_dngettext (GETTEXT_PACKAGE,
                          "ethos-cli: note: %u exported entry may identify a client (see "
                          "“ethos-cli scan”, or export with --redact)\n",
                          "ethos-cli: note: %u exported entries may identify a client (see "
                          "“ethos-cli scan”, or export with --redact)\n",
                          flagged),
             flagged);
}

static int
export_pdf (const EthosCliContext *ctx, EthosStore *store, const char *from, const char *to,
            gboolean redact, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *today = ethos_date_today_iso ();
  guint flagged = 0;

  if (!ethos_export_diary_to_file (store, file, ETHOS_EXPORT_AUDIT_PACK, from, to, today, redact,
                                   NULL, &flagged, &error))
    return ethos_cli_fail_error (ctx, error);
  say_flagged (flagged, redact);
  printf (_("Audit pack for %s to %s written to %s\n"), from, to, path);
  return ETHOS_EXIT_OK;
}

static int
export_csv (const EthosCliContext *ctx, EthosStore *store, const char *from, const char *to,
            gboolean redact, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  guint flagged = 0;
  guint written = 0;

  if (!ethos_export_diary_to_file (store, file, ETHOS_EXPORT_CSV, from, to, NULL, redact,
                                   &written, &flagged, &error))
    return ethos_cli_fail_error (ctx, error);

  say_flagged (flagged, redact);
  printf (g_dngettext (GETTEXT_PACKAGE, "%u entry written to %s\n", "%u entries written to %s\n",
                       written),
          written, path);
  return ETHOS_EXIT_OK;
}

int
ethos_cli_diary_export (const EthosCliContext *ctx, int argc, char **argv)
{
  char *from = NULL, *to = NULL, *output = NULL;
  gboolean redact = FALSE;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("From this date"), "D" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Up to this date"), "D" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), "FILE" },
    { "redact", 0, 0, G_OPTION_ARG_NONE, &redact,
      N_("Remove details that could identify a client (“[postcode removed]”)"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "csv|pdf", _("Export the diary for an audit."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc > 2)
    {
      /* The file is given with --output: a second word is most likely that file. */
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[2]);
      goto out;
    }
  if (argc != 2 || (!g_str_equal (argv[1], "csv") && !g_str_equal (argv[1], "pdf")))
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("say csv or pdf"));
      goto out;
    }
  if (output == NULL)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--output FILE is needed"));
      goto out;
    }
  if (!ethos_cli_check_range (ctx, from, to, &exit_code))
    goto out;
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if (g_str_equal (argv[1], "pdf"))
    {
      /* The audit pack's default period: the last twelve months. */
      ethos_cli_default_range (&from, &to);
      exit_code = export_pdf (ctx, store, from, to, redact, output);
    }
  else
    exit_code = export_csv (ctx, store, from, to, redact, output);

out:
  g_free (from);
  g_free (to);
  g_free (output);
  return exit_code;
}
