/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <gio/gunixinputstream.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli.h"
#include "ethos-audit-pack.h"
#include "ethos-csv.h"
#include "ethos-date.h"
#include "ethos-demo.h"
#include "ethos-entry-store.h"
#include "ethos-export.h"
#include "ethos-privacy-scan.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"
#include "ethos-totals-store.h"

/* ethos-cli diary search|export|totals, ethos-cli scan, ethos-cli demo. */

gboolean
ethos_cli_check_range (const EthosCliContext *ctx, const char *from, const char *to, int *exit_code)
{
  g_autoptr (GError) error = NULL;
  GDate date;

  if ((from != NULL && !ethos_date_parse (from, &date, &error))
      || (to != NULL && !ethos_date_parse (to, &date, &error)))
    {
      *exit_code = ethos_cli_fail_error (ctx, error);
      return FALSE;
    }
  if (from != NULL && to != NULL && strcmp (from, to) > 0)
    {
      *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--from %s is after --to %s"), from,
                                   to);
      return FALSE;
    }
  return TRUE;
}

static int
diary_search (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  int limit = 20;
  GOptionEntry entries[] = {
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most N results (default 20)"), "N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *query = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "QUERY", _("Search all the diary's text."), &argc,
                                &argv, &exit_code))
    return exit_code;
  if (argc < 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("give some words to search for"));
  if (limit < 1 || limit > 1000)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--limit takes a whole number from 1 to 1000"));
  query = g_strjoinv (" ", argv + 1);
  if (!g_utf8_validate (query, -1, NULL))
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("the query is not valid UTF-8 text"));
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((hits = ethos_store_search_entries (store, query, (guint) limit, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < hits->len; i++)
        {
          EthosSearchHit *hit = g_ptr_array_index (hits, i);
          g_autofree char *snippet = ethos_search_hit_format_snippet (hit, "**", "**", FALSE);

          json_builder_begin_object (builder);
          ethos_cli_json_int (builder, "id", g_ascii_strtoll (hit->ref, NULL, 10));
          ethos_cli_json_string (builder, "kind", hit->code_id);
          ethos_cli_json_string (builder, "heading", hit->heading);
          ethos_cli_json_string (builder, "snippet", snippet);
          json_builder_set_member_name (builder, "score");
          json_builder_add_double_value (builder, hit->score);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      return ETHOS_EXIT_OK;
    }
  if (hits->len == 0)
    printf ("%s\n", _("No entry matches."));
  for (guint i = 0; i < hits->len; i++)
    {
      EthosSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *snippet = ethos_search_hit_format_snippet (hit, "[", "]", FALSE);

      printf ("%s %s · %s\n    %s\n", hit->code_id, hit->ref, hit->heading, snippet);
    }
  return ETHOS_EXIT_OK;
}

static int
export_pdf (const EthosCliContext *ctx, EthosStore *store, const char *from, const char *to,
            const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autofree char *today = ethos_date_today_iso ();
  guint flagged = 0;

  /* g_file_replace writes beside the target and renames: no half-written pack. */
  stream = g_file_replace (file, NULL, FALSE, ETHOS_EXPORT_FILE_FLAGS, NULL, &error);
  if (stream == NULL)
    return ethos_cli_fail (ctx, ETHOS_EXIT_FAILURE, "%s", error->message);
  if (!ethos_audit_pack_write (store, from, to, today, G_OUTPUT_STREAM (stream), &flagged, &error))
    {
      g_autoptr (GCancellable) cancel = g_cancellable_new ();

      /* Closing with a cancelled cancellable drops the temporary file. */
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      return ethos_cli_fail_error (ctx, error);
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error))
    return ethos_cli_fail (ctx, ETHOS_EXIT_FAILURE, "%s", error->message);
  if (flagged > 0)
    fprintf (stderr,
             g_dngettext (GETTEXT_PACKAGE,
                          "ethos-cli: note: %u entry in the pack may identify a client (see "
                          "“ethos-cli scan”)\n",
                          "ethos-cli: note: %u entries in the pack may identify a client (see "
                          "“ethos-cli scan”)\n",
                          flagged),
             flagged);
  printf (_("Audit pack for %s to %s written to %s\n"), from, to, path);
  return ETHOS_EXIT_OK;
}

/* Writes to a temporary file beside @path and renames it into place: an export that fails
 * halfway leaves no half-written file, and never clobbers a good one. */
static int
export_csv (const EthosCliContext *ctx, EthosStore *store, const char *from, const char *to,
            const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileOutputStream) stream = NULL;
  guint flagged = 0;

  if ((entries = ethos_store_list_entries (store, -1, from, to, TRUE, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);
  rules = ethos_store_load_first_body_rules (store, NULL);
  stream = g_file_replace (file, NULL, FALSE, ETHOS_EXPORT_FILE_FLAGS, NULL, &error);
  if (stream == NULL)
    return ethos_cli_fail (ctx, ETHOS_EXIT_FAILURE, "%s", error->message);
  if (!ethos_csv_write_entries (entries, rules, store, G_OUTPUT_STREAM (stream), &error)
      || !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error))
    {
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      return ethos_cli_fail (ctx, ETHOS_EXIT_FAILURE, "%s", error->message);
    }

  /* An export leaves the practitioner's machine: say when it may identify a client. */
  for (guint i = 0; i < entries->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *text = g_strjoin ("\n", entry->notes, entry->actions, entry->reflection,
                                         entry->outcomes, entry->impact, NULL);
      g_autoptr (GArray) findings = ethos_privacy_scan (text, -1);

      if (findings->len > 0)
        flagged++;
    }
  if (flagged > 0)
    fprintf (stderr,
             g_dngettext (GETTEXT_PACKAGE,
                          "ethos-cli: note: %u exported entry may identify a client (see "
                          "“ethos-cli scan”)\n",
                          "ethos-cli: note: %u exported entries may identify a client (see "
                          "“ethos-cli scan”)\n",
                          flagged),
             flagged);
  printf (g_dngettext (GETTEXT_PACKAGE, "%u entry written to %s\n", "%u entries written to %s\n",
                       entries->len),
          entries->len, path);
  return ETHOS_EXIT_OK;
}

static int
diary_export (const EthosCliContext *ctx, int argc, char **argv)
{
  char *from = NULL, *to = NULL, *output = NULL;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("From this date"), "D" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Up to this date"), "D" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), "FILE" },
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
      exit_code = export_pdf (ctx, store, from, to, output);
    }
  else
    exit_code = export_csv (ctx, store, from, to, output);

out:
  g_free (from);
  g_free (to);
  g_free (output);
  return exit_code;
}


int
ethos_cli_diary (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "totals", ethos_cli_diary_totals },
    { "search", diary_search },
    { "export", diary_export },
    { "break", ethos_cli_diary_break },
    { "breaks", ethos_cli_diary_breaks },
  };

  return ethos_cli_dispatch (parent, "diary", commands, G_N_ELEMENTS (commands), argc, argv);
}

