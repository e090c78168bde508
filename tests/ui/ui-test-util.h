/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the widget tests share: letting the main loop run, finding what is on screen as a user
 * sees it, and rendering a window to a PNG for a person to look at. */

typedef gboolean (*UiMatch) (GtkWidget *widget, gpointer data);

void       ui_init (void);
void       ui_wait_ms (guint ms);
GtkWidget *ui_find_widget (GtkWidget *root, GType type, UiMatch match, gpointer data);
gboolean   ui_label_contains (GtkWidget *widget, gpointer needle);
GtkWidget *ui_find_label_containing (GtkWidget *root, const char *needle);
char      *ui_screenshot_dir (void);
void       ui_render_png (GtkWidget *window, const char *name);

G_END_DECLS
