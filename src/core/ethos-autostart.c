/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-autostart"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ethos-autostart.h"
#include "ethos-data.h"

#define AUTOSTART_FILE "org.ethosapp.Ethos.Notifier.desktop"
#define TEMPLATE_RESOURCE "/org/ethosapp/Ethos/data/" AUTOSTART_FILE

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

/* The notifier as the login entry starts it: where it was installed, so that a prefix outside
 * the session's PATH (such as ~/.local) works; by name otherwise (a build not installed). */
static char *
notifier_program (void)
{
  if (g_file_test (BINDIR "/ethos-notifier", G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup (BINDIR "/ethos-notifier");
  return g_strdup ("ethos-notifier");
}

/* @program as an Exec value: in double quotes, as the desktop entry spec asks, when it holds a
 * reserved character. */
char *
ethos_autostart_exec_quote (const char *program)
{
  g_autoptr (GString) quoted = NULL;

  if (strpbrk (program, " \t\n\"'\\><~|&;$*?#()`%") == NULL)
    return g_strdup (program);
  quoted = g_string_new ("\"");
  for (const char *c = program; *c != '\0'; c++)
    {
      if (strchr ("\"`$\\", *c) != NULL)
        g_string_append_c (quoted, '\\');
      /* A field code would be expanded: %% is a plain %. */
      else if (*c == '%')
        g_string_append_c (quoted, '%');
      g_string_append_c (quoted, *c);
    }
  g_string_append_c (quoted, '"');
  return g_string_free (g_steal_pointer (&quoted), FALSE);
}

/* The entry: the shipped template (data/org.ethosapp.Ethos.Notifier.desktop.in, with its
 * translations), with the notifier's path. Switched off, it stays with Hidden=true, which the
 * XDG autostart spec reads as removed, and which tells a later first run that the practitioner
 * said no. */
static char *
entry_text (gboolean enabled, GError **error)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autoptr (GBytes) template = NULL;
  g_autofree char *program = notifier_program ();
  g_autofree char *exec = ethos_autostart_exec_quote (program);
  const char *group = G_KEY_FILE_DESKTOP_GROUP;

  ethos_data_init ();
  template = g_resources_lookup_data (TEMPLATE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (template == NULL
      || !g_key_file_load_from_bytes (file, template, G_KEY_FILE_KEEP_TRANSLATIONS, error))
    return NULL;
  g_key_file_set_string (file, group, G_KEY_FILE_DESKTOP_KEY_EXEC, exec);
  g_key_file_set_string (file, group, G_KEY_FILE_DESKTOP_KEY_TRY_EXEC, program);
  g_key_file_set_boolean (file, group, "X-GNOME-Autostart-enabled", enabled);
  if (enabled)
    g_key_file_remove_key (file, group, G_KEY_FILE_DESKTOP_KEY_HIDDEN, NULL);
  else
    g_key_file_set_boolean (file, group, G_KEY_FILE_DESKTOP_KEY_HIDDEN, TRUE);
  return g_key_file_to_data (file, NULL, error);
}

/* Whether the practitioner has answered: the entry is there, on or off. */
gboolean
ethos_autostart_was_chosen (void)
{
  g_autofree char *path = ethos_autostart_path ();

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* What a switch asking about it shows: on until the practitioner says otherwise (reminders that
 * come only with the window open are easy to miss), and their answer once they have given one. */
gboolean
ethos_autostart_suggested (void)
{
  return !ethos_autostart_was_chosen () || ethos_autostart_is_enabled ();
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
  text = entry_text (enabled, error);
  if (text == NULL)
    return FALSE;
  return g_file_set_contents_full (path, text, -1,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                   0600, error);
}
