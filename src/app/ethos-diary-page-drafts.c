/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-diary-page-private.h"
#include "ethos-draft-store.h"
#include "ethos-toast.h"

/* The Diary page's drafts: entries not complete yet, listed above the diary (they are not in
 * it: nothing counts them) and opened again with a click; and leaving one, which asks whether
 * to keep it as a draft or discard what was typed. */

static GtkWidget *
new_label (const char *text, const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* As wide as the diary's own rows: a long problem wraps, it never widens the list. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

/* A draft: what it is, and why it is not in the diary yet, in two lines at most. */
static GtkWidget *
create_draft_row (gpointer item, gpointer data)
{
  EthosDraft *draft = item;
  g_autofree char *title = ethos_draft_describe (draft);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *problem = new_label (draft->problem, "caption");

  gtk_label_set_wrap (GTK_LABEL (problem), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (problem), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (problem), 2);
  gtk_widget_add_css_class (problem, "dim-label");
  gtk_widget_set_visible (problem, draft->problem != NULL);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (text), new_label (title, NULL));
  gtk_box_append (GTK_BOX (text), problem);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("document-edit-symbolic"));
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_add_css_class (box, "diary-entry");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, draft->problem);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  ethos_accessible_describe (row, draft->problem != NULL ? draft->problem : "");
  return row;
}

/* Reads the drafts again (when they change). */
void
ethos_diary_page_reload_drafts (EthosDiaryPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) drafts = ethos_store_list_drafts (self->store, &error);

  if (drafts == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read your drafts: %s"),
                                                  error->message);

      ethos_toast_show (GTK_WIDGET (self), message);
      return;
    }
  g_list_store_splice (self->drafts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->drafts)),
                       drafts->pdata, drafts->len);
  gtk_widget_set_visible (self->drafts_box, drafts->len > 0);
}

/* Goes to @target (an EthosEntry, an EthosDraft, or NULL for none), leaving what the editor
 * shows. */
static void
go_to (EthosDiaryPage *self, GObject *target)
{
  g_autoptr (GError) error = NULL;

  if (target == NULL || ETHOS_IS_ENTRY (target))
    {
      ethos_diary_page_edit (self, (EthosEntry *) target);
      return;
    }
  if (!ethos_entry_editor_open_draft (self->editor, ETHOS_DRAFT (target), &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the draft: %s"),
                                                  error->message);

      ethos_toast_show (GTK_WIDGET (self), message);
      return;
    }
  ethos_diary_page_select_open (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
}

static void
on_leave_response_cb (AdwMessageDialog *dialog, const char *response, EthosDiaryPage *self)
{
  GObject *target = g_object_get_data (G_OBJECT (dialog), "target");
  gint64 draft_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "draft-id"));

  if (g_strcmp0 (response, "discard") == 0)
    {
      g_autoptr (GError) error = NULL;

      if (!ethos_store_drop_draft (self->store, draft_id, &error))
        {
          ethos_toast_show (GTK_WIDGET (self), error->message);
          return;
        }
    }
  go_to (self, target);
}

/* Leaves what the editor shows for @target. What was typed is saved first; what cannot be saved
 * yet is a draft, and the practitioner is asked whether to keep it. */
void
ethos_diary_page_leave_for (EthosDiaryPage *self, GObject *target)
{
  EthosEntry *shown = ethos_entry_editor_get_entry (self->editor);
  g_autofree char *what = NULL;
  gint64 draft_id;
  GtkWidget *dialog;
  GtkRoot *root;

  ethos_entry_editor_flush (self->editor);
  draft_id = ethos_entry_editor_get_draft_id (self->editor);
  /* Nothing left unsaved, or the draft itself opened again. */
  if (draft_id == 0 || shown == NULL
      || (ETHOS_IS_DRAFT (target) && ETHOS_DRAFT (target)->id == draft_id)
      || (ETHOS_IS_ENTRY (target) && shown->id != 0 && ETHOS_ENTRY (target)->id == shown->id))
    {
      go_to (self, target);
      return;
    }
  {
    g_autoptr (EthosDraft) draft = ethos_entry_editor_read_draft (self->editor);

    what = ethos_draft_describe (draft);
  }
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Keep This Draft?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” cannot be saved yet. Keep what you typed as a draft "
                                    "to finish later, or discard it."),
                                  what);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "discard", _("_Discard"), "keep",
                                    _("_Keep as Draft"), NULL);
  ethos_accessible_name_responses (ADW_MESSAGE_DIALOG (dialog));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "keep",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  if (target != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "target", g_object_ref (target), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "draft-id", GSIZE_TO_POINTER ((gsize) draft_id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_leave_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_draft_activated_cb (GtkListBox *box, GtkListBoxRow *row, EthosDiaryPage *self)
{
  g_autoptr (EthosDraft) draft = g_list_model_get_item (G_LIST_MODEL (self->drafts),
                                                        gtk_list_box_row_get_index (row));

  if (draft != NULL)
    ethos_diary_page_leave_for (self, G_OBJECT (draft));
}

static void
on_store_changed_cb (EthosStore *store, EthosStoreChange change, EthosDiaryPage *self)
{
  if ((change & ETHOS_STORE_CHANGE_DRAFTS) != 0)
    ethos_diary_page_reload_drafts (self);
}

/* At construction: the list bound to the drafts, kept as they change. */
void
ethos_diary_page_drafts_init (EthosDiaryPage *self)
{
  self->drafts = g_list_store_new (ETHOS_TYPE_DRAFT);
  gtk_list_box_bind_model (self->drafts_list, G_LIST_MODEL (self->drafts), create_draft_row, NULL,
                           NULL);
  g_signal_connect (self->drafts_list, "row-activated", G_CALLBACK (on_draft_activated_cb), self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  ethos_diary_page_reload_drafts (self);
}
