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

/* The row titled @title on the page showing, or on @page once shown. */
GtkWidget *
prefs_find_row (EthosPreferencesWindow *preferences, const char *page, const char *title)
{
  if (page != NULL)
    {
      ethos_preferences_window_show_page (preferences, page);
      ui_wait_ms (100);
    }
  return ui_find_widget (GTK_WIDGET (preferences), ADW_TYPE_PREFERENCES_ROW, prefs_row_titled,
                         (gpointer) title);
}

EthosPreferencesWindow *
prefs_find (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ETHOS_IS_PREFERENCES_WINDOW (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ETHOS_PREFERENCES_WINDOW (toplevel);
    }
  g_assert_not_reached ();
}

/* As the window opens it at @page (win.preferences-page). */
EthosPreferencesWindow *
prefs_open (EthosWindow *window, const char *page)
{
  GVariant *target = g_variant_new_string (page);

  gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.preferences-page", target);
  ui_wait_ms (300);
  return prefs_find ();
}

void
prefs_close (EthosPreferencesWindow *preferences)
{
  gtk_window_close (GTK_WINDOW (preferences));
  ui_wait_ms (200);
}

/* Typing into an entry row, then leaving it (Tab, or a click elsewhere). */
void
prefs_type_and_leave (EthosPreferencesWindow *preferences, GtkWidget *editable, const char *text)
{
  gtk_widget_grab_focus (editable);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  ui_wait_ms (50);
  gtk_window_set_focus (GTK_WINDOW (preferences), NULL);
  ui_wait_ms (50);
}

/* Typing a number into an override row and pressing Enter. */
void
prefs_type_and_enter (GtkWidget *row, const char *text)
{
  GtkEditable *entry = ethos_override_row_get_editable (ETHOS_OVERRIDE_ROW (row));

  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  ui_wait_ms (50);
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

  gtk_window_set_default_size (GTK_WINDOW (preferences), 640, 720);
  ui_wait_ms (200);
  ui_render_png (GTK_WIDGET (preferences), normal);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_wait_ms (200);
  ui_render_png (GTK_WIDGET (preferences), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (preferences), 360, 720);
  ui_wait_ms (300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (preferences)), <=, 360);
  ui_render_png (GTK_WIDGET (preferences), narrow);
  gtk_window_set_default_size (GTK_WINDOW (preferences), 640, 720);
  ui_wait_ms (200);
}
