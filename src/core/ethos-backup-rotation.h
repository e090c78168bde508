/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-backup-info.h"

G_BEGIN_DECLS

/* How many daily backups are kept: the newest this many … */
#define ETHOS_BACKUP_KEEP_DAILY   14
/* … and the first daily backup of each of this many newest months. */
#define ETHOS_BACKUP_KEEP_MONTHLY 12

GPtrArray *ethos_backup_rotation_expired (GPtrArray *backups, guint keep_daily, guint keep_monthly);

G_END_DECLS
