/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "ethos-cli.h"
#include "ethos-import-store.h"
#include "ethos-import.h"
#include "ethos-table-reader.h"

/* ethos-cli import FILE and import undo BATCH: supervision and CPD records from a table (CSV,
 * ODS, XLSX, DOCX) brought in as one batch, shown first with --dry-run, and taken out again. */

static void
json_columns (JsonBuilder *builder, EthosImport *import)
{
  json_builder_set_member_name (builder, "columns");
  json_builder_begin_array (builder);
  for (guint c = 0; c < ethos_import_get_n_columns (import); c++)
    {
      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "header", ethos_import_get_header (import, c));
      ethos_cli_json_string (builder, "field",
                             ethos_import_field_to_string (ethos_import_get_field (import, c)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
print_json (EthosImport *import, gint64 batch, gboolean dry_run)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  guint added, skipped, duplicates;

  ethos_import_count (import, &added, &skipped, &duplicates);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "batch");
  if (batch > 0)
    json_builder_add_int_value (builder, batch);
  else
    json_builder_add_null_value (builder);
  ethos_cli_json_int (builder, "added", added);
  json_builder_set_member_name (builder, "dry_run");
  json_builder_add_boolean_value (builder, dry_run);
  ethos_cli_json_int (builder, "header_row", ethos_import_get_header_row (import));
  json_columns (builder, import);
  json_builder_set_member_name (builder, "skipped");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ethos_import_get_n_rows (import); i++)
    {
      const EthosImportRow *row = ethos_import_get_row (import, i);

      if (row->entry != NULL)
        continue;
      json_builder_begin_object (builder);
      ethos_cli_json_int (builder, "row", row->row);
      ethos_cli_json_string (builder, "reason", row->reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "duplicates");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ethos_import_get_n_rows (import); i++)
    {
      const EthosImportRow *row = ethos_import_get_row (import, i);

      if (row->duplicate_of == 0)
        continue;
      json_builder_begin_object (builder);
      ethos_cli_json_int (builder, "row", row->row);
      ethos_cli_json_int (builder, "entry_id", row->duplicate_of);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  ethos_cli_print_json (root);
}

static void
print_text (EthosImport *import, const char *name, gint64 batch, gboolean dry_run)
{
  guint added, skipped, duplicates;

  ethos_import_count (import, &added, &skipped, &duplicates);
  if (dry_run)
    printf (g_dngettext (NULL, "Would import %u entry from “%s”; nothing was written.\n",
                         "Would import %u entries from “%s”; nothing was written.\n", added),
            added, name);
  else if (batch > 0)
    printf (g_dngettext (NULL,
                         "Imported %u entry from “%s” as import %lld (undo: ethos-cli import undo %lld).\n",
                         "Imported %u entries from “%s” as import %lld (undo: ethos-cli import undo %lld).\n",
                         added),
            added, name, (long long) batch, (long long) batch);
  else
    printf (_("Nothing imported from “%s”.\n"), name);
  printf (_("Header row %u:"), ethos_import_get_header_row (import));
  for (guint c = 0; c < ethos_import_get_n_columns (import); c++)
    if (ethos_import_get_header (import, c)[0] != '\0')
      printf (" “%s” → %s%s", ethos_import_get_header (import, c),
              ethos_import_field_to_string (ethos_import_get_field (import, c)),
              c + 1 < ethos_import_get_n_columns (import) ? "," : "");
  printf ("\n");
  for (guint i = 0; i < ethos_import_get_n_rows (import); i++)
    {
      const EthosImportRow *row = ethos_import_get_row (import, i);

      if (row->entry == NULL)
        printf (_("Row %u left out: %s\n"), row->row, row->reason);
      else if (row->duplicate_of != 0)
        printf (_("Row %u left out: it repeats entry %lld, already in the diary\n"), row->row,
                (long long) row->duplicate_of);
    }
}

static void
today_local (GDate *today)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
}

static int
import_table (const EthosCliContext *ctx, int argc, char **argv)
{
  char *kind = NULL;
  char **map = NULL;
  gboolean dry_run = FALSE, json = FALSE;
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind,
      N_("Every row is this: supervision or cpd (by default, each row's type or the columns say)"),
      "KIND" },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &map,
      N_("Take the column headed COLUMN as FIELD (date, hours, minutes, duration, supervisor, "
         "title, provider, type, reflection, outcomes, impact, … or ignore); repeatable"),
      "COLUMN=FIELD" },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Show what would be imported; write nothing"),
      NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosTable) table = NULL;
  g_autoptr (EthosImport) import = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  EthosEntryKind entry_kind = ETHOS_ENTRY_CPD;
  gint64 batch = 0;
  GStatBuf st;
  GDate today;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "FILE",
                                _("Import supervision sessions or CPD activities from a table: "
                                  "CSV, a spreadsheet (ODS, XLSX) or a table in a Word document "
                                  "(DOCX). Columns are taken by their headers."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc != 2)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one file to import"));
      goto out;
    }
  if (kind != NULL && !ethos_entry_kind_from_string (kind, &entry_kind))
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                  _("--kind is supervision or cpd, not “%s”"), kind);
      goto out;
    }
  /* Only a regular file: a FIFO would wait forever, /dev/zero would never end. */
  if (g_stat (argv[1], &st) == 0 && !S_ISREG (st.st_mode))
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("“%s” is not a regular file"), argv[1]);
      goto out;
    }
  name = g_path_get_basename (argv[1]);
  today_local (&today);
  if ((table = ethos_table_read_file (argv[1], &error)) == NULL
      || (import = ethos_import_new (table, (const char *const *) map, &today, &error)) == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if (kind != NULL)
    ethos_import_set_kind (import, entry_kind);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if (!ethos_store_mark_import_duplicates (store, import, &error)
      || (!dry_run && !ethos_store_import_entries (store, import, name, &batch, &error)))
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if (json)
    print_json (import, batch, dry_run);
  else
    print_text (import, name, batch, dry_run);

out:
  g_free (kind);
  g_strfreev (map);
  return exit_code;
}

static int
import_undo (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  gint64 batch;
  guint removed;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "BATCH",
                                _("Remove every entry an import added (its number is the batch "
                                  "“import” printed)."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 2 || !ethos_cli_parse_id (argv[1], &batch))
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name the import to undo by its number"));
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if (!ethos_store_undo_import (store, batch, &removed, &error))
    return ethos_cli_fail_error (ctx, error);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_object (builder);
      ethos_cli_json_int (builder, "batch", batch);
      ethos_cli_json_int (builder, "removed", removed);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
    }
  else
    printf (g_dngettext (NULL, "Removed %u entry of import %lld.\n",
                         "Removed %u entries of import %lld.\n", removed),
            removed, (long long) batch);
  return ETHOS_EXIT_OK;
}

/* "import undo BATCH", or "import FILE": a table of records, an Ethos archive (FILE.zip, into
 * an empty data folder) or a calendar's reminders (FILE.ics). */
int
ethos_cli_import (const EthosCliContext *parent, int argc, char **argv)
{
  EthosCliContext ctx = *parent;
  g_autofree char *file = NULL;

  if (argc >= 2 && g_str_equal (argv[1], "undo"))
    {
      ctx.prog = "ethos-cli import undo";
      g_set_prgname (ctx.prog);
      return import_undo (&ctx, argc - 1, argv + 1);
    }
  ctx.prog = "ethos-cli import";
  g_set_prgname (ctx.prog);
  for (int i = 1; i < argc && file == NULL; i++)
    if (argv[i][0] != '-')
      file = g_ascii_strdown (argv[i], -1);
  if (file != NULL && g_str_has_suffix (file, ".zip"))
    return ethos_cli_import_archive (parent, argc, argv);
  if (file != NULL && g_str_has_suffix (file, ".ics"))
    return ethos_cli_import_ical (parent, argc, argv);
  return import_table (&ctx, argc, argv);
}
