/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "test-encryption-settings"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "case-fixture.h"
#include "cli-runner.h"
#include "ethos-diary-key.h"
#include "ethos-key-file.h"
#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"
#include "ethos-entry-store.h"

/* The cipher's settings (issue 19, speed): a new encrypted diary has an HMAC-SHA256 over each
 * page; a diary encrypted by the earlier Ethos, with SQLCipher 4's own settings (HMAC-SHA512),
 * still opens, is written and backed up as it is, and its backups restore into a diary with the
 * new settings (and the other way round). */

#if ETHOS_ENCRYPTION

static const char key[] = "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'";
static const char secret_note[] = "Zephyrine spoke about her brother's court case";

static EthosStore *
open_keyed (const char *dir, const char *with_key, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 3, 2, 9, 0, 0);
  EthosStoreOpenOptions options = { .flags = ETHOS_STORE_OPEN_DEFAULT, .key = with_key };

  return ethos_store_open_with_options (dir, now, &options, error);
}

static char *
query_keyed (sqlite3 *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* "PAGE_SIZE HMAC" of the encrypted file at @path, read with the key and whichever settings
 * open it, as SQLCipher itself reports them. */
static char *
settings_of (const char *path)
{
  const char *const tries[] = { "PRAGMA cipher_page_size = 4096;"
                                "PRAGMA cipher_hmac_algorithm = HMAC_SHA256;",
                                "PRAGMA cipher_page_size = 4096;"
                                "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;" };

  for (guint i = 0; i < G_N_ELEMENTS (tries); i++)
    {
      sqlite3 *db = NULL;
      char *found = NULL;

      g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_key (db, key, (int) strlen (key)), ==, SQLITE_OK);
      sqlite3_exec (db, "PRAGMA cipher_log_level = NONE", NULL, NULL, NULL);
      g_assert_cmpint (sqlite3_exec (db, tries[i], NULL, NULL, NULL), ==, SQLITE_OK);
      if (sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL) == SQLITE_OK)
        {
          g_autofree char *page_size = query_keyed (db, "PRAGMA cipher_page_size");
          g_autofree char *hmac = query_keyed (db, "PRAGMA cipher_hmac_algorithm");

          found = g_strdup_printf ("%s %s", page_size, hmac);
        }
      sqlite3_close (db);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* What the earlier Ethos's `encryption enable` made of a plain diary: sqlcipher_export() into a
 * database attached with the key and SQLCipher 4's settings. Replaces the diary in @dir. */
static void
encrypt_as_before (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "ethos.db", NULL);
  g_autofree char *converted = g_build_filename (dir, "converted.db", NULL);
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;
  int version = query_int (path, "PRAGMA user_version");

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  sql = g_strdup_printf ("ATTACH DATABASE '%s' AS converted KEY \"%s\";"
                         "PRAGMA converted.cipher_page_size = 4096;"
                         "PRAGMA converted.cipher_hmac_algorithm = HMAC_SHA512;"
                         "SELECT sqlcipher_export('converted');"
                         "PRAGMA converted.user_version = %d;"
                         "DETACH DATABASE converted;",
                         converted, key, version);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (g_rename (converted, path), ==, 0);
}

/* A new encrypted diary gets the new settings, and its backups too. */
static void
test_new_diary (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = open_keyed (fixture->dir, key, &error);
  g_autoptr (GDateTime) later = g_date_time_new_local (2026, 3, 2, 10, 0, 0);
  g_autofree char *settings = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *backup_settings = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (ethos_store_get_cipher (store), ==, "AES-256-CBC, HMAC-SHA256");
  add_supervision_with_notes (store, secret_note);
  backup = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, later, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  settings = settings_of (fixture->path);
  g_assert_cmpstr (settings, ==, "4096 HMAC_SHA256");
  backup_settings = settings_of (backup);
  g_assert_cmpstr (backup_settings, ==, "4096 HMAC_SHA256");
}

/* A diary encrypted by the earlier Ethos opens with its key, is read and written, stays as it
 * is (so its backups are page copies of it), and a wrong key is still refused. */
static void
test_diary_from_before (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = open_keyed (fixture->dir, NULL, &error);
  g_autoptr (GDateTime) later = g_date_time_new_local (2026, 3, 2, 10, 0, 0);
  g_autofree char *settings = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *backup_settings = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *second = NULL;
  const char *wrong = "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D98'";
  gint64 id, id2;

  g_assert_no_error (error);
  id = add_supervision_with_notes (store, secret_note);
  g_clear_object (&store);
  encrypt_as_before (fixture->dir);
  settings = settings_of (fixture->path);
  g_assert_cmpstr (settings, ==, "4096 HMAC_SHA512");

  store = open_keyed (fixture->dir, wrong, &error);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_WRONG_KEY);
  g_assert_null (store);
  g_clear_error (&error);

  store = open_keyed (fixture->dir, key, &error);
  g_assert_no_error (error);
  /* Said as the file has it, not as a new diary would have it. */
  g_assert_cmpstr (ethos_store_get_cipher (store), ==, "AES-256-CBC, HMAC-SHA512");
  notes = entry_notes (store, id);
  g_assert_cmpstr (notes, ==, secret_note);
  id2 = add_supervision_with_notes (store, "A second session");
  backup = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, later, &error);
  g_assert_no_error (error);
  g_assert_nonnull (backup);
  g_clear_object (&store);

  g_free (settings);
  settings = settings_of (fixture->path);
  g_assert_cmpstr (settings, ==, "4096 HMAC_SHA512");
  backup_settings = settings_of (backup);
  g_assert_cmpstr (backup_settings, ==, "4096 HMAC_SHA512");

  store = open_keyed (fixture->dir, key, &error);
  g_assert_no_error (error);
  second = entry_notes (store, id2);
  g_assert_cmpstr (second, ==, "A second session");
}

/* A backup made by the earlier Ethos restores into a diary with the new settings, which keeps
 * them; and a backup with the new settings into a diary from before, which keeps its own. */
static void
test_restore_across (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *old_dir = case_path (fixture, "old");
  g_autofree char *old_path = g_build_filename (old_dir, "ethos.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 3, 3, 9, 0, 0);
  g_autofree char *settings = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *new_backup = NULL;
  gint64 id, new_id;

  /* The file of the earlier Ethos, a diary of its own. */
  store = open_keyed (old_dir, NULL, &error);
  g_assert_no_error (error);
  id = add_supervision_with_notes (store, secret_note);
  g_clear_object (&store);
  encrypt_as_before (old_dir);

  /* Into a diary with the new settings. */
  store = open_keyed (fixture->dir, key, &error);
  g_assert_no_error (error);
  new_id = add_supervision_with_notes (store, "Only in the new diary");
  new_backup = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, now, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_true (ethos_backups_restore_with_keys (fixture->dir, old_path, key, key, now, NULL,
                                                  &error));
  g_assert_no_error (error);
  settings = settings_of (fixture->path);
  g_assert_cmpstr (settings, ==, "4096 HMAC_SHA256");
  store = open_keyed (fixture->dir, key, &error);
  g_assert_no_error (error);
  notes = entry_notes (store, id);
  g_assert_cmpstr (notes, ==, secret_note);
  g_clear_object (&store);

  /* And the other way: the new backup into the diary from before. */
  g_assert_true (ethos_backups_restore_with_keys (old_dir, new_backup, key, key, now, NULL,
                                                  &error));
  g_assert_no_error (error);
  g_free (settings);
  settings = settings_of (old_path);
  g_assert_cmpstr (settings, ==, "4096 HMAC_SHA512");
  store = open_keyed (old_dir, key, &error);
  g_assert_no_error (error);
  g_free (notes);
  notes = entry_notes (store, new_id);
  g_assert_cmpstr (notes, ==, "Only in the new diary");
}

/* `encryption status` says the cipher the diary's file has: HMAC-SHA512 for a diary encrypted
 * by the earlier Ethos, read with its key (here unwrapped by the passphrase of
 * --passphrase-file); without the key it says how to have it, and that it is not known. */
static void
test_status_from_file (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = open_keyed (fixture->dir, NULL, &error);
  g_autofree char *passphrase_file = case_path (fixture, "passphrase");
  g_autoptr (JsonNode) root = NULL;
  g_auto (Run) run = { 0 };
  guint8 raw[ETHOS_DIARY_KEY_SIZE];
  g_autofree char *cipher = NULL;

  g_assert_no_error (error);
  add_supervision_with_notes (store, secret_note);
  g_clear_object (&store);
  encrypt_as_before (fixture->dir);
  /* The key as the earlier Ethos kept it without a keyring: wrapped by a passphrase. */
  g_assert_cmpint (strlen (key), ==, 3 + 2 * ETHOS_DIARY_KEY_SIZE);
  for (guint i = 0; i < ETHOS_DIARY_KEY_SIZE; i++)
    raw[i] = (guint8) (g_ascii_xdigit_value (key[2 + 2 * i]) * 16
                       + g_ascii_xdigit_value (key[3 + 2 * i]));
  g_assert_true (ethos_key_file_write (fixture->dir, raw, "correct horse", &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (passphrase_file, "correct horse\n", -1, NULL));

  cipher = ethos_store_read_cipher (fixture->dir, key, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cipher, ==, "AES-256-CBC, HMAC-SHA512");

  run_cli (&run, "--passphrase-file", passphrase_file, "encryption", "status", "--json");
  assert_ok (&run);
  root = parse_json (run.out);
  g_assert_true (json_object_get_boolean_member (json_node_get_object (root), "encrypted"));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "cipher"), ==,
                   "AES-256-CBC, HMAC-SHA512");
  run_clear (&run);
  g_clear_pointer (&root, json_node_unref);

  run_cli (&run, "--passphrase-file", passphrase_file, "encryption", "status");
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "(AES-256-CBC, HMAC-SHA512)"));
  run_clear (&run);

  /* No key to be had without asking: not known, and not guessed. */
  run_cli (&run, "encryption", "status", "--json");
  assert_ok (&run);
  root = parse_json (run.out);
  g_assert_true (json_object_get_null_member (json_node_get_object (root), "cipher"));
  run_clear (&run);
  run_cli (&run, "encryption", "status");
  assert_ok (&run);
  g_assert_null (strstr (run.out, "HMAC"));
  g_assert_nonnull (strstr (run.out, "--passphrase-file"));
}

#endif

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* The key is found in its file, never asked of a keyring this test does not have. */
  g_setenv ("ETHOS_NO_KEYRING", "1", TRUE);

#if ETHOS_ENCRYPTION
  CASE_TEST ("/encryption-settings/new-diary", test_new_diary);
  CASE_TEST ("/encryption-settings/diary-from-before", test_diary_from_before);
  CASE_TEST ("/encryption-settings/restore-across", test_restore_across);
  CASE_TEST ("/encryption-settings/status-from-file", test_status_from_file);
#endif
  return g_test_run ();
}
