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
#include "ethos-entry-search.h"
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

/* "2026-11-08 · Dr Ann Example" or "2026-11-08 · Attachment in adolescence". */
static char *
entry_heading (EthosEntry *entry)
{
  const char *what = entry->kind == ETHOS_ENTRY_CPD ? entry->title : entry->supervisor;

  return g_strdup_printf ("%s · %s", entry->date, what != NULL ? what : "");
}

static int
diary_search (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  gboolean best = FALSE;
  int limit = 20;
  GOptionEntry entries[] = {
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most N results (default 20)"), "N" },
    { "best", 0, 0, G_OPTION_ARG_NONE, &best, N_("Best match first, not newest first"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  EthosDiaryOrder order;
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosDiaryMatches) matches = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *query = NULL;
  g_autofree char *count = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "QUERY",
                                _("Search all the diary's text: the newest entries first, or the "
                                  "best matches with --best."),
                                &argc, &argv, &exit_code))
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
  order = best ? ETHOS_DIARY_ORDER_BEST : ETHOS_DIARY_ORDER_NEWEST;
  matches = ethos_store_search_diary (store, query, order, (guint) limit, NULL, &error);
  if (matches == NULL)
    return ethos_cli_fail_error (ctx, error);

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < matches->entries->len; i++)
        {
          EthosEntry *entry = g_ptr_array_index (matches->entries, i);
          EthosSearchHit *hit = g_ptr_array_index (matches->hits, i);
          g_autofree char *snippet = ethos_search_hit_format_snippet (hit, "**", "**", FALSE);
          g_autofree char *heading = entry_heading (entry);

          json_builder_begin_object (builder);
          ethos_cli_json_int (builder, "id", entry->id);
          ethos_cli_json_string (builder, "kind", ethos_entry_kind_to_string (entry->kind));
          ethos_cli_json_string (builder, "date", entry->date);
          ethos_cli_json_string (builder, "heading", heading);
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
  count = ethos_diary_results_describe (query, matches->total, matches->entries->len, order);
  printf ("%s\n", count);
  for (guint i = 0; i < matches->entries->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (matches->entries, i);
      EthosSearchHit *hit = g_ptr_array_index (matches->hits, i);
      g_autofree char *snippet = ethos_search_hit_format_snippet (hit, "[", "]", FALSE);
      g_autofree char *heading = entry_heading (entry);

      printf ("%s %" G_GINT64_FORMAT " · %s\n    %s\n", ethos_entry_kind_to_string (entry->kind),
              entry->id, heading, snippet);
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

