/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-application"

#include "config.h"

#include "ethos-application-private.h"
#include "ethos-unlock-dialog.h"

/* A diary whose key a passphrase unwraps (issue 19): asked for before any window opens; the
 * window (or the one saying why the records did not open) comes once it is given; Quit opens
 * and writes nothing. */

/* The unlock dialog goes once the response that closed it is over (its entry is still in use
 * until then); then the window opens as it would have (at a reminder, or with the welcome), or
 * the one that says why the records could not be opened. */
static void
finish_unlock (gpointer data)
{
  EthosApplication *self = data;
  g_autoptr (GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Held, so that Ethos does not end between the two windows. */
  g_application_hold (G_APPLICATION (self));
  for (GList *l = windows; l != NULL; l = l->next)
    if (ETHOS_IS_UNLOCK_DIALOG (l->data))
      gtk_window_destroy (l->data);
  if (self->unlock_cancelled)
    self->unlock_cancelled = FALSE;
  else if (self->store == NULL)
    gtk_window_present (ethos_application_make_window (self, self->unlock_error));
  else
    g_application_activate (G_APPLICATION (self));
  g_clear_error (&self->unlock_error);
  g_application_release (G_APPLICATION (self));
  g_object_unref (self);
}

/* The passphrase opened the diary. */
static void
on_unlocked_cb (EthosUnlockDialog *dialog, const char *key, EthosApplication *self)
{
  self->unlock_cancelled = FALSE;
  if (self->store == NULL)
    self->store = ethos_application_open_store (self, key, &self->unlock_error);
  g_idle_add_once (finish_unlock, g_object_ref (self));
}

/* Quit: no window, so Ethos ends, having opened nothing and written nothing. */
static void
on_unlock_cancelled_cb (EthosUnlockDialog *dialog, EthosApplication *self)
{
  self->pending_reminder = 0;
  self->unlock_cancelled = TRUE;
  g_idle_add_once (finish_unlock, g_object_ref (self));
}

/* The dialog asking the diary's passphrase, in place of the window until it is given. */
GtkWindow *
ethos_application_ask_passphrase (EthosApplication *self)
{
  GtkWidget *dialog = ethos_unlock_dialog_new (GTK_APPLICATION (self), self->data_dir);

  g_signal_connect_object (dialog, "unlocked", G_CALLBACK (on_unlocked_cb), self, 0);
  g_signal_connect_object (dialog, "cancelled", G_CALLBACK (on_unlock_cancelled_cb), self, 0);
  return GTK_WINDOW (dialog);
}
