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

/* ethos-cli diary search|totals, ethos-cli scan, ethos-cli demo (diary export is in
 * ethos-cli-diary-export.c). */

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

int
ethos_cli_diary (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "totals", ethos_cli_diary_totals },
    { "search", diary_search },
    { "export", ethos_cli_diary_export },
    { "break", ethos_cli_diary_break },
    { "breaks", ethos_cli_diary_breaks },
  };

  return ethos_cli_dispatch (parent, "diary", commands, G_N_ELEMENTS (commands), argc, argv);
}

