/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-keyboard-focus"

#include "config.h"

#include <string.h>

#include "keyboard-test-util.h"

#include "ethos-overview-page.h"

/* Where the focus goes, by keyboard alone (real key presses, through XTest): Ctrl+1…4 put it on
 * the page's first useful control; Tab goes through each page in a sensible order and never gets
 * stuck; Down goes from a search into its results; Done keeps it on a reminder's row. */

/* Ctrl+1…4 put the focus on the page's first useful control, with its ring shown (not on the
 * view switcher's tab); back on the Diary, the focus is where it was in the form, with the text
 * as it was: not all selected, for the next key to replace. */
static void
test_page_focus (void)
{
  GtkWidget *focus, *reminders, *overview;
  GtkWidget *title;
  int start, end;

  x_focus (GTK_WINDOW (window));
  press ("<Control>2");
  assert_focus_in (GTK_WINDOW (window), by_id (GTK_WIDGET (ethos_window_get_codes_page (window)),
                                               GTK_TYPE_SEARCH_ENTRY, "search_entry"));
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (window)));

  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
  press ("<Control>3");
  assert_focus_in (GTK_WINDOW (window), by_id (GTK_WIDGET (ethos_window_get_diary_page (window)),
                                               GTK_TYPE_LIST_VIEW, "entry_view"));
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (window)));

  press ("<Control>4");
  reminders = GTK_WIDGET (ethos_window_get_reminders_page (window));
  ui_await (focus_in (GTK_WINDOW (window), reminders));
  focus = focus_of (GTK_WINDOW (window));
  g_assert_true (GTK_IS_LIST_BOX_ROW (focus));
  /* A reminder's row: it has the reminder's Done. */
  g_assert_nonnull (ui_find_widget (focus, GTK_TYPE_BUTTON, button_labelled, "_Done"));

  press ("<Control>1");
  overview = ui_find_widget (GTK_WIDGET (window), ETHOS_TYPE_OVERVIEW_PAGE, NULL, NULL);
  ui_await (focus_in (GTK_WINDOW (window), overview));
  g_assert_true (GTK_IS_LIST_BOX_ROW (focus_of (GTK_WINDOW (window))));

  /* A title typed, then away and back: the cursor where it was, nothing selected. */
  press ("<Control><Shift>n");
  title = row (GTK_WIDGET (window), "Title");
  assert_focus_in (GTK_WINDOW (window), title);
  type ("ethic");
  press ("<Control>1");
  press ("<Control>3");
  assert_focus_in (GTK_WINDOW (window), title);
  focus = focus_of (GTK_WINDOW (window));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (focus), &start, &end));
  type ("s");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "ethics");
}

/* Tab order: search first, then the list, then what is open. */
static void
test_tab_codes (void)
{
  EthosCodesPage *codes = ethos_window_get_codes_page (window);
  g_autoptr (GPtrArray) forward = NULL;
  g_autoptr (GPtrArray) backward = NULL;
  guint list, contents, bookmark, note;

  x_focus (GTK_WINDOW (window));
  press ("<Control>2");
  g_assert_true (ethos_codes_page_open_clause (codes, "cosrt", "26"));
  ui_await (clause_open (codes, "26"));
  ui_wait_idle ();
  press ("<Control>f");
  /* Ctrl+F puts the focus in the search: where Tab starts from. */
  assert_focus_in (GTK_WINDOW (window),
                   by_id (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, "search_entry"));
  forward = tab_cycle ("Tab", 80);
  list = landed_at (forward, by_id (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "codes_list"), "the codes");
  contents = landed_at (forward, by_id (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, "clause_view"),
                        "the code's contents");
  bookmark = landed_at (forward, by_id (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, "bookmark_button"),
                        "the bookmark button");
  note = landed_at (forward, by_id (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW, "note_view"), "the note");
  g_assert_cmpuint (list, <, contents);
  g_assert_cmpuint (contents, <, bookmark);
  g_assert_cmpuint (bookmark, <, note);

  /* Shift+Tab goes back the same way round. */
  backward = tab_cycle ("<Shift>Tab", 80);
  note = landed_at (backward, by_id (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW, "note_view"), "the note");
  bookmark = landed_at (backward, by_id (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON,
                                         "bookmark_button"),
                        "the bookmark button");
  contents = landed_at (backward, by_id (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, "clause_view"),
                        "the code's contents");
  list = landed_at (backward, by_id (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "codes_list"),
                    "the codes");
  g_assert_cmpuint (note, <, bookmark);
  g_assert_cmpuint (bookmark, <, contents);
  g_assert_cmpuint (contents, <, list);
}

/* Down from the search goes into the results, not thirty presses of Tab away (issue 22); with
 * nothing typed, into the code's contents. */
static void
test_down_into_results (void)
{
  GtkWidget *entry, *results;
  EthosDiaryPage *diary;

  x_focus (GTK_WINDOW (window));
  press ("<Control>2");
  press ("<Control>f");
  entry = by_id (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, "search_entry");
  assert_focus_in (GTK_WINDOW (window), entry);
  press ("Down");
  assert_focus_in (GTK_WINDOW (window), by_id (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, "clause_view"));
  press ("<Control>f");
  type ("indemnity");
  ui_await_label (GTK_WIDGET (window), "Atrium Code of Practice 9.5");
  press ("Down");
  assert_focus_in (GTK_WINDOW (window), by_id (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, "hit_view"));
  /* And Enter there opens the result with the focus. */
  press ("Return");
  ui_await (ethos_clause_reader_get_clause (ethos_codes_page_get_reader (
              ethos_window_get_codes_page (window))) != NULL);

  /* The Diary's search alike: Down to the diary, and to the results once there are some. */
  press ("<Control>3");
  diary = ethos_window_get_diary_page (window);
  press ("<Control>f");
  assert_focus_in (GTK_WINDOW (window),
                   by_id (GTK_WIDGET (diary), GTK_TYPE_SEARCH_ENTRY, "search_entry"));
  press ("Down");
  assert_focus_in (GTK_WINDOW (window), by_id (GTK_WIDGET (diary), GTK_TYPE_LIST_VIEW, "entry_view"));
  press ("<Control>f");
  type ("ethics");
  ui_await ((results = ui_find_widget (GTK_WIDGET (diary), GTK_TYPE_LIST_VIEW, has_id,
                                       (gpointer) "results_view")) != NULL
            && gtk_widget_get_first_child (results) != NULL);
  press ("Down");
  assert_focus_in (GTK_WINDOW (window), results);
  press ("Return");
  ui_await (ethos_entry_editor_get_entry (ethos_diary_page_get_editor (diary)) != NULL);
  g_assert_nonnull (strstr (ethos_entry_get_label (ethos_entry_editor_get_entry (
                              ethos_diary_page_get_editor (diary))), "thics"));
}

static void
test_tab_diary (void)
{
  EthosDiaryPage *diary = ethos_window_get_diary_page (window);
  g_autoptr (GPtrArray) visited = NULL;
  guint kind, period, list, date, notes, delete;

  x_focus (GTK_WINDOW (window));
  press ("<Control>3");
  g_assert_true (ethos_diary_page_open_position (diary, 0));
  ui_await (ethos_entry_editor_get_entry (ethos_diary_page_get_editor (diary)) != NULL);
  ui_wait_idle ();
  press ("<Control>f");
  assert_focus_in (GTK_WINDOW (window),
                   by_id (GTK_WIDGET (diary), GTK_TYPE_SEARCH_ENTRY, "search_entry"));
  visited = tab_cycle ("Tab", 120);
  kind = landed_at (visited, by_id (GTK_WIDGET (diary), GTK_TYPE_DROP_DOWN, "kind_filter"), "the kind filter");
  period = landed_at (visited, by_id (GTK_WIDGET (diary), GTK_TYPE_DROP_DOWN, "period_filter"),
                      "the period filter");
  list = landed_at (visited, by_id (GTK_WIDGET (diary), GTK_TYPE_LIST_VIEW, "entry_view"), "the entries");
  date = landed_at (visited, row (GTK_WIDGET (diary), "Date"), "the date");
  notes = landed_at (visited, ui_find_widget (GTK_WIDGET (diary), GTK_TYPE_TEXT_VIEW, NULL, NULL),
                     "the first note");
  delete = landed_at (visited, ui_find_widget (GTK_WIDGET (diary), GTK_TYPE_BUTTON, button_labelled,
                                               "_Delete Entry"),
                      "Delete Entry");
  g_assert_cmpuint (kind, <, period);
  g_assert_cmpuint (period, <, list);
  g_assert_cmpuint (list, <, date);
  g_assert_cmpuint (date, <, notes);
  g_assert_cmpuint (notes, <, delete);
}

static void
test_tab_reminders (void)
{
  g_autoptr (GPtrArray) visited = NULL;
  GtkWidget *event;
  GtkWidget *done;

  x_focus (GTK_WINDOW (window));
  press ("<Control>4");
  event = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, button_labelled, "Record an _Event…");
  done = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, button_labelled, "_Done");
  g_assert_nonnull (event);
  g_assert_nonnull (done);
  gtk_widget_grab_focus (event);
  visited = tab_cycle ("Tab", 120);
  /* Each reminder's Done and Snooze are reachable. */
  landed_at (visited, done, "a reminder's Done");
  landed_at (visited, ui_find_widget (gtk_widget_get_ancestor (done, ADW_TYPE_ACTION_ROW),
                                      GTK_TYPE_MENU_BUTTON, NULL, NULL),
             "a reminder's Snooze");
}

/* Done from the keyboard: the focus stays on a reminder's row, with its ring (issue 22: it fell
 * on "Record an Event…", with none). */
static void
test_done_keeps_focus (void)
{
  GtkWidget *reminders = GTK_WIDGET (ethos_window_get_reminders_page (window));
  GtkWidget *row, *done, *focus;

  x_focus (GTK_WINDOW (window));
  press ("<Control>4");
  ui_await (focus_in (GTK_WINDOW (window), reminders));
  row = focus_of (GTK_WINDOW (window));
  g_assert_true (GTK_IS_LIST_BOX_ROW (row));
  done = ui_find_widget (row, GTK_TYPE_BUTTON, button_labelled, "_Done");
  g_assert_nonnull (done);
  /* Its snooze comes first, then its Done. */
  for (guint i = 0; i < 3 && !focus_in (GTK_WINDOW (window), done); i++)
    press ("Tab");
  assert_focus_in (GTK_WINDOW (window), done);
  press ("space");
  ui_await (!focus_in (GTK_WINDOW (window), done));
  ui_wait_idle ();
  focus = focus_of (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  if (!GTK_IS_LIST_BOX_ROW (focus) || !gtk_widget_is_ancestor (focus, reminders))
    {
      g_autofree char *where = ui_describe_widget (focus);

      g_error ("after Done, the focus should be on a reminder's row, but is on %s", where);
    }
  g_assert_true (gtk_widget_is_drawable (focus));
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (window)));
  g_assert_null (ui_find_widget (focus, GTK_TYPE_BUTTON, button_labelled, "Record an _Event…"));
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = keyboard_test_init (&argc, &argv, "ethos-ui-keyboard-focus-XXXXXX");
  int status;

  ui_test_add ("/keyboard/page-focus", keyboard_set_up, test_page_focus, keyboard_tear_down);
  ui_test_add ("/keyboard/tab-codes", keyboard_set_up, test_tab_codes, keyboard_tear_down);
  ui_test_add ("/keyboard/down-into-results", keyboard_set_up, test_down_into_results, keyboard_tear_down);
  ui_test_add ("/keyboard/tab-diary", keyboard_set_up, test_tab_diary, keyboard_tear_down);
  ui_test_add ("/keyboard/tab-reminders", keyboard_set_up, test_tab_reminders, keyboard_tear_down);
  ui_test_add ("/keyboard/done-keeps-focus", keyboard_set_up, test_done_keeps_focus, keyboard_tear_down);
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
