/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-date.h"
#include "ethos-diary-rows.h"
#include "ethos-entry.h"

/* The Diary's rows: the month's heading above the first entry of each month ("November 2026"),
 * then what kind of entry (an icon for each: individual, group and peer supervision, CPD), its
 * label, its day and how long it took; under a search result, the words around what was found,
 * in bold. GTK 4.8's list views have no section headings, so the heading is part of the row,
 * shown or not as the page says. */

typedef struct
{
  EthosDiaryRowsHeadingFunc heading;
  EthosDiaryRowsSnippetFunc snippet;
  gpointer                  data;
} Rows;

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

/* Symbolic icons of the Adwaita theme (Debian 12): one person, two, two in exchange, a notepad. */
static const char *
kind_icon (EthosEntry *entry)
{
  if (entry->kind == ETHOS_ENTRY_CPD)
    return "accessories-text-editor-symbolic";
  switch (entry->format)
    {
    case ETHOS_SUPERVISION_FORMAT_GROUP:
      return "system-users-symbolic";
    case ETHOS_SUPERVISION_FORMAT_PEER:
      return "system-switch-user-symbolic";
    case ETHOS_SUPERVISION_FORMAT_INDIVIDUAL:
    default:
      return "avatar-default-symbolic";
    }
}

static GtkWidget *
new_label (const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *heading = new_label ("diary-month");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = new_label (NULL);
  GtkWidget *detail = new_label ("caption");
  GtkWidget *snippet = new_label ("caption");

  gtk_widget_add_css_class (heading, "heading");
  /* Two lines at most, so that a result stays a row among others. */
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (snippet), 2);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (snippet), GTK_NATURAL_WRAP_NONE);
  /* As wide as the list lets it be, rather than a narrow column of its own. */
  gtk_label_set_max_width_chars (GTK_LABEL (snippet), 60);
  gtk_widget_add_css_class (snippet, "diary-snippet");
  gtk_widget_add_css_class (box, "diary-entry");
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 30);
  /* A long title (or a large text size) takes a second line before it is cut short. */
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (title), GTK_NATURAL_WRAP_NONE);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), detail);
  gtk_box_append (GTK_BOX (text), snippet);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (row), heading);
  gtk_box_append (GTK_BOX (row), box);
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, Rows *rows)
{
  EthosEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *heading = gtk_widget_get_first_child (row);
  GtkWidget *box = gtk_widget_get_next_sibling (heading);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_next_sibling (icon));
  GtkWidget *detail = gtk_widget_get_next_sibling (title);
  GtkWidget *snippet = gtk_widget_get_next_sibling (detail);
  const char *markup = rows->snippet != NULL ? rows->snippet (entry, rows->data) : NULL;
  const char *label = ethos_entry_get_label (entry);
  const char *kind = ethos_entry_describe_kind (entry);
  g_autofree char *date = ethos_date_format_iso (entry->date, ETHOS_DATE_SHORT);
  g_autofree char *duration = format_duration (entry->minutes);
  g_autofree char *line = g_strdup_printf ("%s · %s", date, duration);
  gboolean first = rows->heading (gtk_list_item_get_position (item), rows->data);
  g_autofree char *spoken = NULL;

  /* The entry, for the page to find its row and its month (whether its heading shows here or
   * not) for the one kept over the list's top. */
  g_object_set_data_full (G_OBJECT (row), "ethos-entry", g_object_ref (entry), g_object_unref);
  gtk_widget_set_visible (heading, first);
  if (first)
    {
      g_autofree char *words = ethos_date_format_iso (entry->date, ETHOS_DATE_MONTH);

      gtk_label_set_label (GTK_LABEL (heading), words);
    }
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), kind_icon (entry));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, kind, -1);
  ethos_accessible_describe (row, kind);
  gtk_label_set_label (GTK_LABEL (title), label != NULL && label[0] != '\0' ? label : kind);
  gtk_label_set_label (GTK_LABEL (detail), line);
  /* Markup made by the page, the entry's own text escaped in it. */
  gtk_label_set_markup (GTK_LABEL (snippet), markup != NULL ? markup : "");
  gtk_widget_set_visible (snippet, markup != NULL && markup[0] != '\0');
  spoken = ethos_entry_describe_for_reader (entry);
  ethos_accessible_name_list_item (item, spoken);
}

/* A factory for a list of EthosEntry; @heading says which rows show their month's heading, and
 * @snippet (or NULL) what a row shows under its day (Pango markup), if anything. */
GtkListItemFactory *
ethos_diary_rows_factory_new (EthosDiaryRowsHeadingFunc heading,
                              EthosDiaryRowsSnippetFunc snippet,
                              gpointer                  data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  Rows *rows = g_new0 (Rows, 1);

  rows->heading = heading;
  rows->snippet = snippet;
  rows->data = data;
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_object_set_data_full (G_OBJECT (factory), "ethos-rows", rows, g_free);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), rows);
  return factory;
}

/* The entry @row shows; @row is the child of a list item. */
EthosEntry *
ethos_diary_rows_get_entry (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "ethos-entry");
}
