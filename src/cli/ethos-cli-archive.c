/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-archive.h"
#include "ethos-cli.h"

/* ethos-cli export all --output FILE.zip: the whole diary, to take elsewhere; and importing
 * such an archive into an empty data folder (docs/export-format.md). */

static void
print_counts (const EthosArchiveCounts *counts, gboolean json, const char *verb_json)
{
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "done", verb_json);
      ethos_cli_json_int (builder, "entries", counts->entries);
      ethos_cli_json_int (builder, "reminders", counts->reminders);
      ethos_cli_json_int (builder, "files", counts->files);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
    }
}

int
ethos_cli_export_all (const EthosCliContext *ctx, int argc, char **argv)
{
  char *output = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), "FILE" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print what was written as JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  EthosArchiveCounts counts = { 0 };
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Everything in the diary, with its evidence files, as one zip "
                                  "of a documented JSON file and the files. The archive is not "
                                  "encrypted, even when the diary is."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc > 1 || output == NULL)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--output FILE is needed"));
      goto out;
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if (!ethos_archive_write (store, output, now, &counts, &error))
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if (json)
    print_counts (&counts, TRUE, "exported");
  else
    printf (_("Wrote %s: %u entries, %u reminders and %u evidence files. It is not encrypted: "
              "keep it safe.\n"),
            output, counts.entries, counts.reminders, counts.files);

out:
  g_free (output);
  return exit_code;
}

/* ethos-cli import FILE.zip: @argv[1] is the archive. */
int
ethos_cli_import_archive (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Only check the archive"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print what was imported as JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosArchive) archive = NULL;
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  EthosArchiveCounts counts = { 0 };
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "FILE.zip",
                                _("Import an archive written by “ethos-cli export all” into an "
                                  "empty data folder."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one archive to import"));
  /* Checked in full before any diary is opened. */
  if ((archive = ethos_archive_read (argv[1], &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);
  ethos_archive_get_counts (archive, &counts);
  if (!dry_run)
    {
      if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
        return exit_code;
      if (!ethos_archive_import (archive, store, &error))
        return ethos_cli_fail_error (ctx, error);
    }
  if (json)
    print_counts (&counts, TRUE, dry_run ? "checked" : "imported");
  else if (dry_run)
    printf (_("%s can be imported: %u entries, %u reminders and %u evidence files.\n"), argv[1],
            counts.entries, counts.reminders, counts.files);
  else
    printf (_("Imported %s: %u entries, %u reminders and %u evidence files.\n"), argv[1],
            counts.entries, counts.reminders, counts.files);
  return ETHOS_EXIT_OK;
}
