/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-page"

#include "config.h"

#include "ethos-date.h"
#include "ethos-diary-page-private.h"
#include "ethos-diary-results.h"
#include "ethos-diary-rows.h"

/* The Diary's list beyond its rows: the entry open in the editor marked as selected, wherever
 * it moves; the month of the rows at the top kept in view as the list scrolls (GTK 4.8's list
 * views have no sticky headings: a label over the list's top edge says the month of the row
 * under it); and a row gone to by Go to Date given the focus once it is laid out. */

/* Rows past one gone to: more than a screen holds. */
#define PAST_ROWS 100

/* Whether the list shown is in date order, newest first: the diary, or search results asked for
 * so. Other results have no headings. */
static gboolean
shows_months (EthosDiaryPage *self)
{
  return self->selection == self->diary_selection
         || (self->selection == self->results_selection
             && ethos_diary_page_results_by_date (self));
}

/* Which rows of the diary show their month's heading: the first of each month. */
gboolean
ethos_diary_page_diary_starts_month (guint position, gpointer data)
{
  EthosDiaryPage *self = data;

  return ethos_diary_model_starts_month (self->model, position);
}

/* Which rows of the results show their month's heading: the first of each month, when they are
 * newest first; none when best first. */
gboolean
ethos_diary_page_result_starts_month (guint position, gpointer data)
{
  EthosDiaryPage *self = data;
  g_autoptr (EthosEntry) entry = NULL;
  g_autoptr (EthosEntry) before = NULL;
  GListModel *results = G_LIST_MODEL (self->results);

  if (!ethos_diary_page_results_by_date (self)
      || (entry = g_list_model_get_item (results, position)) == NULL)
    return FALSE;
  before = position > 0 ? g_list_model_get_item (results, position - 1) : NULL;
  return ethos_diary_results_starts_month (entry->date, before != NULL ? before->date : NULL);
}

/* Whether the row at @position of the list shown shows its month's heading. */
static gboolean
starts_month (EthosDiaryPage *self, guint position)
{
  return self->selection == self->diary_selection
           ? ethos_diary_page_diary_starts_month (position, self)
           : ethos_diary_page_result_starts_month (position, self);
}

/* The open entry ----------------------------------------------------------------------------- */

/* Where the entry open in the editor is in the list shown, or GTK_INVALID_LIST_POSITION (none
 * open, a new one not saved yet, or not in the list shown). */
static guint
open_position (EthosDiaryPage *self)
{
  EthosEntry *open = ethos_entry_editor_get_entry (self->editor);
  GListModel *shown = ethos_open_selection_get_model (self->selection);
  guint position;

  if (open == NULL || open->id <= 0)
    return GTK_INVALID_LIST_POSITION;
  if (shown == G_LIST_MODEL (self->model))
    return ethos_diary_model_find (self->model, open, &position) ? position
                                                                 : GTK_INVALID_LIST_POSITION;
  /* Search results: a hundred at most, all read. */
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr (EthosEntry) entry = g_list_model_get_item (shown, i);

      if (entry->id == open->id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Whether the selection already marks the open entry (or nothing, when none is open). */
static gboolean
open_is_selected (EthosDiaryPage *self)
{
  EthosEntry *open = ethos_entry_editor_get_entry (self->editor);
  guint selected = ethos_open_selection_get_selected (self->selection);
  g_autoptr (EthosEntry) entry = NULL;

  if (selected == GTK_INVALID_LIST_POSITION)
    return open == NULL || open->id <= 0;
  entry = g_list_model_get_item (G_LIST_MODEL (self->selection), selected);
  return entry != NULL && open != NULL && entry->id == open->id;
}

/* Marks the entry open in the editor as the list's selection. */
void
ethos_diary_page_select_open (EthosDiaryPage *self)
{
  g_clear_handle_id (&self->select_source, g_source_remove);
  if (!open_is_selected (self))
    ethos_open_selection_set_selected (self->selection, open_position (self));
}

static gboolean
select_open_cb (gpointer data)
{
  EthosDiaryPage *self = data;

  self->select_source = 0;
  ethos_diary_page_select_open (self);
  return G_SOURCE_REMOVE;
}

/* The list shown changed. A write moves the entry it wrote as two changes, out of its old
 * place and into its new one: the open entry is looked for once both are over (before the
 * next frame is drawn), and only when the selection lost it. */
void
ethos_diary_page_list_changed (EthosDiaryPage *self)
{
  self->month_stale = TRUE;
  if (self->select_source == 0 && !open_is_selected (self))
    self->select_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, select_open_cb, self, NULL);
}

/* The month at the top -------------------------------------------------------------------- */

/* The row at the list's top edge: the one laid out across it. */
static GtkWidget *
top_row (EthosDiaryPage *self)
{
  GtkWidget *view = GTK_WIDGET (ethos_diary_page_shown_view (self));
  GtkWidget *top = NULL;
  float top_y = G_MAXFLOAT;

  for (GtkWidget *row = gtk_widget_get_first_child (view); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_child_visible (row) || !gtk_widget_compute_bounds (row, view, &bounds))
        continue;
      if (bounds.origin.y + bounds.size.height > 0 && bounds.origin.y < top_y)
        {
          top = row;
          top_y = bounds.origin.y;
        }
    }
  return top;
}

/* Over the list once it has scrolled from its top: the month of the row at the top, where its
 * own heading has scrolled out of view. At the very top, the first row's heading says it. */
static void
update_sticky_month (EthosDiaryPage *self)
{
  GtkAdjustment *adjustment =
    gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (ethos_diary_page_shown_view (self)));
  GtkWidget *top = NULL;
  EthosEntry *entry = NULL;

  self->month_stale = FALSE;
  if (adjustment != NULL && gtk_adjustment_get_value (adjustment) > 0 && shows_months (self)
      && (top = top_row (self)) != NULL)
    entry = ethos_diary_rows_get_entry (gtk_widget_get_first_child (top));
  if (entry != NULL)
    {
      g_autofree char *month = g_strndup (entry->date, 7);
      g_autofree char *words = ethos_date_format_iso (month, ETHOS_DATE_MONTH);

      if (g_strcmp0 (gtk_label_get_label (self->sticky_month), words) != 0)
        gtk_label_set_label (self->sticky_month, words);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->sticky_month), entry != NULL);
}

/* The row of entry @id, if it is laid out. */
static GtkWidget *
row_of (EthosDiaryPage *self, gint64 id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (ethos_diary_page_shown_view (self)));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);
      EthosEntry *entry = child != NULL ? ethos_diary_rows_get_entry (child) : NULL;

      if (entry != NULL && entry->id == id && gtk_widget_get_child_visible (row))
        return row;
    }
  return NULL;
}

static void
scroll_to (EthosDiaryPage *self, guint position)
{
  gtk_widget_activate_action (GTK_WIDGET (ethos_diary_page_shown_view (self)),
                              "list.scroll-to-item", "u",
                              position);
}

/* After a frame is drawn, the rows are where they are shown: the month over the top is read
 * from them, and a row gone to is brought to the top and takes the focus. */
static void
on_after_paint_cb (GdkFrameClock *clock, EthosDiaryPage *self)
{
  GtkWidget *row;

  if (self->month_stale)
    update_sticky_month (self);
  if (self->focus_id == 0)
    return;
  if (self->focus_scroll != GTK_INVALID_LIST_POSITION)
    {
      /* The list is past the row now: scrolled back to it, it comes in at the top. */
      scroll_to (self, self->focus_scroll);
      self->focus_scroll = GTK_INVALID_LIST_POSITION;
      return;
    }
  if ((row = row_of (self, self->focus_id)) != NULL)
    {
      self->focus_id = 0;
      gtk_widget_grab_focus (row);
    }
}

/* Scrolls the list to the row at @position, at the top, and gives it the focus. GTK 4.8 scrolls
 * a list only as far as it must: to a row below what is shown, until it shows at the bottom;
 * to a row above, until it shows at the top. So the list goes past the row first, then back
 * to it. A row without its month's heading has the row before it above it, under the month
 * kept over the top, so that it is not hidden there itself. */
void
ethos_diary_page_focus_position (EthosDiaryPage *self, guint position)
{
  GListModel *shown = G_LIST_MODEL (self->selection);
  g_autoptr (EthosEntry) entry = g_list_model_get_item (shown, position);
  guint top;

  if (entry == NULL)
    return;
  top = position == 0 || starts_month (self, position) ? position : position - 1;
  self->focus_id = entry->id;
  self->focus_scroll = top;
  scroll_to (self, MIN (top + PAST_ROWS, g_list_model_get_n_items (shown) - 1));
  self->month_stale = TRUE;
}

static void
on_scrolled_cb (EthosDiaryPage *self)
{
  self->month_stale = TRUE;
}

static void
on_view_map_cb (EthosDiaryPage *self)
{
  self->frame_clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self->view_stack)));
  self->after_paint_handler = g_signal_connect (self->frame_clock, "after-paint",
                                                G_CALLBACK (on_after_paint_cb), self);
  self->month_stale = TRUE;
}

static void
on_view_unmap_cb (EthosDiaryPage *self)
{
  if (self->frame_clock != NULL)
    g_clear_signal_handler (&self->after_paint_handler, self->frame_clock);
  g_clear_object (&self->frame_clock);
}

/* At construction, once the template is built. */
void
ethos_diary_page_list_init (EthosDiaryPage *self)
{
  GtkListView *views[] = { self->entry_view, self->results_view };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (views[i])),
                             "value-changed", G_CALLBACK (on_scrolled_cb), self,
                             G_CONNECT_SWAPPED);
  /* Either list shown, the frames are the stack's. */
  g_signal_connect_swapped (self->view_stack, "map", G_CALLBACK (on_view_map_cb), self);
  g_signal_connect_swapped (self->view_stack, "unmap", G_CALLBACK (on_view_unmap_cb), self);
}

void
ethos_diary_page_list_dispose (EthosDiaryPage *self)
{
  g_clear_handle_id (&self->select_source, g_source_remove);
  on_view_unmap_cb (self);
  self->selection = NULL;
  if (self->diary_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->diary_selection, self);
  if (self->results_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->results_selection, self);
  g_clear_object (&self->diary_selection);
  g_clear_object (&self->results_selection);
}
