/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ethos-citation.h"
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

/* Prints @clause as text after @label (its number as the code numbers it, or its citation), its
 * paragraphs under one another; a heading as its title. */
void
ethos_cli_print_clause (EthosClause *clause, const char *label)
{
  g_auto (GStrv) paragraphs = NULL;
  int indent = (int) g_utf8_strlen (label, -1) + 2;

  if (clause->is_section)
    {
      printf ("\n%s\n\n", clause->title);
      return;
    }
  printf ("%s  ", label);
  if (clause->title != NULL)
    printf ("%s\n", clause->title);
  paragraphs = g_strsplit (clause->text, "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      if ((i > 0 || clause->title != NULL) && paragraphs[i][0] != '\0')
        printf ("%*s", indent, "");
      printf ("%s\n", paragraphs[i]);
    }
}

/* The clause @wanted names: its ref as kept ("107.m", as --json gives it), its number as the code
 * numbers it ("107(m)", "summary 5"), or a heading's title. */
static EthosClause *
find_clause (GPtrArray *clauses, const char *wanted)
{
  g_autofree char *folded = g_utf8_casefold (wanted, -1);

  for (guint i = 0; i < clauses->len; i++)
    if (g_str_equal (((EthosClause *) g_ptr_array_index (clauses, i))->ref, wanted))
      return g_ptr_array_index (clauses, i);
  for (guint i = 0; i < clauses->len; i++)
    {
      EthosClause *clause = g_ptr_array_index (clauses, i);
      g_autofree char *number = ethos_citation_format (NULL, clause->ref, NULL);
      g_autofree char *title = clause->is_section ? g_utf8_casefold (clause->title, -1) : NULL;

      if (g_str_equal (number, wanted) || g_strcmp0 (title, folded) == 0)
        return clause;
    }
  return NULL;
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
  EthosClause *found = NULL;
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

  if (argc == 3 && (found = find_clause (clauses, argv[2])) == NULL)
    {
      /* Said as the store says a clause it does not have. */
      g_autoptr (EthosClause) clause = ethos_store_get_clause (store, argv[1], argv[2], &error);

      return ethos_cli_fail_error (ctx, error);
    }
  if (found != NULL)
    g_hash_table_add (chosen, found->ref);

  /* Clauses come in document order, so a clause's children follow it. */
  for (guint i = 0; i < clauses->len; i++)
    {
      EthosClause *clause = g_ptr_array_index (clauses, i);

      if (found != NULL && clause != found && !is_within (chosen, clause))
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

  if (found == NULL)
    {
      printf ("%s\n", info->title);
      if (info->publisher != NULL)
        printf ("%s\n", info->publisher);
      if (info->source != NULL)
        printf ("%s\n", info->source);
    }
  else
    {
      /* One clause: cited first, as a person writes it ("COSRT 26"). */
      g_autofree char *cited = ethos_citation_for_clause (ethos_code_info_get_citation (info),
                                                          found);

      printf ("%s\n%s", cited, found->is_section ? "" : "\n");
    }
  for (guint i = 0; i < shown->len; i++)
    {
      g_autofree char *number = ethos_citation_outline_ref (g_ptr_array_index (shown, i));

      ethos_cli_print_clause (g_ptr_array_index (shown, i), number);
    }
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
