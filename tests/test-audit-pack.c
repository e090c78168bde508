/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-audit-pack"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "case-fixture.h"
#include "ethos-audit-pack.h"
#include "ethos-client-hours-store.h"
#include "ethos-entry-store.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"

/* The audit pack judges each month as the Overview does: a month not over on the day the pack
 * is made is "in progress", never "not met" (it said "not met" of a month with 26 days to go),
 * and a month that is over and short is "not met". */

static void
add_session (EthosStore *store, const char *date, int minutes)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autoptr (GError) error = NULL;

  entry->date = g_strdup (date);
  entry->minutes = minutes;
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
}

/* The pack for @from to @to, made on @today, as pdftotext reads it: the text an auditor can
 * search and copy. */
static char *
pack_text (StoreFixture *fixture, const char *from, const char *to, const char *today,
           const char *layout)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *pdf = case_path (&fixture->base, "pack.pdf");
  g_autoptr (GFile) file = g_file_new_for_path (pdf);
  g_autoptr (GFileOutputStream) stream = NULL;
  char *text = NULL;
  const char *argv[] = { "pdftotext", layout, pdf, "-", NULL };
  guint flagged = 0;
  int status = 0;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ethos_audit_pack_write (fixture->store, from, to, today, FALSE,
                                         G_OUTPUT_STREAM (stream), &flagged, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error));

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

static void
test_months_as_the_overview_judges_them (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) memberships = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_membership_free);
  EthosMembership *bacp = g_new0 (EthosMembership, 1);
  g_autofree char *text = NULL;

  bacp->body_id = g_strdup ("bacp");
  g_ptr_array_add (memberships, bacp);
  g_assert_true (ethos_store_set_memberships (store, memberships, &error));
  /* BACP's 1.5 hours a month bind an accredited member. */
  g_assert_true (ethos_store_set_membership_class (store, "bacp", "accredited", &error));
  add_session (store, "2026-10-06", 90);
  add_session (store, "2026-11-03", 60);
  add_session (store, "2026-12-02", 60);

  text = pack_text (fixture, "2026-10-01", "2026-12-31", "2026-12-05", "-layout");
  g_assert_nonnull (g_regex_match_simple ("October 2026 +1 +90 +90 +90 met", text, 0, 0) ? text : NULL);
  /* The pack says whom the rules were read for, each rule in words and where it comes from. */
  g_assert_nonnull (strstr (text, "Membership class: Accredited member"));
  g_assert_nonnull (strstr (text, "At least 90 minutes of supervision credited in each calendar"));
  g_assert_nonnull (strstr (text, "https://www.bacp.co.uk/supervision/"));
  g_assert_nonnull (g_regex_match_simple ("every 8 client hours: BACP sets this for\\s+Student, "
                                          "not for your class",
                                          text, 0, 0) ? text : NULL);
  g_assert_nonnull (g_regex_match_simple ("November 2026 +1 +60 +60 +90 not met", text, 0, 0) ? text : NULL);
  g_assert_nonnull (g_regex_match_simple ("December 2026 +1 +60 +60 +90 in progress", text, 0, 0) ? text : NULL);
}

static guint
count_char (const char *text, char c)
{
  guint n = 0;

  for (; *text != '\0'; text++)
    n += *text == c;
  return n;
}

/* A note longer than a page goes on over the pages it needs, every character of it: drawn as
 * one block it ran off the foot of the page, and 2,891 of a 100,000-character note without
 * spaces were printed. Such a note also took Pango 35 s to break into lines. */
static void
test_long_notes_printed_whole (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosEntry) unbroken = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autoptr (EthosEntry) words = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) many_words = g_string_new (NULL);
  g_autoptr (GRegex) page_re = g_regex_new ("Page (\\d+) of (\\d+)", 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *text = NULL;
  g_auto (GStrv) pieces = NULL;
  guint pages = 0;

  unbroken->date = g_strdup ("2026-03-02");
  unbroken->minutes = 60;
  unbroken->notes = g_strnfill (100000, 'x');
  g_assert_true (ethos_store_add_entry (fixture->store, unbroken, &error));
  for (guint i = 0; i < 20000; i++)
    g_string_append (many_words, "word ");
  words->date = g_strdup ("2026-03-09");
  words->minutes = 60;
  words->reflection = g_strdup (many_words->str);
  g_assert_true (ethos_store_add_entry (fixture->store, words, &error));
  g_assert_no_error (error);

  text = pack_text (fixture, "2026-03-01", "2026-03-31", "2026-04-01", "-raw");
  g_assert_cmpuint (count_char (text, 'x'), ==, 100000);
  pieces = g_regex_split_simple ("\\bword\\b", text, 0, 0);
  g_assert_cmpuint (g_strv_length (pieces) - 1, ==, 20000);
  /* Every page says its number of the same count, the last the count itself. */
  for (g_regex_match (page_re, text, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *number = g_match_info_fetch (match, 1);
      g_autofree char *of = g_match_info_fetch (match, 2);

      g_assert_cmpuint (g_ascii_strtoull (number, NULL, 10), ==, ++pages);
      g_assert_cmpuint (g_ascii_strtoull (of, NULL, 10), ==, count_char (text, '\f'));
    }
  g_assert_cmpuint (pages, ==, count_char (text, '\f'));
  g_assert_cmpuint (pages, >, 30);
}

/* The clauses an activity relates to are cited as the practitioner would cite them to an
 * auditor, never as the links the diary keeps ("cosrt:107.m"). */
static void
test_clauses_cited (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosEntry) course = ethos_entry_new (ETHOS_ENTRY_CPD);
  g_autoptr (EthosEntry) session = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  course->date = g_strdup ("2026-03-02");
  course->minutes = 360;
  course->title = g_strdup ("Reporting duties");
  g_ptr_array_add (course->clauses, g_strdup ("cosrt:107.m"));
  g_ptr_array_add (course->clauses, g_strdup ("atrium-practice:9.6"));
  g_ptr_array_add (course->clauses, g_strdup ("ipt-uk:summary.5"));
  g_assert_true (ethos_store_add_entry (fixture->store, course, &error));
  g_assert_no_error (error);
  /* A supervision session's clauses too. */
  session->date = g_strdup ("2026-03-04");
  session->minutes = 60;
  g_ptr_array_add (session->clauses, g_strdup ("cosrt:26"));
  g_assert_true (ethos_store_add_entry (fixture->store, session, &error));
  g_assert_no_error (error);

  text = pack_text (fixture, "2026-03-01", "2026-03-31", "2026-04-01", "-raw");
  g_assert_nonnull (g_regex_match_simple ("Relates to: COSRT 107\\(m\\);\\s+Atrium\\s+Code\\s+of\\s+"
                                          "Practice\\s+9\\.6;\\s+IPT\\s+UK\\s+summary\\s+5",
                                          text, 0, 0) ? text : NULL);
  g_assert_nonnull (g_regex_match_simple ("Relates to: COSRT 26\\s", text, 0, 0) ? text : NULL);
  g_assert_null (strstr (text, "cosrt:"));
  /* No body in the profile: the pack says it is judged against no rules, not an empty
   * heading. */
  g_assert_nonnull (g_regex_match_simple ("Rules judged against\\s+None: no professional body",
                                          text, 0, 0) ? text : NULL);
}

/* Whether @text says @phrase, wrapped at any of its spaces as a page lays it out. */
static gboolean
says (const char *text, const char *phrase)
{
  g_auto (GStrv) words = g_strsplit (phrase, " ", -1);
  g_autoptr (GString) pattern = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = g_regex_escape_string (words[i], -1);

      g_string_append_printf (pattern, "%s%s", i > 0 ? "\\s+" : "", escaped);
    }
  return g_regex_match_simple (pattern->str, text, 0, 0);
}

static void
join_bodies (EthosStore *store, const char *body, const char *klass)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) memberships = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_membership_free);
  EthosMembership *membership = g_new0 (EthosMembership, 1);

  membership->body_id = g_strdup (body);
  g_ptr_array_add (memberships, membership);
  g_assert_true (ethos_store_set_memberships (store, memberships, &error));
  if (klass != NULL)
    g_assert_true (ethos_store_set_membership_class (store, body, klass, &error));
  g_assert_no_error (error);
}

/* A diary begun on 10 November, packed for the calendar year on 6 December: the months before
 * it are left out and said to be (it listed ten months "not judged", and before that "90 not
 * met"), November is judged, December is in progress; the cover gives the verdict the Overview
 * gives. */
static void
test_months_from_first_record (StoreFixture *fixture, gconstpointer data)
{
  g_autofree char *text = NULL;

  join_bodies (fixture->store, "bacp", "accredited");
  add_session (fixture->store, "2026-11-10", 90);
  add_session (fixture->store, "2026-12-02", 30);

  text = pack_text (fixture, "2026-01-01", "2026-12-31", "2026-12-06", "-layout");
  /* No row for a month before the diary (the period itself starts on 1 January). */
  g_assert_false (g_regex_match_simple ("^(January|October) 2026 ", text, G_REGEX_MULTILINE, 0));
  g_assert_null (strstr (text, "not judged:"));
  g_assert_null (strstr (text, "not met"));
  g_assert_true (says (text, "The months before November 2026 are left out: your diary began on "
                            "10 November 2026"));
  g_assert_nonnull (g_regex_match_simple ("November 2026 +1 +90 +90 +90 met", text, 0, 0) ? text : NULL);
  g_assert_nonnull (g_regex_match_simple ("December 2026 +1 +30 +30 +90 in progress", text, 0, 0) ? text : NULL);
  g_assert_true (says (text, "Standing on 6 December 2026: good. Supervision this month: in "
                            "progress; last month: met"));
}

/* COSRT's ratio, for a member working towards accreditation: November's 20 logged client hours
 * ask for 200 minutes (90 were had: not met), October's 6 ask for 60 (met); December has no
 * client hours at all, and says so rather than guess; the rule's source is cited. */
static void
test_ratio_from_client_hours_log (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  join_bodies (fixture->store, "cosrt", "pre-accreditation");
  add_session (fixture->store, "2026-10-06", 60);
  add_session (fixture->store, "2026-11-10", 90);
  add_session (fixture->store, "2026-12-02", 60);
  g_assert_true (ethos_store_set_client_hours (fixture->store, "2026-10", 6 * 60, &error));
  g_assert_true (ethos_store_set_client_hours (fixture->store, "2026-11", 20 * 60, &error));
  g_assert_no_error (error);

  text = pack_text (fixture, "2026-10-01", "2026-12-31", "2026-12-06", "-layout");
  g_assert_nonnull (g_regex_match_simple ("October 2026 +1 +60 +60 +not set · group share met ·\\s+"
                                          "ratio met",
                                          text, 0, 0) ? text : NULL);
  g_assert_nonnull (g_regex_match_simple ("November 2026 +1 +90 +90 +not set · group share met ·\\s+"
                                          "ratio not met",
                                          text, 0, 0) ? text : NULL);
  g_assert_nonnull (g_regex_match_simple ("December 2026 .*ratio: no\\s+client\\s+hours\\s+logged", text,
                                          G_REGEX_DOTALL, 0) ? text : NULL);
  g_assert_true (says (text, "One hour of supervision to 6 client hours is judged on your "
                            "client-hours log"));
  g_assert_true (says (text, "a month with neither is not judged. Source: COSRT, “Accreditation "
                            "FAQ”"));
  g_assert_null (strstr (text, "ratio not known"));
}

/* HCPC flags three months without CPD: each stretch is named with its
 * dates, and a body that flags none says nothing of gaps (not "0 gaps of the flagged
 * length"). */
static void
test_cpd_gaps_in_words (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *bacp_text = NULL;
  const char *dates[] = { "2026-01-10", "2026-07-10" };

  join_bodies (fixture->store, "hcpc", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr (EthosEntry) course = ethos_entry_new (ETHOS_ENTRY_CPD);

      course->date = g_strdup (dates[i]);
      course->minutes = 180;
      course->title = g_strdup ("Course");
      course->cpd_kind = g_strdup ("formal");
      g_assert_true (ethos_store_add_entry (fixture->store, course, &error));
      g_assert_no_error (error);
    }
  text = pack_text (fixture, "2026-01-01", "2026-12-06", "2026-12-06", "-raw");
  g_assert_true (says (text, "No CPD for 3 months or more: 11 January 2026 to 9 July 2026; 11 "
                            "July 2026 to 6 December 2026."));
  g_assert_null (strstr (text, "flagged length"));

  join_bodies (fixture->store, "bacp", "accredited");
  bacp_text = pack_text (fixture, "2026-01-01", "2026-12-06", "2026-12-06", "-raw");
  g_assert_null (strstr (bacp_text, "gap"));
  g_assert_null (strstr (bacp_text, "No CPD for"));
}

/* Forty CPD activities of two to nine lines each, over several pages: each starts on the page
 * that holds all of it, so an auditor never reads an activity's impact under the next page's
 * heading (nor a page that holds only the end of one). */
static void
test_cpd_activity_kept_whole (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto (GStrv) pages = NULL;
  guint moved = 0;

  for (guint i = 1; i <= 40; i++)
    {
      g_autoptr (EthosEntry) course = ethos_entry_new (ETHOS_ENTRY_CPD);
      g_autoptr (GString) reflection = g_string_new (NULL);

      for (guint w = 0; w < (i * 37) % 90; w++)
        g_string_append (reflection, "thinking ");
      course->date = g_strdup_printf ("2026-03-%02u", 1 + i % 28);
      course->minutes = 60;
      course->title = g_strdup_printf ("Course%u", i);
      course->cpd_kind = g_strdup ("formal");
      course->provider = g_strdup_printf ("Provider%u", i);
      course->outcomes = g_strdup_printf ("Learned%u", i);
      course->reflection = g_strdup (reflection->str);
      course->impact = g_strdup_printf ("Impact%u", i);
      g_assert_true (ethos_store_add_entry (fixture->store, course, &error));
      g_assert_no_error (error);
    }
  text = pack_text (fixture, "2026-03-01", "2026-03-31", "2026-04-01", "-raw");
  pages = g_strsplit (text, "\f", -1);
  for (guint i = 1; i <= 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Course%u ", i);
      g_autofree char *impact = g_strdup_printf ("Impact%u\n", i);
      guint p = 0;

      while (pages[p] != NULL && strstr (pages[p], title) == NULL)
        p++;
      g_assert_nonnull (pages[p]);
      g_assert_nonnull (strstr (pages[p], impact));
      /* Some activities had to go to a new page to stay whole: the case tests something. */
      moved += p > 0 && strstr (pages[p - 1], "Impact") != NULL;
    }
  g_assert_cmpuint (g_strv_length (pages), >, 4);
  g_assert_cmpuint (moved, >, 2);
}

int
main (int argc, char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);
  STORE_TEST ("/audit-pack/months-as-the-overview-judges-them",
              test_months_as_the_overview_judges_them);
  STORE_TEST ("/audit-pack/long-notes-printed-whole", test_long_notes_printed_whole);
  STORE_TEST ("/audit-pack/clauses-cited", test_clauses_cited);
  STORE_TEST ("/audit-pack/months-from-first-record", test_months_from_first_record);
  STORE_TEST ("/audit-pack/ratio-from-client-hours-log", test_ratio_from_client_hours_log);
  STORE_TEST ("/audit-pack/cpd-gaps-in-words", test_cpd_gaps_in_words);
  STORE_TEST ("/audit-pack/cpd-activity-kept-whole", test_cpd_activity_kept_whole);
  return g_test_run ();
}
