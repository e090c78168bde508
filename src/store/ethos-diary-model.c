/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-model"

#include "config.h"

#include "ethos-diary-model.h"
#include "ethos-entry-store.h"

/* The diary as a GListModel, newest first, loaded a page at a time as a view asks for items:
 * opening a 100,000-entry diary costs one count and one page, as opening ten entries does. */

#define PAGE_SIZE 128
#define MAX_PAGES 64 /* pages kept; a long scroll drops the oldest */

struct _EthosDiaryModel
{
  GObject     parent_instance;

  EthosStore *store;
  int         kind; /* -1 for both */
  char       *from; /* NULL: no limit */
  char       *to;
  guint       n_items;
  GHashTable *pages; /* page number -> GPtrArray of EthosEntry */
  GQueue      loaded; /* page numbers, oldest loaded first */
};

static void ethos_diary_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EthosDiaryModel, ethos_diary_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ethos_diary_model_list_model_init))

static GType
ethos_diary_model_get_item_type (GListModel *model)
{
  return ETHOS_TYPE_ENTRY;
}

static guint
ethos_diary_model_get_n_items (GListModel *model)
{
  return ETHOS_DIARY_MODEL (model)->n_items;
}

static gpointer
ethos_diary_model_get_item (GListModel *model, guint position)
{
  EthosDiaryModel *self = ETHOS_DIARY_MODEL (model);
  guint page = position / PAGE_SIZE;
  GPtrArray *entries;

  if (position >= self->n_items)
    return NULL;
  entries = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (entries == NULL)
    {
      g_autoptr (GError) error = NULL;

      entries = ethos_store_list_entries_at (self->store, self->kind, self->from, self->to,
                                             page * PAGE_SIZE, PAGE_SIZE,
                                             &error);
      if (entries == NULL)
        {
          g_warning ("Could not read the diary: %s", error->message);
          return NULL;
        }
      if (g_queue_get_length (&self->loaded) >= MAX_PAGES)
        g_hash_table_remove (self->pages, g_queue_pop_head (&self->loaded));
      g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), entries);
      g_queue_push_tail (&self->loaded, GUINT_TO_POINTER (page));
    }
  if (position % PAGE_SIZE >= entries->len)
    return NULL; /* the diary shrank under us; a reload follows */
  return g_object_ref (g_ptr_array_index (entries, position % PAGE_SIZE));
}

static void
ethos_diary_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ethos_diary_model_get_item_type;
  iface->get_n_items = ethos_diary_model_get_n_items;
  iface->get_item = ethos_diary_model_get_item;
}

static void
ethos_diary_model_finalize (GObject *object)
{
  EthosDiaryModel *self = ETHOS_DIARY_MODEL (object);

  g_hash_table_unref (self->pages);
  g_queue_clear (&self->loaded);
  g_clear_object (&self->store);
  g_free (self->from);
  g_free (self->to);

  G_OBJECT_CLASS (ethos_diary_model_parent_class)->finalize (object);
}

static void
ethos_diary_model_class_init (EthosDiaryModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_diary_model_finalize;
}

static void
ethos_diary_model_init (EthosDiaryModel *self)
{
  self->kind = -1;
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->loaded);
}

static void
on_store_changed_cb (EthosStore *store, EthosStoreChange change, EthosDiaryModel *self)
{
  if (change & ETHOS_STORE_CHANGE_ENTRIES)
    ethos_diary_model_reload (self);
}

/* The diary's entries of @kind (-1: both), newest first. The model follows the store: any write
 * to the diary, this program's or another's, reads it again. */
EthosDiaryModel *
ethos_diary_model_new (EthosStore *store, int kind)
{
  EthosDiaryModel *self = g_object_new (ETHOS_TYPE_DIARY_MODEL, NULL);

  self->store = g_object_ref (store);
  self->kind = kind;
  self->n_items = ethos_store_count_entries_between (store, kind, NULL, NULL);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  return self;
}

/* Re-reads the diary: every item may have moved. */
void
ethos_diary_model_reload (EthosDiaryModel *self)
{
  guint removed;

  g_return_if_fail (ETHOS_IS_DIARY_MODEL (self));

  removed = self->n_items;
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->loaded);
  /* Said as all gone, then all new, never as one replacement: given a replacement, GTK's list
   * views look for each row's old item among the new ones, item by item, which on a 100,000-entry
   * diary reads every page of it (minutes, on each save). Gone then new costs the rows on
   * screen only. */
  self->n_items = 0;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
  self->n_items = ethos_store_count_entries_between (self->store, self->kind, self->from, self->to);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, self->n_items);
}

void
ethos_diary_model_set_kind (EthosDiaryModel *self, int kind)
{
  g_return_if_fail (ETHOS_IS_DIARY_MODEL (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  ethos_diary_model_reload (self);
}

/* Only entries dated from @from to @to (YYYY-MM-DD, either NULL for open). */
void
ethos_diary_model_set_range (EthosDiaryModel *self, const char *from, const char *to)
{
  g_return_if_fail (ETHOS_IS_DIARY_MODEL (self));

  if (g_strcmp0 (self->from, from) == 0 && g_strcmp0 (self->to, to) == 0)
    return;
  g_free (self->from);
  self->from = g_strdup (from);
  g_free (self->to);
  self->to = g_strdup (to);
  ethos_diary_model_reload (self);
}

int
ethos_diary_model_get_kind (EthosDiaryModel *self)
{
  g_return_val_if_fail (ETHOS_IS_DIARY_MODEL (self), -1);

  return self->kind;
}
