/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminders-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-reminder-store.h"
#include "ethos-reminders-page-private.h"
#include "ethos-toast.h"

/* Done and Delete on the Reminders page, each said in a toast whose Undo takes it back: one
 * misclick on Done would otherwise move a DBS recheck three years on. The store takes them
 * back, in one transaction each (ethos-reminder-undo.c); what it cannot take back (the reminder
 * has changed since), the page says. */

typedef struct
{
  EthosRemindersPage *page;
  EthosReminder      *before; /* Done: the reminder as it was */
  EthosReminder      *after;  /* Done: as Done left it */
  EthosKeptReminder  *kept;   /* Delete: what was deleted */
} Undo;

static void
undo_free (Undo *undo)
{
  g_object_unref (undo->page);
  g_clear_object (&undo->before);
  g_clear_object (&undo->after);
  g_clear_pointer (&undo->kept, ethos_kept_reminder_free);
  g_free (undo);
}

static void
on_undo_cb (AdwToast *toast, Undo *undo)
{
  g_autoptr (GError) error = NULL;
  gboolean undone;

  if (undo->kept != NULL)
    undone = ethos_store_undo_reminder_delete (undo->page->store, undo->kept, &error) != 0;
  else
    undone = ethos_store_undo_reminder_done (undo->page->store, undo->before, undo->after,
                                             &error);
  if (!undone)
    {
      g_autofree char *message = g_strdup_printf (_("Could not undo: %s"), error->message);

      ethos_toast_show (GTK_WIDGET (undo->page), message);
    }
}

static void
show_undo (EthosRemindersPage *self, const char *message, Undo *undo)
{
  undo->page = g_object_ref (self);
  ethos_toast_show_undo (GTK_WIDGET (self), message, G_CALLBACK (on_undo_cb), undo,
                         (GDestroyNotify) undo_free);
}

/* The reminder whose row is after @id's in its group (or before it, for the last): where the
 * focus goes when @id's row leaves. 0 when it is alone. */
static gint64
neighbour_of (EthosRemindersPage *self, gint64 id)
{
  GtkWidget *row = ethos_reminders_page_find_row (self, id);
  GtkWidget *other;

  if (row == NULL)
    return 0;
  other = gtk_widget_get_next_sibling (row);
  if (other == NULL || g_object_get_data (G_OBJECT (other), "reminder-id") == NULL)
    other = gtk_widget_get_prev_sibling (row);
  if (other == NULL || g_object_get_data (G_OBJECT (other), "reminder-id") == NULL)
    return 0;
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (other), "reminder-id"));
}

/* The first reminder's row on screen under @widget, or NULL. */
static GtkWidget *
first_reminder_row (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX_ROW (widget) && g_object_get_data (G_OBJECT (widget), "reminder-id") != NULL)
    return gtk_widget_is_drawable (widget) ? widget : NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = first_reminder_row (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* After Done, the focus stays with the practitioner (issue 22): on the reminder's row where it
 * now shows (a recurring one, due again), else on the row that took its place, else (it was
 * alone in its group) on the first reminder's row, else on the page's first control; never
 * left to fall on whatever comes next in the window (a toast's Undo). */
static void
refocus (EthosRemindersPage *self, gint64 id, gint64 neighbour)
{
  GtkWidget *row = ethos_reminders_page_find_row (self, id);

  if (row == NULL || !gtk_widget_is_drawable (row))
    row = neighbour != 0 ? ethos_reminders_page_find_row (self, neighbour) : NULL;
  if (row == NULL || !gtk_widget_is_drawable (row))
    row = first_reminder_row (GTK_WIDGET (self));
  if (row != NULL)
    gtk_widget_grab_focus (row);
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

/* Done on reminder @id as of the page's day: a repeating one moves to its next due date. */
void
ethos_reminders_page_done (EthosRemindersPage *self, gint64 id)
{
  g_autoptr (EthosReminder) reminder = ethos_reminders_page_read_reminder (self, id);
  g_autoptr (EthosReminder) before = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *today = ethos_reminders_page_today_iso (self);
  g_autofree char *message = NULL;
  Undo *undo;
  gint64 neighbour;

  if (reminder == NULL)
    return;
  before = ethos_reminder_copy (reminder);
  neighbour = neighbour_of (self, id);
  if (!ethos_store_complete_reminder (self->store, reminder, today, &error))
    {
      ethos_toast_show (GTK_WIDGET (self), error->message);
      return;
    }
  refocus (self, id, neighbour);
  if (!reminder->done)
    {
      g_autofree char *next = ethos_date_format_iso (reminder->due, ETHOS_DATE_LONG);

      message = g_strdup_printf (_("Done; next due %s"), next);
    }
  else
    message = g_strdup (_("Done"));
  undo = g_new0 (Undo, 1);
  undo->before = g_steal_pointer (&before);
  undo->after = g_steal_pointer (&reminder);
  show_undo (self, message, undo);
}

/* Deletes reminder @id, with its history and the stages of it already shown; Undo brings all
 * of it back. */
void
ethos_reminders_page_delete (EthosRemindersPage *self, gint64 id)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  EthosKeptReminder *kept = ethos_store_delete_reminder_kept (self->store, id, &error);
  Undo *undo;

  if (kept == NULL)
    {
      message = g_strdup_printf (_("Could not delete the reminder: %s"), error->message);
      ethos_toast_show (GTK_WIDGET (self), message);
      return;
    }
  /* Translators: %s is what the reminder was for, "DBS recheck" */
  message = g_strdup_printf (_("Deleted “%s”"), ethos_kept_reminder_get_title (kept));
  undo = g_new0 (Undo, 1);
  undo->kept = kept;
  show_undo (self, message, undo);
}
