/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>
#include <string.h>

#include "ethos-keyring.h"
#include "ethos-recovery-key.h"
#include "ethos-store.h"

/* The diary's data key in the user's keyring, through libsecret (the Secret Service: GNOME
 * Keyring, KWallet), so the window, the CLI and the notifier open the diary after login without
 * asking. One item per data folder, found by the folder's absolute path; its secret is the key
 * as 64 hex digits. */

static const SecretSchema *
diary_schema (void)
{
  static const SecretSchema schema = {
    "org.ethosapp.Ethos.DiaryKey", SECRET_SCHEMA_NONE,
    {
      { "data-dir", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  };

  return &schema;
}

static char *
absolute (const char *data_dir)
{
  g_autoptr (GFile) file = g_file_new_for_path (data_dir);

  return g_file_get_path (file);
}

static void
set_unavailable (GError **error, const GError *cause)
{
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
               _("The keyring cannot be reached: %s"), cause->message);
}

/* The session bus, and whether a Secret Service owns its name there now (asked without starting
 * one: a bus with no keyring behind it answers at once); NULL when Ethos is told not to use one
 * (ETHOS_NO_KEYRING) or there is no bus. */
static GDBusConnection *
secret_service_bus (gboolean *running)
{
  g_autoptr (GDBusConnection) bus = NULL;
  g_autoptr (GVariant) owner = NULL;

  *running = FALSE;
  if (g_getenv ("ETHOS_NO_KEYRING") != NULL
      || (bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL)) == NULL)
    return NULL;
  owner = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", "org.freedesktop.secrets"),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, 5000, NULL,
                                       NULL);
  if (owner == NULL)
    return NULL;
  g_variant_get (owner, "(b)", running);
  return g_steal_pointer (&bus);
}

/* Whether a Secret Service answers on the session bus (and its default collection can be
 * reached), so a key can be kept there. */
gboolean
ethos_keyring_available (void)
{
  g_autoptr (SecretService) service = NULL;
  gboolean has_owner;
  g_autoptr (GDBusConnection) bus = secret_service_bus (&has_owner);

  if (bus == NULL)
    return FALSE;
  if (!has_owner)
    {
      g_autoptr (GVariant) activatable = g_dbus_connection_call_sync (
        bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
        "ListActivatableNames", NULL, G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE, 5000,
        NULL, NULL);
      g_autofree const char **names = NULL;

      if (activatable == NULL)
        return FALSE;
      g_variant_get (activatable, "(^a&s)", &names);
      if (names == NULL || !g_strv_contains (names, "org.freedesktop.secrets"))
        return FALSE;
    }
  service = secret_service_get_sync (SECRET_SERVICE_NONE, NULL, NULL);
  return service != NULL;
}

/* Whether a key can be kept in the keyring now without asking anything: a Secret Service
 * already running (none is started for this), whose default collection is there and unlocked.
 * For a new diary, encrypted by default only then: a keyring that would first ask for a new
 * password, before any window of Ethos's is there, is not at hand. */
gboolean
ethos_keyring_ready (void)
{
  g_autoptr (SecretService) service = NULL;
  g_autoptr (SecretCollection) collection = NULL;
  gboolean has_owner;
  g_autoptr (GDBusConnection) bus = secret_service_bus (&has_owner);

  if (bus == NULL || !has_owner
      || (service = secret_service_get_sync (SECRET_SERVICE_OPEN_SESSION, NULL, NULL)) == NULL)
    return FALSE;
  collection = secret_collection_for_alias_sync (service, SECRET_COLLECTION_DEFAULT,
                                                 SECRET_COLLECTION_NONE, NULL, NULL);
  return collection != NULL && !secret_collection_get_locked (collection);
}

gboolean
ethos_keyring_store (const char *data_dir, const guint8 *key, GError **error)
{
  g_autofree char *dir = absolute (data_dir);
  g_autofree char *label = g_strdup_printf (_("Ethos diary key (%s)"), dir);
  g_autoptr (GError) local = NULL;
  char *hex = ethos_diary_key_to_hex (key);
  gboolean ok;

  ok = secret_password_store_sync (diary_schema (), SECRET_COLLECTION_DEFAULT, label, hex, NULL,
                                   &local, "data-dir", dir, NULL);
  explicit_bzero (hex, strlen (hex));
  g_free (hex);
  if (!ok)
    set_unavailable (error, local);
  return ok;
}

/* The key kept for @data_dir, in @key; *@found is FALSE when the keyring has none. */
gboolean
ethos_keyring_lookup (const char *data_dir, guint8 *key, gboolean *found, GError **error)
{
  g_autofree char *dir = absolute (data_dir);
  g_autoptr (GError) local = NULL;
  char *hex;

  *found = FALSE;
  hex = secret_password_lookup_nonpageable_sync (diary_schema (), NULL, &local, "data-dir", dir,
                                                 NULL);
  if (local != NULL)
    {
      set_unavailable (error, local);
      return FALSE;
    }
  if (hex == NULL)
    return TRUE;
  *found = ethos_diary_key_from_hex (hex, key);
  secret_password_free (hex);
  if (!*found)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT,
                   _("The keyring's item for the diary in %s is damaged"), dir);
      return FALSE;
    }
  return TRUE;
}

gboolean
ethos_keyring_clear (const char *data_dir, GError **error)
{
  g_autofree char *dir = absolute (data_dir);
  g_autoptr (GError) local = NULL;

  secret_password_clear_sync (diary_schema (), NULL, &local, "data-dir", dir, NULL);
  if (local != NULL)
    {
      set_unavailable (error, local);
      return FALSE;
    }
  return TRUE;
}
