/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-code-search"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "case-fixture.h"
#include "ethos-code-store.h"
#include "ethos-search-words.h"

/* Searching the shipped codes: the answers below were checked by reading the codes. */

static GPtrArray *
search (EthosStore *store, const char *query, const char *code)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *hits = ethos_store_search_clauses (store, query, code, 10, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

static gboolean
hit_is (GPtrArray *hits, guint index, const char *code, const char *ref)
{
  EthosSearchHit *hit;

  if (index >= hits->len)
    return FALSE;
  hit = g_ptr_array_index (hits, index);
  return g_str_equal (hit->code_id, code) && g_str_equal (hit->ref, ref);
}

static gboolean
in_top (GPtrArray *hits, guint n, const char *code, const char *ref)
{
  for (guint i = 0; i < n && i < hits->len; i++)
    if (hit_is (hits, i, code, ref))
      return TRUE;
  return FALSE;
}

static void
test_ranking (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) dbs = search (fixture->store, "DBS", NULL);
  g_autoptr (GPtrArray) dbs_lower = search (fixture->store, "dbs", NULL);
  g_autoptr (GPtrArray) indemnity = search (fixture->store, "indemnity insurance", NULL);
  g_autoptr (GPtrArray) executor = search (fixture->store, "professional executor", NULL);
  g_autoptr (GPtrArray) gillick = search (fixture->store, "Gillick", NULL);
  g_autoptr (GPtrArray) intimacy = search (fixture->store, "sexual intimacy former clients", NULL);
  g_autoptr (GPtrArray) fourteen = search (fixture->store, "\"within 14 days\"", NULL);
  g_autoptr (GPtrArray) supervision = search (fixture->store, "regular supervision", NULL);

  /* The two DBS clauses, whatever the case. */
  g_assert_true (in_top (dbs, 2, "atrium-practice", "9.6"));
  g_assert_true (in_top (dbs, 2, "cosrt", "26"));
  g_assert_cmpuint (dbs->len, ==, dbs_lower->len);

  g_assert_true (hit_is (indemnity, 0, "atrium-practice", "9.5"));
  g_assert_true (in_top (indemnity, 3, "cosrt", "45"));
  g_assert_true (hit_is (executor, 0, "cosrt", "41"));
  g_assert_true (hit_is (gillick, 0, "cosrt", "27"));
  g_assert_true (hit_is (intimacy, 0, "atrium-practice", "8.4"));
  g_assert_true (in_top (fourteen, 2, "cosrt", "107"));
  g_assert_true (in_top (fourteen, 2, "cosrt", "108"));
  g_assert_true (in_top (supervision, 5, "wv-ipn", "supervision.3"));
  g_assert_true (in_top (supervision, 5, "ipt-uk", "8"));
}

static void
test_prefix_and_stemming (StoreFixture *fixture, gconstpointer data)
{
  /* Search as you type: "whistle" finds "whistle-blower" and "Whistleblowing". */
  g_autoptr (GPtrArray) partial = search (fixture->store, "whistle", NULL);
  g_autoptr (GPtrArray) stemmed = search (fixture->store, "supervisors", "cosrt");
  g_autoptr (GPtrArray) typing = search (fixture->store, "indemn", NULL);

  g_assert_true (in_top (partial, 2, "cosrt", "55"));
  g_assert_true (in_top (partial, 2, "atrium-practice", "10.3"));
  g_assert_true (in_top (typing, 2, "atrium-practice", "9.5"));
  /* "supervisors" finds "supervisor" (cosrt 34, 64). */
  g_assert_true (in_top (stemmed, 10, "cosrt", "34"));
  g_assert_true (in_top (stemmed, 10, "cosrt", "64"));
}

static void
test_one_code_and_snippets (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) hits = search (fixture->store, "confidentiality", "iapt-confidentiality");
  EthosSearchHit *hit;
  g_autofree char *markup = NULL;

  g_assert_cmpuint (hits->len, >, 2);
  for (guint i = 0; i < hits->len; i++)
    g_assert_cmpstr (((EthosSearchHit *) g_ptr_array_index (hits, i))->code_id, ==,
                     "iapt-confidentiality");

  hit = g_ptr_array_index (hits, 0);
  markup = ethos_search_hit_format_snippet (hit, "<b>", "</b>", TRUE);
  g_assert_nonnull (strstr (markup, "<b>"));
  g_assert_true (g_str_match_string ("confidentiality", markup, FALSE)
                 || strstr (markup, "onfidential") != NULL);
  for (guint i = 1; i < hits->len; i++)
    g_assert_cmpfloat (((EthosSearchHit *) g_ptr_array_index (hits, i - 1))->score, >=,
                       ((EthosSearchHit *) g_ptr_array_index (hits, i))->score);
}

/* A clause longer than FTS5's snippet() is given (ETHOS_STORE_SNIPPET_MAX_CHARS, where its time
 * grows with the square of the matches) has its snippet cut from the whole text: a few words
 * around the first match, marked, with "…" either side. */
static void
test_long_clause_snippets (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GString) code = g_string_new ("# Long Code\n\n1. ");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autofree char *id = NULL;
  g_autofree char *shown = NULL;
  EthosSearchHit *hit;

  for (guint i = 0; i < 400; i++)
    g_string_append (code, "Members keep records. ");
  g_string_append (code, "Hold professional indemnity insurance at all times. ");
  for (guint i = 0; i < 400; i++)
    g_string_append (code, "Members keep records. ");
  g_string_append (code, "\n");
  id = ethos_store_import_code (fixture->store, code->str, code->len, "long", NULL, NULL, &error);
  g_assert_no_error (error);

  hits = search (fixture->store, "indemnity", "long");
  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  shown = ethos_search_hit_format_snippet (hit, "[", "]", FALSE);
  /* "indemnity" and the words that mean the same ("professional indemnity", "insurance")
   * are all marked. */
  g_assert_cmpstr (shown, ==, "…keep records. Hold [professional indemnity insurance] at all "
                              "times. Members keep records. Members keep records. Members…");
}

/* The cut keeps the marks paired however it falls, and says where the text goes on. */
static void
test_snippet_cut (void)
{
  g_autoptr (GString) word = g_string_new ("Before \002");
  g_autofree char *plain = ethos_search_snippet_cut ("One two three", 2);
  g_autofree char *start = ethos_search_snippet_cut ("\002One\003 two three", 16);
  g_autofree char *last = ethos_search_snippet_cut ("a b c d e \002f\003 g", 8);
  g_autofree char *short_cut = ethos_search_snippet_cut ("a b c d e \002f\003 g h", 2);
  g_autofree char *long_word = NULL;

  g_assert_cmpstr (plain, ==, "One two…");
  g_assert_cmpstr (start, ==, "\002One\003 two three");
  g_assert_cmpstr (last, ==, "…d e \002f\003 g");
  g_assert_cmpstr (short_cut, ==, "…\002f\003 g…");
  /* A match inside a word of thousands of letters is cut and closed. */
  for (guint i = 0; i < 5000; i++)
    g_string_append_c (word, 'x');
  g_string_append (word, "\003 after");
  long_word = ethos_search_snippet_cut (word->str, 16);
  g_assert_true (g_str_has_prefix (long_word, "Before \002xxx"));
  g_assert_true (g_str_has_suffix (long_word, "x\003…"));
  g_assert_cmpuint (strlen (long_word), <, 400);
}

static void
test_syntax_never_fails (StoreFixture *fixture, gconstpointer data)
{
  const char *inputs[] = {
    "\"",         "\"\"",       "*",           "a*b",        "NOT",          "AND OR",
    "NEAR(dbs)",  "heading:x",  "^start",      "(unclosed",  "-minus",       "+plus",
    "{braces}",   "'quote'",    "dbs\" OR \"", "\\",         "\x01\x02",     "%_",
    "; DROP TABLE clauses; --", "€ £ ¥",       "café naïve", "   ",          "9.6",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) hits = ethos_store_search_clauses (fixture->store, inputs[i], NULL, 10,
                                                               &error);

      g_assert_no_error (error);
      g_assert_nonnull (hits);
    }
}

static EthosSearchResults *
search_codes (EthosStore *store, const char *query, const char *code)
{
  g_autoptr (GError) error = NULL;
  EthosSearchResults *results = ethos_store_search_codes (store, query, code, 10, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static gboolean
snippet_has (EthosSearchHit *hit, const char *word)
{
  g_autofree char *shown = ethos_search_hit_format_snippet (hit, "[", "]", FALSE);
  g_autofree char *lower = g_utf8_strdown (shown, -1);

  return strstr (lower, word) != NULL;
}

/* The examples of issue 17, as a person types them. */
static void
test_questions_people_type (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) police = search (fixture->store, "police", NULL);
  g_autoptr (GPtrArray) socially = search (fixture->store, "when can I see a former client socially", NULL);
  g_autoptr (GPtrArray) present = search (fixture->store, "can I accept a present from a client", NULL);
  g_autoptr (EthosSearchResults) typo = search_codes (fixture->store, "indemnty", NULL);
  g_autoptr (EthosSearchResults) typed = search_codes (fixture->store, "indemnity", NULL);
  g_autoptr (EthosSearchResults) misspelt = search_codes (fixture->store, "confidentality", NULL);
  g_autoptr (GPtrArray) one_word = search (fixture->store, "healthcare", NULL);
  g_autoptr (GPtrArray) two_words = search (fixture->store, "health care", NULL);
  g_autoptr (GPtrArray) joined = search (fixture->store, "whistleblower", NULL);
  g_autoptr (GPtrArray) hyphened = search (fixture->store, "whistle-blower", NULL);
  EthosSearchHit *first;

  /* "police" is not completed to "policy" by its stem: both clauses on the police, only. */
  g_assert_true (in_top (police, 2, "ipt-uk", "5"));
  g_assert_true (in_top (police, 2, "cosrt", "107.m"));
  for (guint i = 0; i < police->len; i++)
    g_assert_true (snippet_has (g_ptr_array_index (police, i), "police"));

  /* A word no clause contains does not empty the list. */
  g_assert_true (in_top (socially, 3, "wv-ipn", "boundaries.2"));
  g_assert_true (in_top (present, 3, "cosrt", "112"));

  /* One letter wrong: the nearest word, said; the same answers as the word spelt right. */
  g_assert_cmpstr (ethos_search_results_get_correction (typo), ==, "Showing results for “indemnity”");
  g_assert_null (ethos_search_results_get_correction (typed));
  g_assert_cmpuint (ethos_search_results_get_n_matches (typo), ==,
                    ethos_search_results_get_n_matches (typed));
  first = g_ptr_array_index (ethos_search_results_get_hits (typo), 0);
  g_assert_cmpstr (first->code_id, ==, "atrium-practice");
  g_assert_cmpstr (first->ref, ==, "9.5");
  g_assert_cmpstr (ethos_search_results_get_correction (misspelt), ==,
                   "Showing results for “confidentiality”");
  g_assert_cmpuint (ethos_search_results_get_n_codes (misspelt), >=, 4);

  /* Compounds and hyphens: either way finds both ways of writing it. */
  g_assert_cmpuint (one_word->len, ==, two_words->len);
  g_assert_true (in_top (one_word, 2, "atrium-ethics", "2.2"));
  g_assert_true (in_top (two_words, 2, "atrium-ethics", "2.2"));
  g_assert_true (in_top (joined, 2, "cosrt", "55"));
  g_assert_true (in_top (joined, 2, "atrium-practice", "10.3"));
  g_assert_true (in_top (hyphened, 2, "cosrt", "55"));
  g_assert_true (in_top (hyphened, 2, "atrium-practice", "10.3"));
}

/* A sub-clause is shown with the words of its parent that give it its meaning. */
static void
test_sub_clause_lead_in (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) hits = search (fixture->store, "caution police", "cosrt");
  EthosSearchHit *hit;
  g_autofree char *shown = NULL;

  g_assert_true (hit_is (hits, 0, "cosrt", "107.m"));
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (hit->lead_in, ==, "You must tell us without delay (within 14 days) if, anywhere "
                                     "in the world:");
  shown = ethos_search_hit_format_snippet (hit, "[", "]", FALSE);
  g_assert_true (g_str_has_prefix (shown, "You must tell us without delay (within 14 days) if, "
                                          "anywhere in the world: you have accepted a [caution]"));
}

/* More words matched first; a heading alone counts for less than a clause that says it; the
 * count is of every match, and only those in the code asked for. */
static void
test_order_and_count (StoreFixture *fixture, gconstpointer data)
{
  const char code[] = "# Ranking Code\n\n"
                      "## Records\n\n"
                      "1. Keep everything safe and locked away.\n\n"
                      "## Practice\n\n"
                      "2. Keep records of each session.\n"
                      "3. Keep records of each session and a note of the fees.\n";
  g_autoptr (GError) error = NULL;
  g_autofree char *id = ethos_store_import_code (fixture->store, code, sizeof code - 1, "ranking",
                                                 NULL, NULL, &error);
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GPtrArray) both = NULL;
  g_autoptr (EthosSearchResults) one_code = NULL;
  g_autoptr (EthosSearchResults) all_codes = NULL;

  g_assert_no_error (error);
  records = search (fixture->store, "records", "ranking");
  g_assert_cmpuint (records->len, ==, 3);
  g_assert_true (hit_is (records, 2, "ranking", "1")); /* under a heading "Records", alone */
  both = search (fixture->store, "records fees", "ranking");
  g_assert_true (hit_is (both, 0, "ranking", "3"));

  one_code = search_codes (fixture->store, "records", "ranking");
  all_codes = search_codes (fixture->store, "records", NULL);
  g_assert_cmpuint (ethos_search_results_get_n_matches (one_code), ==, 3);
  g_assert_cmpuint (ethos_search_results_get_n_codes (one_code), ==, 1);
  g_assert_cmpuint (ethos_search_results_get_n_matches (all_codes), >, 3);
  g_assert_cmpuint (ethos_search_results_get_n_codes (all_codes), >, 1);
  /* The vocabulary follows the codes: a word of an imported code is known once it is in. */
  {
    g_autoptr (EthosSearchResults) near = search_codes (fixture->store, "lockd", NULL);

    g_assert_cmpstr (ethos_search_results_get_correction (near), ==, "Showing results for “locked”");
  }
}

/* Each group of the shipped synonyms has a member the shipped codes contain: a group that
 * matches nothing would only slow the search. */
static void
test_synonyms_in_codes (StoreFixture *fixture, gconstpointer data)
{
  GPtrArray *groups = ethos_search_synonyms_shipped ();

  g_assert_cmpuint (groups->len, >=, 15);
  for (guint g = 0; g < groups->len; g++)
    {
      GStrv group = g_ptr_array_index (groups, g);
      gboolean found = FALSE;

      for (guint m = 0; group[m] != NULL && !found; m++)
        {
          g_autofree char *quoted = g_strdup_printf ("\"%s\"", group[m]);
          g_autoptr (EthosSearchResults) results = search_codes (fixture->store, quoted, NULL);

          found = ethos_search_results_get_n_matches (results) > 0;
        }
      if (!found)
        g_test_message ("no member of the group of “%s” is in the codes", group[0]);
      g_assert_true (found);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  STORE_TEST ("/code-search/ranking", test_ranking);
  STORE_TEST ("/code-search/prefix-and-stemming", test_prefix_and_stemming);
  STORE_TEST ("/code-search/one-code-and-snippets", test_one_code_and_snippets);
  STORE_TEST ("/code-search/syntax-never-fails", test_syntax_never_fails);
  STORE_TEST ("/code-search/long-clause-snippets", test_long_clause_snippets);
  STORE_TEST ("/code-search/questions-people-type", test_questions_people_type);
  STORE_TEST ("/code-search/sub-clause-lead-in", test_sub_clause_lead_in);
  STORE_TEST ("/code-search/order-and-count", test_order_and_count);
  STORE_TEST ("/code-search/synonyms-in-codes", test_synonyms_in_codes);
  g_test_add_func ("/code-search/snippet-cut", test_snippet_cut);

  return g_test_run ();
}
