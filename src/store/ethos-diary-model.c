/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-model"

#include "config.h"

#include <string.h>

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
  gint64      hint_id; /* an entry last found or moved, and where: looked at before counting */
  guint       hint_position;
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

/* Whether an entry of @kind dated @date (YYYY-MM-DD; "" for none) is one the model shows. */
static gboolean
shows (EthosDiaryModel *self, int kind, const char *date)
{
  return date[0] != '\0' && (self->kind < 0 || self->kind == kind)
         && (self->from == NULL || strcmp (date, self->from) >= 0)
         && (self->to == NULL || strcmp (date, self->to) <= 0);
}

/* Pages from the one holding @position on are read again when next asked for. */
static void
forget_pages_from (EthosDiaryModel *self, guint position)
{
  GList *link = self->loaded.head;

  while (link != NULL)
    {
      GList *next = link->next;
      guint page = GPOINTER_TO_UINT (link->data);

      if (page >= position / PAGE_SIZE)
        {
          g_hash_table_remove (self->pages, GUINT_TO_POINTER (page));
          g_queue_delete_link (&self->loaded, link);
        }
      link = next;
    }
}

/* One entry added, edited or removed: its row alone goes, comes, moves or is redrawn, and the
 * rows around it (and the view's place) stay. FALSE if where it was or went cannot be read. */
static gboolean
move_entry (EthosDiaryModel *self, const EthosEntryMove *move)
{
  gboolean was = shows (self, move->old_kind, move->old_date);
  gboolean is = shows (self, move->new_kind, move->new_date);
  guint old_position = 0, new_position = 0;

  if (was && !ethos_store_count_entries_before (self->store, self->kind, self->from, self->to,
                                                move->old_date, move->id, &old_position, NULL))
    return FALSE;
  if (is && !ethos_store_count_entries_before (self->store, self->kind, self->from, self->to,
                                               move->new_date, move->id, &new_position, NULL))
    return FALSE;
  if ((was && old_position >= self->n_items) || (is && new_position > self->n_items - was))
    return FALSE; /* not the diary the model last read: read it again */

  forget_pages_from (self, MIN (was ? old_position : G_MAXUINT, is ? new_position : G_MAXUINT));
  if (is)
    {
      self->hint_id = move->id;
      self->hint_position = new_position;
    }
  if (was && is && old_position == new_position)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 1);
      return TRUE;
    }
  if (was)
    {
      self->n_items--;
      g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 0);
    }
  if (is)
    {
      self->n_items++;
      g_list_model_items_changed (G_LIST_MODEL (self), new_position, 0, 1);
    }
  return TRUE;
}

static void
on_store_changed_cb (EthosStore *store, EthosStoreChange change, EthosDiaryModel *self)
{
  EthosEntryMove move;

  if ((change & ETHOS_STORE_CHANGE_ENTRIES) == 0)
    return;
  if (!ethos_store_get_entry_move (store, &move) || !move_entry (self, &move))
    ethos_diary_model_reload (self);
}

/* The diary's entries of @kind (-1: both), newest first. The model follows the store: a write
 * of this program to one entry moves that entry's row alone; any other write to the diary (an
 * import, another program's) reads it again. */
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

/* Whether the item at @position is the first of its month in the model's order (the newest
 * of that month): the first item, or one whose month differs from the item above it. The
 * item above is nearly always in a page already read. */
gboolean
ethos_diary_model_starts_month (EthosDiaryModel *self, guint position)
{
  g_autoptr (EthosEntry) entry = NULL;
  g_autoptr (EthosEntry) above = NULL;

  g_return_val_if_fail (ETHOS_IS_DIARY_MODEL (self), FALSE);

  entry = ethos_diary_model_get_item (G_LIST_MODEL (self), position);
  if (entry == NULL)
    return FALSE;
  if (position == 0)
    return TRUE;
  above = ethos_diary_model_get_item (G_LIST_MODEL (self), position - 1);
  return above == NULL || strncmp (above->date, entry->date, 7) != 0;
}

/* Whether the item at @position is entry @id. */
static gboolean
is_at (EthosDiaryModel *self, gint64 id, guint position)
{
  g_autoptr (EthosEntry) there = ethos_diary_model_get_item (G_LIST_MODEL (self), position);

  return there != NULL && there->id == id;
}

/* Where @entry is in the model, by its id, kind and date as stored: FALSE when the model does
 * not show it (another kind, outside the period, not saved, or no longer there). Where the
 * model last moved it or found it, if it is still there; otherwise one count on the index (near
 * the end of a long diary, a few milliseconds), and the item there checked. */
gboolean
ethos_diary_model_find (EthosDiaryModel *self, EthosEntry *entry, guint *position)
{
  guint count;

  g_return_val_if_fail (ETHOS_IS_DIARY_MODEL (self), FALSE);
  g_return_val_if_fail (ETHOS_IS_ENTRY (entry) && position != NULL, FALSE);

  if (entry->id <= 0 || entry->date == NULL || !shows (self, entry->kind, entry->date))
    return FALSE;
  if (entry->id == self->hint_id && is_at (self, entry->id, self->hint_position))
    {
      *position = self->hint_position;
      return TRUE;
    }
  if (!ethos_store_count_entries_before (self->store, self->kind, self->from, self->to,
                                         entry->date, entry->id, &count, NULL)
      || !is_at (self, entry->id, count))
    return FALSE;
  self->hint_id = entry->id;
  self->hint_position = *position = count;
  return TRUE;
}

/* Whether the model's period takes in @date (YYYY-MM-DD). */
gboolean
ethos_diary_model_covers (EthosDiaryModel *self, const char *date)
{
  g_return_val_if_fail (ETHOS_IS_DIARY_MODEL (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  return (self->from == NULL || strcmp (date, self->from) >= 0)
         && (self->to == NULL || strcmp (date, self->to) <= 0);
}

/* The position of the newest entry dated @date (YYYY-MM-DD) or earlier: the number of entries
 * after that day, counted on the index. When every entry is later, the last (the oldest).
 * FALSE with @error when the diary cannot be read, and FALSE when the model is empty. */
gboolean
ethos_diary_model_find_date (EthosDiaryModel  *self,
                             const char       *date,
                             guint            *position,
                             GError          **error)
{
  guint later;

  g_return_val_if_fail (ETHOS_IS_DIARY_MODEL (self), FALSE);
  g_return_val_if_fail (date != NULL && position != NULL, FALSE);

  /* No entry has the greatest id there can be: every entry of @date is counted out with it,
   * and only later days are counted. */
  if (!ethos_store_count_entries_before (self->store, self->kind, self->from, self->to, date,
                                         G_MAXINT64, &later, error))
    return FALSE;
  if (self->n_items == 0)
    return FALSE;
  *position = MIN (later, self->n_items - 1);
  return TRUE;
}
