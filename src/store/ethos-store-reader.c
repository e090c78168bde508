/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include "ethos-store-private.h"
#include "ethos-store-reader.h"

/* A connection of its own to the database @self opened, read-only, for a worker thread that
 * reads a lot (the whole-diary archive) while the window goes on with @self: nothing is checked
 * or written in opening it (@self did that), and closing it never checkpoints the log under the
 * window's writes. Everything it reads is one snapshot: a read transaction is open from its
 * first read until it is dropped, so the window's writes meanwhile are not half seen. Used from
 * one thread at a time, and dropped when the job is done. */
EthosStore *
ethos_store_open_reader (EthosStore *self, GError **error)
{
  g_autoptr (EthosStore) reader = NULL;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  reader = ethos_store_open_raw (self->data_dir, ETHOS_STORE_OPEN_EXISTING, self->key, error);
  if (reader == NULL)
    return NULL;
  sqlite3_db_config (reader->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  reader->schema_version = self->schema_version;
  if (!ethos_store_exec (reader, "PRAGMA query_only = ON", error)
      || !ethos_store_exec (reader, "BEGIN", error))
    return NULL;
  return g_steal_pointer (&reader);
}
