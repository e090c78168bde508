/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "case-fixture.h"
#include "ethos-demo.h"
#include "ethos-diary-results.h"
#include "ethos-diary-search.h"
#include "ethos-entry-search.h"
#include "ethos-entry-store.h"
#include "ethos-store-private.h"

/* The Diary's search: newest first or best first, how many match, the snippet with the words
 * found marked, the sentence said over the results; cancelled, it stops and leaves the
 * connection as it was; in a worker thread, only the search not cancelled reports. */

static EthosEntry *
session (const char *date, const char *supervisor, const char *notes)
{
  EthosEntry *entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  g_free (entry->date);
  entry->date = g_strdup (date);
  entry->minutes = 60;
  g_free (entry->supervisor);
  entry->supervisor = g_strdup (supervisor);
  g_free (entry->notes);
  entry->notes = g_strdup (notes);
  return entry;
}

static gint64
add (EthosStore *store, const char *date, const char *supervisor, const char *notes)
{
  g_autoptr (EthosEntry) entry = session (date, supervisor, notes);
  g_autoptr (GError) error = NULL;

  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
  return entry->id;
}

static EthosDiaryMatches *
search (EthosStore *store, const char *query, EthosDiaryOrder order, guint limit)
{
  g_autoptr (GError) error = NULL;
  EthosDiaryMatches *matches = ethos_store_search_diary (store, query, order, limit, NULL,
                                                         &error);

  g_assert_no_error (error);
  g_assert_nonnull (matches);
  g_assert_cmpuint (matches->entries->len, ==, matches->hits->len);
  return matches;
}

static const char *
date_at (EthosDiaryMatches *matches, guint i)
{
  return ((EthosEntry *) g_ptr_array_index (matches->entries, i))->date;
}

static gint64
id_at (EthosDiaryMatches *matches, guint i)
{
  return ((EthosEntry *) g_ptr_array_index (matches->entries, i))->id;
}

static const char *
snippet_at (EthosDiaryMatches *matches, guint i)
{
  return ((EthosSearchHit *) g_ptr_array_index (matches->hits, i))->snippet;
}

/* Entries added in an order that is not their dates' (ids and dates disagree), as a
 * practitioner catching up on old sessions adds them. */
static void
mixed_setup (StoreFixture *fixture, gconstpointer data)
{
  static const char *const dates[] = {
    "2024-03-05", "2026-01-20", "2019-07-11", "2025-11-30", "2026-01-02", "2021-02-14",
  };

  store_fixture_setup (fixture, data);
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    add (fixture->store, dates[i], "Sam Fielding", "We talked about the ending with a client.");
  add (fixture->store, "2023-06-01", "Sam Fielding", "Fees and missed sessions.");
  /* Best matches: "ending" in the supervisor's name, and twice in the text. */
  add (fixture->store, "2010-05-05", "Ann Ending", "Nothing of note.");
  add (fixture->store, "2012-05-05", "Owen Pritchard", "The ending, and the ending again.");
}

static void
test_newest_first (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosDiaryMatches) matches = search (fixture->store, "ending",
                                                  ETHOS_DIARY_ORDER_NEWEST, 100);
  static const char *const newest[] = {
    "2026-01-20", "2026-01-02", "2025-11-30", "2024-03-05", "2021-02-14", "2019-07-11",
    "2012-05-05", "2010-05-05",
  };

  g_assert_cmpuint (matches->total, ==, 8);
  g_assert_cmpuint (matches->entries->len, ==, 8);
  for (guint i = 0; i < G_N_ELEMENTS (newest); i++)
    g_assert_cmpstr (date_at (matches, i), ==, newest[i]);
}

static void
test_best_first (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosDiaryMatches) matches = search (fixture->store, "ending",
                                                  ETHOS_DIARY_ORDER_BEST, 100);

  g_assert_cmpuint (matches->total, ==, 8);
  /* The word in the title (the supervisor's name, weighing three times more), then twice in the
   * text; then the rest, as good as each other, newest first. */
  g_assert_cmpstr (date_at (matches, 0), ==, "2010-05-05");
  g_assert_cmpstr (date_at (matches, 1), ==, "2012-05-05");
  g_assert_cmpstr (date_at (matches, 2), ==, "2026-01-20");
  g_assert_cmpstr (date_at (matches, 7), ==, "2019-07-11");
}

/* With fewer shown than match, the count is still all of them, and those shown are the first
 * in the order asked for. */
static void
test_count_beyond_limit (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosDiaryMatches) newest = search (fixture->store, "ending",
                                                 ETHOS_DIARY_ORDER_NEWEST, 3);
  g_autoptr (EthosDiaryMatches) best = search (fixture->store, "ending", ETHOS_DIARY_ORDER_BEST,
                                               2);
  g_autoptr (EthosDiaryMatches) none = search (fixture->store, "supervisor", ETHOS_DIARY_ORDER_NEWEST,
                                               100);
  g_autoptr (EthosDiaryMatches) nothing = search (fixture->store, " ( * ", ETHOS_DIARY_ORDER_BEST,
                                                  100);
  g_autoptr (EthosDiaryMatches) prefix = search (fixture->store, "miss", ETHOS_DIARY_ORDER_NEWEST,
                                                 100);

  g_assert_cmpuint (newest->total, ==, 8);
  g_assert_cmpuint (newest->entries->len, ==, 3);
  g_assert_cmpstr (date_at (newest, 2), ==, "2025-11-30");
  g_assert_cmpuint (best->total, ==, 8);
  g_assert_cmpuint (best->entries->len, ==, 2);
  g_assert_cmpstr (date_at (best, 1), ==, "2012-05-05");
  g_assert_cmpuint (none->total, ==, 0);
  g_assert_cmpuint (none->entries->len, ==, 0);
  g_assert_cmpuint (nothing->total, ==, 0);
  /* The last word typed is the start of a longer one. */
  g_assert_cmpuint (prefix->total, ==, 1);
  g_assert_cmpstr (date_at (prefix, 0), ==, "2023-06-01");
}

/* Each result's snippet is from the entry, with the words found marked; for a long text too. */
static void
test_snippets (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GString) long_notes = g_string_new ("Opening words. ");
  g_autoptr (EthosDiaryMatches) matches = NULL;
  g_autoptr (EthosDiaryMatches) by_name = NULL;
  g_autofree char *bold = NULL;
  gint64 long_id;

  for (guint i = 0; i < 300; i++)
    g_string_append (long_notes, "Nothing much to say here today. ");
  g_string_append (long_notes, "Then a word about grief at the very end.");
  long_id = add (fixture->store, "2026-02-01", "Sam Fielding", long_notes->str);
  add (fixture->store, "2026-01-01", "Sam Fielding", "Grief & <loss>, with the client.");

  matches = search (fixture->store, "grief", ETHOS_DIARY_ORDER_NEWEST, 100);
  g_assert_cmpuint (matches->total, ==, 2);
  g_assert_cmpint (id_at (matches, 0), ==, long_id);
  g_assert_nonnull (strstr (snippet_at (matches, 0),
                            ETHOS_SEARCH_MARK_START "grief" ETHOS_SEARCH_MARK_END));
  g_assert_null (strstr (snippet_at (matches, 0), "Opening"));
  g_assert_nonnull (strstr (snippet_at (matches, 1),
                            ETHOS_SEARCH_MARK_START "Grief" ETHOS_SEARCH_MARK_END " & <loss>"));
  /* As a row shows it: the words found in bold, the rest as text, never as markup. */
  bold = ethos_search_hit_format_snippet (g_ptr_array_index (matches->hits, 1), "<b>", "</b>",
                                          TRUE);
  g_assert_nonnull (strstr (bold, "<b>Grief</b> &amp; &lt;loss&gt;"));

  /* Found in the supervisor's name alone: the snippet is the name. */
  by_name = search (fixture->store, "Fielding", ETHOS_DIARY_ORDER_NEWEST, 100);
  g_assert_cmpuint (by_name->total, ==, 9);
  g_assert_nonnull (strstr (snippet_at (by_name, 0),
                            ETHOS_SEARCH_MARK_START "Fielding" ETHOS_SEARCH_MARK_END));
}

/* A few matches among many entries (read by their dates) and many among many (read down the
 * date index) come newest first alike. */
static void
test_newest_many_and_few (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (EthosDiaryMatches) few = NULL;
  g_autoptr (EthosDiaryMatches) many = NULL;
  g_autoptr (GError) error = NULL;
  GRand *rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 1990, 2027),
                                               g_rand_int_range (rand, 1, 13),
                                               g_rand_int_range (rand, 1, 29));

      g_ptr_array_add (batch, session (date, "Sam Fielding",
                                       i % 150 == 0 ? "A rare theme: shame." : "Common words."));
    }
  g_rand_free (rand);
  g_assert_true (ethos_store_add_entries (fixture->store, batch, &error));
  g_assert_no_error (error);

  few = search (fixture->store, "shame", ETHOS_DIARY_ORDER_NEWEST, 100);
  g_assert_cmpuint (few->total, ==, 4);
  many = search (fixture->store, "common", ETHOS_DIARY_ORDER_NEWEST, 50);
  g_assert_cmpuint (many->total, ==, 596);
  g_assert_cmpuint (many->entries->len, ==, 50);
  for (guint i = 1; i < few->entries->len; i++)
    g_assert_cmpstr (date_at (few, i - 1), >=, date_at (few, i));
  for (guint i = 1; i < many->entries->len; i++)
    g_assert_cmpstr (date_at (many, i - 1), >=, date_at (many, i));
  /* The newest of all: nothing newer was passed over. */
  {
    g_autoptr (GPtrArray) diary = ethos_store_list_entries_page (fixture->store, -1, NULL, 0, 1,
                                                                 NULL);

    g_assert_cmpint (id_at (many, 0), ==, ((EthosEntry *) g_ptr_array_index (diary, 0))->id);
  }
}

typedef struct
{
  EthosStore   *store;
  GCancellable *cancellable;
  gint64        took;
  GError       *error;
  EthosDiaryMatches *matches;
} Run;

static gpointer
run_search_thread (gpointer data)
{
  Run *run = data;
  gint64 start = g_get_monotonic_time ();

  run->matches = ethos_store_search_diary (run->store, "brought", ETHOS_DIARY_ORDER_BEST, 10000,
                                           run->cancellable, &run->error);
  run->took = g_get_monotonic_time () - start;
  return NULL;
}

/* A search cancelled while it runs stops, says so, and leaves the connection as it was: no read
 * left open, no statement left running; a write and the next search go on as usual. */
static void
test_cancelled (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosDiaryMatches) before = NULL;
  g_autoptr (EthosDiaryMatches) after = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  Run run = { fixture->store, cancellable, 0, NULL, NULL };
  sqlite3 *db = ethos_store_get_db (fixture->store);
  sqlite3_stmt *stmt = NULL;
  gint64 full;
  GThread *thread;

  g_assert_true (ethos_demo_fill (fixture->store, 3000, 1, &error));
  g_assert_no_error (error);
  full = g_get_monotonic_time ();
  before = search (fixture->store, "brought", ETHOS_DIARY_ORDER_BEST, 10000);
  full = g_get_monotonic_time () - full;
  g_assert_cmpuint (before->total, >, 1000);

  /* Cancelled a little way in: the other thread's search is mid-way through SQLite. */
  thread = g_thread_new ("search", run_search_thread, &run);
  g_usleep (MIN (full / 10, 5000));
  g_cancellable_cancel (cancellable);
  g_thread_join (thread);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (run.matches);
  g_test_message ("a full search took %" G_GINT64_FORMAT " microseconds, the cancelled one %" G_GINT64_FORMAT " microseconds", full, run.took);
  g_assert_cmpint (run.took, <, full);
  g_clear_error (&run.error);

  g_assert_true (sqlite3_get_autocommit (db));
  while ((stmt = sqlite3_next_stmt (db, stmt)) != NULL)
    g_assert_false (sqlite3_stmt_busy (stmt));
  add (fixture->store, "2030-01-01", "Sam Fielding", "Brought one more.");
  after = search (fixture->store, "brought", ETHOS_DIARY_ORDER_BEST, 10000);
  g_assert_cmpuint (after->total, ==, before->total + 1);

  /* Cancelled before it starts: nothing is read. */
  g_assert_null (ethos_store_search_diary (fixture->store, "brought", ETHOS_DIARY_ORDER_NEWEST,
                                           10, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

typedef struct
{
  guint              done;
  GError            *error;
  EthosDiaryMatches *matches;
} Arrived;

static void
arrived_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  Arrived *arrived = data;

  arrived->matches = ethos_diary_search_run_finish (ETHOS_DIARY_SEARCH (source), result,
                                                    &arrived->error);
  arrived->done++;
}

/* In a worker thread: a search overtaken by the next (cancelled) never reports results, the
 * next does; a write made meanwhile by the store is seen by the search after it. */
static void
test_in_thread (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosDiarySearch) searcher = NULL;
  g_autoptr (GCancellable) first = g_cancellable_new ();
  Arrived overtaken = { 0 }, last = { 0 }, later = { 0 };

  searcher = ethos_diary_search_new (fixture->store);
  ethos_diary_search_run_async (searcher, "end", ETHOS_DIARY_ORDER_NEWEST, 100, first,
                                arrived_cb, &overtaken);
  g_cancellable_cancel (first);
  ethos_diary_search_run_async (searcher, "ending", ETHOS_DIARY_ORDER_BEST, 100, NULL,
                                arrived_cb, &last);
  while (overtaken.done == 0 || last.done == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (overtaken.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (overtaken.matches);
  g_assert_no_error (last.error);
  g_assert_cmpuint (last.matches->total, ==, 8);
  g_assert_cmpstr (date_at (last.matches, 0), ==, "2010-05-05");

  add (fixture->store, "2027-01-01", "Sam Fielding", "An ending, written just now.");
  ethos_diary_search_run_async (searcher, "ending", ETHOS_DIARY_ORDER_NEWEST, 100, NULL,
                                arrived_cb, &later);
  while (later.done == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (later.error);
  g_assert_cmpuint (later.matches->total, ==, 9);
  g_assert_cmpstr (date_at (later.matches, 0), ==, "2027-01-01");
  g_clear_error (&overtaken.error);
  ethos_diary_matches_free (last.matches);
  ethos_diary_matches_free (later.matches);
}

/* What is said over the results. */
static void
test_sentences (void)
{
  g_autofree char *none = ethos_diary_results_describe ("rupture", 0, 0, ETHOS_DIARY_ORDER_NEWEST);
  g_autofree char *one = ethos_diary_results_describe ("rupture", 1, 1, ETHOS_DIARY_ORDER_NEWEST);
  g_autofree char *twelve = ethos_diary_results_describe ("x", 12, 12, ETHOS_DIARY_ORDER_BEST);
  g_autofree char *newest = ethos_diary_results_describe ("x", 4000, 100,
                                                          ETHOS_DIARY_ORDER_NEWEST);
  g_autofree char *best = ethos_diary_results_describe ("x", 4000, 100, ETHOS_DIARY_ORDER_BEST);

  g_assert_cmpstr (none, ==, "No entry matches “rupture”");
  g_assert_cmpstr (one, ==, "1 entry");
  g_assert_cmpstr (twelve, ==, "12 entries");
  g_assert_cmpstr (newest, ==, "4000 entries, the newest 100 shown");
  g_assert_cmpstr (best, ==, "4000 entries, the best 100 matches shown");
  g_assert_true (ethos_diary_results_starts_month ("2026-11-03", NULL));
  g_assert_false (ethos_diary_results_starts_month ("2026-11-03", "2026-11-20"));
  g_assert_true (ethos_diary_results_starts_month ("2026-10-31", "2026-11-01"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  STORE_TEST_WITH ("/diary-search/newest-first", mixed_setup, test_newest_first);
  STORE_TEST_WITH ("/diary-search/best-first", mixed_setup, test_best_first);
  STORE_TEST_WITH ("/diary-search/count-beyond-limit", mixed_setup, test_count_beyond_limit);
  STORE_TEST_WITH ("/diary-search/snippets", mixed_setup, test_snippets);
  STORE_TEST ("/diary-search/newest-many-and-few", test_newest_many_and_few);
  STORE_TEST ("/diary-search/cancelled", test_cancelled);
  STORE_TEST_WITH ("/diary-search/in-thread", mixed_setup, test_in_thread);
  g_test_add_func ("/diary-search/sentences", test_sentences);

  return g_test_run ();
}
