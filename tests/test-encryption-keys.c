/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "test-encryption-keys"

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "case-fixture.h"
#include "cli-runner.h"
#include "ethos-recovery-key.h"

/* Keys a person can live with (issue 19, step 2), through ethos-cli as a person would use it,
 * against a real Secret Service (gnome-keyring-daemon on a private bus: run-with-keyring.sh):
 * turning encryption on leaves the note's text in none of the files; the key is found in the
 * keyring with nothing asked, or unwrapped by the passphrase; a wrong key is refused with the
 * file untouched; the recovery key opens a backup on a "new machine"; and killed at any moment
 * while turning it on or changing the passphrase, the diary still opens. */

static const char secret_note[] = "Zephyrine spoke about her brother's court case";

static void
add_session (CaseFixture *fixture)
{
  g_auto (Run) run = { 0 };

  run_cli (&run, "supervision", "add", "--date", "2026-03-02", "--minutes", "60", "--supervisor",
           "Dr Ann Example", "--notes", secret_note);
  assert_ok (&run);
}

/* The note is in no file of the data folder: the database, its log, any backup. */
static void
assert_nowhere (const char *dir)
{
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr (GDir) folder = g_dir_open (backups, 0, NULL);
  const char *suffixes[] = { "", "-wal", "-journal" };
  const char *name;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (dir, "/ethos.db", suffixes[i], NULL);

      g_assert_false (file_holds (path, secret_note));
    }
  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (backups, name, NULL);

      g_assert_false (file_holds (path, secret_note));
      g_assert_false (file_holds (path, "SQLite format 3"));
      n++;
    }
  g_assert_cmpuint (n, >=, 1);
}

/* The diary opens (with what the environment gives) and has the note. */
static void
assert_opens (const char *dir, const char *passphrase_file)
{
  g_auto (Run) run = { 0 };

  if (passphrase_file != NULL)
    run_cli_in (&run, dir, "--passphrase-file", passphrase_file, "supervision", "list", "--json",
                NULL);
  else
    run_cli_in (&run, dir, "supervision", "list", "--json", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "Zephyrine"));
}

static JsonObject *
status_of (const char *dir, JsonNode **root)
{
  g_auto (Run) run = { 0 };

  run_cli_in (&run, dir, "encryption", "status", "--json", NULL);
  assert_ok (&run);
  *root = parse_json (run.out);
  return json_node_get_object (*root);
}

/* The recovery key: the last line of what enable printed, alone. */
static char *
recovery_key_of (Run *run)
{
  g_auto (GStrv) lines = g_strsplit (g_strchomp (run->out), "\n", -1);
  guint n = g_strv_length (lines);
  guint8 key[ETHOS_DIARY_KEY_SIZE];
  g_autoptr (GError) error = NULL;

  g_assert_cmpuint (n, >=, 2);
  g_assert_true (ethos_recovery_key_parse (lines[n - 1], key, &error));
  g_assert_no_error (error);
  return g_strdup (lines[n - 1]);
}

static void
test_keyring (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_auto (Run) again = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonNode) after = NULL;
  g_autofree char *recovery = NULL;
  JsonObject *status;

  use_keyring (TRUE);
  add_session (fixture);
  status = status_of (fixture->dir, &root);
  g_assert_false (json_object_get_boolean_member (status, "encrypted"));
  g_assert_cmpstr (json_object_get_string_member (status, "key_source"), ==, "none");

  run_cli (&run, "encryption", "enable");
  assert_ok (&run);
  recovery = recovery_key_of (&run);
  status = status_of (fixture->dir, &after);
  g_assert_true (json_object_get_boolean_member (status, "encrypted"));
  g_assert_cmpstr (json_object_get_string_member (status, "key_source"), ==, "keyring");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (status, "library"),
                                   "SQLCipher"));
  assert_nowhere (fixture->dir);
  /* Nothing asked: the keyring gives the key. A write, and still nothing in the files. */
  assert_opens (fixture->dir, NULL);
  run_cli (&again, "backup", "create");
  assert_ok (&again);
  assert_nowhere (fixture->dir);

  /* Off again: plain, readable, the key forgotten. */
  run_clear (&again);
  run_cli (&again, "encryption", "disable");
  assert_ok (&again);
  g_clear_pointer (&after, json_node_unref);
  status = status_of (fixture->dir, &after);
  g_assert_false (json_object_get_boolean_member (status, "encrypted"));
  g_assert_true (file_holds (fixture->path, "SQLite format 3"));
  assert_opens (fixture->dir, NULL);
}

/* A backup copied into a fresh data folder (a new machine, with its own keyring) opens with the
 * recovery key alone; a mistyped one or another diary's is refused. */
static void
test_recovery (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_auto (Run) other = { 0 };
  g_autofree char *recovery = NULL;
  g_autofree char *fresh = case_path (fixture, "new-machine");
  g_autofree char *fresh_db = g_build_filename (fresh, "ethos.db", NULL);
  g_autofree char *backups = g_build_filename (fixture->dir, "backups", NULL);
  g_autoptr (GDir) folder = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *key_file = NULL, *typo_file = NULL, *wrong_file = NULL;
  char *typo;
  guint8 wrong[ETHOS_DIARY_KEY_SIZE] = { 1, 2, 3 };
  g_autofree char *wrong_text = ethos_recovery_key_format (wrong);
  gsize length;

  use_keyring (TRUE);
  add_session (fixture);
  run_cli (&run, "encryption", "enable");
  assert_ok (&run);
  recovery = recovery_key_of (&run);
  /* The backup enable made first, with the note in it (the day's backup, made before the
   * session was written, is there too: the folder's order is no order). */
  folder = g_dir_open (backups, 0, NULL);
  for (const char *name; backup == NULL && (name = g_dir_read_name (folder)) != NULL;)
    if (strstr (name, "manual") != NULL)
      backup = g_build_filename (backups, name, NULL);
  g_assert_nonnull (backup);
  g_assert_true (g_file_get_contents (backup, &bytes, &length, NULL));
  g_assert_cmpint (g_mkdir_with_parents (fresh, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fresh_db, bytes, length, NULL));
  before = digest (fresh_db);

  /* No key on the new machine: refused, one line, untouched. */
  run_cli_in (&other, fresh, "supervision", "list", NULL);
  assert_fails (&other, 1, "recovery key");

  typo = g_strdup (recovery);
  typo[0] = typo[0] == 'A' ? 'B' : 'A';
  typo_file = case_write_file (fixture, "typo", typo);
  g_free (typo);
  run_clear (&other);
  run_cli_in (&other, fresh, "encryption", "recover", "--recovery-key-file", typo_file, NULL);
  assert_fails (&other, 2, "mistake");
  wrong_file = case_write_file (fixture, "wrong", wrong_text);
  run_clear (&other);
  run_cli_in (&other, fresh, "encryption", "recover", "--recovery-key-file", wrong_file, NULL);
  assert_fails (&other, 1, "does not open");
  g_assert_cmpstr (digest (fresh_db), ==, before);

  /* In lower case, without dashes, as someone might type it. */
  {
    g_autofree char *lower = g_ascii_strdown (recovery, -1);
    g_auto (GStrv) groups = g_strsplit (lower, "-", -1);
    g_autofree char *spaced = g_strjoinv (" ", groups);

    key_file = case_write_file (fixture, "recovery", spaced);
  }
  run_clear (&other);
  run_cli_in (&other, fresh, "encryption", "recover", "--recovery-key-file", key_file, NULL);
  assert_ok (&other);
  assert_opens (fresh, NULL);
}

/* Without a keyring: the passphrase wraps the key; a wrong one or none is refused, one line,
 * the database's bytes as they were; a new passphrase replaces the old. */
static void
test_passphrase (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *good = case_write_file (fixture, "pass", "correct horse battery staple\n");
  g_autofree char *bad = case_write_file (fixture, "bad", "Correct horse battery staple\n");
  g_autofree char *fresh = case_write_file (fixture, "new", "tr0ub4dor&3");
  g_autofree char *before = NULL;
  g_autofree char *key_path = NULL;
  GStatBuf st;

  use_keyring (FALSE);
  add_session (fixture);
  run_cli (&run, "encryption", "enable");
  assert_fails (&run, 2, "--passphrase-file");
  g_assert_true (file_holds (fixture->path, "SQLite format 3"));
  run_clear (&run);
  run_cli (&run, "--passphrase-file", good, "encryption", "enable");
  assert_ok (&run);
  g_free (recovery_key_of (&run));
  g_assert_cmpstr (json_object_get_string_member (status_of (fixture->dir, &root), "key_source"),
                   ==, "passphrase");
  key_path = g_build_filename (fixture->dir, "ethos.key", NULL);
  g_assert_cmpint (g_stat (key_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  assert_nowhere (fixture->dir);
  before = digest (fixture->path);

  run_clear (&run);
  run_cli (&run, "supervision", "list");
  assert_fails (&run, 1, "--passphrase-file");
  run_clear (&run);
  run_cli (&run, "--passphrase-file", bad, "supervision", "add", "--date", "2026-03-03",
           "--minutes", "30", "--supervisor", "Dr B");
  assert_fails (&run, 1, "passphrase does not open");
  g_assert_cmpstr (digest (fixture->path), ==, before);
  assert_opens (fixture->dir, good);

  run_clear (&run);
  run_cli (&run, "--passphrase-file", good, "encryption", "change-passphrase",
           "--new-passphrase-file", fresh);
  assert_ok (&run);
  run_clear (&run);
  run_cli (&run, "--passphrase-file", good, "supervision", "list");
  assert_fails (&run, 1, "passphrase does not open");
  assert_opens (fixture->dir, fresh);
}

/* Starts ethos-cli with @args on @dir, kills it with SIGKILL after @delay_us (or lets it end). */
static void
kill_during (const char *dir, const char *const *args, gulong delay_us)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  GPid pid;
  int status;

  g_ptr_array_add (argv, (char *) g_getenv ("ETHOS_CLI"));
  g_ptr_array_add (argv, "--data-dir");
  g_ptr_array_add (argv, (char *) dir);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_async (NULL, (char **) argv->pdata, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL
                   | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  g_usleep (delay_us);
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
}

static void
copy_tree (const char *from, const char *to)
{
  g_autofree char *command = g_strdup_printf ("cp -a '%s' '%s'", from, to);

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
}

/* Killed at any moment while encryption is turned on, the diary opens as it was or as it became
 * (with the key from the keyring), and turning it on again finishes. */
static void
test_kill_enable (CaseFixture *fixture, gconstpointer data)
{
  const char *enable[] = { "encryption", "enable", NULL };
  guint encrypted = 0, plain = 0;

  use_keyring (TRUE);
  add_session (fixture);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("try-%u", i);
      g_autofree char *dir = case_path (fixture, name);
      g_autofree char *db = g_build_filename (dir, "ethos.db", NULL);
      g_auto (Run) run = { 0 };
      g_autoptr (JsonNode) root = NULL;

      copy_tree (fixture->dir, dir);
      kill_during (dir, enable, g_test_rand_int_range (0, 250000));
      assert_opens (dir, NULL);
      if (json_object_get_boolean_member (status_of (dir, &root), "encrypted"))
        encrypted++;
      else
        plain++;
      run_cli_in (&run, dir, "encryption", "enable", NULL);
      assert_ok (&run);
      assert_nowhere (dir);
      assert_opens (dir, NULL);
      g_assert_false (file_holds (db, "SQLite format 3"));
    }
  g_test_message ("killed while plain %u times, once encrypted %u times", plain, encrypted);
  g_assert_cmpuint (encrypted, >, 0);
}

/* Killed at any moment while the passphrase changes, the old passphrase or the new one opens
 * the diary. */
static void
test_kill_change_passphrase (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *old = case_write_file (fixture, "old", "old passphrase");
  g_autofree char *fresh = case_write_file (fixture, "new", "new passphrase");
  const char *change[] = { "--passphrase-file", old, "encryption", "change-passphrase",
                           "--new-passphrase-file", fresh, NULL };
  g_auto (Run) run = { 0 };
  guint changed = 0;

  use_keyring (FALSE);
  add_session (fixture);
  run_cli (&run, "--passphrase-file", old, "encryption", "enable");
  assert_ok (&run);
  for (guint i = 0; i < 25; i++)
    {
      g_autofree char *name = g_strdup_printf ("try-%u", i);
      g_autofree char *dir = case_path (fixture, name);
      g_auto (Run) with_old = { 0 };

      copy_tree (fixture->dir, dir);
      kill_during (dir, change, g_test_rand_int_range (0, 600000));
      run_cli_in (&with_old, dir, "--passphrase-file", old, "supervision", "list", "--json",
                  NULL);
      if (with_old.status != 0)
        {
          assert_opens (dir, fresh);
          changed++;
        }
      else
        g_assert_nonnull (strstr (with_old.out, "Zephyrine"));
    }
  g_test_message ("the new passphrase took %u times of 25", changed);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("no session bus: run through run-with-keyring.sh");
      return 77;
    }
  CASE_TEST ("/encryption-keys/keyring", test_keyring);
  CASE_TEST ("/encryption-keys/recovery", test_recovery);
  CASE_TEST ("/encryption-keys/passphrase", test_passphrase);
  CASE_TEST ("/encryption-keys/kill-enable", test_kill_enable);
  CASE_TEST ("/encryption-keys/kill-change-passphrase", test_kill_change_passphrase);

  return g_test_run ();
}
