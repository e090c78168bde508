/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"
#include "ethos-cli.h"
#include "ethos-diary-key.h"
#include "ethos-keyring.h"
#include "ethos-store-encrypt.h"

/* ethos-cli backup create|list|restore|copy|destination. Every backup is named for the local
 * time it is made. */

/* The diary's key when it can be had without asking (the keyring, or --passphrase-file), to read
 * what encrypted backups hold; NULL otherwise. */
static char *
key_without_asking (const EthosCliContext *ctx)
{
  int exit_code = ETHOS_EXIT_OK;
  char *passphrase = ctx->passphrase_file != NULL
                       ? ethos_cli_read_secret_file (ctx, ctx->passphrase_file, &exit_code)
                       : NULL;
  char *key = ethos_diary_find_key_anyway (ctx->data_dir, passphrase);

  ethos_cli_secret_free (passphrase);
  return key;
}

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
  gboolean any_encrypted = FALSE, tried_key = FALSE;
  char *key = NULL;
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

  for (guint i = 0; i < backups->len; i++)
    {
      EthosBackupInfo *info = g_ptr_array_index (backups, i);

      if (!info->encrypted)
        continue;
      any_encrypted = TRUE;
      if (json && key == NULL && !tried_key)
        {
          key = key_without_asking (ctx);
          tried_key = TRUE;
        }
      if (key != NULL)
        info->schema_version = ethos_backup_encrypted_schema_version (info->path, key);
    }
  ethos_cli_secret_free (key);

  json_builder_begin_array (builder);
  for (guint i = 0; i < backups->len; i++)
    {
      EthosBackupInfo *info = g_ptr_array_index (backups, i);
      g_autofree char *created = g_date_time_format_iso8601 (info->created);

      if (!json)
        {
          g_autofree char *when = g_date_time_format (info->created, "%Y-%m-%d %H:%M:%S");
          g_autofree char *size = g_format_size (info->size);

          /* TRANSLATORS: said of a backup in `ethos-cli backup list`, in a column of its own. */
          if (any_encrypted)
            printf ("%s  %-13s %9s  %-10s %s\n", when, ethos_backup_kind_to_string (info->kind),
                    size, info->encrypted ? _("encrypted") : "", info->path);
          else
            printf ("%s  %-13s %9s  %s\n", when, ethos_backup_kind_to_string (info->kind), size,
                    info->path);
          continue;
        }
      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "path", info->path);
      ethos_cli_json_string (builder, "created", created);
      ethos_cli_json_string (builder, "kind", ethos_backup_kind_to_string (info->kind));
      ethos_cli_json_int (builder, "size", info->size);
      json_builder_set_member_name (builder, "encrypted");
      json_builder_add_boolean_value (builder, info->encrypted);
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

/* The key of --recovery-key-file F, read into @key; exit 2 for one mistyped. */
static gboolean
read_recovery_key (const EthosCliContext *ctx, const char *file, guint8 *key, int *exit_code)
{
  g_autoptr (GError) error = NULL;
  char *text = ethos_cli_read_secret_file (ctx, file, exit_code);
  gboolean ok;

  if (text == NULL)
    return FALSE;
  ok = ethos_recovery_key_parse (text, key, &error);
  ethos_cli_secret_free (text);
  if (!ok)
    *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, "%s", error->message);
  return ok;
}

/* Whether the data folder has no diary yet (a new computer): an encrypted backup restored there
 * makes the diary encrypted with the backup's key, which is then kept here. */
static gboolean
no_diary_yet (const EthosCliContext *ctx)
{
  g_autofree char *dir = ctx->data_dir != NULL ? g_strdup (ctx->data_dir)
                                               : ethos_store_default_data_dir ();
  g_autofree char *path = g_build_filename (dir, "ethos.db", NULL);
  GStatBuf st;

  return g_stat (path, &st) != 0 || st.st_size == 0;
}

/* ethos-cli backup restore FILE [--recovery-key-file F]: checks FILE, keeps the database as it
 * is as a pre-restore backup, then puts FILE's data in its place. An encrypted FILE is opened
 * with the recovery key given, or else the diary's own key. A file that fails a check exits 2, a
 * key that does not open it exits 1, and nothing is changed. */
static int
backup_restore (const EthosCliContext *ctx, int argc, char **argv)
{
  g_autofree char *key_file = NULL;
  GOptionEntry entries[] = {
    { "recovery-key-file", 0, 0, G_OPTION_ARG_FILENAME, &key_file,
      N_("The recovery key of an encrypted FILE: the file's first line"), N_("F") },
    { NULL },
  };
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;
  g_autofree char *kept = NULL;
  guint8 recovery[ETHOS_DIARY_KEY_SIZE];
  char *live_key = NULL, *file_key = NULL, *passphrase = NULL;
  gboolean adopt = FALSE, ok;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "FILE",
                                _("Restore a backup: FILE is checked first (a whole Ethos "
                                  "database this version can read); the database as it is now is "
                                  "kept as a pre-restore backup. An encrypted FILE opens with the "
                                  "diary's key or the recovery key given."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one backup file to restore"));
  if (key_file != NULL)
    {
      if (!read_recovery_key (ctx, key_file, recovery, &exit_code))
        return exit_code;
      file_key = ethos_diary_key_to_sqlcipher (recovery);
      /* On a new computer the restored diary keeps the backup's key: where, asked first. */
      adopt = no_diary_yet (ctx) && ethos_database_file_is_encrypted (argv[1]);
      if (adopt && (ctx->passphrase_file != NULL || !ethos_keyring_available ()))
        {
          passphrase = ethos_cli_passphrase (ctx, TRUE, &exit_code);
          if (exit_code == ETHOS_EXIT_OK && passphrase == NULL)
            exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                        _("No keyring is available to keep the diary's key: give "
                                          "a passphrase with --passphrase-file F"));
        }
    }
  /* A diary with no key kept may be damaged rather than encrypted: the restore says which. */
  if (exit_code == ETHOS_EXIT_OK && !adopt
      && ethos_diary_key_source (ctx->data_dir) != ETHOS_KEY_SOURCE_NONE)
    live_key = ethos_cli_find_key (ctx, &exit_code);
  if (exit_code != ETHOS_EXIT_OK)
    goto out;

  ok = ethos_backups_restore_with_keys (ctx->data_dir, argv[1], live_key, file_key, now, &kept,
                                        &error);
  if (ok && adopt && !ethos_store_recover_key (ctx->data_dir, recovery, passphrase, &error))
    {
      g_prefix_error (&error, _("Restored %s, but its key could not be kept here (keep it with "
                                "ethos-cli encryption recover): "),
                      argv[1]);
      ok = FALSE;
    }
  if (!ok)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if (kept != NULL)
    printf (_("Restored %s; the database as it was is kept in %s\n"), argv[1], kept);
  else
    printf (_("Restored %s\n"), argv[1]);

out:
  explicit_bzero (recovery, sizeof recovery);
  ethos_cli_secret_free (live_key);
  ethos_cli_secret_free (file_key);
  ethos_cli_secret_free (passphrase);
  return exit_code;
}

int
ethos_cli_backup (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "create", backup_create },
    { "list", backup_list },
    { "restore", backup_restore },
    { "copy", ethos_cli_backup_copy },
    { "destination", ethos_cli_backup_destination },
  };

  return ethos_cli_dispatch (parent, "backup", commands, G_N_ELEMENTS (commands), argc, argv);
}
