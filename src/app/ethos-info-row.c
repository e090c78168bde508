/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-info-row"

#include "config.h"

#include "ethos-info-row.h"
#include "ethos-row-text.h"

/* A row that says something: a title, a subtitle under it, and at its end whatever is added
 * (a status icon, an arrow, a level bar). It is drawn as AdwActionRow is, from the same CSS
 * nodes (row > box.header > box.title, > box.suffixes), and is read by a screen reader as its
 * title, described by its subtitle. It exists for the Overview's many rows of wrapping text:
 * EthosRowText lays that text out a few times rather than dozens (see ethos-row-text.c). */

struct _EthosInfoRow
{
  GtkListBoxRow  parent_instance;

  EthosRowText  *text;
  GtkWidget     *suffixes;
};

G_DEFINE_FINAL_TYPE (EthosInfoRow, ethos_info_row, GTK_TYPE_LIST_BOX_ROW)

static void
ethos_info_row_class_init (EthosInfoRowClass *klass)
{
}

static void
ethos_info_row_init (EthosInfoRow *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (header, "header");
  gtk_widget_set_valign (header, GTK_ALIGN_CENTER);
  self->text = ETHOS_ROW_TEXT (ethos_row_text_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->text), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->text), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->text));
  self->suffixes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->suffixes, "suffixes");
  gtk_widget_set_visible (self->suffixes, FALSE);
  gtk_box_append (GTK_BOX (header), self->suffixes);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), header);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  ethos_row_text_get_title (self->text), NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  ethos_row_text_get_subtitle (self->text), NULL, -1);
}

/* @title and @subtitle are shown as they are, never read as markup. */
GtkWidget *
ethos_info_row_new (const char *title, const char *subtitle)
{
  EthosInfoRow *self = g_object_new (ETHOS_TYPE_INFO_ROW, NULL);

  ethos_row_text_set_text (self->text, title, subtitle);
  return GTK_WIDGET (self);
}

void
ethos_info_row_add_suffix (EthosInfoRow *self, GtkWidget *widget)
{
  g_return_if_fail (ETHOS_IS_INFO_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_box_append (GTK_BOX (self->suffixes), widget);
  gtk_widget_set_visible (self->suffixes, TRUE);
}

const char *
ethos_info_row_get_title (EthosInfoRow *self)
{
  g_return_val_if_fail (ETHOS_IS_INFO_ROW (self), NULL);

  return gtk_label_get_text (ethos_row_text_get_title (self->text));
}

const char *
ethos_info_row_get_subtitle (EthosInfoRow *self)
{
  g_return_val_if_fail (ETHOS_IS_INFO_ROW (self), NULL);

  return gtk_label_get_text (ethos_row_text_get_subtitle (self->text));
}
