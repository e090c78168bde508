/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <gio/gunixinputstream.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-cli.h"
#include "ethos-date.h"
#include "ethos-demo.h"
#include "ethos-privacy-scan.h"

/* ethos-cli scan [FILE|-]: exit 0 when clean, 1 when something may identify a client. */
int
ethos_cli_scan (const EthosCliContext *parent, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  EthosCliContext ctx = *parent;
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) findings = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  int exit_code = ETHOS_EXIT_OK;

  ctx.prog = "ethos-cli scan";
  if (!ethos_cli_parse_options (&ctx, entries, "[FILE|-]",
                                _("Look for what could identify a client: NHS numbers, postcodes, "
                                  "phone numbers, e-mail addresses, dates of birth."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 2)
    return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("name one file, or - for standard input"));
  if (argc == 1 || g_str_equal (argv[1], "-"))
    {
      g_autoptr (GInputStream) in = g_unix_input_stream_new (0, FALSE);
      g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();

      if (g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error) < 0)
        return ethos_cli_fail (&ctx, ETHOS_EXIT_FAILURE, "%s", error->message);
      length = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));
      text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
    }
  else if (!g_file_get_contents (argv[1], &text, &length, &error))
    return ethos_cli_fail_error (&ctx, error);
  if (length > 50 * 1024 * 1024)
    return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("the text is larger than 50 MB"));

  findings = ethos_privacy_scan (text, (gssize) length);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < findings->len; i++)
        {
          EthosFinding *finding = &g_array_index (findings, EthosFinding, i);
          g_autofree char *span = g_utf8_make_valid (text + finding->start,
                                                     (gssize) (finding->end - finding->start));

          json_builder_begin_object (builder);
          ethos_cli_json_int (builder, "line", finding->line);
          ethos_cli_json_int (builder, "column", finding->column);
          ethos_cli_json_string (builder, "kind", ethos_finding_kind_to_string (finding->kind));
          ethos_cli_json_string (builder, "text", span);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
    }
  else
    for (guint i = 0; i < findings->len; i++)
      {
        EthosFinding *finding = &g_array_index (findings, EthosFinding, i);
        g_autofree char *span = g_utf8_make_valid (text + finding->start,
                                                   (gssize) (finding->end - finding->start));

        printf ("%u:%u: %s: %s\n", finding->line, finding->column,
                ethos_finding_kind_to_string (finding->kind), span);
      }
  if (findings->len > 0 && !json)
    {
      /* The window's words, from core. */
      g_autofree char *warning = ethos_privacy_warning (findings);

      return ethos_cli_fail (&ctx, ETHOS_EXIT_FAILURE, "%s", warning);
    }
  return findings->len > 0 ? ETHOS_EXIT_FAILURE : ETHOS_EXIT_OK;
}

/* ethos-cli demo --entries N: a realistic synthetic diary, for trying Ethos and for benchmarks. */
int
ethos_cli_demo (const EthosCliContext *parent, int argc, char **argv)
{
  char *count_text = NULL;
  GOptionEntry entries[] = {
    { "entries", 0, 0, G_OPTION_ARG_STRING, &count_text, N_("How many entries to make"), "N" },
    { NULL },
  };
  EthosCliContext ctx = *parent;
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  int count = 0;
  int exit_code = ETHOS_EXIT_OK;

  ctx.prog = "ethos-cli demo";
  if (!ethos_cli_parse_options (&ctx, entries, NULL,
                                _("Fill the data folder with a synthetic diary (supervision and "
                                  "CPD over 40 years)."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc > 1 || count_text == NULL)
    {
      exit_code = ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("--entries N is needed"));
      goto out;
    }
  if (!ethos_count_parse (count_text, 1, 1000000, &count, &error))
    {
      exit_code = ethos_cli_fail_error (&ctx, error);
      goto out;
    }
  if ((store = ethos_cli_open_store (&ctx, &exit_code)) == NULL)
    goto out;
  if (!ethos_demo_fill (store, (guint) count, 20261123, &error))
    {
      exit_code = ethos_cli_fail_error (&ctx, error);
      goto out;
    }
  printf (g_dngettext (GETTEXT_PACKAGE, "%d entry made\n", "%d entries made\n", count), count);

out:
  g_free (count_text);
  return exit_code;
}
