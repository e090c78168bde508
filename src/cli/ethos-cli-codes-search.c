/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-citation.h"
#include "ethos-cli-codes.h"
#include "ethos-code-store.h"
#include "ethos-theme-map.h"

/* ethos-cli codes search and themes: finding what the codes say, by words or by theme. */

int
ethos_cli_codes_search (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  g_autofree char *code = NULL;
  int limit = 20;
  GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("Search only this code"), "CODE" },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most N results (default 20)"), "N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosSearchResults) results = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *query = NULL;
  g_autofree char *count = NULL;
  const char *correction;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "QUERY",
                                _("Search the codes: words, \"quoted phrases\"; the best "
                                  "matches first."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc < 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("give some words to search for"));
  if (limit < 1 || limit > 1000)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                           _("--limit takes a whole number from 1 to 1000"));
  query = g_strjoinv (" ", argv + 1);
  if (!g_utf8_validate (query, -1, NULL))
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("the query is not valid UTF-8 text"));

  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if (code != NULL)
    {
      g_autoptr (EthosCodeInfo) info = ethos_store_get_code (store, code, &error);

      if (info == NULL)
        return ethos_cli_fail_error (ctx, error);
    }
  results = ethos_store_search_codes (store, query, code, (guint) limit, &error);
  if (results == NULL)
    return ethos_cli_fail_error (ctx, error);
  correction = ethos_search_results_get_correction (results);
  count = ethos_search_results_describe (results);

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      hits = g_ptr_array_ref (ethos_search_results_get_hits (results));
      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "correction", correction);
      ethos_cli_json_int (builder, "matches", ethos_search_results_get_n_matches (results));
      ethos_cli_json_int (builder, "codes", ethos_search_results_get_n_codes (results));
      json_builder_set_member_name (builder, "hits");
      json_builder_begin_array (builder);
      for (guint i = 0; i < hits->len; i++)
        {
          EthosSearchHit *hit = g_ptr_array_index (hits, i);
          g_autofree char *snippet = ethos_search_hit_format_snippet (hit, "**", "**", FALSE);

          json_builder_begin_object (builder);
          ethos_cli_json_string (builder, "code", hit->code_id);
          ethos_cli_json_string (builder, "ref", hit->ref);
          ethos_cli_json_string (builder, "heading", hit->heading);
          ethos_cli_json_string (builder, "lead_in", hit->lead_in);
          ethos_cli_json_string (builder, "snippet", snippet);
          json_builder_set_member_name (builder, "score");
          json_builder_add_double_value (builder, hit->score);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      return ETHOS_EXIT_OK;
    }

  if (correction != NULL)
    printf ("%s\n", correction);
  printf ("%s\n", count);
  /* Each code's results together, when all codes were searched. */
  hits = code != NULL ? g_ptr_array_ref (ethos_search_results_get_hits (results))
                      : ethos_search_results_group_by_code (ethos_search_results_get_hits (results));
  for (guint i = 0; i < hits->len; i++)
    {
      EthosSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *snippet = ethos_search_hit_format_snippet (hit, "[", "]", FALSE);

      g_autoptr (EthosCodeInfo) info = ethos_store_get_code (store, hit->code_id, NULL);
      g_autofree char *place = ethos_citation_format_place (
        info != NULL ? ethos_code_info_get_citation (info) : hit->code_id, hit->ref, hit->heading);

      printf ("%s\n    %s\n", place, snippet);
    }
  return ETHOS_EXIT_OK;
}

int
ethos_cli_codes_themes (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) themes = ethos_theme_map_load_shipped ();
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  EthosTheme *theme;
  const char *last_code = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "[THEME]",
                                _("The themes the codes are compared by; with a theme, what "
                                  "each code says on it."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[2]);

  if (argc == 1)
    {
      if (json)
        json_builder_begin_array (builder);
      for (guint i = 0; i < themes->len; i++)
        {
          theme = g_ptr_array_index (themes, i);
          if (!json)
            {
              g_autofree char *clauses = g_strdup_printf (
                g_dngettext (GETTEXT_PACKAGE, "%u clause", "%u clauses", theme->clauses->len),
                theme->clauses->len);

              printf ("%-16s %s (%s)\n", theme->id, theme->name, clauses);
              continue;
            }
          json_builder_begin_object (builder);
          ethos_cli_json_string (builder, "id", theme->id);
          ethos_cli_json_string (builder, "name", theme->name);
          ethos_cli_json_string (builder, "description", theme->description);
          ethos_cli_json_int (builder, "clauses", theme->clauses->len);
          json_builder_end_object (builder);
        }
      if (json)
        {
          json_builder_end_array (builder);
          root = json_builder_get_root (builder);
          ethos_cli_print_json (root);
        }
      return ETHOS_EXIT_OK;
    }

  theme = ethos_theme_map_find (themes, argv[1]);
  if (theme == NULL)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                           _("there is no theme “%s” (see “ethos-cli codes themes”)"), argv[1]);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;

  if (json)
    {
      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "id", theme->id);
      ethos_cli_json_string (builder, "name", theme->name);
      json_builder_set_member_name (builder, "codes");
      json_builder_begin_array (builder);
    }
  else
    printf ("%s\n%s\n", theme->name, theme->description != NULL ? theme->description : "");

  for (guint i = 0; i < theme->clauses->len; i++)
    {
      EthosClauseRef *ref = g_ptr_array_index (theme->clauses, i);
      g_autoptr (EthosClause) clause = ethos_store_get_clause (store, ref->code_id, ref->ref, NULL);

      if (clause == NULL)
        continue; /* a code the map knows but this database lacks */
      if (g_strcmp0 (last_code, ref->code_id) != 0)
        {
          g_autoptr (EthosCodeInfo) info = ethos_store_get_code (store, ref->code_id, NULL);

          if (json)
            {
              if (last_code != NULL)
                {
                  json_builder_end_array (builder);
                  json_builder_end_object (builder);
                }
              json_builder_begin_object (builder);
              ethos_cli_json_string (builder, "code", ref->code_id);
              ethos_cli_json_string (builder, "title", info != NULL ? info->title : ref->code_id);
              json_builder_set_member_name (builder, "clauses");
              json_builder_begin_array (builder);
            }
          else
            printf ("\n%s\n", info != NULL ? info->title : ref->code_id);
          last_code = ref->code_id;
        }
      if (json)
        json_builder_add_value (builder, ethos_cli_clause_to_json (clause));
      else
        {
          /* Under the code's title: the clause as cited there, "26", "summary 4", "Values,
           * paragraph 2". */
          g_autofree char *cited = ethos_citation_for_clause (NULL, clause);

          ethos_cli_print_clause (clause, cited);
        }
    }

  if (json)
    {
      if (last_code != NULL)
        {
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
    }
  return ETHOS_EXIT_OK;
}
