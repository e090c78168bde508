/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-combo-row-labels"

#include "config.h"

#include "ethos-accessible.h"
#include "ethos-combo-row-labels.h"

/* A combo row whose choices are shown whole. AdwComboRow 1.2 cuts each choice at 20 characters
 * ("DBS Update Service re…", "A suspension or remo…"), in the row and in its list alike; these
 * labels wrap between words instead, so nothing is cut, at 360 px or in Welsh. In the list the
 * chosen one has its tick, as AdwComboRow's own does. The row's model is a GtkStringList. */

/* How wide a choice may be before it wraps, in characters: in the row, beside its title, and in
 * the list, which has the width to itself. */
#define ROW_CHARS 24
#define LIST_CHARS 32

static void
on_selected_item_cb (AdwComboRow *row, GParamSpec *pspec, GtkListItem *item)
{
  GtkWidget *tick = gtk_widget_get_last_child (gtk_list_item_get_child (item));

  gtk_widget_set_opacity (tick, adw_combo_row_get_selected_item (row)
                                    == gtk_list_item_get_item (item) ? 1.0 : 0.0);
}

static void
setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, AdwComboRow *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *tick = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Between words; within one only when a word alone is wider than the space. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), tick);
  gtk_list_item_set_child (item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, AdwComboRow *row)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *tick = gtk_widget_get_last_child (box);
  gboolean in_list = gtk_widget_get_ancestor (box, GTK_TYPE_POPOVER) != NULL;

  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_label_set_max_width_chars (GTK_LABEL (label), in_list ? LIST_CHARS : ROW_CHARS);
  /* In the row, a short choice is never wrapped to make room for the row's subtitle: at large
   * text GTK 4.8 then measured it one line high, and showed "Not" of "Not Given". */
  gtk_label_set_width_chars (GTK_LABEL (label),
                             in_list ? -1 : (int) MIN (g_utf8_strlen (text, -1), ROW_CHARS));
  ethos_accessible_list_item_labelled_by (item, label, NULL);
  /* In the list the ticks line up at the end; in the row the choice sits by its arrow. */
  gtk_widget_set_hexpand (label, in_list);
  gtk_widget_set_visible (tick, in_list);
  if (in_list)
    {
      g_signal_connect (row, "notify::selected-item", G_CALLBACK (on_selected_item_cb), item);
      on_selected_item_cb (row, NULL, item);
    }
}

static void
unbind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, AdwComboRow *row)
{
  g_signal_handlers_disconnect_by_func (row, on_selected_item_cb, item);
}

/* Shows @row's choices whole, wrapped between words. */
void
ethos_combo_row_wrap_labels (AdwComboRow *row)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), row);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), row);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), row);
  adw_combo_row_set_factory (row, factory);
}
