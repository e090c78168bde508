/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-autostart"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "ethos-autostart.h"

#define AUTOSTART_FILE "org.ethosapp.Ethos.Notifier.desktop"

/* $XDG_CONFIG_HOME/autostart/org.ethosapp.Ethos.Notifier.desktop */
char *
ethos_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", AUTOSTART_FILE, NULL);
}

/* Enabled when the entry is there and not switched off (Hidden=true, or GNOME's own key, as a
 * session settings tool may have left it). */
gboolean
ethos_autostart_is_enabled (void)
{
  g_autofree char *path = ethos_autostart_path ();
  g_autoptr (GKeyFile) file = g_key_file_new ();

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return FALSE;
  if (g_key_file_get_boolean (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_HIDDEN, NULL))
    return FALSE;
  if (g_key_file_has_key (file, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", NULL)
      && !g_key_file_get_boolean (file, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled",
                                  NULL))
    return FALSE;
  return TRUE;
}

/* The entry; switched off, it stays with Hidden=true, which the XDG autostart spec reads as
 * removed, and which tells a later first run that the practitioner said no. */
static char *
entry_text (gboolean enabled)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  const char *group = G_KEY_FILE_DESKTOP_GROUP;

  g_key_file_set_string (file, group, G_KEY_FILE_DESKTOP_KEY_TYPE, "Application");
  g_key_file_set_string (file, group, G_KEY_FILE_DESKTOP_KEY_NAME, _("Ethos Reminders"));
  g_key_file_set_string (file, group, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         _("Tells you about renewals and deadlines when Ethos is closed"));
  g_key_file_set_string (file, group, G_KEY_FILE_DESKTOP_KEY_EXEC, "ethos-notifier");
  g_key_file_set_string (file, group, G_KEY_FILE_DESKTOP_KEY_TRY_EXEC, "ethos-notifier");
  g_key_file_set_string (file, group, G_KEY_FILE_DESKTOP_KEY_ICON, "org.ethosapp.Ethos");
  g_key_file_set_boolean (file, group, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (file, group, "X-GNOME-Autostart-enabled", enabled);
  if (!enabled)
    g_key_file_set_boolean (file, group, G_KEY_FILE_DESKTOP_KEY_HIDDEN, TRUE);
  g_key_file_set_string (file, group, "X-GNOME-Autostart-Phase", "Applications");
  return g_key_file_to_data (file, NULL, NULL);
}

/* Whether the practitioner has answered: the entry is there, on or off. */
gboolean
ethos_autostart_was_chosen (void)
{
  g_autofree char *path = ethos_autostart_path ();

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Turns the entry on or off; on error the folder is as it was. */
gboolean
ethos_autostart_set_enabled (gboolean enabled, GError **error)
{
  g_autofree char *path = ethos_autostart_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *text = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not create %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  text = entry_text (enabled);
  return g_file_set_contents_full (path, text, -1,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                   0600, error);
}
