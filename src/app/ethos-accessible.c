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

static void
add_buttons (GtkWidget *widget, GPtrArray *buttons)
{
  if (GTK_IS_BUTTON (widget))
    g_ptr_array_add (buttons, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_buttons (child, buttons);
}

/* A GtkCalendar's heading has four arrows, unnamed: back and on a month, back and on a year. */
void
ethos_accessible_name_calendar (GtkCalendar *calendar)
{
  const char *names[] = { _("Previous month"), _("Next month"), _("Previous year"),
                          _("Next year") };
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  g_return_if_fail (GTK_IS_CALENDAR (calendar));

  add_buttons (GTK_WIDGET (calendar), buttons);
  if (buttons->len != G_N_ELEMENTS (names))
    return;
  for (guint i = 0; i < buttons->len; i++)
    set_label (g_ptr_array_index (buttons, i), names[i]);
}

static gboolean
move_focus_out_cb (GtkWidget *scrolled, GVariant *args, gpointer direction)
{
  g_signal_emit_by_name (scrolled, "move-focus-out", GPOINTER_TO_INT (direction));
  return TRUE;
}

static void
add_key (GtkShortcutController *controller, guint keyval, GdkModifierType mods,
         GtkDirectionType direction)
{
  gtk_shortcut_controller_add_shortcut (
    controller, gtk_shortcut_new (gtk_keyval_trigger_new (keyval, mods),
                                  gtk_callback_action_new (move_focus_out_cb,
                                                           GINT_TO_POINTER (direction), NULL)));
}

/* The item of @view to land on: the selected one, else the first on screen that can be
 * activated (a code's section headings cannot). */
static GtkWidget *
item_to_focus (GtkWidget *view)
{
  GtkWidget *first = NULL;

  for (GtkWidget *item = gtk_widget_get_first_child (view); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      if (!gtk_widget_get_mapped (item))
        continue;
      if (gtk_widget_get_state_flags (item) & GTK_STATE_FLAG_SELECTED)
        return item;
      if (first == NULL && gtk_widget_has_css_class (item, "activatable"))
        first = item;
    }
  return first;
}

static gboolean
focus_item_cb (gpointer data)
{
  GtkWidget *view = data;
  GtkWidget *scrolled = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *item;

  if (scrolled != NULL && gtk_widget_has_focus (scrolled) && (item = item_to_focus (view)) != NULL)
    gtk_widget_grab_focus (item);
  return G_SOURCE_REMOVE;
}

/* GTK 4.8's list view refuses the focus when the item it remembers cannot take it (a section
 * heading), and the scrolled window around it takes the focus itself: the list could not be
 * reached from the keyboard. The focus goes on into the list, once the move that brought it
 * is over. */
static void
on_scrolled_focus_cb (GtkWidget *scrolled, GParamSpec *pspec, GtkWidget *view)
{
  if (gtk_widget_has_focus (scrolled))
    g_idle_add_full (G_PRIORITY_HIGH, focus_item_cb, g_object_ref (view), g_object_unref);
}

/* The list @view by keyboard: Tab lands on its selected item (or its first); the arrow keys
 * move within it; Tab and Shift+Tab leave it, as Ctrl+Tab does. GTK 4.8 moves Tab from item
 * to item instead: past a diary of 2,000 entries that was 2,000 presses. */
void
ethos_accessible_keyboard_list (GtkWidget *view)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  GtkShortcutController *controller;

  g_return_if_fail (scrolled != NULL);

  controller = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  add_key (controller, GDK_KEY_Tab, 0, GTK_DIR_TAB_FORWARD);
  add_key (controller, GDK_KEY_KP_Tab, 0, GTK_DIR_TAB_FORWARD);
  add_key (controller, GDK_KEY_Tab, GDK_SHIFT_MASK, GTK_DIR_TAB_BACKWARD);
  add_key (controller, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, GTK_DIR_TAB_BACKWARD);
  add_key (controller, GDK_KEY_KP_Tab, GDK_SHIFT_MASK, GTK_DIR_TAB_BACKWARD);
  gtk_widget_add_controller (scrolled, GTK_EVENT_CONTROLLER (controller));
  g_signal_connect_object (scrolled, "notify::has-focus", G_CALLBACK (on_scrolled_focus_cb), view,
                           0);
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

/* The preferences window's search: its button, its entry and its results. */
void
ethos_accessible_name_preferences_window (AdwPreferencesWindow *window)
{
  g_return_if_fail (ADW_IS_PREFERENCES_WINDOW (window));

  set_label (find (GTK_WIDGET (window), has_id, "search_button"), _("Search Preferences"));
  set_label (find (GTK_WIDGET (window), has_id, "search_entry"), _("Search Preferences"));
  set_label (find (GTK_WIDGET (window), has_id, "search_results"), _("Matching Preferences"));
}

static void
label_own_lists (GtkWidget *widget, AdwExpanderRow *row, const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* The rows added to it are named by their own titles, and name their own parts. */
      if (ADW_IS_PREFERENCES_ROW (child) && child != GTK_WIDGET (row))
        continue;
      /* Its lists, and the plain rows that hold its header: a "list item" with no name. */
      if (GTK_IS_LIST_BOX (child) || (GTK_IS_LIST_BOX_ROW (child) && !ADW_IS_PREFERENCES_ROW (child)))
        set_label (child, title);
      label_own_lists (child, row, title);
    }
}

/* An AdwExpanderRow holds its header and its nested rows in lists of its own, which a screen
 * reader announces as "list": each is named by the row's title. Call it once the title is set. */
void
ethos_accessible_name_expander_row (AdwExpanderRow *row)
{
  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));

  /* libadwaita 1.2's preferences rows take no name from their title. */
  set_label (GTK_WIDGET (row), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  label_own_lists (GTK_WIDGET (row), row,
                   adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

/* The row a screen reader meets for a GtkListView's item: GTK 4.8's private GtkListItemWidget,
 * the parent of the item's child. Through AT-SPI it is a "list item" whose name comes only
 * from its own label or labelled-by relation, never from what it shows, so Orca says "list
 * item" and nothing else; and GtkListItem itself has no accessible name in 4.8. */
static GtkAccessible *
list_item_row (GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkWidget *row = child != NULL ? gtk_widget_get_parent (child) : NULL;

  return row != NULL ? GTK_ACCESSIBLE (row) : NULL;
}

/* Names the row of @item with @name (a sentence made in core for what the row shows). */
void
ethos_accessible_name_list_item (GtkListItem *item, const char *name)
{
  GtkAccessible *row = list_item_row (item);

  g_return_if_fail (GTK_IS_LIST_ITEM (item));

  if (row != NULL)
    gtk_accessible_update_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* Names the row of @item by what @label and @more (widgets in it; @more may be NULL) say, and
 * so keeps it current. */
void
ethos_accessible_list_item_labelled_by (GtkListItem *item, GtkWidget *label, GtkWidget *more)
{
  GtkAccessible *row = list_item_row (item);

  g_return_if_fail (GTK_IS_LIST_ITEM (item));

  /* The list ends at its first NULL, so a missing @more must not be followed by another. */
  if (row != NULL && more != NULL)
    gtk_accessible_update_relation (row, GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, more, NULL,
                                    -1);
  else if (row != NULL)
    gtk_accessible_update_relation (row, GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
}

#define BY_LABEL_KEY "ethos-accessible-by-label"

static void
drop_raw_label (GtkButton *button)
{
  if (gtk_button_get_use_underline (button) && GTK_IS_LABEL (gtk_button_get_child (button)))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
on_button_label_cb (GtkButton *button, GParamSpec *pspec, gpointer data)
{
  drop_raw_label (button);
}

/* A button whose label has a mnemonic (@button, a GtkButton or a GtkToggleButton), named once
 * by what its label says. GTK 4.8's gtk_button_set_label() gives the button the raw text as its
 * name ("_Delete Entry") and a labelled-by relation to its label as well, and a screen reader
 * reads the two joined: "_Delete Entry Delete Entry". The raw text is taken away each time GTK
 * puts it back (a new label), leaving the relation: the label's own text, or the title of the
 * AdwActionRow the button is the activatable widget of (as later GTK versions do). Not for a
 * button given a name of its own, which this would take away. */
void
ethos_accessible_name_by_label (GtkWidget *button)
{
  g_return_if_fail (GTK_IS_BUTTON (button));

  if (g_object_get_data (G_OBJECT (button), BY_LABEL_KEY) == NULL)
    {
      g_object_set_data (G_OBJECT (button), BY_LABEL_KEY, GINT_TO_POINTER (TRUE));
      g_signal_connect (button, "notify::label", G_CALLBACK (on_button_label_cb), NULL);
      g_signal_connect (button, "notify::use-underline", G_CALLBACK (on_button_label_cb), NULL);
    }
  drop_raw_label (GTK_BUTTON (button));
}

static void
name_buttons_by_label (GtkWidget *widget, GtkWidget *skip)
{
  if (widget == skip)
    return;
  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)))
    ethos_accessible_name_by_label (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_buttons_by_label (child, skip);
}

/* An AdwMessageDialog's response buttons (libadwaita 1.2 makes each twice, for its wide and its
 * narrow layout), named by their labels: a screen reader reads "_Quit Quit" otherwise. Call it
 * once the responses are added; the extra child, the caller's own, is left as it is. */
void
ethos_accessible_name_responses (AdwMessageDialog *dialog)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));

  name_buttons_by_label (GTK_WIDGET (dialog), adw_message_dialog_get_extra_child (dialog));
}

/* Names @widget @name and nothing else. GTK 4.8 reads a name as the label property joined to
 * the labels of a labelled-by relation, which an AdwActionRow gives its activatable widget (to
 * its title) and a mnemonic label its widget: a screen reader read "DBS recheck DBS recheck".
 * Call it once the relation is made (after gtk_label_set_mnemonic_widget() or
 * adw_action_row_set_activatable_widget()); neither makes it again. */
void
ethos_accessible_name_only (GtkWidget *widget, const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  set_label (widget, name);
}

#define DESCRIBED_KEY "ethos-accessible-description"

/* Gives @widget the accessible description @description (NULL: none), kept so that it can be
 * put back after an announcement borrowed it (ethos_announce). */
void
ethos_accessible_describe (GtkWidget *widget, const char *description)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (description != ethos_accessible_get_described (widget))
    g_object_set_data_full (G_OBJECT (widget), DESCRIBED_KEY, g_strdup (description), g_free);
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The description ethos_accessible_describe() gave @widget, or NULL. */
const char *
ethos_accessible_get_described (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  return g_object_get_data (G_OBJECT (widget), DESCRIBED_KEY);
}
