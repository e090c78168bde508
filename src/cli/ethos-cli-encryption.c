/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli.h"
#include "ethos-diary-key.h"
#include "ethos-keyring.h"
#include "ethos-store-encrypt.h"

/* ethos-cli encryption status|enable|disable|change-passphrase|recover (issue 19; HACKING.md,
 * "Encryption at rest: keys"). */

static int
no_arguments (const EthosCliContext *ctx, int argc, char **argv)
{
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  return ETHOS_EXIT_OK;
}

/* The cipher @ctx's encrypted diary is encrypted with, read from the file with its key when the
 * key can be had without asking (the keyring, or --passphrase-file); NULL otherwise. */
static char *
cipher_of_file (const EthosCliContext *ctx, int *exit_code)
{
  g_autoptr (GError) error = NULL;
  char *passphrase = ethos_cli_passphrase (ctx, FALSE, exit_code);
  char *key = NULL;
  char *cipher = NULL;

  if (*exit_code != ETHOS_EXIT_OK)
    return NULL;
  key = ethos_diary_find_key (ctx->data_dir, passphrase, NULL, &error);
  ethos_cli_secret_free (passphrase);
  if (key != NULL)
    cipher = ethos_store_read_cipher (ctx->data_dir, key, &error);
  ethos_cli_secret_free (key);
  if (cipher == NULL)
    g_debug ("The cipher is not known: %s", error != NULL ? error->message : "no key");
  return cipher;
}

/* ethos-cli encryption status [--json]: {encrypted, key_source, library, cipher}. Whether the
 * diary is encrypted, and where its key is, come from its first bytes and the key's place; the
 * cipher of an encrypted diary from the file itself, with its key when that needs no asking
 * (null without it); for a plain diary, the cipher turning encryption on would give it. */
static int
encryption_status (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  gboolean encrypted;
  EthosKeySource source = ETHOS_KEY_SOURCE_NONE;
  const char *library = ethos_store_get_encryption_library ();
  g_autofree char *cipher = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Whether the diary is encrypted, and where its key is kept."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if ((exit_code = no_arguments (ctx, argc, argv)) != ETHOS_EXIT_OK)
    return exit_code;
  encrypted = ethos_diary_is_encrypted (ctx->data_dir);
  if (encrypted)
    {
      source = ethos_diary_key_source (ctx->data_dir);
      if (library != NULL && (cipher = cipher_of_file (ctx, &exit_code)) == NULL
          && exit_code != ETHOS_EXIT_OK)
        return exit_code;
    }
  else
    cipher = g_strdup (ethos_store_get_encryption_cipher ());
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "encrypted");
      json_builder_add_boolean_value (builder, encrypted);
      ethos_cli_json_string (builder, "key_source", ethos_key_source_to_string (source));
      ethos_cli_json_string (builder, "library", library);
      ethos_cli_json_string (builder, "cipher", cipher);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      return ETHOS_EXIT_OK;
    }
  printf ("%s\n", ethos_encryption_summary (encrypted, source));
  if (library == NULL)
    printf ("%s\n", _("This Ethos was built without encryption."));
  else if (cipher != NULL)
    printf (_("Library: %s (%s)\n"), library, cipher);
  else
    printf (_("Library: %s (the cipher is read from the diary with its key: give the "
              "passphrase with --passphrase-file F)\n"),
            library);
  return ETHOS_EXIT_OK;
}

/* A new passphrase: from @file, or asked twice at a terminal. */
static char *
new_passphrase (const EthosCliContext *ctx, const char *file, int *exit_code)
{
  char *first, *second;

  if (file != NULL)
    return ethos_cli_read_secret_file (ctx, file, exit_code);
  if ((first = ethos_cli_ask_secret (_("New passphrase: "))) == NULL)
    {
      *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                   _("give the new passphrase with --passphrase-file F"));
      return NULL;
    }
  second = ethos_cli_ask_secret (_("The same passphrase again: "));
  if (g_strcmp0 (first, second) != 0)
    {
      ethos_cli_secret_free (first);
      ethos_cli_secret_free (second);
      *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                   _("the two passphrases differ; nothing was changed"));
      return NULL;
    }
  ethos_cli_secret_free (second);
  return first;
}

/* The passphrase that opens an encrypted diary kept with one (asked at a terminal when no file
 * gives it); NULL when its key is in the keyring. */
static char *
current_passphrase (const EthosCliContext *ctx, int *exit_code)
{
  gboolean ask = ethos_diary_is_encrypted (ctx->data_dir)
                 && ethos_diary_key_source (ctx->data_dir) == ETHOS_KEY_SOURCE_PASSPHRASE;

  return ethos_cli_passphrase (ctx, ask, exit_code);
}

/* ethos-cli encryption enable: encrypts the diary (a backup first) and prints its recovery key,
 * once, alone on the last line. The key is kept in the keyring, or wrapped by the passphrase of
 * --passphrase-file (or one asked for when there is no keyring). */
static int
encryption_enable (const EthosCliContext *ctx, int argc, char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;
  char *passphrase = NULL;
  char *recovery = NULL;
  g_autofree char *copies = NULL;
  int exit_code = ETHOS_EXIT_OK;
  gboolean ok;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Encrypt the diary and its backups. Its key is kept in your "
                                  "keyring, or with --passphrase-file wrapped by a passphrase; "
                                  "the recovery key is printed once, on the last line."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if ((exit_code = no_arguments (ctx, argc, argv)) != ETHOS_EXIT_OK)
    return exit_code;
  if (ethos_diary_is_encrypted (ctx->data_dir))
    passphrase = current_passphrase (ctx, &exit_code);
  else if (ctx->passphrase_file != NULL || !ethos_keyring_available ())
    passphrase = new_passphrase (ctx, ctx->passphrase_file, &exit_code);
  if (exit_code != ETHOS_EXIT_OK)
    return exit_code;
  ok = ethos_store_encrypt_diary (ctx->data_dir, passphrase, now, &recovery, &copies, &error);
  ethos_cli_secret_free (passphrase);
  /* Before the recovery key, which stays alone on the last line. */
  if (copies != NULL)
    printf ("%s\n", copies);
  if (recovery != NULL)
    {
      /* Printed even if a backup could not be converted after: the diary is encrypted now. */
      printf ("%s\n\n%s\n", ethos_recovery_key_advice (), recovery);
      fflush (stdout);
      ethos_cli_secret_free (recovery);
    }
  if (!ok)
    return ethos_cli_fail_error (ctx, error);
  if (recovery == NULL)
    printf ("%s\n", _("The diary was already encrypted; its backups are encrypted too now."));
  return ETHOS_EXIT_OK;
}

/* ethos-cli encryption disable: decrypts the diary and its backups (a backup first), then
 * forgets the key. */
static int
encryption_disable (const EthosCliContext *ctx, int argc, char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;
  char *passphrase = NULL;
  int exit_code = ETHOS_EXIT_OK;
  gboolean ok;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Store the diary and its backups unencrypted again, and forget "
                                  "its key."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if ((exit_code = no_arguments (ctx, argc, argv)) != ETHOS_EXIT_OK)
    return exit_code;
  passphrase = current_passphrase (ctx, &exit_code);
  if (exit_code != ETHOS_EXIT_OK)
    return exit_code;
  ok = ethos_store_decrypt_diary (ctx->data_dir, passphrase, now, &error);
  ethos_cli_secret_free (passphrase);
  if (!ok)
    return ethos_cli_fail_error (ctx, error);
  printf ("%s\n", _("The diary is not encrypted now."));
  return ETHOS_EXIT_OK;
}

/* ethos-cli encryption change-passphrase [--new-passphrase-file F]: wraps the key with a new
 * passphrase; the database is not touched. */
static int
encryption_change_passphrase (const EthosCliContext *ctx, int argc, char **argv)
{
  g_autofree char *new_file = NULL;
  GOptionEntry entries[] = {
    { "new-passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, &new_file,
      N_("The new passphrase: the file's first line"), N_("F") },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  char *passphrase = NULL, *replacement = NULL;
  int exit_code = ETHOS_EXIT_OK;
  gboolean ok;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Change the passphrase that opens the diary (the current one "
                                  "from --passphrase-file, or the keyring)."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if ((exit_code = no_arguments (ctx, argc, argv)) != ETHOS_EXIT_OK)
    return exit_code;
  if (!ethos_diary_is_encrypted (ctx->data_dir))
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                           _("the diary is not encrypted, so it has no passphrase"));
  passphrase = current_passphrase (ctx, &exit_code);
  if (exit_code == ETHOS_EXIT_OK)
    replacement = new_passphrase (ctx, new_file, &exit_code);
  if (exit_code != ETHOS_EXIT_OK)
    {
      ethos_cli_secret_free (passphrase);
      return exit_code;
    }
  ok = ethos_store_change_passphrase (ctx->data_dir, passphrase, replacement, &error);
  ethos_cli_secret_free (passphrase);
  ethos_cli_secret_free (replacement);
  if (!ok)
    return ethos_cli_fail_error (ctx, error);
  printf ("%s\n", _("The passphrase is changed."));
  return ETHOS_EXIT_OK;
}

/* ethos-cli encryption recover [--recovery-key-file F]: on a new machine, takes the recovery key
 * of the encrypted diary put in the data folder, and keeps its key in the keyring (or with
 * --passphrase-file, wrapped by that passphrase). */
static int
encryption_recover (const EthosCliContext *ctx, int argc, char **argv)
{
  g_autofree char *key_file = NULL;
  GOptionEntry entries[] = {
    { "recovery-key-file", 0, 0, G_OPTION_ARG_FILENAME, &key_file,
      N_("The recovery key: the file's first line"), N_("F") },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  char *text = NULL, *passphrase = NULL;
  guint8 key[ETHOS_DIARY_KEY_SIZE];
  int exit_code = ETHOS_EXIT_OK;
  gboolean ok;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Open an encrypted diary with its recovery key (on a new "
                                  "computer, say) and keep its key here: in the keyring, or with "
                                  "--passphrase-file wrapped by a passphrase."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if ((exit_code = no_arguments (ctx, argc, argv)) != ETHOS_EXIT_OK)
    return exit_code;
  text = key_file != NULL ? ethos_cli_read_secret_file (ctx, key_file, &exit_code)
                          : ethos_cli_ask_secret (_("Recovery key: "));
  if (exit_code != ETHOS_EXIT_OK)
    return exit_code;
  if (text == NULL)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                           _("give the recovery key with --recovery-key-file F"));
  ok = ethos_recovery_key_parse (text, key, &error);
  ethos_cli_secret_free (text);
  if (!ok)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, "%s", error->message);
  if (ctx->passphrase_file != NULL || !ethos_keyring_available ())
    passphrase = new_passphrase (ctx, ctx->passphrase_file, &exit_code);
  if (exit_code == ETHOS_EXIT_OK)
    {
      ok = ethos_store_recover_key (ctx->data_dir, key, passphrase, &error);
      if (!ok)
        exit_code = ethos_cli_fail_error (ctx, error);
      else
        printf ("%s\n", _("The recovery key opens the diary; its key is kept on this computer "
                          "now."));
    }
  explicit_bzero (key, sizeof key);
  ethos_cli_secret_free (passphrase);
  return exit_code;
}

int
ethos_cli_encryption (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "status", encryption_status },
    { "enable", encryption_enable },
    { "disable", encryption_disable },
    { "change-passphrase", encryption_change_passphrase },
    { "recover", encryption_recover },
  };

  return ethos_cli_dispatch (parent, "encryption", commands, G_N_ELEMENTS (commands), argc,
                             argv);
}
