/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ethos-backup-copy.h"
#include "ethos-backup-store.h"
#include "ethos-backup-verify.h"
#include "ethos-diary-key.h"
#include "ethos-key-file.h"
#include "ethos-keyring.h"
#include "ethos-offdisk.h"
#include "ethos-store-encrypt.h"
#include "ethos-store-private.h"

/* Turning encryption on and off for an existing diary (HACKING.md, "Encryption at rest: keys").
 *
 * Turning it on: a backup first; a new random key K; the database copied by sqlcipher_export()
 * into "ethos.db.converting" beside it, encrypted with K, and fsynced; K kept (keyring or key
 * file) and only then the copy renamed over ethos.db and the folder fsynced. Killed before the
 * rename, the plain diary is as it was (a kept key beside a plain database is ignored: whether a
 * diary is encrypted is read from its first bytes); killed after, the encrypted one opens with
 * the key already kept. Then each plain backup is converted the same way, so no plain copy of
 * the diary is left; run again, enabling finishes that on a diary already encrypted.
 * Turning it off is the reverse, and forgets the key last.
 *
 * The conversion holds the database's lock exclusively (locking_mode EXCLUSIVE), so it is
 * refused while another program (the window, the notifier) has the diary open, rather than
 * renaming a file from under it. */

#define CONVERTING_SUFFIX ".converting"

static gboolean
sqlite_failed (sqlite3 *db, int rc, const char *path, GError **error)
{
  if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
    return FALSE;
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
                 _("The diary is open in another program (the window or the notifier): close "
                   "it and try again"));
  else
    g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not convert %s: %s"),
                 path, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return TRUE;
}

/* Copies the database at @path, opened with @from_key (NULL: plain), into a new file beside it
 * encrypted with @to_key (NULL: plain), fsyncs it, and leaves it at @path.converting. */
static char *
export_copy (const char *path, const char *from_key, const char *to_key, GError **error)
{
  g_autofree char *temp = g_strconcat (path, CONVERTING_SUFFIX, NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *sql;
  int rc, fd, user_version = 0;
  gboolean failed;

  ethos_backup_discard (temp);
  /* Made empty and owner-only first: SQLite would make it readable by all. An empty file is a
   * new database to it. */
  if ((fd = g_open (temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600)) < 0)
    {
      int saved = errno;

      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not create %s: %s"),
                   temp, g_strerror (saved));
      return NULL;
    }
  close (fd);
  /* CREATE for the attached copy, which takes the main connection's flags. */
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW,
                        NULL);
  if (sqlite_failed (db, rc, path, error))
    goto fail;
  sqlite3_busy_timeout (db, 2000);
  rc = sqlite3_exec (db, "PRAGMA locking_mode = EXCLUSIVE", NULL, NULL, NULL);
  if (sqlite_failed (db, rc, path, error))
    goto fail;
  if (!ethos_store_key_apply (db, path, from_key, error))
    goto fail;
  /* A write takes the lock for good: no other program can be reading or writing now. */
  rc = sqlite3_exec (db, "BEGIN IMMEDIATE; COMMIT", NULL, NULL, NULL);
  if (sqlite_failed (db, rc, path, error))
    goto fail;
  rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    user_version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (sqlite_failed (db, rc, path, error))
    goto fail;
  sql = sqlite3_mprintf ("ATTACH DATABASE %Q AS converted KEY %Q;"
                         "SELECT sqlcipher_export('converted');"
                         "PRAGMA converted.user_version = %d;"
                         "DETACH DATABASE converted",
                         temp, to_key != NULL ? to_key : "", user_version);
  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  explicit_bzero (sql, strlen (sql));
  sqlite3_free (sql);
  failed = sqlite_failed (db, rc, path, error);
  sqlite3_close (db);
  db = NULL;
  if (failed)
    goto fail;
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
                   _("The diary is open in another program (the window or the notifier): close "
                     "it and try again"));
      goto fail;
    }
  if (!ethos_sync_path (temp, FALSE, error))
    goto fail;
  return g_steal_pointer (&temp);

fail:
  if (db != NULL)
    sqlite3_close (db);
  ethos_backup_discard (temp);
  return NULL;
}

static gboolean
put_in_place (const char *temp, const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_rename (temp, path) != 0)
    {
      int saved = errno;

      ethos_backup_discard (temp);
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not replace %s: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  return ethos_sync_path (dir, TRUE, error);
}

/* A backup or a conversion killed half-way leaves its temporary file (".tmp-ethos-…",
 * "….converting"), which nothing lists and nothing converts: a plain one would be a copy of the
 * diary left unencrypted. Removed here, where the diary was just held exclusively. */
static void
remove_partial_files (const char *data_dir)
{
  g_autofree char *dir = ethos_backups_dir (data_dir);
  g_autoptr (GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_prefix (name, ".tmp-ethos-") || g_str_has_suffix (name, CONVERTING_SUFFIX))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_unlink (path);
      }
}

/* Whether the converted copy @temp reads back whole with @key (see ethos_backup_verify()): only
 * then does it take the place of what it was made from. One that does not is deleted. */
static gboolean
verified (const char *temp, const char *key, GError **error)
{
  g_autoptr (GError) problem = NULL;

  if (ethos_backup_verify (temp, key, NULL, &problem))
    return TRUE;
  ethos_backup_discard (temp);
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT,
               _("The converted copy did not read back as it was written (%s), so nothing was "
                 "replaced by it"),
               problem->message);
  return FALSE;
}

/* Converts every backup that is not yet as @to_key wants it (encrypted with it, or plain). */
static gboolean
convert_backups (const char *data_dir, const char *from_key, const char *to_key, GError **error)
{
  g_autoptr (GPtrArray) backups = NULL;

  remove_partial_files (data_dir);
  if ((backups = ethos_backups_list (data_dir, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < backups->len; i++)
    {
      EthosBackupInfo *info = g_ptr_array_index (backups, i);
      g_autofree char *temp = NULL;

      if (ethos_database_file_is_encrypted (info->path) == (to_key != NULL))
        continue;
      if ((temp = export_copy (info->path, from_key, to_key, error)) == NULL
          || !verified (temp, to_key, error) || !put_in_place (temp, info->path, error))
        return FALSE;
    }
  return TRUE;
}

/* A backup of the diary as it is, before it is converted. */
static gboolean
backup_first (const char *data_dir, const char *key, GDateTime *now, GError **error)
{
  EthosStoreOpenOptions options = { .flags = ETHOS_STORE_OPEN_EXISTING, .key = key };
  g_autoptr (EthosStore) store = ethos_store_open_with_options (data_dir, now, &options, error);
  g_autofree char *backup = NULL;

  if (store == NULL)
    return FALSE;
  backup = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, now, error);
  return backup != NULL;
}

/* With the diary and its backups encrypted with @raw: a copy of the newest backup in the place
 * off this disk, read back there, replaces the unencrypted copies made there before
 * (ethos_backup_copy_to_full()). *@said: what became of them, for a person (NULL: no place set,
 * or nothing to say). A place that is not there now is no failure: the next copy there, made
 * when the drive is back, replaces them. */
static gboolean
replace_offdisk_copies (const char *dir, const char *raw, GDateTime *now, char **said,
                        GError **error)
{
  /* Only the destination is read: the check and the day's backup (whose copy would replace the
   * plain ones unsaid) are left to the next open, the diary having just been read back. */
  EthosStoreOpenOptions options = { .flags = ETHOS_STORE_OPEN_EXISTING
                                             | ETHOS_STORE_OPEN_CHECK_LATER,
                                    .key = raw };
  g_autoptr (EthosStore) store = ethos_store_open_with_options (dir, now, &options, error);
  g_autoptr (GPtrArray) backups = NULL;
  g_autofree char *dest = NULL;
  g_autofree char *copy = NULL;
  guint removed = 0;

  if (store == NULL)
    return FALSE;
  if ((dest = ethos_store_get_backup_destination (store)) == NULL)
    return TRUE;
  if (!g_file_test (dest, G_FILE_TEST_IS_DIR))
    {
      *said = ethos_offdisk_plain_copies_sentence (dest, FALSE, 0);
      return TRUE;
    }
  if ((backups = ethos_backups_list (dir, error)) == NULL)
    return FALSE;
  if (backups->len == 0)
    return TRUE;
  copy = ethos_backup_copy_to_full (((EthosBackupInfo *) g_ptr_array_index (backups, 0))->path,
                                    dest, raw, &removed, error);
  if (copy == NULL)
    return FALSE;
  ethos_offdisk_note_copy (dir, dest, copy, now);
  *said = ethos_offdisk_plain_copies_sentence (dest, TRUE, removed);
  return TRUE;
}

static char *
db_path (const char *data_dir)
{
  return g_build_filename (data_dir, "ethos.db", NULL);
}

/* Encrypts the diary in @data_dir with a new random key, kept in the keyring (@passphrase NULL)
 * or wrapped by @passphrase beside the database; *@recovery_key is then the key written for a
 * person. Its backups are then encrypted (each read back before it replaces the plain one), and
 * an encrypted copy in the place off this disk replaces the plain copies there; *@copies_said
 * (may be NULL) says what became of those. A diary already encrypted: that is finished, and
 * *@recovery_key is NULL (it was shown when it was made). */
gboolean
ethos_store_encrypt_diary (const char *data_dir, const char *passphrase, GDateTime *now,
                           char **recovery_key, char **copies_said, GError **error)
{
  g_autofree char *said = NULL;
  g_autofree char *dir = data_dir != NULL ? g_strdup (data_dir) : ethos_store_default_data_dir ();
  g_autofree char *path = db_path (dir);
  g_autofree char *temp = NULL;
  guint8 key[ETHOS_DIARY_KEY_SIZE];
  char *raw = NULL;
  gboolean ok = FALSE;

  *recovery_key = NULL;
#if !ETHOS_ENCRYPTION
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
               _("This Ethos was built without encryption"));
  return FALSE;
#endif
  if (ethos_diary_is_encrypted (dir))
    {
      if ((raw = ethos_diary_find_key (dir, passphrase, NULL, error)) == NULL)
        return FALSE;
      ok = convert_backups (dir, NULL, raw, error)
           && replace_offdisk_copies (dir, raw, now, &said, error);
      ethos_store_key_free (raw);
      if (copies_said != NULL)
        *copies_said = g_steal_pointer (&said);
      return ok;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("There is no diary in %s to encrypt"), dir);
      return FALSE;
    }
  if (passphrase == NULL && !ethos_keyring_available ())
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("No keyring is available to keep the diary's key: give a passphrase "
                     "instead"));
      return FALSE;
    }
  if (!backup_first (dir, NULL, now, error) || !ethos_diary_key_generate (key, error))
    return FALSE;
  raw = ethos_diary_key_to_sqlcipher (key);
  /* The key is kept before the encrypted copy takes the diary's name, never after. */
  if ((temp = export_copy (path, NULL, raw, error)) != NULL && verified (temp, raw, error)
      && (passphrase != NULL ? ethos_key_file_write (dir, key, passphrase, error)
                             : ethos_keyring_store (dir, key, error))
      && put_in_place (temp, path, error))
    {
      ok = TRUE;
      *recovery_key = ethos_recovery_key_format (key);
      /* The other place may hold a key from before: only one is ever in use. */
      if (passphrase != NULL && ethos_keyring_available ())
        ethos_keyring_clear (dir, NULL);
      else if (passphrase == NULL)
        ethos_key_file_remove (dir, NULL);
      ok = convert_backups (dir, NULL, raw, error)
           && replace_offdisk_copies (dir, raw, now, &said, error);
    }
  else if (temp != NULL)
    ethos_backup_discard (temp);
  if (copies_said != NULL)
    *copies_said = g_steal_pointer (&said);
  explicit_bzero (key, sizeof key);
  ethos_store_key_free (raw);
  return ok;
}

/* Decrypts the diary in @data_dir (its key from the keyring, or unwrapped with @passphrase), then
 * its backups, and forgets the key last. */
gboolean
ethos_store_decrypt_diary (const char *data_dir, const char *passphrase, GDateTime *now,
                           GError **error)
{
  g_autofree char *dir = data_dir != NULL ? g_strdup (data_dir) : ethos_store_default_data_dir ();
  g_autofree char *path = db_path (dir);
  g_autofree char *temp = NULL;
  char *raw = NULL;
  gboolean ok = FALSE;

  if (!ethos_diary_is_encrypted (dir))
    raw = NULL;
  else if ((raw = ethos_diary_find_key (dir, passphrase, NULL, error)) == NULL)
    return FALSE;
  else if (!backup_first (dir, raw, now, error)
           || (temp = export_copy (path, raw, NULL, error)) == NULL
           || !verified (temp, NULL, error) || !put_in_place (temp, path, error))
    {
      ethos_store_key_free (raw);
      return FALSE;
    }
  if (raw == NULL)
    {
      /* Plain already: finish what a stopped run left, if its key is still here. */
      if ((raw = ethos_diary_find_key_anyway (dir, passphrase)) == NULL)
        return TRUE;
    }
  ok = convert_backups (dir, raw, NULL, error)
       && (!ethos_keyring_available () || ethos_keyring_clear (dir, error))
       && ethos_key_file_remove (dir, error);
  ethos_store_key_free (raw);
  return ok;
}

/* Wraps the diary's key with @new_passphrase: only the key file changes, never the database.
 * The key comes from the keyring, or from the key file with @passphrase; a diary whose key was in
 * the keyring then has a passphrase too. */
gboolean
ethos_store_change_passphrase (const char *data_dir, const char *passphrase,
                               const char *new_passphrase, GError **error)
{
  g_autofree char *dir = data_dir != NULL ? g_strdup (data_dir) : ethos_store_default_data_dir ();
  guint8 key[ETHOS_DIARY_KEY_SIZE];
  gboolean ok;

  if (!ethos_diary_is_encrypted (dir))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("The diary is not encrypted, so it has no passphrase"));
      return FALSE;
    }
  if (!ethos_diary_read_key (dir, passphrase, key, NULL, error))
    return FALSE;
  ok = ethos_key_file_write (dir, key, new_passphrase, error);
  explicit_bzero (key, sizeof key);
  return ok;
}

/* Takes @key (read from a recovery key) for the encrypted diary in @data_dir, once it is shown
 * to open it, and keeps it: in the keyring (@passphrase NULL) or wrapped by @passphrase. */
gboolean
ethos_store_recover_key (const char *data_dir, const guint8 *key, const char *passphrase,
                         GError **error)
{
  g_autofree char *dir = data_dir != NULL ? g_strdup (data_dir) : ethos_store_default_data_dir ();
  g_autofree char *path = db_path (dir);
  char *raw = ethos_diary_key_to_sqlcipher (key);
  sqlite3 *db = NULL;
  gboolean ok;

  if (!ethos_diary_is_encrypted (dir))
    {
      ethos_store_key_free (raw);
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("The diary in %s is not encrypted: it needs no key"), dir);
      return FALSE;
    }
  ok = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL) == SQLITE_OK
       && ethos_store_key_apply (db, path, raw, error);
  if (db != NULL && !ok && error != NULL && *error == NULL)
    g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not read %s: %s"), path,
                 sqlite3_errmsg (db));
  sqlite3_close (db);
  ethos_store_key_free (raw);
  if (!ok)
    return FALSE;
  if (passphrase != NULL)
    return ethos_key_file_write (dir, key, passphrase, error);
  if (!ethos_keyring_available ())
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("No keyring is available to keep the diary's key: give a passphrase "
                     "instead"));
      return FALSE;
    }
  return ethos_keyring_store (dir, key, error);
}
