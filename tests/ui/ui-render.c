/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ui-render"

#include "config.h"

#include "ui-test-util.h"

/* Screenshots to look at, beside the one a test takes as it goes. */

#define NARROW 360

/* @window as it is in the dark style (NAME-dark.png), then 360 px wide (NAME-narrow.png), where
 * nothing may be cut or overlap; then as it was. A window that cannot be made that narrow
 * fails. */
void
ui_render_dark_and_narrow (GtkWidget *window, const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *dark = g_strdup_printf ("%s-dark.png", name);
  g_autofree char *narrow = g_strdup_printf ("%s-narrow.png", name);
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_wait_idle ();
  ui_render_png (window, dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  if (width > NARROW)
    ui_resize (GTK_WINDOW (window), NARROW, height);
  g_assert_cmpint (gtk_widget_get_width (window), <=, NARROW);
  ui_render_png (window, narrow);
  if (width > NARROW)
    ui_resize (GTK_WINDOW (window), width, height);
}
