/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reminders-page"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-event-dialog.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-dialog.h"
#include "ethos-reminder-store.h"
#include "ethos-window.h"

/* The Reminders page: reminders by status, Done moving a recurring one on, the add dialog
 * refusing an impossible date in place and saving a good one. Rendered to PNGs. */

static EthosStore *store;
static EthosWindow *window;

static void
add (const char *title, const char *kind, const char *due, const char *every)
{
  g_autoptr (EthosReminder) reminder = ethos_reminder_new (kind);

  g_free (reminder->title);
  reminder->title = g_strdup (title);
  reminder->due = g_strdup (due);
  g_free (reminder->every);
  reminder->every = g_strdup (every);
  g_assert_true (ethos_store_add_reminder (store, reminder, NULL));
}

static GtkWidget *
label (const char *needle)
{
  return ui_find_label_containing (GTK_WIDGET (window), needle);
}

static gboolean
is_done_button (GtkWidget *widget, gpointer data)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Done") == 0;
}

static void
test_by_status_and_done (void)
{
  EthosRemindersPage *page = ethos_window_get_reminders_page (window);
  GtkWidget *done;
  g_autoptr (GPtrArray) reminders = NULL;

  add ("Indemnity insurance", "insurance", "2026-11-20", "1y");
  add ("DBS recheck", "dbs", "2026-12-10", "3y");
  add ("ICO fee", "ico", "2027-06-01", "1y");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-reminders", NULL);
  ethos_reminders_page_set_today (page, "2026-11-23");
  ui_wait_ms (300);

  g_assert_nonnull (label ("Overdue"));
  g_assert_nonnull (label ("Due Soon"));
  g_assert_nonnull (label ("Later"));
  g_assert_nonnull (label ("overdue by 3 days"));
  g_assert_nonnull (label ("due in 17 days"));
  ui_render_png (GTK_WIDGET (window), "reminders.png");

  /* Done on the overdue insurance: next year's renewal takes its place. */
  done = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, is_done_button, NULL);
  g_assert_nonnull (done);
  g_signal_emit_by_name (done, "clicked");
  ui_wait_ms (300);
  reminders = ethos_store_list_reminders (store, FALSE, NULL);
  for (guint i = 0; i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);

      if (g_str_equal (reminder->title, "Indemnity insurance"))
        g_assert_cmpstr (reminder->due, ==, "2027-11-20");
    }
  g_assert_null (label ("overdue by 3 days"));
}

static EthosReminderDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not ours to free */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (toplevels, i);

      if (ETHOS_IS_REMINDER_DIALOG (item))
        return ETHOS_REMINDER_DIALOG (item);
    }
  return NULL;
}

static void
test_add_dialog (void)
{
  EthosReminderDialog *dialog;
  guint before = 0;

  {
    g_autoptr (GPtrArray) all = ethos_store_list_reminders (store, TRUE, NULL);
    before = all->len;
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-reminder", NULL);
  ui_wait_ms (300);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  /* The first kind (DBS) brings its title. */
  g_assert_nonnull (ui_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, NULL, NULL));

  ethos_reminder_dialog_fill (dialog, "DBS Update Service", "2027-02-30", "1y");
  g_assert_false (ethos_reminder_dialog_save (dialog));
  ui_wait_ms (100);
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog), "not a date in the calendar"));
  ui_render_png (GTK_WIDGET (dialog), "reminder-dialog-error.png");

  ethos_reminder_dialog_fill (dialog, NULL, "2027-02-28", NULL);
  g_assert_true (ethos_reminder_dialog_save (dialog));
  ui_wait_ms (300);
  {
    g_autoptr (GPtrArray) all = ethos_store_list_reminders (store, TRUE, NULL);
    g_assert_cmpuint (all->len, ==, before + 1);
  }
  g_assert_nonnull (label ("DBS Update Service"));
}

static EthosEventDialog *
find_event_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not ours to free */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (toplevels, i);

      if (ETHOS_IS_EVENT_DIALOG (item))
        return ETHOS_EVENT_DIALOG (item);
    }
  return NULL;
}

static void
test_record_event (void)
{
  g_autoptr (GPtrArray) memberships = g_ptr_array_new ();
  EthosMembership cosrt = { (char *) "cosrt", NULL };
  EthosEventDialog *dialog;
  g_autoptr (GPtrArray) reminders = NULL;
  gboolean found = FALSE;

  g_ptr_array_add (memberships, &cosrt);
  g_assert_true (ethos_store_set_memberships (store, memberships, NULL));
  gtk_widget_activate_action (GTK_WIDGET (ethos_window_get_reminders_page (window)),
                              "reminders.record-event", NULL);
  ui_wait_ms (300);
  dialog = find_event_dialog ();
  g_assert_nonnull (dialog);

  /* A caution: COSRT 107 asks for a report within 14 days, shown before anything is kept. */
  ethos_event_dialog_fill (dialog, 0, "2026-03-01");
  ui_wait_ms (200);
  g_assert_cmpuint (ethos_event_dialog_count_deadlines (dialog), ==, 1);
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog), "2026-03-15"));
  ui_render_png (GTK_WIDGET (dialog), "event-dialog.png");
  g_assert_true (ethos_event_dialog_record (dialog));
  ui_wait_ms (300);

  reminders = ethos_store_list_reminders (store, FALSE, NULL);
  for (guint i = 0; i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);

      if (g_strcmp0 (reminder->clause, "cosrt:107") == 0)
        {
          g_assert_cmpstr (reminder->due, ==, "2026-03-15");
          found = TRUE;
        }
    }
  g_assert_true (found);
}

static void
test_narrow_and_dark (void)
{
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  ui_wait_ms (400);
  ui_render_png (GTK_WIDGET (window), "reminders-narrow.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  ui_wait_ms (400);
  ui_render_png (GTK_WIDGET (window), "reminders-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* A notification's Open: the window goes to the Reminders page, at that reminder, focused and
 * marked; a reminder deleted since is said, not a crash. */
static void
test_show_reminder (void)
{
  EthosRemindersPage *page = ethos_window_get_reminders_page (window);
  g_autoptr (EthosReminder) reminder = ethos_reminder_new ("report");
  GtkWidget *row;
  GtkWidget *focus;

  reminder->title = g_strdup ("Report the caution to COSRT");
  reminder->due = g_strdup ("2026-12-01");
  g_assert_true (ethos_store_add_reminder (store, reminder, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-overview", NULL);
  ui_wait_ms (100);

  ethos_window_show_reminder (window, reminder->id);
  ui_wait_ms (900);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (
                     ADW_VIEW_STACK (ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK,
                                                     NULL, NULL))),
                   ==, "reminders");
  row = ethos_reminders_page_get_landed_row (page);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Report the caution to COSRT");
  g_assert_true (gtk_widget_has_css_class (row, "landed"));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == row || (focus != NULL && gtk_widget_is_ancestor (focus, row)));
  ui_render_png (GTK_WIDGET (window), "reminders-landed.png");

  /* Gone since the notification was shown. */
  g_assert_true (ethos_store_delete_reminder (store, reminder->id, NULL));
  g_assert_false (ethos_reminders_page_show_reminder (page, reminder->id));
  ethos_window_show_reminder (window, reminder->id);
  ui_wait_ms (100);
  g_assert_nonnull (label ("no longer in Ethos"));
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data_dir = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  ui_init ();

  data_dir = g_dir_make_tmp ("ethos-ui-reminders-XXXXXX", &error);
  g_assert_no_error (error);
  store = ethos_store_open (data_dir, &error);
  g_assert_no_error (error);
  window = ethos_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_ms (500);

  g_test_add_func ("/reminders-page/by-status-and-done", test_by_status_and_done);
  g_test_add_func ("/reminders-page/add-dialog", test_add_dialog);
  g_test_add_func ("/reminders-page/record-event", test_record_event);
  g_test_add_func ("/reminders-page/show-reminder", test_show_reminder);
  g_test_add_func ("/reminders-page/narrow-and-dark", test_narrow_and_dark);

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  return status;
}
