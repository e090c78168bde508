/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-plan"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "case-fixture.h"
#include "cli-runner.h"
#include "ethos-date.h"
#include "ethos-plan-item.h"

/* The CPD plan: items with a need and a target, activities that carry them out, where each
 * stands, and the audit pack's "reflection and planning" beside "action and evaluation". */

static void
test_status (void)
{
  g_autoptr (EthosPlanItem) item = ethos_plan_item_new ();
  g_autofree char *open = NULL;
  g_autofree char *late = NULL;
  g_autofree char *undated = NULL;
  g_autofree char *under_way = NULL;
  g_autofree char *done = NULL;
  g_autoptr (GError) error = NULL;

  item->title = g_strdup ("  Couples work course ");
  item->need = g_strdup (" ");
  item->target = g_strdup ("2026-06-30");
  g_assert_true (ethos_plan_item_check (item, NULL));
  g_assert_cmpstr (item->title, ==, "Couples work course");
  g_assert_null (item->need);
  open = ethos_plan_item_status (item, "2026-06-30");
  late = ethos_plan_item_status (item, "2026-07-01");
  g_assert_cmpstr (open, ==, "Not done yet; target 30 June 2026");
  g_assert_cmpstr (late, ==, "Not done yet; the target, 30 June 2026, has passed");
  g_clear_pointer (&item->target, g_free);
  undated = ethos_plan_item_status (item, "2026-07-01");
  g_assert_cmpstr (undated, ==, "Not done yet");
  item->n_activities = 2;
  item->last_activity = g_strdup ("2026-05-03");
  /* Activities are progress: the item is done when the practitioner says so. */
  under_way = ethos_plan_item_status (item, "2026-07-01");
  g_assert_cmpstr (under_way, ==, "Not done yet: 2 activities so far, the latest on 3 May 2026");
  item->done = g_strdup ("2026-05-04");
  done = ethos_plan_item_status (item, "2026-07-01");
  g_assert_cmpstr (done, ==, "Done on 4 May 2026, with 2 activities");

  g_free (item->title);
  item->title = g_strdup ("");
  g_assert_false (ethos_plan_item_check (item, &error));
  g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT);
}

static void
test_plan (CaseFixture *fixture, gconstpointer data)
{
  g_autofree char *pdf = case_path (fixture, "pack.pdf");
  g_autofree char *text = NULL;
  g_auto (Run) need = { 0 };
  g_auto (Run) reading = { 0 };
  g_auto (Run) no_title = { 0 };
  g_auto (Run) linked = { 0 };
  g_auto (Run) unknown = { 0 };
  g_auto (Run) listed = { 0 };
  g_auto (Run) entries = { 0 };
  g_auto (Run) unlink = { 0 };
  g_auto (Run) after = { 0 };
  g_auto (Run) export = { 0 };
  g_auto (Run) done = { 0 };
  g_auto (Run) no_item = { 0 };
  g_auto (Run) listed_done = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonNode) root_after = NULL;
  JsonArray *items;
  const char *argv[] = { "pdftotext", "-raw", pdf, "-", NULL };

  run_cli (&need, "cpd", "plan", "add", "--title", "Couples work course", "--need",
           "Working with couples", "--target", "2026-06-30");
  assert_ok (&need);
  g_assert_cmpstr (need.out, ==, "1\n");
  run_cli (&reading, "cpd", "plan", "add", "--title", "Read the GDPR guidance", "--target",
           "2026-02-01");
  assert_ok (&reading);
  run_cli (&no_title, "cpd", "plan", "add", "--need", "Something");
  assert_fails (&no_title, 2, "--title is needed");
  run_cli (&linked, "cpd", "add", "--date", "2026-05-01", "--hours", "6", "--title",
           "Couples course", "--plan", "1");
  assert_ok (&linked);
  /* A plan item that is not there: refused, and no activity is added. */
  run_cli (&unknown, "cpd", "add", "--date", "2026-05-02", "--hours", "1", "--title", "Other",
           "--plan", "9");
  assert_fails (&unknown, 2, "There is no item 9 in your CPD plan");
  run_cli (&entries, "cpd", "list", "--json");
  assert_ok (&entries);
  root = parse_json (entries.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);
  g_clear_pointer (&root, json_node_unref);

  run_cli (&listed, "cpd", "plan", "list", "--json", "--as-of", "2026-12-06");
  assert_ok (&listed);
  root = parse_json (listed.out);
  items = json_node_get_array (root);
  /* By target date: the reading first. */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 0),
                                                  "status"),
                   ==, "Not done yet; the target, 1 February 2026, has passed");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 1),
                                                  "status"),
                   ==, "Not done yet: 1 activity so far, on 1 May 2026; the target, 30 June 2026, "
                      "has passed");
  g_clear_pointer (&root, json_node_unref);

  /* Done when the practitioner says so; an item not there is refused. */
  run_cli (&done, "cpd", "plan", "done", "1", "--on", "2026-05-02");
  assert_ok (&done);
  run_cli (&no_item, "cpd", "plan", "done", "9");
  assert_fails (&no_item, 2, "There is no item 9 in your CPD plan");
  run_cli (&listed_done, "cpd", "plan", "list", "--json", "--as-of", "2026-12-06");
  assert_ok (&listed_done);
  root = parse_json (listed_done.out);
  items = json_node_get_array (root);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 1),
                                                  "status"),
                   ==, "Done on 2 May 2026, with 1 activity");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 1),
                                                  "done"),
                   ==, "2026-05-02");

  run_cli (&export, "diary", "export", "pdf", "--from", "2026-01-01", "--to", "2026-12-31",
           "--output", pdf);
  assert_ok (&export);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text,
                               NULL, NULL, NULL));
  g_strdelimit (text, "\n", ' ');
  g_assert_nonnull (strstr (text, "Reflection and planning: the CPD plan"));
  g_assert_nonnull (strstr (text, "Couples work course (for: Working with couples). Done"));
  g_assert_nonnull (strstr (text, "Action and evaluation: the activities"));
  g_assert_nonnull (strstr (text, "Plan item: Couples work course"));

  run_cli (&unlink, "cpd", "edit", "1", "--plan", "none");
  assert_ok (&unlink);
  run_cli (&after, "cpd", "plan", "list", "--json");
  assert_ok (&after);
  root_after = parse_json (after.out);
  g_assert_cmpint (json_object_get_int_member (
                     json_array_get_object_element (json_node_get_array (root_after), 1),
                     "activities"),
                   ==, 0);
}

/* The plan for a CPD year: what is due in it, what has no date, and what is still to do from an
 * earlier year; not what is for a later year or was done in an earlier one. */
static void
test_in_year (void)
{
  static const struct
  {
    const char *target;
    const char *done;
    gboolean    in_year;
  } cases[] = {
    { "2026-06-30", NULL, TRUE },         /* due in it */
    { "2026-06-30", "2026-06-01", TRUE }, /* due and done in it */
    { NULL, NULL, TRUE },                 /* no date, to do */
    { NULL, "2026-05-01", TRUE },         /* no date, done in it */
    { NULL, "2025-05-01", FALSE },        /* no date, done a year before */
    { "2025-12-31", NULL, TRUE },         /* late, still to do */
    { "2025-12-31", "2025-12-01", FALSE },/* done in the year before */
    { "2027-01-01", NULL, FALSE },        /* for the next year */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (EthosPlanItem) item = ethos_plan_item_new ();

      item->title = g_strdup ("An item");
      item->target = g_strdup (cases[i].target);
      item->done = g_strdup (cases[i].done);
      g_assert_cmpint (ethos_plan_item_in_year (item, "2026-01-01", "2026-12-31"), ==,
                       cases[i].in_year);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-plan/status", test_status);
  g_test_add_func ("/cli-plan/in-year", test_in_year);
  CASE_TEST ("/cli-plan/plan", test_plan);
  return g_test_run ();
}
