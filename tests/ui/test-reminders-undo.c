/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reminders-undo"

#include "config.h"

#include "reminders-test-util.h"
#include <adwaita.h>

#include "ethos-date.h"
#include "ethos-day-popover.h"
#include "ethos-event-dialog.h"
#include "ethos-reminder-dialog.h"
#include "ethos-reminder-store.h"
#include "ethos-reminders-page.h"
#include "ethos-window.h"

/* The Reminders page forgives a slip: Done and Delete each say so in a toast with Undo, which
 * puts the reminder back as it was (its due date, its history, the stages of it already shown);
 * a snooze goes to tomorrow, next week or a day chosen on a calendar, and the row says until
 * when; the choices of a dropdown are shown whole. Rendered to PNGs. */

static EthosStore *store;
static EthosWindow *window;

static EthosReminder *
add (const char *title, EthosReminderKind kind, const char *due, const char *every)
{
  EthosReminder *reminder = ethos_reminder_new_due (kind, title, due, every);

  g_assert_true (ethos_store_add_reminder (store, reminder, NULL));
  return reminder;
}

static GtkWidget *
label (const char *needle)
{
  return ui_find_label_containing (GTK_WIDGET (window), needle);
}

static gboolean
has_label (GtkWidget *widget, gpointer text)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0;
}

/* The button labelled @text (with its mnemonic) inside @within, once it is there. */
static GtkWidget *
await_button (GtkWidget *within, const char *text)
{
  return ui_await_widget (within, GTK_TYPE_BUTTON, has_label, (gpointer) text, text);
}

static GtkWidget *
row_of (const char *title)
{
  GtkWidget *title_label = ui_await_label (GTK_WIDGET (window), title);

  return gtk_widget_get_ancestor (title_label, ADW_TYPE_ACTION_ROW);
}

static int
count (const char *sql, gint64 id)
{
  g_autofree char *query = g_strdup_printf (sql, id);

  return ui_store_count (store, query);
}

static EthosRemindersPage *
page_on (const char *today)
{
  EthosRemindersPage *page = ethos_window_get_reminders_page (window);

  ethos_reminders_page_set_today (page, today);
  ui_wait_idle ();
  return page;
}

/* Done by mistake on a DBS recheck: the toast's Undo puts its due date back, and the history
 * loses the completion Done recorded (an earlier one stays); the stage already shown for that
 * due date is still recorded, so the notifier does not show it again. */
static void
test_done_undo (void)
{
  g_autoptr (EthosReminder) dbs = add ("DBS recheck", ETHOS_REMINDER_KIND_DBS, "2026-12-10", "3y");
  g_autoptr (EthosReminder) back = NULL;
  g_auto (GStrv) fired = NULL;
  const char *completions = "SELECT count (*) FROM reminder_completions WHERE reminder_id = %"
                            G_GINT64_FORMAT;

  g_assert_true (ethos_store_record_completion (store, dbs, "2023-12-10", "2026-12-10", NULL));
  g_assert_true (ethos_store_record_fired (store, dbs->id, "2026-12-10", "lead-90", NULL));
  page_on ("2026-11-23");
  g_assert_nonnull (label ("due in 17 days"));

  g_signal_emit_by_name (await_button (row_of ("DBS recheck"), "_Done"), "clicked");
  ui_await_label (GTK_WIDGET (window), "Done; next due 10 December 2029");
  g_assert_cmpint (count (completions, dbs->id), ==, 2);
  ui_await_no_label (GTK_WIDGET (window), "due in 17 days");
  ui_render_png (GTK_WIDGET (window), "reminders-done-undo.png");

  g_signal_emit_by_name (await_button (GTK_WIDGET (window), "_Undo"), "clicked");
  ui_await_label (GTK_WIDGET (window), "due in 17 days");
  back = ethos_store_get_reminder (store, dbs->id, NULL);
  g_assert_cmpstr (back->due, ==, "2026-12-10");
  g_assert_false (back->done);
  g_assert_cmpint (count (completions, dbs->id), ==, 1);
  g_assert_cmpint (count ("SELECT count (*) FROM reminder_completions WHERE reminder_id = %"
                          G_GINT64_FORMAT " AND done_on = '2023-12-10'", dbs->id),
                   ==, 1);
  fired = ethos_store_list_fired_stages (store, dbs->id, "2026-12-10");
  g_assert_cmpstrv (fired, ((const char *[]) { "lead-90", NULL }));
}

/* Deleted from its dialog: gone from the page and the store, and the toast's Undo brings it
 * back under the same id with its history and the stages already shown. */
static void
test_delete_undo (void)
{
  g_autoptr (EthosReminder) insurance = add ("Indemnity insurance", ETHOS_REMINDER_KIND_INSURANCE,
                                             "2026-12-01", "1y");
  g_autoptr (EthosReminder) back = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) fired = NULL;
  GtkWindow *dialog;

  g_assert_true (ethos_store_record_completion (store, insurance, "2025-11-28", "2026-12-01",
                                                NULL));
  g_assert_true (ethos_store_record_fired (store, insurance->id, "2026-12-01", "lead-30", NULL));
  g_assert_true (ethos_store_record_fired (store, insurance->id, "2026-12-01", "lead-14", NULL));
  page_on ("2026-11-23");

  gtk_widget_activate (row_of ("Indemnity insurance"));
  dialog = ui_await_toplevel (ETHOS_TYPE_REMINDER_DIALOG);
  ui_render_png (GTK_WIDGET (dialog), "reminder-dialog-edit.png");
  g_signal_emit_by_name (await_button (GTK_WIDGET (dialog), "_Delete Reminder"), "clicked");
  ui_await_no_toplevel (ETHOS_TYPE_REMINDER_DIALOG);
  ui_await_label (GTK_WIDGET (window), "Deleted “Indemnity insurance”");
  ui_await_no_label (GTK_WIDGET (window), "due in 8 days");
  g_assert_null (ethos_store_get_reminder (store, insurance->id, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);

  g_signal_emit_by_name (await_button (GTK_WIDGET (window), "_Undo"), "clicked");
  ui_await_label (GTK_WIDGET (window), "due in 8 days");
  back = ethos_store_get_reminder (store, insurance->id, NULL);
  g_assert_nonnull (back);
  g_assert_cmpstr (back->title, ==, "Indemnity insurance");
  g_assert_cmpstr (back->due, ==, "2026-12-01");
  g_assert_cmpstr (back->every, ==, "1y");
  g_assert_cmpint (count ("SELECT count (*) FROM reminder_completions WHERE reminder_id = %"
                          G_GINT64_FORMAT, insurance->id),
                   ==, 1);
  /* The notifier has shown the 30- and 14-day notices of this renewal: it will not again. */
  fired = ethos_store_list_fired_stages (store, insurance->id, "2026-12-01");
  g_assert_cmpuint (g_strv_length (fired), ==, 2);
}

/* The snoozes a row offers, in its menu's order. */
static char *
snooze_choices (GtkWidget *row)
{
  GtkWidget *button = ui_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL, NULL);
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_autoptr (GString) choices = g_string_new (NULL);

  for (int i = 0; i < g_menu_model_get_n_items (section); i++)
    {
      g_autofree char *text = NULL;

      g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &text);
      g_string_append_printf (choices, "%s%s", i > 0 ? ", " : "", text);
    }
  return g_string_free (g_steal_pointer (&choices), FALSE);
}

/* Snooze offers tomorrow, next week and a day on a calendar; the row then says until when. A
 * report's calendar stops the day before its deadline. */
static void
test_snooze_to_a_day (void)
{
  g_autoptr (EthosReminder) insurance = add ("Indemnity insurance", ETHOS_REMINDER_KIND_INSURANCE,
                                             "2026-12-22", "1y");
  g_autoptr (EthosReminder) report = add ("Report the caution to COSRT",
                                          ETHOS_REMINDER_KIND_REPORT, "2026-12-24", "");
  g_autoptr (GDate) past_deadline = g_date_new_dmy (24, G_DATE_DECEMBER, 2026);
  g_autoptr (GDate) twelfth = g_date_new_dmy (12, G_DATE_JANUARY, 2027);
  g_autofree char *offered = NULL;
  g_autofree char *offered_report = NULL;
  EthosRemindersPage *page = page_on ("2026-12-20");
  EthosDayPopover *popover;

  offered = snooze_choices (row_of ("Indemnity insurance"));
  g_assert_cmpstr (offered, ==, "Tomorrow, Next Week, Choose a Day…");
  /* A week would pass the report's deadline. */
  offered_report = snooze_choices (row_of ("Report the caution"));
  g_assert_cmpstr (offered_report, ==, "Tomorrow, Choose a Day…");

  gtk_widget_activate_action (GTK_WIDGET (page), "reminders.snooze-pick", "x", report->id);
  popover = ETHOS_DAY_POPOVER (ui_await_widget (GTK_WIDGET (page), ETHOS_TYPE_DAY_POPOVER, NULL,
                                                NULL, "the calendar"));
  ui_await_mapped (GTK_WIDGET (popover));
  g_assert_false (ethos_day_popover_pick (popover, past_deadline));
  gtk_popover_popdown (GTK_POPOVER (popover));

  gtk_widget_activate_action (GTK_WIDGET (page), "reminders.snooze-pick", "x", insurance->id);
  ui_await_mapped (GTK_WIDGET (popover));
  ui_render_png (GTK_WIDGET (popover), "snooze-calendar.png");
  ui_assert_controls_named (GTK_WIDGET (popover), "the snooze's calendar");
  g_assert_true (ethos_day_popover_pick (popover, twelfth));
  ui_await_label (GTK_WIDGET (window), "snoozed until 12 January, due in 2 days");
  g_assert_nonnull (label ("Snoozed"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  {
    g_autoptr (EthosReminder) back = ethos_store_get_reminder (store, insurance->id, NULL);

    g_assert_cmpstr (back->snoozed_until, ==, "2027-01-12");
  }

  /* Tomorrow, from the menu. */
  gtk_widget_activate_action (GTK_WIDGET (page), "reminders.snooze", "(xi)", report->id, 1);
  ui_await_label (GTK_WIDGET (window), "snoozed until 21 December, due in 4 days");
}

/* A snoozed row, wide and at phone width, light and dark: it says until when, and nothing
 * makes the window wider than the phone. */
static void
test_snoozed_row_pictures (void)
{
  g_autoptr (EthosReminder) dbs = add ("DBS Update Service renewal",
                                       ETHOS_REMINDER_KIND_DBS_UPDATE_SERVICE, "2026-12-22", "1y");
  g_autoptr (EthosReminder) ico = add ("ICO data protection fee", ETHOS_REMINDER_KIND_ICO,
                                       "2027-02-12", "1y");
  AdwStyleManager *style = adw_style_manager_get_default ();

  dbs->snoozed_until = g_strdup ("2027-01-12");
  g_assert_true (ethos_store_update_reminder (store, dbs, NULL));
  page_on ("2026-12-20");
  ui_await_label (GTK_WIDGET (window), "snoozed until 12 January");
  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_DEFAULT);
      ui_resize (GTK_WINDOW (window), 1100, 720);
      ui_render_png (GTK_WIDGET (window), dark ? "reminders-snoozed-dark.png"
                                               : "reminders-snoozed.png");
      ui_resize (GTK_WINDOW (window), 360, 720);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
      g_assert_nonnull (label ("snoozed until 12 January"));
      ui_render_png (GTK_WIDGET (window), dark ? "reminders-snoozed-narrow-dark.png"
                                               : "reminders-snoozed-narrow.png");
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* The label showing @text whole: no "…" in its place. */
static void
assert_whole (GtkWidget *within, const char *text)
{
  GtkWidget *shown = ui_await_label (within, text);

  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (shown)), ==, text);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (shown))));
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (shown)), ==, PANGO_ELLIPSIZE_NONE);
}

/* The long choices of the kind dropdowns read whole at 360 px, in the row and in its list. */
static void
test_dropdown_labels (void)
{
  GtkWindow *dialog;
  GtkWidget *kind;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-reminder", NULL);
  dialog = ui_await_toplevel (ETHOS_TYPE_REMINDER_DIALOG);
  gtk_window_set_default_size (dialog, 360, 640);
  kind = ui_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, NULL, NULL);
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), ETHOS_REMINDER_KIND_DBS_UPDATE_SERVICE);
  ui_await_mapped (GTK_WIDGET (dialog));
  ui_wait_idle ();
  assert_whole (kind, "DBS Update Service renewal");
  ui_render_png (GTK_WIDGET (dialog), "reminder-dialog-kind-narrow.png");
  gtk_widget_activate (kind);
  ui_wait_idle ();
  assert_whole (kind, "Indemnity insurance renewal");
  assert_whole (kind, "Self Assessment tax return");
  gtk_window_destroy (dialog);

  gtk_widget_activate_action (GTK_WIDGET (ethos_window_get_reminders_page (window)),
                              "reminders.record-event", NULL);
  dialog = ui_await_toplevel (ETHOS_TYPE_EVENT_DIALOG);
  gtk_window_set_default_size (dialog, 360, 600);
  kind = ui_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, NULL, NULL);
  ethos_event_dialog_fill (ETHOS_EVENT_DIALOG (dialog), 4, "2026-11-23");
  ui_await_mapped (GTK_WIDGET (dialog));
  ui_wait_idle ();
  assert_whole (kind, "A suspension or removal");
  /* The longest wraps in the row rather than widening the dialog. */
  ethos_event_dialog_fill (ETHOS_EVENT_DIALOG (dialog), 9, "2026-11-23");
  ui_wait_idle ();
  assert_whole (kind, "Workplace disciplinary proceedings");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 360);
  ui_render_png (GTK_WIDGET (dialog), "event-dialog-kind-narrow.png");
  gtk_widget_activate (kind);
  ui_wait_idle ();
  assert_whole (kind, "Another body's finding");
  ui_render_png (ui_find_widget (kind, GTK_TYPE_POPOVER, NULL, NULL), "event-dialog-kinds.png");
  gtk_window_destroy (dialog);
}

/* Each case on new records, in a window of its own on the Reminders page. */
static void
set_up (void)
{
  reminders_set_up (&store, &window);
}
static void
tear_down (void)
{
  reminders_tear_down (&store, &window);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-undo-XXXXXX");

  ui_test_add ("/reminders-undo/done", set_up, test_done_undo, tear_down);
  ui_test_add ("/reminders-undo/delete", set_up, test_delete_undo, tear_down);
  ui_test_add ("/reminders-undo/snooze-to-a-day", set_up, test_snooze_to_a_day, tear_down);
  ui_test_add ("/reminders-undo/snoozed-row-pictures", set_up, test_snoozed_row_pictures,
               tear_down);
  ui_test_add ("/reminders-undo/dropdown-labels", set_up, test_dropdown_labels, tear_down);
  return g_test_run ();
}
