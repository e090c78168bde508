/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-offdisk"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "case-fixture.h"
#include "cli-runner.h"

/* When the last copy off this disk was made, as `ethos-cli backup destination show [--json]` and
 * `ethos-cli check` say it to a practitioner or a script: nothing to warn about with no place
 * set; a warning with a place set and no copy made, or the last one more than a week old (said by
 * check after the diary's own verdict, whose exit status it leaves alone); none once a copy is
 * made. Through the real program, on a plain diary. */

static JsonObject *
show_json (CaseFixture *fixture, JsonNode **root)
{
  g_auto (Run) run = { 0 };

  run_cli (&run, "backup", "destination", "show", "--json");
  assert_ok (&run);
  *root = parse_json (run.out);
  return json_node_get_object (*root);
}

static char *
check_output (CaseFixture *fixture)
{
  g_auto (Run) run = { 0 };

  run_cli (&run, "check");
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "is sound"));
  return g_strdup (run.out);
}

static void
test_last_copy (CaseFixture *fixture, gconstpointer data)
{
  const char *const members[] = { "path", "reachable", "last_copy", "state", "stale", "sentence",
                                  NULL };
  g_auto (Run) run = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *stick = case_path (fixture, "stick");
  g_autofree char *record = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *checked = NULL;
  JsonObject *shown;

  /* No place set: said, not warned about. */
  shown = show_json (fixture, &root);
  assert_members (shown, members);
  g_assert_cmpstr (json_object_get_string_member (shown, "state"), ==, "not-set");
  g_assert_false (json_object_get_boolean_member (shown, "stale"));
  g_assert_true (json_object_get_null_member (shown, "last_copy"));
  checked = check_output (fixture);
  g_assert_null (strstr (checked, "Warning"));
  g_clear_pointer (&checked, g_free);
  g_clear_pointer (&root, json_node_unref);

  /* A place set, nothing copied there yet: a warning. */
  g_assert_cmpint (g_mkdir (stick, 0700), ==, 0);
  run_cli (&run, "backup", "destination", "set", stick);
  assert_ok (&run);
  shown = show_json (fixture, &root);
  g_assert_cmpstr (json_object_get_string_member (shown, "state"), ==, "never");
  g_assert_true (json_object_get_boolean_member (shown, "stale"));
  checked = check_output (fixture);
  g_assert_nonnull (strstr (checked, "Warning: No copy has been made in"));
  g_clear_pointer (&checked, g_free);
  g_clear_pointer (&root, json_node_unref);

  /* A copy made: recent, dated today, no warning. */
  run_clear (&run);
  run_cli (&run, "backup", "copy");
  assert_ok (&run);
  copy = g_strndup (run.out, strlen (run.out) - 1);
  shown = show_json (fixture, &root);
  g_assert_cmpstr (json_object_get_string_member (shown, "state"), ==, "recent");
  g_assert_false (json_object_get_boolean_member (shown, "stale"));
  g_assert_nonnull (json_object_get_string_member (shown, "last_copy"));
  g_assert_nonnull (strstr (json_object_get_string_member (shown, "sentence"), "made today"));
  checked = check_output (fixture);
  g_assert_null (strstr (checked, "Warning"));
  g_clear_pointer (&checked, g_free);
  g_clear_pointer (&root, json_node_unref);
  run_clear (&run);
  run_cli (&run, "backup", "destination", "show");
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "The last copy off this disk was made today"));

  /* The drive unplugged ten days ago, after its last copy: still known, and warned about. */
  g_assert_cmpint (g_unlink (copy), ==, 0);
  g_assert_cmpint (g_rmdir (stick), ==, 0);
  record = g_build_filename (fixture->dir, "offdisk-copy.ini", NULL);
  {
    g_autoptr (GDateTime) now = g_date_time_new_now_local ();
    g_autoptr (GDateTime) then = g_date_time_add_days (now, -10);
    g_autofree char *made = g_date_time_format_iso8601 (then);
    g_autofree char *text = g_strdup_printf ("[Copy off this disk]\nDestination=%s\nMade=%s\n"
                                             "Copy=%s\n",
                                             stick, made, copy);

    g_assert_true (g_file_set_contents (record, text, -1, NULL));
  }
  shown = show_json (fixture, &root);
  g_assert_cmpstr (json_object_get_string_member (shown, "state"), ==, "stale");
  g_assert_true (json_object_get_boolean_member (shown, "stale"));
  g_assert_false (json_object_get_boolean_member (shown, "reachable"));
  checked = check_output (fixture);
  g_assert_nonnull (strstr (checked, "more than a week ago"));
  run_clear (&run);
  run_cli (&run, "backup", "destination", "show");
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "not there now"));
  g_assert_nonnull (strstr (run.out, "more than a week ago"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  CASE_TEST ("/cli/offdisk/last-copy", test_last_copy);

  return g_test_run ();
}
