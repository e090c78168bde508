/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <glib/gi18n.h>
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

/* Gives @db, just opened on @path, @key (see EthosStoreOpenOptions), and reads its schema to
 * prove the key: a wrong key, or a key for a database that is not encrypted, is
 * ETHOS_STORE_ERROR_WRONG_KEY, with nothing read or written. No key: nothing to do. With @db
 * NULL, only whether @key can be used at all, before any file is made for it. */
gboolean
ethos_store_key_apply (sqlite3 *db, const char *path, const char *key, GError **error)
{
  int rc;

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
    rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
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
