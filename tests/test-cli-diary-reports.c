/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-diary-reports"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-diary-fixture.h"

/* What the diary adds up to and says from the command line: totals against the bodies' rules
 * and the practitioner's own, the standing, search, export, the privacy scan and the audit
 * pack. */

static void
test_totals (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_auto (Run) backwards = { 0 };
  g_autoptr (JsonNode) root = NULL;
  JsonObject *totals;
  JsonArray *months;
  JsonObject *january, *february;

  /* January: 90 + 180 minutes in a group of 3 (credited 90) = 180 credited; February: none.
   * The monthly minimum is never averaged: February is short. */
  run_cli (&run, "diary", "totals", "--from", "2026-01-01", "--to", "2026-03-31", "--json");
  assert_ok (&run);
  root = parse_json (run.out);
  totals = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (totals, "cpd_minutes"), ==, 750);
  months = json_object_get_array_member (totals, "supervision");
  g_assert_cmpuint (json_array_get_length (months), ==, 3);
  january = json_array_get_object_element (months, 0);
  february = json_array_get_object_element (months, 1);
  g_assert_cmpstr (json_object_get_string_member (january, "month"), ==, "2026-01");
  g_assert_cmpint (json_object_get_int_member (january, "minutes"), ==, 270);
  g_assert_cmpint (json_object_get_int_member (january, "credited_minutes"), ==, 180);
  g_assert_cmpint (json_object_get_int_member (january, "target_minutes"), ==, 90);
  g_assert_true (json_object_get_boolean_member (january, "met"));
  g_assert_false (json_object_get_boolean_member (february, "met"));
  g_assert_true (json_object_has_member (json_object_get_object_member (totals, "by_body"),
                                         "cosrt"));

  run_cli (&backwards, "diary", "totals", "--from", "2026-05-01", "--to", "2026-01-01");
  assert_fails (&backwards, 2, NULL);
}

static JsonNode *
totals_json (CaseFixture *fixture)
{
  g_auto (Run) run = { 0 };

  run_cli (&run, "diary", "totals", "--from", "2026-01-01", "--to", "2026-03-31", "--json");
  assert_ok (&run);
  return parse_json (run.out);
}

static void
test_overrides_and_opening_balance (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) raise = { 0 };
  g_auto (Run) bad = { 0 };
  g_auto (Run) reset = { 0 };
  g_auto (Run) bodies = { 0 };
  g_auto (Run) opening = { 0 };
  g_autoptr (JsonNode) raised = NULL;
  g_autoptr (JsonNode) with_balance = NULL;
  JsonObject *january, *ncps_period;

  /* The practitioner's own number replaces the body's: 180 credited minutes now fall short. */
  run_cli (&raise, "profile", "rules", "bacp", "--set", "Supervision.MonthlyMinutes=200");
  assert_ok (&raise);
  raised = totals_json (fixture);
  january = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (raised), "supervision"), 0);
  g_assert_cmpint (json_object_get_int_member (january, "target_minutes"), ==, 200);
  g_assert_false (json_object_get_boolean_member (january, "met"));
  run_cli (&bad, "profile", "rules", "bacp", "--set", "Supervision.MonthlyMinutes=-4");
  assert_fails (&bad, 2, NULL);
  run_cli (&reset, "profile", "rules", "bacp", "--set", "Supervision.MonthlyMinutes=unset");
  assert_ok (&reset);

  /* Hours done before Ethos count towards the period's target (NCPS: 30 hours a year). */
  run_cli (&bodies, "profile", "set", "--bodies", "bacp,cosrt,ncps", "--class", "ncps=registrant");
  assert_ok (&bodies);
  run_cli (&opening, "profile", "opening", "ncps", "--period-start", "2026-01-01", "--hours", "20");
  assert_ok (&opening);
  with_balance = totals_json (fixture);
  ncps_period = json_array_get_object_element (
    json_object_get_array_member (
      json_object_get_object_member (
        json_object_get_object_member (json_node_get_object (with_balance), "by_body"), "ncps"),
      "cpd"),
    0);
  g_assert_cmpint (json_object_get_int_member (ncps_period, "opening_minutes"), ==, 1200);
  g_assert_cmpint (json_object_get_int_member (ncps_period, "minutes"), ==, 1200 + 750);
  g_assert_cmpint (json_object_get_int_member (ncps_period, "target_minutes"), ==, 1800);
  g_assert_true (json_object_get_boolean_member (ncps_period, "met"));

  /* Periods run from the practitioner's renewal date, not from the range asked for. */
  {
    g_auto (Run) anchor = { 0 };
    g_autoptr (JsonNode) anchored = NULL;
    JsonObject *period;

    run_cli (&anchor, "profile", "set", "--period-start", "ncps=2025-04-06");
    assert_ok (&anchor);
    anchored = totals_json (fixture);
    period = json_array_get_object_element (
      json_object_get_array_member (
        json_object_get_object_member (
          json_object_get_object_member (json_node_get_object (anchored), "by_body"), "ncps"),
        "cpd"),
      0);
    g_assert_cmpstr (json_object_get_string_member (period, "period_start"), ==, "2025-04-06");
    g_assert_cmpstr (json_object_get_string_member (period, "period_end"), ==, "2026-04-05");
  }
}

static void
test_search_export_scan (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *csv_path = case_path (fixture, "audit.csv");
  g_autofree char *csv = NULL;
  g_autofree char *note = case_path (fixture, "note.txt");
  g_auto (Run) search = { 0 };
  g_auto (Run) stray = { 0 };
  g_auto (Run) export = { 0 };
  g_auto (Run) clean = { 0 };
  g_auto (Run) flagged = { 0 };
  g_auto (Run) said = { 0 };
  g_autoptr (JsonNode) root = NULL;
  JsonArray *findings;

  run_cli (&search, "diary", "search", "enough", "--json");
  assert_ok (&search);
  root = parse_json (search.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);
  g_clear_pointer (&root, json_node_unref);

  /* The file is named with --output: given as a second word, it is said to be unexpected. */
  run_cli (&stray, "diary", "export", "pdf", csv_path);
  assert_fails (&stray, 2, "unexpected argument");
  g_assert_false (g_file_test (csv_path, G_FILE_TEST_EXISTS));
  run_cli (&export, "diary", "export", "csv", "--output", csv_path);
  assert_ok (&export);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, "\"Endings, and \"\"what is enough\"\", again.\""));

  g_assert_true (g_file_set_contents (note, "Session on 12/03/2026, 90 minutes, COSRT 107.\n", -1,
                                      NULL));
  run_cli (&clean, "scan", note);
  g_assert_cmpint (clean.status, ==, 0);
  g_assert_true (g_file_set_contents (note, "Client born 12 March 1987,\nlives near SW1A 1AA.\n", -1,
                                      NULL));
  /* Said in the window's words, as the one line on standard error. */
  run_cli (&said, "scan", note);
  g_assert_cmpint (said.status, ==, 1);
  g_assert_nonnull (strstr (said.err, "This may identify a client: a date of birth and a "
                                      "postcode."));
  g_assert_nonnull (strstr (said.out, "2:12: postcode: SW1A 1AA"));
  run_cli (&flagged, "scan", note, "--json");
  g_assert_cmpint (flagged.status, ==, 1);
  root = parse_json (flagged.out);
  findings = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (findings), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (findings, 1), "kind"),
                   ==, "postcode");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (findings, 1), "line"),
                   ==, 2);
}

static void
test_pdf_audit_pack (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *pdf = case_path (fixture, "pack.pdf");
  g_autofree char *text = NULL;
  g_autofree char *err = NULL;
  g_auto (Run) export = { 0 };
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  int status = -1;

  run_cli (&export, "diary", "export", "pdf", "--from", "2026-01-01", "--to", "2026-12-31",
           "--output", pdf);
  assert_ok (&export);
  /* Real, selectable text: what an auditor can search and copy. */
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text,
                               &err, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (text, "Jo Practitioner"));
  g_assert_nonnull (strstr (text, "0123456"));
  g_assert_nonnull (strstr (text, "January 2026"));
  g_assert_nonnull (strstr (text, "Working with couples"));
  g_assert_nonnull (strstr (text, "I contract differently now."));
  g_assert_nonnull (strstr (text, "Page 1 of"));
  g_assert_nonnull (strstr (text, "CPD periods against"));
}

/* An export for an auditor with --redact has no detail that could identify a client, each
 * replaced by what it was; without it, the details are kept and the note says how to remove
 * them. The diary itself is never changed. */
static void
test_export_redacted (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *pdf = case_path (fixture, "pack.pdf");
  g_autofree char *csv_path = case_path (fixture, "diary.csv");
  g_autofree char *csv = NULL;
  g_autofree char *text = NULL;
  g_auto (Run) add = { 0 };
  g_auto (Run) as_written = { 0 };
  g_auto (Run) redacted = { 0 };
  g_auto (Run) redacted_csv = { 0 };
  g_auto (Run) search = { 0 };
  const char *argv[] = { "pdftotext", "-raw", pdf, "-", NULL };
  int status = -1;

  run_cli (&add, "supervision", "add", "--date", "2026-03-02", "--minutes", "60", "--notes",
           "Client lives near SW1A 1AA; call 07700 900123 if needed.");
  assert_ok (&add);
  run_cli (&as_written, "diary", "export", "pdf", "--from", "2026-03-01", "--to", "2026-03-31",
           "--output", pdf);
  assert_ok (&as_written);
  g_assert_nonnull (strstr (as_written.err, "1 exported entry may identify a client"));
  g_assert_nonnull (strstr (as_written.err, "--redact"));

  run_cli (&redacted, "diary", "export", "pdf", "--redact", "--from", "2026-03-01", "--to",
           "2026-03-31", "--output", pdf);
  assert_ok (&redacted);
  g_assert_nonnull (strstr (redacted.err, "removed from 1 entry"));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text,
                               NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  /* The note as one line, wherever the page broke it. */
  g_strdelimit (text, "\n", ' ');
  g_assert_null (strstr (text, "SW1A"));
  g_assert_null (strstr (text, "07700"));
  g_assert_nonnull (strstr (text, "Client lives near [postcode removed]; call [phone number "
                                  "removed] if needed."));
  g_assert_nonnull (strstr (text, "were removed from 1 entry"));

  run_cli (&redacted_csv, "diary", "export", "csv", "--redact", "--output", csv_path);
  assert_ok (&redacted_csv);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_null (strstr (csv, "SW1A"));
  g_assert_nonnull (strstr (csv, "[postcode removed]"));

  /* What the diary holds is as typed. */
  run_cli (&search, "diary", "search", "SW1A");
  assert_ok (&search);
  g_assert_nonnull (strstr (search.out, "SW1A"));
}

/* The COSRT member of issue 13 (60 minutes for 12 client hours, 30 for 6, 150 in a group of 5
 * for 8) who is also in BACP, and a BACP-only month with 30 minutes so far. */
static void
record_cosrt_month (const char *dir)
{
  const char *const sessions[][4] = {
    { "2026-11-02", "60", "individual", "12" },
    { "2026-11-03", "30", "individual", "6" },
    { "2026-11-04", "150", "group", "8" },
  };
  g_auto (Run) profile = { 0 };
  g_auto (Run) classes = { 0 };

  /* Working towards COSRT accreditation, whose ratio and group share bind those hours; an
   * accredited member of BACP. */
  run_cli_in (&profile, dir, "profile", "set", "--bodies", "cosrt,bacp", NULL);
  assert_ok (&profile);
  run_cli_in (&classes, dir, "profile", "set", "--class", "cosrt=pre-accreditation", "--class",
              "bacp=accredited", NULL);
  assert_ok (&classes);
  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    {
      g_auto (Run) add = { 0 };

      run_cli_in (&add, dir, "supervision", "add", "--date", sessions[i][0], "--minutes",
                  sessions[i][1], "--format", sessions[i][2], "--client-hours", sessions[i][3],
                  g_str_equal (sessions[i][2], "group") ? "--group-size" : NULL, "3", NULL);
      assert_ok (&add);
    }
}

static JsonObject *
member (JsonObject *object, const char *name)
{
  g_assert_true (json_object_has_member (object, name));
  return json_object_get_object_member (object, name);
}

/* Totals say what the standing says for the same day, in its words: a month not over is in
 * progress (not "short"), and COSRT's group share and ratio fail as the Overview says. */
static void
test_totals_agree_with_standing (CaseFixture *fixture, gconstpointer data)
{
  const char *dir = fixture->dir;
  g_auto (Run) totals = { 0 };
  g_auto (Run) standing = { 0 };
  g_auto (Run) human = { 0 };
  g_autoptr (JsonNode) totals_root = NULL;
  g_autoptr (JsonNode) standing_root = NULL;
  JsonArray *bodies;

  record_cosrt_month (dir);
  run_cli_in (&totals, dir, "diary", "totals", "--from", "2026-11-01", "--to", "2026-11-20",
              "--json", NULL);
  assert_ok (&totals);
  run_cli_in (&standing, dir, "standing", "--as-of", "2026-11-20", "--json", NULL);
  assert_ok (&standing);
  totals_root = parse_json (totals.out);
  standing_root = parse_json (standing.out);
  bodies = json_object_get_array_member (json_node_get_object (standing_root), "bodies");
  for (guint i = 0; i < json_array_get_length (bodies); i++)
    {
      JsonObject *body = json_array_get_object_element (bodies, i);
      JsonObject *month = member (body, "supervision");
      JsonObject *by_body = member (member (json_node_get_object (totals_root), "by_body"),
                                    json_object_get_string_member (body, "body"));
      JsonObject *november = json_array_get_object_element (
        json_object_get_array_member (by_body, "supervision"), 0);

      g_assert_cmpstr (json_object_get_string_member (november, "month"), ==, "2026-11");
      g_assert_cmpstr (json_object_get_string_member (november, "status"), ==,
                       json_object_get_string_member (month, "status"));
    }
  {
    JsonObject *by_body = member (json_node_get_object (totals_root), "by_body");
    JsonObject *cosrt = json_array_get_object_element (
      json_object_get_array_member (member (by_body, "cosrt"), "supervision"), 0);
    JsonObject *bacp = json_array_get_object_element (
      json_object_get_array_member (member (by_body, "bacp"), "supervision"), 0);

    g_assert_cmpstr (json_object_get_string_member (cosrt, "status"), ==, "not-met");
    g_assert_cmpstr (json_object_get_string_member (cosrt, "group_share"), ==, "not-met");
    g_assert_cmpstr (json_object_get_string_member (cosrt, "ratio"), ==, "not-met");
    /* Each check as the standing has it, with its sentence and source. */
    {
      JsonArray *checks = json_object_get_array_member (cosrt, "checks");
      gboolean ratio = FALSE;

      for (guint i = 0; i < json_array_get_length (checks); i++)
        {
          JsonObject *check = json_array_get_object_element (checks, i);

          if (!g_str_equal (json_object_get_string_member (check, "rule"),
                            "supervision.client-ratio"))
            continue;
          ratio = TRUE;
          g_assert_cmpstr (json_object_get_string_member (check, "status"), ==, "not-met");
          g_assert_nonnull (strstr (json_object_get_string_member (check, "detail"),
                                    "165 minutes credited of the 260 needed"));
          g_assert_nonnull (strstr (json_object_get_string_member (check, "source"),
                                    "accreditation-faq"));
        }
      g_assert_true (ratio);
    }
    /* COSRT and BACP count the group of 3 half: 165 minutes credited, 75 of them in the group
     * (46%, rounded up), against 260 needed for 26 client hours. BACP: 165 of 90, met even
     * before the month ends. */
    g_assert_cmpstr (json_object_get_string_member (bacp, "check"), ==, "met");
  }

  /* A month with less than the minimum so far, asked about before it ends: in progress. */
  {
    g_autofree char *early = case_path (fixture, "early");
    g_auto (Run) profile = { 0 };
    g_auto (Run) add = { 0 };
    g_auto (Run) json = { 0 };
    g_autoptr (JsonNode) root = NULL;
    JsonObject *month;

    run_cli_in (&profile, early, "profile", "set", "--bodies", "bacp", "--class", "bacp=accredited",
                NULL);
    assert_ok (&profile);
    run_cli_in (&add, early, "supervision", "add", "--date", "2026-11-02", "--minutes", "30",
                NULL);
    assert_ok (&add);
    run_cli_in (&json, early, "diary", "totals", "--from", "2026-11-01", "--to", "2026-11-20",
                "--json", NULL);
    assert_ok (&json);
    root = parse_json (json.out);
    month = json_array_get_object_element (
      json_object_get_array_member (json_node_get_object (root), "supervision"), 0);
    g_assert_cmpstr (json_object_get_string_member (month, "check"), ==, "in-progress");
    g_assert_true (json_object_get_null_member (month, "met"));
    run_cli_in (&human, early, "diary", "totals", "--from", "2026-11-01", "--to", "2026-11-20",
                NULL);
    assert_ok (&human);
    g_assert_nonnull (strstr (human.out, "2026-11     30 / 90 in progress"));
    g_assert_null (strstr (human.out, "short"));
  }
}

/* Without --json, statuses are words for a person ("in progress", "not met"), never the JSON's
 * nicks; the JSON keeps the nicks. */
static void
test_standing_words (CaseFixture *fixture, gconstpointer data)
{
  const char *dir = fixture->dir;
  g_auto (Run) human = { 0 };
  g_auto (Run) reminder = { 0 };

  record_cosrt_month (dir);
  run_cli_in (&reminder, dir, "reminders", "add", "--title", "Indemnity insurance", "--due",
              "2026-11-25", "--kind", "insurance", NULL);
  assert_ok (&reminder);
  run_cli_in (&human, dir, "standing", "--as-of", "2026-12-02", NULL);
  assert_ok (&human);
  g_assert_nonnull (strstr (human.out, ": not met · "));
  g_assert_nonnull (strstr (human.out, "COSRT (not met)"));
  g_assert_nonnull (strstr (human.out, "Supervision, December 2026: in progress"));
  g_assert_nonnull (strstr (human.out, "    not met      "));
  g_assert_nonnull (strstr (human.out, " overdue    Indemnity insurance"));
  g_assert_null (strstr (human.out, "not-met"));
  g_assert_null (strstr (human.out, "in-progress"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  CASE_TEST_WITH ("/cli-diary/totals", diary_setup, test_totals);
  CASE_TEST_WITH ("/cli-diary/overrides-and-opening-balance", diary_setup,
                  test_overrides_and_opening_balance);
  CASE_TEST_WITH ("/cli-diary/search-export-scan", diary_setup, test_search_export_scan);
  CASE_TEST_WITH ("/cli-diary/pdf-audit-pack", diary_setup, test_pdf_audit_pack);
  CASE_TEST ("/cli-diary/export-redacted", test_export_redacted);
  CASE_TEST ("/cli-diary/totals-agree-with-standing", test_totals_agree_with_standing);
  CASE_TEST ("/cli-diary/standing-words", test_standing_words);

  return g_test_run ();
}
