/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-faults"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "case-fixture.h"
#include "cli-runner.h"
#include "ethos-entry-store.h"

/* What a practitioner sees when the disk or the database goes wrong: a damaged database is
 * refused by every command, with one line, and never written to; a write that the disk refuses
 * fails with one line and loses nothing stored; and every file Ethos makes is theirs alone. */

static char *
db_path (const char *dir)
{
  return g_build_filename (dir, "ethos.db", NULL);
}

static int
mode_of (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    g_error ("%s: %s", path, g_strerror (errno));
  return st.st_mode & 0777;
}

/* A real diary in the case's data folder: the demo's entries, a reminder, the name in the
 * profile. */
static char *
make_diary (CaseFixture *fixture, const char *entries)
{
  char *dir = g_strdup (fixture->dir);
  g_auto (Run) demo = { 0 };
  g_auto (Run) reminder = { 0 };

  run_cli_in (&demo, dir, "demo", "--entries", entries, NULL);
  assert_ok (&demo);
  run_cli_in (&reminder, dir, "reminders", "add", "--title", "DBS recheck", "--due", "2030-01-01",
              "--kind", "dbs", NULL);
  assert_ok (&reminder);
  return dir;
}

static char *
list_json (const char *dir, const char *what)
{
  g_auto (Run) run = { 0 };

  run_cli_in (&run, dir, what, "list", "--json", NULL);
  assert_ok (&run);
  return g_steal_pointer (&run.out);
}

static void
assert_sound (const char *dir)
{
  g_auto (Run) check = { 0 };

  run_cli_in (&check, dir, "check", NULL);
  assert_ok (&check);
  g_assert_nonnull (strstr (check.out, "is sound"));
}

/* A page of the entries table from the middle of the file. */
static guint
entries_page (const char *path)
{
  g_autoptr (GArray) pages = g_array_new (FALSE, FALSE, sizeof (guint));
  sqlite3 *db;
  sqlite3_stmt *stmt;
  guint page;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT pageno FROM dbstat WHERE name = 'entries' "
                                       "AND pagetype = 'leaf' ORDER BY pageno",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      page = (guint) sqlite3_column_int (stmt, 0);
      g_array_append_val (pages, page);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpuint (pages->len, >=, 3);
  return g_array_index (pages, guint, pages->len / 2);
}

static void
overwrite_page (const char *path, guint page)
{
  g_autoptr (GString) junk = g_string_new (NULL);
  FILE *file = g_fopen (path, "r+b");

  while (junk->len < 4096)
    g_string_append (junk, "Overwritten by something else. ");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, (long) (page - 1) * 4096, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (junk->str, 1, 4096, file), ==, 4096);
  fclose (file);
}

/* Every kind of command says the database is damaged, in one line, and exits 1. */
static void
assert_every_command_refuses (const char *dir)
{
  const char *const commands[][9] = {
    { "supervision", "list" },
    { "supervision", "add", "--date", "2024-05-01", "--minutes", "60" },
    { "cpd", "add", "--date", "2024-05-01", "--hours", "2", "--title", "Ethics day" },
    { "reminders", "list" },
    { "reminders", "add", "--title", "Insurance", "--due", "2030-02-01" },
    { "diary", "totals" },
    { "codes", "list" },
    { "check" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto (Run) run = { 0 };
      const char *const *a = commands[i];

      run_cli_in (&run, dir, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], NULL);
      assert_fails (&run, 1, "damaged");
    }
}

static void
test_damaged_page (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = make_diary (fixture, "300");
  g_autofree char *path = db_path (dir);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  overwrite_page (path, entries_page (path));
  before = digest (path);
  assert_every_command_refuses (dir);
  after = digest (path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_truncated (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = make_diary (fixture, "300");
  g_autofree char *path = db_path (dir);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (truncate (path, st.st_size / 2), ==, 0);
  before = digest (path);
  assert_every_command_refuses (dir);
  after = digest (path);
  g_assert_cmpstr (after, ==, before);
}

/* A damaged database with a write-ahead log left by a program that did not finish: refusing
 * it must not copy the log into it on the way out either. */
static void
test_damaged_log_left_alone (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = make_diary (fixture, "300");
  g_autofree char *path = db_path (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *wal_before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal_after = NULL;
  guint page = entries_page (path);
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE profile SET value = 'Left in the log'", NULL, NULL,
                                 NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  overwrite_page (path, page);
  before = digest (path);
  wal_before = digest (wal);
  assert_every_command_refuses (dir);
  after = digest (path);
  wal_after = digest (wal);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (wal_after, ==, wal_before);
}

/* Disk faults ------------------------------------------------------------------------------ */

#define FILE_SIZE_LIMIT (64 * 1024)

/* In the child: no file may grow past 64 KiB, and going past fails with EFBIG instead of
 * killing it. */
static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { FILE_SIZE_LIMIT, FILE_SIZE_LIMIT };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static void
test_file_size_limit (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = make_diary (fixture, "50");
  g_autofree char *supervision = list_json (dir, "supervision");
  g_autofree char *cpd = list_json (dir, "cpd");
  g_autofree char *evidence_dir = g_build_filename (dir, "evidence", NULL);
  g_autofree char *certificate = case_path (fixture, "certificate.pdf");
  g_autofree char *after = NULL;
  g_autoptr (GString) notes = g_string_new (NULL);
  g_autoptr (GString) pdf = g_string_new ("%PDF-1.4 ");
  g_auto (Run) add = { 0 };
  g_auto (Run) with_evidence = { 0 };
  g_autoptr (GDir) kept = NULL;

  /* An entry longer than the log may grow: the commit is refused. */
  while (notes->len < 100000)
    g_string_append (notes, "A long reflection on a long day. ");
  run_cli_with_setup (&add, limit_file_size, NULL, dir, "supervision", "add", "--date",
                      "2024-06-01", "--minutes", "60", "--notes", notes->str, NULL);
  assert_fails (&add, 1, "File too large");

  /* Evidence larger than a file may grow: the entry it came with is taken back. */
  while (pdf->len < 3 * FILE_SIZE_LIMIT)
    g_string_append (pdf, "certificate of attendance ");
  g_assert_true (g_file_set_contents (certificate, pdf->str, (gssize) pdf->len, NULL));
  run_cli_with_setup (&with_evidence, limit_file_size, NULL, dir, "cpd", "add", "--date",
                      "2024-06-02", "--hours", "3", "--title", "Ethics day", "--evidence",
                      certificate, NULL);
  assert_fails (&with_evidence, 1, "File too large");

  after = list_json (dir, "supervision");
  g_assert_cmpstr (after, ==, supervision);
  g_clear_pointer (&after, g_free);
  after = list_json (dir, "cpd");
  g_assert_cmpstr (after, ==, cpd);
  kept = g_dir_open (evidence_dir, 0, NULL);
  g_assert_null (kept != NULL ? g_dir_read_name (kept) : NULL);
  assert_sound (dir);
}

typedef struct
{
  uid_t    uid;
  gid_t    gid;
  gboolean other; /* not the user running the tests */
} User;

/* In the child: become @data's user, for whom file permissions count (they do not for root). */
static void
become_user (gpointer data)
{
  User *user = data;

  if (user->other
      && (setgroups (0, NULL) != 0 || setgid (user->gid) != 0 || setuid (user->uid) != 0))
    _exit (125);
}

/* Who can be refused by file permissions: ourselves, or "nobody" when we are root. */
static gboolean
pick_user (User *user)
{
  struct passwd *nobody;

  user->uid = getuid ();
  user->gid = getgid ();
  user->other = FALSE;
  if (user->uid != 0)
    return TRUE;
  nobody = getpwnam ("nobody");
  if (nobody == NULL)
    return FALSE;
  user->uid = nobody->pw_uid;
  user->gid = nobody->pw_gid;
  user->other = TRUE;
  return TRUE;
}

static void
give_to (const char *dir, User *user)
{
  g_autoptr (GDir) files = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_cmpint (chown (dir, user->uid, user->gid), ==, 0);
  while ((name = g_dir_read_name (files)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (chown (path, user->uid, user->gid), ==, 0);
    }
}

/* ethos-cli where @user can run it: the checkout may sit in a folder only its owner can enter
 * (root's home, a private temporary folder), so the other user runs a copy in the case's own
 * folder. $ETHOS_CLI names the copy; the case puts it back before it ends. */
static void
let_user_run_cli (CaseFixture *fixture, User *user)
{
  g_autofree char *copy = case_path (fixture, "ethos-cli");
  g_autoptr (GFile) from = g_file_new_for_path (g_getenv ("ETHOS_CLI"));
  g_autoptr (GFile) to = g_file_new_for_path (copy);
  g_autoptr (GError) error = NULL;

  if (!user->other)
    return;
  g_assert_true (g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (copy, 0755), ==, 0);
  g_setenv ("ETHOS_CLI", copy, TRUE);
}

static void
test_read_only (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = make_diary (fixture, "50");
  g_autofree char *path = db_path (dir);
  g_autofree char *supervision = list_json (dir, "supervision");
  g_autofree char *listed = NULL;
  g_auto (Run) refused_file = { 0 };
  g_auto (Run) reading = { 0 };
  g_auto (Run) writable_again = { 0 };
  g_auto (Run) refused_folder = { 0 };
  g_autoptr (JsonNode) before = NULL;
  g_autoptr (JsonNode) after = NULL;
  g_autofree char *cli = g_strdup (g_getenv ("ETHOS_CLI"));
  User us = { getuid (), getgid (), FALSE };
  User user;

  if (!pick_user (&user))
    {
      g_test_skip ("running as root with no “nobody” user to be refused by file permissions");
      return;
    }
  /* The folders above the data folder only need to be passed through. */
  g_assert_cmpint (g_chmod (fixture->tmp, 0711), ==, 0);
  give_to (dir, &user);
  let_user_run_cli (fixture, &user);

  /* A database that may not be written: it can be read, and a write says why it failed. */
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  run_cli_with_setup (&reading, become_user, &user, dir, "supervision", "list", "--json", NULL);
  assert_ok (&reading);
  g_assert_cmpstr (reading.out, ==, supervision);
  run_cli_with_setup (&refused_file, become_user, &user, dir, "supervision", "add", "--date",
                      "2024-06-01", "--minutes", "60", NULL);
  assert_fails (&refused_file, 1, "readonly");

  /* Writable again: writing works again (the working files made meanwhile do not stop it). */
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  run_cli_with_setup (&writable_again, become_user, &user, dir, "supervision", "add", "--date",
                      "2024-06-01", "--minutes", "60", NULL);
  assert_ok (&writable_again);

  /* A folder that may not be written to: SQLite cannot keep its working files beside it. */
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  run_cli_with_setup (&refused_folder, become_user, &user, dir, "supervision", "add", "--date",
                      "2024-06-02", "--minutes", "60", NULL);
  assert_fails (&refused_folder, 1, "cannot be written to");
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  /* Ours again: Ethos refuses a folder that belongs to another user. */
  give_to (dir, &us);

  /* Nothing stored was lost: the entries from before, and the one added in between. */
  listed = list_json (dir, "supervision");
  before = parse_json (supervision);
  after = parse_json (listed);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (after)), ==,
                    json_array_get_length (json_node_get_array (before)) + 1);
  g_assert_nonnull (strstr (listed, "2024-06-01"));
  g_assert_null (strstr (listed, "2024-06-02"));
  assert_sound (dir);
  g_setenv ("ETHOS_CLI", cli, TRUE);
}

/* Owner-only files ------------------------------------------------------------------------- */

/* The database and its working files while a program has it open, under a umask that would
 * let everyone read them. */
static void
assert_private_while_open (const char *dir)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = ethos_store_open (dir, &error);
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autofree char *path = db_path (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_no_error (error);
  g_free (entry->date);
  entry->date = g_strdup ("2024-07-01");
  entry->minutes = 60;
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);

  g_assert_cmpint (mode_of (dir), ==, 0700);
  g_assert_cmpint (mode_of (path), ==, 0600);
  g_assert_cmpint (mode_of (wal), ==, 0600);
  g_assert_cmpint (mode_of (shm), ==, 0600);
}

static void
test_private_working_files (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *top = case_path (fixture, "private");
  g_autofree char *dir = g_build_filename (top, "nested", "data", NULL);
  g_autofree char *nested = g_path_get_dirname (dir);
  g_autofree char *path = db_path (dir);
  mode_t old = umask (0);

  /* A new data folder, and the folders above it that Ethos had to make. */
  assert_private_while_open (dir);
  g_assert_cmpint (mode_of (top), ==, 0700);
  g_assert_cmpint (mode_of (nested), ==, 0700);

  /* A database put back by hand, as cp leaves it. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  assert_private_while_open (dir);

  umask (old);
}

static void
assert_private_export (CaseFixture *fixture, const char *dir, const char *name,
                       const char *const *command)
{
  g_autofree char *fresh = case_path (fixture, name);
  g_autofree char *old = g_strconcat (fresh, "-old", NULL);
  const char *outputs[] = { fresh, old };

  /* Over last year's export, left readable by everyone. */
  g_assert_true (g_file_set_contents (old, "last year", -1, NULL));
  g_assert_cmpint (g_chmod (old, 0644), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_auto (Run) run = { 0 };

      if (command[2] != NULL)
        run_cli_in (&run, dir, command[0], command[1], command[2], "--output", outputs[i], NULL);
      else
        run_cli_in (&run, dir, command[0], command[1], "--output", outputs[i], NULL);
      assert_ok (&run);
      if (mode_of (outputs[i]) != 0600)
        g_error ("%s %s wrote %s with mode %o", command[0], command[1], outputs[i],
                 mode_of (outputs[i]));
    }
}

static void
test_private_exports (CaseFixture *fixture, gconstpointer data)
{
  mode_t old = umask (0);
  g_autofree char *dir = make_diary (fixture, "20");
  g_autofree char *evidence_dir = g_build_filename (dir, "evidence", NULL);
  g_autofree char *certificate = case_path (fixture, "shared-certificate.pdf");
  const char *const csv[] = { "diary", "export", "csv" };
  const char *const pdf[] = { "diary", "export", "pdf" };
  const char *const ics[] = { "export", "ics", NULL };
  g_autofree char *out = case_path (fixture, "taken-out");
  g_autofree char *id = NULL;
  g_auto (Run) add = { 0 };
  g_auto (Run) saved = { 0 };

  assert_private_export (fixture, dir, "diary.csv", csv);
  assert_private_export (fixture, dir, "audit.pdf", pdf);
  assert_private_export (fixture, dir, "reminders.ics", ics);

  /* Evidence from a file everyone may read is kept for its owner alone: inside the database,
   * and owner-only when it is taken out again. */
  g_assert_true (g_file_set_contents (certificate, "%PDF-1.4 certificate", -1, NULL));
  g_assert_cmpint (g_chmod (certificate, 0644), ==, 0);
  run_cli_in (&add, dir, "cpd", "add", "--date", "2024-06-02", "--hours", "3", "--title",
              "Ethics day", "--evidence", certificate, NULL);
  assert_ok (&add);
  g_assert_false (g_file_test (evidence_dir, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_mkdir (out, 0777), ==, 0);
  id = g_strndup (add.out, strcspn (add.out, "\n"));
  run_cli_in (&saved, dir, "cpd", "evidence", id, "--save-to", out, NULL);
  assert_ok (&saved);
  g_strchomp (saved.out);
  g_assert_true (g_str_has_suffix (saved.out, "/shared-certificate.pdf"));
  g_assert_cmpint (mode_of (saved.out), ==, 0600);

  umask (old);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  CASE_TEST ("/faults/damaged/overwritten-page", test_damaged_page);
  CASE_TEST ("/faults/damaged/truncated", test_truncated);
  CASE_TEST ("/faults/damaged/log-left-alone", test_damaged_log_left_alone);
  CASE_TEST ("/faults/disk/file-size-limit", test_file_size_limit);
  CASE_TEST ("/faults/disk/read-only", test_read_only);
  CASE_TEST ("/faults/private/working-files", test_private_working_files);
  CASE_TEST ("/faults/private/exports", test_private_exports);

  return g_test_run ();
}
