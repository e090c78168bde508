/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-preferences-pages"

#include "config.h"

#include "prefs-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-override-row.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"

/* Preferences → Profile and Requirements, as a practitioner uses them: each change is what the
 * store says at once, and is what the window shows when it is opened again; a number that
 * cannot be taken is said in its row and nothing is kept. Each page is rendered at full width,
 * at 360 px and in dark style. */

static EthosStore *store;
static EthosWindow *window;

static gboolean
label_is_no_bodies (GtkWidget *widget, gpointer data)
{
  return g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)),
                    "Tell Ethos which bodies you belong to") == 0;
}

/* Profile: the name, a body switched on with its number, a period start refused and then
 * taken; all there on opening again; the Overview no longer asks for bodies. */
static void
test_profile (void)
{
  EthosPreferencesWindow *preferences;
  g_autoptr (GPtrArray) memberships = NULL;
  g_autofree char *name = NULL;
  g_autofree char *anchor = NULL;
  EthosMembership *first;
  GtkWidget *row;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-overview", NULL);
  ui_await_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, label_is_no_bodies, NULL,
                   "the Overview asking for bodies");

  /* The Overview's button opens Preferences at the Profile. */
  {
    GtkWidget *label = ui_find_label_containing (GTK_WIDGET (window), "Choose Your Bodies");

    g_assert_nonnull (label);
    g_signal_emit_by_name (gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON), "clicked");
  }
  preferences = prefs_find ();
  g_assert_cmpstr (adw_preferences_window_get_visible_page_name (ADW_PREFERENCES_WINDOW (preferences)),
                   ==, "profile");
  ui_render_png (GTK_WIDGET (preferences), "preferences-profile-start.png");

  /* Requirements, with no bodies yet: says so, and leads to the Profile. */
  row = prefs_find_row (preferences, "requirements", "Choose Your Bodies");
  g_assert_nonnull (row);
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences), "No Bodies Yet"));
  ui_render_png (GTK_WIDGET (preferences), "preferences-requirements-empty.png");
  gtk_widget_activate (row);
  ui_drain ();
  g_assert_cmpstr (adw_preferences_window_get_visible_page_name (ADW_PREFERENCES_WINDOW (preferences)),
                   ==, "profile");
  row = prefs_find_row (preferences, NULL, "Your Name, as on Your Audit Pack");
  g_assert_nonnull (row);
  prefs_type_and_leave (preferences, row, "Alex Morgan");
  name = ethos_store_get_name (store);
  g_assert_cmpstr (name, ==, "Alex Morgan");

  /* Far too long: said under the name, and the name kept is the one before. */
  {
    g_autofree char *long_name = g_strnfill (201, 'a');
    g_autofree char *still = NULL;

    prefs_type_and_leave (preferences, row, long_name);
    g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences), "at most 200 characters"));
    still = ethos_store_get_name (store);
    g_assert_cmpstr (still, ==, "Alex Morgan");
    gtk_editable_set_text (GTK_EDITABLE (row), "Alex Morgan");
    g_assert_null (ui_find_label_containing (GTK_WIDGET (preferences), "at most 200 characters"));
  }

  /* NCPS: a member, with a number and the day a CPD period starts. */
  row = prefs_find_row (preferences, NULL, "NCPS");
  g_assert_nonnull (row);
  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  g_assert_false (gtk_switch_get_active (prefs_switch_in (row)));
  gtk_switch_set_active (prefs_switch_in (row), TRUE);
  ui_drain ();
  memberships = ethos_store_list_memberships (store, NULL);
  g_assert_cmpuint (memberships->len, ==, 1);
  first = g_ptr_array_index (memberships, 0);
  g_assert_cmpstr (first->body_id, ==, "ncps");
  g_assert_null (first->membership_number);
  g_clear_pointer (&memberships, g_ptr_array_unref);

  /* Switched on, it opens on the number. */
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  prefs_type_and_leave (preferences, prefs_find_row (preferences, NULL, "Membership Number"), "NCPS-12345");
  memberships = ethos_store_list_memberships (store, NULL);
  first = g_ptr_array_index (memberships, 0);
  g_assert_cmpstr (first->membership_number, ==, "NCPS-12345");

  prefs_type_and_leave (preferences, prefs_find_row (preferences, NULL, "A CPD Period Starts"),
                  "2026-02-30");
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences), "2026-02-30"));
  g_assert_null (ethos_store_get_cpd_anchor (store, "ncps"));
  prefs_render_three_ways (preferences, "profile-error");
  prefs_type_and_leave (preferences, prefs_find_row (preferences, NULL, "A CPD Period Starts"),
                  "2026-04-01");
  anchor = ethos_store_get_cpd_anchor (store, "ncps");
  g_assert_cmpstr (anchor, ==, "2026-04-01");
  g_assert_null (ui_find_label_containing (GTK_WIDGET (preferences), "2026-02-30"));

  /* The class in NCPS and the practice, each kept as it is chosen: NCPS's monthly minimum now
   * binds (a registrant in full-time practice). */
  adw_combo_row_set_selected (ADW_COMBO_ROW (prefs_find_row (preferences, NULL,
                                                             "Membership Class")),
                              3); /* Not Given, Member, Student, Accredited registrant */
  adw_combo_row_set_selected (ADW_COMBO_ROW (prefs_find_row (preferences, NULL, "Your Practice")),
                              ETHOS_PRACTICE_FULL_TIME);
  ui_drain ();
  {
    g_autofree char *klass = ethos_store_get_membership_class (store, "ncps");
    g_autoptr (EthosBodyRules) rules = ethos_store_load_body_rules (store, "ncps", NULL);

    g_assert_cmpstr (klass, ==, "registrant");
    g_assert_cmpint (ethos_store_get_practice (store, NULL), ==, ETHOS_PRACTICE_FULL_TIME);
    g_assert_cmpint (rules->monthly_minutes, ==, 90);
  }
  /* Part time asks the share of full time. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (prefs_find_row (preferences, NULL, "Your Practice")),
                              ETHOS_PRACTICE_PART_TIME);
  ui_drain ();
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ui_find_widget (
                               prefs_find_row (preferences, NULL, "Share of Full Time"),
                               GTK_TYPE_SPIN_BUTTON, NULL, NULL)),
                             40);
  ui_drain ();
  {
    int percent = 0;

    g_assert_cmpint (ethos_store_get_practice (store, &percent), ==, ETHOS_PRACTICE_PART_TIME);
    g_assert_cmpint (percent, ==, 40);
  }
  adw_combo_row_set_selected (ADW_COMBO_ROW (prefs_find_row (preferences, NULL, "Your Practice")),
                              ETHOS_PRACTICE_FULL_TIME);
  ui_drain ();
  prefs_render_three_ways (preferences, "profile");

  /* The Overview follows at once: the bodies are named. */
  g_assert_null (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, label_is_no_bodies, NULL));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (window), "NCPS"));
  prefs_close (preferences);

  /* Opened again: as it was left. */
  preferences = prefs_open (window, "profile");
  row = prefs_find_row (preferences, NULL, "Your Name, as on Your Audit Pack");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Alex Morgan");
  row = prefs_find_row (preferences, NULL, "NCPS");
  g_assert_true (gtk_switch_get_active (prefs_switch_in (row)));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (prefs_find_row (preferences, NULL,
                                                                  "Membership Number"))),
                   ==, "NCPS-12345");

  /* BACP as well, after NCPS; then switched off again. */
  row = prefs_find_row (preferences, NULL, "BACP");
  gtk_switch_set_active (prefs_switch_in (row), TRUE);
  ui_drain ();
  g_clear_pointer (&memberships, g_ptr_array_unref);
  memberships = ethos_store_list_memberships (store, NULL);
  g_assert_cmpuint (memberships->len, ==, 2);
  g_assert_cmpstr (((EthosMembership *) g_ptr_array_index (memberships, 0))->body_id, ==, "ncps");
  g_assert_cmpstr (((EthosMembership *) g_ptr_array_index (memberships, 1))->body_id, ==, "bacp");
  gtk_switch_set_active (prefs_switch_in (row), FALSE);
  ui_drain ();
  g_clear_pointer (&memberships, g_ptr_array_unref);
  memberships = ethos_store_list_memberships (store, NULL);
  g_assert_cmpuint (memberships->len, ==, 1);
  prefs_close (preferences);
}

/* Requirements: NCPS's numbers, the body's shown; one of the practitioner's own kept, one
 * refused in place, hours typed as hours, group time as a choice; back to the body's. */
static void
test_requirements (void)
{
  EthosPreferencesWindow *preferences;
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autoptr (GHashTable) overrides = NULL;
  GtkWidget *row;

  preferences = prefs_open (window, "requirements");
  row = prefs_find_row (preferences, NULL, "Supervision Each Month");
  g_assert_nonnull (row);
  g_assert_true (ETHOS_IS_OVERRIDE_ROW (row));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "NCPS’s number: 90 minutes"));
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (ethos_override_row_get_editable (
                     ETHOS_OVERRIDE_ROW (row)))),
                   ==, "90");

  prefs_type_and_enter (row, "120");
  rules = ethos_store_load_body_rules (store, "ncps", NULL);
  g_assert_cmpint (rules->monthly_minutes, ==, 120);
  g_clear_pointer (&rules, ethos_body_rules_free);

  /* Not a number, then out of range: said in the row, the 120 kept. */
  prefs_type_and_enter (row, "lots");
  g_assert_nonnull (ethos_override_row_get_error (ETHOS_OVERRIDE_ROW (row)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "“lots” is not a whole number from 1 to 6000"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (ethos_override_row_get_editable (
                                             ETHOS_OVERRIDE_ROW (row))),
                                           "error"));
  prefs_type_and_enter (row, "7000");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "“7000”"));
  rules = ethos_store_load_body_rules (store, "ncps", NULL);
  g_assert_cmpint (rules->monthly_minutes, ==, 120);
  g_clear_pointer (&rules, ethos_body_rules_free);
  prefs_render_three_ways (preferences, "requirements-error");
  prefs_type_and_enter (row, "120");
  g_assert_null (ethos_override_row_get_error (ETHOS_OVERRIDE_ROW (row)));

  /* Hours as hours: 35 is kept as 2100 minutes. */
  row = prefs_find_row (preferences, NULL, "CPD Hours Each Period");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "NCPS’s number: 30 hours"));
  prefs_type_and_enter (row, "35");
  rules = ethos_store_load_body_rules (store, "ncps", NULL);
  g_assert_cmpint (rules->cpd_target_minutes, ==, 2100);
  g_clear_pointer (&rules, ethos_body_rules_free);

  /* A decimal refused plainly, without the file's key. */
  row = prefs_find_row (preferences, NULL, "Client Hours per Supervision Hour");
  prefs_type_and_enter (row, "6.125");
  g_assert_nonnull (strstr (ethos_override_row_get_error (ETHOS_OVERRIDE_ROW (row)),
                            "“6.125” is not a number from 1 to 100"));
  prefs_type_and_enter (row, "");
  overrides = ethos_store_get_body_overrides (store, "ncps", NULL);
  g_assert_false (g_hash_table_contains (overrides, "Supervision.ClientHoursPerSupervisionHour"));
  g_clear_pointer (&overrides, g_hash_table_unref);

  /* Group time: a choice; the first is the body's own. */
  row = prefs_find_row (preferences, NULL, "Group Supervision");
  g_assert_true (ADW_IS_COMBO_ROW (row));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 2);
  rules = ethos_store_load_body_rules (store, "ncps", NULL);
  g_assert_cmpint (rules->group_credit, ==, ETHOS_GROUP_CREDIT_BACP);
  g_clear_pointer (&rules, ethos_body_rules_free);
  prefs_render_three_ways (preferences, "requirements");
  prefs_close (preferences);

  /* Opened again: the practitioner's own numbers, and back to NCPS's with one click. */
  preferences = prefs_open (window, "requirements");
  row = prefs_find_row (preferences, NULL, "Supervision Each Month");
  g_assert_cmpstr (ethos_override_row_get_value (ETHOS_OVERRIDE_ROW (row)), ==, "120");
  g_assert_cmpstr (gtk_editable_get_text (ethos_override_row_get_editable (ETHOS_OVERRIDE_ROW (row))),
                   ==, "120");
  g_assert_cmpstr (ethos_override_row_get_value (ETHOS_OVERRIDE_ROW (
                     prefs_find_row (preferences, NULL, "CPD Hours Each Period"))),
                   ==, "35");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (
                      prefs_find_row (preferences, NULL, "Group Supervision"))),
                    ==, 2);
  {
    GtkWidget *reset = ui_find_widget (row, GTK_TYPE_BUTTON, NULL, NULL);

    g_assert_nonnull (reset);
    g_assert_cmpstr (gtk_widget_get_tooltip_text (reset), ==, "Back to the Default");
    g_signal_emit_by_name (reset, "clicked");
    ui_drain ();
  }
  rules = ethos_store_load_body_rules (store, "ncps", NULL);
  g_assert_cmpint (rules->monthly_minutes, ==, 90);
  g_assert_null (ethos_override_row_get_value (ETHOS_OVERRIDE_ROW (row)));
  prefs_close (preferences);
}

/* Every number on Requirements is kept, read back on opening again, and goes back to the
 * body's own when emptied. */
static void
test_every_rule_row (void)
{
  EthosPreferencesWindow *preferences = prefs_open (window, "requirements");
  g_autoptr (GPtrArray) rows = prefs_override_rows (preferences);
  g_autoptr (GHashTable) overrides = NULL;
  g_autoptr (EthosBodyRules) rules = NULL;

  /* NCPS: the thirteen numbers (Group Supervision is a choice), each given 2, which every one
   * of them takes. */
  g_assert_cmpuint (rows->len, ==, 13);
  for (guint i = 0; i < rows->len; i++)
    prefs_type_and_enter (g_ptr_array_index (rows, i), "2");
  overrides = ethos_store_get_body_overrides (store, "ncps", NULL);
  /* The thirteen, and the choice of group time set up before. */
  g_assert_cmpuint (g_hash_table_size (overrides), ==, 14);
  rules = ethos_store_load_body_rules (store, "ncps", NULL);
  g_assert_cmpint (rules->monthly_minutes, ==, 2);
  g_assert_cmpint (rules->cpd_target_minutes, ==, 120);
  g_assert_cmpint (rules->cpd_min_kinds, ==, 2);
  g_assert_cmpint (rules->max_gap_days, ==, 2);
  g_assert_cmpint (rules->max_group_size, ==, 2);
  g_assert_cmpint (rules->average_months, ==, 2);
  g_assert_cmpint (rules->pro_rata_floor_minutes, ==, 2);
  prefs_close (preferences);
  g_clear_pointer (&rows, g_ptr_array_unref);

  preferences = prefs_open (window, "requirements");
  rows = prefs_override_rows (preferences);
  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_cmpstr (ethos_override_row_get_value (g_ptr_array_index (rows, i)), ==, "2");
      prefs_type_and_enter (g_ptr_array_index (rows, i), "");
    }
  g_clear_pointer (&overrides, g_hash_table_unref);
  overrides = ethos_store_get_body_overrides (store, "ncps", NULL);
  g_assert_cmpuint (g_hash_table_size (overrides), ==, 1);
  g_assert_true (g_hash_table_contains (overrides, "Supervision.GroupCredit"));
  prefs_close (preferences);
}

/* A window of its own on new records, for each test. */
static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
  window = ui_open_window (NULL, store, 1000, 700);
}

/* A member of NCPS, as the Profile test leaves them. */
/* A window on new records of a member of @body_id alone. */
static void
set_up_member (const char *body_id)
{
  g_autoptr (GPtrArray) memberships = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ethos_membership_free);
  EthosMembership *membership = g_new0 (EthosMembership, 1);

  membership->body_id = g_strdup (body_id);
  g_ptr_array_add (memberships, membership);
  set_up ();
  g_assert_true (ethos_store_set_memberships (store, memberships, NULL));
}

static void
set_up_ncps (void)
{
  set_up_member ("ncps");
  /* A registrant in full-time practice, whom NCPS's numbers bind. */
  ui_give_classes (store);
}

/* Months without clients: a month typed as YYYY-MM is kept with its note and listed; one that
 * cannot be read is said under the row and nothing is kept; a month taken away goes. */
static void
test_months_without_clients (void)
{
  EthosPreferencesWindow *preferences = prefs_open (window, "profile");
  GtkWidget *month = prefs_find_row (preferences, NULL, "Add a Month (YYYY-MM)");
  GtkWidget *note = prefs_find_row (preferences, NULL, "Why, for Your Records (Optional)");
  g_autoptr (GPtrArray) kept = NULL;
  GtkWidget *remove;

  gtk_editable_set_text (GTK_EDITABLE (month), "2026-13");
  g_signal_emit_by_name (month, "entry-activated");
  ui_drain ();
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences), "“2026-13” is not a month"));
  kept = ethos_store_list_month_breaks (store, NULL);
  g_assert_cmpuint (kept->len, ==, 0);
  g_clear_pointer (&kept, g_ptr_array_unref);

  gtk_editable_set_text (GTK_EDITABLE (month), "2026-08");
  gtk_editable_set_text (GTK_EDITABLE (note), "Holiday, no clients");
  g_signal_emit_by_name (month, "entry-activated");
  ui_drain ();
  g_assert_null (ui_find_label_containing (GTK_WIDGET (preferences), "is not a month"));
  kept = ethos_store_list_month_breaks (store, NULL);
  g_assert_cmpuint (kept->len, ==, 1);
  g_assert_cmpstr (((EthosMonthBreak *) g_ptr_array_index (kept, 0))->month, ==, "2026-08");
  g_assert_cmpstr (((EthosMonthBreak *) g_ptr_array_index (kept, 0))->note, ==,
                   "Holiday, no clients");
  g_clear_pointer (&kept, g_ptr_array_unref);
  g_assert_nonnull (prefs_find_row (preferences, NULL, "August 2026"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (month)), ==, "");
  prefs_render_three_ways (preferences, "profile-breaks");

  remove = ui_find_widget (prefs_find_row (preferences, NULL, "August 2026"), GTK_TYPE_BUTTON,
                           NULL, NULL);
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  ui_drain ();
  kept = ethos_store_list_month_breaks (store, NULL);
  g_assert_cmpuint (kept->len, ==, 0);
  prefs_close (preferences);
}

/* BABCP, accredited: the rules it alone sets are shown with its numbers. */
static void
set_up_babcp (void)
{
  set_up_member ("babcp");
  g_assert_true (ethos_store_set_membership_class (store, "babcp", "accredited", NULL));
  g_assert_true (ethos_store_set_practice (store, ETHOS_PRACTICE_FULL_TIME, 0, NULL));
}

static gboolean
subtitle_contains (GtkWidget *row, gpointer text)
{
  const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));

  return subtitle != NULL && strstr (subtitle, text) != NULL;
}

static void
test_requirements_babcp (void)
{
  EthosPreferencesWindow *preferences = prefs_open (window, "requirements");
  static const char *const rows[][2] = {
    { "Largest Group That Counts", "BABCP’s number: groups of up to 6" },
    { "Monthly Minimum on Average", "BABCP’s number: 12 months" },
    { "Pro Rata Below", "BABCP’s number: 50%" },
    { "Pro Rata Down To", "BABCP’s number: 45 minutes" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *row = prefs_find_row (preferences, NULL, rows[i][0]);

      g_assert_nonnull (row);
      if (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), rows[i][1]) == NULL)
        g_error ("%s says “%s”", rows[i][0], adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
    }
  /* Beside the rules, where each number comes from. */
  {
    GtkWidget *source = ui_find_widget (GTK_WIDGET (preferences), ADW_TYPE_ACTION_ROW,
                                        subtitle_contains, (gpointer) "no more than six members");

    g_assert_nonnull (source);
    g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (source)),
                              "Largest Group That Counts"));
  }
  prefs_render_three_ways (preferences, "requirements-babcp");
  prefs_close (preferences);
}

/* A registrant of NCPS in part-time practice: the monthly minimum is NCPS's for full-time
 * practice, and the Requirements row says so, with its source, instead of a number. */
static void
set_up_ncps_part_time (void)
{
  set_up_ncps ();
  g_assert_true (ethos_store_set_practice (store, ETHOS_PRACTICE_PART_TIME, 50, NULL));
}

static void
test_requirements_for_others (void)
{
  EthosPreferencesWindow *preferences = prefs_open (window, "requirements");
  GtkWidget *row = prefs_find_row (preferences, NULL, "Supervision Each Month");
  const char *tooltip;

  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "NCPS sets this for full-time practice, not for yours"));
  tooltip = gtk_widget_get_tooltip_text (row);
  g_assert_nonnull (strstr (tooltip, "if in full time practice"));
  /* CPD's 30 hours bind every registrant, part-time or not. */
  row = prefs_find_row (preferences, NULL, "CPD Hours Each Period");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "NCPS’s number: 30 hours"));
  prefs_close (preferences);
}

/* NCPS, with group time credited as BACP credits it (as the Requirements test leaves it). */
static void
set_up_ncps_group_credit (void)
{
  set_up_ncps ();
  g_assert_true (ethos_store_override_body_rule (store, "ncps", "Supervision.GroupCredit", "bacp",
                                                 NULL));
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-prefs-XXXXXX");

  ui_test_add ("/preferences/profile", set_up, test_profile, tear_down);
  ui_test_add ("/preferences/requirements", set_up_ncps, test_requirements, tear_down);
  ui_test_add ("/preferences/requirements-babcp", set_up_babcp, test_requirements_babcp,
               tear_down);
  ui_test_add ("/preferences/months-without-clients", set_up_ncps, test_months_without_clients,
               tear_down);
  ui_test_add ("/preferences/requirements-for-others", set_up_ncps_part_time,
               test_requirements_for_others, tear_down);
  ui_test_add ("/preferences/requirements-every-row", set_up_ncps_group_credit,
               test_every_rule_row, tear_down);
  return g_test_run ();
}
