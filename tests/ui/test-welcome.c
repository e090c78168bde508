/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-welcome"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-autostart.h"
#include "ethos-entry-store.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ethos-records-store.h"
#include "ethos-reminder-store.h"
#include "ethos-standard-form.h"
#include "ethos-welcome-window.h"
#include "ethos-window.h"

/* The first-run welcome: offered on a fresh data folder and not to someone with records;
 * skipped, it keeps nothing and is not offered again; gone through, it makes the profile, the
 * bodies, the standard reminders and the login entry; a date that cannot be read keeps it open
 * with nothing written; Set Up Ethos… brings it back filled in, and Import a Code… ends on the
 * Codes page's file chooser. Each step is rendered at full width, at 360 px and dark. */

#define TODAY "2026-11-23"

static GSettings *settings;

typedef struct
{
  char        *dir;
  EthosStore  *store;
  EthosWindow *window;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  /* Not answered yet, and no login entry chosen. */
  ui_start_clean ();
  fixture->dir = g_dir_make_tmp ("ethos-ui-welcome-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->store = ethos_store_open (fixture->dir, &error);
  g_assert_no_error (error);
  fixture->window = ui_open_window (NULL, fixture->store, 1000, 700);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.page-overview", NULL);
  ui_wait_idle ();
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  /* Whatever the test left open. */
  ui_close_windows ();
  g_clear_object (&fixture->store);
  g_free (fixture->dir);
}

static gboolean
row_titled (GtkWidget *widget, gpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static void
tick (GtkWidget *welcome, const char *body)
{
  GtkWidget *row = ui_find_widget (welcome, ADW_TYPE_ACTION_ROW, row_titled, (gpointer) body);
  GtkWidget *check;

  g_assert_nonnull (row);
  check = ui_find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL, NULL);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
}

/* The login step's switch, not the dates step's (Newly Self-Employed). */
static gboolean
outside_form (GtkWidget *widget, gpointer data)
{
  return gtk_widget_get_ancestor (widget, ETHOS_TYPE_STANDARD_FORM) == NULL;
}

/* Chooses @item in the combo row titled @title, which must be shown (mapped). */
static void
choose (GtkWidget *welcome, const char *title, guint item)
{
  GtkWidget *row = ui_find_widget (welcome, ADW_TYPE_COMBO_ROW, row_titled, (gpointer) title);

  g_assert_nonnull (row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), item);
}

static gboolean
ticked (GtkWidget *welcome, const char *body)
{
  GtkWidget *row = ui_find_widget (welcome, ADW_TYPE_ACTION_ROW, row_titled, (gpointer) body);

  return gtk_check_button_get_active (GTK_CHECK_BUTTON (ui_find_widget (row, GTK_TYPE_CHECK_BUTTON,
                                                                        NULL, NULL)));
}

static void
type_into (GtkWidget *welcome, const char *title, const char *text)
{
  GtkWidget *row = ui_find_widget (welcome, ADW_TYPE_ENTRY_ROW, row_titled, (gpointer) title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* A button of the welcome, and what it sets going (the move to another step) done. */
static void
press (GtkWidget *welcome, const char *action)
{
  gtk_widget_activate_action (welcome, action, NULL);
  ui_wait_idle ();
}

static void
render_three_ways (GtkWidget *welcome, const char *name)
{
  g_autofree char *normal = g_strdup_printf ("welcome-%s.png", name);
  g_autofree char *narrow = g_strdup_printf ("welcome-%s-narrow.png", name);
  g_autofree char *dark = g_strdup_printf ("welcome-%s-dark.png", name);
  AdwStyleManager *style = adw_style_manager_get_default ();

  ui_render_png (welcome, normal);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_render_png (welcome, dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  ui_resize (GTK_WINDOW (welcome), 360, 700);
  g_assert_cmpint (gtk_widget_get_width (welcome), <=, 360);
  ui_render_png (welcome, narrow);
  ui_resize (GTK_WINDOW (welcome), 600, 700);
}

static gboolean
button_labelled (GtkWidget *widget, gpointer label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static guint
n_reminders (EthosStore *store)
{
  g_autoptr (GPtrArray) reminders = ethos_store_list_reminders (store, TRUE, NULL);

  return reminders->len;
}

/* A fresh folder: offered, over the window. Skipped after choosing things: asked first, then
 * nothing kept, and not offered again. */
static void
test_skip (Fixture *fixture, gconstpointer data)
{
  /* Held, to see it has gone once closed. */
  g_autoptr (GtkWidget) welcome = g_object_ref (ethos_window_offer_welcome (fixture->window));
  g_autoptr (GPtrArray) memberships = NULL;
  g_autofree char *name = NULL;

  g_assert_true (ETHOS_IS_WELCOME_WINDOW (welcome));
  ui_await_mapped (welcome);
  g_assert_true (gtk_widget_get_mapped (welcome));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (welcome)) == GTK_WINDOW (fixture->window));
  g_assert_nonnull (ui_find_label_containing (welcome, "Welcome to Ethos"));

  type_into (welcome, "Your Name, as on Your Audit Pack", "Sam Okafor");
  tick (welcome, "UKCP");
  press (welcome, "welcome.next");
  g_assert_cmpuint (ethos_welcome_window_get_page (ETHOS_WELCOME_WINDOW (welcome)), ==, 1);
  type_into (welcome, "Indemnity Insurance Renews", "2027-01-15");
  /* Asked first, as what was typed would be lost: Back keeps it all there. */
  press (welcome, "welcome.skip");
  ui_answer_dialog ("Skip Setting Up?", "back");
  g_assert_true (gtk_widget_get_visible (welcome));
  g_assert_false (g_settings_get_boolean (settings, "welcome-done"));
  press (welcome, "welcome.skip");
  ui_answer_dialog ("Skip Setting Up?", "skip");

  g_assert_false (gtk_widget_get_visible (welcome));
  name = ethos_store_get_name (fixture->store);
  g_assert_null (name);
  memberships = ethos_store_list_memberships (fixture->store, NULL);
  g_assert_cmpuint (memberships->len, ==, 0);
  g_assert_cmpuint (n_reminders (fixture->store), ==, 0);
  g_assert_false (ethos_autostart_was_chosen ());
  g_assert_true (g_settings_get_boolean (settings, "welcome-done"));
  g_assert_null (ethos_window_offer_welcome (fixture->window));
}

/* Someone with records (from before the welcome existed) is not offered it. */
static void
test_not_with_records (Fixture *fixture, gconstpointer data)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  g_assert_true (ethos_welcome_window_should_offer (fixture->store, settings));
  g_free (entry->date);
  entry->date = g_strdup ("2026-11-02");
  entry->minutes = 60;
  g_assert_true (ethos_store_add_entry (fixture->store, entry, NULL));
  g_assert_false (ethos_welcome_window_should_offer (fixture->store, settings));
  /* Marked as answered, so that later starts ask the store nothing. */
  g_assert_true (g_settings_get_boolean (settings, "welcome-done"));
  g_assert_null (ethos_window_offer_welcome (fixture->window));
}

static void
test_not_with_profile (Fixture *fixture, gconstpointer data)
{
  g_assert_true (ethos_welcome_window_should_offer (fixture->store, settings));
  g_assert_true (ethos_store_set_name (fixture->store, "Sam Okafor", NULL));
  g_assert_false (ethos_welcome_window_should_offer (fixture->store, settings));
  g_assert_null (ethos_window_offer_welcome (fixture->window));
}

/* Gone through: each step, a date refused on the way, then everything kept. */
static void
test_go_through (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GtkWidget) welcome = g_object_ref (ethos_window_offer_welcome (fixture->window));
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (GPtrArray) reminders = NULL;
  g_autofree char *name = NULL;
  gboolean executor = FALSE;
  GtkWidget *login;

  g_assert_nonnull (welcome);
  ui_await_mapped (welcome);
  type_into (welcome, "Your Name, as on Your Audit Pack", "Sam Okafor");
  /* A body's class is asked for once it is ticked (a row not shown is not found). */
  g_assert_null (ui_find_widget (welcome, ADW_TYPE_COMBO_ROW, row_titled,
                                 (gpointer) "BACP Membership Class"));
  tick (welcome, "BACP");
  tick (welcome, "COSRT");
  choose (welcome, "BACP Membership Class", 3);   /* Not Given, Member, Registered, Accredited */
  choose (welcome, "Your Practice", ETHOS_PRACTICE_PART_TIME);
  render_three_ways (welcome, "bodies");

  press (welcome, "welcome.next");
  g_assert_cmpuint (ethos_welcome_window_get_page (ETHOS_WELCOME_WINDOW (welcome)), ==, 1);
  /* The preview knows the bodies ticked a step ago. */
  g_assert_nonnull (ui_find_label_containing (welcome, "BACP, COSRT"));
  type_into (welcome, "Last DBS Certificate Issued", "2024-02-30");
  type_into (welcome, "Indemnity Insurance Renews", "2027-01-15");
  /* One renewal date per body: each sends its own. */
  g_assert_null (ui_find_widget (welcome, ADW_TYPE_ENTRY_ROW, row_titled,
                                 (gpointer) "Membership Renews"));
  type_into (welcome, "BACP Membership Renews", "2027-04-01");
  type_into (welcome, "COSRT Membership Renews", "2027-10-01");
  g_assert_nonnull (ui_await_label (welcome, "BACP membership renewal"));
  g_assert_nonnull (ui_await_label (welcome, "COSRT membership renewal"));
  g_assert_nonnull (ui_await_label (welcome, "1 October 2027, then every year"));
  g_assert_nonnull (ui_await_label (welcome, "2024-02-30"));
  /* The one bad date is marked, and the preview shows all it can from the others. */
  g_assert_true (gtk_widget_has_css_class (
    ui_find_widget (welcome, ADW_TYPE_ENTRY_ROW, row_titled,
                    (gpointer) "Last DBS Certificate Issued"),
    "error"));
  g_assert_nonnull (ui_await_label (welcome, "15 January 2027, then every year"));
  render_three_ways (welcome, "dates-error");

  /* Done with a date that cannot be read: back on its step, nothing written. */
  press (welcome, "welcome.next");
  press (welcome, "welcome.next");
  g_assert_cmpuint (ethos_welcome_window_get_page (ETHOS_WELCOME_WINDOW (welcome)), ==, 3);
  press (welcome, "welcome.next");
  g_assert_true (gtk_widget_get_visible (welcome));
  g_assert_cmpuint (ethos_welcome_window_get_page (ETHOS_WELCOME_WINDOW (welcome)), ==, 1);
  name = ethos_store_get_name (fixture->store);
  g_assert_null (name);
  g_assert_cmpuint (n_reminders (fixture->store), ==, 0);

  type_into (welcome, "Last DBS Certificate Issued", "2024-05-10");
  g_assert_nonnull (ui_await_label (welcome, "15 January 2027, then every year"));
  g_assert_nonnull (ui_await_label (welcome, "COSRT 45"));
  render_three_ways (welcome, "dates");

  /* A renewal date that has passed is asked about, not moved a year on in silence: lapsed, it
   * is due now. */
  type_into (welcome, "Indemnity Insurance Renews", "2026-09-01");
  g_assert_nonnull (ui_await_label (welcome, "1 September 2026 has passed: was it renewed, or has "
                                             "it lapsed?"));
  g_assert_nonnull (ui_await_label (welcome, "1 September 2027, then every year"));
  render_three_ways (welcome, "dates-passed");
  gtk_toggle_button_set_active (
    GTK_TOGGLE_BUTTON (ui_find_widget (welcome, GTK_TYPE_TOGGLE_BUTTON, button_labelled,
                                       (gpointer) "It _Lapsed")),
    TRUE);
  ui_await (ui_find_label_containing (welcome, "1 September 2027, then every year") == NULL);
  type_into (welcome, "Indemnity Insurance Renews", "2027-01-15");
  g_assert_nonnull (ui_await_label (welcome, "15 January 2027, then every year"));
  /* Each body's date is asked about on its own row. */
  type_into (welcome, "COSRT Membership Renews", "2026-10-01");
  g_assert_nonnull (ui_await_label (welcome, "1 October 2026 has passed: was it renewed, or has "
                                             "it lapsed?"));
  type_into (welcome, "COSRT Membership Renews", "2027-10-01");
  ui_await (ui_find_label_containing (welcome, "1 October 2026 has passed") == NULL);

  press (welcome, "welcome.next");
  login = ui_find_widget (welcome, GTK_TYPE_SWITCH, outside_form, NULL);
  g_assert_nonnull (login);
  /* On unless the practitioner said no before. */
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (login)));
  render_three_ways (welcome, "login");

  press (welcome, "welcome.next");
  g_assert_nonnull (ui_find_label_containing (welcome, "Your Code and Your Records"));
  g_assert_nonnull (ui_find_label_containing (welcome, "_Done"));
  render_three_ways (welcome, "code");
  press (welcome, "welcome.next");

  g_assert_false (gtk_widget_get_visible (welcome));
  g_clear_pointer (&name, g_free);
  name = ethos_store_get_name (fixture->store);
  g_assert_cmpstr (name, ==, "Sam Okafor");
  memberships = ethos_store_list_memberships (fixture->store, NULL);
  g_assert_cmpuint (memberships->len, ==, 2);
  g_assert_cmpstr (((EthosMembership *) g_ptr_array_index (memberships, 0))->body_id, ==, "bacp");
  g_assert_cmpstr (((EthosMembership *) g_ptr_array_index (memberships, 1))->body_id, ==, "cosrt");
  /* The class chosen is kept, the one not chosen is not given. */
  g_assert_cmpstr (((EthosMembership *) g_ptr_array_index (memberships, 0))->membership_class, ==,
                   "accredited");
  g_assert_null (((EthosMembership *) g_ptr_array_index (memberships, 1))->membership_class);
  g_assert_cmpint (ethos_store_get_practice (fixture->store, NULL), ==, ETHOS_PRACTICE_PART_TIME);
  /* The DBS certificate's date is its record too, for Preferences and the audit pack; the
   * insurance's renewal date is not taken for the day its cover ends. */
  {
    g_autoptr (EthosRecords) records = ethos_store_get_records (fixture->store, NULL);

    g_assert_cmpstr (records->dbs_issued, ==, "2024-05-10");
    g_assert_null (records->cover_to);
  }
  reminders = ethos_store_list_reminders (fixture->store, FALSE, NULL);
  /* DBS recheck and Update Service, insurance, BACP's and COSRT's memberships, the executor
   * (COSRT 41), the tax return and the second payment on account. */
  g_assert_cmpuint (reminders->len, ==, 8);
  for (guint i = 0; i < reminders->len; i++)
    executor |= g_strcmp0 (((EthosReminder *) g_ptr_array_index (reminders, i))->clause,
                           "cosrt:41") == 0;
  g_assert_true (executor);
  g_assert_true (ethos_autostart_is_enabled ());
  g_assert_true (g_settings_get_boolean (settings, "welcome-done"));
  g_assert_null (ethos_window_offer_welcome (fixture->window));

  /* The window shows what was set up. */
  g_assert_nonnull (ui_await_label (GTK_WIDGET (fixture->window), "COSRT"));
  ui_wait_idle ();
  g_assert_null (ui_find_label_containing (GTK_WIDGET (fixture->window),
                                           "Tell Ethos which bodies you belong to"));
  ui_render_png (GTK_WIDGET (fixture->window), "welcome-done-overview.png");
}

static GtkWindow *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_WINDOW (toplevel);
    }
  return NULL;
}

/* Set Up Ethos… again: filled in from the profile; Import a Code… keeps it and opens the Codes
 * page's file chooser. */
static void
test_again_and_import (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) memberships = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ethos_membership_free);
  EthosMembership *ncps = g_new0 (EthosMembership, 1);
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GtkWidget) welcome = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  ncps->body_id = g_strdup ("ncps");
  ncps->membership_number = g_strdup ("N-1");
  g_ptr_array_add (memberships, ncps);
  g_assert_true (ethos_store_set_memberships (fixture->store, memberships, NULL));
  g_assert_true (ethos_store_set_name (fixture->store, "Sam Okafor", NULL));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.welcome", NULL);
  ui_await_toplevel (ETHOS_TYPE_WELCOME_WINDOW);
  welcome = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ETHOS_IS_WELCOME_WINDOW (toplevel))
        welcome = GTK_WIDGET (g_object_ref (toplevel));
    }
  g_assert_nonnull (welcome);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_find_widget (
                     welcome, ADW_TYPE_ENTRY_ROW, row_titled,
                     (gpointer) "Your Name, as on Your Audit Pack"))),
                   ==, "Sam Okafor");
  g_assert_true (ticked (welcome, "NCPS"));
  g_assert_false (ticked (welcome, "BACP"));
  tick (welcome, "HCPC");

  ethos_welcome_window_go_to (ETHOS_WELCOME_WINDOW (welcome), 3);
  ui_await (ethos_welcome_window_get_page (ETHOS_WELCOME_WINDOW (welcome)) == 3);
  ui_wait_idle ();
  press (welcome, "welcome.import");
  g_assert_false (gtk_widget_get_visible (welcome));
  after = ethos_store_list_memberships (fixture->store, NULL);
  g_assert_cmpuint (after->len, ==, 2);
  /* The number given before stays with its body. */
  g_assert_cmpstr (((EthosMembership *) g_ptr_array_index (after, 0))->membership_number, ==, "N-1");
  g_assert_cmpstr (((EthosMembership *) g_ptr_array_index (after, 1))->body_id, ==, "hcpc");
  g_assert_nonnull (find_file_chooser ());
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (fixture->window), "Import"));
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *config_parent = NULL;
  int status;

  config_parent = ui_test_init (&argc, &argv, "ethos-ui-welcome-config-XXXXXX");
  settings = g_settings_new ("org.ethosapp.Ethos");

  g_test_add ("/welcome/skip", Fixture, NULL, fixture_set_up, test_skip, fixture_tear_down);
  g_test_add ("/welcome/not-with-records", Fixture, NULL, fixture_set_up, test_not_with_records,
              fixture_tear_down);
  g_test_add ("/welcome/not-with-profile", Fixture, NULL, fixture_set_up, test_not_with_profile,
              fixture_tear_down);
  g_test_add ("/welcome/go-through", Fixture, NULL, fixture_set_up, test_go_through,
              fixture_tear_down);
  g_test_add ("/welcome/again-and-import", Fixture, NULL, fixture_set_up, test_again_and_import,
              fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&settings);
  return status;
}
