/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-cli-entry-options.h"
#include "ethos-date.h"
#include "ethos-code-store.h"
#include "ethos-entry-store.h"
#include "ethos-rules-store.h"
#include "ethos-supervisor-store.h"

/* ethos-cli supervision … and ethos-cli cpd …: add, list, edit, delete. Everything given is
 * checked before anything is written; edit changes only what is given. The options and how they
 * apply to an entry are in ethos-cli-entry-options.c. */

/* --supervisor takes a name, or the id ethos-cli supervisors list gives: an id becomes the
 * name it stands for. A name not known yet is a new supervisor, as in the window. Each --clause
 * is written as the code is cited ("COSRT 26"), and becomes the link the store keeps. */
static gboolean
resolve_names (EthosStore *store, EthosCliEntryOptions *o, EthosEntry *entry, GError **error)
{
  g_autoptr (EthosSupervisor) supervisor = NULL;
  guint64 id;

  for (guint i = 0; o->clauses != NULL && i < entry->clauses->len; i++)
    {
      char *link = ethos_store_find_cited_clause (store, g_ptr_array_index (entry->clauses, i),
                                                  error);

      if (link == NULL)
        {
          g_prefix_error (error, "--clause: ");
          return FALSE;
        }
      g_free (g_ptr_array_index (entry->clauses, i));
      g_ptr_array_index (entry->clauses, i) = link;
    }
  if (entry->kind != ETHOS_ENTRY_SUPERVISION || entry->supervisor == NULL
      || !g_ascii_string_to_unsigned (entry->supervisor, 10, 1, G_MAXINT64, &id, NULL))
    return TRUE;
  if ((supervisor = ethos_store_find_supervisor (store, entry->supervisor, error)) == NULL)
    return FALSE;
  g_free (entry->supervisor);
  entry->supervisor = g_strdup (supervisor->name);
  return TRUE;
}

static int
entry_add (const EthosCliContext *ctx, EthosEntryKind kind, int argc, char **argv)
{
  g_auto (EthosCliEntryOptions) o = { 0 };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosEntry) entry = ethos_entry_new (kind);
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;
  gboolean supervision = kind == ETHOS_ENTRY_SUPERVISION;

  if (!ethos_cli_entry_options_parse (ctx, kind, &o, FALSE, NULL,
                                      supervision ? _("Record a supervision session.")
                                                  : _("Record a CPD activity."),
                                      &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if (o.date == NULL)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--date is needed"));
  if (supervision && o.minutes == NULL)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--minutes is needed"));
  if (!supervision && (o.hours == NULL || o.title == NULL))
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--hours and --title are needed"));
  if (supervision && o.format != NULL && !g_str_equal (o.format, "individual") && o.group_size == NULL)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                           _("--group-size is needed for group and peer supervision"));
  for (guint i = 0; o.evidence != NULL && o.evidence[i] != NULL; i++)
    if (!g_file_test (o.evidence[i], G_FILE_TEST_IS_REGULAR))
      return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("“%s” is not a file"), o.evidence[i]);

  if (!ethos_cli_entry_options_apply (&o, entry, &error))
    return ethos_cli_fail_error (ctx, error);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if (!resolve_names (store, &o, entry, &error))
    return ethos_cli_fail_error (ctx, error);
  /* All or nothing: never an entry without the evidence it was given. */
  if (!ethos_store_add_entry_with_evidence (store, entry, (const char * const *) o.evidence,
                                            &error))
    return ethos_cli_fail_error (ctx, error);
  printf ("%" G_GINT64_FORMAT "\n", entry->id);
  return ETHOS_EXIT_OK;
}

/* The entry of @kind whose id is @id_text, or NULL with the failure said (@exit_code). */
EthosEntry *
ethos_cli_get_entry (const EthosCliContext *ctx,
                   EthosStore            *store,
                   EthosEntryKind         kind,
                   const char            *id_text,
                   int                   *exit_code)
{
  g_autoptr (GError) error = NULL;
  EthosEntry *entry;
  gint64 id;

  if (!ethos_cli_parse_id (id_text, &id))
    {
      *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("“%s” is not an entry id"), id_text);
      return NULL;
    }
  entry = ethos_store_get_entry (store, id, &error);
  if (entry == NULL)
    {
      *exit_code = ethos_cli_fail_error (ctx, error);
      return NULL;
    }
  if (entry->kind != kind)
    {
      *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                   kind == ETHOS_ENTRY_SUPERVISION
                                     ? _("Entry %s is a CPD activity, not a supervision session")
                                     : _("Entry %s is a supervision session, not a CPD activity"),
                                   id_text);
      g_object_unref (entry);
      return NULL;
    }
  return entry;
}

static int
entry_edit (const EthosCliContext *ctx, EthosEntryKind kind, int argc, char **argv)
{
  g_auto (EthosCliEntryOptions) o = { 0 };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosEntry) entry = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_entry_options_parse (ctx, kind, &o, FALSE, "ID",
                                      _("Change what is given; keep the rest."), &argc, &argv,
                                      &exit_code))
    return exit_code;
  if (argc != 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one entry id"));
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((entry = ethos_cli_get_entry (ctx, store, kind, argv[1], &exit_code)) == NULL)
    return exit_code;
  /* All or nothing: a file that cannot be added leaves the entry as it was. */
  for (guint i = 0; o.evidence != NULL && o.evidence[i] != NULL; i++)
    if (!g_file_test (o.evidence[i], G_FILE_TEST_IS_REGULAR))
      return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("“%s” is not a file"), o.evidence[i]);
  if (!ethos_cli_entry_options_apply (&o, entry, &error)
      || !resolve_names (store, &o, entry, &error)
      || !ethos_store_update_entry_with_evidence (store, entry,
                                                  (const char *const *) o.evidence, &error))
    return ethos_cli_fail_error (ctx, error);
  return ETHOS_EXIT_OK;
}

static int
entry_delete (const EthosCliContext *ctx, EthosEntryKind kind, int argc, char **argv)
{
  GOptionEntry none[] = { { NULL } };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosEntry) entry = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, none, "ID", _("Delete an entry and its evidence files."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one entry id"));
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((entry = ethos_cli_get_entry (ctx, store, kind, argv[1], &exit_code)) == NULL)
    return exit_code;
  if (!ethos_store_delete_entry (store, entry->id, &error))
    return ethos_cli_fail_error (ctx, error);
  return ETHOS_EXIT_OK;
}

static void
add_links_json (JsonBuilder *builder, EthosEntry *entry)
{
  json_builder_set_member_name (builder, "clauses");
  json_builder_begin_array (builder);
  for (guint i = 0; i < entry->clauses->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (entry->clauses, i));
  json_builder_end_array (builder);
}

static void
supervision_to_json (JsonBuilder *builder, EthosEntry *entry, EthosBodyRules *rules)
{
  json_builder_begin_object (builder);
  ethos_cli_json_int (builder, "id", entry->id);
  ethos_cli_json_string (builder, "date", entry->date);
  ethos_cli_json_int (builder, "minutes", entry->minutes);
  ethos_cli_json_int (builder, "credited_minutes",
                      rules != NULL ? ethos_body_rules_credited_minutes (rules, entry->format,
                                                                         entry->minutes,
                                                                         entry->group_size)
                                    : entry->minutes);
  ethos_cli_json_string (builder, "supervisor", entry->supervisor);
  ethos_cli_json_string (builder, "format", ethos_supervision_format_to_string (entry->format));
  json_builder_set_member_name (builder, "group_size");
  if (entry->group_size > 0)
    json_builder_add_int_value (builder, entry->group_size);
  else
    json_builder_add_null_value (builder);
  ethos_cli_json_string (builder, "mode", ethos_supervision_mode_to_string (entry->mode));
  json_builder_set_member_name (builder, "client_hours");
  if (entry->client_minutes >= 0)
    json_builder_add_double_value (builder, entry->client_minutes / 60.0);
  else
    json_builder_add_null_value (builder);
  ethos_cli_json_string (builder, "notes", entry->notes);
  ethos_cli_json_string (builder, "actions", entry->actions);
  ethos_cli_json_string (builder, "reflection", entry->reflection);
  add_links_json (builder, entry);
  json_builder_end_object (builder);
}

static void
cpd_to_json (JsonBuilder *builder, EthosEntry *entry)
{
  json_builder_begin_object (builder);
  ethos_cli_json_int (builder, "id", entry->id);
  ethos_cli_json_string (builder, "date", entry->date);
  ethos_cli_json_string (builder, "end_date", entry->end_date);
  ethos_cli_json_string (builder, "title", entry->title);
  ethos_cli_json_int (builder, "minutes", entry->minutes);
  json_builder_set_member_name (builder, "hours");
  json_builder_add_double_value (builder, entry->minutes / 60.0);
  ethos_cli_json_string (builder, "kind", entry->cpd_kind);
  ethos_cli_json_string (builder, "provider", entry->provider);
  ethos_cli_json_string (builder, "outcomes", entry->outcomes);
  ethos_cli_json_string (builder, "reflection", entry->reflection);
  ethos_cli_json_string (builder, "impact", entry->impact);
  ethos_cli_json_string (builder, "topics", entry->topics);
  json_builder_set_member_name (builder, "evidence");
  json_builder_begin_array (builder);
  for (guint i = 0; i < entry->evidence->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (entry->evidence, i));
  json_builder_end_array (builder);
  add_links_json (builder, entry);
  json_builder_end_object (builder);
}

static int
entry_list (const EthosCliContext *ctx, EthosEntryKind kind, int argc, char **argv)
{
  g_auto (EthosCliEntryOptions) o = { 0 };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;
  GDate date;

  if (!ethos_cli_entry_options_parse (ctx, kind, &o, TRUE, NULL, _("The entries, oldest first."),
                                      &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if ((o.from != NULL && !ethos_date_parse (o.from, &date, &error))
      || (o.to != NULL && !ethos_date_parse (o.to, &date, &error)))
    return ethos_cli_fail_error (ctx, error);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  entries = ethos_store_list_entries (store, kind, o.from, o.to, TRUE, &error);
  if (entries == NULL)
    return ethos_cli_fail_error (ctx, error);
  rules = ethos_store_load_first_body_rules (store, NULL);

  if (o.json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < entries->len; i++)
        if (kind == ETHOS_ENTRY_SUPERVISION)
          supervision_to_json (builder, g_ptr_array_index (entries, i), rules);
        else
          cpd_to_json (builder, g_ptr_array_index (entries, i));
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      return ETHOS_EXIT_OK;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (entries, i);

      /* The format and kind columns are the values --format and --kind take. */
      if (kind == ETHOS_ENTRY_SUPERVISION)
        /* Translators: "min" is short for minutes, in a column */
        printf ("%-6" G_GINT64_FORMAT " %s  %4d %-3s  %-10s %s\n", entry->id, entry->date,
                entry->minutes, C_("unit", "min"),
                ethos_supervision_format_to_string (entry->format), entry->supervisor);
      else
        /* Translators: "h" is short for hours, in a column */
        printf ("%-6" G_GINT64_FORMAT " %s  %5.2f %-1s  %-13s %s\n", entry->id, entry->date,
                entry->minutes / 60.0, C_("unit", "h"), entry->cpd_kind, entry->title);
    }
  return ETHOS_EXIT_OK;
}

/* Each command, once for each kind of entry, and the kind's group for ethos_cli_dispatch(). */
#define ENTRY_COMMAND(kind_id, kind, verb)                                                   \
  static int kind_id##_##verb (const EthosCliContext *ctx, int argc, char **argv)             \
  {                                                                                           \
    return entry_##verb (ctx, kind, argc, argv);                                              \
  }

#define ENTRY_GROUP(kind_id, kind, ...)                                                         \
  ENTRY_COMMAND (kind_id, kind, add)                                                          \
  ENTRY_COMMAND (kind_id, kind, list)                                                         \
  ENTRY_COMMAND (kind_id, kind, edit)                                                         \
  ENTRY_COMMAND (kind_id, kind, delete)                                                       \
                                                                                              \
  int ethos_cli_##kind_id (const EthosCliContext *ctx, int argc, char **argv)                 \
  {                                                                                           \
    static const EthosCliCommand commands[] = {                                               \
      { "add", kind_id##_add },                                                               \
      { "list", kind_id##_list },                                                             \
      { "edit", kind_id##_edit },                                                             \
      { "delete", kind_id##_delete },                                                         \
      __VA_ARGS__                                                                             \
    };                                                                                        \
                                                                                              \
    return ethos_cli_dispatch (ctx, #kind_id, commands, G_N_ELEMENTS (commands), argc, argv); \
  }

ENTRY_GROUP (supervision, ETHOS_ENTRY_SUPERVISION)
ENTRY_GROUP (cpd, ETHOS_ENTRY_CPD, { "evidence", ethos_cli_cpd_evidence }, { "plan", ethos_cli_cpd_plan },)
