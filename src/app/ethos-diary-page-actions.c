/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-date.h"
#include "ethos-diary-page-private.h"
#include "ethos-entry-store.h"
#include "ethos-toast.h"

/* The Diary page's actions: a new session or activity, and deleting an entry (with Undo, or
 * confirmed first when its evidence files go with it). */

static void
on_undo_cb (AdwToast *toast, EthosDiaryPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosEntry) entry = g_steal_pointer (&self->deleted);

  if (entry == NULL)
    return;
  entry->id = 0;
  if (!ethos_store_add_entry (self->store, entry, &error))
    {
      ethos_toast_show (GTK_WIDGET (self), error->message);
      return;
    }
  ethos_entry_editor_set_entry (self->editor, entry);
  ethos_diary_page_select_open (self);
}

static void
delete_entry (EthosDiaryPage *self, EthosEntry *entry, gboolean offer_undo)
{
  g_autoptr (GError) error = NULL;
  AdwToast *toast;

  if (!ethos_store_delete_entry (self->store, entry->id, &error))
    {
      ethos_toast_show (GTK_WIDGET (self), error->message);
      return;
    }
  ethos_diary_page_edit (self, NULL);

  toast = adw_toast_new (_("Entry deleted"));
  if (offer_undo)
    {
      g_set_object (&self->deleted, entry);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_cb), self);
    }
  ethos_toast_add (GTK_WIDGET (self), toast);
}

static void
on_confirm_delete_cb (AdwMessageDialog *dialog, const char *response, EthosDiaryPage *self)
{
  EthosEntry *entry = g_object_get_data (G_OBJECT (dialog), "entry");

  if (g_strcmp0 (response, "delete") == 0 && entry != NULL)
    delete_entry (self, entry, FALSE);
}

/* An entry is taken back with Undo; one with evidence files is confirmed first, because the
 * files go with it. */
static void
on_delete_requested_cb (EthosDiaryPage *self)
{
  g_autoptr (EthosEntry) entry = NULL;
  EthosEntry *shown = ethos_entry_editor_get_entry (self->editor);
  GtkRoot *root;
  GtkWidget *dialog;

  if (shown == NULL)
    return;
  if (shown->id == 0)
    {
      ethos_entry_editor_set_entry (self->editor, NULL);
      return;
    }
  entry = ethos_entry_copy (shown);
  if (entry->evidence->len == 0)
    {
      delete_entry (self, entry, TRUE);
      return;
    }
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Delete This Entry?"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("Its evidence files are deleted with it, and this cannot be "
                                 "undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete",
                                    _("_Delete"), NULL);
  ethos_accessible_name_responses (ADW_MESSAGE_DIALOG (dialog));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "entry", g_steal_pointer (&entry), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_delete_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_entry (EthosDiaryPage *self, EthosEntryKind kind)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (kind);

  g_free (entry->date);
  entry->date = ethos_date_today_iso ();
  if (kind == ETHOS_ENTRY_SUPERVISION)
    entry->minutes = 60;
  ethos_diary_page_leave_for (self, G_OBJECT (entry));
  ethos_entry_editor_focus_first (self->editor);
}

static void
diary_new_supervision (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  new_entry (ETHOS_DIARY_PAGE (widget), ETHOS_ENTRY_SUPERVISION);
}

static void
diary_new_cpd (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  new_entry (ETHOS_DIARY_PAGE (widget), ETHOS_ENTRY_CPD);
}

void
ethos_diary_page_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_delete_requested_cb);
  gtk_widget_class_install_action (widget_class, "diary.new-supervision", NULL,
                                   diary_new_supervision);
  gtk_widget_class_install_action (widget_class, "diary.new-cpd", NULL, diary_new_cpd);
}
