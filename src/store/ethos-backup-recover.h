/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-backup-info.h"

G_BEGIN_DECLS

EthosBackupInfo *ethos_backups_newest_good (const char *data_dir);
gboolean         ethos_backups_recover (const char  *data_dir,
                                        const char  *backup,
                                        GDateTime   *now,
                                        char       **set_aside,
                                        GError     **error);

G_END_DECLS
