/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-cli.h"
#include "ethos-offdisk-store.h"

/* ethos-cli check: SQLite's integrity check, said plainly. Exit 0 only when the database is
 * sound. A copy off this disk that is missing or more than a week old is said after, as a
 * warning that does not change the exit status: the diary itself is sound. */
int
ethos_cli_check (const EthosCliContext *parent, int argc, char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  EthosCliContext ctx = *parent;
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) problems = NULL;
  int exit_code = ETHOS_EXIT_OK;

  ctx.prog = "ethos-cli check";
  if (!ethos_cli_parse_options (&ctx, entries, NULL,
                                _("Check the database for damage (SQLite's integrity check)."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if ((store = ethos_cli_open_store (&ctx, &exit_code)) == NULL)
    return exit_code;
  if (!ethos_store_check_integrity (store, &problems, &error))
    return ethos_cli_fail_error (&ctx, error);

  if (problems != NULL)
    {
      for (guint i = 0; problems[i] != NULL; i++)
        printf ("%s\n", problems[i]);
      return ethos_cli_fail (&ctx, ETHOS_EXIT_FAILURE,
                             g_dngettext (GETTEXT_PACKAGE, "%s is damaged: %u problem found",
                                          "%s is damaged: %u problems found",
                                          g_strv_length (problems)),
                             ethos_store_get_path (store), g_strv_length (problems));
    }
  printf (_("%s is sound (schema %d).\n"), ethos_store_get_path (store),
          ethos_store_get_schema_version (store));
  {
    g_autoptr (GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *sentence = NULL;

    if (ethos_offdisk_state_is_warning (ethos_store_get_offdisk_state (store, now, NULL,
                                                                       &sentence)))
      printf (_("Warning: %s\n"), sentence);
  }
  return ETHOS_EXIT_OK;
}
