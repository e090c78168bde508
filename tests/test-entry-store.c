/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-entry-store"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "case-fixture.h"
#include "ethos-date.h"
#include "ethos-diary-model.h"
#include "ethos-entry-search.h"
#include "ethos-entry-store.h"
#include "ethos-limits.h"

/* The diary's storage: supervision and CPD entries, their links and evidence; a refused entry
 * leaves nothing behind. */

/* The rows in @table, read from the file itself. */
static int
count_rows (StoreFixture *fixture, const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return query_int (fixture->base.path, sql);
}

static EthosEntry *
supervision (const char *date, int minutes)
{
  EthosEntry *entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  g_free (entry->date);
  entry->date = g_strdup (date);
  entry->minutes = minutes;
  g_free (entry->supervisor);
  entry->supervisor = g_strdup ("Dr Ann Example");
  return entry;
}

static EthosEntry *
cpd (const char *date, const char *title, int minutes)
{
  EthosEntry *entry = ethos_entry_new (ETHOS_ENTRY_CPD);

  g_free (entry->date);
  entry->date = g_strdup (date);
  g_free (entry->title);
  entry->title = g_strdup (title);
  entry->minutes = minutes;
  return entry;
}

static void
test_round_trip (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosEntry) session = supervision ("2026-10-14", 90);
  g_autoptr (EthosEntry) course = cpd ("2026-09-01", "Working with shame", 360);
  g_autoptr (EthosEntry) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *stored = NULL;

  g_free (session->notes);
  session->notes = g_strdup ("Brought a client's ending — “what is enough?”");
  session->format = ETHOS_SUPERVISION_FORMAT_GROUP;
  session->mode = ETHOS_SUPERVISION_MODE_VIDEO;
  session->group_size = 4;
  session->client_minutes = 18 * 60;
  g_ptr_array_add (session->clauses, g_strdup ("cosrt:64"));
  g_ptr_array_add (session->clauses, g_strdup ("wv-ipn:supervision.3"));
  g_assert_true (ethos_store_add_entry (store, session, &error));
  g_assert_no_error (error);
  g_assert_cmpint (session->id, >, 0);

  back = ethos_store_get_entry (store, session->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->date, ==, "2026-10-14");
  g_assert_cmpint (back->minutes, ==, 90);
  g_assert_cmpstr (back->supervisor, ==, "Dr Ann Example");
  g_assert_cmpint (back->format, ==, ETHOS_SUPERVISION_FORMAT_GROUP);
  g_assert_cmpint (back->mode, ==, ETHOS_SUPERVISION_MODE_VIDEO);
  g_assert_cmpint (back->group_size, ==, 4);
  g_assert_cmpint (back->client_minutes, ==, 18 * 60);
  g_assert_cmpstr (back->notes, ==, "Brought a client's ending — “what is enough?”");
  g_assert_cmpuint (back->clauses->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (back->clauses, 1), ==, "wv-ipn:supervision.3");
  /* The file keeps the format and mode as the words it always has: the enums' nicks. */
  sql = g_strdup_printf ("SELECT format || ' ' || mode FROM entries WHERE id = %" G_GINT64_FORMAT,
                         session->id);
  stored = query_text (fixture->base.path, sql);
  g_assert_cmpstr (stored, ==, "group video");

  /* Edit, and the change is there; the supervisor list does not grow with case changes. */
  g_free (back->supervisor);
  back->supervisor = g_strdup ("dr ann example");
  back->minutes = 120;
  g_ptr_array_set_size (back->clauses, 0);
  g_assert_true (ethos_store_update_entry (store, back, &error));
  g_assert_no_error (error);
  g_clear_object (&back);
  back = ethos_store_get_entry (store, session->id, NULL);
  g_assert_cmpint (back->minutes, ==, 120);
  g_assert_cmpuint (back->clauses->len, ==, 0);
  g_assert_cmpint (count_rows (fixture, "supervisors"), ==, 1);

  g_assert_true (ethos_store_add_entry (store, course, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ethos_store_count_entries (store, ETHOS_ENTRY_CPD), ==, 1);
  g_assert_cmpuint (ethos_store_count_entries (store, -1), ==, 2);
  /* A CPD entry has no format or mode: none is stored, and the default is read back. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT coalesce (format, mode) FROM entries WHERE id = %" G_GINT64_FORMAT,
                         course->id);
  g_assert_null (query_text (fixture->base.path, sql));
  g_clear_object (&back);
  back = ethos_store_get_entry (store, course->id, NULL);
  g_assert_cmpint (back->format, ==, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL);

  g_assert_true (ethos_store_delete_entry (store, session->id, &error));
  g_assert_no_error (error);
  g_assert_null (ethos_store_get_entry (store, session->id, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ethos_store_delete_entry (store, session->id, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_assert_true (ethos_store_delete_entry (store, course->id, NULL));
  g_assert_cmpint (count_rows (fixture, "entries"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "entry_clauses"), ==, 0);
}

static void
assert_refused (StoreFixture *fixture, EthosEntry *entry)
{
  EthosStore *store = fixture->store;
  g_autoptr (GError) error = NULL;
  int before = count_rows (fixture, "entries");

  g_assert_false (ethos_store_add_entry (store, entry, &error));
  g_assert_nonnull (error);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpint (entry->id, ==, 0);
  g_assert_cmpint (count_rows (fixture, "entries"), ==, before);
  g_assert_cmpint (count_rows (fixture, "entry_clauses"), ==, 0);
}

static void
test_refusals (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosEntry) bad_date = supervision ("2026-02-30", 60);
  g_autoptr (EthosEntry) zero = supervision ("2026-02-10", 0);
  g_autoptr (EthosEntry) too_long = supervision ("2026-02-10", 1441);
  g_autoptr (EthosEntry) lone_group = supervision ("2026-02-10", 60);
  g_autoptr (EthosEntry) bad_clause = supervision ("2026-02-10", 60);
  g_autoptr (EthosEntry) untitled = cpd ("2026-02-10", "   ", 60);
  g_autoptr (EthosEntry) day_too_long = cpd ("2026-02-10", "Conference", 25 * 60);
  g_autoptr (EthosEntry) backwards = cpd ("2026-02-10", "Course", 60);
  g_autoptr (EthosEntry) bad_kind = cpd ("2026-02-10", "Reading", 60);
  g_autoptr (EthosEntry) three_days = cpd ("2026-02-10", "Residential", 30 * 60);

  lone_group->format = ETHOS_SUPERVISION_FORMAT_GROUP;
  lone_group->group_size = 1;
  g_ptr_array_add (bad_clause->clauses, g_strdup ("cosrt:64"));
  g_ptr_array_add (bad_clause->clauses, g_strdup ("cosrt:999"));
  backwards->end_date = g_strdup ("2026-02-01");
  g_free (bad_kind->cpd_kind);
  bad_kind->cpd_kind = g_strdup ("reading");

  assert_refused (fixture, bad_date);
  assert_refused (fixture, zero);
  assert_refused (fixture, too_long);
  assert_refused (fixture, lone_group);
  /* The group's bounds are said from the limits the check uses. */
  {
    g_autoptr (GError) error = NULL;
    g_autofree char *bounds = g_strdup_printf ("(%d to %d)", ETHOS_GROUP_SIZE_MIN,
                                               ETHOS_GROUP_SIZE_MAX);

    g_assert_false (ethos_entry_validate (lone_group, &error));
    g_assert_nonnull (strstr (error->message, bounds));
  }
  assert_refused (fixture, bad_clause);
  assert_refused (fixture, untitled);
  assert_refused (fixture, day_too_long);
  assert_refused (fixture, backwards);
  assert_refused (fixture, bad_kind);

  /* Thirty hours over three days is fine. */
  three_days->end_date = g_strdup ("2026-02-12");
  g_assert_true (ethos_store_add_entry (store, three_days, NULL));
  g_assert_true (ethos_store_delete_entry (store, three_days->id, NULL));
}

/* A store with 25 entries through 2025: 12 sessions with Dr Ann Example, one of them about a
 * rupture, and 13 reading groups. */
static void
diary_setup (StoreFixture *fixture, gconstpointer data)
{
  store_fixture_setup (fixture, data);
  for (guint i = 0; i < 25; i++)
    {
      g_autofree char *date = g_strdup_printf ("2025-%02u-%02u", 1 + i % 12, 1 + i);
      g_autoptr (EthosEntry) entry = i % 2 ? supervision (date, 60) : cpd (date, "Reading group", 90);

      if (i == 7)
        {
          g_free (entry->notes);
          entry->notes = g_strdup ("Talked about a rupture and repair with a long-term client.");
        }
      g_assert_true (ethos_store_add_entry (fixture->store, entry, NULL));
    }
}

static void
test_pages_and_search (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (GPtrArray) first = NULL;
  g_autoptr (GPtrArray) second = NULL;
  g_autoptr (EthosDiaryMatches) matches = NULL;
  g_autoptr (GPtrArray) range = NULL;
  EthosEntry *last;

  /* Newest first, page after page, nothing skipped or repeated. */
  first = ethos_store_list_entries_page (store, -1, NULL, 0, 10, NULL);
  g_assert_cmpuint (first->len, ==, 10);
  last = g_ptr_array_index (first, 9);
  second = ethos_store_list_entries_page (store, -1, last->date, last->id, 100, NULL);
  g_assert_cmpuint (second->len, ==, 15);
  g_assert_cmpstr (((EthosEntry *) g_ptr_array_index (first, 0))->date, >=,
                   ((EthosEntry *) g_ptr_array_index (first, 1))->date);
  g_assert_cmpstr (((EthosEntry *) g_ptr_array_index (second, 0))->date, <=, last->date);

  matches = ethos_store_search_diary (store, "ruptur", ETHOS_DIARY_ORDER_BEST, 10, NULL, NULL);
  g_assert_cmpuint (matches->entries->len, ==, 1);
  g_assert_cmpint (((EthosEntry *) g_ptr_array_index (matches->entries, 0))->kind, ==,
                   ETHOS_ENTRY_SUPERVISION);
  g_clear_pointer (&matches, ethos_diary_matches_free);
  matches = ethos_store_search_diary (store, "\"Dr Ann\" (", ETHOS_DIARY_ORDER_NEWEST, 100, NULL,
                                      NULL);
  g_assert_nonnull (matches);
  g_assert_cmpuint (matches->entries->len, ==, 12);
  g_assert_cmpuint (matches->total, ==, 12);

  range = ethos_store_list_entries (store, ETHOS_ENTRY_CPD, "2025-03-01", "2025-06-30", FALSE, NULL);
  for (guint i = 0; i < range->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (range, i);

      g_assert_cmpint (entry->kind, ==, ETHOS_ENTRY_CPD);
      g_assert_cmpstr (entry->date, >=, "2025-03-01");
      g_assert_cmpstr (entry->date, <=, "2025-06-30");
    }
}

/* Each items-changed as "position removed added", one a line. */
static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, GString *said)
{
  g_string_append_printf (said, "%u %u %u\n", position, removed, added);
}

static void
test_diary_model (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosDiaryModel) model = ethos_diary_model_new (store, -1);
  guint total = ethos_store_count_entries (store, -1);
  g_autoptr (GString) said = g_string_new (NULL);
  g_autofree char *expected = NULL;
  g_autoptr (EthosEntry) added = NULL;
  guint n_cpd, n_range;
  EthosEntry *previous = NULL;

  /* Newest first, every entry once, read page by page on demand. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, total);
  g_assert_cmpuint (total, >, 20);
  for (guint i = 0; i < total; i++)
    {
      EthosEntry *entry = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_nonnull (entry);
      if (previous != NULL)
        g_assert_cmpstr (previous->date, >=, entry->date);
      g_clear_object (&previous);
      previous = entry;
    }
  g_clear_object (&previous);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), total));

  /* Each reload is said as all gone, then all new: never as one replacement, which makes a list
   * view read the whole diary to match its rows. */
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), said);
  ethos_diary_model_set_kind (model, ETHOS_ENTRY_CPD);
  n_cpd = ethos_store_count_entries (store, ETHOS_ENTRY_CPD);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_cpd);
  ethos_diary_model_set_range (model, "2025-03-01", "2025-06-30");
  n_range = ethos_store_count_entries_between (store, ETHOS_ENTRY_CPD, "2025-03-01", "2025-06-30");
  expected = g_strdup_printf ("0 %u 0\n0 0 %u\n0 %u 0\n0 0 %u\n", total, n_cpd, n_cpd, n_range);
  g_assert_cmpstr (said->str, ==, expected);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr (EthosEntry) entry = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_cmpint (entry->kind, ==, ETHOS_ENTRY_CPD);
      g_assert_cmpstr (entry->date, >=, "2025-03-01");
      g_assert_cmpstr (entry->date, <=, "2025-06-30");
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    ethos_store_count_entries_between (store, ETHOS_ENTRY_CPD, "2025-03-01",
                                                       "2025-06-30"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);

  /* The model follows the store: an activity added in its range is there with no call, as
   * one row come where it belongs (test-diary-model tries every kind of write). */
  g_string_truncate (said, 0);
  added = cpd ("2025-04-02", "Working with couples", 90);
  g_assert_true (ethos_store_add_entry (store, added, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_range + 1);
  g_clear_pointer (&expected, g_free);
  for (guint i = 0; i < n_range + 1 && expected == NULL; i++)
    {
      g_autoptr (EthosEntry) entry = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (entry->id == added->id)
        expected = g_strdup_printf ("%u 0 1\n", i);
    }
  g_assert_nonnull (expected);
  g_assert_cmpstr (said->str, ==, expected);
  g_assert_true (ethos_store_delete_entry (store, added->id, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_range);
}

static void
test_evidence (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosEntry) course = cpd ("2026-05-05", "Trauma-informed practice", 420);
  g_autofree char *certificate = case_path (&fixture->base, "certificate.pdf");
  g_autofree char *out = case_path (&fixture->base, "out");
  g_autofree char *folder = g_build_filename (ethos_store_get_data_dir (store), "evidence", NULL);
  g_autofree char *stored = NULL;
  g_autofree char *path = NULL;
  g_autofree char *again = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (EthosEntry) back = NULL;
  g_autoptr (GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (certificate, "%PDF-1.4 certificate", -1, NULL));
  g_assert_true (ethos_store_add_entry (store, course, NULL));
  stored = ethos_store_add_evidence (store, course->id, certificate, &error);
  g_assert_no_error (error);
  /* Kept inside the database: nothing in the data folder but the database. */
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_unlink (certificate), ==, 0);

  /* Taken out again, owner-only, under the name it had; a second copy does not overwrite. */
  g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
  path = ethos_store_save_evidence (store, stored, out, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (path, "/certificate.pdf"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "%PDF-1.4 certificate");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  again = ethos_store_save_evidence (store, stored, out, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (again, "/certificate (2).pdf"));

  back = ethos_store_get_entry (store, course->id, NULL);
  g_assert_cmpuint (back->evidence->len, ==, 1);

  g_assert_null (ethos_store_add_evidence (store, course->id, "/nonexistent/file.pdf", NULL));
  g_assert_null (ethos_store_add_evidence (store, 999999, path, NULL));

  /* An edit whose files cannot all be taken in changes nothing: not the entry, not its files. */
  {
    const char *files[] = { path, "/nonexistent/file.pdf", NULL };
    g_autoptr (EthosEntry) edit = ethos_entry_copy (back);
    g_autoptr (EthosEntry) kept = NULL;

    g_free (edit->title);
    edit->title = g_strdup ("CHANGED");
    g_assert_false (ethos_store_update_entry_with_evidence (store, edit, files, NULL));
    kept = ethos_store_get_entry (store, course->id, NULL);
    g_assert_cmpstr (kept->title, ==, "Trauma-informed practice");
    g_assert_cmpuint (kept->evidence->len, ==, 1);
  }

  /* Deleting the entry removes its files with it. */
  g_assert_true (ethos_store_delete_entry (store, course->id, NULL));
  g_clear_pointer (&again, g_free);
  again = ethos_store_save_evidence (store, stored, out, &error);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_assert_null (again);
}

/* Files beyond the limits are refused before a byte is read, and change nothing: a sparse file
 * of gigabytes would otherwise be stored as gigabytes of real data. */
static void
test_evidence_limits (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (EthosEntry) course = cpd ("2026-05-05", "Trauma-informed practice", 420);
  g_autofree char *huge = case_path (&fixture->base, "scan.pdf");
  g_autofree char *just = case_path (&fixture->base, "just.pdf");
  g_autoptr (GError) error = NULL;
  g_autofree char *stored = NULL;
  g_autoptr (EthosEntry) back = NULL;

  g_assert_true (ethos_store_add_entry (store, course, NULL));
  g_assert_true (g_file_set_contents (huge, "", 0, NULL));
  g_assert_cmpint (truncate (huge, (off_t) 2 * 1024 * 1024 * 1024), ==, 0);
  g_assert_null (ethos_store_add_evidence (store, course->id, huge, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "scan.pdf"));
  /* GLib writes a size with a no-break space. */
  g_assert_nonnull (strstr (error->message, "at most 20.0\u00a0MB a file"));
  g_clear_error (&error);

  /* At the limit, it is kept. */
  g_assert_true (g_file_set_contents (just, "", 0, NULL));
  g_assert_cmpint (truncate (just, (off_t) ETHOS_EVIDENCE_BYTES_MAX), ==, 0);
  stored = ethos_store_add_evidence (store, course->id, just, &error);
  g_assert_no_error (error);
  back = ethos_store_get_entry (store, course->id, NULL);
  g_assert_cmpuint (back->evidence->len, ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  STORE_TEST ("/entry-store/round-trip", test_round_trip);
  STORE_TEST ("/entry-store/refusals", test_refusals);
  STORE_TEST_WITH ("/entry-store/pages-and-search", diary_setup, test_pages_and_search);
  STORE_TEST_WITH ("/entry-store/diary-model", diary_setup, test_diary_model);
  STORE_TEST ("/entry-store/evidence", test_evidence);
  STORE_TEST ("/entry-store/evidence-limits", test_evidence_limits);

  return g_test_run ();
}
