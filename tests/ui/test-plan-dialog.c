/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-plan-dialog"

#include "config.h"

#include <string.h>

#include "diary-test-util.h"
#include "overview-test-util.h"

#include "ethos-client-hours-dialog.h"
#include "ethos-client-hours-store.h"
#include "ethos-date.h"
#include "ethos-entry-editor.h"
#include "ethos-entry-store.h"
#include "ethos-plan-dialog.h"
#include "ethos-plan-item-row.h"
#include "ethos-plan-store.h"

/* The CPD plan and the client-hours log in the window, as a practitioner uses them: an item
 * added, changed, marked done and removed through the plan dialog, read back from the store; a
 * CPD activity linked to an item in the editor; a month's client hours typed and the running
 * total seen; and what cannot be taken refused where it was typed, with nothing written. */

static EthosStore *store;
static EthosWindow *window;
static char today[11];

static gboolean
is_row_titled (GtkWidget *widget, gpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_button_labelled (GtkWidget *widget, gpointer label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
is_error_saying (GtkWidget *widget, gpointer needle)
{
  return gtk_widget_has_css_class (widget, "error") && ui_label_contains (widget, needle);
}

/* A row that says what was refused, under the rows it is about. */
static gboolean
is_error_row_saying (GtkWidget *widget, gpointer needle)
{
  return gtk_widget_has_css_class (widget, "error")
         && strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), needle) != NULL;
}

static GtkWidget *
row_titled (GtkWidget *root, GType type, const char *title)
{
  return ui_await_widget (root, type, is_row_titled, (gpointer) title, title);
}

static void
type_in (GtkWidget *root, const char *title, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row_titled (root, ADW_TYPE_ENTRY_ROW, title)), text);
}

static GPtrArray *
plan_items (void)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *items = ethos_store_list_plan_items (store, &error);

  g_assert_no_error (error);
  return items;
}

static GtkWidget *
open_dialog (const char *action, GType type)
{
  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  return GTK_WIDGET (ui_await_toplevel (type));
}

static void
add_item (GtkWidget *dialog, const char *title, const char *need, const char *target)
{
  type_in (dialog, "Planned Activity", title);
  type_in (dialog, "Learning Need", need);
  type_in (dialog, "Target Date", target);
  g_signal_emit_by_name (ui_await_widget (dialog, GTK_TYPE_BUTTON, is_button_labelled,
                                          "_Add to Plan", "the Add button"),
                         "clicked");
}

/* Renders @window at 1280 and 360 px wide, in dark style: NAME-dark.png, NAME-dark-narrow.png. */
static void
render_dark (GtkWidget *dialog, const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *wide = g_strdup_printf ("%s-dark.png", name);
  g_autofree char *narrow = g_strdup_printf ("%s-dark-narrow.png", name);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_resize (GTK_WINDOW (dialog), 1280, 800);
  ui_render_png (dialog, wide);
  ui_resize (GTK_WINDOW (dialog), 360, 720);
  g_assert_cmpint (gtk_widget_get_width (dialog), <=, 360);
  ui_render_png (dialog, narrow);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_plan (void)
{
  GtkWidget *dialog = open_dialog ("win.cpd-plan", ETHOS_TYPE_PLAN_DIALOG);
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) added = NULL;
  g_autoptr (GPtrArray) edited = NULL;
  g_autoptr (GPtrArray) done = NULL;
  g_autoptr (GPtrArray) removed = NULL;
  g_autofree char *heading = NULL;
  EthosPlanItem *item;
  GtkWidget *row;

  g_assert_nonnull (ui_await_label (dialog, "Nothing Planned Yet"));

  /* Refused in place, nothing written: no activity, then a day that is not one. */
  add_item (dialog, "", "Working with couples", "");
  g_assert_nonnull (ui_await_widget (dialog, GTK_TYPE_LABEL, is_error_saying,
                                     "A plan item needs a title", "the title refused"));
  g_assert_true (gtk_widget_has_css_class (row_titled (dialog, ADW_TYPE_ENTRY_ROW,
                                                       "Planned Activity"),
                                           "error"));
  add_item (dialog, "Couples work course", "Working with couples", "31/02/2026");
  g_assert_nonnull (ui_await_widget (dialog, GTK_TYPE_LABEL, is_error_saying, "Target Date: ",
                                     "the target refused"));
  before = plan_items ();
  g_assert_cmpuint (before->len, ==, 0);

  add_item (dialog, "Couples work course", "Working with couples", "");
  added = plan_items ();
  g_assert_cmpuint (added->len, ==, 1);
  item = g_ptr_array_index (added, 0);
  g_assert_cmpstr (item->title, ==, "Couples work course");
  g_assert_cmpstr (item->need, ==, "Working with couples");
  g_assert_null (item->target);
  g_assert_null (item->done);
  g_assert_nonnull (ui_await_label (dialog, "Added to the plan"));
  ui_await_no_label (dialog, "Nothing Planned Yet");

  /* Changed in its row: kept on Enter, the row's title following. */
  row = row_titled (dialog, ETHOS_TYPE_PLAN_ITEM_ROW, "Couples work course");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  type_in (row, "Planned Activity", "Couples therapy certificate");
  g_signal_emit_by_name (row_titled (row, ADW_TYPE_ENTRY_ROW, "Planned Activity"),
                         "entry-activated");
  type_in (row, "Target Date", "tomorrow");
  g_signal_emit_by_name (row_titled (row, ADW_TYPE_ENTRY_ROW, "Target Date"), "entry-activated");
  edited = plan_items ();
  item = g_ptr_array_index (edited, 0);
  g_assert_cmpstr (item->title, ==, "Couples therapy certificate");
  g_assert_nonnull (item->target);
  /* "tomorrow", once kept, is shown as the day it is. */
  {
    g_autofree char *shown = ethos_date_format_iso (item->target, ETHOS_DATE_LONG);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row_titled (row, ADW_TYPE_ENTRY_ROW,
                                                                      "Target Date"))),
                     ==, shown);
  }
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Couples therapy certificate");
  g_assert_nonnull (ui_find_label_containing (row, "Not done yet; target "));
  /* A title taken away is refused in the item's rows; what was kept stays. */
  type_in (row, "Planned Activity", "  ");
  g_signal_emit_by_name (row_titled (row, ADW_TYPE_ENTRY_ROW, "Planned Activity"),
                         "entry-activated");
  g_assert_nonnull (ui_await_widget (row, ADW_TYPE_ACTION_ROW, is_error_row_saying,
                                     "Planned Activity: A plan item needs a title",
                                     "the empty title refused"));
  g_clear_pointer (&edited, g_ptr_array_unref);
  edited = plan_items ();
  g_assert_cmpstr (((EthosPlanItem *) g_ptr_array_index (edited, 0))->title, ==,
                   "Couples therapy certificate");
  type_in (row, "Planned Activity", "Couples therapy certificate");

  /* Done today, said in the row. */
  gtk_switch_set_active (GTK_SWITCH (ui_await_widget (row, GTK_TYPE_SWITCH, NULL, NULL,
                                                      "the Done switch")),
                         TRUE);
  done = plan_items ();
  g_assert_cmpstr (((EthosPlanItem *) g_ptr_array_index (done, 0))->done, ==, today);
  g_assert_nonnull (ui_find_label_containing (row, "Done on "));

  ui_wait_idle ();
  render_dark (dialog, "plan-dialog");

  /* Removed once asked; Cancel keeps it. */
  heading = g_strdup_printf ("Remove “%s” From the Plan?", "Couples therapy certificate");
  g_signal_emit_by_name (row_titled (row, ADW_TYPE_ACTION_ROW, "_Remove From Plan…"),
                         "activated");
  ui_answer_dialog (heading, "cancel");
  g_clear_pointer (&done, g_ptr_array_unref);
  done = plan_items ();
  g_assert_cmpuint (done->len, ==, 1);
  g_signal_emit_by_name (row_titled (row, ADW_TYPE_ACTION_ROW, "_Remove From Plan…"),
                         "activated");
  ui_answer_dialog (heading, "remove");
  removed = plan_items ();
  g_assert_cmpuint (removed->len, ==, 0);
  g_assert_nonnull (ui_await_label (dialog, "Nothing Planned Yet"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gint64
add_plan_item (const char *title)
{
  g_autoptr (EthosPlanItem) item = ethos_plan_item_new ();
  g_autoptr (GError) error = NULL;
  gint64 id;

  item->title = g_strdup (title);
  id = ethos_store_add_plan_item (store, item, &error);
  g_assert_no_error (error);
  return id;
}

static void
test_editor_link (void)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_CPD);
  g_autoptr (EthosEntry) linked = NULL;
  g_autoptr (EthosEntry) unlinked = NULL;
  g_autoptr (GError) error = NULL;
  EthosEntryEditor *editor;
  AdwComboRow *plan_row;
  GtkWidget *dialog;
  gint64 reading, couples;

  reading = add_plan_item ("Read the GDPR guidance");
  couples = add_plan_item ("Couples work course");
  g_free (entry->date);
  entry->date = g_strdup (today);
  entry->minutes = 360;
  g_free (entry->title);
  entry->title = g_strdup ("Couples course, day one");
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  editor = diary_editor (window);
  ethos_entry_editor_set_entry (editor, entry);
  plan_row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                           ETHOS_TYPE_ENTRY_EDITOR, "plan_row"));
  ui_await_mapped (GTK_WIDGET (plan_row));
  /* None first, then the plan by target. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (plan_row)), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (plan_row), ==, 0);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (plan_row)),
                                               2),
                   ==, "Couples work course");
  adw_combo_row_set_selected (plan_row, 2);
  g_assert_true (ethos_entry_editor_flush (editor));
  ui_wait_idle ();
  {
    AdwStyleManager *style = adw_style_manager_get_default ();

    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
    ui_resize (GTK_WINDOW (window), 1280, 800);
    ui_render_png (GTK_WIDGET (window), "plan-editor-dark.png");
    ui_resize (GTK_WINDOW (window), 360, 900);
    adw_leaflet_set_visible_child_name (ADW_LEAFLET (diary_page_child (window, "leaflet")),
                                        "editor");
    ui_wait_idle ();
    ui_render_png (GTK_WIDGET (window), "plan-editor-dark-narrow.png");
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
    ui_resize (GTK_WINDOW (window), 1100, 800);
  }
  linked = ethos_store_get_entry (store, entry->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (linked->plan_id, ==, couples);

  /* The plan lists the activity under its item. */
  dialog = open_dialog ("win.cpd-plan", ETHOS_TYPE_PLAN_DIALOG);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row_titled (dialog, ETHOS_TYPE_PLAN_ITEM_ROW,
                                                               "Couples work course")),
                                 TRUE);
  g_assert_nonnull (ui_await_label (dialog, "Couples course, day one, "));
  g_assert_nonnull (ui_find_label_containing (dialog, "Not done yet: 1 activity so far"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* None again: unlinked. */
  adw_combo_row_set_selected (plan_row, 0);
  g_assert_true (ethos_entry_editor_flush (editor));
  unlinked = ethos_store_get_entry (store, entry->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (unlinked->plan_id, ==, 0);
  g_assert_cmpint (reading, !=, 0);
}

static int
logged_minutes (const char *month)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) months = ethos_store_list_client_hours (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < months->len; i++)
    if (g_str_equal (g_array_index (months, EthosClientMonth, i).month, month))
      return g_array_index (months, EthosClientMonth, i).minutes;
  return -1;
}

static GtkEntry *
month_entry (GtkWidget *dialog, const char *iso_month)
{
  g_autofree char *first = g_strdup_printf ("%s-01", iso_month);
  g_autofree char *title = ethos_date_format_iso (first, ETHOS_DATE_MONTH);
  GtkWidget *row = row_titled (dialog, ADW_TYPE_ACTION_ROW, title);

  return GTK_ENTRY (ui_await_widget (row, GTK_TYPE_ENTRY, NULL, NULL, "the month's field"));
}

static void
type_hours (GtkEntry *entry, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

static void
test_client_hours (void)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *dialog;
  char this_month[8], last_month[8];
  GDate date;

  g_strlcpy (this_month, today, sizeof this_month);
  g_assert_true (ethos_date_parse (today, &date, NULL));
  g_date_set_day (&date, 1);
  g_date_subtract_months (&date, 1);
  g_snprintf (last_month, sizeof last_month, "%04d-%02d", g_date_get_year (&date),
              g_date_get_month (&date));
  g_assert_true (ethos_store_set_client_hours (store, last_month, 600, &error));
  g_assert_no_error (error);

  dialog = open_dialog ("win.client-hours", ETHOS_TYPE_CLIENT_HOURS_DIALOG);
  /* BACP publishes a target; it is said with its source. */
  g_assert_nonnull (ui_await_label (dialog, "10 of the 450 client hours BACP accreditation"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (month_entry (dialog, last_month))), ==,
                   "10");

  type_hours (month_entry (dialog, this_month), "12:30");
  g_assert_cmpint (logged_minutes (this_month), ==, 750);
  g_assert_nonnull (ui_await_label (dialog, "Running total: 22.5 hours"));
  g_assert_nonnull (ui_find_label_containing (dialog, "22.5 hours logged in all"));
  g_assert_nonnull (ui_find_label_containing (dialog, "22.5 of the 450 client hours BACP"));

  /* Refused where it was typed: said under the month, what was typed stays, nothing written. */
  type_hours (month_entry (dialog, this_month), "ninety");
  g_assert_nonnull (ui_await_widget (dialog, ADW_TYPE_ACTION_ROW, is_error_row_saying, "“ninety”",
                                     "the hours refused"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (month_entry (dialog, this_month))), ==,
                   "ninety");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (month_entry (dialog, this_month)),
                                           "error"));
  g_assert_cmpint (logged_minutes (this_month), ==, 750);
  type_hours (month_entry (dialog, this_month), "12h");
  g_assert_cmpint (logged_minutes (this_month), ==, 720);
  g_assert_nonnull (ui_await_label (dialog, "Running total: 22 hours"));

  /* An earlier month, added by name; one that is not a month refused. */
  type_in (dialog, "An Earlier Month, as YYYY-MM", "2019-13");
  g_signal_emit_by_name (row_titled (dialog, ADW_TYPE_ENTRY_ROW, "An Earlier Month, as YYYY-MM"),
                         "entry-activated");
  g_assert_nonnull (ui_await_widget (dialog, GTK_TYPE_LABEL, is_error_saying, "“2019-13”",
                                     "the month refused"));
  type_in (dialog, "An Earlier Month, as YYYY-MM", "2019-05");
  g_signal_emit_by_name (row_titled (dialog, ADW_TYPE_ENTRY_ROW, "An Earlier Month, as YYYY-MM"),
                         "entry-activated");
  type_hours (month_entry (dialog, "2019-05"), "8");
  g_assert_cmpint (logged_minutes ("2019-05"), ==, 480);

  ui_wait_idle ();
  render_dark (dialog, "client-hours-dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
set_up (void)
{
  g_autofree char *now = ethos_date_today_iso ();
  const char *const bodies[] = { "bacp", NULL };

  g_strlcpy (today, now, sizeof today);
  store = ui_open_store (NULL, 0, 0);
  set_bodies (store, bodies);
  window = ui_open_window (NULL, store, 1100, 800);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-plan-XXXXXX");

  ui_test_add ("/plan-dialog/add-edit-done-remove", set_up, test_plan, tear_down);
  ui_test_add ("/plan-dialog/editor-link", set_up, test_editor_link, tear_down);
  ui_test_add ("/plan-dialog/client-hours", set_up, test_client_hours, tear_down);
  return g_test_run ();
}
