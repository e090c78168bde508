/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-open-selection"

#include "config.h"

#include "ethos-open-selection.h"

/* A list's selection that says which item is open (in the editor beside the list), and only
 * that: the program sets it, and a click, a key or the pointer passing over a row (which GTK's
 * list views select on their own) cannot move it, so what is marked is always what is open.
 * An item the model removes is no longer selected; the others keep their mark as items come
 * and go above them, and the owner checks that the item marked is still the one open. */

struct _EthosOpenSelection
{
  GObject     parent_instance;

  GListModel *model;
  guint       selected; /* GTK_INVALID_LIST_POSITION for none */
};

static void ethos_open_selection_list_model_init (GListModelInterface *iface);
static void ethos_open_selection_selection_model_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EthosOpenSelection, ethos_open_selection, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ethos_open_selection_list_model_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL,
                                                      ethos_open_selection_selection_model_init))

static GType
ethos_open_selection_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (ETHOS_OPEN_SELECTION (list)->model);
}

static guint
ethos_open_selection_get_n_items (GListModel *list)
{
  return g_list_model_get_n_items (ETHOS_OPEN_SELECTION (list)->model);
}

static gpointer
ethos_open_selection_get_item (GListModel *list, guint position)
{
  return g_list_model_get_item (ETHOS_OPEN_SELECTION (list)->model, position);
}

static void
ethos_open_selection_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ethos_open_selection_get_item_type;
  iface->get_n_items = ethos_open_selection_get_n_items;
  iface->get_item = ethos_open_selection_get_item;
}

static gboolean
ethos_open_selection_is_selected (GtkSelectionModel *model, guint position)
{
  EthosOpenSelection *self = ETHOS_OPEN_SELECTION (model);

  return self->selected != GTK_INVALID_LIST_POSITION && position == self->selected;
}

static GtkBitset *
ethos_open_selection_get_selection_in_range (GtkSelectionModel *model, guint position, guint n)
{
  EthosOpenSelection *self = ETHOS_OPEN_SELECTION (model);
  GtkBitset *selection = gtk_bitset_new_empty ();

  if (self->selected != GTK_INVALID_LIST_POSITION && self->selected >= position
      && self->selected - position < n)
    gtk_bitset_add (selection, self->selected);
  return selection;
}

/* Selecting from the list (a click, the arrow keys, the pointer over a row) is refused:
 * opening an entry selects it, through ethos_open_selection_set_selected(). */
static gboolean
refuse_select_item (GtkSelectionModel *model, guint position, gboolean unselect_rest)
{
  return FALSE;
}

static void
ethos_open_selection_selection_model_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = ethos_open_selection_is_selected;
  iface->get_selection_in_range = ethos_open_selection_get_selection_in_range;
  iface->select_item = refuse_select_item;
}

static void
on_items_changed_cb (GListModel         *model,
                     guint               position,
                     guint               removed,
                     guint               added,
                     EthosOpenSelection *self)
{
  if (self->selected != GTK_INVALID_LIST_POSITION && self->selected >= position)
    {
      /* An item redrawn in place (one removed and one added there) keeps its mark; an item
       * removed loses it. */
      if (self->selected < position + removed && removed != added)
        self->selected = GTK_INVALID_LIST_POSITION;
      else
        self->selected = self->selected - removed + added;
    }
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
ethos_open_selection_dispose (GObject *object)
{
  EthosOpenSelection *self = ETHOS_OPEN_SELECTION (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (ethos_open_selection_parent_class)->dispose (object);
}

static void
ethos_open_selection_class_init (EthosOpenSelectionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_open_selection_dispose;
}

static void
ethos_open_selection_init (EthosOpenSelection *self)
{
  self->selected = GTK_INVALID_LIST_POSITION;
}

/* A selection over @model, with nothing selected. */
EthosOpenSelection *
ethos_open_selection_new (GListModel *model)
{
  EthosOpenSelection *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (ETHOS_TYPE_OPEN_SELECTION, NULL);
  self->model = g_object_ref (model);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  return self;
}

GListModel *
ethos_open_selection_get_model (EthosOpenSelection *self)
{
  g_return_val_if_fail (ETHOS_IS_OPEN_SELECTION (self), NULL);

  return self->model;
}

/* The open item's position, or GTK_INVALID_LIST_POSITION. */
guint
ethos_open_selection_get_selected (EthosOpenSelection *self)
{
  g_return_val_if_fail (ETHOS_IS_OPEN_SELECTION (self), GTK_INVALID_LIST_POSITION);

  return self->selected;
}

/* Marks the item at @position as the open one (GTK_INVALID_LIST_POSITION: none). */
void
ethos_open_selection_set_selected (EthosOpenSelection *self, guint position)
{
  guint old;

  g_return_if_fail (ETHOS_IS_OPEN_SELECTION (self));

  if (position != GTK_INVALID_LIST_POSITION && position >= g_list_model_get_n_items (self->model))
    position = GTK_INVALID_LIST_POSITION;
  if (position == self->selected)
    return;
  old = self->selected;
  self->selected = position;
  if (old != GTK_INVALID_LIST_POSITION)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), old, 1);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, 1);
}
