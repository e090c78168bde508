/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-preferences-pages"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-autostart.h"
#include "ethos-override-row.h"
#include "ethos-preferences-window.h"
#include "ethos-profile-store.h"
#include "ethos-reminder.h"
#include "ethos-rules-store.h"
#include "ethos-style.h"
#include "ethos-window.h"

/* Preferences → Profile, Requirements, Reminders and Appearance, as a practitioner uses them:
 * each change is what the store (or GSettings, or the login entry) says at once, and is what
 * the window shows when it is opened again; a number that cannot be taken is said in its row
 * and nothing is kept. Each page is rendered at full width, at 360 px and in dark style. */

static EthosStore *store;
static EthosWindow *window;
static GSettings *settings;

static gboolean
row_titled (GtkWidget *widget, gpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The row titled @title on the page showing, or on @page once shown. */
static GtkWidget *
find_row (EthosPreferencesWindow *preferences, const char *page, const char *title)
{
  if (page != NULL)
    {
      ethos_preferences_window_show_page (preferences, page);
      ui_wait_ms (100);
    }
  return ui_find_widget (GTK_WIDGET (preferences), ADW_TYPE_PREFERENCES_ROW, row_titled,
                         (gpointer) title);
}

static EthosPreferencesWindow *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ETHOS_IS_PREFERENCES_WINDOW (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ETHOS_PREFERENCES_WINDOW (toplevel);
    }
  g_assert_not_reached ();
}

static EthosPreferencesWindow *
open_preferences (const char *page)
{
  GVariant *target = g_variant_new_string (page);

  gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.preferences-page", target);
  ui_wait_ms (300);
  return find_preferences ();
}

static void
close_preferences (EthosPreferencesWindow *preferences)
{
  gtk_window_close (GTK_WINDOW (preferences));
  ui_wait_ms (200);
}

/* Typing into an entry row, then leaving it (Tab, or a click elsewhere). */
static void
type_and_leave (EthosPreferencesWindow *preferences, GtkWidget *editable, const char *text)
{
  gtk_widget_grab_focus (editable);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  ui_wait_ms (50);
  gtk_window_set_focus (GTK_WINDOW (preferences), NULL);
  ui_wait_ms (50);
}

/* Typing a number into an override row and pressing Enter. */
static void
type_and_enter (GtkWidget *row, const char *text)
{
  GtkEditable *entry = ethos_override_row_get_editable (ETHOS_OVERRIDE_ROW (row));

  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  ui_wait_ms (50);
}

static gboolean
is_switch (GtkWidget *widget, gpointer data)
{
  return TRUE;
}

static GtkSwitch *
switch_in (GtkWidget *row)
{
  return GTK_SWITCH (ui_find_widget (row, GTK_TYPE_SWITCH, is_switch, NULL));
}

static void
render_three_ways (EthosPreferencesWindow *preferences, const char *name)
{
  g_autofree char *normal = g_strdup_printf ("preferences-%s.png", name);
  g_autofree char *narrow = g_strdup_printf ("preferences-%s-narrow.png", name);
  g_autofree char *dark = g_strdup_printf ("preferences-%s-dark.png", name);
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_window_set_default_size (GTK_WINDOW (preferences), 640, 720);
  ui_wait_ms (200);
  ui_render_png (GTK_WIDGET (preferences), normal);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_wait_ms (200);
  ui_render_png (GTK_WIDGET (preferences), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (preferences), 360, 720);
  ui_wait_ms (300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (preferences)), <=, 360);
  ui_render_png (GTK_WIDGET (preferences), narrow);
  gtk_window_set_default_size (GTK_WINDOW (preferences), 640, 720);
  ui_wait_ms (200);
}

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
  ui_wait_ms (200);
  g_assert_nonnull (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, label_is_no_bodies, NULL));

  /* The Overview's button opens Preferences at the Profile. */
  {
    GtkWidget *label = ui_find_label_containing (GTK_WIDGET (window), "Choose Your Bodies");

    g_assert_nonnull (label);
    g_signal_emit_by_name (gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON), "clicked");
    ui_wait_ms (300);
  }
  preferences = find_preferences ();
  g_assert_cmpstr (adw_preferences_window_get_visible_page_name (ADW_PREFERENCES_WINDOW (preferences)),
                   ==, "profile");
  ui_render_png (GTK_WIDGET (preferences), "preferences-profile-start.png");

  /* Requirements, with no bodies yet: says so, and leads to the Profile. */
  row = find_row (preferences, "requirements", "Choose Your Bodies");
  g_assert_nonnull (row);
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences), "No Bodies Yet"));
  ui_render_png (GTK_WIDGET (preferences), "preferences-requirements-empty.png");
  gtk_widget_activate (row);
  ui_wait_ms (200);
  g_assert_cmpstr (adw_preferences_window_get_visible_page_name (ADW_PREFERENCES_WINDOW (preferences)),
                   ==, "profile");
  row = find_row (preferences, NULL, "Your Name, as on Your Audit Pack");
  g_assert_nonnull (row);
  type_and_leave (preferences, row, "Alex Morgan");
  name = ethos_store_get_name (store);
  g_assert_cmpstr (name, ==, "Alex Morgan");

  /* Far too long: said under the name, and the name kept is the one before. */
  {
    g_autofree char *long_name = g_strnfill (201, 'a');
    g_autofree char *still = NULL;

    type_and_leave (preferences, row, long_name);
    g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences), "at most 200 characters"));
    still = ethos_store_get_name (store);
    g_assert_cmpstr (still, ==, "Alex Morgan");
    gtk_editable_set_text (GTK_EDITABLE (row), "Alex Morgan");
    g_assert_null (ui_find_label_containing (GTK_WIDGET (preferences), "at most 200 characters"));
  }

  /* NCPS: a member, with a number and the day a CPD period starts. */
  row = find_row (preferences, NULL, "NCPS");
  g_assert_nonnull (row);
  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  g_assert_false (gtk_switch_get_active (switch_in (row)));
  gtk_switch_set_active (switch_in (row), TRUE);
  ui_wait_ms (100);
  memberships = ethos_store_list_memberships (store, NULL);
  g_assert_cmpuint (memberships->len, ==, 1);
  first = g_ptr_array_index (memberships, 0);
  g_assert_cmpstr (first->body_id, ==, "ncps");
  g_assert_null (first->membership_number);
  g_clear_pointer (&memberships, g_ptr_array_unref);

  /* Switched on, it opens on the number. */
  ui_wait_ms (300);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  type_and_leave (preferences, find_row (preferences, NULL, "Membership Number"), "NCPS-12345");
  memberships = ethos_store_list_memberships (store, NULL);
  first = g_ptr_array_index (memberships, 0);
  g_assert_cmpstr (first->membership_number, ==, "NCPS-12345");

  type_and_leave (preferences, find_row (preferences, NULL, "A CPD Period Starts (YYYY-MM-DD)"),
                  "2026-02-30");
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences), "2026-02-30"));
  g_assert_null (ethos_store_get_cpd_anchor (store, "ncps"));
  render_three_ways (preferences, "profile-error");
  type_and_leave (preferences, find_row (preferences, NULL, "A CPD Period Starts (YYYY-MM-DD)"),
                  "2026-04-01");
  anchor = ethos_store_get_cpd_anchor (store, "ncps");
  g_assert_cmpstr (anchor, ==, "2026-04-01");
  g_assert_null (ui_find_label_containing (GTK_WIDGET (preferences), "2026-02-30"));
  render_three_ways (preferences, "profile");

  /* The Overview follows at once: the bodies are named. */
  g_assert_null (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, label_is_no_bodies, NULL));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (window), "NCPS"));
  close_preferences (preferences);

  /* Opened again: as it was left. */
  preferences = open_preferences ("profile");
  row = find_row (preferences, NULL, "Your Name, as on Your Audit Pack");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Alex Morgan");
  row = find_row (preferences, NULL, "NCPS");
  g_assert_true (gtk_switch_get_active (switch_in (row)));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  ui_wait_ms (300);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (preferences, NULL,
                                                                  "Membership Number"))),
                   ==, "NCPS-12345");

  /* BACP as well, after NCPS; then switched off again. */
  row = find_row (preferences, NULL, "BACP");
  gtk_switch_set_active (switch_in (row), TRUE);
  ui_wait_ms (100);
  g_clear_pointer (&memberships, g_ptr_array_unref);
  memberships = ethos_store_list_memberships (store, NULL);
  g_assert_cmpuint (memberships->len, ==, 2);
  g_assert_cmpstr (((EthosMembership *) g_ptr_array_index (memberships, 0))->body_id, ==, "ncps");
  g_assert_cmpstr (((EthosMembership *) g_ptr_array_index (memberships, 1))->body_id, ==, "bacp");
  gtk_switch_set_active (switch_in (row), FALSE);
  ui_wait_ms (100);
  g_clear_pointer (&memberships, g_ptr_array_unref);
  memberships = ethos_store_list_memberships (store, NULL);
  g_assert_cmpuint (memberships->len, ==, 1);
  close_preferences (preferences);
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

  preferences = open_preferences ("requirements");
  row = find_row (preferences, NULL, "Supervision Each Month");
  g_assert_nonnull (row);
  g_assert_true (ETHOS_IS_OVERRIDE_ROW (row));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "NCPS’s number: 90 minutes"));
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (ethos_override_row_get_editable (
                     ETHOS_OVERRIDE_ROW (row)))),
                   ==, "90");

  type_and_enter (row, "120");
  rules = ethos_store_load_body_rules (store, "ncps", NULL);
  g_assert_cmpint (rules->monthly_minutes, ==, 120);
  g_clear_pointer (&rules, ethos_body_rules_free);

  /* Not a number, then out of range: said in the row, the 120 kept. */
  type_and_enter (row, "lots");
  g_assert_nonnull (ethos_override_row_get_error (ETHOS_OVERRIDE_ROW (row)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "“lots” is not a whole number from 1 to 6000"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (ethos_override_row_get_editable (
                                             ETHOS_OVERRIDE_ROW (row))),
                                           "error"));
  type_and_enter (row, "7000");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "“7000”"));
  rules = ethos_store_load_body_rules (store, "ncps", NULL);
  g_assert_cmpint (rules->monthly_minutes, ==, 120);
  g_clear_pointer (&rules, ethos_body_rules_free);
  render_three_ways (preferences, "requirements-error");
  type_and_enter (row, "120");
  g_assert_null (ethos_override_row_get_error (ETHOS_OVERRIDE_ROW (row)));

  /* Hours as hours: 35 is kept as 2100 minutes. */
  row = find_row (preferences, NULL, "CPD Hours Each Period");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "NCPS’s number: 30 hours"));
  type_and_enter (row, "35");
  rules = ethos_store_load_body_rules (store, "ncps", NULL);
  g_assert_cmpint (rules->cpd_target_minutes, ==, 2100);
  g_clear_pointer (&rules, ethos_body_rules_free);

  /* A decimal refused plainly, without the file's key. */
  row = find_row (preferences, NULL, "Client Hours per Supervision Hour");
  type_and_enter (row, "6.125");
  g_assert_nonnull (strstr (ethos_override_row_get_error (ETHOS_OVERRIDE_ROW (row)),
                            "“6.125” is not a number from 1 to 100"));
  type_and_enter (row, "");
  overrides = ethos_store_get_body_overrides (store, "ncps", NULL);
  g_assert_false (g_hash_table_contains (overrides, "Supervision.ClientHoursPerSupervisionHour"));
  g_clear_pointer (&overrides, g_hash_table_unref);

  /* Group time: a choice; the first is the body's own. */
  row = find_row (preferences, NULL, "Group Supervision");
  g_assert_true (ADW_IS_COMBO_ROW (row));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 2);
  rules = ethos_store_load_body_rules (store, "ncps", NULL);
  g_assert_cmpint (rules->group_credit, ==, ETHOS_GROUP_CREDIT_BACP);
  g_clear_pointer (&rules, ethos_body_rules_free);
  render_three_ways (preferences, "requirements");
  close_preferences (preferences);

  /* Opened again: the practitioner's own numbers, and back to NCPS's with one click. */
  preferences = open_preferences ("requirements");
  row = find_row (preferences, NULL, "Supervision Each Month");
  g_assert_cmpstr (ethos_override_row_get_value (ETHOS_OVERRIDE_ROW (row)), ==, "120");
  g_assert_cmpstr (gtk_editable_get_text (ethos_override_row_get_editable (ETHOS_OVERRIDE_ROW (row))),
                   ==, "120");
  g_assert_cmpstr (ethos_override_row_get_value (ETHOS_OVERRIDE_ROW (
                     find_row (preferences, NULL, "CPD Hours Each Period"))),
                   ==, "35");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (
                      find_row (preferences, NULL, "Group Supervision"))),
                    ==, 2);
  {
    GtkWidget *reset = ui_find_widget (row, GTK_TYPE_BUTTON, NULL, NULL);

    g_assert_nonnull (reset);
    g_assert_cmpstr (gtk_widget_get_tooltip_text (reset), ==, "Back to the Default");
    g_signal_emit_by_name (reset, "clicked");
    ui_wait_ms (50);
  }
  rules = ethos_store_load_body_rules (store, "ncps", NULL);
  g_assert_cmpint (rules->monthly_minutes, ==, 90);
  g_assert_null (ethos_override_row_get_value (ETHOS_OVERRIDE_ROW (row)));
  close_preferences (preferences);
}

/* Reminders: the time of day, the login entry, a kind's lead days (one refused). */
static void
test_reminders (void)
{
  EthosPreferencesWindow *preferences;
  g_autofree char *time = NULL;
  g_autofree char *leads = NULL;
  GtkWidget *row;
  GtkSpinButton *hour, *minute;

  preferences = open_preferences ("reminders");
  row = find_row (preferences, NULL, "Time of Day");
  g_assert_nonnull (row);
  g_assert_nonnull (ui_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL, NULL));
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (
                     ui_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL, NULL))),
                   ==, "09:00");
  /* The spin buttons are in the button's popover. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (ui_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL, NULL)));
  ui_wait_ms (200);
  hour = GTK_SPIN_BUTTON (ui_find_widget (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON, NULL, NULL));
  g_assert_nonnull (hour);
  minute = GTK_SPIN_BUTTON (ui_find_widget (gtk_widget_get_next_sibling (
                                              gtk_widget_get_next_sibling (GTK_WIDGET (hour))),
                                            GTK_TYPE_SPIN_BUTTON, NULL, NULL));
  gtk_spin_button_set_value (hour, 7);
  gtk_spin_button_set_value (minute, 30);
  time = ethos_store_get_notify_time (store);
  g_assert_cmpstr (time, ==, "07:30");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (ui_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL, NULL)));

  row = find_row (preferences, NULL, "Run in the Background");
  g_assert_false (ethos_autostart_was_chosen ());
  gtk_switch_set_active (switch_in (row), TRUE);
  g_assert_true (ethos_autostart_is_enabled ());
  gtk_switch_set_active (switch_in (row), FALSE);
  g_assert_false (ethos_autostart_is_enabled ());
  g_assert_true (ethos_autostart_was_chosen ());
  gtk_switch_set_active (switch_in (row), TRUE);

  row = find_row (preferences, NULL, "DBS recheck");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "Ethos’s default: 90, 30, 7 days before"));
  type_and_enter (row, "60,14");
  leads = ethos_store_get_default_leads (store, "dbs");
  g_assert_cmpstr (leads, ==, "60,14");
  g_clear_pointer (&leads, g_free);
  type_and_enter (row, "soon");
  g_assert_nonnull (ethos_override_row_get_error (ETHOS_OVERRIDE_ROW (row)));
  leads = ethos_store_get_default_leads (store, "dbs");
  g_assert_cmpstr (leads, ==, "60,14");
  g_clear_pointer (&leads, g_free);
  type_and_enter (row, "60,14");
  render_three_ways (preferences, "reminders");
  close_preferences (preferences);

  preferences = open_preferences ("reminders");
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (ui_find_widget (
                     find_row (preferences, NULL, "Time of Day"), GTK_TYPE_MENU_BUTTON, NULL, NULL))),
                   ==, "07:30");
  g_assert_true (gtk_switch_get_active (switch_in (find_row (preferences, NULL,
                                                             "Run in the Background"))));
  g_assert_cmpstr (ethos_override_row_get_value (ETHOS_OVERRIDE_ROW (
                     find_row (preferences, NULL, "DBS recheck"))),
                   ==, "60,14");
  close_preferences (preferences);
}

static void
collect_override_rows (GtkWidget *root, GPtrArray *rows)
{
  if (ETHOS_IS_OVERRIDE_ROW (root) && gtk_widget_get_mapped (root))
    g_ptr_array_add (rows, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_override_rows (child, rows);
}

static GPtrArray *
override_rows (EthosPreferencesWindow *preferences)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_override_rows (GTK_WIDGET (preferences), rows);
  return rows;
}

/* Every number on Requirements is kept, read back on opening again, and goes back to the
 * body's own when emptied. */
static void
test_every_rule_row (void)
{
  EthosPreferencesWindow *preferences = open_preferences ("requirements");
  g_autoptr (GPtrArray) rows = override_rows (preferences);
  g_autoptr (GHashTable) overrides = NULL;
  g_autoptr (EthosBodyRules) rules = NULL;

  /* NCPS: the nine numbers (Group Supervision is a choice). */
  g_assert_cmpuint (rows->len, ==, 9);
  for (guint i = 0; i < rows->len; i++)
    type_and_enter (g_ptr_array_index (rows, i), "1");
  overrides = ethos_store_get_body_overrides (store, "ncps", NULL);
  /* The nine, and the choice of the test before. */
  g_assert_cmpuint (g_hash_table_size (overrides), ==, 10);
  rules = ethos_store_load_body_rules (store, "ncps", NULL);
  g_assert_cmpint (rules->monthly_minutes, ==, 1);
  g_assert_cmpint (rules->cpd_target_minutes, ==, 60);
  g_assert_cmpint (rules->cpd_min_kinds, ==, 1);
  g_assert_cmpint (rules->max_gap_days, ==, 1);
  close_preferences (preferences);
  g_clear_pointer (&rows, g_ptr_array_unref);

  preferences = open_preferences ("requirements");
  rows = override_rows (preferences);
  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_cmpstr (ethos_override_row_get_value (g_ptr_array_index (rows, i)), ==, "1");
      type_and_enter (g_ptr_array_index (rows, i), "");
    }
  g_clear_pointer (&overrides, g_hash_table_unref);
  overrides = ethos_store_get_body_overrides (store, "ncps", NULL);
  g_assert_cmpuint (g_hash_table_size (overrides), ==, 1);
  g_assert_true (g_hash_table_contains (overrides, "Supervision.GroupCredit"));
  close_preferences (preferences);
}

/* Every kind's lead days are kept and read back. */
static void
test_every_lead_row (void)
{
  EthosPreferencesWindow *preferences = open_preferences ("reminders");
  g_autoptr (GPtrArray) rows = override_rows (preferences);

  g_assert_cmpuint (rows->len, ==, g_strv_length ((GStrv) ethos_reminder_kinds));
  for (guint i = 0; i < rows->len; i++)
    type_and_enter (g_ptr_array_index (rows, i), "5,2");
  for (guint i = 0; ethos_reminder_kinds[i] != NULL; i++)
    {
      g_autofree char *leads = ethos_store_get_default_leads (store, ethos_reminder_kinds[i]);

      g_assert_cmpstr (leads, ==, "5,2");
    }
  close_preferences (preferences);
  g_clear_pointer (&rows, g_ptr_array_unref);

  preferences = open_preferences ("reminders");
  rows = override_rows (preferences);
  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_cmpstr (ethos_override_row_get_value (g_ptr_array_index (rows, i)), ==, "5,2");
      type_and_enter (g_ptr_array_index (rows, i), "");
    }
  {
    g_autofree char *leads = ethos_store_get_default_leads (store, "dbs");

    g_assert_cmpstr (leads, ==, "90,30,7");
  }
  close_preferences (preferences);
}

static gboolean
check_titled (GtkWidget *widget, gpointer title)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);

  return row != NULL && row_titled (row, title);
}

/* Appearance: each choice is the setting, and the style manager follows it live. */
static void
test_appearance (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  EthosPreferencesWindow *preferences = open_preferences ("appearance");
  GtkWidget *dark, *light, *system;

  ethos_style_follow_settings (settings);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  system = ui_find_widget (GTK_WIDGET (preferences), GTK_TYPE_CHECK_BUTTON, check_titled,
                           "Follow the System");
  dark = ui_find_widget (GTK_WIDGET (preferences), GTK_TYPE_CHECK_BUTTON, check_titled, "Dark");
  light = ui_find_widget (GTK_WIDGET (preferences), GTK_TYPE_CHECK_BUTTON, check_titled, "Light");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (system)));

  gtk_widget_activate (dark);
  ui_wait_ms (100);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (dark)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (system)));
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
  {
    g_autofree char *variant = g_settings_get_string (settings, "style-variant");

    g_assert_cmpstr (variant, ==, "dark");
  }
  ui_render_png (GTK_WIDGET (preferences), "preferences-appearance-dark.png");

  gtk_widget_activate (light);
  ui_wait_ms (100);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_widget_activate (system);
  ui_wait_ms (100);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  ui_render_png (GTK_WIDGET (preferences), "preferences-appearance.png");
  close_preferences (preferences);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *config_dir = NULL;
  int status;

  /* The login entry is written into a private config folder, set before GLib reads it. */
  data_dir = g_dir_make_tmp ("ethos-ui-prefs-XXXXXX", &error);
  g_assert_no_error (error);
  config_dir = g_build_filename (data_dir, "config", NULL);
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  g_test_init (&argc, &argv, NULL);
  ui_init ();

  settings = g_settings_new ("org.ethosapp.Ethos");
  store = ethos_store_open (data_dir, &error);
  g_assert_no_error (error);
  window = ethos_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_ms (300);

  g_test_add_func ("/preferences/profile", test_profile);
  g_test_add_func ("/preferences/requirements", test_requirements);
  g_test_add_func ("/preferences/requirements-every-row", test_every_rule_row);
  g_test_add_func ("/preferences/reminders", test_reminders);
  g_test_add_func ("/preferences/reminders-every-kind", test_every_lead_row);
  g_test_add_func ("/preferences/appearance", test_appearance);

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  g_clear_object (&settings);
  return status;
}
