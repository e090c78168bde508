/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-crash"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "case-fixture.h"
#include "cli-runner.h"
#include "ethos-entry-store.h"

/* A write Ethos said was saved stays saved: when the program writing is killed at any moment
 * (the power cut a laptop's battery brings, seen from the program), and when the window, the
 * notifier and the command line write at the same time. The writers are fault-writer
 * ($FAULT_WRITER), which prints each entry once it is committed, and ethos-cli itself. */

#define KILLS 120

typedef struct
{
  GPid     pid;
  int      out;
  int      err;
  GString *read; /* what was read from out before the end */
} Writer;

static void
start_writer (Writer *writer, const char *dir, const char *tag, guint count)
{
  g_autofree char *count_text = g_strdup_printf ("%u", count);
  const char *argv[] = { g_getenv ("FAULT_WRITER"), dir, tag, count_text, NULL };
  g_autoptr (GError) error = NULL;

  g_assert_nonnull (argv[0]);
  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &writer->pid, NULL, &writer->out, &writer->err, &error);
  g_assert_no_error (error);
  writer->read = g_string_new (NULL);
}

/* Waits until the writer has acknowledged its first write (or ended). */
static void
wait_for_first_write (Writer *writer)
{
  char buffer[256];
  ssize_t n;

  while (strchr (writer->read->str, '\n') == NULL
         && ((n = read (writer->out, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)))
    if (n > 0)
      g_string_append_len (writer->read, buffer, n);
}

static char *
read_to_end (int fd)
{
  GString *text = g_string_new (NULL);
  char buffer[4096];
  ssize_t n;

  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >, 0);
      g_string_append_len (text, buffer, n);
    }
  close (fd);
  return g_string_free (text, FALSE);
}

/* Waits for the writer; its acknowledged writes ("ID MARK" lines, complete ones only) go into
 * @acknowledged, id to mark. Returns the wait status; @err gets what it said on stderr. */
static int
finish_writer (Writer *writer, GHashTable *acknowledged, char **err)
{
  g_autofree char *out = NULL;
  g_auto (GStrv) lines = NULL;
  int status;

  /* The pipes first: a writer blocked on a full pipe would never end. */
  out = read_to_end (writer->out);
  g_string_append (writer->read, out);
  g_free (out);
  out = g_string_free (g_steal_pointer (&writer->read), FALSE);
  *err = read_to_end (writer->err);
  g_assert_cmpint (waitpid (writer->pid, &status, 0), ==, writer->pid);
  g_spawn_close_pid (writer->pid);

  lines = g_strsplit (out, "\n", -1);
  /* The last piece follows the last newline: empty, or a line cut short by the kill. */
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], " ", 2);
      gint64 *id = g_new (gint64, 1);

      g_assert_cmpuint (g_strv_length (fields), ==, 2);
      *id = g_ascii_strtoll (fields[0], NULL, 10);
      g_assert_cmpint (*id, >, 0);
      g_assert_true (g_hash_table_insert (acknowledged, id, g_strdup (fields[1])));
    }
  return status;
}

/* Every acknowledged entry is there, whole; the database is sound. */
static void
assert_all_present (const char *dir, GHashTable *acknowledged)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = ethos_store_open (dir, &error);
  g_auto (GStrv) problems = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_assert_no_error (error);
  g_assert_true (ethos_store_check_integrity (store, &problems, &error));
  g_assert_no_error (error);
  if (problems != NULL)
    g_error ("the database is damaged: %s", problems[0]);

  g_hash_table_iter_init (&iter, acknowledged);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr (EthosEntry) entry = ethos_store_get_entry (store, *(gint64 *) key, &error);

      if (entry == NULL)
        g_error ("entry %" G_GINT64_FORMAT " (%s) was acknowledged but is missing: %s",
                 *(gint64 *) key, (char *) value, error->message);
      g_assert_true (g_str_has_prefix (entry->notes, value));
      g_assert_cmpuint (entry->clauses->len, ==, 1);
    }
  g_assert_cmpuint (ethos_store_count_entries (store, -1), >=,
                    g_hash_table_size (acknowledged));
}

static void
test_killed_writers (CaseFixture *fixture, gconstpointer data)
{
  const char *dir = fixture->dir;
  g_autoptr (GHashTable) acknowledged = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                               g_free, g_free);
  guint killed_writing = 0;

  for (guint round = 0; round < KILLS; round++)
    {
      g_autofree char *tag = g_strdup_printf ("r%u", round);
      g_autofree char *err = NULL;
      guint before = g_hash_table_size (acknowledged);
      Writer writer;
      int status;

      start_writer (&writer, dir, tag, 0);
      /* A fifth of the kills fall while the store opens (the first round's while it is made),
       * the rest while it writes, commits and checkpoints, however slow it is to start. */
      if (g_test_rand_int_range (0, 5) == 0)
        g_usleep (g_test_rand_int_range (0, 15000));
      else
        {
          wait_for_first_write (&writer);
          g_usleep (g_test_rand_int_range (0, 60000));
        }
      g_assert_cmpint (kill (writer.pid, SIGKILL), ==, 0);
      status = finish_writer (&writer, acknowledged, &err);
      if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
        g_error ("round %u: the writer ended by itself (status %d): %s", round, status, err);
      if (g_hash_table_size (acknowledged) > before)
        killed_writing++;
    }

  g_test_message ("%u writers killed, %u of them after acknowledging writes; %u acknowledged "
                  "entries",
                  KILLS, killed_writing, g_hash_table_size (acknowledged));
  /* The kills must have landed among the writes, not only before them. */
  g_assert_cmpuint (killed_writing, >=, KILLS / 2);
  assert_all_present (dir, acknowledged);
}

/* Three programs write at once, each with the database open throughout as the window and the
 * notifier have it: none fails, nothing is lost. */
static void
test_three_writers (CaseFixture *fixture, gconstpointer data)
{
  const char *dir = fixture->dir;
  g_autoptr (GHashTable) acknowledged = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                               g_free, g_free);
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) made = ethos_store_open (dir, &error);
  const guint per_writer = 150;
  Writer writers[3];

  g_assert_no_error (error);
  g_clear_object (&made);
  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    {
      g_autofree char *tag = g_strdup_printf ("w%u", i);

      start_writer (&writers[i], dir, tag, per_writer);
    }
  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    {
      g_autofree char *err = NULL;
      int status = finish_writer (&writers[i], acknowledged, &err);

      if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
        g_error ("writer %u failed (status %d): %s", i, status, err);
      g_assert_cmpstr (err, ==, "");
    }
  g_assert_cmpuint (g_hash_table_size (acknowledged), ==, 3 * per_writer);
  assert_all_present (dir, acknowledged);
}

/* Three programs starting at once on a database that does not exist yet, as the window, the
 * notifier and the CLI may on a first login: they race to make it (its schema, its write-ahead
 * log, the codes it ships with), and none of them fails. The race is short; many databases
 * make losing it certain enough. */
static void
test_three_start_together (CaseFixture *fixture, gconstpointer data)
{
  const guint creations = 150;

  for (guint race = 0; race < creations; race++)
    {
      g_autofree char *name = g_strdup_printf ("start-together-%u", race);
      g_autofree char *dir = case_path (fixture, name);
      g_autoptr (GHashTable) acknowledged = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                                   g_free, g_free);
      Writer writers[3];

      for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
        {
          g_autofree char *tag = g_strdup_printf ("s%u", i);

          start_writer (&writers[i], dir, tag, 2);
        }
      for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
        {
          g_autofree char *err = NULL;
          int status = finish_writer (&writers[i], acknowledged, &err);

          if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
            g_error ("database %u: writer %u failed (status %d): %s", race, i, status, err);
        }
      g_assert_cmpuint (g_hash_table_size (acknowledged), ==, 3 * 2);
      assert_all_present (dir, acknowledged);
      remove_tree (dir);
    }
}

/* Three ethos-cli adds at once, each a program of its own that opens, checks and writes. */
static void
three_adds (const char *dir, guint round, GHashTable *acknowledged)
{
  const char *cli = g_getenv ("ETHOS_CLI");
  GSubprocess *adds[3];

  g_assert_nonnull (cli);
  for (guint i = 0; i < G_N_ELEMENTS (adds); i++)
    {
      g_autofree char *mark = g_strdup_printf ("cli%u-%u", i, round);
      g_autoptr (GError) error = NULL;

      adds[i] = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                  &error, cli, "--data-dir", dir, "supervision", "add", "--date",
                                  "2024-03-01", "--minutes", "60", "--clause", "cosrt:26",
                                  "--supervisor", mark, "--notes", mark, NULL);
      g_assert_no_error (error);
      g_object_set_data_full (G_OBJECT (adds[i]), "mark", g_steal_pointer (&mark), g_free);
    }
  for (guint i = 0; i < G_N_ELEMENTS (adds); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      gint64 *id = g_new (gint64, 1);

      g_subprocess_communicate_utf8 (adds[i], NULL, NULL, &out, &err, &error);
      g_assert_no_error (error);
      if (g_subprocess_get_exit_status (adds[i]) != 0)
        g_error ("round %u: ethos-cli supervision add failed: %s", round, err);
      *id = g_ascii_strtoll (out, NULL, 10);
      g_assert_cmpint (*id, >, 0);
      g_assert_true (g_hash_table_insert (acknowledged, id,
                                          g_strdup (g_object_get_data (G_OBJECT (adds[i]),
                                                                       "mark"))));
      g_object_unref (adds[i]);
    }
}

/* The same with ethos-cli: on one database, and from the moment a database is made, when the
 * three race to make it (its schema, its write-ahead log, the codes it ships with). */
static void
test_three_command_lines (CaseFixture *fixture, gconstpointer data)
{
  const guint rounds = 10;
  const guint creations = 5;

  for (guint race = 0; race < creations; race++)
    {
      g_autofree char *name = g_strdup_printf ("three-cli-%u", race);
      g_autofree char *dir = case_path (fixture, name);
      g_autoptr (GHashTable) acknowledged = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                                   g_free, g_free);
      guint n = race == 0 ? rounds : 1;

      for (guint round = 0; round < n; round++)
        three_adds (dir, round, acknowledged);
      g_assert_cmpuint (g_hash_table_size (acknowledged), ==, 3 * n);
      assert_all_present (dir, acknowledged);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  CASE_TEST ("/crash/killed-writers", test_killed_writers);
  CASE_TEST ("/concurrency/three-writers", test_three_writers);
  CASE_TEST ("/concurrency/three-start-together", test_three_start_together);
  CASE_TEST ("/concurrency/three-command-lines", test_three_command_lines);

  return g_test_run ();
}
