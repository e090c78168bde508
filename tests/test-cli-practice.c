/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-practice"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "case-fixture.h"
#include "cli-runner.h"
#include "ethos-client-hours.h"
#include "ethos-rules-store.h"

/* The client-hours log: months logged, the running total, how far it goes towards what a
 * body's accreditation asks for (BACP: 450 hours within six years, cited), "not set" for a body
 * that publishes no number; and the audit pack's table. */

static void
add_month (GArray *months, const char *month, int hours)
{
  EthosClientMonth logged = { { 0 }, hours * 60 };

  g_strlcpy (logged.month, month, sizeof logged.month);
  g_array_append_val (months, logged);
}

static void
test_progress (void)
{
  g_autoptr (GArray) months = g_array_new (FALSE, TRUE, sizeof (EthosClientMonth));
  g_autoptr (EthosBodyRules) bacp = ethos_body_rules_load_shipped ("bacp", NULL);
  g_autoptr (EthosBodyRules) cosrt = ethos_body_rules_load_shipped ("cosrt", NULL);
  g_autofree char *towards = NULL;
  g_autofree char *not_set = NULL;

  g_assert_cmpint (bacp->accreditation_client_hours, ==, 450);
  g_assert_cmpint (bacp->accreditation_client_years, ==, 6);
  g_assert_nonnull (strstr (bacp->accreditation_source, "450 hours of supervised practice"));
  add_month (months, "2020-12", 100); /* more than six years before December 2026 */
  add_month (months, "2021-01", 20);  /* the first month of the six years */
  add_month (months, "2026-12", 40);
  add_month (months, "2027-01", 5);   /* after today */
  g_assert_cmpint (ethos_client_hours_within (months, "2026-12-06", 6), ==, 60 * 60);
  towards = ethos_client_hours_progress (bacp, months, "2026-12-06");
  g_assert_cmpstr (towards, ==, "60 of the 450 client hours BACP accreditation asks for within "
                                "6 years (in the 6 years to December 2026)");
  not_set = ethos_client_hours_progress (cosrt, months, "2026-12-06");
  g_assert_cmpstr (not_set, ==, "COSRT: client hours for accreditation not set");
}

static void
test_log (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *pdf = case_path (fixture, "pack.pdf");
  g_autofree char *text = NULL;
  g_auto (Run) bodies = { 0 };
  g_auto (Run) october = { 0 };
  g_auto (Run) november = { 0 };
  g_auto (Run) again = { 0 };
  g_auto (Run) bad_month = { 0 };
  g_auto (Run) too_much = { 0 };
  g_auto (Run) list = { 0 };
  g_auto (Run) totals = { 0 };
  g_auto (Run) export = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonNode) totals_root = NULL;
  JsonArray *months;
  const char *argv[] = { "pdftotext", "-raw", pdf, "-", NULL };

  run_cli (&bodies, "profile", "set", "--bodies", "bacp,cosrt");
  assert_ok (&bodies);
  run_cli (&october, "practice", "add", "--month", "2026-10", "--client-hours", "42:30");
  assert_ok (&october);
  run_cli (&november, "practice", "add", "--month", "2026-11", "--client-hours", "30");
  assert_ok (&november);
  /* A month logged again is replaced, not added twice. */
  run_cli (&again, "practice", "add", "--month", "2026-11", "--client-hours", "35");
  assert_ok (&again);
  run_cli (&bad_month, "practice", "add", "--month", "2026-13", "--client-hours", "1");
  assert_fails (&bad_month, 2, "“2026-13” is not a month");
  run_cli (&too_much, "practice", "add", "--month", "2026-09", "--client-hours", "800");
  assert_fails (&too_much, 2, "744 hours");

  run_cli (&list, "practice", "list", "--json");
  assert_ok (&list);
  root = parse_json (list.out);
  months = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (months), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (months, 1),
                                               "client_minutes"),
                   ==, 35 * 60);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (months, 1),
                                               "running_minutes"),
                   ==, 42 * 60 + 30 + 35 * 60);
  run_cli (&totals, "practice", "totals", "--as-of", "2026-12-06", "--json");
  assert_ok (&totals);
  totals_root = parse_json (totals.out);
  g_assert_cmpint (json_object_get_int_member (
                     json_array_get_object_element (json_node_get_array (totals_root), 0),
                     "minutes"),
                   ==, 42 * 60 + 30 + 35 * 60);
  g_assert_true (json_object_get_null_member (
    json_array_get_object_element (json_node_get_array (totals_root), 1), "target_hours"));

  run_cli (&export, "diary", "export", "pdf", "--from", "2026-11-01", "--to", "2026-11-30",
           "--output", pdf);
  assert_ok (&export);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text,
                               NULL, NULL, NULL));
  g_strdelimit (text, "\n", ' ');
  /* November's row, with the running total of all logged; October is outside the period. */
  g_assert_nonnull (strstr (text, "November 2026 35.00 77.50"));
  g_assert_null (strstr (text, "October 2026 42.50"));
  g_assert_nonnull (strstr (text, "77.5 of the 450 client hours BACP accreditation asks for"));
  g_assert_nonnull (strstr (text, "COSRT: client hours for accreditation not set"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-practice/progress", test_progress);
  CASE_TEST ("/cli-practice/log", test_log);
  return g_test_run ();
}
