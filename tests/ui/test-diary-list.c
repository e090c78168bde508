/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-diary-list"

#include "config.h"

#include "diary-test-util.h"
#include "ui-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-date-row.h"
#include "ethos-entry-store.h"
#include "ethos-window.h"

/* The Diary's list as a practitioner reads it: a heading for each month above its first entry;
 * the entry open in the editor marked in the list, wherever it moves; an icon for each kind of
 * entry. (Going about a long list, by date and by page, is in test-diary-goto.c.) */

static EthosStore *store;
static EthosWindow *window;

static gboolean
row_titled (GtkWidget *widget, gpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static EthosEntry *
add_entry (EthosEntryKind kind, EthosSupervisionFormat format, const char *date, const char *who)
{
  EthosEntry *entry = ethos_entry_new (kind);
  g_autoptr (GError) error = NULL;

  g_free (entry->date);
  entry->date = g_strdup (date);
  entry->minutes = 60;
  entry->format = format;
  if (format != ETHOS_SUPERVISION_FORMAT_INDIVIDUAL)
    entry->group_size = 4;
  g_free (kind == ETHOS_ENTRY_CPD ? entry->title : entry->supervisor);
  if (kind == ETHOS_ENTRY_CPD)
    entry->title = g_strdup (who);
  else
    entry->supervisor = g_strdup (who);
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
  return entry;
}

static void
add_session (const char *date, const char *who)
{
  g_object_unref (add_entry (ETHOS_ENTRY_SUPERVISION, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, date,
                             who));
}

/* Each row laid out shows its month's heading exactly when it is the first (newest) entry of
 * its month in the diary, saying that month. */
static void
assert_headings (void)
{
  g_autoptr (GPtrArray) oldest_first = ethos_store_list_entries (store, -1, NULL, NULL, FALSE,
                                                                 NULL);
  g_autoptr (GArray) rows = diary_rows_shown (window);

  g_assert_cmpuint (rows->len, ==, oldest_first->len);
  for (guint i = 0; i < oldest_first->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (oldest_first, i);
      EthosEntry *newer = i + 1 < oldest_first->len ? g_ptr_array_index (oldest_first, i + 1)
                                                    : NULL;
      gboolean first = newer == NULL || strncmp (newer->date, entry->date, 7) != 0;
      DiaryRow row;

      g_assert_true (diary_find_row (window, entry->id, &row));
      g_assert_cmpint (gtk_widget_get_visible (row.heading), ==, first);
      if (first)
        {
          g_autofree char *month = ethos_date_format_iso (entry->date, ETHOS_DATE_MONTH);

          g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (row.heading)), ==, month);
        }
    }
}

static void
test_month_headings (void)
{
  g_autoptr (GArray) rows = NULL;
  DiaryRow row;

  add_session ("2026-11-19", "Dr Ann Example");
  add_session ("2026-11-02", "Dr Ann Example");
  add_session ("2026-10-30", "Sam Peer");
  add_session ("2026-10-01", "Sam Peer");
  add_session ("2025-12-24", "Dr Ann Example");
  ui_await (diary_n_rows_shown (window) == 5);
  assert_headings ();
  rows = diary_rows_shown (window);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (g_array_index (rows, DiaryRow, 0).heading)),
                   ==, "November 2026");
  g_assert_nonnull (ui_find_label_containing (diary_page_child (window, "entry_view"),
                                              "December 2025"));
  ui_render_png (GTK_WIDGET (window), "diary-list-months.png");

  /* A new month at the top has its heading; one more in November, newer than the first there,
   * takes the heading from it. */
  add_session ("2026-12-02", "Dr Ann Example");
  ui_await (diary_n_rows_shown (window) == 6);
  assert_headings ();
  add_session ("2026-11-25", "Dr Ann Example");
  ui_await (diary_n_rows_shown (window) == 7);
  ui_wait_idle ();
  assert_headings ();

  /* One moved into the month below without changing places: that month's heading moves up
   * to it. */
  {
    g_autoptr (GPtrArray) oldest_first = ethos_store_list_entries (store, -1, "2026-11-02",
                                                                   "2026-11-02", FALSE, NULL);
    EthosEntry *moved = g_ptr_array_index (oldest_first, 0);
    g_autoptr (GError) error = NULL;

    g_free (moved->date);
    moved->date = g_strdup ("2026-10-31");
    g_assert_true (ethos_store_update_entry (store, moved, &error));
    g_assert_no_error (error);
    ui_await (diary_find_row (window, moved->id, &row) && gtk_widget_get_visible (row.heading));
    ui_wait_idle ();
    assert_headings ();
  }

  /* Search results come newest first, under their months' headings; best first, they have
   * none. */
  ui_search (diary_page_child (window, "search_entry"), "Sam");
  ui_await (diary_n_rows_shown (window) == 2);
  g_array_unref (rows);
  rows = diary_rows_shown (window);
  g_assert_true (gtk_widget_get_visible (g_array_index (rows, DiaryRow, 0).heading));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (g_array_index (rows, DiaryRow, 0).heading)),
                   ==, "October 2026");
  g_assert_false (gtk_widget_get_visible (g_array_index (rows, DiaryRow, 1).heading));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (diary_page_child (window, "search_order")), 1);
  ui_await (diary_n_rows_shown (window) == 2
            && !gtk_widget_get_visible (diary_row_at (window, 0).heading));
  g_array_unref (rows);
  rows = diary_rows_shown (window);
  for (guint i = 0; i < rows->len; i++)
    g_assert_false (gtk_widget_get_visible (g_array_index (rows, DiaryRow, i).heading));
}

/* The entry open in the editor is the one marked in the list: opened, moved by its date being
 * changed, new and then saved, deleted; a click or a key elsewhere does not move the mark. */
static void
test_open_entry_selected (void)
{
  EthosDiaryPage *page = ethos_window_get_diary_page (window);
  GtkSelectionModel *selection;
  GtkWidget *date_row;
  DiaryRow row;

  add_session ("2026-11-19", "Dr Ann Example");
  add_session ("2026-11-02", "Dr Ann Example");
  add_session ("2026-10-30", "Sam Peer");
  ui_await (diary_n_rows_shown (window) == 3);
  g_assert_cmpint (diary_selected_id (window), ==, 0);

  g_assert_true (ethos_diary_page_open_position (page, 1));
  ui_await (diary_open_id (window) != 0);
  ui_await (diary_selected_id (window) == diary_open_id (window));
  g_assert_true (diary_find_row (window, diary_open_id (window), &row));
  g_assert_cmpstr (ethos_entry_get_label (row.entry), ==, "Dr Ann Example");
  g_assert_cmpstr (row.entry->date, ==, "2026-11-02");

  /* Selecting from the list (as the pointer passing over a row would) does not move it. */
  selection = gtk_list_view_get_model (GTK_LIST_VIEW (diary_page_child (window, "entry_view")));
  g_assert_false (gtk_selection_model_select_item (selection, 0, TRUE));
  ui_wait_idle ();
  g_assert_cmpint (diary_selected_id (window), ==, diary_open_id (window));

  /* Its date changed in the editor: saved, it moves to the bottom and stays marked. */
  date_row = ui_find_widget (GTK_WIDGET (diary_editor (window)), ETHOS_TYPE_DATE_ROW, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (date_row), "2026-09-15");
  ui_await (ethos_entry_editor_get_entry (diary_editor (window)) != NULL
            && g_strcmp0 (ethos_entry_editor_get_entry (diary_editor (window))->date,
                          "2026-09-15") == 0);
  ui_await (diary_selected_id (window) == diary_open_id (window));
  {
    g_autoptr (GArray) rows = diary_rows_shown (window);

    g_assert_cmpint (g_array_index (rows, DiaryRow, rows->len - 1).entry->id, ==,
                     diary_open_id (window));
  }
  ui_render_png (GTK_WIDGET (window), "diary-list-open.png");

  /* A new session is marked once it is saved and has its place. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-supervision", NULL);
  ui_await (diary_editing_new (window, ETHOS_ENTRY_SUPERVISION));
  ui_wait_idle ();
  g_assert_cmpint (diary_selected_id (window), ==, 0);
  date_row = ui_find_widget (GTK_WIDGET (diary_editor (window)), ETHOS_TYPE_DATE_ROW, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (date_row), "2026-10-31");
  gtk_editable_set_text (GTK_EDITABLE (ui_find_widget (GTK_WIDGET (diary_editor (window)),
                                                       ADW_TYPE_ENTRY_ROW, row_titled,
                                                       (gpointer) "Supervisor")),
                         "Dr New");
  ui_await (ethos_store_count_entries (store, -1) == 4);
  ui_await (diary_open_id (window) != 0 && diary_selected_id (window) == diary_open_id (window));
  g_assert_true (diary_find_row (window, diary_open_id (window), &row));
  g_assert_cmpstr (row.entry->date, ==, "2026-10-31");

  /* Deleted: nothing is marked. */
  gtk_widget_activate_action (GTK_WIDGET (diary_editor (window)), "editor.delete", NULL);
  ui_await (ethos_store_count_entries (store, -1) == 3);
  ui_await (diary_n_rows_shown (window) == 3);
  ui_wait_idle ();
  g_assert_cmpint (diary_selected_id (window), ==, 0);
}

/* Individual, group and peer supervision and CPD each have an icon of their own, named for a
 * screen reader. */
static void
test_icons_by_kind (void)
{
  static const struct
  {
    EthosEntryKind         kind;
    EthosSupervisionFormat format;
    const char            *date;
    const char            *words;
  } kinds[] = {
    { ETHOS_ENTRY_SUPERVISION, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, "2026-11-04",
      "Individual supervision" },
    { ETHOS_ENTRY_SUPERVISION, ETHOS_SUPERVISION_FORMAT_GROUP, "2026-11-03",
      "Group supervision" },
    { ETHOS_ENTRY_SUPERVISION, ETHOS_SUPERVISION_FORMAT_PEER, "2026-11-02",
      "Peer supervision" },
    { ETHOS_ENTRY_CPD, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, "2026-11-01", "CPD activity" },
  };
  g_autoptr (GPtrArray) icons = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_object_unref (add_entry (kinds[i].kind, kinds[i].format, kinds[i].date, "Someone"));
  ui_await (diary_n_rows_shown (window) == G_N_ELEMENTS (kinds));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr (GArray) rows = diary_rows_shown (window);
      DiaryRow row = g_array_index (rows, DiaryRow, i);
      g_autofree char *name = ui_accessible_name (row.icon);
      const char *icon = gtk_image_get_icon_name (GTK_IMAGE (row.icon));
      g_autofree char *described = NULL;

      g_assert_cmpstr (row.entry->date, ==, kinds[i].date);
      g_assert_cmpstr (name, ==, kinds[i].words);
      described = gtk_test_accessible_check_property (
        GTK_ACCESSIBLE (gtk_widget_get_parent (row.heading)), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
        kinds[i].words);
      g_assert_null (described);
      /* A symbolic icon the theme has, and no other kind's. */
      g_assert_true (gtk_icon_theme_has_icon (
        gtk_icon_theme_get_for_display (gtk_widget_get_display (row.icon)), icon));
      g_assert_true (g_str_has_suffix (icon, "-symbolic"));
      for (guint j = 0; j < icons->len; j++)
        g_assert_cmpstr (g_ptr_array_index (icons, j), !=, icon);
      g_ptr_array_add (icons, (gpointer) icon);
    }
}

/* A long title takes two lines before it is cut short (issue 22: at a large text size a title
 * was cut after a word or two). */
static void
test_long_title_wraps (void)
{
  g_autoptr (EthosEntry) entry = add_entry (ETHOS_ENTRY_CPD, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL,
                                            "2026-11-04",
                                            "Working with couples and families after separation: "
                                            "a weekend of practice, reflection and supervised role play");
  GtkWidget *title;
  DiaryRow row;

  ui_await (diary_n_rows_shown (window) == 1);
  row = diary_row_at (window, 0);
  title = gtk_widget_get_first_child (gtk_widget_get_next_sibling (row.icon));
  g_assert_true (GTK_IS_LABEL (title));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (title)), "Working with couples"));
  ui_wait_idle ();
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (title))), ==, 2);
}

static void
set_up (void)
{
  store = diary_open_case (0, &window);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-diary-list-XXXXXX");

  ui_test_add ("/diary-list/month-headings", set_up, test_month_headings, tear_down);
  ui_test_add ("/diary-list/open-entry-selected", set_up, test_open_entry_selected, tear_down);
  ui_test_add ("/diary-list/icons-by-kind", set_up, test_icons_by_kind, tear_down);
  ui_test_add ("/diary-list/long-title-wraps", set_up, test_long_title_wraps, tear_down);
  return g_test_run ();
}
