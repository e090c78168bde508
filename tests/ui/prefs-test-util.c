/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "prefs-test-util"

#include "config.h"

#include "prefs-test-util.h"
#include "ethos-override-row.h"

gboolean
prefs_row_titled (GtkWidget *widget, gpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The row titled @title on the page showing, or on @page once shown; fails when it does not
 * come on screen. */
GtkWidget *
prefs_find_row (EthosPreferencesWindow *preferences, const char *page, const char *title)
{
  g_autofree char *what = g_strdup_printf ("the row “%s”%s%s", title,
                                           page != NULL ? " on " : "", page != NULL ? page : "");

  if (page != NULL)
    ethos_preferences_window_show_page (preferences, page);
  return ui_await_widget (GTK_WIDGET (preferences), ADW_TYPE_PREFERENCES_ROW, prefs_row_titled,
                          (gpointer) title, what);
}

/* Preferences, once open on screen. */
EthosPreferencesWindow *
prefs_find (void)
{
  return ETHOS_PREFERENCES_WINDOW (ui_await_toplevel (ETHOS_TYPE_PREFERENCES_WINDOW));
}

/* As the window opens it at @page (win.preferences-page). */
EthosPreferencesWindow *
prefs_open (EthosWindow *window, const char *page)
{
  GVariant *target = g_variant_new_string (page);

  gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.preferences-page", target);
  return prefs_find ();
}

void
prefs_close (EthosPreferencesWindow *preferences)
{
  gtk_window_close (GTK_WINDOW (preferences));
  ui_await_no_toplevel (ETHOS_TYPE_PREFERENCES_WINDOW);
}

/* Typing into an entry row, then leaving it (Tab, or a click elsewhere); returns once what
 * that set going (the row keeping or refusing it) has run. */
void
prefs_type_and_leave (EthosPreferencesWindow *preferences, GtkWidget *editable, const char *text)
{
  gtk_widget_grab_focus (editable);
  ui_await_focus_in (editable);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  gtk_window_set_focus (GTK_WINDOW (preferences), NULL);
  ui_drain ();
}

/* Typing a number into an override row and pressing Enter; returns once what that set going
 * has run. */
void
prefs_type_and_enter (GtkWidget *row, const char *text)
{
  GtkEditable *entry = ethos_override_row_get_editable (ETHOS_OVERRIDE_ROW (row));

  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  ui_drain ();
}

GtkSwitch *
prefs_switch_in (GtkWidget *row)
{
  return GTK_SWITCH (ui_find_widget (row, GTK_TYPE_SWITCH, NULL, NULL));
}

static void
collect_override_rows (GtkWidget *root, GPtrArray *rows)
{
  if (ETHOS_IS_OVERRIDE_ROW (root) && gtk_widget_get_mapped (root))
    g_ptr_array_add (rows, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_override_rows (child, rows);
}

/* The override rows on the page showing, top to bottom. */
GPtrArray *
prefs_override_rows (EthosPreferencesWindow *preferences)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_override_rows (GTK_WIDGET (preferences), rows);
  return rows;
}

/* preferences-NAME.png, -dark.png and -narrow.png (360 px). */
void
prefs_render_three_ways (EthosPreferencesWindow *preferences, const char *name)
{
  g_autofree char *normal = g_strdup_printf ("preferences-%s.png", name);
  g_autofree char *narrow = g_strdup_printf ("preferences-%s-narrow.png", name);
  g_autofree char *dark = g_strdup_printf ("preferences-%s-dark.png", name);
  AdwStyleManager *style = adw_style_manager_get_default ();

  ui_resize (GTK_WINDOW (preferences), 800, 720);
  ui_render_png (GTK_WIDGET (preferences), normal);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
  ui_render_png (GTK_WIDGET (preferences), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  ui_resize (GTK_WINDOW (preferences), 360, 720);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (preferences)), <=, 360);
  ui_render_png (GTK_WIDGET (preferences), narrow);
  ui_resize (GTK_WINDOW (preferences), 800, 720);
}
