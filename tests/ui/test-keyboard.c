/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-keyboard"

#include "config.h"

#include "ethos-date.h"
#include "ui-test-util.h"
#include <X11/XKBlib.h>
#include <X11/extensions/XTest.h>
#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <string.h>

#include "ethos-application.h"
#include "ethos-demo.h"
#include "ethos-event-dialog.h"
#include "ethos-note-store.h"
#include "ethos-overview-page.h"
#include "ethos-preferences-window.h"
#include "ethos-reminder-dialog.h"
#include "ethos-reminder-store.h"
#include "ethos-standard-dialog.h"
#include "ethos-store.h"
#include "ethos-window.h"

/* Ethos by keyboard alone, with real key presses (the X server's XTest extension) into the
 * window: the page shortcuts work; Tab goes through each page in a sensible order and never
 * gets stuck; Escape closes each dialog and Enter in a field does what the dialog is for.
 * (test-shortcuts-window checks that the shortcuts window lists them all.) */

static EthosApplication *application;
static EthosStore *store;
static EthosWindow *window;
static Display *xdisplay;

/* Keys ----------------------------------------------------------------------------------------- */

/* The X server's focus on @target, as a window manager gives it to a window that opens. */
static void
x_focus (GtkWindow *target)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (target));

  g_assert_nonnull (surface);
  XRaiseWindow (xdisplay, gdk_x11_surface_get_xid (surface));
  XSetInputFocus (xdisplay, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
  XFlush (xdisplay);
  ui_await (gtk_window_is_active (target));
}

static void
x_key (KeySym keysym, gboolean down)
{
  KeyCode code = XKeysymToKeycode (xdisplay, keysym);

  g_assert_cmpuint (code, !=, 0);
  XTestFakeKeyEvent (xdisplay, code, down, CurrentTime);
}

/* Presses @accelerator ("<Control>f", "Tab", "<Shift>Tab") as a person would, and returns once
 * the window has handled it: the X server has sent the key's events by the time it answers a
 * round trip (XSync), and the main loop then runs what they set going (ui_drain). */
static void
press (const char *accelerator)
{
  guint keyval = 0;
  GdkModifierType mods = 0;
  KeyCode code;

  g_assert_true (gtk_accelerator_parse (accelerator, &keyval, &mods));
  code = XKeysymToKeycode (xdisplay, keyval);
  g_assert_cmpuint (code, !=, 0);
  /* "question" is a shifted key. */
  if (XkbKeycodeToKeysym (xdisplay, code, 0, 0) != keyval
      && XkbKeycodeToKeysym (xdisplay, code, 0, 1) == keyval)
    mods |= GDK_SHIFT_MASK;
  if (mods & GDK_CONTROL_MASK)
    x_key (XK_Control_L, TRUE);
  if (mods & GDK_SHIFT_MASK)
    x_key (XK_Shift_L, TRUE);
  if (mods & GDK_ALT_MASK)
    x_key (XK_Alt_L, TRUE);
  x_key (keyval, TRUE);
  x_key (keyval, FALSE);
  if (mods & GDK_ALT_MASK)
    x_key (XK_Alt_L, FALSE);
  if (mods & GDK_SHIFT_MASK)
    x_key (XK_Shift_L, FALSE);
  if (mods & GDK_CONTROL_MASK)
    x_key (XK_Control_L, FALSE);
  XSync (xdisplay, False);
  ui_drain ();
}

static void
type (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      char key[2] = { *p, '\0' };

      press (*p == '-' ? "minus" : key);
    }
}

/* Focus ---------------------------------------------------------------------------------------- */

static GtkWidget *
focus_of (GtkWindow *in)
{
  return gtk_root_get_focus (GTK_ROOT (in));
}

/* Whether the focus is on @widget or inside it (an entry's text). */
static gboolean
focus_in (GtkWindow *in, GtkWidget *widget)
{
  GtkWidget *focus = focus_of (in);

  return widget != NULL && focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Fails, saying where the focus is, unless it is on or inside @widget. */
static void
assert_focus_in (GtkWindow *in, GtkWidget *widget)
{
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;

  if (focus_in (in, widget))
    return;
  expected = ui_describe_widget (widget);
  actual = focus_of (in) != NULL ? ui_describe_widget (focus_of (in)) : g_strdup ("nothing");
  g_error ("the focus should be in %s\nbut is on %s", expected, actual);
}

static gboolean
has_id (GtkWidget *widget, gpointer id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

static GtkWidget *
by_id (GtkWidget *root, GType type, const char *id)
{
  GtkWidget *found = ui_find_widget (root, type, has_id, (gpointer) id);

  if (found == NULL)
    g_error ("no %s #%s on screen", g_type_name (type), id);
  return found;
}

static gboolean
row_titled (GtkWidget *widget, gpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
row (GtkWidget *root, const char *title)
{
  GtkWidget *found = ui_find_widget (root, ADW_TYPE_PREFERENCES_ROW, row_titled, (gpointer) title);

  if (found == NULL)
    g_error ("no row “%s” on screen", title);
  return found;
}

static gboolean
button_labelled (GtkWidget *widget, gpointer label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* Presses Tab until the focus comes back to where it started (at most @limit times), and
 * returns the widgets it landed on, in order. Fails if it never comes back: a trap. */
static GPtrArray *
tab_cycle (const char *key, guint limit)
{
  GPtrArray *visited = g_ptr_array_new ();
  GtkWidget *start;

  /* What is on screen laid out (a list's rows are made then), for Tab to go through. */
  ui_wait_idle ();
  start = focus_of (GTK_WINDOW (window));

  g_assert_nonnull (start);
  for (guint i = 0; i < limit; i++)
    {
      GtkWidget *focus;

      press (key);
      focus = focus_of (GTK_WINDOW (window));
      g_assert_nonnull (focus);
      if (focus == start)
        return visited;
      g_ptr_array_add (visited, focus);
    }
  for (guint i = 0; i < visited->len; i++)
    {
      g_autofree char *where = ui_describe_widget (g_ptr_array_index (visited, i));

      g_test_message ("  %s", where);
    }
  g_error ("%s did not come back to where it started in %u presses", key, limit);
}

/* Where in @visited the focus first landed on or inside @widget; fails when it never did. */
static guint
landed_at (GPtrArray *visited, GtkWidget *widget, const char *what)
{
  for (guint i = 0; i < visited->len; i++)
    {
      GtkWidget *focus = g_ptr_array_index (visited, i);

      if (focus == widget || gtk_widget_is_ancestor (focus, widget))
        return i;
    }
  for (guint i = 0; i < visited->len; i++)
    {
      g_autofree char *where = ui_describe_widget (g_ptr_array_index (visited, i));

      g_test_message ("  %s", where);
    }
  g_error ("Tab never reaches %s", what);
}

static void
await_closed (GType type)
{
  ui_await_no_toplevel (type);
  x_focus (GTK_WINDOW (window));
}

static gboolean
clause_open (EthosCodesPage *codes, const char *ref)
{
  EthosClause *clause = ethos_clause_reader_get_clause (ethos_codes_page_get_reader (codes));

  return clause != NULL && g_strcmp0 (clause->ref, ref) == 0;
}

static const char *
page (void)
{
  AdwViewStack *stack = ADW_VIEW_STACK (ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK,
                                                        NULL, NULL));

  return adw_view_stack_get_visible_child_name (stack);
}

/* The pages ------------------------------------------------------------------------------------ */

static void
test_page_shortcuts (void)
{
  EthosDiaryPage *diary = ethos_window_get_diary_page (window);
  EthosCodesPage *codes = ethos_window_get_codes_page (window);
  EthosEntryEditor *editor = ethos_diary_page_get_editor (diary);
  GtkWidget *menu;

  x_focus (GTK_WINDOW (window));
  press ("<Control>2");
  g_assert_cmpstr (page (), ==, "codes");
  press ("<Control>3");
  g_assert_cmpstr (page (), ==, "diary");
  press ("<Control>4");
  g_assert_cmpstr (page (), ==, "reminders");
  press ("<Control>1");
  g_assert_cmpstr (page (), ==, "overview");

  /* Ctrl+F searches the codes from anywhere but the Diary; typing goes in; Escape clears. */
  press ("<Control>f");
  g_assert_cmpstr (page (), ==, "codes");
  assert_focus_in (GTK_WINDOW (window), by_id (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY,
                                                       "search_entry"));
  type ("dbs");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (focus_of (GTK_WINDOW (window)))), ==, "dbs");
  press ("Escape");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (focus_of (GTK_WINDOW (window)))), ==, "");

  /* A clause by keyboard: bookmarked with Ctrl+D, the next one with Alt+Down. */
  g_assert_true (ethos_codes_page_open_clause (codes, "ipt-uk", "1"));
  ui_await (clause_open (codes, "1"));
  g_assert_false (ethos_store_is_bookmarked (store, "ipt-uk", "1"));
  press ("<Control>d");
  g_assert_true (ethos_store_is_bookmarked (store, "ipt-uk", "1"));
  press ("<Alt>Down");
  g_assert_cmpstr (ethos_clause_reader_get_clause (ethos_codes_page_get_reader (codes))->ref, !=, "1");

  /* Ctrl+N: a new session dated today, the typing in its minutes; Ctrl+Shift+N: a CPD
   * activity, the typing in its title. */
  press ("<Control>n");
  g_assert_cmpstr (page (), ==, "diary");
  g_assert_cmpint (ethos_entry_editor_get_entry (editor)->kind, ==, ETHOS_ENTRY_SUPERVISION);
  assert_focus_in (GTK_WINDOW (window), row (GTK_WIDGET (window), "Minutes"));
  press ("<Control><Shift>n");
  g_assert_cmpint (ethos_entry_editor_get_entry (editor)->kind, ==, ETHOS_ENTRY_CPD);
  assert_focus_in (GTK_WINDOW (window), row (GTK_WIDGET (window), "Title"));

  /* Ctrl+F on the Diary searches the diary. */
  press ("<Control>f");
  assert_focus_in (GTK_WINDOW (window), by_id (GTK_WIDGET (diary), GTK_TYPE_SEARCH_ENTRY,
                                                       "search_entry"));

  /* F10 opens the main menu; Escape closes it. */
  menu = by_id (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, "primary_menu_button");
  press ("F10");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu)))));
  press ("Escape");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu)))));
}

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

/* A reminder due in three days from the real today (the window knows no other), so that the
 * Overview lists one that needs attention whatever day the suite runs. */
static void
add_reminder_due_soon (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosReminder) reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_INSURANCE);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) due = g_date_time_add_days (now, 3);

  g_free (reminder->title);
  reminder->title = g_strdup ("Indemnity insurance renewal");
  reminder->due = ethos_date_time_to_iso (due);
  ethos_reminder_set_default_leads (reminder);
  g_assert_true (ethos_store_add_reminder (store, reminder, &error));
  g_assert_no_error (error);
}

/* A reminder in the Overview opens on Enter. */
static void
test_overview_enter (void)
{
  GtkWidget *list;
  GtkListBoxRow *first;

  x_focus (GTK_WINDOW (window));
  press ("<Control>1");
  list = by_id (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "attention_list");
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (first);
  g_assert_true (gtk_list_box_row_get_activatable (first));
  gtk_widget_grab_focus (GTK_WIDGET (first));
  press ("Return");
  ui_await (g_strcmp0 (page (), "reminders") == 0);
}

/* The dialogs ---------------------------------------------------------------------------------- */

static guint
n_reminders (void)
{
  g_autoptr (GPtrArray) all = ethos_store_list_reminders (store, TRUE, NULL);

  return all->len;
}

static void
test_dialogs (void)
{
  GtkWindow *dialog;
  guint before = n_reminders ();
  GtkShortcutsWindow *overlay;

  /* Ctrl+Alt+N: the kind first; Escape leaves without adding. */
  x_focus (GTK_WINDOW (window));
  press ("<Control><Alt>n");
  dialog = ui_await_toplevel (ETHOS_TYPE_REMINDER_DIALOG);
  x_focus (dialog);
  assert_focus_in (dialog, row (GTK_WIDGET (dialog), "Kind"));
  press ("Escape");
  await_closed (ETHOS_TYPE_REMINDER_DIALOG);
  g_assert_cmpuint (n_reminders (), ==, before);

  /* Tab to the due date, type it, Enter: saved. */
  press ("<Control><Alt>n");
  dialog = ui_await_toplevel (ETHOS_TYPE_REMINDER_DIALOG);
  x_focus (dialog);
  press ("Tab");
  assert_focus_in (dialog, row (GTK_WIDGET (dialog), "Title"));
  press ("Tab");
  assert_focus_in (dialog, row (GTK_WIDGET (dialog), "Due Date"));
  type ("2027-03-01");
  press ("Return");
  await_closed (ETHOS_TYPE_REMINDER_DIALOG);
  g_assert_cmpuint (n_reminders (), ==, before + 1);

  /* Recording an event: Escape leaves, Enter in the date records it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.record-event", NULL);
  dialog = ui_await_toplevel (ETHOS_TYPE_EVENT_DIALOG);
  x_focus (dialog);
  assert_focus_in (dialog, row (GTK_WIDGET (dialog), "What Happened"));
  press ("Escape");
  await_closed (ETHOS_TYPE_EVENT_DIALOG);
  before = n_reminders ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.record-event", NULL);
  dialog = ui_await_toplevel (ETHOS_TYPE_EVENT_DIALOG);
  x_focus (dialog);
  press ("Tab");
  assert_focus_in (dialog, row (GTK_WIDGET (dialog), "When"));
  press ("Return");
  await_closed (ETHOS_TYPE_EVENT_DIALOG);
  g_assert_cmpuint (n_reminders (), >, before);

  /* The standard reminders: the first date first; Escape leaves. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.standard-reminders", NULL);
  dialog = ui_await_toplevel (ETHOS_TYPE_STANDARD_DIALOG);
  x_focus (dialog);
  assert_focus_in (dialog, row (GTK_WIDGET (dialog),
                                        "Last DBS Certificate Issued"));
  press ("Escape");
  await_closed (ETHOS_TYPE_STANDARD_DIALOG);

  /* Preferences (Ctrl+,) and the shortcuts (Ctrl+?) close with Escape. */
  press ("<Control>comma");
  dialog = ui_await_toplevel (ETHOS_TYPE_PREFERENCES_WINDOW);
  x_focus (dialog);
  press ("Escape");
  await_closed (ETHOS_TYPE_PREFERENCES_WINDOW);

  /* The shortcuts window is made on the first Ctrl+?. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  press ("<Control>question");
  ui_await_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  x_focus (GTK_WINDOW (overlay));
  press ("Escape");
  ui_await (!gtk_widget_get_visible (GTK_WIDGET (overlay)));
}

/* A window of the program's application, on a demo diary of its own, for each test. */
static void
set_up (void)
{
  store = ui_open_store (NULL, 300, 11);
  add_reminder_due_soon ();
  window = ui_open_window (GTK_APPLICATION (application), store, 1100, 720);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = NULL;
  int event_base, error_base, major, minor;
  int status;

  config_parent = ui_test_init (&argc, &argv, "ethos-ui-keyboard-XXXXXX");
  xdisplay = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  g_assert_true (XTestQueryExtension (xdisplay, &event_base, &error_base, &major, &minor));
  application = ui_register_application ();

  ui_test_add ("/keyboard/page-shortcuts", set_up, test_page_shortcuts, tear_down);
  ui_test_add ("/keyboard/page-focus", set_up, test_page_focus, tear_down);
  ui_test_add ("/keyboard/tab-codes", set_up, test_tab_codes, tear_down);
  ui_test_add ("/keyboard/down-into-results", set_up, test_down_into_results, tear_down);
  ui_test_add ("/keyboard/tab-diary", set_up, test_tab_diary, tear_down);
  ui_test_add ("/keyboard/tab-reminders", set_up, test_tab_reminders, tear_down);
  ui_test_add ("/keyboard/done-keeps-focus", set_up, test_done_keeps_focus, tear_down);
  ui_test_add ("/keyboard/overview-enter", set_up, test_overview_enter, tear_down);
  ui_test_add ("/keyboard/dialogs", set_up, test_dialogs, tear_down);
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
