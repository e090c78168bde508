/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-preferences-reminders"

#include "config.h"

#include "prefs-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-autostart.h"
#include "ethos-override-row.h"
#include "ethos-profile-store.h"
#include "ethos-reminder.h"
#include "ethos-style.h"

/* Preferences → Reminders and Appearance, as a practitioner uses them: each change is what the
 * store, the login entry or GSettings says at once, and is what the window shows when it is
 * opened again; lead days that cannot be read are said in their row and nothing is kept. The
 * style follows the choice live. Rendered at full width, at 360 px and in dark style. */

static EthosStore *store;
static EthosWindow *window;
static GSettings *settings;

/* Reminders: the time of day, the login entry, a kind's lead days (one refused). */
static void
test_reminders (void)
{
  EthosPreferencesWindow *preferences;
  g_autofree char *time = NULL;
  g_autofree char *leads = NULL;
  GtkWidget *row;
  GtkSpinButton *hour, *minute;

  preferences = prefs_open (window, "reminders");
  row = prefs_find_row (preferences, NULL, "Time of Day");
  g_assert_nonnull (row);
  g_assert_nonnull (ui_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL, NULL));
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (
                     ui_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL, NULL))),
                   ==, "09:00");
  /* The spin buttons are in the button's popover. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (ui_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL, NULL)));
  hour = GTK_SPIN_BUTTON (ui_await_widget (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON, NULL,
                                           NULL, "the hour in the popover"));
  g_assert_nonnull (hour);
  minute = GTK_SPIN_BUTTON (ui_find_widget (gtk_widget_get_next_sibling (
                                              gtk_widget_get_next_sibling (GTK_WIDGET (hour))),
                                            GTK_TYPE_SPIN_BUTTON, NULL, NULL));
  gtk_spin_button_set_value (hour, 7);
  gtk_spin_button_set_value (minute, 30);
  time = ethos_store_get_notify_time (store);
  g_assert_cmpstr (time, ==, "07:30");
  /* A screen reader names the button by what it is, and the time it now shows: the menu
   * button, and the toggle button in it that has the focus when Tab reaches it. */
  {
    GtkWidget *button = ui_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL, NULL);
    g_autofree char *name = ui_accessible_name (button);
    g_autofree char *focused = ui_accessible_name (gtk_widget_get_first_child (button));

    g_assert_true (GTK_IS_TOGGLE_BUTTON (gtk_widget_get_first_child (button)));
    g_assert_cmpstr (name, ==, "Time reminders are shown, 07:30");
    g_assert_cmpstr (focused, ==, "Time reminders are shown, 07:30");
  }
  gtk_menu_button_popdown (GTK_MENU_BUTTON (ui_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL, NULL)));

  row = prefs_find_row (preferences, NULL, "Run in the Background");
  g_assert_false (ethos_autostart_was_chosen ());
  gtk_switch_set_active (prefs_switch_in (row), TRUE);
  g_assert_true (ethos_autostart_is_enabled ());
  gtk_switch_set_active (prefs_switch_in (row), FALSE);
  g_assert_false (ethos_autostart_is_enabled ());
  g_assert_true (ethos_autostart_was_chosen ());
  gtk_switch_set_active (prefs_switch_in (row), TRUE);

  row = prefs_find_row (preferences, NULL, "DBS recheck");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "Ethos’s default: 90, 30, 7 days before"));
  prefs_type_and_enter (row, "60,14");
  leads = ethos_store_get_default_leads (store, ETHOS_REMINDER_KIND_DBS);
  g_assert_cmpstr (leads, ==, "60,14");
  g_clear_pointer (&leads, g_free);
  prefs_type_and_enter (row, "soon");
  g_assert_nonnull (ethos_override_row_get_error (ETHOS_OVERRIDE_ROW (row)));
  leads = ethos_store_get_default_leads (store, ETHOS_REMINDER_KIND_DBS);
  g_assert_cmpstr (leads, ==, "60,14");
  g_clear_pointer (&leads, g_free);
  prefs_type_and_enter (row, "60,14");
  prefs_render_three_ways (preferences, "reminders");
  prefs_close (preferences);

  preferences = prefs_open (window, "reminders");
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (ui_find_widget (
                     prefs_find_row (preferences, NULL, "Time of Day"), GTK_TYPE_MENU_BUTTON, NULL, NULL))),
                   ==, "07:30");
  g_assert_true (gtk_switch_get_active (prefs_switch_in (prefs_find_row (preferences, NULL,
                                                             "Run in the Background"))));
  g_assert_cmpstr (ethos_override_row_get_value (ETHOS_OVERRIDE_ROW (
                     prefs_find_row (preferences, NULL, "DBS recheck"))),
                   ==, "60,14");
  prefs_close (preferences);
}

/* Every kind's lead days are kept and read back. */
static void
test_every_lead_row (void)
{
  EthosPreferencesWindow *preferences = prefs_open (window, "reminders");
  g_autoptr (GPtrArray) rows = prefs_override_rows (preferences);

  g_assert_cmpuint (rows->len, ==, ETHOS_REMINDER_N_KINDS);
  for (guint i = 0; i < rows->len; i++)
    prefs_type_and_enter (g_ptr_array_index (rows, i), "5,2");
  for (EthosReminderKind kind = 0; kind < ETHOS_REMINDER_N_KINDS; kind++)
    {
      g_autofree char *leads = ethos_store_get_default_leads (store, kind);

      g_assert_cmpstr (leads, ==, "5,2");
    }
  prefs_close (preferences);
  g_clear_pointer (&rows, g_ptr_array_unref);

  preferences = prefs_open (window, "reminders");
  rows = prefs_override_rows (preferences);
  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_cmpstr (ethos_override_row_get_value (g_ptr_array_index (rows, i)), ==, "5,2");
      prefs_type_and_enter (g_ptr_array_index (rows, i), "");
    }
  {
    g_autofree char *leads = ethos_store_get_default_leads (store, ETHOS_REMINDER_KIND_DBS);

    g_assert_cmpstr (leads, ==, "90,30,7");
  }
  prefs_close (preferences);
}

static gboolean
check_titled (GtkWidget *widget, gpointer title)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);

  return row != NULL && prefs_row_titled (row, title);
}

/* Appearance: each choice is the setting, and the style manager follows it live. */
static void
test_appearance (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  EthosPreferencesWindow *preferences = prefs_open (window, "appearance");
  GtkWidget *dark, *light, *system;

  ethos_style_follow_settings (settings);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  system = ui_find_widget (GTK_WIDGET (preferences), GTK_TYPE_CHECK_BUTTON, check_titled,
                           "Follow the System");
  dark = ui_find_widget (GTK_WIDGET (preferences), GTK_TYPE_CHECK_BUTTON, check_titled, "Dark");
  light = ui_find_widget (GTK_WIDGET (preferences), GTK_TYPE_CHECK_BUTTON, check_titled, "Light");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (system)));

  gtk_widget_activate (dark);
  ui_drain ();
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
  ui_drain ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_widget_activate (system);
  ui_drain ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  ui_render_png (GTK_WIDGET (preferences), "preferences-appearance.png");
  prefs_close (preferences);
}

/* A window of its own on new records, for each test. */
static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
  window = ui_open_window (NULL, store, 1000, 700);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-prefs-reminders-XXXXXX");
  int status;

  settings = g_settings_new ("org.ethosapp.Ethos");
  ui_test_add ("/preferences/reminders", set_up, test_reminders, tear_down);
  ui_test_add ("/preferences/reminders-every-kind", set_up, test_every_lead_row, tear_down);
  ui_test_add ("/preferences/appearance", set_up, test_appearance, tear_down);
  status = g_test_run ();
  g_clear_object (&settings);
  return status;
}
