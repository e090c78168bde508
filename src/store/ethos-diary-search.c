/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-search"

#include "config.h"

#include "ethos-diary-search.h"
#include "ethos-store-private.h"

/* The Diary's search, off the main thread: each search runs in a worker thread on a connection
 * of its own to the store's database, opened at the first search and kept, which only reads.
 * A search cancelled (the practitioner typed on) stops within a few µs of SQLite's work and
 * says G_IO_ERROR_CANCELLED; the next one waits only for that. The window's own connection is
 * never touched from another thread. A search may end after its owner has let it go, so this
 * keeps nothing of the store's but where its data is, and may be finalized in a worker. */

struct _EthosDiarySearch
{
  GObject     parent_instance;

  char       *data_dir; /* the store's: not the store, which lives in the main thread only */
  char       *key;      /* the store's key, or NULL */
  GMutex      lock;   /* held by the search running on reader */
  EthosStore *reader; /* opened by the first search */
};

G_DEFINE_FINAL_TYPE (EthosDiarySearch, ethos_diary_search, G_TYPE_OBJECT)

typedef struct
{
  char            *query;
  EthosDiaryOrder  order;
  guint            limit;
} Asked;

static void
asked_free (Asked *asked)
{
  g_free (asked->query);
  g_free (asked);
}

/* The reader: the database the store opened, read-only, nothing checked or written (the store
 * did that at opening). */
static EthosStore *
open_reader (EthosDiarySearch *self, GError **error)
{
  g_autoptr (EthosStore) reader = ethos_store_open_raw (self->data_dir,
                                                        ETHOS_STORE_OPEN_EXISTING, self->key,
                                                        error);

  if (reader == NULL)
    return NULL;
  /* Closing it must not checkpoint the log under the window's writes. */
  sqlite3_db_config (reader->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (!ethos_store_exec (reader, "PRAGMA query_only = ON", error))
    return NULL;
  return g_steal_pointer (&reader);
}

static void
run_in_thread (GTask *task, gpointer object, gpointer data, GCancellable *cancellable)
{
  EthosDiarySearch *self = object;
  Asked *asked = data;
  g_autoptr (GError) error = NULL;
  EthosDiaryMatches *matches = NULL;

  g_mutex_lock (&self->lock);
  /* A search overtaken while it waited is not started. */
  if (!g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      if (self->reader == NULL)
        self->reader = open_reader (self, &error);
      if (self->reader != NULL)
        matches = ethos_store_search_diary (self->reader, asked->query, asked->order,
                                            asked->limit, cancellable, &error);
    }
  g_mutex_unlock (&self->lock);

  if (matches != NULL)
    g_task_return_pointer (task, matches, (GDestroyNotify) ethos_diary_matches_free);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* Searches the diary for @query (see ethos_store_search_diary()) in a worker thread. Once
 * @cancellable is cancelled the result is G_IO_ERROR_CANCELLED, whatever the search found:
 * cancel the search a new one replaces, and its results never arrive. */
void
ethos_diary_search_run_async (EthosDiarySearch    *self,
                              const char          *query,
                              EthosDiaryOrder      order,
                              guint                limit,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  Asked *asked;

  g_return_if_fail (ETHOS_IS_DIARY_SEARCH (self));
  g_return_if_fail (query != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ethos_diary_search_run_async);
  asked = g_new0 (Asked, 1);
  asked->query = g_strdup (query);
  asked->order = order;
  asked->limit = limit;
  g_task_set_task_data (task, asked, (GDestroyNotify) asked_free);
  g_task_run_in_thread (task, run_in_thread);
}

/* What the search found, or NULL with @error: G_IO_ERROR_CANCELLED when it was cancelled, or
 * why the diary could not be read. */
EthosDiaryMatches *
ethos_diary_search_run_finish (EthosDiarySearch *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

EthosDiarySearch *
ethos_diary_search_new (EthosStore *store)
{
  EthosDiarySearch *self;

  g_return_val_if_fail (ETHOS_IS_STORE (store), NULL);

  self = g_object_new (ETHOS_TYPE_DIARY_SEARCH, NULL);
  self->data_dir = g_strdup (store->data_dir);
  self->key = g_strdup (store->key);
  return self;
}

static void
ethos_diary_search_finalize (GObject *object)
{
  EthosDiarySearch *self = ETHOS_DIARY_SEARCH (object);

  g_clear_object (&self->reader);
  g_free (self->data_dir);
  ethos_store_key_free (self->key);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (ethos_diary_search_parent_class)->finalize (object);
}

static void
ethos_diary_search_class_init (EthosDiarySearchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_diary_search_finalize;
}

static void
ethos_diary_search_init (EthosDiarySearch *self)
{
  g_mutex_init (&self->lock);
}
