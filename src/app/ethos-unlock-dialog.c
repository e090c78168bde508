/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-unlock-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-accessible.h"
#include "ethos-diary-key.h"
#include "ethos-passphrase-entry.h"
#include "ethos-unlock-dialog.h"

/* Asks for the passphrase of a diary encrypted with one, before the window opens (issue 19).
 * A passphrase that does not open it is said in place and the dialog stays; one that does gives
 * "unlocked" with the key, as EthosStoreOpenOptions takes it; Quit gives "cancelled". Nothing
 * is written either way. */

struct _EthosUnlockDialog
{
  AdwMessageDialog  parent_instance;

  char             *data_dir;
  GtkWidget        *entry;
  GtkWidget        *problem;
  gboolean          stay;     /* the response just given must not close the dialog */
};

G_DEFINE_FINAL_TYPE (EthosUnlockDialog, ethos_unlock_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  UNLOCKED,
  CANCELLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
say_problem (EthosUnlockDialog *self, const char *text)
{
  gtk_label_set_text (GTK_LABEL (self->problem), text != NULL ? text : "");
  gtk_widget_set_visible (self->problem, text != NULL);
  if (text != NULL)
    gtk_widget_add_css_class (self->entry, "error");
  else
    gtk_widget_remove_css_class (self->entry, "error");
}

/* Tries @passphrase: "unlocked" when it opens the diary, otherwise the reason in place. */
void
ethos_unlock_dialog_try (EthosUnlockDialog *self, const char *passphrase)
{
  g_autoptr (GError) error = NULL;
  char *key;

  g_return_if_fail (ETHOS_IS_UNLOCK_DIALOG (self));

  key = ethos_diary_find_key (self->data_dir, passphrase, NULL, &error);
  if (key == NULL && error != NULL)
    {
      self->stay = TRUE;
      say_problem (self, error->message);
      gtk_window_present (GTK_WINDOW (self));
      gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
      gtk_widget_grab_focus (self->entry);
      return;
    }
  self->stay = FALSE;
  g_signal_emit (self, signals[UNLOCKED], 0, key);
  if (key != NULL)
    {
      explicit_bzero (key, strlen (key));
      g_free (key);
    }
}

static void
ethos_unlock_dialog_response (AdwMessageDialog *dialog, const char *response)
{
  EthosUnlockDialog *self = ETHOS_UNLOCK_DIALOG (dialog);

  if (g_strcmp0 (response, "unlock") == 0)
    ethos_unlock_dialog_try (self, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  else
    {
      self->stay = FALSE;
      g_signal_emit (self, signals[CANCELLED], 0);
    }
}

/* A response closes a message dialog (before or after "response", by the libadwaita release): a
 * passphrase refused keeps it open, or shows it again, to be typed again. Closing only hides it;
 * whoever takes "unlocked" or "cancelled" destroys it. */
static gboolean
ethos_unlock_dialog_close_request (GtkWindow *window)
{
  EthosUnlockDialog *self = ETHOS_UNLOCK_DIALOG (window);

  if (self->stay)
    {
      self->stay = FALSE;
      return TRUE;
    }
  return GTK_WINDOW_CLASS (ethos_unlock_dialog_parent_class)->close_request (window);
}

static void
on_entry_changed_cb (EthosUnlockDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "unlock", text[0] != '\0');
}

static void
on_entry_activate_cb (EthosUnlockDialog *self)
{
  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), "unlock"))
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "unlock");
}

static void
ethos_unlock_dialog_finalize (GObject *object)
{
  EthosUnlockDialog *self = ETHOS_UNLOCK_DIALOG (object);

  g_free (self->data_dir);

  G_OBJECT_CLASS (ethos_unlock_dialog_parent_class)->finalize (object);
}

static void
ethos_unlock_dialog_class_init (EthosUnlockDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_unlock_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = ethos_unlock_dialog_close_request;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = ethos_unlock_dialog_response;

  /* The key, as EthosStoreOpenOptions takes it (NULL: the diary was not encrypted after all). */
  signals[UNLOCKED] = g_signal_new ("unlocked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[CANCELLED] = g_signal_new ("cancelled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ethos_unlock_dialog_init (EthosUnlockDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  gtk_window_set_hide_on_close (GTK_WINDOW (self), TRUE);
  adw_message_dialog_set_heading (dialog, _("Unlock Your Diary"));
  adw_message_dialog_set_body (dialog, _("Your diary is encrypted. Type its passphrase to open "
                                         "it."));
  adw_message_dialog_add_responses (dialog, "quit", _("_Quit"), "unlock", _("_Unlock"), NULL);
  ethos_accessible_name_responses (dialog);
  adw_message_dialog_set_response_appearance (dialog, "unlock", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "unlock", FALSE);
  adw_message_dialog_set_default_response (dialog, "unlock");
  adw_message_dialog_set_close_response (dialog, "quit");

  self->entry = ethos_passphrase_entry_new (_("Passphrase"));
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (on_entry_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_entry_activate_cb), self);
  self->problem = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->problem), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->problem), 0);
  gtk_widget_add_css_class (self->problem, "error");
  gtk_widget_set_visible (self->problem, FALSE);
  gtk_box_append (GTK_BOX (box), self->entry);
  gtk_box_append (GTK_BOX (box), self->problem);
  adw_message_dialog_set_extra_child (dialog, box);
}

GtkWidget *
ethos_unlock_dialog_new (GtkApplication *application, const char *data_dir)
{
  EthosUnlockDialog *self = g_object_new (ETHOS_TYPE_UNLOCK_DIALOG, "application", application,
                                          NULL);

  self->data_dir = g_strdup (data_dir);
  gtk_widget_grab_focus (self->entry);
  return GTK_WIDGET (self);
}
