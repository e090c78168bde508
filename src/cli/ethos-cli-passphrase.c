/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "ethos-cli.h"
#include "ethos-diary-key.h"

/* Passphrases and keys on the command line: from a file (--passphrase-file F: its first line),
 * or asked at the terminal without echo; never from an argument, which other users can see in
 * the process list. Then the store opened with the key that opens it (HACKING.md, "Encryption
 * at rest: keys"). */

/* Frees a secret, overwritten first. */
void
ethos_cli_secret_free (char *secret)
{
  if (secret == NULL)
    return;
  explicit_bzero (secret, strlen (secret));
  g_free (secret);
}

static void
chomp (char *text)
{
  char *end = strchr (text, '\n');

  if (end != NULL)
    *end = '\0';
  if ((end = strchr (text, '\r')) != NULL)
    *end = '\0';
}

/* The first line of @file; NULL with a message when it cannot be read or is empty. */
char *
ethos_cli_read_secret_file (const EthosCliContext *ctx, const char *file, int *exit_code)
{
  g_autoptr (GError) error = NULL;
  char *text = NULL;

  if (!g_file_get_contents (file, &text, NULL, &error))
    {
      *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, "%s", error->message);
      return NULL;
    }
  chomp (text);
  if (*text == '\0')
    {
      ethos_cli_secret_free (text);
      *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("%s is empty"), file);
      return NULL;
    }
  return text;
}

/* Asks at the terminal, without echo; NULL when standard input is not a terminal. */
char *
ethos_cli_ask_secret (const char *prompt)
{
  struct termios old, quiet;
  char line[1024];
  gboolean got;

  if (!isatty (STDIN_FILENO) || tcgetattr (STDIN_FILENO, &old) != 0)
    return NULL;
  quiet = old;
  quiet.c_lflag &= ~(tcflag_t) ECHO;
  fprintf (stderr, "%s", prompt);
  fflush (stderr);
  tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
  got = fgets (line, sizeof line, stdin) != NULL;
  tcsetattr (STDIN_FILENO, TCSAFLUSH, &old);
  fprintf (stderr, "\n");
  if (!got)
    return NULL;
  chomp (line);
  if (*line == '\0')
    return NULL;
  {
    char *copy = g_strdup (line);

    explicit_bzero (line, sizeof line);
    return copy;
  }
}

/* The passphrase the global --passphrase-file gives, or, when @ask and standard input is a
 * terminal, one asked for; NULL (with no failure) when there is neither. */
char *
ethos_cli_passphrase (const EthosCliContext *ctx, gboolean ask, int *exit_code)
{
  if (ctx->passphrase_file != NULL)
    return ethos_cli_read_secret_file (ctx, ctx->passphrase_file, exit_code);
  return ask ? ethos_cli_ask_secret (_("Passphrase: ")) : NULL;
}

/* The key that opens the diary, in SQLCipher's form: from the keyring, or the key file unwrapped
 * with the passphrase (from --passphrase-file, or asked at a terminal). NULL with *@exit_code OK
 * for a plain diary; a wrong or missing key is exit 1 with one line. */
char *
ethos_cli_find_key (const EthosCliContext *ctx, int *exit_code)
{
  g_autoptr (GError) error = NULL;
  gboolean with_passphrase;
  char *passphrase = NULL;
  char *key = NULL;

  *exit_code = ETHOS_EXIT_OK;
  if (!ethos_diary_is_encrypted (ctx->data_dir))
    return NULL;
  with_passphrase = ctx->passphrase_file == NULL
                    && ethos_diary_key_source (ctx->data_dir) == ETHOS_KEY_SOURCE_PASSPHRASE;
  passphrase = ethos_cli_passphrase (ctx, with_passphrase, exit_code);
  if (*exit_code != ETHOS_EXIT_OK)
    return NULL;
  if (with_passphrase && passphrase == NULL)
    {
      *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_FAILURE,
                                   _("The diary is encrypted with a passphrase: give it with "
                                     "--passphrase-file F"));
      return NULL;
    }
  key = ethos_diary_find_key (ctx->data_dir, passphrase, NULL, &error);
  ethos_cli_secret_free (passphrase);
  if (key == NULL)
    *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_FAILURE, "%s", error->message);
  return key;
}

/* The store, opened with the key that opens it (ethos_cli_find_key()). A wrong or missing key is
 * exit 1 with one line, the file untouched. */
EthosStore *
ethos_cli_open_store (const EthosCliContext *ctx, int *exit_code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  EthosStoreOpenOptions options = { .flags = ETHOS_STORE_OPEN_DEFAULT, .key = NULL };
  EthosStore *store;
  char *key = ethos_cli_find_key (ctx, exit_code);

  if (*exit_code != ETHOS_EXIT_OK)
    return NULL;
  options.key = key;
  store = ethos_store_open_with_options (ctx->data_dir, now, &options, &error);
  ethos_cli_secret_free (key);
  if (store == NULL)
    *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_FAILURE, "%s", error->message);
  return store;
}
