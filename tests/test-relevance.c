/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-relevance"

#include "config.h"

#include "case-fixture.h"
#include "relevance.h"

/* The relevance suite (issue 17): for at least 95% of the queries a reader's answer is among
 * the first three results, and no query finds nothing. The queries were written from the code
 * texts (natural questions, single words, phrases, typos, compounds, synonyms), not from what
 * the search returned. */

#define FLOOR 0.95

static void
test_relevance (StoreFixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "relevance", "codes-queries.txt", NULL);
  g_autoptr (GError) error = NULL;
  RelevanceReport report;
  double share;

  g_assert_true (relevance_run (fixture->store, path, &report, &error));
  g_assert_no_error (error);
  share = (double) report.n_in_top_3 / MAX (report.n_queries, 1);
  g_test_message ("success@3 %u/%u (%.1f%%), %u empty", report.n_in_top_3, report.n_queries,
                  100 * share, report.n_empty);
  if (report.misses->len > 0)
    g_test_message ("missed:\n%s", report.misses->str);
  g_assert_cmpuint (report.n_queries, >=, 40);
  g_assert_cmpuint (report.n_empty, ==, 0);
  g_assert_cmpfloat (share, >=, FLOOR);
  relevance_report_clear (&report);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/relevance/codes", StoreFixture, NULL, store_fixture_setup, test_relevance,
              store_fixture_teardown);
  return g_test_run ();
}
