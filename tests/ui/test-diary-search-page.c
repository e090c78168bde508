/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-diary-search-page"

#include "config.h"

#include "diary-test-util.h"
#include "ui-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-diary-page.h"
#include "ethos-entry-store.h"
#include "ethos-settings.h"
#include "ethos-window.h"

/* Searching the Diary as a practitioner does: typing on, only what is typed last is shown; the
 * entries found come newest first under their months, each with the words around what was
 * found in bold, and a line says how many; "Best Match" puts first where the words weigh most,
 * and is remembered; nothing found says so, with the words typed. Rendered at 1100 and 360 px,
 * light and dark. */

static EthosStore *store;
static EthosWindow *window;

static GtkWidget *
child (const char *id)
{
  return diary_page_child (window, id);
}

static gint64
add_session (const char *date, const char *supervisor, const char *notes)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autoptr (GError) error = NULL;

  g_free (entry->date);
  entry->date = g_strdup (date);
  entry->minutes = 60;
  g_free (entry->supervisor);
  entry->supervisor = g_strdup (supervisor);
  g_free (entry->notes);
  entry->notes = g_strdup (notes);
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
  return entry->id;
}

/* Typed as a key press ends: the search starts at once, not after the entry's pause. */
static void
type (const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child ("search_entry")), text);
  g_signal_emit_by_name (child ("search_entry"), "search-changed");
}

static const char *
count_line (void)
{
  return gtk_widget_get_visible (child ("search_info"))
           ? gtk_label_get_label (GTK_LABEL (child ("search_count")))
           : "";
}

/* Whether every row laid out is one of @ids' entries and all of them are, in that order. */
static gboolean
rows_are (const gint64 *ids, guint n_ids)
{
  g_autoptr (GArray) rows = diary_rows_shown (window);

  if (rows->len != n_ids)
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    if (g_array_index (rows, DiaryRow, i).entry->id != ids[i])
      return FALSE;
  return TRUE;
}

/* Five entries that mention an estrangement (a word the made-up diary has not), out of date order as they were written up; one with text
 * that must show as text; one naming it in the supervisor's name. */
static gint64 estrangement[5];

static void
add_estrangements (void)
{
  /* Newest first: */
  estrangement[1] = add_session ("2026-11-03", "Sam Fielding", "An estrangement over fees <b>& more</b>.");
  estrangement[3] = add_session ("2026-09-14", "Sam Fielding", "Estrangement and repair, slowly.");
  estrangement[0] = add_session ("2026-11-19", "Sam Fielding",
                            "We looked at the estrangement last week and what it asked of me.");
  estrangement[4] = add_session ("2019-02-01", "Dr Estrangement Example", "Nothing else of note.");
  estrangement[2] = add_session ("2026-11-01", "Sam Fielding", "A small estrangement, mended.");
}

/* Typing on: each key's search is overtaken by the next; only the last one's results are shown,
 * and none of the others' arrives later. */
static void
test_typing_on (void)
{
  static const char *const keys[] = { "e", "es", "est", "estr", "estra", "estrang", "estrangement" };

  add_estrangements ();
  for (guint round = 0; round < 3; round++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        type (keys[i]);
      ui_await (rows_are (estrangement, G_N_ELEMENTS (estrangement)));
      g_assert_cmpstr (count_line (), ==, "5 entries");
      /* Anything still on its way would come now. */
      ui_wait_ms (300);
      ui_wait_idle ();
      g_assert_true (rows_are (estrangement, G_N_ELEMENTS (estrangement)));
      g_assert_cmpstr (count_line (), ==, "5 entries");
      type ("supervision");
      type ("");
      g_assert_false (gtk_widget_get_visible (child ("search_info")));
    }
}

/* Each key starts its search at once: by the time the search entry's pause is over, the answer
 * is there and shown without a wait; before, nothing changes on screen (issue 21). */
static void
test_answer_ready_after_pause (void)
{
  GtkWidget *entry = child ("search_entry");
  guint signal = g_signal_lookup ("search-changed", GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *page = gtk_widget_get_ancestor (entry, ETHOS_TYPE_DIARY_PAGE);

  add_estrangements ();
  /* The entry's own pause is held back here, so that the key's search has all the time it
   * needs: what is tested is that it started without waiting for the pause. */
  g_signal_handlers_block_matched (entry, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA, signal, 0, NULL, NULL, page);
  gtk_editable_set_text (GTK_EDITABLE (entry), "estrangement");
  ui_wait_ms (1000);
  ui_wait_idle ();
  g_assert_cmpstr (count_line (), ==, "");
  g_signal_handlers_unblock_matched (entry, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA, signal, 0, NULL, NULL, page);
  g_signal_emit (entry, signal, 0);
  g_assert_cmpstr (count_line (), ==, "5 entries");
  ui_await (rows_are (estrangement, G_N_ELEMENTS (estrangement)));

  /* A key typed during the pause replaces the answer waiting with its own. */
  g_signal_handlers_block_matched (entry, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA, signal, 0, NULL, NULL, page);
  gtk_editable_set_text (GTK_EDITABLE (entry), "estrangementx");
  gtk_editable_set_text (GTK_EDITABLE (entry), "estrangement mended");
  ui_wait_ms (1000);
  ui_wait_idle ();
  g_assert_cmpstr (count_line (), ==, "5 entries");
  g_signal_handlers_unblock_matched (entry, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA, signal, 0, NULL, NULL, page);
  g_signal_emit (entry, signal, 0);
  g_assert_cmpstr (count_line (), ==, "1 entry");
  ui_await (rows_are (&estrangement[2], 1));
}

/* A search looked at and cleared: the diary is back as it was left, scrolled where it was, the
 * same rows at the top (its rows are kept while the results are shown, not made again). */
static void
test_diary_kept_under_search (void)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (child ("entry_view")));
  g_autoptr (GArray) before = NULL;
  g_autoptr (GArray) after = NULL;
  double scrolled;

  add_estrangements ();
  ui_await (diary_n_rows_shown (window) > 5
            && gtk_adjustment_get_upper (adjustment) > 3 * gtk_adjustment_get_page_size (adjustment)
            && gtk_adjustment_get_page_size (adjustment) > 0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_page_size (adjustment) * 2);
  ui_wait_idle ();
  scrolled = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (scrolled, >, 0);
  before = diary_rows_shown (window);

  type ("estrangement");
  ui_await (rows_are (estrangement, G_N_ELEMENTS (estrangement)));
  type ("");
  ui_wait_idle ();
  after = diary_rows_shown (window);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, scrolled);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < before->len; i++)
    {
      g_assert_cmpint (g_array_index (after, DiaryRow, i).entry->id, ==,
                       g_array_index (before, DiaryRow, i).entry->id);
      g_assert_true (g_array_index (after, DiaryRow, i).item == g_array_index (before, DiaryRow, i).item);
    }
}

/* Newest first: the months' headings over the results, each result's snippet with the words in
 * bold and the entry's own text as text; the count. Best first: the supervisor's name first,
 * no headings, and the choice kept. */
static void
test_results (void)
{
  g_autoptr (GSettings) settings = ethos_settings_new ();
  DiaryRow row;

  add_estrangements ();
  ui_search (child ("search_entry"), "estrangement");
  ui_await (rows_are (estrangement, G_N_ELEMENTS (estrangement)));
  g_assert_cmpstr (count_line (), ==, "5 entries");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (child ("search_order"))), ==, 0);

  /* November 2026 over the first three, September 2026 and February 2019 over the others. */
  g_assert_true (gtk_widget_get_visible (diary_row_at (window, 0).heading));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (diary_row_at (window, 0).heading)), ==,
                   "November 2026");
  g_assert_false (gtk_widget_get_visible (diary_row_at (window, 1).heading));
  g_assert_false (gtk_widget_get_visible (diary_row_at (window, 2).heading));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (diary_row_at (window, 3).heading)), ==,
                   "September 2026");
  g_assert_true (gtk_widget_get_visible (diary_row_at (window, 4).heading));

  /* The snippet: the word in bold; the entry's markup-like text shown as it was written. */
  row = diary_row_at (window, 1);
  g_assert_true (gtk_widget_get_visible (row.snippet));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (row.snippet)), "<b>estrangement</b>"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (row.snippet)),
                            "An estrangement over fees <b>& more</b>"));
  ui_render_png (GTK_WIDGET (window), "diary-search-newest.png");

  /* Best Match: where the word weighs most first (the supervisor's name), no headings; kept. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child ("search_order")), 1);
  ui_await (diary_n_rows_shown (window) == 5 && diary_row_at (window, 0).entry->id == estrangement[4]);
  for (guint i = 0; i < 5; i++)
    g_assert_false (gtk_widget_get_visible (diary_row_at (window, i).heading));
  g_assert_cmpstr (count_line (), ==, "5 entries");
  if (settings != NULL)
    {
      g_autofree char *kept = g_settings_get_string (settings, "diary-search-order");

      g_assert_cmpstr (kept, ==, "best");
      g_settings_reset (settings, "diary-search-order");
    }

  /* Leaving the search shows the diary again, without snippets. */
  ui_search (child ("search_entry"), "");
  ui_await (diary_n_rows_shown (window) > 5);
  g_assert_false (gtk_widget_get_visible (diary_row_at (window, 0).snippet));
}

/* More than are listed: the count says all, and how many are shown. Nothing found: said with
 * the words typed, in place of the list. */
static void
test_count_and_nothing (void)
{
  ui_search (child ("search_entry"), "brought");
  ui_await (diary_n_rows_shown (window) > 0 && strstr (count_line (), "shown") != NULL);
  {
    int total = ui_store_count (store, "SELECT count(*) FROM entry_search "
                                       "WHERE entry_search MATCH '\"brought\"*'");
    g_autofree char *expected = g_strdup_printf ("%d entries, the newest 100 shown", total);

    g_assert_cmpint (total, >, 100);
    g_assert_cmpstr (count_line (), ==, expected);
  }
  ui_render_png (GTK_WIDGET (window), "diary-search-many.png");

  /* A screenful or so at once (the answer to a key must not lay out a hundred rows), the rest
   * as the list is scrolled down to them, newest first to the hundredth. */
  {
    GListModel *listed = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (child ("results_view"))));
    GtkAdjustment *adjustment =
      gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (child ("results_view")));

    g_assert_cmpuint (g_list_model_get_n_items (listed), <=, 40);
    for (guint tries = 0; tries < 50 && g_list_model_get_n_items (listed) < 100; tries++)
      {
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment)
                                              - gtk_adjustment_get_page_size (adjustment));
        ui_wait_idle ();
      }
    g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 100);
    for (guint i = 1; i < 100; i++)
      {
        g_autoptr (EthosEntry) before = g_list_model_get_item (listed, i - 1);
        g_autoptr (EthosEntry) after = g_list_model_get_item (listed, i);

        g_assert_cmpint (strcmp (before->date, after->date), >=, 0);
      }
  }

  ui_search (child ("search_entry"), "zzyzx");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "No entry matches “zzyzx”"));
  g_assert_false (gtk_widget_get_visible (child ("search_info")));
}

/* The results at 1100 and 360 px, light and dark. */
static void
test_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  add_estrangements ();
  ui_search (child ("search_entry"), "estrangement");
  ui_await (diary_n_rows_shown (window) == 5 && strcmp (count_line (), "5 entries") == 0);
  ui_render_png (GTK_WIDGET (window), "diary-search-wide.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_render_png (GTK_WIDGET (window), "diary-search-wide-dark.png");
  ui_resize (GTK_WINDOW (window), 360, 720);
  ui_wait_idle ();
  ui_render_png (GTK_WIDGET (window), "diary-search-narrow-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  ui_render_png (GTK_WIDGET (window), "diary-search-narrow.png");
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
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-diary-search-page-XXXXXX");

  ui_test_add ("/diary-search-page/typing-on", set_up, test_typing_on, tear_down);
  ui_test_add ("/diary-search-page/answer-ready-after-pause", set_up,
               test_answer_ready_after_pause, tear_down);
  ui_test_add ("/diary-search-page/diary-kept-under-search", set_up,
               test_diary_kept_under_search, tear_down);
  ui_test_add ("/diary-search-page/results", set_up, test_results, tear_down);
  ui_test_add ("/diary-search-page/count-and-nothing", set_up, test_count_and_nothing, tear_down);
  ui_test_add ("/diary-search-page/screenshots", set_up, test_screenshots, tear_down);
  return g_test_run ();
}
