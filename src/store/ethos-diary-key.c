/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <openssl/rand.h>
#include <string.h>
#include <unistd.h>

#include "ethos-diary-key.h"
#include "ethos-key-file.h"
#include "ethos-keyring.h"
#include "ethos-store.h"

/* Which key opens the diary in a data folder, and where it is kept (HACKING.md, "Encryption at
 * rest: keys"): the window, the CLI and the notifier all ask here before opening the store. */

#define PLAIN_HEADER "SQLite format 3"

static char *
data_dir_or_default (const char *data_dir)
{
  return data_dir != NULL ? g_strdup (data_dir) : ethos_store_default_data_dir ();
}

/* Whether the database in @data_dir is encrypted: a plain SQLite file starts "SQLite format 3";
 * an encrypted one starts with its random salt. No database yet: not encrypted. */
gboolean
ethos_diary_is_encrypted (const char *data_dir)
{
  g_autofree char *dir = data_dir_or_default (data_dir);
  g_autofree char *path = g_build_filename (dir, "ethos.db", NULL);

  return ethos_database_file_is_encrypted (path);
}

/* The same for any database file (a backup, say). */
gboolean
ethos_database_file_is_encrypted (const char *path)
{
  char header[16] = { 0 };
  ssize_t got;
  int fd;

  if ((fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0)) < 0)
    return FALSE;
  got = read (fd, header, sizeof header);
  close (fd);
  return got == sizeof header && memcmp (header, PLAIN_HEADER, strlen (PLAIN_HEADER) + 1) != 0;
}

/* Where the key of @data_dir's diary is kept, without reading it: the keyring if it has an item
 * for the folder, else the passphrase if a key file is beside the database. */
EthosKeySource
ethos_diary_key_source (const char *data_dir)
{
  g_autofree char *dir = data_dir_or_default (data_dir);
  guint8 key[ETHOS_DIARY_KEY_SIZE];
  gboolean found = FALSE;

  if (ethos_keyring_available () && ethos_keyring_lookup (dir, key, &found, NULL) && found)
    {
      explicit_bzero (key, sizeof key);
      return ETHOS_KEY_SOURCE_KEYRING;
    }
  if (ethos_key_file_exists (dir))
    return ETHOS_KEY_SOURCE_PASSPHRASE;
  return ETHOS_KEY_SOURCE_NONE;
}

gboolean
ethos_diary_key_generate (guint8 *key, GError **error)
{
  if (RAND_bytes (key, ETHOS_DIARY_KEY_SIZE) == 1)
    return TRUE;
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
               _("Could not make a random key"));
  return FALSE;
}

/* The key as SQLCipher takes it raw (x'64 hex digits'), so no key derivation is run at each
 * connection. Free with ethos_store_key_free(). */
char *
ethos_diary_key_to_sqlcipher (const guint8 *key)
{
  char *hex = ethos_diary_key_to_hex (key);
  char *raw = g_strdup_printf ("x'%s'", hex);

  explicit_bzero (hex, strlen (hex));
  g_free (hex);
  return raw;
}

/* The key kept for @data_dir's diary, whether or not the diary is encrypted now: from the
 * keyring (unless a @passphrase is given), else from the key file unwrapped with @passphrase.
 * None kept is ETHOS_STORE_ERROR_WRONG_KEY, saying so. */
gboolean
ethos_diary_read_key (const char *data_dir, const char *passphrase, guint8 *key,
                      EthosKeySource *source, GError **error)
{
  g_autofree char *dir = data_dir_or_default (data_dir);
  gboolean found = FALSE;

  if (source != NULL)
    *source = ETHOS_KEY_SOURCE_NONE;
  if (passphrase == NULL && ethos_keyring_available ()
      && ethos_keyring_lookup (dir, key, &found, NULL) && found)
    {
      if (source != NULL)
        *source = ETHOS_KEY_SOURCE_KEYRING;
      return TRUE;
    }
  if (ethos_key_file_exists (dir))
    {
      if (!ethos_key_file_read (dir, passphrase, key, error))
        return FALSE;
      if (source != NULL)
        *source = ETHOS_KEY_SOURCE_PASSPHRASE;
      return TRUE;
    }
  /* A file that is not plain SQLite may also be a damaged one: both are said. */
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_WRONG_KEY,
               _("The diary in %s is encrypted or damaged, and no key for it is kept here: if it "
                 "is encrypted, open it with its recovery key (ethos-cli encryption recover)"),
               dir);
  return FALSE;
}

/* The key that opens @data_dir's diary, as EthosStoreOpenOptions takes it, or NULL with no
 * error for a plain diary. An encrypted diary whose key cannot be had is
 * ETHOS_STORE_ERROR_WRONG_KEY, saying why. */
char *
ethos_diary_find_key (const char *data_dir, const char *passphrase, EthosKeySource *source,
                      GError **error)
{
  guint8 key[ETHOS_DIARY_KEY_SIZE];
  char *raw;

  if (source != NULL)
    *source = ETHOS_KEY_SOURCE_NONE;
  if (!ethos_diary_is_encrypted (data_dir)
      || !ethos_diary_read_key (data_dir, passphrase, key, source, error))
    return NULL;
  raw = ethos_diary_key_to_sqlcipher (key);
  explicit_bzero (key, sizeof key);
  return raw;
}

/* The kept key as SQLCipher takes it, or NULL when none is kept (for finishing a conversion
 * that was stopped). */
char *
ethos_diary_find_key_anyway (const char *data_dir, const char *passphrase)
{
  guint8 key[ETHOS_DIARY_KEY_SIZE];
  char *raw;

  if (!ethos_diary_read_key (data_dir, passphrase, key, NULL, NULL))
    return NULL;
  raw = ethos_diary_key_to_sqlcipher (key);
  explicit_bzero (key, sizeof key);
  return raw;
}

/* The cipher a diary encrypted now gets (an open diary's own: ethos_store_get_cipher()). */
const char *
ethos_store_get_encryption_cipher (void)
{
#if ETHOS_ENCRYPTION
  return "AES-256-CBC, HMAC-SHA256";
#else
  return NULL;
#endif
}
