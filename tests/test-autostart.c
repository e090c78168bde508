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
  g_autofree char *try_exec = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *type = NULL;
  g_autofree char *name = NULL;
  g_autofree char *icon = NULL;
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
  /* The installed notifier by its path, so that a prefix outside the session's PATH works; a
   * build that is not installed, by name. */
  exec = g_key_file_get_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, NULL);
  try_exec = g_key_file_get_string (file, G_KEY_FILE_DESKTOP_GROUP,
                                    G_KEY_FILE_DESKTOP_KEY_TRY_EXEC, NULL);
  if (g_file_test (BINDIR "/ethos-notifier", G_FILE_TEST_IS_EXECUTABLE))
    g_assert_cmpstr (try_exec, ==, BINDIR "/ethos-notifier");
  else
    g_assert_cmpstr (try_exec, ==, "ethos-notifier");
  quoted = ethos_autostart_exec_quote (try_exec);
  g_assert_cmpstr (exec, ==, quoted);
  type = g_key_file_get_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE, NULL);
  g_assert_cmpstr (type, ==, "Application");
  g_assert_true (g_key_file_get_boolean (file, G_KEY_FILE_DESKTOP_GROUP,
                                         G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, NULL));
  g_assert_false (g_key_file_has_key (file, G_KEY_FILE_DESKTOP_GROUP,
                                      G_KEY_FILE_DESKTOP_KEY_HIDDEN, NULL));
  /* What the desktop's startup settings list: the shipped template's name and icon. */
  name = g_key_file_get_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NAME, NULL);
  g_assert_cmpstr (name, ==, "Ethos Reminders");
  icon = g_key_file_get_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON, NULL);
  g_assert_cmpstr (icon, ==, "org.ethosapp.Ethos");

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

/* A notifier installed under a folder with a space (or a character the Exec key reserves) is
 * still started as one program. */
static void
test_exec_quote (void)
{
  static const char *programs[] = {
    "/home/jane doe/.local/bin/ethos-notifier",
    "/opt/$ethos/bin/ethos-notifier",
    "/opt/it's \"here\"/ethos-notifier",
    "/opt/back\\slash/ethos-notifier",
  };
  g_autofree char *plain = ethos_autostart_exec_quote ("/usr/local/bin/ethos-notifier");
  g_autofree char *percent = ethos_autostart_exec_quote ("/opt/100%/ethos-notifier");

  g_assert_cmpstr (plain, ==, "/usr/local/bin/ethos-notifier");
  /* A percent sign would begin a field code: doubled. */
  g_assert_cmpstr (percent, ==, "\"/opt/100%%/ethos-notifier\"");
  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      g_autofree char *quoted = ethos_autostart_exec_quote (programs[i]);
      g_auto (GStrv) argv = NULL;
      int argc = 0;

      /* The spec's quoting within double quotes is the shell's. */
      g_assert_true (quoted[0] == '"');
      g_assert_true (g_shell_parse_argv (quoted, &argc, &argv, NULL));
      g_assert_cmpint (argc, ==, 1);
      g_assert_cmpstr (argv[0], ==, programs[i]);
    }
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
  g_test_add_func ("/autostart/exec-quote", test_exec_quote);
  g_test_add_func ("/autostart/unwritable", test_unwritable);
  return g_test_run ();
}
