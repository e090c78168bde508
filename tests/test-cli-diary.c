/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-diary"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-diary-fixture.h"
#include "ethos-date.h"
#include "ethos-limits.h"

/* Keeping the diary from the command line: profile, supervision, CPD, the demo. Bad input exits
 * 2 with one line and writes nothing. (What the diary adds up to and says is in
 * test-cli-diary-reports.) */

static JsonArray *
list_json (CaseFixture *fixture, const char *kind, JsonNode **root)
{
  g_auto (Run) run = { 0 };

  run_cli (&run, kind, "list", "--json");
  assert_ok (&run);
  *root = parse_json (run.out);
  return json_node_get_array (*root);
}

static guint
count (CaseFixture *fixture, const char *kind)
{
  g_autoptr (JsonNode) root = NULL;

  return json_array_get_length (list_json (fixture, kind, &root));
}

static void
test_profile (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) show = { 0 };
  g_auto (Run) unknown = { 0 };
  g_auto (Run) stray = { 0 };
  g_autoptr (JsonNode) root = NULL;
  JsonArray *bodies;

  set_profile (fixture);
  run_cli (&show, "profile", "show", "--json");
  assert_ok (&show);
  root = parse_json (show.out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "name"), ==,
                   "Jo Practitioner");
  bodies = json_object_get_array_member (json_node_get_object (root), "bodies");
  g_assert_cmpuint (json_array_get_length (bodies), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 0),
                                                  "membership"),
                   ==, "0123456");

  run_cli (&unknown, "profile", "set", "--bodies", "bacp,astrologers");
  assert_fails (&unknown, 2, "astrologers");
  run_cli (&stray, "profile", "set", "--membership", "ukcp=9");
  assert_fails (&stray, 2, "ukcp");
}

static void
test_supervision (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) add = { 0 };
  g_auto (Run) group = { 0 };
  g_auto (Run) edit = { 0 };
  g_auto (Run) del = { 0 };
  g_autoptr (JsonNode) root = NULL;
  JsonArray *list;
  JsonObject *first, *second;
  const char *members[] = { "id", "date", "minutes", "credited_minutes", "supervisor", "format",
                            "group_size", "mode", "notes", "clauses", NULL };

  add_first_session (fixture, &add);
  g_assert_cmpint (g_ascii_strtoll (add.out, NULL, 10), >, 0);
  /* BACP credits a group of 3 at half the time. */
  add_group_session (fixture, "120", &group);

  list = list_json (fixture, "supervision", &root);
  g_assert_cmpuint (json_array_get_length (list), ==, 2);
  first = json_array_get_object_element (list, 0);
  second = json_array_get_object_element (list, 1);
  assert_members (first, members);
  g_assert_cmpstr (json_object_get_string_member (first, "notes"), ==,
                   "Endings, and \"what is enough\", again.");
  g_assert_cmpint (json_object_get_int_member (second, "credited_minutes"), ==, 60);
  g_assert_cmpint (json_object_get_int_member (second, "group_size"), ==, 3);

  run_cli (&edit, "supervision", "edit", g_strstrip (group.out), "--minutes", "180");
  assert_ok (&edit);
  g_clear_pointer (&root, json_node_unref);
  list = list_json (fixture, "supervision", &root);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (list, 1), "minutes"),
                   ==, 180);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 1), "mode"),
                   ==, "video");

  run_cli (&del, "cpd", "delete", g_strstrip (add.out));
  assert_fails (&del, 2, "supervision session");
}

/* --clause as a person cites it, in any case or spacing; the entry keeps the clause's id. */
static void
test_clause_as_cited (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) add = { 0 };
  g_auto (Run) edit = { 0 };
  g_auto (Run) wrong = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonNode) again = NULL;
  JsonArray *clauses;

  run_cli (&add, "supervision", "add", "--date", "2026-02-10", "--minutes", "1:30", "--clause",
           "COSRT 26", "--clause", "cosrt 107(m)");
  assert_ok (&add);
  clauses = json_object_get_array_member (
    json_array_get_object_element (list_json (fixture, "supervision", &root), 0), "clauses");
  g_assert_cmpuint (json_array_get_length (clauses), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (clauses, 0), ==, "cosrt:26");
  g_assert_cmpstr (json_array_get_string_element (clauses, 1), ==, "cosrt:107.m");

  /* One that names nothing Ethos holds is refused, by name, and the entry keeps its clauses. */
  run_cli (&wrong, "supervision", "edit", g_strstrip (add.out), "--clause", "COSRT 26",
           "--clause", "BACP 12");
  assert_fails (&wrong, 2, "--clause: “BACP 12” names no code Ethos holds");
  run_cli (&edit, "supervision", "edit", add.out, "--clause", "Atrium Code of Practice 9.6");
  assert_ok (&edit);
  clauses = json_object_get_array_member (
    json_array_get_object_element (list_json (fixture, "supervision", &again), 0), "clauses");
  g_assert_cmpuint (json_array_get_length (clauses), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (clauses, 0), ==, "atrium-practice:9.6");
}

/* "COMMAND --help", as the main help promises, for the diary's commands too. */
static void
test_help (CaseFixture *fixture, gconstpointer data)
{
  static const char *const groups[] = { "supervision", "cpd" };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      g_auto (Run) help = { 0 };

      run_cli (&help, groups[i], "--help");
      assert_ok (&help);
      g_assert_nonnull (strstr (help.out, "add, list, edit, delete"));
      g_assert_cmpstr (help.err, ==, "");
    }
}

static void
test_bad_input_writes_nothing (CaseFixture *fixture, gconstpointer data)
{
  const char *const cases[][12] = {
    { "supervision", "add", "--date", "2026-02-30", "--minutes", "60", NULL },
    { "supervision", "add", "--date", "yesterday-ish", "--minutes", "60", NULL },
    { "supervision", "add", "--date", "2026-02-10", "--minutes", "0", NULL },
    { "supervision", "add", "--date", "2026-02-10", "--minutes", "-30", NULL },
    { "supervision", "add", "--date", "2026-02-10", "--minutes", "1441", NULL },
    { "supervision", "add", "--date", "2026-02-10", "--minutes", "60", "--format", "group", NULL },
    { "supervision", "add", "--date", "2026-02-10", "--minutes", "60", "--clause", "cosrt:999", NULL },
    { "supervision", "add", "--date", "2026-02-10", "--minutes", "60", "--clause", "COSRT", NULL },
    { "supervision", "add", "--date", "2026-02-10", "--minutes", "60", "--mode", "telepathy", NULL },
    { "cpd", "add", "--date", "2026-02-10", "--hours", "25", "--title", "Day", NULL },
    { "cpd", "add", "--date", "2026-02-10", "--hours", "abc", "--title", "Day", NULL },
    { "cpd", "add", "--date", "2026-02-10", "--hours", "2", "--title", "", NULL },
    { "cpd", "add", "--date", "2026-02-10", "--hours", "2", "--title", "x", "--kind", "nap", NULL },
    { "cpd", "add", "--date", "2026-02-10", "--hours", "2", "--title", "x", "--evidence",
      "/nonexistent.pdf", NULL },
    { "supervision", "edit", "99999", "--minutes", "30", NULL },
    { "supervision", "delete", "abc", NULL },
    { "supervision", "list", "--from", "2026-13-01", NULL },
    { "supervision", "add", "--date", "2026-02-10", "--minutes", "1:75", NULL },
    { "supervision", "add", "--date", "2026-02-10", "--minutes", "-1h", NULL },
    { "supervision", "add", "--date", "2026-02-10", "--minutes", "25:00", NULL },
    { "supervision", "add", "--date", "12/02/2026", "--minutes", "60", NULL },
    { "cpd", "add", "--date", "10 Feb 2026", "--hours", "2", "--title", "x", NULL },
  };
  guint supervision = count (fixture, "supervision");
  guint cpd = count (fixture, "cpd");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (Run) run = { 0 };
      const char *const *a = cases[i];

      run_cli_in (&run, fixture->dir, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
                  a[10], NULL);
      assert_fails (&run, 2, NULL);
    }
  /* A word that is no format or mode is said with the words there are. */
  {
    g_auto (Run) format = { 0 };
    g_auto (Run) mode = { 0 };

    run_cli (&format, "supervision", "add", "--date", "2026-02-10", "--minutes", "60", "--format",
             "triad", "--group-size", "3");
    assert_fails (&format, 2, "“triad” is not a supervision format: choose one of individual, "
                              "group, peer");
    run_cli (&mode, "supervision", "add", "--date", "2026-02-10", "--minutes", "60", "--mode",
             "telepathy");
    assert_fails (&mode, 2, "“telepathy” is not a way of meeting: choose one of in-person, video, "
                            "phone");
  }
  g_assert_cmpuint (count (fixture, "supervision"), ==, supervision);
  g_assert_cmpuint (count (fixture, "cpd"), ==, cpd);
}

static void
test_cpd_with_evidence (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (JsonNode) root = NULL;
  JsonObject *course;

  add_course (fixture);
  course = json_array_get_object_element (list_json (fixture, "cpd", &root), 0);
  g_assert_cmpint (json_object_get_int_member (course, "minutes"), ==, 750);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (course, "evidence")), ==,
                    1);
  g_assert_cmpstr (json_object_get_string_member (course, "topics"), ==, "");
}

/* An edit that cannot add all its files changes nothing: not the title, not the files. */
static void
test_cpd_edit_all_or_nothing (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *agenda = case_path (fixture, "agenda.pdf");
  g_autofree char *missing = case_path (fixture, "missing.pdf");
  g_auto (Run) edit = { 0 };
  g_auto (Run) good = { 0 };
  g_autoptr (JsonNode) before = NULL;
  g_autoptr (JsonNode) after = NULL;
  g_autoptr (JsonNode) edited = NULL;
  JsonObject *course;

  add_course (fixture);
  g_assert_true (g_file_set_contents (agenda, "%PDF-1.4 an agenda", -1, NULL));
  course = json_array_get_object_element (list_json (fixture, "cpd", &before), 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (course, "evidence")), ==,
                    1);

  run_cli (&edit, "cpd", "edit", "1", "--title", "CHANGED", "--evidence", agenda, "--evidence",
           missing);
  assert_fails (&edit, 2, "is not a file");
  course = json_array_get_object_element (list_json (fixture, "cpd", &after), 0);
  g_assert_cmpstr (json_object_get_string_member (course, "title"), ==, "Working with couples");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (course, "evidence")), ==,
                    1);

  /* The same edit with files that can be added keeps both the title and the file. */
  run_cli (&good, "cpd", "edit", "1", "--title", "CHANGED", "--evidence", agenda);
  assert_ok (&good);
  course = json_array_get_object_element (list_json (fixture, "cpd", &edited), 0);
  g_assert_cmpstr (json_object_get_string_member (course, "title"), ==, "CHANGED");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (course, "evidence")), ==,
                    2);
}

/* A class given with the bodies it belongs to is checked against the body's own classes, and
 * a bad one keeps nothing: not the class, not the bodies given with it. */
static void
test_profile_class (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) bad = { 0 };
  g_auto (Run) none = { 0 };
  g_auto (Run) good = { 0 };
  g_auto (Run) show = { 0 };
  g_autoptr (JsonNode) root = NULL;
  JsonObject *profile;

  run_cli (&bad, "profile", "set", "--bodies", "bacp", "--class", "bacp=wizard");
  assert_fails (&bad, 2, "“wizard” is not a membership class of BACP: choose one of member");
  run_cli (&none, "profile", "set", "--bodies", "atrium", "--class", "atrium=member");
  assert_fails (&none, 2, "Atrium names no membership classes");
  {
    g_auto (Run) kept = { 0 };
    g_autoptr (JsonNode) nothing = NULL;

    run_cli (&kept, "profile", "show", "--json");
    assert_ok (&kept);
    nothing = parse_json (kept.out);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                        json_node_get_object (nothing), "bodies")),
                      ==, 0);
  }
  run_cli (&good, "profile", "set", "--bodies", "bacp", "--class", "bacp=accredited",
           "--practice", "part-time", "--practice-fraction", "40%");
  assert_ok (&good);
  run_cli (&show, "profile", "show", "--json");
  assert_ok (&show);
  root = parse_json (show.out);
  profile = json_node_get_object (root);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (profile, "bodies")), ==,
                    1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (profile,
                                                                                 "classes"),
                                                  "bacp"),
                   ==, "accredited");
  g_assert_cmpstr (json_object_get_string_member (profile, "practice"), ==, "part-time");
  g_assert_cmpint (json_object_get_int_member (profile, "practice_percent"), ==, 40);
}

/* A CPD activity on a topic a body counts hours of (BABCP: CBT skills workshops) keeps it; a
 * topic Ethos does not know is refused, and nothing is written. */
static void
test_cpd_topics (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) add = { 0 };
  g_auto (Run) bad = { 0 };
  g_autoptr (JsonNode) root = NULL;
  JsonArray *activities;

  run_cli (&add, "cpd", "add", "--date", "2026-03-05", "--hours", "6", "--title",
           "CBT for OCD", "--kind", "formal", "--topics", "cbt-skills");
  assert_ok (&add);
  run_cli (&bad, "cpd", "add", "--date", "2026-03-06", "--hours", "1", "--title", "Stars",
           "--kind", "formal", "--topics", "astrology");
  assert_fails (&bad, 2, "is not a topic of CPD");
  activities = list_json (fixture, "cpd", &root);
  g_assert_cmpuint (json_array_get_length (activities), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (activities, 0),
                                                  "topics"),
                   ==, "cbt-skills");
}

static void
test_demo (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = case_path (fixture, "demo");
  g_auto (Run) demo = { 0 };
  g_auto (Run) list = { 0 };
  g_auto (Run) scan = { 0 };
  g_auto (Run) newest = { 0 };
  g_auto (Run) best = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonNode) found = NULL;
  JsonArray *hits;

  run_cli_in (&demo, dir, "demo", "--entries", "500", NULL);
  assert_ok (&demo);
  run_cli_in (&list, dir, "supervision", "list", "--json", NULL);
  assert_ok (&list);
  root = parse_json (list.out);
  /* About seven in ten are supervision. */
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), >, 250);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), <, 450);

  /* Search: newest first unless the best matches are asked for, with how many in all. */
  run_cli_in (&newest, dir, "diary", "search", "rupture", "--limit", "5", "--json", NULL);
  assert_ok (&newest);
  found = parse_json (newest.out);
  hits = json_node_get_array (found);
  g_assert_cmpuint (json_array_get_length (hits), ==, 5);
  for (guint i = 1; i < json_array_get_length (hits); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (hits, i - 1), "date"),
                     >=, json_object_get_string_member (json_array_get_object_element (hits, i), "date"));
  run_cli_in (&best, dir, "diary", "search", "rupture", "--limit", "5", "--best", NULL);
  assert_ok (&best);
  g_assert_nonnull (strstr (best.out, " entries, the best 5 matches shown\n"));
  g_assert_nonnull (strstr (best.out, "[rupture]"));
}

/* Lengths of time as people write them, and the days near today by name; a day and month in
 * numbers are refused, as a script may write them either way round. Each refusal names its
 * option. */
static void
test_forgiving_input (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *before = ethos_date_today_iso ();
  g_autofree char *after = NULL;
  g_auto (Run) session = { 0 };
  g_auto (Run) course = { 0 };
  g_auto (Run) slashes = { 0 };
  g_auto (Run) minutes = { 0 };
  g_autoptr (JsonNode) sessions_root = NULL;
  g_autoptr (JsonNode) courses_root = NULL;
  JsonObject *added;
  GDate yesterday;
  g_autofree char *yesterday_iso = NULL;
  const char *date;

  run_cli (&session, "supervision", "add", "--date", "today", "--minutes", "1:30", "--supervisor",
           "A. Smith");
  assert_ok (&session);
  run_cli (&course, "cpd", "add", "--date", "yesterday", "--hours", "1h30", "--title",
           "Working with shame", "--kind", "formal");
  assert_ok (&course);
  after = ethos_date_today_iso ();

  added = json_array_get_object_element (list_json (fixture, "supervision", &sessions_root), 0);
  g_assert_cmpint (json_object_get_int_member (added, "minutes"), ==, 90);
  /* Midnight may pass between the readings: today is one of the two days. */
  date = json_object_get_string_member (added, "date");
  g_assert_true (g_str_equal (date, before) || g_str_equal (date, after));

  added = json_array_get_object_element (list_json (fixture, "cpd", &courses_root), 0);
  g_assert_cmpint (json_object_get_int_member (added, "minutes"), ==, 90);
  g_assert_true (ethos_date_parse (date, &yesterday, NULL));
  g_date_subtract_days (&yesterday, 1);
  yesterday_iso = ethos_date_to_iso (&yesterday);
  g_assert_cmpstr (json_object_get_string_member (added, "date"), ==, yesterday_iso);

  run_cli (&slashes, "supervision", "add", "--date", "12/03/2026", "--minutes", "60");
  assert_fails (&slashes, 2, "--date: “12/03/2026” is not a date: write it as YYYY-MM-DD "
                             "(2026-03-12), today or yesterday");
  run_cli (&minutes, "supervision", "add", "--date", "today", "--minutes", "1:75");
  assert_fails (&minutes, 2, "--minutes: “1:75” is not a length of time");
}

/* The group's bounds are said from the limits the check uses (test-entry-store says the same of
 * the entry's own check, which the window meets). */
static void
test_group_size_message (CaseFixture *fixture, gconstpointer data)
{
  const char *dir = fixture->dir;
  g_autofree char *range = g_strdup_printf ("from %d to %d", ETHOS_GROUP_SIZE_MIN,
                                            ETHOS_GROUP_SIZE_MAX);
  g_autofree char *too_many = g_strdup_printf ("%d", ETHOS_GROUP_SIZE_MAX + 1);
  g_auto (Run) crowd = { 0 };

  run_cli_in (&crowd, dir, "supervision", "add", "--date", "2026-11-02", "--minutes", "60",
              "--format", "group", "--group-size", too_many, NULL);
  assert_fails (&crowd, 2, range);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  CASE_TEST ("/cli-diary/profile", test_profile);
  CASE_TEST_WITH ("/cli-diary/supervision", profile_setup, test_supervision);
  CASE_TEST ("/cli-diary/clause-as-cited", test_clause_as_cited);
  CASE_TEST_WITH ("/cli-diary/bad-input-writes-nothing", diary_setup,
                  test_bad_input_writes_nothing);
  CASE_TEST ("/cli-diary/cpd-with-evidence", test_cpd_with_evidence);
  CASE_TEST ("/cli-diary/cpd-topics", test_cpd_topics);
  CASE_TEST ("/cli-diary/profile-class", test_profile_class);
  CASE_TEST ("/cli-diary/cpd-edit-all-or-nothing", test_cpd_edit_all_or_nothing);
  CASE_TEST ("/cli-diary/demo", test_demo);
  CASE_TEST ("/cli-diary/help", test_help);
  CASE_TEST ("/cli-diary/group-size-message", test_group_size_message);
  CASE_TEST ("/cli-diary/forgiving-input", test_forgiving_input);

  return g_test_run ();
}
