/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-diary"

#include "config.h"

#include "bench-report.h"

#include <stdio.h>

#include "ethos-diary-model.h"
#include "ethos-entry-search.h"
#include "ethos-entry-store.h"
#include "ethos-reminder-store.h"
#include "ethos-rules-store.h"
#include "ethos-standing-store.h"
#include "ethos-totals-store.h"

/* In-process latencies on an existing diary (made by "ethos-cli demo"): diary search over fixed
 * queries as the Diary page runs it (the first 100 results with their snippets, and the count),
 * newest first and best first, totals for twelve months, the reminders (what the Reminders page lists), the first page
 * of the Diary list, and the standing: core's evaluator alone for three bodies (BACP, NCPS, UKCP:
 * a monthly minimum, a yearly CPD target, a five-year one) over the facts it needs, and all the
 * Overview asks of the store, reads included. Prints "name p50 p95"
 * lines in milliseconds. Usage: bench-diary DATA_DIR. */

static const char *const queries[] = {
  "ending",        "shame",      "rupture repair",  "supervisor",  "contract",
  "boundaries",    "grief",      "safeguarding",    "fees",        "online work",
  "countertransf", "tiredness",  "referral",        "silence",     "\"rushed ending\"",
  "Trauma",        "couples",    "GDPR",            "curious",     "insurance wording",
};

/* What the Diary's search is asked as the first letters of a word are typed (issue 21: the
 * first letter as fast as the tenth). */
static const char *const first_letters[] = {
  "s", "c", "t", "g", "r", "su", "co", "th", "gr", "re",
};

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autoptr (GArray) search = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) search_best = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) search_letters = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) page = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) reminders = g_array_new (FALSE, FALSE, sizeof (double));

  if (argc != 2)
    {
      fprintf (stderr, "usage: bench-diary DATA_DIR\n");
      return 2;
    }
  store = ethos_store_open (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "bench-diary: %s\n", error->message);
      return 1;
    }
  rules = ethos_store_load_first_body_rules (store, NULL);
  if (rules == NULL)
    rules = ethos_body_rules_new_unset ();

  for (guint round = 0; round < 6; round++)
    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        g_autoptr (EthosDiaryMatches) newest = NULL;
        g_autoptr (EthosDiaryMatches) best = NULL;

        TIME (search, newest = ethos_store_search_diary (store, queries[i], ETHOS_DIARY_ORDER_NEWEST,
                                                         100, NULL, NULL));
        TIME (search_best, best = ethos_store_search_diary (store, queries[i],
                                                            ETHOS_DIARY_ORDER_BEST, 100, NULL,
                                                            NULL));
        g_assert_nonnull (newest);
        g_assert_nonnull (best);
        g_assert_cmpuint (newest->total, ==, best->total);
        if (round == 0)
          {
            g_array_set_size (search, 0);
            g_array_set_size (search_best, 0);
          }
      }

  for (guint round = 0; round < 4; round++)
    for (guint i = 0; i < G_N_ELEMENTS (first_letters); i++)
      {
        g_autoptr (EthosDiaryMatches) newest = NULL;

        TIME (search_letters, newest = ethos_store_search_diary (store, first_letters[i],
                                                                 ETHOS_DIARY_ORDER_NEWEST, 100,
                                                                 NULL, NULL));
        g_assert_nonnull (newest);
        if (round == 0)
          g_array_set_size (search_letters, 0);
      }

  for (guint round = 0; round < 11; round++)
    {
      g_autoptr (GArray) months = NULL;
      g_autoptr (GArray) periods = NULL;

      /* The last twelve months of the demo diary, which ends on 20 November 2026. */
      TIME (totals, months = ethos_store_supervision_totals (store, rules, "2025-12", "2026-11", NULL);
            periods = ethos_store_cpd_totals (store, rules, "2025-12-01", "2026-11-23", NULL));
      g_assert_nonnull (months);
      g_assert_nonnull (periods);
      if (round == 0)
        g_array_set_size (totals, 0);
    }

  for (guint round = 0; round < 21; round++)
    {
      g_autoptr (GPtrArray) list = NULL;

      TIME (reminders, list = ethos_store_list_reminders (store, TRUE, NULL));
      g_assert_nonnull (list);
      if (round == 0)
        g_array_set_size (reminders, 0);
    }

  for (guint round = 0; round < 11; round++)
    {
      g_autoptr (EthosDiaryModel) model = NULL;

      /* What the Diary page does on opening: count, then the items a screen shows. */
      TIME (page, model = ethos_diary_model_new (store, -1);
            for (guint i = 0; i < 30 && i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
              g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i)));
      if (round == 0)
        g_array_set_size (page, 0);
    }

  {
    static const char *const ids[] = { "bacp", "ncps", "ukcp" };
    g_autoptr (GArray) evaluate = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr (GArray) read = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr (GPtrArray) body_rules = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_body_rules_free);
    g_autoptr (GStringChunk) strings = g_string_chunk_new (4096);
    g_autoptr (GArray) supervision = NULL;
    g_autoptr (GArray) cpd = NULL;
    g_autoptr (GPtrArray) open_reminders = ethos_store_list_reminders (store, FALSE, NULL);
    EthosStandingBody bodies[G_N_ELEMENTS (ids)] = { { 0 } };
    EthosStandingInput input = { 0 };
    char supervision_from[11], cpd_from[11];
    GDate today;

    g_date_clear (&today, 1);
    g_date_set_dmy (&today, 23, G_DATE_NOVEMBER, 2026);
    for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
      {
        EthosBodyRules *body = ethos_body_rules_load_shipped (ids[i], NULL);

        g_assert_nonnull (body);
        g_ptr_array_add (body_rules, body);
        bodies[i].body_id = ids[i];
        bodies[i].rules = body;
        bodies[i].cpd_anchor = "2022-04-01";
      }
    input.today = &today;
    input.bodies = bodies;
    input.n_bodies = G_N_ELEMENTS (ids);
    ethos_standing_reading_range (&input, supervision_from, cpd_from);
    supervision = ethos_store_read_supervision_facts (store, supervision_from, "2026-11-23", strings,
                                                      NULL);
    cpd = ethos_store_read_cpd_facts (store, cpd_from, "2026-11-23", strings, NULL);
    g_assert_nonnull (supervision);
    g_assert_nonnull (cpd);
    g_assert_nonnull (open_reminders);
    input.supervision = (const EthosSupervisionFact *) supervision->data;
    input.n_supervision = supervision->len;
    input.cpd = (const EthosCpdFact *) cpd->data;
    input.n_cpd = cpd->len;
    input.diary_start = "2000-01-01";
    input.reminders = (EthosReminder *const *) open_reminders->pdata;
    input.n_reminders = open_reminders->len;

    for (guint round = 0; round < 21; round++)
      {
        g_autoptr (EthosStanding) evaluated = NULL;
        g_autoptr (EthosStanding) standing = NULL;

        TIME (evaluate, evaluated = ethos_standing_evaluate (&input));
        TIME (read, standing = ethos_store_get_standing (store, &today, NULL));
        g_assert_nonnull (evaluated);
        g_assert_nonnull (standing);
        if (round == 0)
          {
            g_array_set_size (evaluate, 0);
            g_array_set_size (read, 0);
          }
      }
    bench_report ("standing_evaluate_3_bodies", evaluate);
    bench_report ("standing_with_reads", read);
  }

  bench_report ("diary_search", search);
  bench_report ("diary_search_first_letters", search_letters);
  bench_report ("diary_search_best", search_best);
  bench_report ("totals", totals);
  bench_report ("reminders_list", reminders);
  bench_report ("diary_first_page", page);
  return 0;
}
