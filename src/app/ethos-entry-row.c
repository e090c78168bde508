/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-row"

#include "config.h"

#include "ethos-entry-row.h"

/* An entry row a screen reader hears. GTK 4.8 gives a GtkText no accessible object of its own
 * (its role is "none"): the focus it takes is said through its parent, and only a GtkEntry (or
 * another of GTK's own wrappers) answers "focused" for it. AdwEntryRow (libadwaita 1.2) puts
 * its GtkText in a box of its own, so Tab into one sends only "focused: false" from that box
 * and Orca says nothing (test-atspi, "the Diary form's fields send focus events").
 *
 * So this row is an AdwEntryRow (its title, suffixes, signals, the "error" style and every
 * gtk_editable_* call on it work as before) whose text is typed into a flat GtkEntry, named by
 * the row's title, under a small title in the row's place: the row's own text area is hidden and
 * the row's editable delegate is the GtkEntry. */

typedef struct
{
  GtkWidget *title;
  GtkEntry  *entry;
} EthosEntryRowPrivate;

static void ethos_entry_row_editable_init (GtkEditableInterface *iface);

G_DEFINE_TYPE_WITH_CODE (EthosEntryRow, ethos_entry_row, ADW_TYPE_ENTRY_ROW,
                         G_ADD_PRIVATE (EthosEntryRow)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_EDITABLE, ethos_entry_row_editable_init))

static GtkEditableInterface *parent_editable_iface;

static GtkEditable *
ethos_entry_row_get_delegate (GtkEditable *editable)
{
  EthosEntryRowPrivate *priv =
    ethos_entry_row_get_instance_private (ETHOS_ENTRY_ROW (editable));

  /* While the row is being taken apart, the row's own text, which AdwEntryRow lets go of. */
  if (priv->entry == NULL)
    return parent_editable_iface->get_delegate (editable);
  return GTK_EDITABLE (priv->entry);
}

static void
ethos_entry_row_editable_init (GtkEditableInterface *iface)
{
  parent_editable_iface = g_type_interface_peek_parent (iface);
  iface->get_delegate = ethos_entry_row_get_delegate;
}

static void
on_title_changed_cb (EthosEntryRow *self)
{
  EthosEntryRowPrivate *priv = ethos_entry_row_get_instance_private (self);
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  gtk_label_set_label (GTK_LABEL (priv->title), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
}

static void
on_activate_cb (EthosEntryRow *self)
{
  g_signal_emit_by_name (self, "entry-activated");
}

static gboolean
ethos_entry_row_grab_focus (GtkWidget *widget)
{
  EthosEntryRowPrivate *priv = ethos_entry_row_get_instance_private (ETHOS_ENTRY_ROW (widget));

  return gtk_widget_grab_focus (GTK_WIDGET (priv->entry));
}

static void
ethos_entry_row_dispose (GObject *object)
{
  EthosEntryRowPrivate *priv = ethos_entry_row_get_instance_private (ETHOS_ENTRY_ROW (object));

  if (priv->entry != NULL)
    {
      gtk_editable_finish_delegate (GTK_EDITABLE (object));
      priv->entry = NULL;
    }

  G_OBJECT_CLASS (ethos_entry_row_parent_class)->dispose (object);
}

static void
ethos_entry_row_class_init (EthosEntryRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_entry_row_dispose;
  widget_class->grab_focus = ethos_entry_row_grab_focus;
  /* The row holds the entry; the entry is what is typed in and heard. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ethos_entry_row_init (EthosEntryRow *self)
{
  EthosEntryRowPrivate *priv = ethos_entry_row_get_instance_private (self);
  GtkEditable *own = parent_editable_iface->get_delegate (GTK_EDITABLE (self));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  /* AdwEntryRow's text and its title live in one box: hidden, with nothing typed into it. */
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (own)), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (own), FALSE);

  priv->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (priv->title), 0);
  /* A long title at large text takes two lines rather than being cut. */
  gtk_label_set_wrap (GTK_LABEL (priv->title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (priv->title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (priv->title, "subtitle");
  gtk_widget_add_css_class (priv->title, "ethos-entry-row-title");
  /* The entry says the title; the label is for the eye. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (priv->title), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);

  priv->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (priv->entry), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (priv->entry), "ethos-entry-row-entry");

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_add_css_class (box, "ethos-entry-row-box");
  gtk_box_append (GTK_BOX (box), priv->title);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (priv->entry));
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (self), box);
  gtk_widget_add_css_class (GTK_WIDGET (self), "ethos-entry-row");

  gtk_editable_init_delegate (GTK_EDITABLE (self));
  g_object_bind_property (self, "activates-default", priv->entry, "activates-default",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "input-purpose", priv->entry, "input-purpose",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "input-hints", priv->entry, "input-hints", G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self, "notify::title", G_CALLBACK (on_title_changed_cb), self);
  g_signal_connect_swapped (priv->entry, "activate", G_CALLBACK (on_activate_cb), self);
  on_title_changed_cb (self);
}

GtkWidget *
ethos_entry_row_new (const char *title)
{
  return g_object_new (ETHOS_TYPE_ENTRY_ROW, "title", title, NULL);
}

/* The entry typed into (for tests, and for what needs its caret). */
GtkWidget *
ethos_entry_row_get_entry (EthosEntryRow *self)
{
  EthosEntryRowPrivate *priv;

  g_return_val_if_fail (ETHOS_IS_ENTRY_ROW (self), NULL);
  priv = ethos_entry_row_get_instance_private (self);
  return GTK_WIDGET (priv->entry);
}
