/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli-codes.h"
#include "ethos-code-store.h"

/* ethos-cli codes …: list, show, and the group's table. Search and themes are in
 * ethos-cli-codes-search.c, import and remove in ethos-cli-codes-import.c. */

JsonNode *
ethos_cli_clause_to_json (EthosClause *clause)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  ethos_cli_json_string (builder, "ref", clause->ref);
  ethos_cli_json_string (builder, "heading", ethos_clause_get_heading (clause));
  ethos_cli_json_string (builder, "text", clause->text);
  ethos_cli_json_int (builder, "level", clause->level);
  ethos_cli_json_string (builder, "parent", clause->parent);
  json_builder_set_member_name (builder, "section");
  json_builder_add_boolean_value (builder, clause->is_section);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static int
codes_list (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) codes = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL, _("The codes of ethics Ethos holds."), &argc,
                                &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((codes = ethos_store_list_codes (store, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < codes->len; i++)
        {
          EthosCodeInfo *info = g_ptr_array_index (codes, i);

          json_builder_begin_object (builder);
          ethos_cli_json_string (builder, "id", info->id);
          ethos_cli_json_string (builder, "title", info->title);
          ethos_cli_json_string (builder, "publisher", info->publisher);
          ethos_cli_json_int (builder, "clauses", info->clause_count);
          ethos_cli_json_string (builder, "origin", ethos_code_info_get_origin (info));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      return ETHOS_EXIT_OK;
    }

  for (guint i = 0; i < codes->len; i++)
    {
      EthosCodeInfo *info = g_ptr_array_index (codes, i);
      g_autofree char *clauses = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u clause",
                                                               "%u clauses", info->clause_count),
                                                  info->clause_count);

      printf ("%-22s %s\n", info->id, info->title);
      printf ("%-22s %s · %s · %s\n", "",
              info->publisher != NULL ? info->publisher : _("publisher not given"), clauses,
              info->imported ? C_("code origin", "imported") : C_("code origin", "shipped"));
    }
  return ETHOS_EXIT_OK;
}

static gboolean
is_within (GHashTable *chosen, EthosClause *clause)
{
  return clause->parent != NULL && g_hash_table_contains (chosen, clause->parent);
}

void
ethos_cli_print_clause (EthosClause *clause)
{
  g_auto (GStrv) paragraphs = NULL;

  if (clause->is_section)
    {
      printf ("\n%s  [%s]\n\n", clause->title, clause->ref);
      return;
    }
  printf ("%s  ", clause->ref);
  if (clause->title != NULL)
    printf ("%s\n", clause->title);
  paragraphs = g_strsplit (clause->text, "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      if ((i > 0 || clause->title != NULL) && paragraphs[i][0] != '\0')
        printf ("%*s", (int) strlen (clause->ref) + 2, "");
      printf ("%s\n", paragraphs[i]);
    }
}

static int
codes_show (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosCodeInfo) info = NULL;
  g_autoptr (GPtrArray) clauses = NULL;
  g_autoptr (GPtrArray) shown = g_ptr_array_new ();
  g_autoptr (GHashTable) chosen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "CODE [REF]",
                                _("A code's whole text in order, with refs; or one clause and "
                                  "what stands under it."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc < 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name a code (see “ethos-cli codes list”)"));
  if (argc > 3)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[3]);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((info = ethos_store_get_code (store, argv[1], &error)) == NULL
      || (clauses = ethos_store_list_clauses (store, argv[1], &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);

  if (argc == 3)
    {
      g_autoptr (EthosClause) clause = ethos_store_get_clause (store, argv[1], argv[2], &error);

      if (clause == NULL)
        return ethos_cli_fail_error (ctx, error);
      g_hash_table_add (chosen, argv[2]);
    }

  /* Clauses come in document order, so a clause's children follow it. */
  for (guint i = 0; i < clauses->len; i++)
    {
      EthosClause *clause = g_ptr_array_index (clauses, i);

      if (argc == 3 && !g_str_equal (clause->ref, argv[2]) && !is_within (chosen, clause))
        continue;
      if (argc == 3)
        g_hash_table_add (chosen, clause->ref);
      g_ptr_array_add (shown, clause);
    }

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "id", info->id);
      ethos_cli_json_string (builder, "title", info->title);
      ethos_cli_json_string (builder, "citation", ethos_code_info_get_citation (info));
      json_builder_set_member_name (builder, "clauses");
      json_builder_begin_array (builder);
      for (guint i = 0; i < shown->len; i++)
        json_builder_add_value (builder,
                                ethos_cli_clause_to_json (g_ptr_array_index (shown, i)));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      return ETHOS_EXIT_OK;
    }

  if (argc == 2)
    {
      printf ("%s\n", info->title);
      if (info->publisher != NULL)
        printf ("%s\n", info->publisher);
      if (info->source != NULL)
        printf ("%s\n", info->source);
    }
  for (guint i = 0; i < shown->len; i++)
    ethos_cli_print_clause (g_ptr_array_index (shown, i));
  return ETHOS_EXIT_OK;
}

int
ethos_cli_codes (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "list", codes_list },
    { "show", codes_show },
    { "search", ethos_cli_codes_search },
    { "import", ethos_cli_codes_import },
    { "remove", ethos_cli_codes_remove },
    { "themes", ethos_cli_codes_themes },
  };

  return ethos_cli_dispatch (parent, "codes", commands, G_N_ELEMENTS (commands), argc, argv);
}
