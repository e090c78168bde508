/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-window"

#include "config.h"

#include "ethos-codes-page.h"
#include "ethos-diary-page.h"
#include "ethos-window-private.h"

/* Where the focus goes when Ctrl+1…4 show a page (issue 22): on the page's first useful control,
 * with its ring shown, not left on a view switcher's tab that a screen reader reads as another
 * page. The Codes: its search. The Diary: back where the practitioner was in it (a field, with
 * its text as it was: not all of it selected, which the next key would replace), or else its
 * list, or its search while the list is empty. The Reminders and the Overview: their first
 * row. */

static GtkWidget *
first_row (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if ((GTK_IS_LIST_BOX_ROW (widget) || g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget"))
      && gtk_widget_get_focusable (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = first_row (child);

      if (row != NULL)
        return row;
    }
  return NULL;
}

static GtkWidget *
first_of_type (GtkWidget *widget, GType type)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = first_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
restore (EthosWindow *self, GtkWidget *page)
{
  GtkWidget *focus = self->diary_focus;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, page) || !gtk_widget_get_mapped (focus))
    return FALSE;
  if (!GTK_IS_TEXT (focus))
    return gtk_widget_grab_focus (focus);
  /* A GtkText selects all its text when it takes the focus (and the stack may have given it
   * back so already): the cursor goes back where it was, nothing selected. */
  if (!gtk_text_grab_focus_without_selecting (GTK_TEXT (focus)))
    return FALSE;
  if (self->diary_caret >= 0)
    gtk_editable_select_region (GTK_EDITABLE (focus), self->diary_caret, self->diary_caret);
  else
    gtk_editable_select_region (GTK_EDITABLE (focus), -1, -1);
  return TRUE;
}

static gboolean
focus_page (EthosWindow *self, const char *name)
{
  GtkWidget *page = ethos_window_page (self, name);
  GtkWidget *target = NULL;

  if (page == NULL || !gtk_widget_get_mapped (page))
    return FALSE;
  if (g_str_equal (name, "codes"))
    {
      ethos_codes_page_focus_search (ETHOS_CODES_PAGE (page));
      return TRUE;
    }
  if (g_str_equal (name, "diary"))
    {
      GtkWidget *list;

      if (restore (self, page))
        return TRUE;
      if ((list = first_of_type (page, GTK_TYPE_LIST_VIEW)) != NULL
          && (target = first_row (list)) != NULL)
        return gtk_widget_grab_focus (target);
      target = first_of_type (page, GTK_TYPE_SEARCH_ENTRY);
    }
  else
    target = first_row (page);
  return target != NULL && gtk_widget_grab_focus (target);
}

static gboolean
on_idle_focus_cb (gpointer data)
{
  EthosWindow *self = data;

  self->focus_source = 0;
  if (self->focus_page != NULL)
    focus_page (self, self->focus_page);
  return G_SOURCE_REMOVE;
}

/* Shows the page @name as Ctrl+1…4 do, and puts the focus in it, visibly. */
void
ethos_window_show_page_focused (EthosWindow *self, const char *name)
{
  adw_view_stack_set_visible_child_name (self->stack, name);
  gtk_window_set_focus_visible (GTK_WINDOW (self), TRUE);
  /* A page made or filled just now has its rows only once it has been laid out. */
  if (focus_page (self, name) && gtk_root_get_focus (GTK_ROOT (self)) != NULL
      && gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (self)),
                                 ethos_window_page (self, name)))
    return;
  self->focus_page = g_intern_string (name);
  if (self->focus_source == 0)
    self->focus_source = g_idle_add_full (G_PRIORITY_LOW, on_idle_focus_cb, self, NULL);
}

/* Keeps where the focus was in the Diary, to come back to it. */
static void
on_focus_changed_cb (EthosWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == self->diary_focus)
    return;
  /* The field left: where its cursor was. */
  if (self->diary_focus != NULL && GTK_IS_TEXT (self->diary_focus))
    self->diary_caret = gtk_editable_get_position (GTK_EDITABLE (self->diary_focus));
  if (focus != NULL && self->diary_page != NULL
      && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->diary_page)))
    {
      g_set_weak_pointer (&self->diary_focus, focus);
      self->diary_caret = -1;
    }
}

void
ethos_window_focus_init (EthosWindow *self)
{
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_changed_cb), NULL);
}

void
ethos_window_focus_dispose (EthosWindow *self)
{
  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_clear_weak_pointer (&self->diary_focus);
}
