/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "ethos-store-private.h"

/* Encryption at rest: the key each connection to an encrypted database is given before anything
 * else, through SQLCipher (subprojects/sqlcipher; HACKING.md, "Encryption at rest: the
 * library"). Built with -Dencryption=disabled, Ethos has the system's SQLite, which ignores a
 * key: a key is then refused rather than a plain database made in its name. */

/* The library's own name and version ("SQLCipher 4.6.1 community"), or NULL when Ethos was built
 * without encryption. */
const char *
ethos_store_get_encryption_library (void)
{
  static char *library = NULL;

#if ETHOS_ENCRYPTION
  if (g_once_init_enter (&library))
    {
      sqlite3 *db = NULL;
      sqlite3_stmt *stmt = NULL;
      char *found = g_strdup ("SQLCipher");

      if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK
          && sqlite3_prepare_v2 (db, "PRAGMA cipher_version", -1, &stmt, NULL) == SQLITE_OK
          && sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_free (found);
          found = g_strdup_printf ("SQLCipher %s", (const char *) sqlite3_column_text (stmt, 0));
        }
      sqlite3_finalize (stmt);
      sqlite3_close (db);
      g_once_init_leave (&library, found);
    }
#endif
  return library;
}

#if ETHOS_ENCRYPTION
/* How a diary is encrypted (HACKING.md, "Encryption at rest: speed"): SQLCipher 4's defaults
 * (AES-256-CBC with a random IV per page, an HMAC over each page, pages of 4 KiB, PBKDF2-HMAC-
 * SHA512 for a passphrase) except the HMAC's hash: SHA-256 rather than SHA-512, which processors
 * with the SHA extensions compute in hardware (2.5 times as fast here; checking every page's
 * HMAC is most of an encrypted read). Pages of 8 or 16 KiB opened a little faster but made each
 * write encrypt two to four times as much (measured: a write 1.9 times plain's at 16 KiB, 1.4 at
 * 4). Set once for the process as SQLCipher's defaults, so that every connection given a key and
 * every database attached with one (the conversions, the restore) has them. */
#define CIPHER_DEFAULTS "PRAGMA cipher_default_page_size = 4096;" \
                        "PRAGMA cipher_default_hmac_algorithm = HMAC_SHA256;"
/* SQLCipher 4's own settings, which Ethos used before: such a diary is read as it is, and stays
 * so (its backups too, which are page copies of it). */
#define CIPHER_BEFORE "PRAGMA cipher_page_size = 4096;" \
                      "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;"
#endif

/* Sets the cipher settings of new encrypted diaries as SQLCipher's defaults for the process:
 * before any database is attached with a key. Done by every ethos_store_key_apply() too. */
void
ethos_store_set_cipher_defaults (void)
{
#if ETHOS_ENCRYPTION
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      sqlite3 *db = NULL;

      if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK
          || sqlite3_exec (db, CIPHER_DEFAULTS, NULL, NULL, NULL) != SQLITE_OK)
        g_warning ("Could not set the cipher's settings: %s", sqlite3_errmsg (db));
      sqlite3_close (db);
      g_once_init_leave (&done, 1);
    }
#endif
}

#if ETHOS_ENCRYPTION

static char *
query_text (sqlite3 *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}
#endif

/* The statements that give the database @schema ("main" or "encrypted", the one a restore
 * attaches) of a connection the cipher settings of @like's main database (both given a key),
 * for a copy made page by page from it; NULL when @like has this Ethos's settings or no key.
 * Only two formats exist (this Ethos's, and SQLCipher 4's own, which Ethos used before), so the
 * statements are fixed ones, never made from what a file says (PRAGMAs take no parameters). */
char *
ethos_store_cipher_settings_sql (sqlite3 *like, const char *schema)
{
#if ETHOS_ENCRYPTION
  g_autofree char *page_size = query_text (like, "PRAGMA main.cipher_page_size");
  g_autofree char *hmac = query_text (like, "PRAGMA main.cipher_hmac_algorithm");

  g_return_val_if_fail (g_strcmp0 (schema, "main") == 0 || g_strcmp0 (schema, "encrypted") == 0,
                        NULL);

  if (page_size == NULL || hmac == NULL || ethos_store_cipher_default_is (like))
    return NULL;
  if (g_strcmp0 (page_size, "4096") != 0 || g_strcmp0 (hmac, "HMAC_SHA512") != 0)
    {
      g_warning ("A database encrypted with settings Ethos never used (%s, %s): copied with "
                 "this Ethos's", page_size, hmac);
      return NULL;
    }
  return g_strdup (g_str_equal (schema, "main")
                   ? "PRAGMA main.cipher_page_size = 4096;"
                     "PRAGMA main.cipher_hmac_algorithm = HMAC_SHA512;"
                   : "PRAGMA encrypted.cipher_page_size = 4096;"
                     "PRAGMA encrypted.cipher_hmac_algorithm = HMAC_SHA512;");
#else
  (void) like;
  (void) schema;
  return NULL;
#endif
}

/* Whether @db (given a key) is encrypted with the settings this Ethos gives new diaries. */
gboolean
ethos_store_cipher_default_is (sqlite3 *db)
{
#if ETHOS_ENCRYPTION
  g_autofree char *page_size = query_text (db, "PRAGMA main.cipher_page_size");
  g_autofree char *hmac = query_text (db, "PRAGMA main.cipher_hmac_algorithm");

  return g_strcmp0 (page_size, "4096") == 0 && g_strcmp0 (hmac, "HMAC_SHA256") == 0;
#else
  (void) db;
  return TRUE;
#endif
}

/* The cipher @db (given a key that opened it) is encrypted with, in words: the settings of new
 * diaries, or the earlier ones (SQLCipher 4's own) of a diary encrypted before them. */
const char *
ethos_store_cipher_name (sqlite3 *db)
{
  return ethos_store_cipher_default_is (db) ? "AES-256-CBC, HMAC-SHA256"
                                            : "AES-256-CBC, HMAC-SHA512";
}

/* Gives @db, just opened on @path, @key (see EthosStoreOpenOptions), and reads its schema to
 * prove the key: a wrong key, or a key for a database that is not encrypted, is
 * ETHOS_STORE_ERROR_WRONG_KEY, with nothing read or written. No key: nothing to do. With @db
 * NULL, only whether @key can be used at all, before any file is made for it. */
gboolean
ethos_store_key_apply (sqlite3 *db, const char *path, const char *key, GError **error)
{
  return ethos_store_key_apply_like (db, path, key, NULL, error);
}

/* ethos_store_key_apply() for @db, a new empty file to be made a page copy of @like (given the
 * same key): @db gets @like's cipher settings (NULL: those of a new diary, or, for a file that
 * has pages, whichever of this Ethos's and the earlier ones it was encrypted with). */
gboolean
ethos_store_key_apply_like (sqlite3    *db,
                            const char *path,
                            const char *key,
                            sqlite3    *like,
                            GError    **error)
{
  int rc;

  ethos_store_set_cipher_defaults ();
  if (key == NULL)
    return TRUE;
  if (*key == '\0')
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("The key for the diary is empty"));
      return FALSE;
    }
#if ETHOS_ENCRYPTION
  if (db == NULL)
    return TRUE;
  /* SQLCipher logs a failed page check to stderr; the error says it, once, in a sentence. */
  if ((rc = sqlite3_key (db, key, (int) strlen (key))) == SQLITE_OK
      && (rc = sqlite3_exec (db, "PRAGMA cipher_log_level = NONE", NULL, NULL, NULL)) == SQLITE_OK)
    {
      g_autofree char *settings = like != NULL ? ethos_store_cipher_settings_sql (like, "main")
                                               : NULL;

      if (settings == NULL
          || (rc = sqlite3_exec (db, settings, NULL, NULL, NULL)) == SQLITE_OK)
        rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
      /* Not this Ethos's settings: perhaps a diary encrypted with the earlier ones. */
      if ((rc & 0xff) == SQLITE_NOTADB && like == NULL
          && (rc = sqlite3_exec (db, CIPHER_BEFORE, NULL, NULL, NULL)) == SQLITE_OK)
        rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
    }
  if ((rc & 0xff) == SQLITE_NOTADB)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_WRONG_KEY,
                   _("The diary is encrypted and this key does not open it (%s)"), path);
      return FALSE;
    }
  if (rc != SQLITE_OK)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not read %s: %s"),
                   path, sqlite3_errmsg (db));
      return FALSE;
    }
  return TRUE;
#else
  (void) like;
  rc = SQLITE_MISUSE;
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
               _("This Ethos was built without encryption, so it cannot open an encrypted "
                 "diary (%s)"),
               path);
  return rc == SQLITE_OK;
#endif
}

/* Frees a copy of a key, overwritten first. */
void
ethos_store_key_free (char *key)
{
  if (key == NULL)
    return;
  explicit_bzero (key, strlen (key));
  g_free (key);
}

/* Whether @self was opened with a key: its database is encrypted. */
gboolean
ethos_store_is_encrypted (EthosStore *self)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  return self->key != NULL;
}

/* The cipher @self's database was opened with ("AES-256-CBC, HMAC-SHA256", or HMAC-SHA512 for a
 * diary encrypted before Ethos chose SHA-256), as the file has it; NULL for a plain database. */
const char *
ethos_store_get_cipher (EthosStore *self)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  return self->cipher;
}

/* The cipher of @data_dir's encrypted diary (see ethos_store_get_cipher()), read with @key from
 * its first page alone: nothing checked or written. A wrong key is ETHOS_STORE_ERROR_WRONG_KEY. */
char *
ethos_store_read_cipher (const char *data_dir, const char *key, GError **error)
{
  g_autoptr (EthosStore) store = NULL;

  g_return_val_if_fail (key != NULL, NULL);

  store = ethos_store_open_raw (data_dir, ETHOS_STORE_OPEN_EXISTING, key, error);
  if (store == NULL)
    return NULL;
  sqlite3_db_config (store->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  return g_strdup (store->cipher);
}
