/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "case-fixture.h"
#include "cli-runner.h"
#include "ethos-limits.h"
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

/* ethos-cli as scripts use it: exit codes, one-line errors, JSON shapes. */

static void
test_version_and_help (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) version = { 0 };
  g_auto (Run) help = { 0 };
  g_auto (Run) nothing = { 0 };
  g_auto (Run) search_help = { 0 };

  run_cli (&version, "--version");
  assert_ok (&version);
  g_assert_true (g_str_has_prefix (version.out, "ethos-cli " PACKAGE_VERSION));

  run_cli (&help, "--help");
  assert_ok (&help);
  g_assert_nonnull (strstr (help.out, "codes search"));

  run_cli (&search_help, "codes", "search", "--help");
  assert_ok (&search_help);
  g_assert_nonnull (strstr (search_help.out, "--limit"));

  run_cli_in (&nothing, NULL, NULL);
  assert_fails (&nothing, 2, "command");
}

static void
test_list (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_autoptr (JsonNode) root = NULL;
  const char *members[] = { "id", "title", "publisher", "clauses", "origin", NULL };
  const char *ids[] = { "ipt-uk", "wv-ipn", "cosrt", "atrium-ethics", "atrium-practice",
                        "iapt-confidentiality" };
  JsonArray *array;

  run_cli (&run, "codes", "list", "--json");
  assert_ok (&run);
  root = parse_json (run.out);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, 6);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < json_array_get_length (array); j++)
        {
          JsonObject *code = json_array_get_object_element (array, j);

          assert_members (code, members);
          if (g_str_equal (json_object_get_string_member (code, "id"), ids[i]))
            {
              found = TRUE;
              g_assert_cmpstr (json_object_get_string_member (code, "origin"), ==, "shipped");
              g_assert_cmpint (json_object_get_int_member (code, "clauses"), >, 5);
            }
        }
      g_assert_true (found);
    }
}

static void
test_show (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) whole = { 0 };
  g_auto (Run) cited = { 0 };
  g_auto (Run) item = { 0 };
  g_auto (Run) summary = { 0 };
  g_auto (Run) one = { 0 };
  g_auto (Run) unknown_code = { 0 };
  g_auto (Run) unknown_ref = { 0 };
  g_autoptr (JsonNode) root = NULL;
  const char *members[] = { "ref", "heading", "text", "level", "parent", NULL };
  JsonArray *clauses;

  run_cli (&whole, "codes", "show", "cosrt");
  assert_ok (&whole);
  /* Numbered as the code numbers them, not as links keep them ("107.m"). */
  g_assert_nonnull (strstr (whole.out, "107(m)  you have accepted a caution from the police"));
  g_assert_null (strstr (whole.out, "107.m"));
  g_assert_true (strstr (whole.out, "26  ") < strstr (whole.out, "107  "));

  /* One clause is cited first, as a person writes it; it can be asked for as it is written. */
  run_cli (&cited, "codes", "show", "cosrt", "26");
  assert_ok (&cited);
  g_assert_true (g_str_has_prefix (cited.out, "COSRT 26\n\n26  You must have proper"));
  run_cli (&item, "codes", "show", "cosrt", "107(m)");
  assert_ok (&item);
  g_assert_true (g_str_has_prefix (item.out, "COSRT 107(m)\n\n107(m)  you have accepted"));
  run_cli (&summary, "codes", "show", "ipt-uk", "summary.5");
  assert_ok (&summary);
  g_assert_true (g_str_has_prefix (summary.out, "IPT UK summary 5\n\nsummary 5  Inform IPT UK"));

  run_cli (&one, "codes", "show", "cosrt", "107", "--json");
  assert_ok (&one);
  root = parse_json (one.out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "id"), ==, "cosrt");
  clauses = json_object_get_array_member (json_node_get_object (root), "clauses");
  /* 107 and its items m, n and o. */
  g_assert_cmpuint (json_array_get_length (clauses), ==, 4);
  for (guint i = 0; i < json_array_get_length (clauses); i++)
    assert_members (json_array_get_object_element (clauses, i), members);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (clauses, 3), "ref"),
                   ==, "107.o");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (clauses, 3),
                                                  "parent"),
                   ==, "107");

  run_cli (&unknown_code, "codes", "show", "bacp");
  assert_fails (&unknown_code, 2, "bacp");
  run_cli (&unknown_ref, "codes", "show", "cosrt", "999");
  assert_fails (&unknown_ref, 2, "999");
}

static void
test_search (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_auto (Run) plain = { 0 };
  g_auto (Run) nasty = { 0 };
  g_auto (Run) zero = { 0 };
  g_auto (Run) huge = { 0 };
  g_auto (Run) bad_code = { 0 };
  g_auto (Run) empty = { 0 };
  g_auto (Run) typo = { 0 };
  g_autoptr (JsonNode) root = NULL;
  const char *members[] = { "code", "ref", "heading", "snippet", "score", NULL };
  JsonArray *hits;
  JsonObject *first;
  JsonObject *results;

  run_cli (&run, "codes", "search", "indemnity", "--limit", "3", "--json");
  assert_ok (&run);
  root = parse_json (run.out);
  results = json_node_get_object (root);
  /* Every match is counted, not only those printed; nothing was corrected. */
  g_assert_cmpint (json_object_get_int_member (results, "matches"), >=, 2);
  g_assert_cmpint (json_object_get_int_member (results, "codes"), ==, 2);
  g_assert_true (json_object_get_null_member (results, "correction"));
  hits = json_object_get_array_member (results, "hits");
  g_assert_cmpuint (json_array_get_length (hits), >=, 2);
  g_assert_cmpuint (json_array_get_length (hits), <=, 3);
  first = json_array_get_object_element (hits, 0);
  assert_members (first, members);
  g_assert_cmpstr (json_object_get_string_member (first, "code"), ==, "atrium-practice");
  g_assert_cmpstr (json_object_get_string_member (first, "ref"), ==, "9.5");
  g_assert_nonnull (strstr (json_object_get_string_member (first, "snippet"), "**indemnity"));

  run_cli (&plain, "codes", "search", "Gillick", "--code", "cosrt");
  assert_ok (&plain);
  g_assert_true (g_str_has_prefix (plain.out, "1 clause\nCOSRT 27 · Apply knowledge"));

  /* A misspelt word: the nearest one the codes contain, said first. */
  run_cli (&typo, "codes", "search", "indemnty");
  assert_ok (&typo);
  g_assert_true (g_str_has_prefix (typo.out, "Showing results for “indemnity”\n"));
  g_assert_nonnull (strstr (typo.out, " clauses in 2 codes\n"));
  g_assert_nonnull (strstr (typo.out, "Atrium Code of Practice 9.5"));
  g_assert_nonnull (strstr (plain.out, "[Gillick]"));

  run_cli (&nasty, "codes", "search", "NEAR(\"dbs", "OR", "*");
  assert_ok (&nasty);

  run_cli (&zero, "codes", "search", "dbs", "--limit", "0");
  assert_fails (&zero, 2, "--limit");
  run_cli (&huge, "codes", "search", "dbs", "--limit", "lots");
  assert_fails (&huge, 2, NULL);
  run_cli (&bad_code, "codes", "search", "dbs", "--code", "nope");
  assert_fails (&bad_code, 2, "nope");
  run_cli (&empty, "codes", "search");
  assert_fails (&empty, 2, NULL);
}

static int
count_codes (CaseFixture *fixture)
{
  g_auto (Run) run = { 0 };
  g_autoptr (JsonNode) root = NULL;

  run_cli (&run, "codes", "list", "--json");
  assert_ok (&run);
  root = parse_json (run.out);
  return (int) json_array_get_length (json_node_get_array (root));
}

static char *
write_temp (CaseFixture *fixture, const char *name, const char *contents, gssize length)
{
  char *path = case_path (fixture, name);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static void
test_import (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *good = write_temp (fixture, "my-body.md",
                                      "# My Body's Ethical Framework\n\n"
                                      "1. Members must have supervision every month.\n"
                                      "2. Members must tell us of a caution within 7 days.\n",
                                      -1);
  g_autofree char *binary = write_temp (fixture, "code.pdf",
                                        "%PDF-1.4\n\0\0\0\x01\x02\x03\xff\xfe", 18);
  g_autofree char *empty = write_temp (fixture, "empty.txt", "", 0);
  g_autofree char *latin1 = write_temp (fixture, "latin1.txt", "Caf\xe9 rules\n", -1);
  g_autofree char *huge = case_path (fixture, "huge.txt");
  g_auto (Run) imported = { 0 };
  g_auto (Run) shown = { 0 };
  g_auto (Run) run_binary = { 0 };
  g_auto (Run) run_empty = { 0 };
  g_auto (Run) run_latin1 = { 0 };
  g_auto (Run) run_huge = { 0 };
  g_auto (Run) run_missing = { 0 };
  g_auto (Run) run_bad_id = { 0 };
  g_auto (Run) run_again = { 0 };
  int before = count_codes (fixture);
  FILE *file;

  /* A sparse file over 5 MB. */
  file = fopen (huge, "w");
  g_assert_nonnull (file);
  fseek (file, 6 * 1024 * 1024, SEEK_SET);
  fputc ('x', file);
  fclose (file);

  run_cli (&run_binary, "codes", "import", binary);
  assert_fails (&run_binary, 2, "plain text");
  run_cli (&run_empty, "codes", "import", empty);
  assert_fails (&run_empty, 2, "empty");
  run_cli (&run_latin1, "codes", "import", latin1);
  assert_fails (&run_latin1, 2, "UTF-8");
  run_cli (&run_huge, "codes", "import", huge);
  assert_fails (&run_huge, 2, "5 MB");
  {
    g_autofree char *fifo = case_path (fixture, "pipe");
    g_auto (Run) run_fifo = { 0 };
    g_auto (Run) run_zero = { 0 };

    /* Neither waits for ever nor reads without end. */
    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
    run_cli (&run_fifo, "codes", "import", fifo);
    assert_fails (&run_fifo, 2, "regular file");
    run_cli (&run_zero, "codes", "import", "/dev/zero");
    assert_fails (&run_zero, 2, "regular file");
  }
  run_cli (&run_missing, "codes", "import", "/nonexistent/code.txt");
  assert_fails (&run_missing, 2, NULL);
  run_cli (&run_bad_id, "codes", "import", good, "--id", "My Code");
  assert_fails (&run_bad_id, 2, "My Code");
  g_assert_cmpint (count_codes (fixture), ==, before);

  run_cli (&imported, "codes", "import", good, "--title", "MBEF 2025");
  assert_ok (&imported);
  g_assert_cmpstr (imported.out, ==, "my-body\n");
  g_assert_cmpint (count_codes (fixture), ==, before + 1);

  run_cli (&shown, "codes", "show", "my-body", "2");
  assert_ok (&shown);
  g_assert_nonnull (strstr (shown.out, "within 7 days"));

  run_cli (&run_again, "codes", "import", good);
  assert_fails (&run_again, 2, "my-body");
  g_assert_cmpint (count_codes (fixture), ==, before + 1);
}

/* The limits in ethos-limits.h, far beyond any real code of ethics (10 to 200 KB, a few hundred
 * paragraphs): a file past one is refused in one line, naming the limit, and nothing is
 * imported; a code just under all of them imports whole. A million one-letter paragraphs took
 * 17 s and 555 MB to import, and made every search of the codes slow. */
static void
test_import_limits (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (GString) many = g_string_new ("# Many\n\n");
  g_autoptr (GString) long_clause = g_string_new ("# Long\n\n1. ");
  g_autoptr (GString) folded = g_string_new ("# Folded\n\n1. Start.\n\n");
  g_autoptr (GString) under = g_string_new ("# Under\n\n1. ");
  g_autofree char *many_path = NULL;
  g_autofree char *long_path = NULL;
  g_autofree char *folded_path = NULL;
  g_autofree char *under_path = NULL;
  g_auto (Run) run_many = { 0 };
  g_auto (Run) run_long = { 0 };
  g_auto (Run) run_folded = { 0 };
  g_auto (Run) imported = { 0 };
  g_auto (Run) shown = { 0 };
  int before = count_codes (fixture);

  /* One paragraph more than the limit, the heading being one. */
  for (guint i = 1; i < ETHOS_CODE_BLOCKS_MAX + 1; i++)
    g_string_append (many, "a\n\n");
  /* One clause one character too long, with no space to break it. */
  for (guint i = 0; i < ETHOS_CLAUSE_CHARS_MAX + 1; i++)
    g_string_append_c (long_clause, 'x');
  g_string_append (long_clause, "\n\n2. Short.\n");
  /* Paragraphs that each pass, folded into one clause that does not. */
  for (guint i = 0; i < ETHOS_CLAUSE_CHARS_MAX / 10; i++)
    g_string_append (folded, "Then this.\n\n");
  /* At every limit: as many paragraphs as allowed, the first clause as long as allowed. */
  for (guint i = 0; i < ETHOS_CLAUSE_CHARS_MAX; i++)
    g_string_append_c (under, "abcdefghi "[i % 10]);
  g_string_append (under, "\n\n");
  for (guint i = 2; i < ETHOS_CODE_BLOCKS_MAX; i++)
    g_string_append_printf (under, "%u.%u. Members keep clause %u.\n\n", i / 1000 + 1, i % 1000, i);
  g_assert_cmpuint (under->len, <, ETHOS_CODE_BYTES_MAX);

  many_path = write_temp (fixture, "many.txt", many->str, many->len);
  long_path = write_temp (fixture, "long.md", long_clause->str, long_clause->len);
  folded_path = write_temp (fixture, "folded.md", folded->str, folded->len);
  under_path = write_temp (fixture, "under.md", under->str, under->len);

  run_cli (&run_many, "codes", "import", many_path);
  assert_fails (&run_many, 2, "10,000 paragraphs");
  run_cli (&run_long, "codes", "import", long_path);
  assert_fails (&run_long, 2, "50,000 characters");
  g_assert_nonnull (strstr (run_long.err, "1. xxxxxxxx"));
  run_cli (&run_folded, "codes", "import", folded_path);
  assert_fails (&run_folded, 2, "Start. Then this.");
  g_assert_cmpint (count_codes (fixture), ==, before);

  run_cli (&imported, "codes", "import", under_path);
  assert_ok (&imported);
  g_assert_cmpstr (imported.out, ==, "under\n");
  g_assert_cmpint (count_codes (fixture), ==, before + 1);
  run_cli (&shown, "codes", "show", "under", "10.998");
  assert_ok (&shown);
  g_assert_nonnull (strstr (shown.out, "Members keep clause 9998."));
}

static void
test_themes (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) list = { 0 };
  g_auto (Run) one = { 0 };
  g_auto (Run) unknown = { 0 };
  g_autoptr (JsonNode) list_root = NULL;
  g_autoptr (JsonNode) one_root = NULL;
  const char *required[] = { "confidentiality", "consent",   "boundaries",   "supervision",
                             "cpd",             "safeguarding", "reporting", "insurance",
                             "records",         "health",    "advertising",  "complaints",
                             "endings",         "discrimination" };
  JsonArray *themes, *codes;

  run_cli (&list, "codes", "themes", "--json");
  assert_ok (&list);
  list_root = parse_json (list.out);
  themes = json_node_get_array (list_root);
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < json_array_get_length (themes); j++)
        if (g_str_equal (json_object_get_string_member (json_array_get_object_element (themes, j),
                                                        "id"),
                         required[i]))
          found = TRUE;
      if (!found)
        g_error ("no theme %s", required[i]);
    }

  run_cli (&one, "codes", "themes", "insurance", "--json");
  assert_ok (&one);
  one_root = parse_json (one.out);
  codes = json_object_get_array_member (json_node_get_object (one_root), "codes");
  g_assert_cmpuint (json_array_get_length (codes), >=, 2);

  run_cli (&unknown, "codes", "themes", "astrology");
  assert_fails (&unknown, 2, "astrology");
}

static void
test_check (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };

  run_cli (&run, "check");
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "is sound"));
}

static void
test_refuses_bad_databases (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *junk_dir = case_path (fixture, "junk");
  g_autofree char *junk = g_build_filename (junk_dir, "ethos.db", NULL);
  g_autofree char *newer_dir = case_path (fixture, "newer");
  g_autofree char *newer = g_build_filename (newer_dir, "ethos.db", NULL);
  g_autofree char *before_junk = NULL;
  g_autofree char *before_newer = NULL;
  g_autofree char *after_junk = NULL;
  g_autofree char *after_newer = NULL;
  g_auto (Run) run_junk = { 0 };
  g_auto (Run) check_junk = { 0 };
  g_auto (Run) run_newer = { 0 };
  sqlite3 *db;

  g_mkdir_with_parents (junk_dir, 0700);
  g_assert_true (g_file_set_contents (junk, "My supervision notes, typed in the wrong place. "
                                            "Not a database at all, but long enough to be read.",
                                      -1, NULL));
  g_mkdir_with_parents (newer_dir, 0700);
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "CREATE TABLE t (x); PRAGMA user_version = 42;", NULL, NULL, NULL);
  sqlite3_close (db);
  before_junk = digest (junk);
  before_newer = digest (newer);

  run_cli_in (&run_junk, junk_dir, "codes", "list", NULL);
  assert_fails (&run_junk, 1, "damaged");
  run_cli_in (&check_junk, junk_dir, "check", NULL);
  assert_fails (&check_junk, 1, NULL);
  run_cli_in (&run_newer, newer_dir, "codes", "list", NULL);
  assert_fails (&run_newer, 1, "newer version of Ethos");

  after_junk = digest (junk);
  after_newer = digest (newer);
  g_assert_cmpstr (after_junk, ==, before_junk);
  g_assert_cmpstr (after_newer, ==, before_newer);
}

static void
test_usage_errors (CaseFixture *fixture, gconstpointer data)
{
  const char *const cases[][4] = {
    { "frobnicate", NULL },
    { "codes", NULL },
    { "codes", "explode", NULL },
    { "codes", "list", "--colour", NULL },
    { "codes", "list", "extra", NULL },
    { "codes", "show", NULL },
    { "codes", "themes", "a", "b" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (Run) run = { 0 };

      run_cli_in (&run, fixture->dir, cases[i][0], cases[i][1], cases[i][2], cases[i][3], NULL);
      assert_fails (&run, 2, NULL);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  CASE_TEST ("/cli/version-and-help", test_version_and_help);
  CASE_TEST ("/cli/codes/list", test_list);
  CASE_TEST ("/cli/codes/show", test_show);
  CASE_TEST ("/cli/codes/search", test_search);
  CASE_TEST ("/cli/codes/import", test_import);
  CASE_TEST ("/cli/codes/import-limits", test_import_limits);
  CASE_TEST ("/cli/codes/themes", test_themes);
  CASE_TEST ("/cli/check", test_check);
  CASE_TEST ("/cli/refuses-bad-databases", test_refuses_bad_databases);
  CASE_TEST ("/cli/usage-errors", test_usage_errors);

  return g_test_run ();
}
