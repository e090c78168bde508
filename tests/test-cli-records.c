/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-records"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "case-fixture.h"
#include "cli-runner.h"

/* The insurance and DBS records from the command line: kept, shown, refused when wrong with
 * nothing changed, and printed on the audit pack's cover for the auditor. */

static void
test_records (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *pdf = case_path (fixture, "pack.pdf");
  g_autofree char *text = NULL;
  g_auto (Run) set = { 0 };
  g_auto (Run) bad_number = { 0 };
  g_auto (Run) bad_cover = { 0 };
  g_auto (Run) bad_level = { 0 };
  g_auto (Run) shown = { 0 };
  g_auto (Run) json = { 0 };
  g_auto (Run) export = { 0 };
  g_autoptr (JsonNode) root = NULL;
  JsonObject *profile;
  const char *argv[] = { "pdftotext", "-raw", pdf, "-", NULL };
  int status = -1;

  run_cli (&set, "profile", "set", "--insurer", "Example Mutual", "--policy", "PL-123",
           "--cover-from", "2026-04-01", "--cover-to", "2027-03-31", "--cover-amount",
           "£6 million", "--dbs-certificate", "0012 3456 7890", "--dbs-issued", "2024-05-10",
           "--dbs-level", "enhanced-barred", "--update-service", "C0123456");
  assert_ok (&set);
  run_cli (&bad_number, "profile", "set", "--policy", "PL-999", "--dbs-certificate", "12345");
  assert_fails (&bad_number, 2, "“12345” is not a DBS certificate number");
  run_cli (&bad_cover, "profile", "set", "--cover-to", "2026-03-01");
  assert_fails (&bad_cover, 2, "The cover must end after it starts");
  run_cli (&bad_level, "profile", "set", "--dbs-level", "gold");
  assert_fails (&bad_level, 2, "is not a level of DBS check");

  run_cli (&shown, "profile", "show");
  assert_ok (&shown);
  g_assert_nonnull (strstr (shown.out, "Insurer: Example Mutual; policy PL-123; cover from 1 "
                                       "April 2026 to 31 March 2027; £6 million of cover"));
  g_assert_nonnull (strstr (shown.out, "DBS certificate 001234567890 (Enhanced, with barred "
                                       "lists); issued 10 May 2024"));
  run_cli (&json, "profile", "show", "--json");
  assert_ok (&json);
  root = parse_json (json.out);
  profile = json_node_get_object (root);
  /* The refused policy number was not kept either. */
  g_assert_cmpstr (json_object_get_string_member (profile, "insurance_policy"), ==, "PL-123");
  g_assert_cmpstr (json_object_get_string_member (profile, "dbs_certificate"), ==, "001234567890");
  g_assert_cmpstr (json_object_get_string_member (profile, "dbs_level"), ==, "enhanced-barred");
  g_assert_true (json_object_get_null_member (profile, "dbs_update_service_renews"));

  run_cli (&export, "diary", "export", "pdf", "--from", "2026-01-01", "--to", "2026-12-31",
           "--output", pdf);
  assert_ok (&export);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text,
                               NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  g_strdelimit (text, "\n", ' ');
  g_assert_nonnull (strstr (text, "Indemnity insurance Insurer: Example Mutual; policy PL-123"));
  g_assert_nonnull (strstr (text, "DBS check DBS certificate 001234567890"));
  g_assert_null (strstr (text, "not recorded in this version"));
}

/* Supervisors from the command line: added with how to reach them (the id printed), named by
 * that id in a session, changed, listed, and in the audit pack beside their sessions. */
static void
test_supervisors (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *pdf = case_path (fixture, "pack.pdf");
  g_autofree char *text = NULL;
  g_auto (Run) add = { 0 };
  g_auto (Run) twice = { 0 };
  g_auto (Run) bad_email = { 0 };
  g_auto (Run) session = { 0 };
  g_auto (Run) unknown = { 0 };
  g_auto (Run) edit = { 0 };
  g_auto (Run) list = { 0 };
  g_auto (Run) sessions = { 0 };
  g_auto (Run) export = { 0 };
  g_autoptr (JsonNode) root = NULL;
  JsonObject *ann;
  const char *argv[] = { "pdftotext", "-raw", pdf, "-", NULL };
  int status = -1;

  run_cli (&add, "supervisors", "add", "--name", "Dr Ann Example", "--email", "ann@example.org",
           "--phone", "01234 567890", "--accreditation", "BACP senior accredited supervisor");
  assert_ok (&add);
  g_assert_cmpstr (add.out, ==, "1\n");
  run_cli (&twice, "supervisors", "add", "--name", "DR ANN EXAMPLE");
  assert_fails (&twice, 2, "There is already a supervisor called DR ANN EXAMPLE");
  run_cli (&bad_email, "supervisors", "edit", "1", "--email", "ann at example");
  assert_fails (&bad_email, 2, "“ann at example” is not an email address");
  run_cli (&session, "supervision", "add", "--date", "2026-03-02", "--minutes", "60",
           "--supervisor", "1");
  assert_ok (&session);
  run_cli (&unknown, "supervision", "add", "--date", "2026-03-09", "--minutes", "60",
           "--supervisor", "7");
  assert_fails (&unknown, 2, "There is no supervisor 7");
  run_cli (&edit, "supervisors", "edit", "Dr Ann Example", "--phone", "");
  assert_ok (&edit);

  run_cli (&list, "supervisors", "list", "--json");
  assert_ok (&list);
  root = parse_json (list.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);
  ann = json_array_get_object_element (json_node_get_array (root), 0);
  g_assert_cmpstr (json_object_get_string_member (ann, "email"), ==, "ann@example.org");
  g_assert_true (json_object_get_null_member (ann, "phone"));
  g_assert_cmpint (json_object_get_int_member (ann, "sessions"), ==, 1);
  run_cli (&sessions, "supervision", "list");
  assert_ok (&sessions);
  g_assert_nonnull (strstr (sessions.out, "Dr Ann Example"));

  run_cli (&export, "diary", "export", "pdf", "--from", "2026-03-01", "--to", "2026-03-31",
           "--output", pdf);
  assert_ok (&export);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text,
                               NULL, &status, NULL));
  g_strdelimit (text, "\n", ' ');
  g_assert_nonnull (strstr (text, "Supervisors Dr Ann Example: ann@example.org · BACP senior "
                                  "accredited supervisor"));
  /* A page for her to sign, the words marked as Ethos's. */
  g_assert_nonnull (strstr (text, "Supervisor’s statement Dr Ann Example"));
  g_assert_nonnull (strstr (text, "confirm that I provided supervision to the practitioner from "
                                  "1 March 2026 to 31 March 2026: 1 session, 1.00 hours: 1 "
                                  "individual"));
  g_assert_nonnull (strstr (text, "Signed: ____"));
  g_assert_nonnull (strstr (text, "This statement is Ethos’s template"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  CASE_TEST ("/cli-records/records", test_records);
  CASE_TEST ("/cli-records/supervisors", test_supervisors);
  return g_test_run ();
}
