/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store-reads"

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "case-fixture.h"
#include "ethos-code-store.h"
#include "ethos-entry-store.h"
#include "ethos-note-store.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-store.h"
#include "ethos-store-private.h"

/* A read that fails is an error: a table that can no longer be read, or a damaged page met
 * halfway through a list, never comes back as an empty or short list, nor as "not found". A
 * second connection changes the database under the store, as another program or a failing
 * disk would; the store's statements are prepared before it does, so that it is the step, not
 * the prepare, that fails. */

/* @sql run through a connection of its own, as another program would. */
static void
raw_exec (StoreFixture *fixture, const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->base.path, &db, SQLITE_OPEN_READWRITE, NULL), ==,
                   SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static EthosEntry *
supervision (const char *date, const char *notes)
{
  EthosEntry *entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  g_free (entry->date);
  entry->date = g_strdup (date);
  entry->minutes = 60;
  g_free (entry->supervisor);
  entry->supervisor = g_strdup ("Dr Ann Example");
  g_free (entry->notes);
  entry->notes = g_strdup (notes);
  return entry;
}

/* A shipped code and one of its clauses (not a section heading). */
static void
some_clause (EthosStore *store, char **code_id, char **ref)
{
  g_autoptr (GPtrArray) codes = ethos_store_list_codes (store, NULL);
  g_autoptr (GPtrArray) clauses = NULL;
  EthosCodeInfo *info;

  g_assert_nonnull (codes);
  g_assert_cmpuint (codes->len, >, 0);
  info = g_ptr_array_index (codes, 0);
  clauses = ethos_store_list_clauses (store, info->id, NULL);
  g_assert_nonnull (clauses);
  for (guint i = 0; i < clauses->len; i++)
    {
      EthosClause *clause = g_ptr_array_index (clauses, i);

      if (!clause->is_section)
        {
          *code_id = g_strdup (info->id);
          *ref = g_strdup (clause->ref);
          return;
        }
    }
  g_assert_not_reached ();
}

/* The one step every read goes through: a row, then the end; and after the table has gone
 * from under a prepared statement, a failure with its error, not the end. */
static void
test_step (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosEntry) entry = supervision ("2025-03-04", "");
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt;

  g_assert_true (ethos_store_add_entry (fixture->store, entry, NULL));
  stmt = ethos_store_prepare (fixture->store, "SELECT id FROM entries", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ethos_store_step (fixture->store, stmt, &error), ==, ETHOS_STEP_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, entry->id);
  g_assert_cmpint (ethos_store_step (fixture->store, stmt, &error), ==, ETHOS_STEP_DONE);
  g_assert_no_error (error);
  sqlite3_reset (stmt);

  raw_exec (fixture, "DROP TABLE entries");
  stmt = ethos_store_prepare (fixture->store, "SELECT id FROM entries", &error);
  g_assert_nonnull (stmt); /* the statement prepared before is reused */
  g_assert_cmpint (ethos_store_step (fixture->store, stmt, &error), ==, ETHOS_STEP_ERROR);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "no such table"));
  sqlite3_reset (stmt);
}

/* Each public read, once sound and once after its table has gone: lists come back NULL with
 * the error, lookups with the error rather than NOT_FOUND, and the reads with no error to give
 * say so in the log. */
static void
test_failed_reads (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosEntry) entry = supervision ("2025-03-04", "Ruptures");
  g_autoptr (EthosReminder) reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_DBS);
  g_autoptr (GPtrArray) memberships = g_ptr_array_new ();
  g_autoptr (GPtrArray) no_reminders = g_ptr_array_new ();
  EthosMembership bacp = { (char *) "bacp", (char *) "12345" };
  g_autofree char *code_id = NULL;
  g_autofree char *ref = NULL;
  g_autoptr (GError) error = NULL;

  some_clause (store, &code_id, &ref);
  g_assert_true (ethos_store_add_entry (store, entry, NULL));
  g_free (reminder->title);
  reminder->title = g_strdup ("DBS recheck");
  g_free (reminder->due);
  reminder->due = g_strdup ("2026-12-22");
  g_assert_true (ethos_store_add_reminder (store, reminder, NULL));
  g_ptr_array_add (memberships, &bacp);
  g_assert_true (ethos_store_set_memberships (store, memberships, NULL));
  g_assert_true (ethos_store_set_body_override (store, "bacp", "Supervision.MonthlyMinutes", "90",
                                                NULL));
  g_assert_cmpint (ethos_store_add_event (store, "caution", "2025-02-01", NULL, NULL, no_reminders,
                                          NULL), >, 0);
  g_assert_true (ethos_store_set_bookmarked (store, code_id, ref, TRUE, NULL));
  g_assert_true (ethos_store_set_name (store, "Sam Example", NULL));

  /* Sound: every read answers, and its statement is kept prepared. */
#define SOUND(call) G_STMT_START { gpointer result = (call); \
  g_assert_nonnull (result); g_ptr_array_unref (result); } G_STMT_END
  SOUND (ethos_store_list_entries (store, -1, NULL, NULL, TRUE, NULL));
  SOUND (ethos_store_list_entries_page (store, -1, NULL, 0, 10, NULL));
  SOUND (ethos_store_list_entries_at (store, -1, NULL, NULL, 0, 10, NULL));
  SOUND (ethos_store_list_reminders (store, TRUE, NULL));
  SOUND (ethos_store_list_memberships (store, NULL));
  SOUND (ethos_store_list_events (store, NULL));
  SOUND (ethos_store_list_bookmarks (store, NULL));
  SOUND (ethos_store_list_clauses (store, code_id, NULL));
#undef SOUND
  g_clear_object (&entry);
  g_assert_nonnull ((entry = ethos_store_get_entry (store, 1, NULL)));
  g_clear_object (&reminder);
  g_assert_nonnull ((reminder = ethos_store_get_reminder (store, 1, NULL)));
  g_hash_table_unref (ethos_store_get_body_overrides (store, "bacp", NULL));
  g_object_unref (ethos_store_get_clause (store, code_id, ref, NULL));
  g_assert_cmpuint (ethos_store_count_entries (store, -1), ==, 1);
  g_free (ethos_store_get_name (store));
  g_free (ethos_store_get_notify_time (store));
  g_assert_true (ethos_store_is_bookmarked (store, code_id, ref));
  g_assert_true (ethos_store_set_note (store, code_id, ref, "Renew in March.", NULL));
  g_free (ethos_store_get_note (store, code_id, ref, NULL));

  raw_exec (fixture, "DROP TABLE entries; DROP TABLE reminders; DROP TABLE profile_bodies; "
                     "DROP TABLE body_overrides; DROP TABLE events; DROP TABLE bookmarks; "
                     "DROP TABLE clauses; DROP TABLE profile; DROP TABLE clause_notes;");

#define FAILS(call) G_STMT_START { g_assert_null (call); \
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED); \
  g_assert_nonnull (strstr (error->message, "no such table")); g_clear_error (&error); } G_STMT_END
  FAILS (ethos_store_list_entries (store, -1, NULL, NULL, TRUE, &error));
  FAILS (ethos_store_list_entries_page (store, -1, NULL, 0, 10, &error));
  FAILS (ethos_store_list_entries_at (store, -1, NULL, NULL, 0, 10, &error));
  FAILS (ethos_store_get_entry (store, 1, &error));
  FAILS (ethos_store_list_reminders (store, TRUE, &error));
  FAILS (ethos_store_get_reminder (store, 1, &error));
  FAILS (ethos_store_list_memberships (store, &error));
  FAILS (ethos_store_list_body_ids (store, &error));
  FAILS (ethos_store_get_body_overrides (store, "bacp", &error));
  FAILS (ethos_store_list_events (store, &error));
  FAILS (ethos_store_list_bookmarks (store, &error));
  FAILS (ethos_store_list_clauses (store, code_id, &error));
  FAILS (ethos_store_get_clause (store, code_id, ref, &error));
  FAILS (ethos_store_cite (store, code_id, ref, &error));
  FAILS (ethos_store_get_note (store, code_id, ref, &error));
#undef FAILS

  /* No error to give: the log says it, rather than a silent nothing. */
  g_test_expect_message ("ethos-entry-store", G_LOG_LEVEL_WARNING,
                         "Could not count the diary's entries: *no such table*");
  g_assert_cmpuint (ethos_store_count_entries (store, -1), ==, 0);
  g_test_expect_message ("ethos-profile-store", G_LOG_LEVEL_WARNING,
                         "Could not read the profile's name: *no such table*");
  g_assert_null (ethos_store_get_name (store));
  g_test_expect_message ("ethos-note-store", G_LOG_LEVEL_WARNING,
                         "Could not read a bookmark: *no such table*");
  g_assert_false (ethos_store_is_bookmarked (store, code_id, ref));
  g_test_assert_expected_messages ();
}

/* The ids of the entries SQLite can read in rowid order before it meets damage, and whether it
 * met any. */
static gint64
readable_until_damage (const char *path, gboolean *damaged)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 last = 0;
  int rc;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM entries ORDER BY id", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    last = sqlite3_column_int64 (stmt, 0);
  *damaged = (rc & 0xff) == SQLITE_CORRUPT;
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return last;
}

/* Overwrites the middle leaf page of the entries table with rubbish, as a failing disk might.
 * FALSE (the test skipped) when SQLite cannot say where the pages are. */
static gboolean
damage_middle_leaf (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr (GArray) leaves = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree guchar *rubbish = NULL;
  gint64 page_size, page;
  int fd;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  /* Everything in the main file, and no log beside it to read pages from instead. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_prepare_v2 (db,
                          "SELECT pageno FROM dbstat WHERE name = 'entries' AND pagetype = 'leaf' "
                          "ORDER BY path",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      sqlite3_close (db);
      g_test_skip ("this SQLite has no dbstat table to find the pages with");
      return FALSE;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      page = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (leaves, page);
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA page_size", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  page_size = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  g_assert_cmpuint (leaves->len, >=, 4);

  page = g_array_index (leaves, gint64, leaves->len / 2);
  rubbish = g_malloc (page_size);
  memset (rubbish, 0xff, page_size);
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, rubbish, page_size, (page - 1) * page_size), ==, page_size);
  g_assert_cmpint (fsync (fd), ==, 0);
  close (fd);
  return TRUE;
}

/* Damage halfway through the diary: the list that meets it is an error, not the entries before
 * it; a lookup that lands on it is an error, not "not found"; one that does not still answers,
 * and an id the diary never had is still "not found". */
static void
test_damaged_page_midway (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (EthosEntry) entry = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *notes = g_strnfill (1500, 'x');
  gboolean damaged;
  gint64 last_readable;

  /* Two entries to a page: twenty pages of them, in date order. */
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *date = g_strdup_printf ("2024-%02u-%02u", 1 + i / 28, 1 + i % 28);

      g_ptr_array_add (entries, supervision (date, notes));
    }
  g_assert_true (ethos_store_add_entries (fixture->store, entries, &error));
  g_assert_no_error (error);
  g_clear_object (&fixture->store);

  if (!damage_middle_leaf (fixture->base.path))
    return;
  last_readable = readable_until_damage (fixture->base.path, &damaged);
  /* The premise: SQLite reads entries before it meets the damage. */
  g_assert_true (damaged);
  g_assert_cmpint (last_readable, >, 0);
  g_assert_cmpint (last_readable, <, 40);

  /* Opened without the check that would refuse it at once, as the window opens it. */
  fixture->store = ethos_store_open_full (fixture->base.dir, now, ETHOS_STORE_OPEN_CHECK_LATER,
                                          &error);
  g_assert_no_error (error);

  list = ethos_store_list_entries (fixture->store, -1, NULL, NULL, FALSE, &error);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT);
  g_assert_null (list);
  g_clear_error (&error);
  list = ethos_store_list_entries_page (fixture->store, -1, NULL, 0, 100, &error);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT);
  g_assert_null (list);
  g_clear_error (&error);

  entry = ethos_store_get_entry (fixture->store, last_readable + 1, &error);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT);
  g_assert_null (entry);
  g_clear_error (&error);
  entry = ethos_store_get_entry (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);
  g_clear_object (&entry);
  entry = ethos_store_get_entry (fixture->store, 4242, &error);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_assert_null (entry);
}

/* On a sound database, an id that is not there is "not found", and nothing else. */
static void
test_not_found (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autofree char *code_id = NULL;
  g_autofree char *ref = NULL;
  g_autoptr (GError) error = NULL;

  some_clause (store, &code_id, &ref);
  g_assert_null (ethos_store_get_entry (store, 4242, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ethos_store_get_reminder (store, 4242, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ethos_store_get_code (store, "no-such-code", &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ethos_store_get_clause (store, code_id, "no-such-ref", &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

/* What SQLite holds for @store's connection, in bytes: SQLITE_DBSTATUS_CACHE_USED or _STMT_USED. */
static int
db_status (EthosStore *store, int what)
{
  int current = 0, highest = 0;

  sqlite3_db_status (store->db, what, &current, &highest, FALSE);
  return current;
}

/* The notifier gives back, between wake-ups, what the store holds only to be quicker: the
 * page cache the open's check filled and the statements kept. The open's check is never kept;
 * after the release, the store reads and writes as before. */
static void
test_release_memory (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store;
  g_autoptr (EthosReminder) reminder = ethos_reminder_new_due (ETHOS_REMINDER_KIND_DBS,
                                                               "DBS recheck", "2036-01-01", NULL);
  g_autoptr (EthosReminder) second = ethos_reminder_new_due (ETHOS_REMINDER_KIND_DBS,
                                                             "DBS renewal", "2037-01-01", NULL);
  g_autoptr (GPtrArray) reminders = NULL;
  g_autoptr (GError) error = NULL;
  int cache_before, statements_before;

  g_assert_true (ethos_store_add_reminder (fixture->store, reminder, &error));
  g_assert_no_error (error);
  /* Opened again, as the notifier opens a diary that is there: with the check. */
  g_clear_object (&fixture->store);
  store = fixture->store = case_open_store (&fixture->base);
  reminders = ethos_store_list_reminders (store, FALSE, &error);
  g_assert_no_error (error);
  g_clear_pointer (&reminders, g_ptr_array_unref);
  cache_before = db_status (store, SQLITE_DBSTATUS_CACHE_USED);
  statements_before = db_status (store, SQLITE_DBSTATUS_STMT_USED);
  /* The open's quick check compiles to a program over every table and index: not kept. */
  g_assert_cmpint (statements_before, <, 100 * 1024);

  ethos_store_release_memory (store);
  g_assert_cmpint (db_status (store, SQLITE_DBSTATUS_CACHE_USED), <, cache_before / 4);
  /* What is left is FTS5's own statements, which it keeps while the connection is open. */
  g_assert_cmpint (db_status (store, SQLITE_DBSTATUS_STMT_USED), <, statements_before / 2);

  reminders = ethos_store_list_reminders (store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reminders->len, ==, 1);
  g_assert_cmpstr (((EthosReminder *) reminders->pdata[0])->title, ==, "DBS recheck");
  g_clear_pointer (&reminders, g_ptr_array_unref);
  g_assert_true (ethos_store_add_reminder (store, second, &error));
  g_assert_no_error (error);
  reminders = ethos_store_list_reminders (store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reminders->len, ==, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  STORE_TEST ("/store-reads/step", test_step);
  STORE_TEST ("/store-reads/failed-reads", test_failed_reads);
  STORE_TEST ("/store-reads/damaged-page-midway", test_damaged_page_midway);
  STORE_TEST ("/store-reads/not-found", test_not_found);
  STORE_TEST ("/store-reads/release-memory", test_release_memory);

  return g_test_run ();
}
