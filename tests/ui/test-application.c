/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-application"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>

#include "ethos-application.h"

/* Ethos's own icon: every window's, found in the icon theme even for a build that is not
 * installed (the resources hold it), and shown in the About window. */

static AdwAboutWindow *
find_about (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (toplevel))
        return ADW_ABOUT_WINDOW (toplevel);
    }
  return NULL;
}

static gboolean
is_app_icon (GtkWidget *widget, gpointer data)
{
  return g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), APPLICATION_ID) == 0;
}

static void
test_icon (void)
{
  g_autoptr (EthosApplication) app = ethos_application_new ();
  g_autoptr (GError) error = NULL;
  GtkIconTheme *theme;
  AdwAboutWindow *about;
  GtkWidget *image;

  /* Not unique: a test must not take the name of an Ethos the developer has open. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APPLICATION_ID);
  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID));
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID "-symbolic"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  ui_await_toplevel (ADW_TYPE_ABOUT_WINDOW);
  about = find_about ();
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APPLICATION_ID);
  image = ui_find_widget (GTK_WIDGET (about), GTK_TYPE_IMAGE, is_app_icon, NULL);
  g_assert_nonnull (image);
  ui_render_png (GTK_WIDGET (about), "about.png");
  gtk_window_destroy (GTK_WINDOW (about));
  ui_wait_idle ();
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ui_init ();
  g_test_add_func ("/application/icon", test_icon);
  return g_test_run ();
}
