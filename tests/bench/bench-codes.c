/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-codes"

#include "config.h"

#include "bench-report.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "ethos-code-store.h"
#include "relevance.h"

/* In-process latencies of the codes library: search (50 fixed queries, as typed), opening the
 * database (as the CLI and the notifier do, checking it first; as the window does, checking it
 * in the background). Prints "name p50 p95" lines in milliseconds, then the relevance suite's
 * success within the top 3 and share of queries finding nothing, as "share NAME PERCENT" lines.
 * Usage: bench-codes [DATA_DIR]. */

static const char *const queries[] = {
  "confidentiality",      "DBS",                 "indemnity insurance", "supervision",
  "supervis",             "dual relationships",  "boundaries",          "consent",
  "\"within 14 days\"",   "caution",             "conviction",          "complaint",
  "records",              "data protection",     "CPD",                 "continuing professional",
  "competence",           "health",              "alcohol or drugs",    "advertising",
  "testimonials",         "Gillick",             "professional executor", "whistle",
  "sexual",               "former clients",      "fees",                "contract",
  "ending",               "referral",            "research",            "anonymity",
  "safeguarding children", "vulnerable",         "discrimination",      "diversity",
  "honesty integrity",    "social media",        "online therapy",      "language",
  "gift hospitality",     "conflict of interest", "insur",              "undertak",
  "annual",               "every three years",   "immediately",         "police",
  "group supervision",    "self-care",
  /* Questions as people ask them, and words misspelt: corrected before the search. */
  "when can I see a former client socially", "can I accept a present from a client",
  "indemnty",             "confidentality",      "supervison",          "whistleblower",
};

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (GArray) search = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) open = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) open_later = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (EthosStore) store = NULL;

  dir = argc > 1 ? g_strdup (argv[1]) : g_dir_make_tmp ("ethos-bench-XXXXXX", &error);
  g_assert_no_error (error);

  /* The first open creates and syncs; the ones measured find the codes up to date. */
  store = ethos_store_open (dir, &error);
  if (store == NULL)
    {
      fprintf (stderr, "bench-codes: %s\n", error->message);
      return 1;
    }
  g_clear_object (&store);
  for (guint i = 0; i < 30; i++)
    {
      gint64 start = g_get_monotonic_time ();
      EthosStore *again = ethos_store_open (dir, NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_array_append_val (open, ms);
      g_clear_object (&again);
    }

  /* The window's way: the damage check and the day's backup follow in a thread. */
  for (guint i = 0; i < 30; i++)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();
      gint64 start = g_get_monotonic_time ();
      EthosStore *again = ethos_store_open_full (dir, now, ETHOS_STORE_OPEN_CHECK_LATER, NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_array_append_val (open_later, ms);
      if (again != NULL)
        ethos_store_start_check (again);
      while (again != NULL && !ethos_store_is_checked (again))
        g_usleep (1000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_clear_object (&again);
    }

  store = ethos_store_open (dir, &error);
  for (guint round = 0; round < 10; round++)
    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        gint64 start = g_get_monotonic_time ();
        g_autoptr (GPtrArray) hits = ethos_store_search_clauses (store, queries[i], NULL, 20, NULL);
        double ms = (g_get_monotonic_time () - start) / 1000.0;

        g_assert_nonnull (hits);
        if (round > 0) /* the first round warms the caches */
          g_array_append_val (search, ms);
      }

  bench_report ("codes_search", search);
  {
    RelevanceReport report;

    if (!relevance_run (store, ETHOS_RELEVANCE_QUERIES, &report, &error))
      {
        fprintf (stderr, "bench-codes: %s\n", error->message);
        return 1;
      }
    printf ("share codes_relevance_top3_pct %.1f\n", 100.0 * report.n_in_top_3 / MAX (report.n_queries, 1));
    printf ("share codes_relevance_empty_pct %.1f\n", 100.0 * report.n_empty / MAX (report.n_queries, 1));
    relevance_report_clear (&report);
  }
  bench_report ("db_open", open);
  bench_report ("db_open_window", open_later);
  return 0;
}
