/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-citations"

#include "config.h"

#include "prefs-test-util.h"
#include "ui-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-codes-page.h"
#include "ethos-diary-page.h"
#include "ethos-entry-store.h"
#include "ethos-reminder-store.h"
#include "ethos-reminders-page.h"
#include "ethos-window.h"

/* Clauses in the window as a person cites them: "COSRT 26", "IPT UK summary 5", never the ids
 * the diary keeps ("cosrt:26", "summary.5", "communication-partnership-and-teamwork.3"). */

static EthosStore *store;
static EthosWindow *window;

static gboolean
row_title_contains (GtkWidget *widget, gpointer needle)
{
  return strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), needle) != NULL;
}

/* A row titled @title is on screen now, or after a wait when @what names it for the message. */
static void
assert_row (const char *title, const char *what)
{
  GtkWidget *root = GTK_WIDGET (window);

  g_assert_nonnull (what != NULL
                      ? ui_await_widget (root, ADW_TYPE_ACTION_ROW, prefs_row_titled, (gpointer) title, what)
                      : ui_find_widget (root, ADW_TYPE_ACTION_ROW, prefs_row_titled, (gpointer) title));
}

/* No row's title has @id in it: the id a link keeps, not the citation. */
static void
assert_no_row_with (const char *id)
{
  g_assert_null (ui_find_widget (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, row_title_contains,
                                 (gpointer) id));
}

/* The clauses an activity is linked to, each row titled as a person cites it. */
static void
test_editor_links (void)
{
  g_autoptr (EthosEntry) course = ethos_entry_new (ETHOS_ENTRY_CPD);

  g_free (course->date);
  course->date = g_strdup ("2026-03-02");
  course->minutes = 180;
  g_free (course->title);
  course->title = g_strdup ("Safeguarding update");
  g_ptr_array_add (course->clauses, g_strdup ("cosrt:26"));
  g_ptr_array_add (course->clauses, g_strdup ("ipt-uk:summary.5"));
  g_ptr_array_add (course->clauses, g_strdup ("wv-ipn:supervision.3"));
  g_assert_true (ethos_store_add_entry (store, course, NULL));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  ui_wait_idle ();
  g_assert_true (ethos_diary_page_open_position (ethos_window_get_diary_page (window), 0));
  assert_row ("COSRT 26", "the linked clause COSRT 26");
  assert_row ("IPT UK summary 5", NULL);
  assert_row ("Western Valleys IPN Group statement, Supervision, paragraph 3", NULL);
  assert_no_row_with ("cosrt");
  assert_no_row_with ("summary.5");
}

/* A reminder says the clause it comes from as a person would. */
static void
test_reminder_row (void)
{
  g_autoptr (EthosReminder) report = ethos_reminder_new (ETHOS_REMINDER_KIND_REPORT);

  g_free (report->title);
  report->title = g_strdup ("Report the caution to COSRT");
  report->due = g_strdup ("2026-12-01");
  report->clause = g_strdup ("cosrt:107.m");
  g_assert_true (ethos_store_add_reminder (store, report, NULL));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-reminders", NULL);
  ethos_reminders_page_set_today (ethos_window_get_reminders_page (window), "2026-11-23");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "1 December 2026 · COSRT 107(m)"));
  g_assert_null (ui_find_label_containing (GTK_WIDGET (window), "cosrt:"));
}

/* The Codes page: a lettered item numbered as the code numbers it, in the reader and in the
 * code's outline; a theme's clauses under each code as the code numbers them, a paragraph the
 * code does not number by the heading it stands under. */
static void
test_codes_page (void)
{
  EthosCodesPage *page = ethos_window_get_codes_page (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-codes", NULL);
  ui_wait_idle ();
  g_assert_true (ethos_codes_page_open_clause (page, "cosrt", "107.m"));
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "107(m)"));
  g_assert_null (ui_find_label_containing (GTK_WIDGET (window), "107.m"));

  ethos_codes_page_show_theme (page, "confidentiality");
  assert_row ("Communication, partnership and teamwork, paragraph 3",
              "COSRT's duty of confidentiality");
  assert_row ("summary 4 · Code of Conduct", NULL);
  assert_no_row_with ("communication-");
}

static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
  window = ui_open_window (NULL, store, 1100, 720);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-citations-XXXXXX");

  ui_test_add ("/citations/editor-links", set_up, test_editor_links, tear_down);
  ui_test_add ("/citations/reminder-row", set_up, test_reminder_row, tear_down);
  ui_test_add ("/citations/codes-page", set_up, test_codes_page, tear_down);
  return g_test_run ();
}
