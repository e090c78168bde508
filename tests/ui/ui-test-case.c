/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ui-test-case"

#include "config.h"

#include <glib/gstdio.h>

#include "ui-test-util.h"

#include "ethos-autostart.h"

typedef struct
{
  UiTestFunc set_up;
  UiTestFunc test;
  UiTestFunc tear_down;
} Case;

/* The cases, kept for as long as the program runs (GLib's tests hold them by pointer). */
static GPtrArray *cases;

static void
case_set_up (gpointer fixture, gconstpointer data)
{
  const Case *test_case = data;

  ui_start_clean ();
  if (test_case->set_up != NULL)
    test_case->set_up ();
}

static void
case_run (gpointer fixture, gconstpointer data)
{
  const Case *test_case = data;

  test_case->test ();
}

static void
case_tear_down (gpointer fixture, gconstpointer data)
{
  const Case *test_case = data;

  ui_close_windows ();
  if (test_case->tear_down != NULL)
    test_case->tear_down ();
}

/* @test at @path, with @set_up before it and @tear_down after it (either may be NULL); before
 * @set_up the process-wide state is made clean (ui_start_clean), and after the test every
 * window it left open is closed, before @tear_down. */
void
ui_test_add (const char *path, UiTestFunc set_up, UiTestFunc test, UiTestFunc tear_down)
{
  Case *test_case = g_new (Case, 1);

  test_case->set_up = set_up;
  test_case->test = test;
  test_case->tear_down = tear_down;
  if (cases == NULL)
    cases = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (cases, test_case);
  g_test_add_vtable (path, 0, test_case, case_set_up, case_run, case_tear_down);
}

static void
reset_schema (const char *id)
{
  g_autoptr (GSettingsSchema) schema = g_settings_schema_source_lookup (
    g_settings_schema_source_get_default (), id, TRUE);
  g_autoptr (GSettings) settings = NULL;
  g_auto (GStrv) keys = NULL;

  if (schema == NULL)
    return;
  settings = g_settings_new (id);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

/* What lives as long as the process and a test case may change, as a fresh start has it:
 * Ethos's settings (and GNOME's high contrast) at their defaults, no login entry, the style
 * following the system, text at its usual size. */
void
ui_start_clean (void)
{
  g_autofree char *autostart = ethos_autostart_path ();

  reset_schema ("org.ethosapp.Ethos");
  reset_schema ("org.gnome.desktop.a11y.interface");
  if (g_unlink (autostart) != 0)
    g_assert_false (g_file_test (autostart, G_FILE_TEST_EXISTS));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_settings_reset_property (gtk_settings_get_default (), "gtk-xft-dpi");
  ui_wait_idle ();
}

/* A window on @store, of @application when not NULL, at @width × @height, once it is on
 * screen and laid out. */
EthosWindow *
ui_open_window (GtkApplication *application, EthosStore *store, int width, int height)
{
  EthosWindow *window = ethos_window_new (application, store);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  ui_await_mapped (GTK_WIDGET (window));
  return window;
}

/* Every window left open, dialogs before the windows they belong to. A file chooser is left
 * to the page that made it, which closes it with its window. */
void
ui_close_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not ours to free */
  g_autoptr (GPtrArray) open = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      GtkWindow *window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window))
        g_object_unref (window);
      else if (gtk_window_get_transient_for (window) != NULL)
        g_ptr_array_insert (open, 0, window);
      else
        g_ptr_array_add (open, window);
    }
  /* Destroying one may have destroyed another already: GTK lets that be. */
  for (guint i = 0; i < open->len; i++)
    gtk_window_destroy (g_ptr_array_index (open, i));
  ui_wait_idle ();
}
