/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-diary-rows.h"
#include "ethos-entry.h"

/* The Diary's rows: what kind of entry, its label, its day and how long it took. */

static char *
format_duration (int minutes)
{
  if (minutes < 60)
    return g_strdup_printf (_("%d min"), minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", minutes / 60),
                            minutes / 60);
  return g_strdup_printf (_("%d h %02d min"), minutes / 60, minutes % 60);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 30);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), detail);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  EthosEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *text = gtk_widget_get_next_sibling (icon);
  GtkWidget *title = gtk_widget_get_first_child (text);
  GtkWidget *detail = gtk_widget_get_next_sibling (title);
  gboolean supervision = entry->kind == ETHOS_ENTRY_SUPERVISION;
  const char *label = ethos_entry_get_label (entry);
  g_autofree char *date = ethos_date_format_iso (entry->date, ETHOS_DATE_SHORT);
  g_autofree char *duration = format_duration (entry->minutes);
  g_autofree char *line = g_strdup_printf ("%s · %s", date, duration);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), supervision ? "system-users-symbolic"
                                                              : "accessories-text-editor-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  supervision ? _("Supervision") : _("CPD"), -1);
  gtk_label_set_label (GTK_LABEL (title), label != NULL && label[0] != '\0'
                                            ? label
                                            : (supervision ? _("Supervision") : _("CPD activity")));
  gtk_label_set_label (GTK_LABEL (detail), line);
}

/* A factory for a list of EthosEntry. */
GtkListItemFactory *
ethos_diary_rows_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  return factory;
}
