/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-import-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-import-store.h"
#include "ethos-store-private.h"

/* Records brought in from a table (core's EthosImport) as one batch: written in one
 * transaction, each entry marked with its batch, and undone as a whole. */

/* Marks the rows of @import that repeat an entry already in the diary (read over the import's
 * own days) and leaves them out. */
gboolean
ethos_store_mark_import_duplicates (EthosStore *self, EthosImport *import, GError **error)
{
  g_autofree char *from = NULL, *to = NULL;
  g_autoptr (GPtrArray) entries = NULL;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ETHOS_IS_IMPORT (import), FALSE);

  if (!ethos_import_get_date_range (import, &from, &to))
    return TRUE;
  entries = ethos_store_list_entries (self, -1, from, to, FALSE, error);
  if (entries == NULL)
    return FALSE;
  ethos_import_set_existing (import, entries);
  return TRUE;
}

/* Writes the rows @import includes as one batch, named by @file_name, in one transaction (all
 * or nothing), and gives its id in @batch; 0, with nothing written, when no row is included. */
gboolean
ethos_store_import_entries (EthosStore  *self,
                            EthosImport *import,
                            const char  *file_name,
                            gint64      *batch,
                            GError     **error)
{
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *now = ethos_store_now_utc ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ETHOS_IS_IMPORT (import), FALSE);

  *batch = 0;
  entries = ethos_import_get_entries (import);
  if (entries->len == 0)
    return TRUE;
  if (!ethos_store_begin (self, error))
    return FALSE;
  stmt = ethos_store_prepare (self,
                              "INSERT INTO import_batch (file_name, imported) VALUES (?1, ?2)",
                              error);
  if (stmt == NULL)
    goto fail;
  ethos_store_bind_text (stmt, 1, file_name != NULL ? file_name : "");
  ethos_store_bind_text (stmt, 2, now);
  if (!ethos_store_step_done (self, stmt, error))
    goto fail;
  *batch = sqlite3_last_insert_rowid (ethos_store_get_db (self));
  for (guint i = 0; i < entries->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (entries, i);

      if (!ethos_store_insert_entry_row (self, entry, now, error))
        goto fail;
      stmt = ethos_store_prepare (self, "UPDATE entries SET import_batch = ?1 WHERE id = ?2",
                                  error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, *batch);
      sqlite3_bind_int64 (stmt, 2, entry->id);
      if (!ethos_store_step_done (self, stmt, error))
        goto fail;
    }
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_ENTRIES);
  if (ethos_store_commit (self, error))
    return TRUE;

fail:
  ethos_store_rollback (self);
  for (guint i = 0; i < entries->len; i++)
    ((EthosEntry *) g_ptr_array_index (entries, i))->id = 0;
  *batch = 0;
  return FALSE;
}

/* Deletes every entry of @batch (with their links and evidence) and the batch, in one
 * transaction; @removed says how many. NOT_FOUND for a batch Ethos does not have. */
gboolean
ethos_store_undo_import (EthosStore *self, gint64 batch, guint *removed, GError **error)
{
  guint gone = 0;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  *removed = 0;
  if (!ethos_store_begin (self, error))
    return FALSE;
  if (!ethos_store_run_with_id (self, "DELETE FROM entries WHERE import_batch = ?1", batch,
                                removed, error)
      || !ethos_store_run_with_id (self, "DELETE FROM import_batch WHERE id = ?1", batch, &gone,
                                   error))
    goto fail;
  if (gone == 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("There is no import %lld to undo"), (long long) batch);
      goto fail;
    }
  if (*removed > 0)
    ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_ENTRIES);
  return ethos_store_commit (self, error);

fail:
  ethos_store_rollback (self);
  *removed = 0;
  return FALSE;
}
