/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "test-encryption-backups"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "case-fixture.h"
#include "cli-runner.h"
#include "ethos-recovery-key.h"

/* Backups of an encrypted diary and a copy off this disk (issue 19, step 4), through ethos-cli
 * as a person uses it, against a real Secret Service (run-with-keyring.sh): `backup list` says
 * which backups are encrypted; `backup restore` brings an encrypted backup back with the diary's
 * key or the recovery key, and a wrong key is refused (exit 1, one line, nothing changed); a
 * copy off this disk holds none of the note's text, is owner-only, and restores into a fresh
 * data folder with only the recovery key; the daily backup is copied there, and a destination
 * that is not there never stops a write. */

static const char secret_note[] = "Zephyrine spoke about her brother's court case";

static void
add_session (CaseFixture *fixture, const char *date, const char *notes)
{
  g_auto (Run) run = { 0 };

  run_cli (&run, "supervision", "add", "--date", date, "--minutes", "60", "--supervisor",
           "Dr Ann Example", "--notes", notes);
  assert_ok (&run);
}

/* How many supervision sessions `supervision list --json` shows in @dir. */
static guint
sessions_in (const char *dir, const char *passphrase_file)
{
  g_auto (Run) run = { 0 };
  g_autoptr (JsonNode) root = NULL;

  if (passphrase_file != NULL)
    run_cli_in (&run, dir, "--passphrase-file", passphrase_file, "supervision", "list", "--json",
                NULL);
  else
    run_cli_in (&run, dir, "supervision", "list", "--json", NULL);
  assert_ok (&run);
  root = parse_json (run.out);
  return json_array_get_length (json_node_get_array (root));
}

/* Encrypts the diary (keyring) and writes its recovery key to a file; returns that file. */
static char *
enable (CaseFixture *fixture)
{
  g_auto (Run) run = { 0 };
  g_auto (GStrv) lines = NULL;

  run_cli (&run, "encryption", "enable");
  assert_ok (&run);
  lines = g_strsplit (g_strchomp (run.out), "\n", -1);
  return case_write_file (fixture, "recovery", lines[g_strv_length (lines) - 1]);
}

static char *
wrong_key_file (CaseFixture *fixture)
{
  guint8 wrong[ETHOS_DIARY_KEY_SIZE] = { 9, 8, 7 };
  g_autofree char *text = ethos_recovery_key_format (wrong);

  return case_write_file (fixture, "wrong", text);
}

static void
test_list_and_restore (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *recovery = NULL, *wrong = NULL, *before = NULL;
  g_autofree char *backup = NULL;
  JsonArray *array;

  use_keyring (TRUE);
  add_session (fixture, "2026-03-02", secret_note);
  recovery = enable (fixture);

  run_cli (&run, "backup", "create");
  assert_ok (&run);
  backup = g_strndup (run.out, strlen (run.out) - 1);
  run_clear (&run);
  run_cli (&run, "backup", "list", "--json");
  assert_ok (&run);
  root = parse_json (run.out);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), >=, 2);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      g_assert_true (json_object_get_boolean_member (object, "encrypted"));
      /* The keyring has the key: the schema is read through it. */
      g_assert_cmpint (json_object_get_int_member (object, "schema_version"), >, 0);
    }
  run_clear (&run);
  run_cli (&run, "backup", "list");
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "encrypted"));

  /* A second session, then the backup taken before it: one session again. */
  add_session (fixture, "2026-03-09", "A second session");
  g_assert_cmpuint (sessions_in (fixture->dir, NULL), ==, 2);
  run_clear (&run);
  run_cli (&run, "backup", "restore", backup);
  assert_ok (&run);
  g_assert_cmpuint (sessions_in (fixture->dir, NULL), ==, 1);

  /* Another diary's recovery key: exit 1, one line, the database as it was. */
  wrong = wrong_key_file (fixture);
  before = digest (fixture->path);
  run_clear (&run);
  run_cli (&run, "backup", "restore", backup, "--recovery-key-file", wrong);
  assert_fails (&run, 1, "does not open");
  g_assert_cmpstr (digest (fixture->path), ==, before);
  /* Its own recovery key opens it. */
  run_clear (&run);
  run_cli (&run, "backup", "restore", backup, "--recovery-key-file", recovery);
  assert_ok (&run);
  g_assert_false (file_holds (fixture->path, secret_note));
}

static void
test_copy_and_recover (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *recovery = NULL, *wrong = NULL, *pass = NULL, *copy = NULL;
  g_autofree char *stick = case_path (fixture, "usb-stick");
  g_autofree char *fresh = case_path (fixture, "new-machine");
  g_autofree char *fresh_db = g_build_filename (fresh, "ethos.db", NULL);
  JsonObject *shown;
  GStatBuf st;

  use_keyring (TRUE);
  add_session (fixture, "2026-03-02", secret_note);
  recovery = enable (fixture);
  g_assert_cmpint (g_mkdir_with_parents (stick, 0755), ==, 0);

  run_cli (&run, "backup", "copy");
  assert_fails (&run, 2, "destination set");
  run_clear (&run);
  run_cli (&run, "backup", "destination", "set", "/no/such/drive");
  assert_fails (&run, 2, "not a folder");
  run_clear (&run);
  run_cli (&run, "backup", "destination", "set", fixture->dir);
  assert_fails (&run, 2, "same disk");
  run_clear (&run);
  run_cli (&run, "backup", "destination", "set", stick);
  assert_ok (&run);

  run_clear (&run);
  run_cli (&run, "backup", "copy");
  assert_ok (&run);
  copy = g_strndup (run.out, strlen (run.out) - 1);
  g_assert_true (g_str_has_prefix (copy, stick));
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  /* Encrypted as it was: nothing of the note, not even SQLite's header. */
  g_assert_false (file_holds (copy, secret_note));
  g_assert_false (file_holds (copy, "SQLite format 3"));

  run_clear (&run);
  run_cli (&run, "backup", "destination", "show", "--json");
  assert_ok (&run);
  root = parse_json (run.out);
  shown = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (shown, "path"), ==, stick);
  g_assert_true (json_object_get_boolean_member (shown, "reachable"));
  g_assert_nonnull (json_object_get_string_member (shown, "last_copy"));

  /* A new computer with no keyring: only the copy, the recovery key and a new passphrase. */
  use_keyring (FALSE);
  pass = case_write_file (fixture, "pass", "a new passphrase for this computer\n");
  wrong = wrong_key_file (fixture);
  run_clear (&run);
  run_cli_in (&run, fresh, "--passphrase-file", pass, "backup", "restore", copy, NULL);
  assert_fails (&run, 1, "recovery key");
  run_clear (&run);
  run_cli_in (&run, fresh, "--passphrase-file", pass, "backup", "restore", copy,
              "--recovery-key-file", wrong, NULL);
  assert_fails (&run, 1, "does not open");
  g_assert_true (!g_file_test (fresh_db, G_FILE_TEST_EXISTS) || g_stat (fresh_db, &st) != 0
                 || st.st_size == 0);
  run_clear (&run);
  run_cli_in (&run, fresh, "--passphrase-file", pass, "backup", "restore", copy,
              "--recovery-key-file", recovery, NULL);
  assert_ok (&run);
  g_assert_false (file_holds (fresh_db, secret_note));
  g_assert_cmpuint (sessions_in (fresh, pass), ==, 1);
  run_clear (&run);
  run_cli_in (&run, fresh, "--passphrase-file", pass, "supervision", "list", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "Dr Ann Example"));
}

/* Removes today's daily backup, so the next open makes it again. */
static void
forget_daily (CaseFixture *fixture)
{
  g_autofree char *backups = g_build_filename (fixture->dir, "backups", NULL);
  g_autoptr (GDir) folder = g_dir_open (backups, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, "-daily.db"))
      {
        g_autofree char *path = g_build_filename (backups, name, NULL);

        g_assert_cmpint (g_unlink (path), ==, 0);
      }
}

static guint
copies_in (const char *dir)
{
  g_autoptr (GDir) folder = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (folder != NULL && g_dir_read_name (folder) != NULL)
    n++;
  return n;
}

static void
test_daily_copy (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_autofree char *stick = case_path (fixture, "usb-stick");
  g_autofree char *copy = NULL;

  use_keyring (TRUE);
  add_session (fixture, "2026-03-02", secret_note);
  g_free (enable (fixture));
  g_assert_cmpint (g_mkdir_with_parents (stick, 0700), ==, 0);
  run_cli (&run, "backup", "destination", "set", stick);
  assert_ok (&run);
  g_assert_cmpuint (copies_in (stick), ==, 0);

  /* The day's backup is made at the next write, and copied. */
  forget_daily (fixture);
  add_session (fixture, "2026-03-09", "Second");
  g_assert_cmpuint (copies_in (stick), ==, 1);
  {
    g_autoptr (GDir) folder = g_dir_open (stick, 0, NULL);

    copy = g_build_filename (stick, g_dir_read_name (folder), NULL);
  }
  g_assert_true (g_str_has_suffix (copy, "-daily.db"));
  g_assert_false (file_holds (copy, secret_note));

  /* The stick unplugged: the write is made, and said once. */
  g_assert_cmpint (g_unlink (copy), ==, 0);
  g_assert_cmpint (g_rmdir (stick), ==, 0);
  forget_daily (fixture);
  run_clear (&run);
  run_cli (&run, "supervision", "add", "--date", "2026-03-16", "--minutes", "60", "--supervisor",
           "Dr Ann Example");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "No copy off this disk today"));
  g_assert_null (strstr (strstr (run.err, "No copy off this disk today") + 1,
                         "No copy off this disk today"));
  g_assert_cmpuint (sessions_in (fixture->dir, NULL), ==, 3);
  run_clear (&run);
  run_cli (&run, "backup", "destination", "show");
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "not there"));
  run_clear (&run);
  run_cli (&run, "backup", "destination", "clear");
  assert_ok (&run);
}

/* The note's text is in no file under @dir, at any depth, and no database there is plain. */
static void
assert_note_nowhere_under (const char *dir)
{
  g_autoptr (GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          assert_note_nowhere_under (path);
          continue;
        }
      if (file_holds (path, secret_note) || file_holds (path, "SQLite format 3"))
        g_error ("%s is readable: it holds the note or a plain database", path);
    }
}

/* A plain copy in @stick, as `backup copy` made it before encryption was turned on, and the
 * temporary file of a copy killed halfway. */
static void
copy_plain (CaseFixture *fixture, const char *stick)
{
  g_auto (Run) run = { 0 };
  g_autofree char *contents = NULL;
  g_autofree char *partial = g_build_filename (stick, ".tmp-ethos-Ab12Cd", NULL);
  gsize length = 0;

  run_cli (&run, "backup", "destination", "set", stick);
  assert_ok (&run);
  run_clear (&run);
  run_cli (&run, "backup", "create");
  assert_ok (&run);
  run_clear (&run);
  run_cli (&run, "backup", "copy");
  assert_ok (&run);
  g_strchomp (run.out);
  g_assert_true (file_holds (run.out, secret_note));
  g_assert_true (g_file_get_contents (run.out, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (partial, contents, (gssize) (length / 2), NULL));
}

/* Turning encryption on replaces the plain copies made off this disk before (issue 19: the note
 * in no backup and no copy): an encrypted copy is written there and read back, then the plain
 * ones are removed, and the command says so; what is not Ethos's there is left alone. */
static void
test_enable_replaces_plain_copies (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_autofree char *stick = case_path (fixture, "usb-stick");
  g_autofree char *holiday = g_build_filename (stick, "holiday.jpg", NULL);
  g_autofree char *holiday_digest = NULL;

  use_keyring (TRUE);
  add_session (fixture, "2026-03-02", secret_note);
  g_assert_cmpint (g_mkdir_with_parents (stick, 0700), ==, 0);
  g_assert_true (g_file_set_contents (holiday, "not Ethos's", -1, NULL));
  holiday_digest = digest (holiday);
  copy_plain (fixture, stick);

  run_cli (&run, "encryption", "enable");
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "2 unencrypted copies in"));
  g_assert_nonnull (strstr (run.out, "were replaced by an encrypted one"));
  assert_note_nowhere_under (fixture->dir);
  assert_note_nowhere_under (stick);
  g_assert_cmpuint (copies_in (stick), ==, 2);
  {
    g_autofree char *after = digest (holiday);

    g_assert_cmpstr (after, ==, holiday_digest);
  }
  g_assert_cmpuint (sessions_in (fixture->dir, NULL), ==, 1);
}

/* The drive not plugged in when encryption is turned on: said, and nothing stops; the next copy
 * made there replaces the plain ones. */
static void
test_enable_drive_away (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_autofree char *stick = case_path (fixture, "usb-stick");
  g_autofree char *away = case_path (fixture, "in-a-drawer");

  use_keyring (TRUE);
  add_session (fixture, "2026-03-02", secret_note);
  g_assert_cmpint (g_mkdir_with_parents (stick, 0700), ==, 0);
  copy_plain (fixture, stick);
  g_assert_cmpint (g_rename (stick, away), ==, 0);

  run_cli (&run, "encryption", "enable");
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "is not there now"));
  assert_note_nowhere_under (fixture->dir);

  g_assert_cmpint (g_rename (away, stick), ==, 0);
  run_clear (&run);
  run_cli (&run, "backup", "copy");
  assert_ok (&run);
  assert_note_nowhere_under (stick);
  g_assert_cmpuint (copies_in (stick), ==, 1);
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
  CASE_TEST ("/encryption-backups/list-and-restore", test_list_and_restore);
  CASE_TEST ("/encryption-backups/copy-and-recover", test_copy_and_recover);
  CASE_TEST ("/encryption-backups/daily-copy", test_daily_copy);
  CASE_TEST ("/encryption-backups/enable-replaces-plain-copies",
             test_enable_replaces_plain_copies);
  CASE_TEST ("/encryption-backups/enable-drive-away", test_enable_drive_away);

  return g_test_run ();
}
