/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-autostart"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ethos-autostart.h"

/* The login entry for the notifier: written where the desktop looks for it, owner-only, read
 * back as a desktop file that starts ethos-notifier; switched off by the desktop's own keys;
 * removed on request. The test runs with private XDG folders (G_TEST_OPTION_ISOLATE_DIRS). */

static void
test_enable_and_disable (void)
{
  g_autofree char *path = ethos_autostart_path ();
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autofree char *exec = NULL;
  g_autofree char *type = NULL;
  GStatBuf st;

  g_assert_true (g_str_has_prefix (path, g_get_user_config_dir ()));
  g_assert_true (g_str_has_suffix (path, "/autostart/org.ethosapp.Ethos.Notifier.desktop"));
  g_assert_false (ethos_autostart_is_enabled ());
  g_assert_false (ethos_autostart_was_chosen ());

  g_assert_true (ethos_autostart_set_enabled (TRUE, NULL));
  g_assert_true (ethos_autostart_is_enabled ());
  g_assert_true (ethos_autostart_was_chosen ());
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL));
  exec = g_key_file_get_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, NULL);
  g_assert_cmpstr (exec, ==, "ethos-notifier");
  type = g_key_file_get_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE, NULL);
  g_assert_cmpstr (type, ==, "Application");
  g_assert_true (g_key_file_get_boolean (file, G_KEY_FILE_DESKTOP_GROUP,
                                         G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, NULL));

  /* Twice is the same as once. */
  g_assert_true (ethos_autostart_set_enabled (TRUE, NULL));
  g_assert_true (ethos_autostart_is_enabled ());

  /* Switched off in the desktop's startup settings: not counted as on. */
  g_key_file_set_boolean (file, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", FALSE);
  g_assert_true (g_key_file_save_to_file (file, path, NULL));
  g_assert_false (ethos_autostart_is_enabled ());
  g_key_file_set_boolean (file, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", TRUE);
  g_key_file_set_boolean (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_HIDDEN, TRUE);
  g_assert_true (g_key_file_save_to_file (file, path, NULL));
  g_assert_false (ethos_autostart_is_enabled ());

  /* Turned off, the entry stays, hidden as the XDG autostart spec says, so that the answer
   * is remembered. */
  g_assert_true (ethos_autostart_set_enabled (TRUE, NULL));
  g_assert_true (ethos_autostart_is_enabled ());
  g_assert_true (ethos_autostart_set_enabled (FALSE, NULL));
  g_assert_false (ethos_autostart_is_enabled ());
  g_assert_true (ethos_autostart_was_chosen ());
  g_key_file_unref (file);
  file = g_key_file_new ();
  g_assert_true (g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL));
  g_assert_true (g_key_file_get_boolean (file, G_KEY_FILE_DESKTOP_GROUP,
                                         G_KEY_FILE_DESKTOP_KEY_HIDDEN, NULL));
  /* Off when already off is not an error. */
  g_assert_true (ethos_autostart_set_enabled (FALSE, NULL));
  g_assert_false (ethos_autostart_is_enabled ());
}

static void
test_unwritable (void)
{
  g_autofree char *path = ethos_autostart_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;

  /* A file where the folder should be: refused with a message, nothing written. */
  g_mkdir_with_parents (g_get_user_config_dir (), 0700);
  g_assert_true (g_file_set_contents (dir, "not a folder", -1, NULL));
  g_assert_false (ethos_autostart_set_enabled (TRUE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "autostart"));
  g_assert_false (ethos_autostart_is_enabled ());
  g_unlink (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/autostart/enable-and-disable", test_enable_and_disable);
  g_test_add_func ("/autostart/unwritable", test_unwritable);
  return g_test_run ();
}
