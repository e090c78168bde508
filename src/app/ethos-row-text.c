/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-row-text"

#include "config.h"

#include "ethos-row-text.h"

/* A row's title and subtitle, one above the other, each wrapping: what AdwActionRow shows in its
 * title box, with the CSS node it has there (box.title, label.title, label.subtitle), so that
 * the theme draws both alike.
 *
 * The difference is in measuring. GTK 4.8's box layout asks each child of a horizontal box for
 * a width for a given height, and a label that wraps answers that by trying width after width
 * (a layout of its whole text each time) for the narrowest that fits: in an AdwActionRow that
 * happens several times for each label. The width of this text never depends on its height, so
 * it is measured for its width alone: one layout for the narrowest width, one for the widest,
 * and one for each width it is laid out at. On the Overview's rows that took the window's text
 * layouts at start-up from 530 to 190, and 120 M of 746 M instructions (callgrind) off the time to
 * the first window. */

#define SPACING 3 /* libadwaita's border-spacing for a row's box.title */

struct _EthosRowText
{
  GtkWidget  parent_instance;

  GtkWidget *title;
  GtkWidget *subtitle;
};

G_DEFINE_FINAL_TYPE (EthosRowText, ethos_row_text, GTK_TYPE_WIDGET)

static GtkWidget *
new_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
ethos_row_text_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  int shown = 0;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
          *minimum += child_min;
          *natural += child_nat;
        }
      shown++;
    }
  if (orientation == GTK_ORIENTATION_VERTICAL && shown > 1)
    {
      *minimum += SPACING * (shown - 1);
      *natural += SPACING * (shown - 1);
    }
}

static GtkSizeRequestMode
ethos_row_text_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ethos_row_text_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_height;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_height, NULL, NULL, NULL);
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_height }, -1);
      y += child_height + SPACING;
    }
}

static void
ethos_row_text_dispose (GObject *object)
{
  EthosRowText *self = ETHOS_ROW_TEXT (object);

  g_clear_pointer (&self->title, gtk_widget_unparent);
  g_clear_pointer (&self->subtitle, gtk_widget_unparent);
  G_OBJECT_CLASS (ethos_row_text_parent_class)->dispose (object);
}

static void
ethos_row_text_class_init (EthosRowTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ethos_row_text_dispose;
  widget_class->measure = ethos_row_text_measure;
  widget_class->get_request_mode = ethos_row_text_get_request_mode;
  widget_class->size_allocate = ethos_row_text_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "box");
}

static void
ethos_row_text_init (EthosRowText *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "title");
  self->title = new_label ("title");
  self->subtitle = new_label ("subtitle");
  gtk_widget_set_parent (self->title, GTK_WIDGET (self));
  gtk_widget_set_parent (self->subtitle, GTK_WIDGET (self));
}

GtkWidget *
ethos_row_text_new (void)
{
  return g_object_new (ETHOS_TYPE_ROW_TEXT, NULL);
}

GtkLabel *
ethos_row_text_get_title (EthosRowText *self)
{
  g_return_val_if_fail (ETHOS_IS_ROW_TEXT (self), NULL);

  return GTK_LABEL (self->title);
}

GtkLabel *
ethos_row_text_get_subtitle (EthosRowText *self)
{
  g_return_val_if_fail (ETHOS_IS_ROW_TEXT (self), NULL);

  return GTK_LABEL (self->subtitle);
}

/* Shows @title and @subtitle as they are (never as markup); an empty one is hidden. */
void
ethos_row_text_set_text (EthosRowText *self, const char *title, const char *subtitle)
{
  g_return_if_fail (ETHOS_IS_ROW_TEXT (self));

  gtk_label_set_text (GTK_LABEL (self->title), title != NULL ? title : "");
  gtk_widget_set_visible (self->title, title != NULL && title[0] != '\0');
  gtk_label_set_text (GTK_LABEL (self->subtitle), subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (self->subtitle, subtitle != NULL && subtitle[0] != '\0');
}
