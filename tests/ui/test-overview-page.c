/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-overview-page"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "overview-test-util.h"

#include "ethos-info-row.h"
#include "ethos-entry-store.h"

/* The Overview page under Xvfb, as a practitioner reads it on 23 November 2026: in good
 * standing, then short of BACP's monthly minimum, early in a month, with nothing in the diary
 * and with no bodies named; at full width, at 360 px and in dark style. Each state is rendered
 * to a PNG (in ETHOS_SCREENSHOT_DIR, or the build folder) for a person to look at. (Other
 * bodies' checks, reminders and other programs' writes are in test-overview-rows.) */

static EthosStore *store;

static gint64
add_supervision (const char *date, int minutes, EthosSupervisionFormat format, int group_size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  entry->date = g_strdup (date);
  entry->minutes = minutes;
  entry->format = format;
  entry->group_size = group_size;
  g_free (entry->supervisor);
  entry->supervisor = g_strdup ("Dr Okafor");
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
  return entry->id;
}

static void
add_cpd (const char *date, int minutes, const char *title)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_CPD);

  entry->date = g_strdup (date);
  entry->minutes = minutes;
  g_free (entry->title);
  entry->title = g_strdup (title);
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
}

static void
delete_entry (gint64 id)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (ethos_store_delete_entry (store, id, &error));
  g_assert_no_error (error);
}

static gint64 first_session, second_session;

/* Each case on its own records, in a window of its own (no case sees what another left). */

/* A BACP and NCPS member with nothing recorded yet, the page on their records. */
static void
set_up (void)
{
  static const char *const bodies[] = { "bacp", "ncps", NULL };

  set_up_window ();
  store = ui_open_store (NULL, 0, 0);
  set_bodies (store, bodies);
  show_page (store);
  present_window ();
}

static void
tear_down (void)
{
  overview_forget_window ();
  g_clear_object (&store);
}

/* November: 60 + 60 minutes one to one, credited in full by both bodies. A session booked for
 * December is not the last one. 12 hours of CPD since December 2025, 30 asked by NCPS. */
static void
set_up_good_standing (void)
{
  set_up ();
  add_supervision ("2026-10-14", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1);
  first_session = add_supervision ("2026-11-05", 60, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1);
  second_session = add_supervision ("2026-11-12", 60, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1);
  add_supervision ("2026-12-02", 60, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1);
  add_cpd ("2026-03-10", 6 * 60, "Working with shame");
  add_cpd ("2026-09-20", 6 * 60, "Ethics in online practice");
  add_cpd ("2025-10-01", 8 * 60, "Before this period");
}

/* The same, read on 23 November. */
static void
set_up_good_standing_today (void)
{
  set_up_good_standing ();
  refresh (TODAY);
}

/* The same, November's two sessions replaced by one of 45 minutes one to one on the 5th. */
static void
set_up_short_november (void)
{
  set_up_good_standing ();
  delete_entry (first_session);
  delete_entry (second_session);
  first_session = add_supervision ("2026-11-05", 45, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1);
}

static void
test_good_standing (void)
{
  GtkWidget *bar, *row, *focus;

  refresh (TODAY);
  g_assert_nonnull (find_label ("You’re in good standing"));
  g_assert_false (gtk_widget_has_css_class (headline (), "warning"));
  g_assert_nonnull (find_label ("Supervision this month meets each body’s monthly minimum."));

  g_assert_nonnull (find_label ("Supervision this month"));
  g_assert_nonnull (find_label ("November 2026"));
  g_assert_nonnull (find_label ("BACP"));
  g_assert_nonnull (find_label ("NCPS"));
  g_assert_cmpuint (n_labels ("120 of 90 minutes credited"), ==, 2);
  /* Both minimums met, both ticked, besides the headline's tick. */
  g_assert_cmpuint (n_icons ("emblem-ok-symbolic"), ==, 3);
  g_assert_cmpuint (n_icons ("dialog-warning-symbolic"), ==, 0);
  g_assert_nonnull (find_label ("Last supervision"));
  g_assert_nonnull (find_label ("12 November 2026 (11 days ago)"));

  g_assert_nonnull (find_label ("CPD this period"));
  g_assert_nonnull (find_label ("Since 1 December 2025"));
  g_assert_nonnull (find_label ("12 of 30 hours"));
  g_assert_nonnull (find_label ("12 hours · no target set"));
  bar = ui_find_widget (overview_window (), GTK_TYPE_LEVEL_BAR, NULL, NULL);
  g_assert_nonnull (bar);
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (GTK_LEVEL_BAR (bar)), 0.4, 1e-9);
  g_assert_cmpfloat (gtk_level_bar_get_max_value (GTK_LEVEL_BAR (bar)), ==, 1.0);
  ui_render_png (overview_window (), "overview.png");

  /* A keyboard user reading the CPD rows stays on the same row through a refresh. */
  row = gtk_widget_get_ancestor (find_label ("12 of 30 hours"), ETHOS_TYPE_INFO_ROW);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (row));
  refresh (TODAY);
  focus = gtk_root_get_focus (GTK_ROOT (overview_window ()));
  g_assert_true (ETHOS_IS_INFO_ROW (focus));
  g_assert_cmpstr (ethos_info_row_get_subtitle (ETHOS_INFO_ROW (focus)), ==, "12 of 30 hours");
}

static void
test_narrow_and_dark (void)
{
  GtkWidget *label;

  set_width (360);
  g_assert_cmpint (gtk_widget_get_width (overview_window ()), <=, 400);
  /* Everything still there, and nothing wider than the window. */
  label = find_label ("12 November 2026 (11 days ago)");
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_widget_get_width (label), <, 360);
  label = find_label ("Supervision this month meets each body’s monthly minimum.");
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_widget_get_width (label), <, 360);
  g_assert_nonnull (find_label ("12 of 30 hours"));
  ui_render_png (overview_window (), "overview-narrow.png");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  set_width (1000);
  g_assert_nonnull (find_label ("You’re in good standing"));
  ui_render_png (overview_window (), "overview-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  ui_wait_idle ();
}

static void
test_needs_attention (void)
{
  /* November: one group session of 90 minutes for three people. BACP counts half of it, 45
   * minutes, short of its 90; NCPS counts group time in full. On the 23rd that is a month not
   * over yet: said, not counted (the minimum is for the whole month). */
  delete_entry (first_session);
  delete_entry (second_session);
  first_session = add_supervision ("2026-11-05", 90, ETHOS_SUPERVISION_FORMAT_GROUP, 3);

  refresh (TODAY);
  g_assert_nonnull (find_label ("You’re in good standing"));
  g_assert_nonnull (find_label ("Supervision this month is not at the minimum yet, with 8 days "
                                "to go."));
  g_assert_nonnull (find_label ("45 of 90 minutes credited so far this month"));
  g_assert_nonnull (find_label ("90 of 90 minutes credited"));
  g_assert_cmpuint (n_icons ("dialog-warning-symbolic"), ==, 0);
  g_assert_cmpuint (n_icons ("emblem-ok-symbolic"), ==, 2); /* the headline's, NCPS's */

  /* On 1 December November is over and BACP's minimum was not met: counted, named with the
   * month, and the headline says it needs action. */
  refresh ("2026-12-01");
  g_assert_nonnull (find_label ("1 thing needs action now"));
  g_assert_true (gtk_widget_has_css_class (headline (), "error"));
  g_assert_nonnull (find_label ("BACP: Only 45 of 90 minutes credited in November 2026."));
  g_assert_nonnull (ui_find_label_containing (overview_window (),
                                              "Only 45 of 90 minutes credited in November 2026"));
  g_assert_cmpuint (n_icons ("dialog-error-symbolic"), ==, 1);   /* the headline's */
  g_assert_cmpuint (n_icons ("dialog-warning-symbolic"), ==, 1); /* BACP's row */
  g_assert_nonnull (find_label ("5 November 2026 (26 days ago)"));
  ui_render_png (overview_window (), "overview-attention.png");

  set_width (360);
  ui_render_png (overview_window (), "overview-attention-narrow.png");
  set_width (1000);

  /* 45 minutes one to one: short for both. */
  delete_entry (first_session);
  first_session = add_supervision ("2026-11-05", 45, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1);
  refresh ("2026-12-01");
  g_assert_nonnull (find_label ("2 things need action now"));
  g_assert_nonnull (find_label ("BACP: Only 45 of 90 minutes credited in November 2026. NCPS: "
                                "Only 45 of 90 minutes credited in November 2026."));
  g_assert_cmpuint (n_icons ("dialog-warning-symbolic"), ==, 2);
}

static void
test_early_in_month (void)
{
  /* However late in the month, a minimum not reached yet is said, not counted. */
  refresh ("2026-11-10");
  g_assert_nonnull (find_label ("You’re in good standing"));
  g_assert_false (gtk_widget_has_css_class (headline (), "warning"));
  g_assert_nonnull (find_label ("Supervision this month is not at the minimum yet, with 21 days "
                                "to go."));
  g_assert_cmpuint (n_labels ("45 of 90 minutes credited so far this month"), ==, 2);
  g_assert_cmpuint (n_icons ("dialog-warning-symbolic"), ==, 0);
  g_assert_nonnull (find_label ("5 November 2026 (5 days ago)"));

  refresh ("2026-11-30");
  g_assert_nonnull (find_label ("You’re in good standing"));
  g_assert_nonnull (find_label ("Supervision this month is not at the minimum yet, with 1 day "
                                "to go."));
  refresh ("2026-11-05");
  g_assert_nonnull (find_label ("5 November 2026 (today)"));
}

static void
test_empty_diary (void)
{
  g_autoptr (EthosStore) empty = ui_open_store (NULL, 0, 0);
  static const char *const bodies[] = { "bacp", "ncps", NULL };

  set_bodies (empty, bodies);
  show_page (empty);
  refresh (TODAY);
  /* Nothing to judge last month by, and this month not over: nothing is failing yet. */
  g_assert_nonnull (find_label ("You’re in good standing"));
  g_assert_nonnull (find_label ("Supervision this month is not at the minimum yet, with 8 days "
                                "to go."));
  g_assert_cmpuint (n_labels ("Nothing recorded so far this month · 90 minutes needed"), ==, 2);
  g_assert_nonnull (find_label ("No supervision recorded yet"));
  g_assert_nonnull (find_label ("0 of 30 hours · nothing recorded yet"));
  g_assert_nonnull (find_label ("Nothing recorded yet · no target set"));
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (ui_find_widget (overview_window (),
                                                                          GTK_TYPE_LEVEL_BAR,
                                                                          NULL, NULL))),
                     ==, 0.0);
  ui_render_png (overview_window (), "overview-empty-diary.png");
}

static void
test_no_bodies (void)
{
  g_autoptr (EthosStore) empty = ui_open_store (NULL, 0, 0);

  show_page (empty);
  refresh (TODAY);
  g_assert_nonnull (find_label ("Tell Ethos which bodies you belong to"));
  /* A button to Preferences → Profile, not a command to type. */
  {
    GtkWidget *label = find_label ("_Choose Your Bodies…");
    GtkWidget *button = label != NULL ? gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON) : NULL;
    GVariant *target;

    g_assert_nonnull (button);
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                     "win.preferences-page");
    target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
    g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "profile");
    g_assert_null (ui_find_label_containing (overview_window (), "ethos-cli"));
  }
  /* No headline: there is nothing to be in good standing with. */
  g_assert_null (ui_find_widget (overview_window (), GTK_TYPE_LABEL, ui_label_contains,
                              (gpointer) "good standing"));
  g_assert_nonnull (find_label ("Last supervision"));
  g_assert_nonnull (find_label ("No supervision recorded yet"));
  g_assert_null (find_label ("CPD this period"));
  ui_render_png (overview_window (), "overview-no-bodies.png");

  set_width (360);
  g_assert_cmpint (gtk_widget_get_width (find_label ("Tell Ethos which bodies you belong to")),
                   <, 360);
  ui_render_png (overview_window (), "overview-no-bodies-narrow.png");
  set_width (1000);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-overview-XXXXXX");

  ui_test_add ("/overview-page/good-standing", set_up_good_standing, test_good_standing,
               tear_down);
  ui_test_add ("/overview-page/narrow-and-dark", set_up_good_standing_today, test_narrow_and_dark,
               tear_down);
  ui_test_add ("/overview-page/needs-attention", set_up_good_standing, test_needs_attention,
               tear_down);
  ui_test_add ("/overview-page/early-in-month", set_up_short_november, test_early_in_month,
               tear_down);
  ui_test_add ("/overview-page/empty-diary", set_up_empty_window, test_empty_diary, tear_down);
  ui_test_add ("/overview-page/no-bodies", set_up_empty_window, test_no_bodies, tear_down);
  return g_test_run ();
}
