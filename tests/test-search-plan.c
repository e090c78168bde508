/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-search-plan"

#include "config.h"

#include <locale.h>

#include "ethos-search-hit.h"
#include "ethos-search-plan.h"
#include "ethos-search-ranking.h"
#include "ethos-search-results.h"
#include "ethos-search-words.h"

/* What a search asks for, worked out from what was typed (no index needed): the words that
 * carry meaning, synonyms, compounds, the word being typed, corrections; how matches rank; and
 * the sentences said over the results. */

static EthosSearchVocab *
make_vocab (void)
{
  static const char *const words[]
    = { "indemnity", "insurance", "confidentiality", "supervision", "health", "care",
        "healthcare", "whistleblowing", "former", "client", "police", "policy", "gift" };
  EthosSearchVocab *vocab = ethos_search_vocab_new (100);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    ethos_search_vocab_add (vocab, words[i], i + 1);
  return vocab;
}

static GPtrArray *
synonyms (void)
{
  return ethos_search_synonyms_parse ("# comment\n"
                                      "client ; service user ; patient  # where they occur\n"
                                      "gift ; present\n"
                                      "DBS ; criminal record check\n"
                                      "lonely  # a group of one is no group\n");
}

static EthosSearchTerm *
term (EthosSearchPlan *plan, guint index)
{
  g_assert_cmpuint (index, <, ethos_search_plan_get_n_terms (plan));
  return ethos_search_plan_get_term (plan, index);
}

static void
test_edit_distance (void)
{
  g_assert_cmpuint (ethos_search_edit_distance ("indemnty", "indemnity", 2), ==, 1);
  g_assert_cmpuint (ethos_search_edit_distance ("recieve", "receive", 2), ==, 1); /* a swap */
  g_assert_cmpuint (ethos_search_edit_distance ("café", "cafe", 2), ==, 1); /* in characters */
  g_assert_cmpuint (ethos_search_edit_distance ("abc", "abc", 2), ==, 0);
  g_assert_cmpuint (ethos_search_edit_distance ("confidentiality", "police", 2), ==, 3);
}

static void
test_nearest (void)
{
  g_autoptr (EthosSearchVocab) vocab = make_vocab ();

  g_assert_cmpstr (ethos_search_vocab_nearest (vocab, "indemnty"), ==, "indemnity");
  g_assert_cmpstr (ethos_search_vocab_nearest (vocab, "confidentality"), ==, "confidentiality");
  g_assert_cmpstr (ethos_search_vocab_nearest (vocab, "supervison"), ==, "supervision");
  /* Short words: one edit at most; nothing near: nothing. */
  g_assert_cmpstr (ethos_search_vocab_nearest (vocab, "gitf"), ==, "gift");
  g_assert_null (ethos_search_vocab_nearest (vocab, "gxxt"));
  g_assert_null (ethos_search_vocab_nearest (vocab, "zebra"));
  /* A word the codes contain is never "corrected" to another. */
  g_assert_cmpstr (ethos_search_vocab_nearest (vocab, "police"), !=, "police");
  g_assert_cmpuint (ethos_search_vocab_count (vocab, "police"), >, 0);
}

static void
test_question_words (void)
{
  g_autoptr (EthosSearchVocab) vocab = make_vocab ();
  g_autoptr (GPtrArray) groups = synonyms ();
  g_autoptr (EthosSearchPlan) plan
    = ethos_search_plan_new ("when can I see a former client socially", vocab, groups);
  g_autoptr (EthosSearchPlan) only_stop = ethos_search_plan_new ("what if", vocab, groups);
  g_autofree char *fts = NULL;

  /* "when", "can", "I", "a" carry no weight; "client" brings its synonyms, the typed one
   * first and alone its own. */
  g_assert_cmpuint (ethos_search_plan_get_n_terms (plan), ==, 4);
  g_assert_cmpstr (term (plan, 0)->label, ==, "see");
  g_assert_cmpstr (term (plan, 1)->label, ==, "former");
  g_assert_cmpstr (term (plan, 2)->label, ==, "client");
  g_assert_cmpuint (term (plan, 2)->phrases->len, ==, 3);
  g_assert_cmpuint (term (plan, 2)->n_own, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (term (plan, 2)->phrases, 0), ==, "client");
  g_assert_cmpstr (term (plan, 3)->label, ==, "socially");
  g_assert_true (term (plan, 3)->open);
  g_assert_false (term (plan, 1)->open);
  fts = ethos_search_plan_to_fts (plan, FALSE);
  g_assert_cmpstr (fts, ==, "\"see\" OR \"former\" OR \"client\" OR \"service user\" OR "
                            "\"patient\" OR \"socially\"");
  /* Nothing but question words: they are searched for after all. */
  g_assert_cmpuint (ethos_search_plan_get_n_terms (only_stop), ==, 2);
}

static void
test_phrases_and_compounds (void)
{
  g_autoptr (EthosSearchVocab) vocab = make_vocab ();
  g_autoptr (GPtrArray) groups = synonyms ();
  g_autoptr (EthosSearchPlan) two = ethos_search_plan_new ("health care", vocab, groups);
  g_autoptr (EthosSearchPlan) one = ethos_search_plan_new ("healthcare ", vocab, groups);
  g_autoptr (EthosSearchPlan) hyphen = ethos_search_plan_new ("whistle-blowing", vocab, groups);
  g_autoptr (EthosSearchPlan) quoted = ethos_search_plan_new ("\"within 14 days\" NEAR(x", vocab, groups);
  g_autoptr (EthosSearchPlan) record = ethos_search_plan_new ("Criminal Record Checks", vocab, groups);
  g_autofree char *completions = ethos_search_plan_to_fts (quoted, TRUE);
  g_autofree char *nothing_open = ethos_search_plan_to_fts (one, TRUE);

  /* Written as two words or one, each finds the other. */
  g_assert_cmpuint (ethos_search_plan_get_n_terms (two), ==, 1);
  g_assert_cmpstr (g_ptr_array_index (term (two, 0)->phrases, 1), ==, "healthcare");
  g_assert_cmpuint (ethos_search_plan_get_n_terms (one), ==, 1);
  g_assert_cmpstr (g_ptr_array_index (term (one, 0)->phrases, 1), ==, "health care");
  g_assert_false (term (one, 0)->open); /* a space typed after it: the word is finished */
  g_assert_null (nothing_open);
  g_assert_cmpstr (g_ptr_array_index (term (hyphen, 0)->phrases, 0), ==, "whistle blowing");
  g_assert_cmpstr (g_ptr_array_index (term (hyphen, 0)->phrases, 1), ==, "whistleblowing");
  /* A quoted phrase stays whole; FTS5's syntax typed is only words. */
  g_assert_cmpstr (g_ptr_array_index (term (quoted, 0)->phrases, 0), ==, "within 14 days");
  g_assert_true (term (quoted, 0)->quoted);
  g_assert_cmpstr (completions, ==, "\"near x\" * OR \"nearx\" *");
  /* A synonym of several words, in any case, plural or not. */
  g_assert_cmpuint (ethos_search_plan_get_n_terms (record), ==, 1);
  g_assert_cmpstr (g_ptr_array_index (term (record, 0)->phrases, 0), ==, "criminal record check");
  g_assert_cmpstr (g_ptr_array_index (term (record, 0)->phrases, 1), ==, "dbs");
}

static void
test_correction (void)
{
  g_autoptr (EthosSearchVocab) vocab = make_vocab ();
  g_autoptr (EthosSearchPlan) plan = ethos_search_plan_new ("my indemnty Insurance", vocab, NULL);
  g_autoptr (EthosSearchPlan) quoted = ethos_search_plan_new ("\"indemnty\"", vocab, NULL);
  g_autofree char *before = ethos_search_plan_describe_correction (plan);
  g_autofree char *after = NULL;

  g_assert_null (before);
  g_assert_cmpuint (ethos_search_plan_get_n_terms (plan), ==, 2);
  g_assert_true (ethos_search_plan_correct (plan, 0, vocab));
  g_assert_false (ethos_search_plan_correct (plan, 0, vocab)); /* once */
  g_assert_cmpstr (term (plan, 0)->label, ==, "indemnity");
  after = ethos_search_plan_describe_correction (plan);
  /* What was typed, with the correction in its place. */
  g_assert_cmpstr (after, ==, "Showing results for “my indemnity Insurance”");
  /* What is typed in quotes is meant as typed. */
  g_assert_false (ethos_search_plan_correct (quoted, 0, vocab));
}

/* Rows for the ranking: clause 1 matches both words in its text, clause 2 one word in its text
 * and heading, clause 3 one word in its heading only, clause 4 the word being typed only as
 * the start of a longer word, clause 5 the same word as typed. */
static void
test_ranking (void)
{
  g_autoptr (EthosSearchPlan) plan = ethos_search_plan_new ("former pol", NULL, NULL);
  g_autoptr (EthosSearchRanking) ranking = ethos_search_ranking_new (plan, 100);
  const guint64 former_text = (guint64) ETHOS_SEARCH_IN_TEXT << 0;
  const guint64 former_heading = (guint64) ETHOS_SEARCH_IN_HEADING << 0;
  const guint64 pol_text = (guint64) ETHOS_SEARCH_IN_TEXT << 2;

  ethos_search_ranking_add (ranking, ETHOS_SEARCH_EXACT, 3, former_heading, 0);
  ethos_search_ranking_add (ranking, ETHOS_SEARCH_EXACT, 2, former_text | former_heading, 0);
  ethos_search_ranking_add (ranking, ETHOS_SEARCH_EXACT, 1, former_text, 0);
  ethos_search_ranking_add (ranking, ETHOS_SEARCH_COMPLETION, 1, (guint64) ETHOS_SEARCH_IN_TEXT, 0);
  ethos_search_ranking_add (ranking, ETHOS_SEARCH_COMPLETION, 4, (guint64) ETHOS_SEARCH_IN_TEXT, 0);
  ethos_search_ranking_add (ranking, ETHOS_SEARCH_EXACT, 5, pol_text, 0);
  /* A rank alone adds no clause. */
  ethos_search_ranking_add (ranking, ETHOS_SEARCH_STEM, 9, 0, -5);
  ethos_search_ranking_finish (ranking);

  g_assert_cmpuint (ethos_search_ranking_get_n_matches (ranking), ==, 5);
  g_assert_cmpint (ethos_search_ranking_get_id (ranking, 0), ==, 1); /* both words */
  for (guint i = 1; i < 5; i++)
    g_assert_cmpfloat (ethos_search_ranking_get_score (ranking, i - 1), >=,
                       ethos_search_ranking_get_score (ranking, i));
  /* Heading and text above text alone above heading alone; as typed above a completion. */
  {
    int position[10] = { 0 };

    for (guint i = 0; i < 5; i++)
      position[ethos_search_ranking_get_id (ranking, i)] = i;
    g_assert_cmpint (position[2], <, position[3]);
    g_assert_cmpint (position[5], <, position[4]);
  }
  g_assert_true (ethos_search_ranking_term_found (ranking, 0));
  g_assert_true (ethos_search_ranking_term_found (ranking, 1));
}

/* A clause matching fewer than half the terms the best match does is no answer to the
 * question: left out, and not counted. */
static void
test_quorum (void)
{
  g_autoptr (EthosSearchPlan) plan = ethos_search_plan_new ("accept gift client", NULL, NULL);
  g_autoptr (EthosSearchRanking) ranking = ethos_search_ranking_new (plan, 100);
  const guint64 text = ETHOS_SEARCH_IN_TEXT;

  g_assert_cmpuint (ethos_search_plan_get_n_terms (plan), ==, 3);
  ethos_search_ranking_add (ranking, ETHOS_SEARCH_EXACT, 1, text | text << 2 | text << 4, 0);
  ethos_search_ranking_add (ranking, ETHOS_SEARCH_EXACT, 2, text << 2 | text << 4, 0);
  ethos_search_ranking_add (ranking, ETHOS_SEARCH_EXACT, 3, text << 4, 0);
  ethos_search_ranking_add (ranking, ETHOS_SEARCH_EXACT, 4, text << 4, 0);
  ethos_search_ranking_finish (ranking);
  g_assert_cmpuint (ethos_search_ranking_get_n_matches (ranking), ==, 2);
  g_assert_cmpint (ethos_search_ranking_get_id (ranking, 0), ==, 1);
  g_assert_cmpint (ethos_search_ranking_get_id (ranking, 1), ==, 2);
}

static void
test_results_words (void)
{
  g_autoptr (GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) grouped = NULL;
  const char *codes[] = { "cosrt", "ipt-uk", "cosrt", "wv-ipn", "ipt-uk" };
  g_autoptr (EthosSearchResults) many = NULL;
  g_autoptr (EthosSearchResults) one = NULL;
  g_autoptr (EthosSearchResults) none = NULL;
  g_autofree char *many_text = NULL, *one_text = NULL, *none_text = NULL;
  g_autofree char *lead_in = ethos_search_lead_in ("Some words first. You must tell us without delay "
                                                   "(within 14 days) if, anywhere in the world:");
  g_autofree char *long_lead_in = ethos_search_lead_in ("one two three four five six seven eight nine "
                                                        "ten eleven twelve thirteen fourteen fifteen "
                                                        "sixteen seventeen eighteen:");

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      EthosSearchHit *hit = ethos_search_hit_new ();

      hit->code_id = g_strdup (codes[i]);
      hit->ref = g_strdup_printf ("%u", i);
      g_ptr_array_add (hits, hit);
    }
  grouped = ethos_search_results_group_by_code (hits);
  /* Each code's together, in the order of its best hit; the first of each marked. */
  g_assert_cmpstr (((EthosSearchHit *) grouped->pdata[0])->ref, ==, "0");
  g_assert_cmpstr (((EthosSearchHit *) grouped->pdata[1])->ref, ==, "2");
  g_assert_cmpstr (((EthosSearchHit *) grouped->pdata[2])->ref, ==, "1");
  g_assert_cmpstr (((EthosSearchHit *) grouped->pdata[3])->ref, ==, "4");
  g_assert_cmpstr (((EthosSearchHit *) grouped->pdata[4])->ref, ==, "3");
  g_assert_true (((EthosSearchHit *) grouped->pdata[0])->starts_group);
  g_assert_false (((EthosSearchHit *) grouped->pdata[1])->starts_group);
  g_assert_true (((EthosSearchHit *) grouped->pdata[2])->starts_group);
  g_assert_true (((EthosSearchHit *) grouped->pdata[4])->starts_group);

  many = ethos_search_results_new (hits, 12, 4, NULL);
  one = ethos_search_results_new (hits, 1, 1, NULL);
  none = ethos_search_results_new (hits, 0, 0, NULL);
  many_text = ethos_search_results_describe (many);
  one_text = ethos_search_results_describe (one);
  none_text = ethos_search_results_describe (none);
  g_assert_cmpstr (many_text, ==, "12 clauses in 4 codes");
  g_assert_cmpstr (one_text, ==, "1 clause");
  g_assert_cmpstr (none_text, ==, "No clause matches");

  /* A sub-clause's lead-in: its parent's last sentence, when it leads into a list. */
  g_assert_cmpstr (lead_in, ==, "You must tell us without delay (within 14 days) if, anywhere in the world:");
  g_assert_true (g_str_has_prefix (long_lead_in, "…three four"));
  g_assert_null (ethos_search_lead_in ("A whole clause of its own."));
  g_assert_null (ethos_search_lead_in (""));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/search-plan/edit-distance", test_edit_distance);
  g_test_add_func ("/search-plan/nearest", test_nearest);
  g_test_add_func ("/search-plan/question-words", test_question_words);
  g_test_add_func ("/search-plan/phrases-and-compounds", test_phrases_and_compounds);
  g_test_add_func ("/search-plan/correction", test_correction);
  g_test_add_func ("/search-plan/ranking", test_ranking);
  g_test_add_func ("/search-plan/quorum", test_quorum);
  g_test_add_func ("/search-plan/results-words", test_results_words);
  return g_test_run ();
}
