/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-folders"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <pwd.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "case-fixture.h"
#include "cli-runner.h"

/* Ethos keeps notes about clients only in a folder of the practitioner's own: a data folder or
 * backups folder others could enter is made theirs alone again; one that belongs to another
 * user, or a link to somewhere else, is refused by every command with one line, and what it
 * points to or holds is left exactly as it was. */

static int
mode_of (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    g_error ("%s: %s", path, g_strerror (errno));
  return st.st_mode & 0777;
}

/* A diary in @dir, with a session and its notes. */
static void
make_diary_in (const char *dir)
{
  g_auto (Run) run = { 0 };

  run_cli_in (&run, dir, "supervision", "add", "--date", "2024-05-01", "--minutes", "60",
              "--notes", "Discussed a client's risk plan", NULL);
  assert_ok (&run);
}

/* Runs @command (up to 8 words, then NULL) on @dir: it must refuse with one line that says
 * @why, and exit 1. */
static void
assert_refused (const char *dir, const char *const *command, const char *why)
{
  g_auto (Run) run = { 0 };

  run_cli_in (&run, dir, command[0], command[1], command[2], command[3], command[4], command[5],
              command[6], command[7], NULL);
  assert_fails (&run, 1, why);
}

static const char *const add_notes[] = {
  "supervision", "add", "--date", "2024-06-01", "--minutes", "60", "--notes",
  "The victim's notes about a client", NULL,
};

/* Folders made readable and writable by everyone are the owner's alone again after any
 * command, and so is the database. */
static void
test_loose_tightened (CaseFixture *fixture, gconstpointer data)
{
  const char *const commands[][3] = {
    { "codes", "list" },
    { "supervision", "list" },
    { "backup", "list" },
    { "backup", "create" },
    { "check" },
  };
  g_autofree char *backups = g_build_filename (fixture->dir, "backups", NULL);

  make_diary_in (fixture->dir);
  g_assert_cmpint (g_chmod (fixture->path, 0666), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto (Run) run = { 0 };

      g_assert_cmpint (g_chmod (fixture->dir, 0777), ==, 0);
      g_assert_cmpint (g_chmod (backups, 0777), ==, 0);
      run_cli (&run, commands[i][0], commands[i][1], commands[i][2]);
      assert_ok (&run);
      if (mode_of (fixture->dir) != 0700 || mode_of (backups) != 0700)
        g_error ("after %s %s: the data folder is %o, backups %o", commands[i][0],
                 commands[i][1] != NULL ? commands[i][1] : "", mode_of (fixture->dir),
                 mode_of (backups));
    }
  g_assert_cmpint (mode_of (fixture->path), ==, 0600);
}

static uid_t
nobody_uid (void)
{
  struct passwd *nobody = getpwnam ("nobody");

  return nobody != NULL ? nobody->pw_uid : 65534;
}

/* @path and, if it is a folder, everything in it, to @uid. */
static void
give_tree (const char *path, uid_t uid)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_cmpint (lchown (path, uid, (gid_t) -1), ==, 0);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      give_tree (child, uid);
    }
}

/* Another user's folder, open to all, holding their database (open to all) with a trigger that
 * copies every note into a table of theirs: nothing is written into it, and it is not made
 * ours either. */
static void
test_other_users_folder (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *db;

  if (geteuid () != 0)
    {
      g_test_skip ("only root can give a folder to another user");
      return;
    }
  make_diary_in (fixture->dir);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE stolen (notes TEXT);"
                                 "CREATE TRIGGER steal AFTER INSERT ON entries "
                                 "BEGIN INSERT INTO stolen VALUES (new.notes); END;",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  give_tree (fixture->dir, nobody_uid ());
  g_assert_cmpint (g_chmod (fixture->dir, 0777), ==, 0);
  g_assert_cmpint (g_chmod (fixture->path, 0666), ==, 0);
  before = digest (fixture->path);

  assert_refused (fixture->dir, add_notes, "belongs to another user");

  after = digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM stolen"), ==, 0);
  g_assert_cmpint (mode_of (fixture->dir), ==, 0777);
  g_assert_cmpint (mode_of (fixture->path), ==, 0666);
}

/* Our own folder, but a database in it that another user put there: refused the same way. */
static void
test_other_users_database (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (geteuid () != 0)
    {
      g_test_skip ("only root can give a file to another user");
      return;
    }
  make_diary_in (fixture->dir);
  g_assert_cmpint (lchown (fixture->path, nobody_uid (), (gid_t) -1), ==, 0);
  g_assert_cmpint (g_chmod (fixture->path, 0666), ==, 0);
  before = digest (fixture->path);

  assert_refused (fixture->dir, add_notes, "belongs to another user");

  after = digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (mode_of (fixture->path), ==, 0666);
}

/* A link to a diary elsewhere, as the data folder (@whole_folder) or as the database in it:
 * refused, and the diary there is left as it was, mode and all. */
static void
assert_link_refused (CaseFixture *fixture, gboolean whole_folder)
{
  g_autofree char *elsewhere = case_path (fixture, "elsewhere");
  g_autofree char *database = g_build_filename (elsewhere, "ethos.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_diary_in (elsewhere);
  g_assert_cmpint (g_chmod (elsewhere, 0755), ==, 0);
  if (whole_folder)
    g_assert_cmpint (symlink (elsewhere, fixture->dir), ==, 0);
  else
    {
      g_assert_cmpint (g_mkdir (fixture->dir, 0700), ==, 0);
      g_assert_cmpint (symlink (database, fixture->path), ==, 0);
    }
  before = digest (database);

  assert_refused (fixture->dir, add_notes, "symbolic link");

  after = digest (database);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (mode_of (elsewhere), ==, 0755);
}

static void
test_data_folder_link (CaseFixture *fixture, gconstpointer data)
{
  assert_link_refused (fixture, TRUE);
}

static void
test_database_link (CaseFixture *fixture, gconstpointer data)
{
  assert_link_refused (fixture, FALSE);
}

/* A backups folder that is a link to a shared folder: refused by every command (a backup would
 * put the notes there), and the shared folder keeps its mode and stays empty. */
static void
test_backups_link (CaseFixture *fixture, gconstpointer data)
{
  const char *const create[] = { "backup", "create", NULL };
  const char *const list[] = { "backup", "list", NULL };
  const char *const *commands[] = { create, list, add_notes };
  g_autofree char *backups = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *shared = case_path (fixture, "shared");
  g_autoptr (GDir) folder = NULL;

  make_diary_in (fixture->dir);
  remove_tree (backups);
  g_assert_cmpint (g_mkdir (shared, 0755), ==, 0);
  g_assert_cmpint (g_chmod (shared, 0755), ==, 0);
  g_assert_cmpint (symlink (shared, backups), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    assert_refused (fixture->dir, commands[i], "symbolic link");

  g_assert_cmpint (mode_of (shared), ==, 0755);
  folder = g_dir_open (shared, 0, NULL);
  g_assert_nonnull (folder);
  g_assert_null (g_dir_read_name (folder));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  CASE_TEST ("/folders/loose/tightened", test_loose_tightened);
  CASE_TEST ("/folders/other-user/folder", test_other_users_folder);
  CASE_TEST ("/folders/other-user/database", test_other_users_database);
  CASE_TEST ("/folders/link/data-folder", test_data_folder_link);
  CASE_TEST ("/folders/link/backups", test_backups_link);
  CASE_TEST ("/folders/link/database", test_database_link);

  return g_test_run ();
}
