/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Why a backup was made. Only daily backups are ever deleted by Ethos (see
 * ethos-backup-rotation.h); the others are made on rare, deliberate occasions and stay until the
 * practitioner deletes them. */
typedef enum
{
  ETHOS_BACKUP_DAILY,
  ETHOS_BACKUP_MANUAL,
  ETHOS_BACKUP_PRE_MIGRATION,
  ETHOS_BACKUP_PRE_RESTORE,
} EthosBackupKind;

#define ETHOS_BACKUP_N_KINDS 4

#define ETHOS_TYPE_BACKUP_INFO (ethos_backup_info_get_type ())

G_DECLARE_FINAL_TYPE (EthosBackupInfo, ethos_backup_info, ETHOS, BACKUP_INFO, GObject)

/* One file in the backups folder. A plain record with public, read-only fields. */
struct _EthosBackupInfo
{
  GObject          parent_instance;

  char            *path;
  EthosBackupKind  kind;
  GDateTime       *created;        /* from the file name: local wall time, to the second */
  gint64           size;           /* bytes */
  int              schema_version; /* from the file's header; -1 when it cannot be read */
  gboolean         encrypted;      /* not a plain SQLite file: its schema needs its key */
};

EthosBackupInfo *ethos_backup_info_new (void);
const char      *ethos_backup_kind_to_string (EthosBackupKind kind);
char            *ethos_backup_file_name (GDateTime *when, EthosBackupKind kind);
gboolean         ethos_backup_parse_file_name (const char       *name,
                                               GDateTime       **created,
                                               EthosBackupKind  *kind);
int              ethos_backup_info_compare_newest_first (gconstpointer a, gconstpointer b);

G_END_DECLS
