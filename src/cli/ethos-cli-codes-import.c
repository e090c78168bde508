/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli-codes.h"
#include "ethos-code-parser.h"
#include "ethos-code-store.h"

/* ethos-cli codes import and remove: a practitioner's own codes, brought in from a text file
 * and taken out again. */

int
ethos_cli_codes_import (const EthosCliContext *ctx, int argc, char **argv)
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
  if (g_stat (argv[1], &st) == 0 && !ethos_code_size_check (st.st_size, &error))
    {
      exit_code = ethos_cli_fail_error (ctx, error);
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

int
ethos_cli_codes_remove (const EthosCliContext *ctx, int argc, char **argv)
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
