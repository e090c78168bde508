/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-diary-goto"

#include "config.h"

#include "diary-test-util.h"
#include "ui-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-entry-store.h"
#include "ethos-window.h"

/* Going about a long Diary: Go to Date (Ctrl+G) takes the list back years in one step, to the
 * newest entry on the day or before it, with the month of the rows at the top kept in view; Page
 * Down and Page Up move a screenful. Rendered at 1100 and 360 px, in light and dark style. */

static EthosStore *store;
static EthosWindow *window;

static GtkWidget *
child (const char *id)
{
  return diary_page_child (window, id);
}

static GtkAdjustment *
list_adjustment (void)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (child ("entry_view")));
}

static gboolean
button_labelled (GtkWidget *widget, gpointer label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* Whether @widget's own class binds @keyval (no modifier); if so, runs it, as a key press does. */
static gboolean
run_binding (GtkWidget *widget, guint keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      for (guint j = 0; GTK_IS_SHORTCUT_CONTROLLER (controller)
                        && j < g_list_model_get_n_items (G_LIST_MODEL (controller));
           j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

/* @keyval pressed with the focus where it is: the binding of the focus or the nearest widget
 * around it that has one runs, as the key's event would bubble up to it. */
static void
press_key (guint keyval)
{
  GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (window));

  while (widget != NULL && !run_binding (widget, keyval))
    widget = gtk_widget_get_parent (widget);
  if (widget == NULL)
    g_error ("nothing around the focus binds %s", gdk_keyval_name (keyval));
  ui_drain ();
}

/* The place in the diary (newest first) of the row with the focus, or -1. */
static int
focused_place (void)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  g_autoptr (GPtrArray) oldest_first = ethos_store_list_entries (store, -1, NULL, NULL, FALSE,
                                                                 NULL);
  g_autoptr (GArray) rows = diary_rows_shown (window);

  for (guint i = 0; i < rows->len; i++)
    {
      DiaryRow row = g_array_index (rows, DiaryRow, i);

      if (focus == NULL || (focus != row.item && !gtk_widget_is_ancestor (focus, row.item)))
        continue;
      for (guint j = 0; j < oldest_first->len; j++)
        if (((EthosEntry *) g_ptr_array_index (oldest_first, j))->id == row.entry->id)
          return (int) (oldest_first->len - 1 - j);
    }
  return -1;
}

static double
scrolled_by (void)
{
  return gtk_adjustment_get_value (list_adjustment ());
}

/* Page Down and Page Up move the focus a screenful down the list and back, and the list
 * scrolls with it. */
static void
test_page_keys (void)
{
  g_autoptr (GArray) rows = NULL;
  int screenful;

  ui_await (diary_n_rows_shown (window) > 5);
  ui_wait_idle ();
  rows = diary_rows_shown (window);
  gtk_widget_grab_focus (g_array_index (rows, DiaryRow, 0).item);
  ui_await (focused_place () == 0);
  /* What a screen holds, whole rows only. */
  g_assert_cmpint (gtk_widget_get_height (g_array_index (rows, DiaryRow, 1).item), >, 0);
  screenful = gtk_widget_get_height (child ("entry_view"))
              / gtk_widget_get_height (g_array_index (rows, DiaryRow, 1).item);

  /* The first to the last row on screen, the next a screenful further, scrolling. */
  press_key (GDK_KEY_Page_Down);
  ui_await (focused_place () >= screenful / 2);
  ui_wait_idle ();
  g_assert_cmpint (focused_place (), <=, screenful + 1);
  press_key (GDK_KEY_Page_Down);
  ui_await (focused_place () >= screenful);
  ui_await (scrolled_by () > gtk_widget_get_height (child ("entry_view")) / 2.0);

  press_key (GDK_KEY_Page_Up);
  press_key (GDK_KEY_Page_Up);
  ui_await (focused_place () == 0);
  g_assert_cmpint (diary_selected_id (window), ==, 0);
}

/* The newest entry of a long diary on @date or before it, read from the store. */
static EthosEntry *
newest_on_or_before (const char *date)
{
  g_autoptr (GPtrArray) oldest_first = ethos_store_list_entries (store, -1, NULL, NULL, FALSE,
                                                                 NULL);
  EthosEntry *found = NULL;

  for (guint i = 0; i < oldest_first->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (oldest_first, i);

      if (strcmp (entry->date, date) <= 0)
        found = entry;
    }
  if (found == NULL)
    found = g_ptr_array_index (oldest_first, 0);
  return g_object_ref (found);
}

static gboolean
row_focused (gint64 id)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  DiaryRow row;

  return diary_find_row (window, id, &row) && focus != NULL
         && (focus == row.item || gtk_widget_is_ancestor (focus, row.item));
}

/* Types @text into Go to Date (Ctrl+G) and presses Go. */
static void
go_to_date (const char *text)
{
  GtkWidget *button = child ("go_to_date_button");
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-to-date", NULL);
  ui_await_mapped (popover);
  ui_await_focus_in (child ("go_to_date_row"));
  gtk_editable_set_text (GTK_EDITABLE (child ("go_to_date_row")), text);
  g_signal_emit_by_name (ui_find_widget (popover, GTK_TYPE_BUTTON, button_labelled,
                                         (gpointer) "_Go"),
                         "clicked");
}

/* The sticky month over the list's top says the month of @entry. */
static gboolean
sticky_says (EthosEntry *entry)
{
  GtkWidget *sticky = child ("sticky_month");
  g_autofree char *month = ethos_date_format_iso (entry->date, ETHOS_DATE_MONTH);

  return gtk_widget_get_mapped (sticky)
         && g_strcmp0 (gtk_label_get_label (GTK_LABEL (sticky)), month) == 0;
}

/* Go to Date in 1,500 entries over forty years: the list scrolls to the newest entry on the day
 * or before it, which has the focus, and the month over the list's top is its month. */
static void
test_go_to_date (void)
{
  g_autoptr (EthosEntry) target = newest_on_or_before ("1999-12-31");
  g_autoptr (EthosEntry) oldest = newest_on_or_before ("1900-01-01");
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (
    GTK_MENU_BUTTON (child ("go_to_date_button"))));

  g_assert_false (gtk_widget_get_mapped (child ("sticky_month")));
  go_to_date ("31/12/1999");
  ui_await (!gtk_widget_get_mapped (popover));
  ui_await (row_focused (target->id));
  ui_await (sticky_says (target));
  g_assert_cmpint (diary_selected_id (window), ==, 0);

  /* Enter opens it, and it is marked. */
  press_key (GDK_KEY_Return);
  ui_await (diary_open_id (window) == target->id);
  ui_await (diary_selected_id (window) == target->id);

  /* Before the diary began: its first entry. */
  go_to_date ("1 January 1950");
  ui_await (row_focused (oldest->id));

  /* A day that is not one is said in the popover, which stays. */
  go_to_date ("31/02/2001");
  g_assert_nonnull (ui_await_label (popover, "not a date"));
  g_assert_true (gtk_widget_get_mapped (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));

  /* From a search, or a period without the day: the diary, any time, at the day. */
  ui_search (child ("search_entry"), "supervisor");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child ("period_filter")), 2);
  g_clear_object (&target);
  target = newest_on_or_before ("2010-06-30");
  go_to_date ("30 June 2010");
  ui_await (row_focused (target->id));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child ("search_entry"))), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (child ("period_filter"))), ==,
                    0);
  ui_await (sticky_says (target));
}

/* The list, scrolled back years, at full width and at 360 px, light and dark. */
static void
test_screenshots (void)
{
  g_autoptr (EthosEntry) target = newest_on_or_before ("2019-03-31");
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_assert_true (ethos_diary_page_open_position (ethos_window_get_diary_page (window), 2));
  ui_await (diary_open_id (window) != 0);
  go_to_date ("31 March 2019");
  ui_await (row_focused (target->id));
  ui_await (sticky_says (target));
  ui_render_png (GTK_WIDGET (window), "diary-list-wide.png");
  /* Part way through a row: the month over the top covers what scrolls under it. */
  {
    GtkAdjustment *adjustment = list_adjustment ();

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 60);
    ui_wait_idle ();
    ui_render_png (GTK_WIDGET (window), "diary-list-scrolling.png");
  }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_render_png (GTK_WIDGET (window), "diary-list-wide-dark.png");
  ui_resize (GTK_WINDOW (window), 360, 720);
  /* Go to Date shows the list in place of the open entry. */
  go_to_date ("31 March 2019");
  ui_await (row_focused (target->id));
  ui_await (sticky_says (target));
  ui_render_png (GTK_WIDGET (window), "diary-list-narrow-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  ui_render_png (GTK_WIDGET (window), "diary-list-narrow.png");
}

/* A window on the Diary of 1,500 entries made up over forty years. */
static void
set_up (void)
{
  store = diary_open_case (1500, &window);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-diary-goto-XXXXXX");

  ui_test_add ("/diary-goto/go-to-date", set_up, test_go_to_date, tear_down);
  ui_test_add ("/diary-goto/page-keys", set_up, test_page_keys, tear_down);
  ui_test_add ("/diary-goto/screenshots", set_up, test_screenshots, tear_down);
  return g_test_run ();
}
