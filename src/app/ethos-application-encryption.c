/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-application"

#include "config.h"

#include <glib/gi18n.h>
#include <signal.h>
#include <string.h>

#include "ethos-application-private.h"
#include "ethos-diary-key.h"
#include "ethos-keyring.h"
#include "ethos-recovery-key-dialog.h"
#include "ethos-store-encrypt.h"
#include "ethos-window.h"

/* Turning encryption on and off from Preferences → Privacy (issue 19). The conversion takes the
 * database's lock exclusively (HACKING.md, "Encryption at rest: keys"), so nothing may hold the
 * diary open meanwhile: the window is closed (saving what is being typed, as on quitting), the
 * records closed with it (ethos_store_close(), whatever still holds the store), and the notifier
 * is stopped; then the store's conversion runs, and the
 * records and the window open again as at start-up, the notifier with them. The recovery key is
 * shown over the new window, once. */

#define WAIT_STEP_MS 20
#define WAIT_STEPS 250 /* five seconds, for the notifier to end */

typedef struct
{
  EthosApplication *self;
  gboolean          encrypt;
  char             *passphrase;
} Conversion;

void
ethos_application_forget_secret (char *secret)
{
  if (secret == NULL)
    return;
  explicit_bzero (secret, strlen (secret));
  g_free (secret);
}

#define forget ethos_application_forget_secret

/* A first start (no diary yet) where a keyring is at hand (running and unlocked: one that would
 * first ask for a new password is not, ethos_keyring_ready()): the diary is made encrypted, its
 * key in the keyring, and its recovery key kept to be shown once, after the welcome. Where that
 * cannot be done the diary is made plain, as it would have been, and the log says why;
 * Preferences → Privacy can encrypt it later. */
void
ethos_application_create_diary (EthosApplication *self)
{
  g_autofree char *db = g_build_filename (self->data_dir, "ethos.db", NULL);
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  char *recovery = NULL;

  if (ethos_store_get_encryption_library () == NULL || g_file_test (db, G_FILE_TEST_EXISTS)
      || !ethos_keyring_ready ())
    return;
  now = g_date_time_new_now_local ();
  store = ethos_store_open_at (self->data_dir, now, &error);
  if (store != NULL)
    {
      ethos_store_close (store);
      g_clear_object (&store);
      if (ethos_store_encrypt_diary (self->data_dir, NULL, now, &recovery, NULL, &error))
        {
          forget (self->new_recovery_key);
          self->new_recovery_key = recovery;
          return;
        }
    }
  g_message ("The new diary is not encrypted: %s", error->message);
}

static void
conversion_free (Conversion *conversion)
{
  forget (conversion->passphrase);
  g_object_unref (conversion->self);
  g_free (conversion);
}

/* The notifier holds the diary open: it is asked to end (SIGTERM, on which it closes cleanly)
 * and waited for, for a few seconds at most. It is started again with the new window. */
static void
stop_notifier (EthosApplication *self)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));
  g_autoptr (GVariant) reply = NULL;
  guint32 pid = 0;

  if (bus == NULL)
    return;
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                                       g_variant_new ("(s)", NOTIFIER_NAME),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, 1000, NULL,
                                       NULL);
  if (reply == NULL)
    return; /* not running */
  g_variant_get (reply, "(u)", &pid);
  if (pid == 0 || kill ((pid_t) pid, SIGTERM) != 0)
    return;
  for (guint i = 0; i < WAIT_STEPS; i++)
    {
      g_autoptr (GVariant) owned = NULL;
      gboolean running = FALSE;

      owned = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                           "org.freedesktop.DBus", "NameHasOwner",
                                           g_variant_new ("(s)", NOTIFIER_NAME),
                                           G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, 1000,
                                           NULL, NULL);
      if (owned != NULL)
        g_variant_get (owned, "(b)", &running);
      if (!running)
        return;
      g_usleep (WAIT_STEP_MS * 1000);
    }
}

/* The records open again, with the key the diary has now (the passphrase just given opens it
 * when the key is not in the keyring); then the window, and over it what became of it and of
 * the copies off this disk (@copies). */
static void
reopen (Conversion *conversion, char *recovery, const char *copies, const GError *failure)
{
  EthosApplication *self = conversion->self;
  g_autoptr (GError) error = NULL;
  char *key = NULL;
  GtkWindow *window;

  key = ethos_diary_find_key (self->data_dir, conversion->passphrase, NULL, &error);
  if (error == NULL)
    self->store = ethos_application_open_store (self, key, &error);
  forget (key);
  self->converting = FALSE;
  window = ethos_application_make_window (self, error);
  gtk_window_present (window);
  if (!ETHOS_IS_WINDOW (window))
    return;
  if (recovery != NULL)
    gtk_window_present (GTK_WINDOW (ethos_recovery_key_dialog_new (window, recovery)));
  if (failure != NULL)
    {
      /* A copy that failed after the diary itself was encrypted: it is, and that is said. */
      const char *format = !conversion->encrypt ? _("Still encrypted: %s")
                           : ethos_diary_is_encrypted (self->data_dir) ? _("Encrypted, but: %s")
                           : _("Not encrypted: %s");
      g_autofree char *text = g_strdup_printf (format, failure->message);

      ethos_window_toast (ETHOS_WINDOW (window), text);
    }
  else if (copies != NULL)
    ethos_window_toast (ETHOS_WINDOW (window), copies);
  else if (!conversion->encrypt)
    ethos_window_toast (ETHOS_WINDOW (window), _("Your diary is not encrypted now"));
}

static gboolean
convert_when_closed_cb (gpointer data)
{
  Conversion *conversion = data;
  EthosApplication *self = conversion->self;
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GError) error = NULL;
  char *recovery = NULL;
  g_autofree char *copies = NULL;
  gboolean ok;

  stop_notifier (self);
  now = g_date_time_new_now_local ();
  if (conversion->encrypt)
    ok = ethos_store_encrypt_diary (self->data_dir, conversion->passphrase, now, &recovery,
                                    &copies, &error);
  else
    ok = ethos_store_decrypt_diary (self->data_dir, conversion->passphrase, now, &error);
  /* The recovery key is shown even if a backup could not be converted after: the diary is
   * encrypted now. */
  reopen (conversion, recovery, copies, ok ? NULL : error);
  forget (recovery);
  g_application_release (G_APPLICATION (self));
  conversion_free (conversion);
  return G_SOURCE_REMOVE;
}

static gpointer
ref_window (gconstpointer window, gpointer data)
{
  return g_object_ref ((gpointer) window);
}

/* Encrypts (@encrypt) or decrypts the diary, its key kept in the keyring or, with @passphrase,
 * wrapped by it (decrypting: the passphrase that opens it, NULL for the keyring's). FALSE, with
 * nothing changed, when the window would not close (typing it could not save, and asks). */
gboolean
ethos_application_set_encrypted (EthosApplication *self, gboolean encrypt, const char *passphrase)
{
  Conversion *conversion;
  GList *windows;

  g_return_val_if_fail (ETHOS_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (!self->converting, FALSE);

  /* Held: Ethos has no window until the records open again. */
  g_application_hold (G_APPLICATION (self));
  /* Closing saves what is being typed; a window with typing it could not save asks, and stays. */
  /* Held, each: closing or destroying one window destroys those transient for it. */
  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                              ref_window, NULL);
  for (GList *l = windows; l != NULL; l = l->next)
    if (ETHOS_IS_WINDOW (l->data))
      gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (ETHOS_IS_WINDOW (l->data))
      {
        g_application_release (G_APPLICATION (self));
        return FALSE;
      }

  conversion = g_new0 (Conversion, 1);
  conversion->self = g_object_ref (self);
  conversion->encrypt = encrypt;
  conversion->passphrase = g_strdup (passphrase);
  self->converting = TRUE;
  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                              ref_window, NULL);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free_full (windows, g_object_unref);
  /* Closed now, even if some part of the window that went still holds it. */
  if (self->store != NULL)
    ethos_store_close (self->store);
  g_clear_object (&self->store);
  g_idle_add (convert_when_closed_cb, conversion);
  return TRUE;
}
