/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reminders-page"

#include "config.h"

#include "prefs-test-util.h"
#include "reminders-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-event-dialog.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-dialog.h"
#include "ethos-autostart.h"
#include "ethos-reminder-store.h"
#include "ethos-standard-reminders.h"
#include "ethos-reminders-page.h"
#include "ethos-standard-dialog.h"
#include "ethos-window.h"

/* The Reminders page: reminders by status, Done moving a recurring one on, the add dialog
 * refusing an impossible date in place and saving a good one. Rendered to PNGs. */

static EthosStore *store;
static EthosWindow *window;

static void
add (const char *title, EthosReminderKind kind, const char *due, const char *every)
{
  g_autoptr (EthosReminder) reminder = ethos_reminder_new_due (kind, title, due, every);

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

  add ("Indemnity insurance", ETHOS_REMINDER_KIND_INSURANCE, "2026-11-20", "1y");
  add ("DBS recheck", ETHOS_REMINDER_KIND_DBS, "2026-12-10", "3y");
  add ("ICO fee", ETHOS_REMINDER_KIND_ICO, "2027-06-01", "1y");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-reminders", NULL);
  ethos_reminders_page_set_today (page, "2026-11-23");
  ui_wait_idle ();

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
  ui_wait_idle ();
  reminders = ethos_store_list_reminders (store, FALSE, NULL);
  for (guint i = 0; i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);

      if (g_str_equal (reminder->title, "Indemnity insurance"))
        g_assert_cmpstr (reminder->due, ==, "2027-11-20");
    }
  g_assert_null (label ("overdue by 3 days"));
}

/* A reminder marked done changes its own row and no other: the rows of the reminders it did
 * not touch are the same widgets (nothing typed into the page or focused in it is lost, and a
 * screen reader is not sent back to the top). */
static void
test_done_keeps_other_rows (void)
{
  EthosRemindersPage *page = ethos_window_get_reminders_page (window);
  GtkWidget *ico_row, *dbs_row, *done;

  ethos_reminders_page_set_today (page, "2026-11-23");
  ui_wait_idle ();
  ico_row = gtk_widget_get_ancestor (label ("ICO fee"), ADW_TYPE_ACTION_ROW);
  dbs_row = gtk_widget_get_ancestor (label ("DBS recheck"), ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (ico_row);
  g_assert_nonnull (dbs_row);
  g_object_add_weak_pointer (G_OBJECT (ico_row), (gpointer *) &ico_row);
  g_object_add_weak_pointer (G_OBJECT (dbs_row), (gpointer *) &dbs_row);

  /* The first Done is the overdue insurance's. */
  done = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, is_done_button, NULL);
  g_assert_nonnull (done);
  g_assert_true (gtk_widget_is_ancestor (done, gtk_widget_get_ancestor (
                                                  label ("Indemnity insurance"),
                                                  ADW_TYPE_ACTION_ROW)));
  g_signal_emit_by_name (done, "clicked");
  ui_wait_idle ();

  g_assert_null (label ("overdue by 3 days"));
  g_assert_nonnull (label ("Indemnity insurance"));
  g_assert_nonnull (ico_row);
  g_assert_nonnull (dbs_row);
  g_assert_true (gtk_widget_get_root (ico_row) == GTK_ROOT (window));
  g_assert_true (gtk_widget_get_root (dbs_row) == GTK_ROOT (window));
  g_assert_true (gtk_widget_get_ancestor (label ("ICO fee"), ADW_TYPE_ACTION_ROW) == ico_row);
  g_assert_true (gtk_widget_get_ancestor (label ("DBS recheck"), ADW_TYPE_ACTION_ROW) == dbs_row);
  g_object_remove_weak_pointer (G_OBJECT (ico_row), (gpointer *) &ico_row);
  g_object_remove_weak_pointer (G_OBJECT (dbs_row), (gpointer *) &dbs_row);
}

/* After Done, the focus is on the reminder where it now shows (due again next year), not
 * fallen onto whatever comes next in the window (issue 22); after a one-off's Done, on the row
 * that took its place. */
static void
test_done_keeps_focus (void)
{
  EthosRemindersPage *page = ethos_window_get_reminders_page (window);
  GtkWidget *row, *done, *focus;

  ethos_reminders_page_set_today (page, "2026-11-23");
  ui_wait_idle ();
  row = gtk_widget_get_ancestor (label ("Indemnity insurance"), ADW_TYPE_ACTION_ROW);
  done = ui_find_widget (row, GTK_TYPE_BUTTON, is_done_button, NULL);
  gtk_widget_grab_focus (done);
  g_signal_emit_by_name (done, "clicked");
  ui_wait_idle ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_ancestor (focus, ADW_TYPE_ACTION_ROW)
                 == gtk_widget_get_ancestor (label ("Indemnity insurance"), ADW_TYPE_ACTION_ROW));
}

/* Each row's Done and snooze buttons say which reminder they act on (issue 22): a screen
 * reader's list of buttons names every one differently. */
static void
test_buttons_named_for_their_reminder (void)
{
  const char *titles[] = { "Indemnity insurance", "DBS recheck", "ICO fee" };

  ethos_reminders_page_set_today (ethos_window_get_reminders_page (window), "2026-11-23");
  ui_wait_idle ();
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkWidget *row = gtk_widget_get_ancestor (label (titles[i]), ADW_TYPE_ACTION_ROW);
      GtkWidget *done = ui_find_widget (row, GTK_TYPE_BUTTON, is_done_button, NULL);
      GtkWidget *snooze = ui_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL, NULL);
      g_autofree char *done_name = ui_accessible_name (done);
      g_autofree char *snooze_name = ui_accessible_name (snooze);
      g_autofree char *done_wanted = g_strdup_printf ("Mark “%s” done", titles[i]);
      g_autofree char *snooze_wanted = g_strdup_printf ("Snooze “%s”", titles[i]);

      g_assert_cmpstr (done_name, ==, done_wanted);
      g_assert_cmpstr (snooze_name, ==, snooze_wanted);
    }
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
  ui_await_toplevel (ETHOS_TYPE_REMINDER_DIALOG);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  /* The first kind (DBS) brings its title. */
  g_assert_nonnull (ui_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, NULL, NULL));

  /* A date as written in the UK, but not one in the calendar: the row is named and marked. */
  ethos_reminder_dialog_fill (dialog, "DBS Update Service", "30/02/2027", "1y");
  g_assert_false (ethos_reminder_dialog_save (dialog));
  ui_wait_idle ();
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog),
                                              "Due Date: “30/02/2027” is not a date in the "
                                              "calendar"));
  g_assert_true (gtk_widget_has_css_class (ui_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                                                           prefs_row_titled, (gpointer) "Due Date"),
                                           "error"));
  ui_render_png (GTK_WIDGET (dialog), "reminder-dialog-error.png");

  ethos_reminder_dialog_fill (dialog, NULL, "28 Feb 2027", NULL);
  g_assert_true (ethos_reminder_dialog_save (dialog));
  ui_wait_idle ();
  {
    g_autoptr (GPtrArray) all = ethos_store_list_reminders (store, TRUE, NULL);
    gboolean found = FALSE;

    g_assert_cmpuint (all->len, ==, before + 1);
    for (guint i = 0; i < all->len; i++)
      {
        EthosReminder *reminder = g_ptr_array_index (all, i);

        found = found || (g_str_equal (reminder->title, "DBS Update Service")
                          && g_str_equal (reminder->due, "2027-02-28"));
      }
    g_assert_true (found);
  }
  g_assert_nonnull (label ("DBS Update Service"));
}

/* The Clause field shows a clause as it is cited and takes one written so; one that names
 * nothing Ethos holds is marked and said, and nothing is saved. */
static void
test_clause_as_cited (void)
{
  g_autoptr (EthosReminder) reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_CUSTOM);
  g_autoptr (EthosReminder) saved = NULL;
  GtkWidget *dialog;
  GtkWidget *clause;

  g_free (reminder->title);
  reminder->title = g_strdup ("Read the code again");
  g_free (reminder->due);
  reminder->due = g_strdup ("2027-03-01");
  reminder->clause = g_strdup ("cosrt:26");
  g_assert_true (ethos_store_add_reminder (store, reminder, NULL));

  dialog = ethos_reminder_dialog_new (store, GTK_WINDOW (window), reminder);
  gtk_window_present (GTK_WINDOW (dialog));
  ui_wait_idle ();
  clause = ui_find_widget (dialog, ADW_TYPE_ENTRY_ROW, prefs_row_titled,
                           (gpointer) "Clause, as Cited (COSRT 26)");
  g_assert_nonnull (clause);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (clause)), ==, "COSRT 26");

  gtk_editable_set_text (GTK_EDITABLE (clause), "COSRT 999");
  g_assert_false (ethos_reminder_dialog_save (ETHOS_REMINDER_DIALOG (dialog)));
  ui_wait_idle ();
  g_assert_nonnull (ui_find_label_containing (dialog, "Clause: “COSRT 999” is not a clause of"));
  g_assert_true (gtk_widget_has_css_class (clause, "error"));
  saved = ethos_store_get_reminder (store, reminder->id, NULL);
  g_assert_cmpstr (saved->clause, ==, "cosrt:26");
  g_clear_object (&saved);

  gtk_editable_set_text (GTK_EDITABLE (clause), "cosrt 107(m)");
  g_assert_false (gtk_widget_has_css_class (clause, "error"));
  g_assert_true (ethos_reminder_dialog_save (ETHOS_REMINDER_DIALOG (dialog)));
  ui_wait_idle ();
  saved = ethos_store_get_reminder (store, reminder->id, NULL);
  g_assert_cmpstr (saved->clause, ==, "cosrt:107.m");
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
  ui_await_toplevel (ETHOS_TYPE_EVENT_DIALOG);
  dialog = find_event_dialog ();
  g_assert_nonnull (dialog);

  /* A caution: COSRT 107 asks for a report within 14 days, shown before anything is kept. */
  ethos_event_dialog_fill (dialog, 0, "2026-03-01");
  ui_wait_idle ();
  g_assert_cmpuint (ethos_event_dialog_count_deadlines (dialog), ==, 1);
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog), "by 15 March 2026"));
  ui_render_png (GTK_WIDGET (dialog), "event-dialog.png");
  g_assert_true (ethos_event_dialog_record (dialog));
  ui_wait_idle ();

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
  ui_resize (GTK_WINDOW (window), 360, 720);
  ui_render_png (GTK_WIDGET (window), "reminders-narrow.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  ui_resize (GTK_WINDOW (window), 1100, 720);
  ui_render_png (GTK_WIDGET (window), "reminders-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* A notification's Open: the window goes to the Reminders page, at that reminder, focused and
 * marked; a reminder deleted since is said, not a crash. */
static void
test_show_reminder (void)
{
  EthosRemindersPage *page = ethos_window_get_reminders_page (window);
  g_autoptr (EthosReminder) reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_REPORT);
  GtkWidget *row;
  GtkWidget *focus;

  g_free (reminder->title);
  reminder->title = g_strdup ("Report the caution to COSRT");
  g_free (reminder->due);
  reminder->due = g_strdup ("2026-12-01");
  g_assert_true (ethos_store_add_reminder (store, reminder, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-overview", NULL);
  ui_wait_idle ();

  ethos_window_show_reminder (window, reminder->id);
  ui_wait_idle ();
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

  /* Done ones are folded away; opening one unfolds them. The page follows the store's write
   * without being told. */
  g_assert_true (ethos_store_complete_reminder (store, reminder, "2026-11-23", NULL));
  ui_wait_idle ();
  {
    GtkWidget *expander = ui_find_widget (GTK_WIDGET (page), ADW_TYPE_EXPANDER_ROW, NULL, NULL);

    g_assert_nonnull (expander);
    g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
    g_assert_true (ethos_reminders_page_show_reminder (page, reminder->id));
    expander = ui_find_widget (GTK_WIDGET (page), ADW_TYPE_EXPANDER_ROW, NULL, NULL);
    g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
    g_assert_true (gtk_widget_is_ancestor (ethos_reminders_page_get_landed_row (page), expander));
  }

  /* Gone since the notification was shown. */
  g_assert_true (ethos_store_delete_reminder (store, reminder->id, NULL));
  g_assert_false (ethos_reminders_page_show_reminder (page, reminder->id));
  ethos_window_show_reminder (window, reminder->id);
  ui_wait_idle ();
  g_assert_nonnull (label ("no longer in Ethos"));
}

static gboolean
is_sensitive_add (GtkWidget *widget, gpointer data)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Add") == 0;
}

/* The first-run assistant: an impossible date is marked in place and nothing can be added;
 * good dates show what will be added for a COSRT member (clause-linked), what is already kept
 * is shown as such and not added again; Add keeps them and writes the login entry. */
static void
test_standard_dialog (void)
{
  g_autoptr (GPtrArray) memberships = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ethos_membership_free);
  EthosMembership *cosrt = g_new0 (EthosMembership, 1);
  EthosStandardDialog *dialog;
  GtkWidget *add_button;
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  gboolean linked = FALSE;
  int added;

  cosrt->body_id = g_strdup ("cosrt");
  g_ptr_array_add (memberships, cosrt);
  g_assert_true (ethos_store_set_memberships (store, memberships, NULL));
  add ("DBS recheck", ETHOS_REMINDER_KIND_DBS, "2027-05-10", "3y");
  before = ethos_store_list_reminders (store, FALSE, NULL);

  dialog = ETHOS_STANDARD_DIALOG (ethos_standard_dialog_new (store, GTK_WINDOW (window),
                                                             "2026-11-23"));
  gtk_window_present (GTK_WINDOW (dialog));
  add_button = ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, is_sensitive_add, NULL);
  g_assert_nonnull (add_button);
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog), "COSRT"));

  ethos_standard_dialog_fill (dialog, "2024-02-30", NULL, NULL, NULL, NULL);
  ui_wait_idle ();
  g_assert_false (gtk_widget_get_sensitive (add_button));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog), "2024-02-30"));
  g_assert_cmpint (ethos_standard_dialog_add (dialog), ==, -1);
  after = ethos_store_list_reminders (store, FALSE, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
  g_clear_pointer (&after, g_ptr_array_unref);

  ethos_standard_dialog_fill (dialog, "2024-05-10", "2027-01-15", NULL, "2027-03-01", NULL);
  ui_wait_idle ();
  g_assert_true (gtk_widget_get_sensitive (add_button));
  /* DBS recheck is kept already: Update Service, insurance, accreditation, the executor
   * (COSRT 41), the tax return and the second payment on account are new. */
  g_assert_cmpuint (ethos_standard_dialog_count_new (dialog), ==, 6);
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog), "already in your reminders"));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog), "15 January 2027, then every year"));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog), "COSRT 45"));
  ui_render_png (GTK_WIDGET (dialog), "standard-reminders.png");

  /* Self Assessment as it is filed: under Making Tax Digital, four quarterly updates more; not
   * needed, neither the return nor the payment on account; back to online. */
  {
    AdwComboRow *tax = ADW_COMBO_ROW (ui_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW,
                                                      NULL, NULL));

    g_assert_nonnull (tax);
    adw_combo_row_set_selected (tax, ETHOS_TAX_FILING_MTD);
    ui_wait_idle ();
    g_assert_cmpuint (ethos_standard_dialog_count_new (dialog), ==, 10);
    g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog), "quarterly update to 5 July"));
    adw_combo_row_set_selected (tax, ETHOS_TAX_FILING_NONE);
    ui_wait_idle ();
    g_assert_cmpuint (ethos_standard_dialog_count_new (dialog), ==, 4);
    adw_combo_row_set_selected (tax, ETHOS_TAX_FILING_ONLINE);
    ui_wait_idle ();
    g_assert_cmpuint (ethos_standard_dialog_count_new (dialog), ==, 6);
  }

  g_assert_false (ethos_autostart_was_chosen ());
  added = ethos_standard_dialog_add (dialog);
  g_assert_cmpint (added, ==, 6);
  g_assert_true (ethos_autostart_is_enabled ());
  after = ethos_store_list_reminders (store, FALSE, NULL);
  g_assert_cmpuint (after->len, ==, before->len + 6);
  for (guint i = 0; i < after->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (after, i);

      if (reminder->kind == ETHOS_REMINDER_KIND_INSURANCE
          && g_strcmp0 (reminder->clause, "cosrt:45") == 0)
        linked = TRUE;
    }
  g_assert_true (linked);

  /* Offered again, it has nothing new. */
  dialog = ETHOS_STANDARD_DIALOG (ethos_standard_dialog_new (store, GTK_WINDOW (window),
                                                             "2026-11-23"));
  ethos_standard_dialog_fill (dialog, "2024-05-10", "2027-01-15", NULL, "2027-03-01", NULL);
  g_assert_cmpuint (ethos_standard_dialog_count_new (dialog), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A practitioner with no reminders is offered the assistant first. */
static void
test_empty_offers_standard (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ethos-ui-empty-XXXXXX", &error);
  g_autoptr (EthosStore) empty = ethos_store_open (dir, &error);
  EthosWindow *fresh;
  GtkWidget *button;

  g_assert_no_error (error);
  fresh = ethos_window_new (NULL, empty);
  gtk_window_set_default_size (GTK_WINDOW (fresh), 800, 600);
  gtk_window_present (GTK_WINDOW (fresh));
  gtk_widget_activate_action (GTK_WIDGET (fresh), "win.page-reminders", NULL);
  ui_await_mapped (GTK_WIDGET (fresh));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (fresh), "No Reminders Yet"));
  button = NULL;
  for (GtkWidget *w = ui_find_label_containing (GTK_WIDGET (fresh), "Set Up Your Reminders");
       w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_BUTTON (w))
      {
        button = w;
        break;
      }
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "reminders.standard");
  ui_render_png (GTK_WIDGET (fresh), "reminders-empty.png");
  gtk_window_destroy (GTK_WINDOW (fresh));
}

/* Each case on new records, in a window of its own on the Reminders page. */
static void
set_up (void)
{
  reminders_set_up (&store, &window);
}

/* The same, with a reminder overdue, one due soon and one later, for the pictures. */
static void
set_up_three_reminders (void)
{
  set_up ();
  add ("Indemnity insurance", ETHOS_REMINDER_KIND_INSURANCE, "2026-11-20", "1y");
  add ("DBS recheck", ETHOS_REMINDER_KIND_DBS, "2026-12-10", "3y");
  add ("ICO fee", ETHOS_REMINDER_KIND_ICO, "2027-06-01", "1y");
  ui_wait_idle ();
}

static void
tear_down (void)
{
  reminders_tear_down (&store, &window);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-reminders-XXXXXX");

  ui_test_add ("/reminders-page/by-status-and-done", set_up, test_by_status_and_done, tear_down);
  ui_test_add ("/reminders-page/done-keeps-other-rows", set_up_three_reminders,
               test_done_keeps_other_rows, tear_down);
  ui_test_add ("/reminders-page/buttons-named-for-their-reminder", set_up_three_reminders,
               test_buttons_named_for_their_reminder, tear_down);
  ui_test_add ("/reminders-page/done-keeps-focus", set_up_three_reminders, test_done_keeps_focus,
               tear_down);
  ui_test_add ("/reminders-page/add-dialog", set_up, test_add_dialog, tear_down);
  ui_test_add ("/reminders-page/clause-as-cited", set_up, test_clause_as_cited, tear_down);
  ui_test_add ("/reminders-page/record-event", set_up, test_record_event, tear_down);
  ui_test_add ("/reminders-page/show-reminder", set_up, test_show_reminder, tear_down);
  ui_test_add ("/reminders-page/standard-dialog", set_up, test_standard_dialog, tear_down);
  ui_test_add ("/reminders-page/empty-offers-standard", NULL, test_empty_offers_standard, NULL);
  ui_test_add ("/reminders-page/narrow-and-dark", set_up_three_reminders, test_narrow_and_dark,
               tear_down);
  return g_test_run ();
}
