/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-reminders"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "case-fixture.h"
#include "cli-runner.h"
#include "ethos-derived-reminders.h"

/* Reminders and events from the command line: the contract scripts rely on. */

static JsonArray *
list (CaseFixture *fixture, JsonNode **root, const char *as_of, gboolean all)
{
  g_auto (Run) run = { 0 };

  if (all)
    run_cli (&run, "reminders", "list", "--as-of", as_of, "--all", "--json");
  else
    run_cli (&run, "reminders", "list", "--as-of", as_of, "--json");
  assert_ok (&run);
  *root = parse_json (run.out);
  return json_node_get_array (*root);
}

static JsonArray *
list_in (const char *dir, JsonNode **root)
{
  g_auto (Run) run = { 0 };

  run_cli_in (&run, dir, "reminders", "list", "--as-of", "2026-11-23", "--json", NULL);
  assert_ok (&run);
  *root = parse_json (run.out);
  return json_node_get_array (*root);
}

static JsonObject *
by_id (JsonArray *array, const char *id)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (json_object_get_int_member (object, "id") == g_ascii_strtoll (id, NULL, 10))
        return object;
    }
  return NULL;
}

static void
test_add_list_done (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) add = { 0 };
  g_auto (Run) done = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonNode) after = NULL;
  const char *members[] = { "id", "title", "kind", "due", "status", "next_stage", "every",
                            "clause", NULL };
  JsonObject *dbs;

  run_cli (&add, "reminders", "add", "--title", "DBS recheck", "--due", "2026-12-22", "--kind",
           "dbs", "--every", "3y", "--from-completion", "--clause", "Atrium Code of Practice 9.6");
  assert_ok (&add);
  g_strstrip (add.out);
  dbs = by_id (list (fixture, &root, "2026-11-23", FALSE), add.out);
  g_assert_nonnull (dbs);
  assert_members (dbs, members);
  /* 29 days ahead, within its first notice (30 days): due soon. */
  g_assert_cmpstr (json_object_get_string_member (dbs, "status"), ==, "due-soon");
  g_assert_cmpstr (json_object_get_string_member (dbs, "every"), ==, "3y");
  /* The clause as it was cited, kept as its id. */
  g_assert_cmpstr (json_object_get_string_member (dbs, "clause"), ==, "atrium-practice:9.6");

  /* Done on 20 December: three years from completion. */
  run_cli (&done, "reminders", "done", add.out, "--on", "2026-12-20");
  assert_ok (&done);
  dbs = by_id (list (fixture, &after, "2026-12-21", FALSE), add.out);
  g_assert_cmpstr (json_object_get_string_member (dbs, "due"), ==, "2029-12-20");
}

static void
test_status_and_snooze (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) add = { 0 };
  g_auto (Run) snooze = { 0 };
  g_auto (Run) listed = { 0 };
  g_auto (Run) done = { 0 };
  g_autoptr (JsonNode) a = NULL;
  g_autoptr (JsonNode) b = NULL;
  g_autoptr (JsonNode) c = NULL;
  g_autoptr (JsonNode) d = NULL;

  run_cli (&add, "reminders", "add", "--title", "Insurance renewal", "--due", "2026-11-20",
           "--kind", "insurance");
  assert_ok (&add);
  g_strstrip (add.out);
  g_assert_cmpstr (json_object_get_string_member (
                     by_id (list (fixture, &a, "2026-11-23", FALSE), add.out), "status"),
                   ==, "overdue");
  run_cli (&snooze, "reminders", "snooze", add.out, "--until", "2026-11-25");
  assert_ok (&snooze);
  g_assert_cmpstr (json_object_get_string_member (
                     by_id (list (fixture, &b, "2026-11-23", FALSE), add.out), "status"),
                   ==, "snoozed");
  /* For a person, it says until when. */
  run_cli (&listed, "reminders", "list", "--as-of", "2026-11-23");
  assert_ok (&listed);
  g_assert_nonnull (strstr (listed.out, "Insurance renewal (snoozed until 25 November)\n"));
  run_cli (&done, "reminders", "done", add.out, "--on", "2026-11-24");
  assert_ok (&done);
  /* A one-off that is done leaves the list, unless --all. */
  g_assert_null (by_id (list (fixture, &c, "2026-11-24", FALSE), add.out));
  g_assert_cmpstr (json_object_get_string_member (
                     by_id (list (fixture, &d, "2026-11-24", TRUE), add.out), "status"),
                   ==, "done");
}

static void
test_events (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) profile = { 0 };
  g_auto (Run) event = { 0 };
  g_auto (Run) events = { 0 };
  g_autoptr (JsonNode) root = NULL;
  gboolean found = FALSE;
  JsonArray *all;

  run_cli (&profile, "profile", "set", "--bodies", "cosrt,ipt-uk");
  assert_ok (&profile);
  run_cli (&event, "events", "add", "--kind", "caution", "--date", "2026-03-01");
  assert_ok (&event);
  g_assert_nonnull (strstr (event.out, "2026-03-15"));
  all = list (fixture, &root, "2026-03-02", FALSE);
  for (guint i = 0; i < json_array_get_length (all); i++)
    {
      JsonObject *reminder = json_array_get_object_element (all, i);

      if (g_strcmp0 (json_object_get_string_member (reminder, "clause"), "cosrt:107") == 0)
        {
          g_assert_cmpstr (json_object_get_string_member (reminder, "due"), ==, "2026-03-15");
          g_assert_cmpstr (json_object_get_string_member (reminder, "kind"), ==, "report");
          found = TRUE;
        }
    }
  g_assert_true (found);
  run_cli (&events, "events", "list", "--json");
  assert_ok (&events);
  g_assert_nonnull (strstr (events.out, "caution"));
}

/* A reminder kept (the first, id 1), for a case that must see it left as it was. */
static void
reminder_setup (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) add = { 0 };

  case_fixture_setup (fixture, data);
  run_cli (&add, "reminders", "add", "--title", "Insurance renewal", "--due", "2026-11-20",
           "--kind", "insurance");
  assert_ok (&add);
  g_assert_cmpstr (add.out, ==, "1\n");
}

static void
test_bad_input_writes_nothing (CaseFixture *fixture, gconstpointer data)
{
  const char *const cases[][10] = {
    { "reminders", "add", "--title", "X", "--due", "2026-02-30", NULL },
    { "reminders", "add", "--title", "", "--due", "2026-02-10", NULL },
    { "reminders", "add", "--title", "X", "--due", "2026-02-10", "--every", "3q", NULL },
    { "reminders", "add", "--title", "X", "--due", "2026-02-10", "--lead", "-3", NULL },
    { "reminders", "add", "--title", "X", "--due", "2026-02-10", "--kind", "astrology", NULL },
    { "reminders", "add", "--title", "X", "--due", "2026-02-10", "--time", "25:61", NULL },
    { "reminders", "done", "9999", NULL },
    { "reminders", "snooze", "1", "--until", "soon", NULL },
    { "reminders", "add", "--title", "X", "--due", "2026-02-10", "--clause", "COSRT 999", NULL },
    { "reminders", "add", "--title", "X", "--due", "2026-02-10", "--clause", "Bacp 12", NULL },
    { "events", "add", "--kind", "parking", "--date", "2026-02-10", NULL },
    { "events", "add", "--kind", "caution", "--date", "2026-13-01", NULL },
  };
  g_autoptr (JsonNode) before = NULL;
  g_autoptr (JsonNode) after = NULL;
  guint n = json_array_get_length (list (fixture, &before, "2026-01-01", TRUE));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (Run) run = { 0 };
      const char *const *a = cases[i];

      run_cli (&run, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
      assert_fails (&run, 2, NULL);
    }
  g_assert_cmpuint (json_array_get_length (list (fixture, &after, "2026-01-01", TRUE)), ==, n);
}

static char *
rules_line (const char *dir, const char *body, const char *key)
{
  g_auto (Run) run = { 0 };
  g_auto (GStrv) lines = NULL;

  run_cli_in (&run, dir, "profile", "rules", body, NULL);
  assert_ok (&run);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], key) != NULL)
      return g_strdup (g_strstrip (lines[i]));
  g_error ("profile rules %s lacks %s: %s", body, key, run.out);
}

static JsonObject *
profile_json (const char *dir, JsonNode **root)
{
  g_auto (Run) run = { 0 };

  run_cli_in (&run, dir, "profile", "show", "--json", NULL);
  assert_ok (&run);
  *root = parse_json (run.out);
  return json_node_get_object (*root);
}

/* A body's Supervision.MaxGapDays, set as the practitioner's own number, is what the
 * supervision-gap reminder counts; bad numbers are refused and change nothing. */
static void
test_supervision_gap_from_rules (CaseFixture *fixture, gconstpointer data)
{
  const char *dir = fixture->dir;
  g_auto (Run) profile = { 0 };
  g_auto (Run) session = { 0 };
  g_auto (Run) set = { 0 };
  g_auto (Run) show = { 0 };
  g_auto (Run) help = { 0 };
  g_auto (Run) reset = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *kept = NULL;
  g_autoptr (JsonNode) shown = NULL;
  g_autoptr (JsonNode) shown_after_bad = NULL;
  g_autoptr (JsonNode) shown_reset = NULL;
  g_autoptr (JsonNode) listed = NULL;
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  const char *const bad[][5] = {
    { "--set", "Supervision.MaxGapDays=0", NULL },
    { "--set", "Supervision.MaxGapDays=367", NULL },
    { "--set", "Supervision.MaxGapDays=4w", NULL },
    { "--set", "Supervision.MaxGapDays=28.5", NULL },
    { "--set", "Supervision.MaxGapDays=-7", NULL },
    { "--set", "Supervision.MaxGapDay=21", NULL },
    { "--set", "Supervision.MaxGapDays", NULL },
    /* one good value and one bad: neither is kept */
    { "--set", "Supervision.MaxGapDays=21", "--set", "Supervision.MaxGapDays=abc", NULL },
  };
  JsonArray *reminders;
  gboolean found = FALSE;

  run_cli_in (&profile, dir, "profile", "set", "--bodies", "bacp", NULL);
  assert_ok (&profile);
  run_clear (&profile);
  run_cli_in (&profile, dir, "profile", "set", "--class", "bacp=accredited", NULL);
  assert_ok (&profile);
  run_cli_in (&session, dir, "supervision", "add", "--date", "2026-10-01", "--minutes", "90", NULL);
  assert_ok (&session);

  run_cli_in (&help, dir, "profile", "rules", "--help", NULL);
  assert_ok (&help);
  g_assert_nonnull (strstr (help.out, "Supervision.MaxGapDays=28"));

  /* BACP's session every two weeks is the students' rule: not for an accredited member. */
  before = rules_line (dir, "bacp", "Supervision.MaxGapDays");
  g_assert_true (g_str_has_suffix (before, "not for you: for Student"));
  run_cli_in (&set, dir, "profile", "rules", "bacp", "--set", "Supervision.MaxGapDays=28", NULL);
  assert_ok (&set);
  after = rules_line (dir, "bacp", "Supervision.MaxGapDays");
  g_assert_true (g_str_has_suffix (after, " 28"));

  /* profile show says which gap the reminder uses, and whose rule it is. */
  run_cli_in (&show, dir, "profile", "show", NULL);
  assert_ok (&show);
  g_assert_nonnull (strstr (show.out, "a reminder 28 days after the last session (BACP"));
  g_assert_cmpint (json_object_get_int_member (profile_json (dir, &shown), "supervision_gap_days"),
                   ==, 28);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (shown),
                                                  "supervision_gap_body"),
                   ==, "bacp");

  /* The reminder Ethos keeps (as the notifier and the window bring it up to date) is due 28
   * days after 2026-10-01, not 35. */
  store = ethos_store_open (dir, &error);
  g_assert_no_error (error);
  g_assert_true (ethos_store_update_derived_reminders (store, "2026-11-23", &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  reminders = list_in (dir, &listed);
  for (guint i = 0; i < json_array_get_length (reminders); i++)
    {
      JsonObject *reminder = json_array_get_object_element (reminders, i);

      if (!g_str_equal (json_object_get_string_member (reminder, "kind"), "supervision"))
        continue;
      g_assert_cmpstr (json_object_get_string_member (reminder, "due"), ==, "2026-10-29");
      g_assert_cmpstr (json_object_get_string_member (reminder, "status"), ==, "overdue");
      found = TRUE;
    }
  g_assert_true (found);

  /* Bad input: exit 2, one line naming the rule, and the 28 days kept. */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto (Run) run = { 0 };
      const char *const *a = bad[i];

      run_cli_in (&run, dir, "profile", "rules", "bacp", a[0], a[1], a[2], a[3], NULL);
      assert_fails (&run, 2, "MaxGapDay");
    }
  kept = rules_line (dir, "bacp", "Supervision.MaxGapDays");
  g_assert_cmpstr (kept, ==, after);
  g_assert_cmpint (json_object_get_int_member (profile_json (dir, &shown_after_bad),
                                               "supervision_gap_days"),
                   ==, 28);

  /* "unset" goes back to BACP's own: no gap, so Ethos's 35 days. */
  run_cli_in (&reset, dir, "profile", "rules", "bacp", "--set", "Supervision.MaxGapDays=unset", NULL);
  assert_ok (&reset);
  g_assert_cmpint (json_object_get_int_member (profile_json (dir, &shown_reset),
                                               "supervision_gap_days"),
                   ==, 35);
  g_assert_true (json_object_get_null_member (json_node_get_object (shown_reset),
                                              "supervision_gap_body"));
}

static JsonObject *
next_stage_of (JsonArray *array, const char *id)
{
  JsonObject *reminder = by_id (array, id);

  g_assert_nonnull (reminder);
  g_assert_true (json_object_has_member (reminder, "next_stage"));
  if (json_object_get_null_member (reminder, "next_stage"))
    return NULL;
  return json_object_get_object_member (reminder, "next_stage");
}

/* next_stage says when the notifier will speak next: the planned stage, a snoozed reminder's
 * caught-up stage on the snooze's day, nothing for a done one. */
static void
test_next_stage (CaseFixture *fixture, gconstpointer data)
{
  const char *dir = fixture->dir;
  g_auto (Run) dbs = { 0 };
  g_auto (Run) insurance = { 0 };
  g_auto (Run) snooze = { 0 };
  g_auto (Run) once = { 0 };
  g_auto (Run) done = { 0 };
  g_auto (Run) listed = { 0 };
  g_autoptr (JsonNode) root = NULL;
  JsonArray *array;
  JsonObject *next;
  char *id;

  run_cli_in (&dbs, dir, "reminders", "add", "--title", "DBS recheck", "--due", "2026-12-22",
              "--kind", "dbs", "--lead", "30,7", NULL);
  assert_ok (&dbs);
  run_cli_in (&insurance, dir, "reminders", "add", "--title", "Insurance", "--due", "2026-12-01",
              "--kind", "insurance", NULL);
  assert_ok (&insurance);
  g_strstrip (insurance.out);
  run_cli_in (&snooze, dir, "reminders", "snooze", insurance.out, "--until", "2026-11-28", NULL);
  assert_ok (&snooze);
  run_cli_in (&once, dir, "reminders", "add", "--title", "One-off", "--due", "2026-11-10", NULL);
  assert_ok (&once);
  g_strstrip (once.out);
  run_cli_in (&done, dir, "reminders", "done", once.out, "--on", "2026-11-10", NULL);
  assert_ok (&done);

  run_cli_in (&listed, dir, "reminders", "list", "--as-of", "2026-11-20", "--all", "--json", NULL);
  assert_ok (&listed);
  root = parse_json (listed.out);
  array = json_node_get_array (root);

  g_strstrip (dbs.out);
  id = dbs.out;
  next = next_stage_of (array, id);
  g_assert_nonnull (next);
  g_assert_cmpstr (json_object_get_string_member (next, "id"), ==, "lead-30");
  g_assert_cmpstr (json_object_get_string_member (next, "at"), ==, "2026-11-22T09:00");

  /* Insurance (30,14,7,1 days before 1 December), snoozed to the 28th: the 7-day stage of the
   * 24th is held back and comes on the 28th. */
  next = next_stage_of (array, insurance.out);
  g_assert_nonnull (next);
  g_assert_cmpstr (json_object_get_string_member (next, "id"), ==, "lead-7");
  g_assert_cmpstr (json_object_get_string_member (next, "at"), ==, "2026-11-28T09:00");

  g_assert_null (next_stage_of (array, once.out));
}

/* The lead days each kind starts with are the practitioner's to change; reminders added after
 * take them, those already kept keep theirs, and KIND= goes back to the default. */
static void
test_default_leads (CaseFixture *fixture, gconstpointer data)
{
  const char *dir = fixture->dir;
  g_auto (Run) set = { 0 };
  g_auto (Run) shown = { 0 };
  g_auto (Run) bad = { 0 };
  g_auto (Run) unknown = { 0 };
  g_auto (Run) after_bad = { 0 };
  g_auto (Run) add = { 0 };
  g_auto (Run) listed = { 0 };
  g_auto (Run) reset = { 0 };
  g_auto (Run) again = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonNode) list_root = NULL;
  g_autoptr (JsonNode) again_root = NULL;
  JsonArray *dbs;
  JsonObject *next;

  run_cli_in (&set, dir, "reminders", "leads", "dbs=60,14", "insurance=45", NULL);
  assert_ok (&set);
  run_cli_in (&shown, dir, "reminders", "leads", "--json", NULL);
  assert_ok (&shown);
  root = parse_json (shown.out);
  dbs = json_object_get_array_member (json_node_get_object (root), "dbs");
  g_assert_cmpuint (json_array_get_length (dbs), ==, 2);
  g_assert_cmpint (json_array_get_int_element (dbs, 0), ==, 60);
  g_assert_cmpint (json_array_get_int_element (dbs, 1), ==, 14);

  /* One bad setting keeps none of them. */
  run_cli_in (&bad, dir, "reminders", "leads", "membership=14", "dbs=-3", NULL);
  assert_fails (&bad, 2, "-3");
  run_cli_in (&unknown, dir, "reminders", "leads", "passport=30", NULL);
  assert_fails (&unknown, 2, "passport");
  run_cli_in (&after_bad, dir, "reminders", "leads", NULL);
  assert_ok (&after_bad);
  g_assert_nonnull (strstr (after_bad.out, "membership           30,7"));
  g_assert_nonnull (strstr (after_bad.out, "dbs                  60,14"));

  /* A DBS reminder added now is first told 60 days before. */
  run_cli_in (&add, dir, "reminders", "add", "--title", "DBS recheck", "--due", "2027-03-01",
              "--kind", "dbs", NULL);
  assert_ok (&add);
  g_strstrip (add.out);
  run_cli_in (&listed, dir, "reminders", "list", "--as-of", "2026-11-23", "--json", NULL);
  assert_ok (&listed);
  list_root = parse_json (listed.out);
  next = next_stage_of (json_node_get_array (list_root), add.out);
  g_assert_cmpstr (json_object_get_string_member (next, "id"), ==, "lead-60");

  /* Back to the default for new ones; the one kept stays at 60. */
  run_cli_in (&reset, dir, "reminders", "leads", "dbs=", NULL);
  assert_ok (&reset);
  run_cli_in (&again, dir, "reminders", "leads", "--json", NULL);
  assert_ok (&again);
  again_root = parse_json (again.out);
  g_assert_cmpint (json_array_get_int_element (
                     json_object_get_array_member (json_node_get_object (again_root), "dbs"), 0),
                   ==, 90);
  {
    g_auto (Run) relisted = { 0 };
    g_autoptr (JsonNode) relisted_root = NULL;

    run_cli_in (&relisted, dir, "reminders", "list", "--as-of", "2026-11-23", "--json", NULL);
    assert_ok (&relisted);
    relisted_root = parse_json (relisted.out);
    next = next_stage_of (json_node_get_array (relisted_root), add.out);
    g_assert_cmpstr (json_object_get_string_member (next, "id"), ==, "lead-60");
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  CASE_TEST ("/cli-reminders/add-list-done", test_add_list_done);
  CASE_TEST ("/cli-reminders/status-and-snooze", test_status_and_snooze);
  CASE_TEST ("/cli-reminders/events", test_events);
  CASE_TEST ("/cli-reminders/next-stage", test_next_stage);
  CASE_TEST ("/cli-reminders/default-leads", test_default_leads);
  CASE_TEST_WITH ("/cli-reminders/bad-input-writes-nothing", reminder_setup,
                  test_bad_input_writes_nothing);
  CASE_TEST ("/cli-reminders/supervision-gap-from-rules", test_supervision_gap_from_rules);

  return g_test_run ();
}
