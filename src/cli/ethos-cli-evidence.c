/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-cli-entry-options.h"
#include "ethos-entry-store.h"

/* ethos-cli cpd evidence ID [--save-to DIR]: the files kept with a CPD activity (inside the
 * database), listed, or written out into a folder under the names they had. */

int
ethos_cli_cpd_evidence (const EthosCliContext *ctx, int argc, char **argv)
{
  char *save_to = NULL;
  GOptionEntry entries[] = {
    { "save-to", 0, 0, G_OPTION_ARG_FILENAME, &save_to,
      N_("Write the files into this folder (never over a file there)"), "FOLDER" },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosEntry) entry = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "ID", _("The files kept with a CPD activity."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc != 2)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                  argc < 2 ? _("give the id of the CPD activity")
                                           : _("unexpected argument “%s”"),
                                  argv[argc < 2 ? 0 : 2]);
      goto out;
    }
  if (save_to != NULL && !g_file_test (save_to, G_FILE_TEST_IS_DIR))
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("%s is not a folder"), save_to);
      goto out;
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL
      || (entry = ethos_cli_get_entry (ctx, store, ETHOS_ENTRY_CPD, argv[1], &exit_code)) == NULL)
    goto out;

  for (guint i = 0; i < entry->evidence->len; i++)
    {
      const char *stored_as = g_ptr_array_index (entry->evidence, i);
      g_autoptr (GError) error = NULL;
      g_autofree char *path = NULL;

      if (save_to == NULL)
        {
          printf ("%s\n", ethos_entry_evidence_name (stored_as));
          continue;
        }
      if ((path = ethos_store_save_evidence (store, stored_as, save_to, &error)) == NULL)
        {
          exit_code = ethos_cli_fail_error (ctx, error);
          goto out;
        }
      printf ("%s\n", path);
    }

out:
  g_free (save_to);
  return exit_code;
}
