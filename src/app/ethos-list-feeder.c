/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-list-feeder"

#include "config.h"

#include "ethos-list-feeder.h"

/* Puts a long answer into a list a screenful at a time (issue 21). GTK 4.8's list view makes,
 * binds and measures a row for every item up to 200 around what is shown, so a hundred search
 * results put in at once cost the key that asked for them a third of a second of text layout,
 * for rows nobody sees yet. The feeder puts in the first @at_once, and the next @at_once each
 * time the view is scrolled (or resized) to show the list's last screen. */

struct _EthosListFeeder
{
  GObject     parent_instance;

  GListStore *store;
  GPtrArray  *rest;    /* the items not in the list yet, in order */
  guint       at_once;
};

G_DEFINE_FINAL_TYPE (EthosListFeeder, ethos_list_feeder, G_TYPE_OBJECT)

static void
on_scrolled_cb (EthosListFeeder *self, GtkAdjustment *adjustment)
{
  guint n;

  if (self->rest->len == 0)
    return;
  if (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment)
      < gtk_adjustment_get_upper (adjustment))
    return;
  n = MIN (self->rest->len, self->at_once);
  g_list_store_splice (self->store, g_list_model_get_n_items (G_LIST_MODEL (self->store)), 0,
                       self->rest->pdata, n);
  g_ptr_array_remove_range (self->rest, 0, n);
}

/* Puts @items (GObjects) in place of everything the store held: the first at once. */
void
ethos_list_feeder_replace (EthosListFeeder *self, GPtrArray *items)
{
  guint n_shown;

  g_return_if_fail (ETHOS_IS_LIST_FEEDER (self));

  n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_ptr_array_set_size (self->rest, 0);
  for (guint i = self->at_once; i < items->len; i++)
    g_ptr_array_add (self->rest, g_object_ref (g_ptr_array_index (items, i)));
  g_list_store_splice (self->store, 0, n_shown, items->pdata, MIN (items->len, self->at_once));
}

/* Empties the store, and forgets what was still to come. */
void
ethos_list_feeder_clear (EthosListFeeder *self)
{
  g_return_if_fail (ETHOS_IS_LIST_FEEDER (self));

  g_ptr_array_set_size (self->rest, 0);
  g_list_store_remove_all (self->store);
}

static void
ethos_list_feeder_finalize (GObject *object)
{
  EthosListFeeder *self = ETHOS_LIST_FEEDER (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->rest, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_list_feeder_parent_class)->finalize (object);
}

static void
ethos_list_feeder_class_init (EthosListFeederClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_list_feeder_finalize;
}

static void
ethos_list_feeder_init (EthosListFeeder *self)
{
  self->rest = g_ptr_array_new_with_free_func (g_object_unref);
}

/* A feeder of @store, shown by @view (in a scrolled window), @at_once items at a time. */
EthosListFeeder *
ethos_list_feeder_new (GListStore *store, GtkScrollable *view, guint at_once)
{
  EthosListFeeder *self = g_object_new (ETHOS_TYPE_LIST_FEEDER, NULL);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (view);

  g_return_val_if_fail (adjustment != NULL, self);

  self->store = g_object_ref (store);
  self->at_once = MAX (at_once, 1);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (on_scrolled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (on_scrolled_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}
