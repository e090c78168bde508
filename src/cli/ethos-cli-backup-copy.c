/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-backup-copy.h"
#include "ethos-cli.h"
#include "ethos-core-enums.h"
#include "ethos-enum.h"
#include "ethos-offdisk-store.h"

/* ethos-cli backup copy and backup destination set DIR|clear|show [--json]: a copy off this
 * disk (issue 19). The destination is kept in the diary's profile. */

/* ethos-cli backup copy: copies the newest backup to the destination now; prints the copy's
 * path. */
int
ethos_cli_backup_copy (const EthosCliContext *ctx, int argc, char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Copy the newest backup, as it is (encrypted when the diary "
                                  "is), to the place set for copies off this disk, and print the "
                                  "copy's path."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((path = ethos_store_copy_newest_backup (store, now, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);
  printf ("%s\n", path);
  return ETHOS_EXIT_OK;
}

static int
destination_show (const EthosCliContext *ctx, EthosStore *store, gboolean json)
{
  g_autofree char *dest = ethos_store_get_backup_destination (store);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) last = NULL;
  g_autofree char *sentence = NULL;
  EthosOffdiskState state = ethos_store_get_offdisk_state (store, now, &last, &sentence);
  g_autofree char *last_copy = last != NULL ? g_date_time_format_iso8601 (last) : NULL;
  gboolean reachable = dest != NULL && g_file_test (dest, G_FILE_TEST_IS_DIR);

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "path", dest);
      json_builder_set_member_name (builder, "reachable");
      json_builder_add_boolean_value (builder, reachable);
      ethos_cli_json_string (builder, "last_copy", last_copy);
      ethos_cli_json_string (builder, "state",
                             ethos_enum_to_nick (ETHOS_TYPE_OFFDISK_STATE, state));
      json_builder_set_member_name (builder, "stale");
      json_builder_add_boolean_value (builder, ethos_offdisk_state_is_warning (state));
      ethos_cli_json_string (builder, "sentence", sentence);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      return ETHOS_EXIT_OK;
    }
  if (dest != NULL && !reachable)
    printf (_("Copies off this disk go to %s, which is not there now (a drive not plugged in?).\n"),
            dest);
  else if (dest != NULL)
    printf (_("Copies off this disk go to %s.\n"), dest);
  printf ("%s\n", sentence);
  return ETHOS_EXIT_OK;
}

/* ethos-cli backup destination set DIR | clear | show [--json]. */
int
ethos_cli_backup_destination (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (show)"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  int exit_code = ETHOS_EXIT_OK;
  const char *action;

  if (!ethos_cli_parse_options (ctx, entries, "set DIR|clear|show",
                                _("Where copies off this disk go (a USB drive, or a folder your "
                                  "cloud client syncs): the daily backup is copied there when it "
                                  "is there."),
                                &argc, &argv, &exit_code))
    return exit_code;
  action = argc > 1 ? argv[1] : "";
  if (g_str_equal (action, "set") ? argc != 3
      : (g_str_equal (action, "clear") || g_str_equal (action, "show")) ? argc != 2 : TRUE)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("say set DIR, clear or show"));
  if (json && !g_str_equal (action, "show"))
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--json goes with show"));
  if (g_str_equal (action, "set"))
    {
      dir = g_canonicalize_filename (argv[2], NULL);
      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                               _("%s is not a folder: plug in the drive, or make the folder, and "
                                 "set it again"),
                               dir);
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if (g_str_equal (action, "show"))
    return destination_show (ctx, store, json);
  if (!ethos_store_set_backup_destination (store, dir, &error))
    return ethos_cli_fail_error (ctx, error);
  if (dir != NULL)
    printf (_("Copies off this disk go to %s now.\n"), dir);
  else
    printf ("%s\n", _("No copies off this disk will be made."));
  return ETHOS_EXIT_OK;
}
