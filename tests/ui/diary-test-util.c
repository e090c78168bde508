/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "diary-test-util"

#include "config.h"

#include "diary-test-util.h"

#include "ethos-diary-rows.h"

/* A window on @store at full width, showing the Diary. */
EthosWindow *
diary_open_window (EthosStore *store)
{
  EthosWindow *window = ui_open_window (NULL, store, 1100, 720);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  return window;
}

/* A case's own diary, with @n_entries made up over forty years (0: empty), and a window on its
 * Diary in @window. */
EthosStore *
diary_open_case (guint n_entries, EthosWindow **window)
{
  EthosStore *store = ui_open_store (NULL, n_entries, 7);

  *window = diary_open_window (store);
  return store;
}

EthosEntryEditor *
diary_editor (EthosWindow *window)
{
  return ethos_diary_page_get_editor (ethos_window_get_diary_page (window));
}

/* Whether @window's editor has a new entry of @kind open, not yet saved. */
gboolean
diary_editing_new (EthosWindow *window, EthosEntryKind kind)
{
  EthosEntry *entry = ethos_entry_editor_get_entry (diary_editor (window));

  return entry != NULL && entry->id == 0 && entry->kind == kind;
}

/* The id of the entry open in @window's editor, 0 for none or a new one. */
gint64
diary_open_id (EthosWindow *window)
{
  EthosEntry *entry = ethos_entry_editor_get_entry (diary_editor (window));

  return entry != NULL ? entry->id : 0;
}

/* The Diary page's part named @id in its template, shown or not. */
GtkWidget *
diary_page_child (EthosWindow *window, const char *id)
{
  GObject *found = gtk_widget_get_template_child (GTK_WIDGET (ethos_window_get_diary_page (window)),
                                                  ETHOS_TYPE_DIARY_PAGE, id);

  g_assert_nonnull (found);
  return GTK_WIDGET (found);
}

/* The rows of the list laid out, top to bottom (DiaryRow). */
GArray *
diary_rows_shown (EthosWindow *window)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (DiaryRow));

  GtkWidget *shown = gtk_stack_get_visible_child (GTK_STACK (diary_page_child (window, "view_stack")));
  GtkWidget *view = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (shown));

  for (GtkWidget *item = gtk_widget_get_first_child (view);
       item != NULL; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *child = gtk_widget_get_first_child (item);
      DiaryRow row = { 0 };

      if (!gtk_widget_get_child_visible (item) || child == NULL
          || (row.entry = ethos_diary_rows_get_entry (child)) == NULL)
        continue;
      row.item = item;
      row.heading = gtk_widget_get_first_child (child);
      row.icon = gtk_widget_get_first_child (gtk_widget_get_next_sibling (row.heading));
      /* Under the title and the day. */
      row.snippet = gtk_widget_get_last_child (gtk_widget_get_next_sibling (row.icon));
      g_array_append_val (rows, row);
    }
  return rows;
}

guint
diary_n_rows_shown (EthosWindow *window)
{
  g_autoptr (GArray) rows = diary_rows_shown (window);

  return rows->len;
}

/* The row laid out @i from the top; fails when there are not so many. */
DiaryRow
diary_row_at (EthosWindow *window, guint i)
{
  g_autoptr (GArray) rows = diary_rows_shown (window);

  g_assert_cmpuint (i, <, rows->len);
  return g_array_index (rows, DiaryRow, i);
}

/* The row of the entry with @id, if it is laid out. */
gboolean
diary_find_row (EthosWindow *window, gint64 id, DiaryRow *found)
{
  g_autoptr (GArray) rows = diary_rows_shown (window);

  for (guint i = 0; i < rows->len; i++)
    if (g_array_index (rows, DiaryRow, i).entry->id == id)
      {
        *found = g_array_index (rows, DiaryRow, i);
        return TRUE;
      }
  return FALSE;
}

/* The id of the one entry marked in the list as open, 0 for none; fails on two marked. */
gint64
diary_selected_id (EthosWindow *window)
{
  g_autoptr (GArray) rows = diary_rows_shown (window);
  gint64 id = 0;

  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_get_state_flags (g_array_index (rows, DiaryRow, i).item)
        & GTK_STATE_FLAG_SELECTED)
      {
        g_assert_cmpint (id, ==, 0);
        id = g_array_index (rows, DiaryRow, i).entry->id;
      }
  return id;
}
