/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-recovery-key-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-accessible.h"
#include "ethos-recovery-key-dialog.h"
#include "ethos-recovery-key.h"
#include "ethos-toast.h"

/* The recovery key, shown the one time it exists in the clear (when encryption is turned on):
 * core's advice, the key to read or select, a Copy button, and "I Have Written It Down". The
 * key is not kept anywhere else; the label holding it is cleared when it goes. */

static void
on_copy_clicked_cb (GtkButton *button, GtkLabel *key)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)),
                          gtk_label_get_text (key));
  gtk_button_set_label (button, _("Copied"));
  ethos_accessible_name_only (GTK_WIDGET (button), _("Copied"));
}

static void
on_destroy_cb (GtkWidget *box, GtkLabel *key)
{
  gtk_label_set_text (key, "");
}

/* The key to read or select, in groups, with a Copy button under it: for the dialog, and for
 * the welcome of a diary that was made encrypted. The key is cleared from its label when the
 * box goes. */
GtkWidget *
ethos_recovery_key_box_new (const char *recovery_key)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *key = gtk_label_new (recovery_key);
  GtkWidget *copy = gtk_button_new_with_mnemonic (_("_Copy"));

  gtk_label_set_selectable (GTK_LABEL (key), TRUE);
  gtk_label_set_wrap (GTK_LABEL (key), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (key), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (key), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (key, "monospace");
  gtk_widget_add_css_class (key, "title-4");
  gtk_accessible_update_property (GTK_ACCESSIBLE (key), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Recovery key"), -1);
  gtk_widget_set_halign (copy, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (copy, "pill");
  ethos_accessible_name_only (copy, _("Copy the recovery key"));
  g_signal_connect (copy, "clicked", G_CALLBACK (on_copy_clicked_cb), key);
  gtk_box_append (GTK_BOX (box), key);
  gtk_box_append (GTK_BOX (box), copy);
  g_signal_connect_object (box, "destroy", G_CALLBACK (on_destroy_cb), key, 0);
  return box;
}

GtkWidget *
ethos_recovery_key_dialog_new (GtkWindow *parent, const char *recovery_key)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Your Recovery Key"),
                                              ethos_recovery_key_advice ());

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                      ethos_recovery_key_box_new (recovery_key));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "done",
                                   _("_I Have Written It Down"));
  ethos_accessible_name_responses (ADW_MESSAGE_DIALOG (dialog));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "done",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "done");
  return dialog;
}
