/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "test-encryption"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "case-fixture.h"
#include "ethos-backup-store.h"
#include "ethos-demo.h"
#include "ethos-entry-store.h"
#include "ethos-store-private.h"

/* Encryption at rest (issue 19, the library): a diary opened with a key is encrypted in its
 * database, its write-ahead log and its backups, and opens again only with that key; without a
 * key, a plain database as before. */

static const char secret_note[] = "Zephyrine spoke about her brother's court case";
static const char passphrase[] = "correct horse battery staple";
/* A raw key, as Ethos gives every diary (no key derivation at each connection). */
static const char raw_key[] =
  "x'6B1F0C3E9A2D4B5C8E7F60A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5'";

static EthosStore *
open_keyed (CaseFixture *fixture, const char *dir, const char *key, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 3, 2, 9, 0, 0);
  EthosStoreOpenOptions options = { .flags = ETHOS_STORE_OPEN_DEFAULT, .key = key };

  return ethos_store_open_with_options (dir != NULL ? dir : fixture->dir, now, &options, error);
}

/* Without a key, as before: a plain database, in which the notes can be read from the file's
 * bytes (which is what the encrypted case must not allow). */
static void
test_plain (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = open_keyed (fixture, NULL, NULL, &error);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *notes = NULL;
  gint64 id;

  g_assert_no_error (error);
  g_assert_false (ethos_store_is_encrypted (store));
  id = add_supervision_with_notes (store, secret_note);
  g_assert_true (file_holds (fixture->path, secret_note) || file_holds (wal, secret_note));
  g_clear_object (&store);

  store = case_open_store (fixture);
  notes = entry_notes (store, id);
  g_assert_cmpstr (notes, ==, secret_note);
  g_assert_true (file_holds (fixture->path, "SQLite format 3"));
}

#if ETHOS_ENCRYPTION

/* The secret is in none of the files, and the same files open with the key and give it back. */
static void
test_encrypted_at_rest (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = open_keyed (fixture, NULL, passphrase, &error);
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 3, 2, 10, 0, 0);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *backup = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *restored_dir = case_path (fixture, "elsewhere");
  g_autofree char *restored = g_build_filename (restored_dir, "ethos.db", NULL);
  g_autofree char *copied = NULL;
  gsize copied_length = 0;
  gint64 id;

  g_assert_no_error (error);
  g_assert_true (ethos_store_is_encrypted (store));
  g_assert_true (g_str_has_prefix (ethos_store_get_encryption_library (), "SQLCipher 4.6.1"));
  id = add_supervision_with_notes (store, secret_note);

  /* Written, and still open: the session is in the log, not yet in the database. */
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (file_holds (wal, secret_note));
  g_assert_false (file_holds (fixture->path, secret_note));
  g_assert_false (file_holds (fixture->path, "SQLite format 3"));
  g_assert_false (file_holds (fixture->path, "Dr Ann Example"));

  backup = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, now, &error);
  g_assert_no_error (error);
  g_assert_false (file_holds (backup, secret_note));
  g_assert_false (file_holds (backup, "SQLite format 3"));
  g_clear_object (&store);
  /* Closed: all of it in the database now. */
  g_assert_false (file_holds (fixture->path, secret_note));

  store = open_keyed (fixture, NULL, passphrase, &error);
  g_assert_no_error (error);
  notes = entry_notes (store, id);
  g_assert_cmpstr (notes, ==, secret_note);
  g_clear_object (&store);
  g_clear_pointer (&notes, g_free);

  /* The backup is encrypted with the same key: put in a data folder of its own, it opens with
   * it and has the session. */
  g_assert_cmpint (g_mkdir_with_parents (restored_dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (backup, &copied, &copied_length, NULL));
  g_assert_true (g_file_set_contents (restored, copied, copied_length, NULL));
  store = open_keyed (fixture, restored_dir, passphrase, &error);
  g_assert_no_error (error);
  notes = entry_notes (store, id);
  g_assert_cmpstr (notes, ==, secret_note);
}

/* An encrypted diary with the wrong key, or none: refused, saying so, the file as it was. */
static void
test_wrong_key (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = open_keyed (fixture, NULL, passphrase, &error);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *wrong[] = { "correct horse battery stapler",
                          "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'" };

  g_assert_no_error (error);
  add_supervision_with_notes (store, secret_note);
  g_clear_object (&store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  before = digest (fixture->path);

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      store = open_keyed (fixture, NULL, wrong[i], &error);
      g_assert_null (store);
      g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_WRONG_KEY);
      g_assert_nonnull (strstr (error->message,
                                "The diary is encrypted and this key does not open it"));
      g_clear_error (&error);
      after = digest (fixture->path);
      g_assert_cmpstr (after, ==, before);
      g_clear_pointer (&after, g_free);
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    }

  /* No key at all: not a database this Ethos can read, and left alone. */
  store = open_keyed (fixture, NULL, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  after = digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

/* A key for a plain diary does not open it (nor turn it into an encrypted one). */
static void
test_key_for_plain (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = case_open_store (fixture);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_supervision_with_notes (store, secret_note);
  g_clear_object (&store);
  before = digest (fixture->path);
  store = open_keyed (fixture, NULL, passphrase, &error);
  g_assert_null (store);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_WRONG_KEY);
  after = digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

/* Damage anywhere is found at opening: a byte changed in any page the diary uses (its tables,
 * their indexes, the search index's tables) and the diary is refused as damaged, unchanged.
 * (The check at opening walks every page of an encrypted diary, each page's HMAC checked as it
 * is read, and leaves the search index's words to "ethos-cli check".) */
static void
test_damage_found (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = open_keyed (fixture, NULL, raw_key, &error);
  g_autoptr (GArray) pages = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *bytes = NULL;
  gsize length = 0;
  gboolean search_index = FALSE;
  sqlite3_stmt *stmt;

  g_assert_no_error (error);
  g_assert_true (ethos_demo_fill (store, 150, 7, &error));
  g_assert_no_error (error);
  /* Every page in use but the schema's, which the key itself is proved on. */
  g_assert_cmpint (sqlite3_prepare_v2 (ethos_store_get_db (store),
                                       "SELECT pageno, name FROM dbstat "
                                       "WHERE name != 'sqlite_schema' ORDER BY pageno",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 page = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (pages, page);
      search_index |= g_str_has_prefix ((const char *) sqlite3_column_text (stmt, 1),
                                        "entry_search_");
    }
  sqlite3_finalize (stmt);
  g_clear_object (&store);
  g_assert_true (search_index);
  g_assert_cmpuint (pages->len, >, 20);
  g_assert_true (g_file_get_contents (fixture->path, &bytes, &length, NULL));

  for (guint i = 0; i < pages->len; i++)
    {
      gsize at = (gsize) (g_array_index (pages, gint64, i) - 1) * 4096 + 1000;
      g_autofree char *damaged = g_memdup2 (bytes, length);

      g_assert_cmpuint (at, <, length);
      damaged[at] ^= 0x5a;
      g_assert_true (g_file_set_contents (fixture->path, damaged, (gssize) length, NULL));
      store = open_keyed (fixture, NULL, raw_key, &error);
      if (store != NULL)
        g_error ("a changed byte in page %" G_GINT64_FORMAT " was not found at opening",
                 g_array_index (pages, gint64, i));
      g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, "is damaged, so Ethos will not change it"));
      g_clear_error (&error);
    }

  g_assert_true (g_file_set_contents (fixture->path, bytes, (gssize) length, NULL));
  store = open_keyed (fixture, NULL, raw_key, &error);
  g_assert_no_error (error);
}

#else

/* Built without encryption: a key is refused, saying why, and nothing is made in its name. */
static void
test_no_library (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = open_keyed (fixture, NULL, passphrase, &error);

  g_assert_null (store);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "built without encryption"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_null (ethos_store_get_encryption_library ());
}

#endif

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  CASE_TEST ("/encryption/plain", test_plain);
#if ETHOS_ENCRYPTION
  CASE_TEST ("/encryption/at-rest", test_encrypted_at_rest);
  CASE_TEST ("/encryption/wrong-key", test_wrong_key);
  CASE_TEST ("/encryption/key-for-plain", test_key_for_plain);
  CASE_TEST ("/encryption/damage-found", test_damage_found);
#else
  CASE_TEST ("/encryption/no-library", test_no_library);
#endif
  return g_test_run ();
}
