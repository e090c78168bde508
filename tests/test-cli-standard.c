/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-standard"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "case-fixture.h"
#include "cli-runner.h"

/* ethos-cli reminders standard: the reminders every practitioner needs, from the dates they
 * know, for the bodies in their profile. */

static void
test_standard (CaseFixture *fixture, gconstpointer data)
{
  const char *dir = fixture->dir;
  g_auto (Run) profile = { 0 };
  g_auto (Run) first = { 0 };
  g_auto (Run) again = { 0 };
  g_auto (Run) list = { 0 };
  g_auto (Run) bad = { 0 };
  g_autoptr (JsonNode) root = NULL;
  JsonArray *reminders;
  gboolean dbs = FALSE, tax = FALSE, executor = FALSE, accreditation = FALSE;

  run_cli_in (&profile, dir, "profile", "set", "--bodies", "cosrt", NULL);
  assert_ok (&profile);
  run_cli_in (&first, dir, "reminders", "standard", "--dbs", "2024-05-10", "--insurance",
              "2027-01-15", "--accreditation", "2027-03-01", "--as-of", "2026-11-23", NULL);
  assert_ok (&first);
  run_cli_in (&again, dir, "reminders", "standard", "--dbs", "2024-05-10", "--as-of", "2026-11-23",
              NULL);
  assert_ok (&again);
  g_assert_cmpstr (again.out, ==, "");
  run_cli_in (&list, dir, "reminders", "list", "--json", "--as-of", "2026-11-23", NULL);
  assert_ok (&list);
  root = parse_json (list.out);
  reminders = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (reminders); i++)
    {
      JsonObject *r = json_array_get_object_element (reminders, i);
      const char *kind = json_object_get_string_member (r, "kind");

      /* Three years from the certificate; linked to COSRT 26 for a COSRT member. */
      if (g_str_equal (kind, "dbs"))
        {
          dbs = TRUE;
          g_assert_cmpstr (json_object_get_string_member (r, "due"), ==, "2027-05-10");
          g_assert_cmpstr (json_object_get_string_member (r, "clause"), ==, "cosrt:26");
        }
      if (g_str_equal (kind, "tax")
          && g_str_equal (json_object_get_string_member (r, "title"), "Self Assessment tax return"))
        {
          tax = TRUE;
          g_assert_cmpstr (json_object_get_string_member (r, "due"), ==, "2027-01-31");
        }
      /* COSRT re-accredits every five years (cosrt 55.e). */
      if (g_str_equal (kind, "accreditation"))
        {
          accreditation = TRUE;
          g_assert_cmpstr (json_object_get_string_member (r, "title"), ==,
                           "COSRT accreditation renewal");
          g_assert_cmpstr (json_object_get_string_member (r, "due"), ==, "2027-03-01");
          g_assert_cmpstr (json_object_get_string_member (r, "every"), ==, "5y");
        }
      if (g_strcmp0 (json_object_get_string_member (r, "clause"), "cosrt:41") == 0)
        executor = TRUE;
    }
  g_assert_true (dbs && tax && executor && accreditation);

  run_cli_in (&bad, dir, "reminders", "standard", "--dbs", "2024-02-30", NULL);
  assert_fails (&bad, 2, NULL);
}

/* Each body renews on its own date: --membership BODY=DATE once per body, a bare date only when
 * it can mean one body; anything else is refused, adding nothing. */
static void
test_membership_per_body (CaseFixture *fixture, gconstpointer data)
{
  const char *dir = fixture->dir;
  g_auto (Run) profile = { 0 };
  g_auto (Run) bare = { 0 };
  g_auto (Run) stranger = { 0 };
  g_auto (Run) twice = { 0 };
  g_auto (Run) added = { 0 };
  g_auto (Run) list = { 0 };
  g_auto (Run) listed = { 0 };
  g_autoptr (JsonNode) root = NULL;
  JsonArray *reminders;
  guint n = 0;

  run_cli_in (&profile, dir, "profile", "set", "--bodies", "bacp,cosrt", NULL);
  assert_ok (&profile);
  run_cli_in (&bare, dir, "reminders", "standard", "--membership", "2027-04-01", NULL);
  assert_fails (&bare, 2, "You belong to more than one body: say whose membership renews then, "
                          "as --membership BODY=DATE");
  run_cli_in (&stranger, dir, "reminders", "standard", "--membership", "ukcp=2027-04-01", NULL);
  assert_fails (&stranger, 2, "ukcp is not one of your bodies");
  run_cli_in (&twice, dir, "reminders", "standard", "--membership", "bacp=2027-04-01",
              "--membership", "bacp=2027-05-01", NULL);
  assert_fails (&twice, 2, "--membership is given twice for the same body");
  run_cli_in (&list, dir, "reminders", "list", "--json", "--all", NULL);
  assert_ok (&list);
  g_assert_cmpstr (list.out, ==, "[]\n");

  run_cli_in (&added, dir, "reminders", "standard", "--membership", "bacp=2027-04-01",
              "--membership", "cosrt=2027-10-01", "--tax", "none", "--as-of", "2026-12-06", NULL);
  assert_ok (&added);
  g_assert_nonnull (strstr (added.out, "2027-04-01  membership         BACP membership renewal"));
  g_assert_nonnull (strstr (added.out, "2027-10-01  membership         COSRT membership renewal"));
  run_cli_in (&listed, dir, "reminders", "list", "--json", "--all", NULL);
  assert_ok (&listed);
  root = parse_json (listed.out);
  reminders = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (reminders); i++)
    {
      JsonObject *r = json_array_get_object_element (reminders, i);

      n += g_str_equal (json_object_get_string_member (r, "kind"), "membership");
    }
  g_assert_cmpuint (n, ==, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  CASE_TEST ("/cli-standard/standard", test_standard);
  CASE_TEST ("/cli-standard/membership-per-body", test_membership_per_body);
  return g_test_run ();
}
