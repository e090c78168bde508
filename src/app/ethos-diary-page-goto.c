/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-diary-page-private.h"
#include "ethos-field.h"

/* Go to Date (Ctrl+G): a day typed as people write it, or picked from a calendar; the list
 * scrolls to the newest entry on that day or before it, which takes the focus, so that Enter
 * opens it. Years back in a long diary are one step rather than minutes of scrolling. */

static void
on_go_to_date_shown_cb (EthosDiaryPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->go_to_date_row), "");
  ethos_field_check (ADW_PREFERENCES_ROW (self->go_to_date_row), TRUE, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->go_to_date_error), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->go_to_date_row));
}

/* Goes to @date (YYYY-MM-DD) in the diary: the search is left for the diary, and a period that
 * does not take the day in is widened to any time, so that the day is in the list gone to (the
 * kind chosen stays). FALSE with @error when the diary cannot be read. */
static gboolean
go_to_date (EthosDiaryPage *self, const char *date, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  guint position;

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  if (ethos_diary_page_searching (self))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      ethos_diary_page_run_search (self);
    }
  if (!ethos_diary_model_covers (self->model, date))
    gtk_drop_down_set_selected (self->period_filter, 0);
  if (!ethos_diary_model_find_date (self->model, date, &position, &local_error))
    {
      /* An empty list has nowhere to go, and nothing went wrong. */
      if (local_error == NULL)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  ethos_diary_page_focus_position (self, position);
  return TRUE;
}

static void
on_go_to_date_cb (EthosDiaryPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *date = ethos_date_row_read (self->go_to_date_row, TRUE, &error);

  if (date != NULL && go_to_date (self, date, &error))
    {
      gtk_menu_button_popdown (self->go_to_date_button);
      return;
    }
  if (date != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the diary: %s"),
                                                  error->message);

      gtk_label_set_label (self->go_to_date_error, message);
    }
  else
    gtk_label_set_label (self->go_to_date_error, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->go_to_date_error), TRUE);
}

static void
diary_go_to_date (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosDiaryPage *self = ETHOS_DIARY_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_menu_button_popup (self->go_to_date_button);
}

void
ethos_diary_page_goto_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (ETHOS_TYPE_DATE_ROW);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, go_to_date_button);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, go_to_date_row);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, go_to_date_error);
  gtk_widget_class_bind_template_callback (widget_class, on_go_to_date_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_go_to_date_cb);
  gtk_widget_class_install_action (widget_class, "diary.go-to-date", NULL, diary_go_to_date);
}
