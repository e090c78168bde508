/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli.h"
#include "ethos-code-parser.h"
#include "ethos-code-store.h"
#include "ethos-theme-map.h"

/* ethos-cli codes …: list, show, search, import, remove, themes. */

static JsonNode *
clause_to_json (EthosClause *clause)
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

static void
print_clause_plain (EthosClause *clause)
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
        json_builder_add_value (builder, clause_to_json (g_ptr_array_index (shown, i)));
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
    print_clause_plain (g_ptr_array_index (shown, i));
  return ETHOS_EXIT_OK;
}

static int
codes_search (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  char *code = NULL;
  int limit = 20;
  GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("Search only this code"), "CODE" },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most N results (default 20)"), "N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *query = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "QUERY",
                                _("Search the codes: words, \"quoted phrases\"; the best "
                                  "matches first."),
                                &argc, &argv, &exit_code))
    {
      g_free (code);
      return exit_code;
    }
  if (argc < 2)
    {
      g_free (code);
      return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("give some words to search for"));
    }
  if (limit < 1 || limit > 1000)
    {
      g_free (code);
      return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                             _("--limit takes a whole number from 1 to 1000"));
    }
  query = g_strjoinv (" ", argv + 1);
  if (!g_utf8_validate (query, -1, NULL))
    {
      g_free (code);
      return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("the query is not valid UTF-8 text"));
    }

  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    {
      g_free (code);
      return exit_code;
    }
  if (code != NULL)
    {
      g_autoptr (EthosCodeInfo) info = ethos_store_get_code (store, code, &error);

      if (info == NULL)
        {
          g_free (code);
          return ethos_cli_fail_error (ctx, error);
        }
    }
  hits = ethos_store_search_clauses (store, query, code, (guint) limit, &error);
  g_free (code);
  if (hits == NULL)
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
          ethos_cli_json_string (builder, "code", hit->code_id);
          ethos_cli_json_string (builder, "ref", hit->ref);
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
    {
      printf ("%s\n", _("No clause matches."));
      return ETHOS_EXIT_OK;
    }
  for (guint i = 0; i < hits->len; i++)
    {
      EthosSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *snippet = ethos_search_hit_format_snippet (hit, "[", "]", FALSE);

      printf ("%s %s", hit->code_id, hit->ref);
      if (hit->heading != NULL)
        printf (" · %s", hit->heading);
      printf ("\n    %s\n", snippet);
    }
  return ETHOS_EXIT_OK;
}

static int
codes_import (const EthosCliContext *ctx, int argc, char **argv)
{
  char *id = NULL;
  char *title = NULL;
  GOptionEntry entries[] = {
    { "id", 0, 0, G_OPTION_ARG_STRING, &id, N_("The new code's id (lower case, digits, hyphens)"),
      "ID" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The new code's title"), "TITLE" },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *new_id = NULL;
  GStatBuf st;
  gsize length = 0;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "FILE",
                                _("Import a code from a .txt or .md file: headings, numbered "
                                  "clauses, lettered items and bullets (see docs/code-format.md)."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc != 2)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one file to import"));
      goto out;
    }
  if (id != NULL && !ethos_code_id_is_valid (id))
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                  _("“%s” cannot be a code id: use lower-case letters, digits "
                                    "and hyphens, at most 40"),
                                  id);
      goto out;
    }
  if (title != NULL && (!g_utf8_validate (title, -1, NULL) || strpbrk (title, "\n\r\t") != NULL
                        || title[0] == '\0' || g_utf8_strlen (title, -1) > 200))
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                  _("--title takes one line of text, at most 200 characters"));
      goto out;
    }
  /* Only a regular file: a FIFO would wait forever, /dev/zero would never end. */
  if (g_stat (argv[1], &st) == 0 && !S_ISREG (st.st_mode))
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("“%s” is not a regular file"), argv[1]);
      goto out;
    }
  /* Refuse a huge file before reading it into memory. */
  if (g_stat (argv[1], &st) == 0 && st.st_size > ETHOS_CODE_MAX_BYTES)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                  _("The file is larger than 5 MB, far too large for a code of "
                                    "ethics."));
      goto out;
    }
  if (!g_file_get_contents (argv[1], &contents, &length, &error))
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, "%s", error->message);
      goto out;
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  new_id = ethos_store_import_code (store, contents, length, id, title, argv[1], &error);
  if (new_id == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  printf ("%s\n", new_id);

out:
  g_free (id);
  g_free (title);
  return exit_code;
}

static int
codes_remove (const EthosCliContext *ctx, int argc, char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "CODE", _("Remove a code you imported."), &argc,
                                &argv, &exit_code))
    return exit_code;
  if (argc != 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one code to remove"));
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if (!ethos_store_remove_code (store, argv[1], &error))
    return ethos_cli_fail_error (ctx, error);
  return ETHOS_EXIT_OK;
}

static int
codes_themes (const EthosCliContext *ctx, int argc, char **argv)
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
        json_builder_add_value (builder, clause_to_json (clause));
      else
        print_clause_plain (clause);
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

int
ethos_cli_codes (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "list", codes_list },
    { "show", codes_show },
    { "search", codes_search },
    { "import", codes_import },
    { "remove", codes_remove },
    { "themes", codes_themes },
  };

  return ethos_cli_dispatch (parent, "codes", commands, G_N_ELEMENTS (commands), argc, argv);
}
