/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ethos-limits.h"
#include "ethos-cli.h"
#include "ethos-date.h"
#include "ethos-entry-store.h"
#include "ethos-rules-store.h"

/* ethos-cli supervision … and ethos-cli cpd …: add, list, edit, delete. Everything given is
 * checked before anything is written; edit changes only what is given. */

typedef struct
{
  char  *date;
  char  *end_date;
  char  *minutes;
  char  *hours;
  char  *supervisor;
  char  *format;
  char  *group_size;
  char  *mode;
  char  *client_hours;
  char  *notes;
  char  *actions;
  char  *reflection;
  char  *title;
  char  *provider;
  char  *kind;
  char  *outcomes;
  char  *impact;
  char **clauses;
  char **evidence;
  char  *from;
  char  *to;
  gboolean json;
} EntryOptions;

static void
entry_options_clear (EntryOptions *o)
{
  g_free (o->date);
  g_free (o->end_date);
  g_free (o->minutes);
  g_free (o->hours);
  g_free (o->supervisor);
  g_free (o->format);
  g_free (o->group_size);
  g_free (o->mode);
  g_free (o->client_hours);
  g_free (o->notes);
  g_free (o->actions);
  g_free (o->reflection);
  g_free (o->title);
  g_free (o->provider);
  g_free (o->kind);
  g_free (o->outcomes);
  g_free (o->impact);
  g_strfreev (o->clauses);
  g_strfreev (o->evidence);
  g_free (o->from);
  g_free (o->to);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EntryOptions, entry_options_clear)

static void
set_text (char **field, const char *value)
{
  if (value == NULL)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

/* Applies what was given on the command line to @entry; checks numbers as it reads them. */
static gboolean
apply_options (EntryOptions *o, EthosEntry *entry, GError **error)
{
  if (o->date != NULL)
    set_text (&entry->date, o->date);
  if (entry->kind == ETHOS_ENTRY_SUPERVISION)
    {
      if (o->minutes != NULL
          && !ethos_minutes_parse (o->minutes, ethos_entry_max_minutes (entry), &entry->minutes, error))
        return FALSE;
      set_text (&entry->supervisor, o->supervisor);
      if ((o->format != NULL
           && !ethos_supervision_format_from_string (o->format, &entry->format, error))
          || (o->mode != NULL
              && !ethos_supervision_mode_from_string (o->mode, &entry->mode, error)))
        return FALSE;
      if (o->group_size != NULL && !ethos_count_parse (o->group_size, ETHOS_GROUP_SIZE_MIN,
                                                          ETHOS_GROUP_SIZE_MAX, &entry->group_size, error))
        return FALSE;
      if (o->client_hours != NULL
          && !ethos_hours_parse (o->client_hours, ETHOS_CLIENT_MINUTES_MAX, &entry->client_minutes, error))
        return FALSE;
      set_text (&entry->notes, o->notes);
      set_text (&entry->actions, o->actions);
    }
  else
    {
      set_text (&entry->end_date, o->end_date);
      set_text (&entry->title, o->title);
      set_text (&entry->provider, o->provider);
      set_text (&entry->cpd_kind, o->kind);
      set_text (&entry->outcomes, o->outcomes);
      set_text (&entry->impact, o->impact);
      /* The most hours depend on the days the entry spans, set above. */
      if (o->hours != NULL
          && !ethos_hours_parse (o->hours, ethos_entry_max_minutes (entry), &entry->minutes, error))
        return FALSE;
    }
  set_text (&entry->reflection, o->reflection);
  if (o->clauses != NULL)
    {
      g_ptr_array_set_size (entry->clauses, 0);
      for (guint i = 0; o->clauses[i] != NULL; i++)
        g_ptr_array_add (entry->clauses, g_strdup (o->clauses[i]));
    }
  return ethos_entry_validate (entry, error);
}

static void
add_entry_options (GPtrArray *entries, EthosEntryKind kind, EntryOptions *o, gboolean listing)
{
  GOptionEntry common[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &o->date, N_("The date, YYYY-MM-DD"), "D" },
    { "reflection", 0, 0, G_OPTION_ARG_STRING, &o->reflection, N_("Your reflection"), "TEXT" },
    { "clause", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->clauses,
      N_("A clause it relates to, as CODE:REF (repeat for more)"), "CODE:REF" },
  };
  GOptionEntry supervision[] = {
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &o->minutes, N_("How long, in minutes"), "N" },
    { "supervisor", 0, 0, G_OPTION_ARG_STRING, &o->supervisor, N_("Your supervisor"), "NAME" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &o->format, N_("individual, group or peer"), "F" },
    { "group-size", 0, 0, G_OPTION_ARG_STRING, &o->group_size,
      N_("People in the group, you included"), "N" },
    { "mode", 0, 0, G_OPTION_ARG_STRING, &o->mode, N_("in-person, video or phone"), "M" },
    { "client-hours", 0, 0, G_OPTION_ARG_STRING, &o->client_hours,
      N_("Client hours since the last session"), "H" },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &o->notes, N_("What you brought"), "TEXT" },
    { "actions", 0, 0, G_OPTION_ARG_STRING, &o->actions, N_("Actions agreed"), "TEXT" },
  };
  GOptionEntry cpd[] = {
    { "hours", 0, 0, G_OPTION_ARG_STRING, &o->hours, N_("How long, in hours (1.5)"), "H" },
    { "end-date", 0, 0, G_OPTION_ARG_STRING, &o->end_date, N_("Last day, for several days"), "D" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &o->title, N_("What it was"), "TEXT" },
    { "provider", 0, 0, G_OPTION_ARG_STRING, &o->provider, N_("Who provided it"), "TEXT" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &o->kind,
      N_("formal, work-based, professional, self-directed or other"), "K" },
    { "outcomes", 0, 0, G_OPTION_ARG_STRING, &o->outcomes, N_("What you learned"), "TEXT" },
    { "impact", 0, 0, G_OPTION_ARG_STRING, &o->impact, N_("The impact on your practice"), "TEXT" },
    { "evidence", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->evidence,
      N_("A certificate or other file to keep (repeat for more)"), "FILE" },
  };
  GOptionEntry list[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &o->from, N_("From this date"), "D" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &o->to, N_("Up to this date"), "D" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o->json, N_("Print JSON"), NULL },
  };

  if (listing)
    {
      g_ptr_array_set_size (entries, 0);
      for (guint i = 0; i < G_N_ELEMENTS (list); i++)
        g_ptr_array_add (entries, g_memdup2 (&list[i], sizeof list[i]));
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    g_ptr_array_add (entries, g_memdup2 (&common[i], sizeof common[i]));
  if (kind == ETHOS_ENTRY_SUPERVISION)
    for (guint i = 0; i < G_N_ELEMENTS (supervision); i++)
      g_ptr_array_add (entries, g_memdup2 (&supervision[i], sizeof supervision[i]));
  else
    for (guint i = 0; i < G_N_ELEMENTS (cpd); i++)
      g_ptr_array_add (entries, g_memdup2 (&cpd[i], sizeof cpd[i]));
}

static gboolean
parse_entry_options (const EthosCliContext *ctx,
                     EthosEntryKind         kind,
                     EntryOptions          *o,
                     gboolean               listing,
                     const char            *parameters,
                     const char            *summary,
                     int                   *argc,
                     char                ***argv,
                     int                   *exit_code)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) table = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));

  add_entry_options (entries, kind, o, listing);
  for (guint i = 0; i < entries->len; i++)
    g_array_append_vals (table, g_ptr_array_index (entries, i), 1);
  return ethos_cli_parse_options (ctx, (GOptionEntry *) table->data, parameters, summary, argc,
                                  argv, exit_code);
}

static gboolean
parse_id (const char *text, gint64 *id)
{
  char *end = NULL;
  guint64 value;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;
  value = g_ascii_strtoull (text, &end, 10);
  if (*end != '\0' || value == 0 || value > G_MAXINT64)
    return FALSE;
  *id = (gint64) value;
  return TRUE;
}

static int
entry_add (const EthosCliContext *ctx, EthosEntryKind kind, int argc, char **argv)
{
  g_auto (EntryOptions) o = { 0 };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosEntry) entry = ethos_entry_new (kind);
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;
  gboolean supervision = kind == ETHOS_ENTRY_SUPERVISION;

  if (!parse_entry_options (ctx, kind, &o, FALSE, NULL,
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

  if (!apply_options (&o, entry, &error))
    return ethos_cli_fail_error (ctx, error);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  /* All or nothing: never an entry without the evidence it was given. */
  if (!ethos_store_add_entry_with_evidence (store, entry, (const char * const *) o.evidence,
                                            &error))
    return ethos_cli_fail_error (ctx, error);
  printf ("%" G_GINT64_FORMAT "\n", entry->id);
  return ETHOS_EXIT_OK;
}

static EthosEntry *
get_entry_of_kind (const EthosCliContext *ctx,
                   EthosStore            *store,
                   EthosEntryKind         kind,
                   const char            *id_text,
                   int                   *exit_code)
{
  g_autoptr (GError) error = NULL;
  EthosEntry *entry;
  gint64 id;

  if (!parse_id (id_text, &id))
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
  g_auto (EntryOptions) o = { 0 };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosEntry) entry = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!parse_entry_options (ctx, kind, &o, FALSE, "ID", _("Change what is given; keep the rest."),
                            &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one entry id"));
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((entry = get_entry_of_kind (ctx, store, kind, argv[1], &exit_code)) == NULL)
    return exit_code;
  if (!apply_options (&o, entry, &error) || !ethos_store_update_entry (store, entry, &error))
    return ethos_cli_fail_error (ctx, error);
  for (guint i = 0; o.evidence != NULL && o.evidence[i] != NULL; i++)
    {
      g_autofree char *stored = ethos_store_add_evidence (store, entry->id, o.evidence[i], &error);

      if (stored == NULL)
        return ethos_cli_fail_error (ctx, error);
    }
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
  if ((entry = get_entry_of_kind (ctx, store, kind, argv[1], &exit_code)) == NULL)
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
  g_auto (EntryOptions) o = { 0 };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;
  GDate date;

  if (!parse_entry_options (ctx, kind, &o, TRUE, NULL, _("The entries, oldest first."), &argc,
                            &argv, &exit_code))
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

/* Each command, once for each kind of entry, for ethos_cli_dispatch(). */
#define ENTRY_COMMAND(kind_id, kind, verb)                                                   \
  static int kind_id##_##verb (const EthosCliContext *ctx, int argc, char **argv)             \
  {                                                                                           \
    return entry_##verb (ctx, kind, argc, argv);                                              \
  }

ENTRY_COMMAND (supervision, ETHOS_ENTRY_SUPERVISION, add)
ENTRY_COMMAND (supervision, ETHOS_ENTRY_SUPERVISION, list)
ENTRY_COMMAND (supervision, ETHOS_ENTRY_SUPERVISION, edit)
ENTRY_COMMAND (supervision, ETHOS_ENTRY_SUPERVISION, delete)
ENTRY_COMMAND (cpd, ETHOS_ENTRY_CPD, add)
ENTRY_COMMAND (cpd, ETHOS_ENTRY_CPD, list)
ENTRY_COMMAND (cpd, ETHOS_ENTRY_CPD, edit)
ENTRY_COMMAND (cpd, ETHOS_ENTRY_CPD, delete)

int
ethos_cli_supervision (const EthosCliContext *ctx, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "add", supervision_add },
    { "list", supervision_list },
    { "edit", supervision_edit },
    { "delete", supervision_delete },
  };

  return ethos_cli_dispatch (ctx, "supervision", commands, G_N_ELEMENTS (commands), argc, argv);
}

int
ethos_cli_cpd (const EthosCliContext *ctx, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "add", cpd_add },
    { "list", cpd_list },
    { "edit", cpd_edit },
    { "delete", cpd_delete },
  };

  return ethos_cli_dispatch (ctx, "cpd", commands, G_N_ELEMENTS (commands), argc, argv);
}
