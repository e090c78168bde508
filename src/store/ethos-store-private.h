/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For src/store only: the SQLite handle and the helpers every table family uses. */

#include <sqlite3.h>

#include "ethos-store.h"

G_BEGIN_DECLS

typedef struct
{
  int         version;
  const char *sql;
} EthosMigration;

const EthosMigration *ethos_store_migrations (guint *n_migrations);

EthosStore   *ethos_store_open_raw (const char *data_dir, GError **error);
sqlite3      *ethos_store_get_db (EthosStore *self);
sqlite3_stmt *ethos_store_prepare (EthosStore *self, const char *sql, GError **error);
gboolean      ethos_store_step_done (EthosStore *self, sqlite3_stmt *stmt, GError **error);
gboolean      ethos_store_begin (EthosStore *self, GError **error);
gboolean      ethos_store_commit (EthosStore *self, GError **error);
void          ethos_store_rollback (EthosStore *self);
void          ethos_store_set_error (EthosStore *self, GError **error, const char *what);
char         *ethos_store_now_utc (void);
gboolean      ethos_store_write_one (EthosStore *self, sqlite3_stmt *stmt, GError **error);
void          ethos_store_bind_text (sqlite3_stmt *stmt, int index, const char *text);
void          ethos_store_bind_optional_int (sqlite3_stmt *stmt, int index, int value);
const char   *ethos_store_column_text (sqlite3_stmt *stmt, int column);
char         *ethos_store_column_dup (sqlite3_stmt *stmt, int column);
char         *ethos_store_column_dup_nullable (sqlite3_stmt *stmt, int column);
GPtrArray    *ethos_store_read_hits (EthosStore *self, sqlite3_stmt *stmt, GError **error);

gboolean      ethos_code_store_sync_shipped (EthosStore *self, GError **error);

gboolean      ethos_backup_prepare_dir (const char *dir, GError **error);
char         *ethos_backup_temp_file (const char *dir, GError **error);
void          ethos_backup_discard (const char *path);

G_END_DECLS
