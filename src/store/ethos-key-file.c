/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <string.h>
#include <unistd.h>

#include "ethos-key-file.h"
#include "ethos-private-dir.h"
#include "ethos-store.h"

/* Where no keyring is available, the diary's data key K is kept beside the database in
 * "ethos.key" (owner-only), wrapped by the practitioner's passphrase: PBKDF2-HMAC-SHA512 over
 * the passphrase and a random salt gives a wrapping key, and AES-256-GCM encrypts K with it,
 * the file's parameters bound in as associated data so that none can be altered unseen. A
 * wrong passphrase fails the GCM tag: it is refused, never taken for a different key.
 * Changing the passphrase rewrites this file only (never the database): the new file is written
 * beside, fsynced and renamed over, so killed at any moment the old passphrase or the new one
 * works. HACKING.md, "Encryption at rest: keys". */

#define GROUP_NAME "Ethos diary key"
#define KDF_NAME "PBKDF2-HMAC-SHA512"
#define ITERATIONS 210000
#define SALT_SIZE 16
#define NONCE_SIZE 12
#define TAG_SIZE 16

char *
ethos_key_file_path (const char *data_dir)
{
  return g_build_filename (data_dir, "ethos.key", NULL);
}

gboolean
ethos_key_file_exists (const char *data_dir)
{
  g_autofree char *path = ethos_key_file_path (data_dir);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static char *
associated_data (int iterations)
{
  return g_strdup_printf ("%s 1 %s %d", GROUP_NAME, KDF_NAME, iterations);
}

static gboolean
derive (const char *passphrase, const guint8 *salt, int iterations, guint8 *out)
{
  return PKCS5_PBKDF2_HMAC (passphrase, (int) strlen (passphrase), salt, SALT_SIZE, iterations,
                            EVP_sha512 (), ETHOS_DIARY_KEY_SIZE, out) == 1;
}

/* AES-256-GCM one way or the other; @tag is written when encrypting and checked when not. */
static gboolean
gcm (gboolean encrypt, const guint8 *wrapping, const guint8 *nonce, const char *aad,
     const guint8 *in, guint8 *out, guint8 *tag)
{
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new ();
  int length = 0;
  gboolean ok;

  ok = ctx != NULL
       && EVP_CipherInit_ex (ctx, EVP_aes_256_gcm (), NULL, NULL, NULL, encrypt) == 1
       && EVP_CIPHER_CTX_ctrl (ctx, EVP_CTRL_GCM_SET_IVLEN, NONCE_SIZE, NULL) == 1
       && EVP_CipherInit_ex (ctx, NULL, NULL, wrapping, nonce, encrypt) == 1
       && EVP_CipherUpdate (ctx, NULL, &length, (const guint8 *) aad, (int) strlen (aad)) == 1
       && EVP_CipherUpdate (ctx, out, &length, in, ETHOS_DIARY_KEY_SIZE) == 1
       && (encrypt || EVP_CIPHER_CTX_ctrl (ctx, EVP_CTRL_GCM_SET_TAG, TAG_SIZE, tag) == 1)
       && EVP_CipherFinal_ex (ctx, out + length, &length) == 1
       && (!encrypt || EVP_CIPHER_CTX_ctrl (ctx, EVP_CTRL_GCM_GET_TAG, TAG_SIZE, tag) == 1);
  EVP_CIPHER_CTX_free (ctx);
  return ok;
}

/* fsync(), for a file or for a folder (so a rename in it lasts). */
gboolean
ethos_sync_path (const char *path, gboolean folder, GError **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | (folder ? O_DIRECTORY : 0), 0);
  int saved;

  if (fd >= 0 && fsync (fd) == 0)
    {
      close (fd);
      return TRUE;
    }
  saved = errno;
  if (fd >= 0)
    close (fd);
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not save %s: %s"), path,
               g_strerror (saved));
  return FALSE;
}

/* Writes @text to @path owner-only, through a new file beside it that is fsynced and renamed
 * over it. */
static gboolean
replace_file (const char *data_dir, const char *path, const char *text, GError **error)
{
  g_autofree char *temp = g_strconcat (path, ".new", NULL);
  gsize length = strlen (text);
  int fd;

  g_unlink (temp);
  fd = g_open (temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0 || write (fd, text, length) != (ssize_t) length || fsync (fd) != 0)
    {
      int saved = errno;

      if (fd >= 0)
        close (fd);
      g_unlink (temp);
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not save %s: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  if (g_rename (temp, path) != 0)
    {
      int saved = errno;

      g_unlink (temp);
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not save %s: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  return ethos_sync_path (data_dir, TRUE, error);
}

/* Wraps @key with @passphrase into the data folder's key file, replacing any before it. */
gboolean
ethos_key_file_write (const char *data_dir, const guint8 *key, const char *passphrase,
                      GError **error)
{
  g_autofree char *path = ethos_key_file_path (data_dir);
  g_autofree char *aad = associated_data (ITERATIONS);
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autofree char *salt64 = NULL, *nonce64 = NULL, *wrapped64 = NULL, *text = NULL;
  guint8 salt[SALT_SIZE], nonce[NONCE_SIZE], wrapping[ETHOS_DIARY_KEY_SIZE];
  guint8 wrapped[ETHOS_DIARY_KEY_SIZE + TAG_SIZE];
  gboolean ok;

  if (passphrase == NULL || *passphrase == '\0')
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("The passphrase is empty"));
      return FALSE;
    }
  if (!ethos_private_dir_prepare (data_dir, TRUE, error))
    return FALSE;
  ok = RAND_bytes (salt, SALT_SIZE) == 1 && RAND_bytes (nonce, NONCE_SIZE) == 1
       && derive (passphrase, salt, ITERATIONS, wrapping)
       && gcm (TRUE, wrapping, nonce, aad, key, wrapped, wrapped + ETHOS_DIARY_KEY_SIZE);
  explicit_bzero (wrapping, sizeof wrapping);
  if (!ok)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
                   _("Could not wrap the diary's key with the passphrase"));
      return FALSE;
    }
  salt64 = g_base64_encode (salt, sizeof salt);
  nonce64 = g_base64_encode (nonce, sizeof nonce);
  wrapped64 = g_base64_encode (wrapped, sizeof wrapped);
  g_key_file_set_comment (file, NULL, NULL,
                          " The key of the Ethos diary beside it, encrypted with a passphrase.\n"
                          " Without the passphrase (or the recovery key) the diary cannot be read.",
                          NULL);
  g_key_file_set_integer (file, GROUP_NAME, "Version", 1);
  g_key_file_set_string (file, GROUP_NAME, "KDF", KDF_NAME);
  g_key_file_set_integer (file, GROUP_NAME, "Iterations", ITERATIONS);
  g_key_file_set_string (file, GROUP_NAME, "Salt", salt64);
  g_key_file_set_string (file, GROUP_NAME, "Nonce", nonce64);
  g_key_file_set_string (file, GROUP_NAME, "Key", wrapped64);
  text = g_key_file_to_data (file, NULL, NULL);
  return replace_file (data_dir, path, text, error);
}

static gboolean
decode (GKeyFile *file, const char *name, guint8 *out, gsize size)
{
  g_autofree char *text = g_key_file_get_string (file, GROUP_NAME, name, NULL);
  g_autofree guint8 *bytes = NULL;
  gsize length = 0;

  if (text == NULL)
    return FALSE;
  bytes = g_base64_decode (text, &length);
  if (length != size)
    return FALSE;
  memcpy (out, bytes, size);
  return TRUE;
}

/* Unwraps the data folder's key file with @passphrase into @key. A wrong passphrase is
 * ETHOS_STORE_ERROR_WRONG_KEY; a damaged file ETHOS_STORE_ERROR_CORRUPT. */
gboolean
ethos_key_file_read (const char *data_dir, const char *passphrase, guint8 *key, GError **error)
{
  g_autofree char *path = ethos_key_file_path (data_dir);
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autoptr (GError) local = NULL;
  g_autofree char *kdf = NULL, *aad = NULL;
  guint8 salt[SALT_SIZE], nonce[NONCE_SIZE], wrapping[ETHOS_DIARY_KEY_SIZE];
  guint8 wrapped[ETHOS_DIARY_KEY_SIZE + TAG_SIZE], plain[ETHOS_DIARY_KEY_SIZE];
  GStatBuf st;
  int iterations;
  gboolean ok;

  if (!ethos_private_file_check (path, &st, error))
    return FALSE;
  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, &local))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT,
                   _("Could not read the diary's key file %s: %s"), path, local->message);
      return FALSE;
    }
  kdf = g_key_file_get_string (file, GROUP_NAME, "KDF", NULL);
  iterations = g_key_file_get_integer (file, GROUP_NAME, "Iterations", NULL);
  if (g_key_file_get_integer (file, GROUP_NAME, "Version", NULL) != 1
      || g_strcmp0 (kdf, KDF_NAME) != 0 || iterations < 100000 || iterations > 100000000
      || !decode (file, "Salt", salt, sizeof salt) || !decode (file, "Nonce", nonce, sizeof nonce)
      || !decode (file, "Key", wrapped, sizeof wrapped))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT,
                   _("The diary's key file %s is damaged or from a newer Ethos"), path);
      return FALSE;
    }
  if (passphrase == NULL || *passphrase == '\0')
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_WRONG_KEY,
                   _("The diary is encrypted with a passphrase, and none was given"));
      return FALSE;
    }
  aad = associated_data (iterations);
  ok = derive (passphrase, salt, iterations, wrapping)
       && gcm (FALSE, wrapping, nonce, aad, wrapped, plain, wrapped + ETHOS_DIARY_KEY_SIZE);
  explicit_bzero (wrapping, sizeof wrapping);
  if (ok)
    memcpy (key, plain, ETHOS_DIARY_KEY_SIZE);
  else
    g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_WRONG_KEY,
                 _("The passphrase does not open the diary"));
  explicit_bzero (plain, sizeof plain);
  return ok;
}

gboolean
ethos_key_file_remove (const char *data_dir, GError **error)
{
  g_autofree char *path = ethos_key_file_path (data_dir);

  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved = errno;

      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not remove %s: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  return ethos_sync_path (data_dir, TRUE, error);
}
