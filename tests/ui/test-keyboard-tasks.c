/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-keyboard-tasks"

#include "config.h"

#include "keyboard-test-util.h"

#include "ethos-event-dialog.h"
#include "ethos-note-store.h"
#include "ethos-preferences-window.h"
#include "ethos-reminder-dialog.h"
#include "ethos-reminder-store.h"
#include "ethos-standard-dialog.h"

/* Tasks done by keyboard alone (real key presses, through XTest): the page shortcuts work; a
 * reminder in the Overview opens on Enter; Escape closes each dialog and Enter in a field does
 * what the dialog is for. (test-shortcuts-window checks that the shortcuts window lists them
 * all; test-keyboard-focus, where the focus goes.) */

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

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = keyboard_test_init (&argc, &argv, "ethos-ui-keyboard-tasks-XXXXXX");
  int status;

  ui_test_add ("/keyboard/page-shortcuts", keyboard_set_up, test_page_shortcuts, keyboard_tear_down);
  ui_test_add ("/keyboard/overview-enter", keyboard_set_up, test_overview_enter, keyboard_tear_down);
  ui_test_add ("/keyboard/dialogs", keyboard_set_up, test_dialogs, keyboard_tear_down);
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
