/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-backup-info.h"
#include "ethos-store.h"

G_BEGIN_DECLS

char      *ethos_backups_dir (const char *data_dir);
GPtrArray *ethos_backups_list (const char *data_dir, GError **error);
GPtrArray *ethos_backups_list_folder (const char *dir, GError **error);
int        ethos_backup_encrypted_schema_version (const char *path, const char *key);
char      *ethos_store_backup (EthosStore       *self,
                               EthosBackupKind   kind,
                               GDateTime        *now,
                               GError          **error);
gboolean   ethos_store_backup_daily (EthosStore  *self,
                                     GDateTime   *now,
                                     char       **made,
                                     GError     **error);

G_END_DECLS
