/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-search-query"

#include "config.h"

#include <string.h>

#include "ethos-search-query.h"

/* What a person types becomes an FTS5 query that cannot be a syntax error. */

static void
assert_query (const char *input, gboolean prefix, const char *expected)
{
  g_autofree char *query = ethos_search_query_to_fts (input, prefix);

  g_assert_cmpstr (query, ==, expected);
}

static void
test_words (void)
{
  assert_query ("dual relationships", FALSE, "\"dual\" \"relationships\"");
  assert_query ("dual relation", TRUE, "\"dual\" \"relation\"*");
  /* A finished word (typed space) is not a prefix any more. */
  assert_query ("dual ", TRUE, "\"dual\"");
  assert_query ("  DBS  ", FALSE, "\"DBS\"");
}

static void
test_phrases (void)
{
  assert_query ("\"professional executor\" appoint", FALSE,
                "\"professional executor\" \"appoint\"");
  assert_query ("non-exploitation", TRUE, "\"non exploitation\"*");
  assert_query ("9.6", FALSE, "\"9 6\"");
  /* An unclosed quote is a phrase to the end. */
  assert_query ("\"within 14", TRUE, "\"within 14\"");
}

static void
test_syntax_is_text (void)
{
  assert_query ("NOT AND OR", FALSE, "\"NOT\" \"AND\" \"OR\"");
  assert_query ("NEAR(a b)", FALSE, "\"NEAR a\" \"b\"");
  assert_query ("heading:dbs", FALSE, "\"heading dbs\"");
  assert_query ("*", TRUE, NULL);
  assert_query ("\"\"", TRUE, NULL);
  assert_query ("^-+()", TRUE, NULL);
  assert_query ("", TRUE, NULL);
  assert_query (NULL, TRUE, NULL);
  assert_query ("café", FALSE, "\"café\"");
}

static void
test_long_input_is_bounded (void)
{
  g_autoptr (GString) paste = g_string_new (NULL);
  g_autofree char *query = NULL;
  guint terms = 0;

  /* Repeats count once; a pasted page keeps only its first terms. */
  assert_query ("supervision supervision SUPERVISION", FALSE, "\"supervision\" \"SUPERVISION\"");
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (paste, "word%u ", i);
  query = ethos_search_query_to_fts (paste->str, TRUE);
  for (const char *p = query; (p = strchr (p, '"')) != NULL; p++)
    terms++;
  g_assert_cmpuint (terms / 2, ==, ETHOS_SEARCH_MAX_TERMS);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-query/words", test_words);
  g_test_add_func ("/search-query/phrases", test_phrases);
  g_test_add_func ("/search-query/syntax-is-text", test_syntax_is_text);
  g_test_add_func ("/search-query/long-input-is-bounded", test_long_input_is_bounded);

  return g_test_run ();
}
