/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ui-test-util"

#include "config.h"

#include <string.h>

#include "ui-test-util.h"

void
ui_wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

/* The first mapped widget of @type under @root that @match accepts (any, when NULL). */
GtkWidget *
ui_find_widget (GtkWidget *root, GType type, UiMatch match, gpointer data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root)
      && (match == NULL || match (root, data)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_find_widget (child, type, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

gboolean
ui_label_contains (GtkWidget *widget, gpointer needle)
{
  return strstr (gtk_label_get_label (GTK_LABEL (widget)), needle) != NULL;
}

GtkWidget *
ui_find_label_containing (GtkWidget *root, const char *needle)
{
  return ui_find_widget (root, GTK_TYPE_LABEL, ui_label_contains, (gpointer) needle);
}

/* ETHOS_SCREENSHOT_DIR, or screenshots/ in the test build folder. */
char *
ui_screenshot_dir (void)
{
  const char *dir = g_getenv ("ETHOS_SCREENSHOT_DIR");
  char *path = dir != NULL ? g_strdup (dir)
                           : g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL
                                                 ? g_getenv ("G_TEST_BUILDDIR")
                                                 : ".",
                                               "screenshots", NULL);

  g_mkdir_with_parents (path, 0700);
  return path;
}

void
ui_render_png (GtkWidget *window, const char *name)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *dir = ui_screenshot_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  ui_wait_ms (150);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, (float) width, (float) height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("rendered %s (%d×%d)", path, width, height);
}

/* GTK and libadwaita, with Ethos's own styles as AdwApplication loads them in the program. */
void
ui_init (void)
{
  g_autoptr (GtkCssProvider) provider = NULL;

  gtk_init ();
  adw_init ();
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/org/ethosapp/Ethos/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  /* The title buttons GNOME shows (Xvfb has no desktop settings, and GTK's fallback adds
   * minimise and maximise), so narrow windows are measured as a user would see them. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
}
