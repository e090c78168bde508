/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-citation"

#include "config.h"

#include <string.h>

#include "case-fixture.h"
#include "ethos-citation.h"
#include "ethos-code-store.h"

/* Clauses cited as a person writes them, each shipped code in its own style, with the short
 * name and the headings its own file gives: never the ids links keep ("cosrt:26",
 * "summary.5"). */

/* @ref of the shipped code @id, cited by the core's formatter with the code's short name and the
 * clause's heading as the store holds them from the code's own file. */
static void
assert_cites (StoreFixture *fixture, const char *id, const char *ref, const char *expected)
{
  g_autoptr (EthosCodeInfo) info = ethos_store_get_code (fixture->store, id, NULL);
  g_autoptr (EthosClause) clause = ethos_store_get_clause (fixture->store, id, ref, NULL);
  g_autofree char *cited = NULL;

  if (info == NULL || clause == NULL)
    g_error ("%s has no clause %s", id, ref);
  cited = ethos_citation_for_clause (ethos_code_info_get_citation (info), clause);
  g_assert_cmpstr (cited, ==, expected);
}

/* COSRT numbers its clauses 1 to 115 and letters items under them, the letters running on
 * from clause to clause; the duties before the numbers are bullets under headings. */
static void
test_cosrt (StoreFixture *fixture, gconstpointer data)
{
  assert_cites (fixture, "cosrt", "26", "COSRT 26");
  assert_cites (fixture, "cosrt", "107.m", "COSRT 107(m)");
  assert_cites (fixture, "cosrt", "55.e", "COSRT 55(e)");
  assert_cites (fixture, "cosrt", "communication-partnership-and-teamwork.3",
                "COSRT, Communication, partnership and teamwork, paragraph 3");
  assert_cites (fixture, "cosrt", "good-therapy-2.1", "COSRT, Good Therapy, paragraph 1");
  assert_cites (fixture, "cosrt", "section-1", "COSRT, Section 1: Knowledge, skills and performance");
}

/* Atrium numbers each code on its own, 1., 1.1 … */
static void
test_atrium (StoreFixture *fixture, gconstpointer data)
{
  assert_cites (fixture, "atrium-practice", "9.6", "Atrium Code of Practice 9.6");
  assert_cites (fixture, "atrium-practice", "9.10", "Atrium Code of Practice 9.10");
  assert_cites (fixture, "atrium-ethics", "1.2", "Atrium Code of Ethics 1.2");
}

/* IPT UK numbers a summary of ten duties and then details them under the same numbers. */
static void
test_ipt_uk (StoreFixture *fixture, gconstpointer data)
{
  assert_cites (fixture, "ipt-uk", "summary.5", "IPT UK summary 5");
  assert_cites (fixture, "ipt-uk", "5", "IPT UK 5");
  assert_cites (fixture, "ipt-uk", "code-of-conduct.1", "IPT UK, Code of Conduct, paragraph 1");
}

/* IAPT numbers its guidelines with items under them, and its ground rules from 1 again. */
static void
test_iapt (StoreFixture *fixture, gconstpointer data)
{
  assert_cites (fixture, "iapt-confidentiality", "2.1", "IAPT Confidentiality Statement 2.1");
  assert_cites (fixture, "iapt-confidentiality", "ground-rules.6",
                "IAPT Confidentiality Statement ground rules 6");
  assert_cites (fixture, "iapt-confidentiality", "programme-member-confidentiality.2",
                "IAPT Confidentiality Statement, Programme Member Confidentiality, paragraph 2");
}

/* The Western Valleys statement numbers nothing: its points are counted under their headings. */
static void
test_wv_ipn (StoreFixture *fixture, gconstpointer data)
{
  assert_cites (fixture, "wv-ipn", "supervision.3",
                "Western Valleys IPN Group statement, Supervision, paragraph 3");
  assert_cites (fixture, "wv-ipn", "supervision", "Western Valleys IPN Group statement, Supervision");
}

/* The ref alone, where the code goes without saying (the reader, a code's contents); and a ref
 * whose heading is not known, said in its own words rather than as an id. */
static void
test_without_name_or_heading (void)
{
  g_autofree char *item = ethos_citation_format (NULL, "107.m", NULL);
  g_autofree char *roman = ethos_citation_format (NULL, "1.2.a.i", NULL);
  g_autofree char *prefixed = ethos_citation_format (NULL, "summary.5", "Code of Conduct");
  g_autofree char *unknown = ethos_citation_format ("COSRT", "maintaining-trust.2", NULL);
  g_autofree char *other = ethos_citation_format ("COSRT", "maintaining-trust.2", "Justice");

  g_assert_cmpstr (item, ==, "107(m)");
  g_assert_cmpstr (roman, ==, "1.2(a)(i)");
  g_assert_cmpstr (prefixed, ==, "summary 5");
  g_assert_cmpstr (unknown, ==, "COSRT maintaining trust 2");
  g_assert_cmpstr (other, ==, "COSRT maintaining trust 2");
}

/* The store cites a link as entries and reminders keep it, with the code's name as the codes
 * table has it; a code or clause no longer held is still cited, by what is known of it. */
static void
test_store_cites (StoreFixture *fixture, gconstpointer data)
{
  g_autofree char *numbered = ethos_store_cite_link (fixture->store, "cosrt:26", NULL);
  g_autofree char *prefixed = ethos_store_cite_link (fixture->store, "ipt-uk:summary.5", NULL);
  g_autofree char *counted = ethos_store_cite (fixture->store, "wv-ipn", "supervision.3", NULL);
  g_autofree char *gone = ethos_store_cite_link (fixture->store, "cosrt:999", NULL);
  g_autofree char *unknown = ethos_store_cite_link (fixture->store, "bacp:12.a", NULL);

  g_assert_cmpstr (numbered, ==, "COSRT 26");
  g_assert_cmpstr (prefixed, ==, "IPT UK summary 5");
  g_assert_cmpstr (counted, ==, "Western Valleys IPN Group statement, Supervision, paragraph 3");
  g_assert_cmpstr (gone, ==, "COSRT 999");
  g_assert_cmpstr (unknown, ==, "bacp 12(a)");
}

/* A citation however a person spaces, cases or punctuates it compares as Ethos writes it. */
static void
test_fold (void)
{
  const char *same[] = { "COSRT 107(m)", "cosrt 107.m", "  Cosrt   107 (M) ", "cosrt:107m",
                         "COSRT, 107(m)." };

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autofree char *folded = ethos_citation_fold (same[i]);

      g_assert_cmpstr (folded, ==, "cosrt 107 m");
    }
  {
    g_autofree char *welsh = ethos_citation_fold ("Côd Ymarfer 9.6");
    g_autofree char *empty = ethos_citation_fold (" ,.; ");

    g_assert_cmpstr (welsh, ==, "côd ymarfer 9 6");
    g_assert_cmpstr (empty, ==, "");
  }
  g_assert_cmpstr (ethos_citation_after_name ("cosrt 26", "cosrt"), ==, "26");
  g_assert_cmpstr (ethos_citation_after_name ("cosrt", "cosrt"), ==, "");
  g_assert_null (ethos_citation_after_name ("cosrtx 26", "cosrt"));
  g_assert_null (ethos_citation_after_name ("ipt 5", "ipt uk"));
  g_assert_null (ethos_citation_after_name ("26", ""));
}

/* Every clause of every shipped code, written as Ethos cites it (and as its ref's words), is
 * found again: whatever the window or an export shows can be typed back into a Clause field. */
static void
test_find_every_clause (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) codes = ethos_store_list_codes (fixture->store, NULL);
  g_autoptr (GError) error = NULL;
  guint found = 0;
  guint alike = 0;

  g_assert_nonnull (codes);
  for (guint c = 0; c < codes->len; c++)
    {
      EthosCodeInfo *info = g_ptr_array_index (codes, c);
      g_autoptr (GPtrArray) clauses = ethos_store_list_clauses (fixture->store, info->id, NULL);

      for (guint i = 0; i < clauses->len; i++)
        {
          EthosClause *clause = g_ptr_array_index (clauses, i);
          g_autofree char *expected = g_strdup_printf ("%s:%s", info->id, clause->ref);
          g_autofree char *cited = ethos_store_cite (fixture->store, info->id, clause->ref, NULL);
          g_autofree char *by_words = g_strdup_printf ("%s %s", info->id, clause->ref);
          g_autofree char *link = NULL;
          g_autofree char *again = NULL;

          if (clause->is_section)
            continue;
          link = ethos_store_find_cited_clause (fixture->store, cited, &error);
          if (link == NULL)
            {
              /* Only where the code repeats a heading, and then said so, naming this one. */
              g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID);
              g_assert_nonnull (strstr (error->message, expected));
              g_clear_error (&error);
              alike++;
            }
          else
            g_assert_cmpstr (link, ==, expected);
          again = ethos_store_find_cited_clause (fixture->store, by_words, NULL);
          g_assert_cmpstr (again, ==, expected);
          found++;
        }
    }
  g_assert_cmpuint (found, >, 300);
  g_assert_cmpuint (alike, <=, 4);
}

/* What a person writes, and what they are told when it names nothing Ethos holds. */
static void
test_find_written (StoreFixture *fixture, gconstpointer data)
{
  struct
  {
    const char *written;
    const char *link;
  } cases[] = {
    { "COSRT 26", "cosrt:26" },
    { "cosrt 107(m)", "cosrt:107.m" },
    { "cosrt:26", "cosrt:26" },
    { "Atrium Code of Practice 9.6", "atrium-practice:9.6" },
    { "IPT UK summary 5", "ipt-uk:summary.5" },
    { "COSRT 55(e)", "cosrt:55.e" },
    { "cosrt good-therapy-2.1", "cosrt:good-therapy-2.1" },
  };
  struct
  {
    const char *written;
    int         code;
    const char *says;
  } refused[] = {
    { "COSRT 999", ETHOS_STORE_ERROR_NOT_FOUND, "“COSRT 999” is not a clause of" },
    { "BACP 12", ETHOS_STORE_ERROR_NOT_FOUND, "“BACP 12” names no code Ethos holds" },
    { "COSRT", ETHOS_STORE_ERROR_INVALID, "Which clause of COSRT? Write it after the name, "
                                          "for example “COSRT 1”" },
    { "  ", ETHOS_STORE_ERROR_INVALID, "for example “COSRT 26”" },
    { "COSRT, Section 1: Knowledge, skills and performance", ETHOS_STORE_ERROR_NOT_FOUND,
      "is not a clause of" },
    { " COSRT, Good Therapy, paragraph 1 ", ETHOS_STORE_ERROR_INVALID,
      "could be more than one clause of Good Therapy: COSRT Code of Ethics and Practice 2019: "
      "write it by its id, cosrt:good-therapy.1 or cosrt:good-therapy-2.1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *link = ethos_store_find_cited_clause (fixture->store, cases[i].written,
                                                             NULL);

      g_assert_cmpstr (link, ==, cases[i].link);
    }
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *link = ethos_store_find_cited_clause (fixture->store, refused[i].written,
                                                             &error);

      g_assert_null (link);
      g_assert_error (error, ETHOS_STORE_ERROR, refused[i].code);
      g_assert_nonnull (strstr (error->message, refused[i].says));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  STORE_TEST ("/citation/cosrt", test_cosrt);
  STORE_TEST ("/citation/atrium", test_atrium);
  STORE_TEST ("/citation/ipt-uk", test_ipt_uk);
  STORE_TEST ("/citation/iapt-confidentiality", test_iapt);
  STORE_TEST ("/citation/wv-ipn", test_wv_ipn);
  g_test_add_func ("/citation/without-name-or-heading", test_without_name_or_heading);
  STORE_TEST ("/citation/store", test_store_cites);
  g_test_add_func ("/citation/fold", test_fold);
  STORE_TEST ("/citation/find-every-clause", test_find_every_clause);
  STORE_TEST ("/citation/find-written", test_find_written);

  return g_test_run ();
}
