/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-code-parser"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "ethos-code-parser.h"
#include "ethos-data.h"

/* The parser on the six shipped codes (every line of every seed must survive) and on formats
 * and bad files a practitioner might import. */

static EthosCodeDoc *
parse_string (const char *text)
{
  g_autoptr (GError) error = NULL;
  EthosCodeDoc *doc = ethos_code_parse (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static EthosCodeDoc *
parse_shipped (const char *id)
{
  g_autofree char *path = g_strdup_printf ("/org/ethosapp/Ethos/data/codes/%s.md", id);
  g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autoptr (GError) error = NULL;
  EthosCodeDoc *doc;

  g_assert_nonnull (bytes);
  doc = ethos_code_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doc->id, ==, id);
  return doc;
}

static EthosClause *
find (EthosCodeDoc *doc, const char *ref)
{
  EthosClause *clause = ethos_code_doc_find (doc, ref);

  if (clause == NULL)
    g_error ("%s has no clause %s", doc->id, ref);
  return clause;
}

/* White space of any kind (the seeds have non-breaking spaces and doubled spaces) is one space. */
static char *
normalise (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
    }
  return g_string_free (out, FALSE);
}

/* A seed line without its list marker ("12.", "1.1", "- a.", "·"): the marker becomes the ref. */
static const char *
skip_marker (const char *line)
{
  static GRegex *marker;

  if (marker == NULL)
    marker = g_regex_new ("^(?:[-·•]\\s*)?(?:\\d{1,3}(?:\\.\\d{1,3})*\\.?|[a-z]\\.)?\\s*", 0, 0, NULL);
  {
    g_autoptr (GMatchInfo) match = NULL;
    int end = 0;

    if (g_regex_match (marker, line, 0, &match))
      g_match_info_fetch_pos (match, 0, NULL, &end);
    return line + end;
  }
}

static gboolean
is_contents_line (const char *line)
{
  /* COSRT's contents: "Good therapy in action.....\t5" — the page numbers may go. */
  return g_regex_match_simple ("(\\.{3,}|\\t)\\s*\\d+\\s*$", line, 0, 0)
         || g_str_equal (line, "Contents");
}

static void
assert_seed_kept (const char *seed_file, const char *const *ids)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", seed_file, NULL);
  g_autofree char *seed = NULL;
  g_autoptr (GString) all = g_string_new (NULL);
  g_auto (GStrv) lines = NULL;
  g_autofree char *haystack = NULL;
  guint checked = 0;

  g_assert_true (g_file_get_contents (path, &seed, NULL, NULL));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr (EthosCodeDoc) doc = parse_shipped (ids[i]);
      g_autofree char *text = ethos_code_doc_to_plain_text (doc);

      g_string_append (all, text);
    }
  haystack = normalise (all->str);

  lines = g_strsplit (seed, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = normalise (lines[i]);
      const char *body = skip_marker (line);

      if (body[0] == '\0' || is_contents_line (lines[i]) || is_contents_line (line))
        continue;
      if (strstr (haystack, body) == NULL)
        g_error ("%s line %u is missing from the parsed code: “%s”", seed_file, i + 1, body);
      checked++;
    }
  g_assert_cmpuint (checked, >, 20);
}

static void
test_seed_ipt_uk (void)
{
  const char *ids[] = { "ipt-uk", NULL };
  g_autoptr (EthosCodeDoc) doc = parse_shipped ("ipt-uk");

  assert_seed_kept ("000_5fe9b5db75532d37.txt", ids);

  /* The ten duties, summarised and then in detail, under their own numbers. */
  for (guint n = 1; n <= 10; n++)
    {
      g_autofree char *ref = g_strdup_printf ("%u", n);
      g_autofree char *summary = g_strdup_printf ("summary.%u", n);

      find (doc, ref);
      find (doc, summary);
    }
  g_assert_nonnull (strstr (find (doc, "5")->text, "police action"));
  g_assert_nonnull (strstr (find (doc, "8")->text, "regular supervision and CPD"));
  g_assert_nonnull (strstr (find (doc, "summary.5")->text, "Inform IPT UK"));
  g_assert_null (strstr (find (doc, "summary.5")->text, "police action"));
}

static void
test_seed_wv_ipn (void)
{
  const char *ids[] = { "wv-ipn", NULL };
  g_autoptr (EthosCodeDoc) doc = parse_shipped ("wv-ipn");

  assert_seed_kept ("001_dee151a15d229709.txt", ids);
  g_assert_cmpstr (find (doc, "supervision.3")->text, ==,
                   "Supervision should be regular and consistent.");
  g_assert_true (find (doc, "supervision")->is_section);
  g_assert_nonnull (strstr (find (doc, "personal-and-professional-development.1")->text,
                            "updating our knowledge"));
}

static void
test_seed_cosrt (void)
{
  const char *ids[] = { "cosrt", NULL };
  g_autoptr (EthosCodeDoc) doc = parse_shipped ("cosrt");
  EthosClause *clause;

  assert_seed_kept ("002_5c9bad99c31fff52.txt", ids);

  for (guint n = 1; n <= 115; n++)
    {
      g_autofree char *ref = g_strdup_printf ("%u", n);
      find (doc, ref);
    }
  /* Sub-item letters run on across clauses in the source: kept as printed. */
  g_assert_nonnull (strstr (find (doc, "21.a")->text, "adequately assess"));
  g_assert_nonnull (strstr (find (doc, "84.d")->text, "planned manner"));
  g_assert_nonnull (strstr (find (doc, "107.m")->text, "caution from the police"));
  g_assert_nonnull (strstr (find (doc, "91.i")->text, "Doctorate"));
  g_assert_nonnull (strstr (find (doc, "55.e")->text, "5-year re-accreditation"));
  g_assert_null (ethos_code_doc_find (doc, "84.a"));

  clause = find (doc, "107.m");
  g_assert_cmpstr (clause->parent, ==, "107");
  clause = find (doc, "26");
  g_assert_nonnull (strstr (clause->text, "Full Disclosure DBS certificate"));
  g_assert_cmpstr (ethos_clause_get_heading (clause), ==,
                   "Apply knowledge, experience and evidence to practice");
}

static void
test_seed_atrium (void)
{
  const char *ids[] = { "atrium-ethics", "atrium-practice", NULL };
  g_autoptr (EthosCodeDoc) ethics = parse_shipped ("atrium-ethics");
  g_autoptr (EthosCodeDoc) practice = parse_shipped ("atrium-practice");

  assert_seed_kept ("003_e7b4cfa40bb25699.txt", ids);

  /* Two codes, each numbered on its own. */
  g_assert_cmpstr (find (ethics, "1")->title, ==, "Introduction");
  g_assert_nonnull (strstr (find (ethics, "1.2")->text, "renewed in writing on an annual basis"));
  g_assert_cmpstr (find (ethics, "1.2")->parent, ==, "1");
  g_assert_nonnull (strstr (find (practice, "9.6")->text, "at least every three years"));
  g_assert_nonnull (strstr (find (practice, "9.8")->text, "declared immediately"));
  g_assert_nonnull (strstr (find (practice, "9.5")->text, "indemnity insurance"));
  g_assert_nonnull (strstr (find (practice, "6.1")->text, "anonymity"));
  g_assert_null (strstr (find (ethics, "5")->text, "Code of Practice should"));
}

static void
test_seed_iapt (void)
{
  const char *ids[] = { "iapt-confidentiality", NULL };
  g_autoptr (EthosCodeDoc) doc = parse_shipped ("iapt-confidentiality");

  assert_seed_kept ("004_e5185399ac201f4e.txt", ids);
  g_assert_nonnull (strstr (find (doc, "2.1")->text, "protect the identity of the patients"));
  g_assert_cmpstr (find (doc, "2.1")->parent, ==, "2");
  g_assert_nonnull (strstr (find (doc, "ground-rules.8")->text, "“expert”"));
}

static void
test_markdown_nesting (void)
{
  g_autoptr (EthosCodeDoc) doc = parse_string (
    "# My Body's Code\n"
    "\n"
    "Some words of introduction.\n"
    "\n"
    "## Part 1: Confidentiality\n"
    "\n"
    "1. Confidentiality\n"
    "1.1 You must keep what clients say private.\n"
    "1.2 You may share when:\n"
    "  (a) the law requires it;\n"
    "  (b) there is a serious risk, for example:\n"
    "    (i) to the client;\n"
    "    (ii) to others.\n"
    "  (c) the client agrees.\n"
    "2. You must keep records.\n"
    "\n"
    "## Boundaries\n"
    "\n"
    "- Do not see friends as clients.\n"
    "- Avoid dual relationships.\n");

  g_assert_cmpstr (doc->title, ==, "My Body's Code");
  g_assert_cmpstr (find (doc, "my-body-s-code.1")->text, ==, "Some words of introduction.");
  g_assert_true (find (doc, "part-1")->is_section);
  g_assert_cmpstr (find (doc, "1")->title, ==, "Confidentiality");
  g_assert_cmpstr (find (doc, "1")->parent, ==, "part-1");
  g_assert_cmpstr (find (doc, "1.1")->parent, ==, "1");
  g_assert_cmpstr (find (doc, "1.2.a")->text, ==, "the law requires it;");
  g_assert_cmpstr (find (doc, "1.2.a")->parent, ==, "1.2");
  g_assert_cmpstr (find (doc, "1.2.b.i")->text, ==, "to the client;");
  g_assert_cmpstr (find (doc, "1.2.b.ii")->parent, ==, "1.2.b");
  g_assert_cmpstr (find (doc, "1.2.c")->text, ==, "the client agrees.");
  g_assert_cmpstr (find (doc, "2")->text, ==, "You must keep records.");
  g_assert_cmpstr (find (doc, "boundaries.1")->text, ==, "Do not see friends as clients.");
  g_assert_cmpstr (find (doc, "boundaries.2")->text, ==, "Avoid dual relationships.");
  g_assert_cmpuint (find (doc, "1.2.b.i")->level, ==, find (doc, "1.2.b")->level + 1);
}

static void
test_plain_text_headings (void)
{
  /* No Markdown: capitalised title lines and "Section" lines are headings; every line is a
   * paragraph of its own because the lines are long (not hard-wrapped). */
  g_autoptr (EthosCodeDoc) doc = parse_string (
    "Code of Professional Conduct\r\n"
    "Section 2 – Working with clients\r\n"
    "Practitioners must put the interests of clients first and must always act within the limits "
    "of their training and competence, seeking supervision where the work needs it.\r\n"
    "Respect for clients\r\n"
    "• Treat clients with dignity.\r\n"
    "• Listen to their concerns, and make sure that what is agreed with them is written down.\r\n"
    "10 numbered duties follow in the annex, which is published separately by the body.\r\n");

  g_assert_true (find (doc, "section-2")->is_section);
  g_assert_cmpuint (find (doc, "section-2")->level, ==, 1);
  g_assert_true (find (doc, "respect-for-clients")->is_section);
  g_assert_cmpstr (find (doc, "respect-for-clients")->parent, ==, "section-2");
  g_assert_cmpstr (find (doc, "section-2.1")->text, ==,
                   "Practitioners must put the interests of clients first and must always act "
                   "within the limits of their training and competence, seeking supervision where "
                   "the work needs it.");
  g_assert_cmpstr (find (doc, "respect-for-clients.1")->text, ==, "Treat clients with dignity.");
  /* "10 numbered duties" is a sentence, not clause 10. */
  g_assert_null (ethos_code_doc_find (doc, "10"));
  g_assert_cmpstr (find (doc, "respect-for-clients.3")->text, ==,
                   "10 numbered duties follow in the annex, which is published separately by the "
                   "body.");
}

static void
test_hard_wrapped (void)
{
  g_autoptr (EthosCodeDoc) doc = parse_string ("\xEF\xBB\xBF"
                                               "# Code\n"
                                               "\n"
                                               "1. You must keep your knowledge and skills up\n"
                                               "   to date, and take part in CPD each year.\n"
                                               "2. You must have regular supervision.\n"
                                               "\n"
                                               "A closing paragraph that is wrapped\n"
                                               "over two lines.\n");

  g_assert_cmpstr (find (doc, "1")->text, ==,
                   "You must keep your knowledge and skills up to date, and take part in CPD "
                   "each year.");
  /* A paragraph after a clause belongs to it. */
  g_assert_cmpstr (find (doc, "2")->text, ==,
                   "You must have regular supervision.\n\nA closing paragraph that is wrapped "
                   "over two lines.");
}

static void
test_repeated_numbers (void)
{
  g_autoptr (EthosCodeDoc) doc = parse_string ("# Guidelines\n\n1. One.\n2. Two.\n\n"
                                               "# Ground rules {#rules}\n\n1. Rule one.\n2. Rule two.\n"
                                               "# Summary {prefix=s}\n\n1. First.\n");

  g_assert_cmpstr (find (doc, "1")->text, ==, "One.");
  g_assert_cmpstr (find (doc, "rules.1")->text, ==, "Rule one.");
  g_assert_cmpstr (find (doc, "rules.2")->text, ==, "Rule two.");
  g_assert_cmpstr (find (doc, "s.1")->text, ==, "First.");
}

static void
assert_refused (const char *data, gsize length, int code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosCodeDoc) doc = ethos_code_parse (data, length, &error);

  g_assert_null (doc);
  g_assert_error (error, ETHOS_CODE_ERROR, code);
  /* One clear sentence. */
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static void
test_bad_files (void)
{
  static const char pdf[] = "%PDF-1.7\n\x00\x01\x02\x03\x04stream\x00\x00\x9c\xff";
  g_autofree char *huge = g_malloc (ETHOS_CODE_BYTES_MAX + 2);

  assert_refused ("", 0, ETHOS_CODE_ERROR_EMPTY);
  assert_refused (" \n\n\t \n", 6, ETHOS_CODE_ERROR_EMPTY);
  assert_refused (pdf, sizeof pdf - 1, ETHOS_CODE_ERROR_BINARY);
  assert_refused ("Caf\xe9 au lait is Latin-1, not UTF-8.\n", 36, ETHOS_CODE_ERROR_ENCODING);
  assert_refused ("# Only\n\n## Headings\n", 20, ETHOS_CODE_ERROR_NO_CLAUSES);

  memset (huge, 'a', ETHOS_CODE_BYTES_MAX + 1);
  huge[ETHOS_CODE_BYTES_MAX + 1] = '\0';
  assert_refused (huge, ETHOS_CODE_BYTES_MAX + 1, ETHOS_CODE_ERROR_TOO_LARGE);
}

static void
test_slugs_and_ids (void)
{
  g_autofree char *a = ethos_code_slugify ("Non\u2011exploitation");
  g_autofree char *b = ethos_code_slugify ("Confidentiality – Guidelines");
  g_autofree char *c = ethos_code_slugify ("  ?? ");

  g_assert_cmpstr (a, ==, "non-exploitation");
  g_assert_cmpstr (b, ==, "confidentiality-guidelines");
  g_assert_cmpstr (c, ==, "section");
  g_assert_true (ethos_code_id_is_valid ("bacp-2018"));
  g_assert_false (ethos_code_id_is_valid ("BACP"));
  g_assert_false (ethos_code_id_is_valid ("-x"));
  g_assert_false (ethos_code_id_is_valid ("a b"));
  g_assert_false (ethos_code_id_is_valid (""));
  g_assert_false (ethos_code_id_is_valid ("abc-"));
  g_assert_false (ethos_code_id_is_valid ("a--b"));
}

static void
test_citation (void)
{
  g_autoptr (EthosCodeDoc) cosrt = parse_shipped ("cosrt");
  g_autoptr (EthosCodeDoc) atrium = parse_shipped ("atrium-ethics");
  g_autofree char *plain = ethos_clause_format_citation (find (cosrt, "26"), cosrt->citation);
  g_autofree char *titled = ethos_clause_format_citation (find (atrium, "3"), atrium->citation);

  g_assert_cmpstr (plain, ==,
                   "COSRT Good Therapy 2019, 26: You must have proper, evidenced training and a "
                   "current Full Disclosure DBS certificate to work with people under the age of "
                   "majority or classified as persons with special needs or vulnerabilities.");
  g_assert_true (g_str_has_prefix (titled, "Atrium Code of Ethics, 3: Anti-discriminatory Practice. "
                                           "All colleagues"));
}

static void
test_numbering_restarts (void)
{
  /* Part 2 numbers from 1 again: its clauses hang under its own 1, never under Part 1's. */
  g_autoptr (EthosCodeDoc) doc = parse_string ("# Part 1: Our commitment to clients\n\n"
                                               "1. We put clients first.\n"
                                               "1.1 We listen.\n\n"
                                               "# Part 2: Our practice\n\n"
                                               "1. Introduction\n"
                                               "1.1 This part is about practice.\n"
                                               "1.1.1 In detail.\n"
                                               "1.2 And more.\n");
  EthosClause *second = find (doc, "part-2.1");

  g_assert_cmpstr (second->title, ==, "Introduction");
  g_assert_cmpstr (find (doc, "1.1")->text, ==, "We listen.");
  g_assert_cmpstr (find (doc, "part-2.1.1")->parent, ==, "part-2.1");
  g_assert_cmpstr (find (doc, "part-2.1.1")->section, ==, "Introduction");
  g_assert_cmpstr (find (doc, "part-2.1.1.1")->parent, ==, "part-2.1.1");
  g_assert_cmpstr (find (doc, "part-2.1.2")->text, ==, "And more.");
}

static void
test_wrapping_and_titles (void)
{
  /* Hard-wrapped text with one long pasted line is still read as wrapped; a short title line
   * straight above its text stays a heading. */
  g_autoptr (EthosCodeDoc) doc = parse_string (
    "Practitioners' Framework\n"
    "\n"
    "Introduction\n"
    "\n"
    "This framework sets out the values, principles and standards that\n"
    "members agree to uphold in their work with clients.\n"
    "\n"
    "2. Supervision\n"
    "Every practitioner has regular supervision with a qualified supervisor.\n"
    "\n"
    "3. A single very long line pasted from a web page that goes on and on well past one hundred "
    "characters in all.\n");

  g_assert_cmpstr (doc->title, ==, "Practitioners' Framework");
  g_assert_null (ethos_code_doc_find (doc, "practitioners-framework"));
  g_assert_cmpstr (find (doc, "introduction.1")->text, ==,
                   "This framework sets out the values, principles and standards that members "
                   "agree to uphold in their work with clients.");
  g_assert_cmpstr (find (doc, "2")->title, ==, "Supervision");
  g_assert_cmpstr (find (doc, "2")->text, ==,
                   "Every practitioner has regular supervision with a qualified supervisor.");
  g_assert_nonnull (find (doc, "3"));
}

static void
test_front_matter (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosCodeDoc) empty = parse_string ("---\n---\n1. One clause.\n");
  g_autoptr (EthosCodeDoc) crlf = parse_string ("---\r\nid: mine\r\ntitle: Mine\r\n---\r\n1. One.\r\n");
  g_autoptr (EthosCodeDoc) unclosed = NULL;
  const char *text = "---\nid: unterminated\ntitle: Fake\n1. Clause.\n";

  g_assert_cmpstr (find (empty, "1")->text, ==, "One clause.");
  g_assert_cmpuint (empty->clauses->len, ==, 1);
  g_assert_cmpstr (crlf->id, ==, "mine");
  g_assert_cmpstr (crlf->title, ==, "Mine");
  unclosed = ethos_code_parse (text, strlen (text), &error);
  g_assert_null (unclosed);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "---"));
}

static void
test_heading_attributes (void)
{
  g_autoptr (GString) text = g_string_new ("## Ground Rules {#rules} ##\n\n1. Rule one.\n\n"
                                           "# Title {a} more {#second}\n\nText.\n\n"
                                           "# Nested {a {#b}\n\nText.\n\n"
                                           "# Closed #  \n\nText.\n\n"
                                           "# Summary {prefix=s}\n\n1. First.\n\n");
  g_autoptr (EthosCodeDoc) doc = NULL;

  /* Found by stress tests next to the fuzzing: a heading line of a few thousand characters
   * hit PCRE's backtracking limit, so it was quietly read as text (after a tenth of a second
   * for each of three tries). */
  g_string_append (text, "# Long");
  for (guint i = 0; i < 2000; i++)
    g_string_append (text, " #");
  g_string_append (text, " end\n\nText.\n");
  doc = parse_string (text->str);

  g_assert_cmpstr (find (doc, "rules")->title, ==, "Ground Rules");
  g_assert_cmpstr (find (doc, "1")->parent, ==, "rules");
  g_assert_cmpstr (find (doc, "second")->title, ==, "Title {a} more");
  g_assert_cmpstr (find (doc, "nested")->title, ==, "Nested");
  g_assert_cmpstr (find (doc, "closed")->title, ==, "Closed");
  g_assert_cmpstr (find (doc, "s.1")->text, ==, "First.");
  g_assert_true (find (doc, "long-end")->is_section);
  g_assert_true (g_str_has_suffix (find (doc, "long-end")->title, "# # end"));
  g_assert_cmpstr (find (doc, "long-end.1")->text, ==, "Text.");
}

/* Found by stress tests next to the fuzzing: each repeat of a heading or a number looked for a
 * free "-N" from 2 again, and each paragraph folded into a clause copied all of its text, so
 * such files took time quadratic in their size (minutes for a few hundred kilobytes). Such
 * files now stop at the limits (ETHOS_CODE_BLOCKS_MAX paragraphs, ETHOS_CLAUSE_CHARS_MAX
 * characters in a clause): at them they read whole, and one paragraph more is refused. */
static void
test_large_files (void)
{
  g_autoptr (GString) headings = g_string_new (NULL);
  g_autoptr (GString) numbers = g_string_new ("# H\n\n");
  g_autoptr (GString) paragraphs = g_string_new ("1. Clause\n\n");
  g_autoptr (GString) folded = g_string_new (NULL);
  g_autoptr (EthosCodeDoc) by_heading = NULL;
  g_autoptr (EthosCodeDoc) by_number = NULL;
  g_autoptr (EthosCodeDoc) long_clause = NULL;

  for (guint i = 0; i < ETHOS_CODE_BLOCKS_MAX / 2; i++)
    g_string_append (headings, "# A\n\nx\n\n");
  for (guint i = 1; i < ETHOS_CODE_BLOCKS_MAX; i++)
    g_string_append (numbers, "1. One.\n\n");
  /* A paragraph, then two bullets, again and again: bullets in a row are one line apart. */
  for (guint i = 1; i < ETHOS_CODE_BLOCKS_MAX; i++)
    {
      g_string_append (paragraphs, i % 3 == 1 ? "p\n\n" : "- b\n\n");
      if (i > 1)
        g_string_append (folded, i % 3 == 0 ? "\n" : "\n\n");
      g_string_append (folded, i % 3 == 1 ? "p" : "• b");
    }

  by_heading = parse_string (headings->str);
  g_assert_cmpuint (by_heading->clauses->len, ==, ETHOS_CODE_BLOCKS_MAX);
  g_assert_cmpstr (find (by_heading, "a-5000.1")->text, ==, "x");
  by_number = parse_string (numbers->str);
  g_assert_cmpuint (by_number->clauses->len, ==, ETHOS_CODE_BLOCKS_MAX);
  g_assert_cmpstr (find (by_number, "h.1-9998")->text, ==, "One.");
  long_clause = parse_string (paragraphs->str);
  g_assert_cmpuint (long_clause->clauses->len, ==, 1);
  g_assert_cmpstr (find (long_clause, "1")->text, ==, folded->str);

  g_string_append (headings, "# A\n");
  assert_refused (headings->str, headings->len, ETHOS_CODE_ERROR_TOO_LARGE);
  g_string_append (numbers, "1. One.\n");
  assert_refused (numbers->str, numbers->len, ETHOS_CODE_ERROR_TOO_LARGE);
}

/* A paragraph of the file, or a clause with the paragraphs folded into it, longer than
 * ETHOS_CLAUSE_CHARS_MAX is refused, named by its first words on one line; at the limit it is
 * read whole. */
static void
test_long_clauses (void)
{
  g_autoptr (GString) at_limit = g_string_new ("1. ");
  g_autoptr (GString) folded = g_string_new ("1. Start\nhere.\n\n");
  g_autoptr (GString) no_spaces = g_string_new ("# Title\n\n");
  g_autoptr (GString) title = g_string_new ("# ");
  g_autoptr (EthosCodeDoc) doc = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < ETHOS_CLAUSE_CHARS_MAX; i++)
    g_string_append_c (at_limit, i % 10 == 9 ? ' ' : 'a');
  g_string_truncate (at_limit, at_limit->len - 1);
  g_string_append (at_limit, "z\n");
  doc = parse_string (at_limit->str);
  g_assert_cmpuint (g_utf8_strlen (find (doc, "1")->text, -1), ==, ETHOS_CLAUSE_CHARS_MAX);

  /* Over by a word, on a line of its own. */
  g_string_insert (at_limit, 3, "b\n");
  assert_refused (at_limit->str, at_limit->len, ETHOS_CODE_ERROR_TOO_LARGE);

  for (guint i = 0; i < ETHOS_CLAUSE_CHARS_MAX / 10; i++)
    g_string_append (folded, "Then this.\n\n");
  assert_refused (folded->str, folded->len, ETHOS_CODE_ERROR_TOO_LARGE);
  g_clear_pointer (&doc, ethos_code_doc_free);
  doc = ethos_code_parse (folded->str, folded->len, &error);
  g_assert_true (g_str_has_prefix (strstr (error->message, "“"), "“Start here. Then this. Then th…”"));

  for (guint i = 0; i < ETHOS_CLAUSE_CHARS_MAX + 1; i++)
    g_string_append_c (no_spaces, 'x');
  assert_refused (no_spaces->str, no_spaces->len, ETHOS_CODE_ERROR_TOO_LARGE);

  for (guint i = 0; i < ETHOS_CLAUSE_CHARS_MAX / 5 + 1; i++)
    g_string_append (title, "Word ");
  g_string_append (title, "\n\n1. Text.\n");
  assert_refused (title->str, title->len, ETHOS_CODE_ERROR_TOO_LARGE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ethos_data_init ();

  g_test_add_func ("/code-parser/seed/ipt-uk", test_seed_ipt_uk);
  g_test_add_func ("/code-parser/seed/wv-ipn", test_seed_wv_ipn);
  g_test_add_func ("/code-parser/seed/cosrt", test_seed_cosrt);
  g_test_add_func ("/code-parser/seed/atrium", test_seed_atrium);
  g_test_add_func ("/code-parser/seed/iapt-confidentiality", test_seed_iapt);
  g_test_add_func ("/code-parser/format/markdown-nesting", test_markdown_nesting);
  g_test_add_func ("/code-parser/format/plain-text-headings", test_plain_text_headings);
  g_test_add_func ("/code-parser/format/hard-wrapped", test_hard_wrapped);
  g_test_add_func ("/code-parser/format/repeated-numbers", test_repeated_numbers);
  g_test_add_func ("/code-parser/bad-files", test_bad_files);
  g_test_add_func ("/code-parser/slugs-and-ids", test_slugs_and_ids);
  g_test_add_func ("/code-parser/citation", test_citation);
  g_test_add_func ("/code-parser/format/numbering-restarts", test_numbering_restarts);
  g_test_add_func ("/code-parser/format/wrapping-and-titles", test_wrapping_and_titles);
  g_test_add_func ("/code-parser/format/front-matter", test_front_matter);
  g_test_add_func ("/code-parser/format/heading-attributes", test_heading_attributes);
  g_test_add_func ("/code-parser/large-files", test_large_files);
  g_test_add_func ("/code-parser/long-clauses", test_long_clauses);

  return g_test_run ();
}
