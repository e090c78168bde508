/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"
#include "ethos-cli.h"

/* ethos-cli backup create|list|restore. Every backup is named for the local time it is made. */

/* ethos-cli backup create: a backup now; prints its path. */
static int
backup_create (const EthosCliContext *ctx, int argc, char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Back up the database now, into the backups folder beside it, "
                                  "and print the backup's path. Ethos never deletes these."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((path = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, now, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);
  printf ("%s\n", path);
  return ETHOS_EXIT_OK;
}

/* ethos-cli backup list [--json]: the backups, newest first. Reads only the backups folder, so
 * it works when the database itself will not open. */
static int
backup_list (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("The backups of the database, newest first: daily ones (the last "
                                  "14 days and the first of each of the last 12 months), and those "
                                  "made by hand, before an upgrade and before a restore."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if ((backups = ethos_backups_list (ctx->data_dir, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < backups->len; i++)
    {
      EthosBackupInfo *info = g_ptr_array_index (backups, i);
      g_autofree char *created = g_date_time_format_iso8601 (info->created);

      if (!json)
        {
          g_autofree char *when = g_date_time_format (info->created, "%Y-%m-%d %H:%M:%S");
          g_autofree char *size = g_format_size (info->size);

          printf ("%s  %-13s %9s  %s\n", when, ethos_backup_kind_to_string (info->kind), size,
                  info->path);
          continue;
        }
      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "path", info->path);
      ethos_cli_json_string (builder, "created", created);
      ethos_cli_json_string (builder, "kind", ethos_backup_kind_to_string (info->kind));
      ethos_cli_json_int (builder, "size", info->size);
      json_builder_set_member_name (builder, "schema_version");
      if (info->schema_version >= 0)
        json_builder_add_int_value (builder, info->schema_version);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (json)
    {
      g_autoptr (JsonNode) root = json_builder_get_root (builder);

      ethos_cli_print_json (root);
    }
  return ETHOS_EXIT_OK;
}

/* ethos-cli backup restore FILE: checks FILE, keeps the database as it is as a pre-restore
 * backup, then puts FILE's data in its place. A file that fails a check exits 2 and changes
 * nothing. */
static int
backup_restore (const EthosCliContext *ctx, int argc, char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;
  g_autofree char *kept = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "FILE",
                                _("Restore a backup: FILE is checked first (a whole Ethos "
                                  "database this version can read); the database as it is now is "
                                  "kept as a pre-restore backup."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one backup file to restore"));
  if (!ethos_backups_restore (ctx->data_dir, argv[1], now, &kept, &error))
    return ethos_cli_fail_error (ctx, error);
  if (kept != NULL)
    printf (_("Restored %s; the database as it was is kept in %s\n"), argv[1], kept);
  else
    printf (_("Restored %s\n"), argv[1]);
  return ETHOS_EXIT_OK;
}

int
ethos_cli_backup (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "create", backup_create },
    { "list", backup_list },
    { "restore", backup_restore },
  };

  return ethos_cli_dispatch (parent, "backup", commands, G_N_ELEMENTS (commands), argc, argv);
}
