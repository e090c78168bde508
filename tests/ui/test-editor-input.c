/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-editor-input"

#include "config.h"

#include <adwaita.h>

#include "ethos-date-row.h"
#include "ethos-entry-store.h"
#include "ethos-window.h"
#include "diary-test-util.h"
#include "prefs-test-util.h"
#include "ui-test-util.h"

/* The diary's editor takes dates and lengths of time as people write them: "1:30" in Hours is
 * ninety minutes, "12/03/2026" the twelfth of March, a day picked from the calendar is the
 * entry's date. What cannot be read ("31/02/2026", "25:00", "-1h") is named in the status and
 * marked on its row, and what was typed stays as typed. Rendered with an error at 1100 and
 * 360 px, light and dark. */

static EthosStore *store;
static EthosWindow *window;

static AdwEntryRow *
row (const char *title)
{
  GtkWidget *found = ui_await_widget (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, prefs_row_titled,
                                      (gpointer) title, title);

  return ADW_ENTRY_ROW (found);
}

static void
type_into (const char *title, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row (title)), text);
}

static gboolean
marked (const char *title)
{
  return gtk_widget_has_css_class (GTK_WIDGET (row (title)), "error");
}

/* Whether the diary's one entry is saved with @minutes and (unless NULL) on @date. */
static gboolean
saved_as (int minutes, const char *date)
{
  g_autoptr (GPtrArray) all = ethos_store_list_entries (store, -1, NULL, NULL, FALSE, NULL);
  EthosEntry *entry;

  if (all == NULL || all->len != 1)
    return FALSE;
  entry = g_ptr_array_index (all, 0);
  return entry->minutes == minutes && (date == NULL || g_str_equal (entry->date, date));
}

static void
new_entry (EthosEntryKind kind)
{
  gtk_widget_activate_action (GTK_WIDGET (window), kind == ETHOS_ENTRY_CPD ? "win.new-cpd"
                                                                            : "win.new-supervision",
                              NULL);
  ui_await (diary_editing_new (window, kind));
}

/* "1:30" in Hours is kept as ninety minutes, and stays "1:30" on screen after the save. */
static void
test_hours_as_written (void)
{
  new_entry (ETHOS_ENTRY_CPD);
  type_into ("Title", "Working with shame");
  type_into ("Date", "12/03/2026");
  type_into ("Hours", "1:30");
  ui_await (saved_as (90, "2026-03-12"));
  ui_wait_idle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row ("Hours"))), ==, "1:30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row ("Date"))), ==, "12/03/2026");
  g_assert_false (marked ("Hours"));
}

/* Each form of a length of time the issue lists is ninety minutes in Minutes. */
static void
test_minutes_as_written (void)
{
  const char *forms[] = { "1h30", "1h 30m", "90m", "90 min", "1.5h", "1.5 hours", "1:30", "90" };

  new_entry (ETHOS_ENTRY_SUPERVISION);
  type_into ("Date", "12 March 2026");
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      /* Something else first, so that each form is seen to be saved. */
      type_into ("Minutes", "45");
      ui_await (saved_as (45, "2026-03-12"));
      type_into ("Minutes", forms[i]);
      ui_await (saved_as (90, "2026-03-12"));
    }
}

/* A date that is not in the calendar: named in the status, marked on its row, kept as typed,
 * and the last good version stays saved. Mended, the mark goes. */
static void
test_impossible_date_is_named (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  new_entry (ETHOS_ENTRY_SUPERVISION);
  type_into ("Date", "2026-02-10");
  type_into ("Supervisor", "Dr Ann Example");
  ui_await (saved_as (60, "2026-02-10"));

  type_into ("Date", "31/02/2026");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window),
                                    "Date: “31/02/2026” is not a date in the calendar"));
  g_assert_true (marked ("Date"));
  g_assert_false (marked ("Minutes"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row ("Date"))), ==, "31/02/2026");
  g_assert_true (saved_as (60, "2026-02-10"));

  ui_render_png (GTK_WIDGET (window), "editor-error.png");
  ui_resize (GTK_WINDOW (window), 360, 720);
  ui_render_png (GTK_WIDGET (window), "editor-error-narrow.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_render_png (GTK_WIDGET (window), "editor-error-narrow-dark.png");
  ui_resize (GTK_WINDOW (window), 1100, 720);
  ui_render_png (GTK_WIDGET (window), "editor-error-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  type_into ("Date", "28.2.26");
  ui_await (saved_as (60, "2026-02-28"));
  g_assert_false (marked ("Date"));
}

/* Lengths of time that cannot be taken, each named by its field and marked on it. */
static void
test_impossible_durations_are_named (void)
{
  const struct
  {
    const char *field;
    const char *typed;
    const char *said;
  } cases[] = {
    { "Minutes", "25:00", "Minutes: “25:00” is longer than 24 hours, the most it can be here" },
    { "Minutes", "-1h", "Minutes: “-1h” is less than no time" },
    { "Minutes", "1:75", "Minutes: “1:75” is not a length of time" },
    { "Minutes", "0", "Minutes: “0” is no time at all" },
  };
  new_entry (ETHOS_ENTRY_SUPERVISION);
  type_into ("Date", "2026-02-10");
  ui_await (saved_as (60, "2026-02-10"));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      type_into (cases[i].field, cases[i].typed);
      g_assert_nonnull (ui_await_label (GTK_WIDGET (window), cases[i].said));
      g_assert_true (marked (cases[i].field));
      g_assert_false (marked ("Date"));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (cases[i].field))), ==,
                       cases[i].typed);
    }
  g_assert_true (saved_as (60, "2026-02-10"));

  /* A group with no size given: the row is named and marked, not quoted back as “”. */
  type_into ("Minutes", "90");
  ui_await (saved_as (90, "2026-02-10"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_await_widget (GTK_WIDGET (window), ADW_TYPE_COMBO_ROW,
                                                              prefs_row_titled, (gpointer) "Format",
                                                              "Format")),
                              ETHOS_SUPERVISION_FORMAT_GROUP);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window),
                                    "Supervisees in the Group, You Included: give a whole number "
                                    "from 2 to 100"));
  g_assert_true (marked ("Supervisees in the Group, You Included"));
}

/* The calendar opens on the row's day, and a day picked there becomes the entry's date. */
static void
test_date_picker (void)
{
  g_autoptr (GDateTime) shown = NULL;
  g_autoptr (GDateTime) picked = g_date_time_new_local (2026, 3, 20, 12, 0, 0);
  GtkWidget *button;
  GtkCalendar *calendar;

  new_entry (ETHOS_ENTRY_SUPERVISION);
  type_into ("Date", "12 Mar 2026");
  ui_await (saved_as (60, "2026-03-12"));

  button = ui_find_widget (GTK_WIDGET (row ("Date")), GTK_TYPE_MENU_BUTTON, NULL, NULL);
  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  calendar = GTK_CALENDAR (ethos_date_row_get_calendar (ETHOS_DATE_ROW (row ("Date"))));
  ui_await_mapped (GTK_WIDGET (calendar));
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 12);
  ui_render_png (GTK_WIDGET (window), "editor-date-picker.png");
  ui_render_png (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))),
                 "editor-date-picker-calendar.png");

  gtk_calendar_select_day (calendar, picked);
  ui_await (!gtk_widget_get_mapped (GTK_WIDGET (calendar)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row ("Date"))), ==, "2026-03-20");
  ui_await (saved_as (60, "2026-03-20"));
}

static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
  window = diary_open_window (store);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-input-XXXXXX");

  ui_test_add ("/editor-input/hours-as-written", set_up, test_hours_as_written, tear_down);
  ui_test_add ("/editor-input/minutes-as-written", set_up, test_minutes_as_written, tear_down);
  ui_test_add ("/editor-input/impossible-date-is-named", set_up, test_impossible_date_is_named,
               tear_down);
  ui_test_add ("/editor-input/impossible-durations-are-named", set_up,
               test_impossible_durations_are_named, tear_down);
  ui_test_add ("/editor-input/date-picker", set_up, test_date_picker, tear_down);
  return g_test_run ();
}
