/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-accessible"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"

/* Names for the controls GTK 4.8 and libadwaita 1.2 build inside their own widgets and leave
 * unnamed, so that a screen reader says what they do rather than their type ("toggle
 * button"). Each looks for the part by what it is, and does nothing when a later version
 * builds it otherwise. */

typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find (GtkWidget *root, Match match, gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_type (GtkWidget *widget, gconstpointer type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
has_id (GtkWidget *widget, gconstpointer id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

static gboolean
has_class (GtkWidget *widget, gconstpointer css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

static gboolean
is_search_button (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_TOGGLE_BUTTON (widget)
         && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "edit-find-symbolic") == 0;
}

static void
set_label (GtkWidget *widget, const char *label)
{
  if (widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
}

static void
label_all_by (GtkWidget *widget, GType type, GtkWidget *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    label, NULL, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    label_all_by (child, type, label);
}

/* A GtkDropDown takes focus in a toggle button of its own, and lists its choices in a list of
 * its own: both are named by the drop-down, as GtkMenuButton names its inner button. */
void
ethos_accessible_name_drop_down (GtkDropDown *drop_down)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  label_all_by (GTK_WIDGET (drop_down), GTK_TYPE_TOGGLE_BUTTON, GTK_WIDGET (drop_down));
  label_all_by (GTK_WIDGET (drop_down), GTK_TYPE_LIST_VIEW, GTK_WIDGET (drop_down));
}

/* The shortcuts window: its title, its search button and its search entry. */
void
ethos_accessible_name_shortcuts_window (GtkShortcutsWindow *window)
{
  GtkWidget *titlebar;

  g_return_if_fail (GTK_IS_SHORTCUTS_WINDOW (window));

  if (gtk_window_get_title (GTK_WINDOW (window)) == NULL)
    gtk_window_set_title (GTK_WINDOW (window), _("Keyboard Shortcuts"));
  if ((titlebar = gtk_window_get_titlebar (GTK_WINDOW (window))) != NULL)
    set_label (find (titlebar, is_search_button, NULL), _("Search Shortcuts"));
  set_label (find (GTK_WIDGET (window), is_type, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY)),
             _("Search Shortcuts"));
}

/* The About window: the version (a button that copies it) and the untitled lists of rows. */
void
ethos_accessible_name_about_window (AdwAboutWindow *window)
{
  g_autofree char *version = NULL;
  GtkWidget *group;

  g_return_if_fail (ADW_IS_ABOUT_WINDOW (window));

  version = g_strdup_printf (_("Version %s"), adw_about_window_get_version (window));
  set_label (find (GTK_WIDGET (window), has_class, "app-version"), version);
  if ((group = find (GTK_WIDGET (window), has_id, "details_group")) != NULL)
    set_label (find (group, is_type, GSIZE_TO_POINTER (GTK_TYPE_LIST_BOX)), _("About Ethos"));
  if ((group = find (GTK_WIDGET (window), has_id, "credits_legal_group")) != NULL)
    set_label (find (group, is_type, GSIZE_TO_POINTER (GTK_TYPE_LIST_BOX)), _("Credits and Legal"));
}
