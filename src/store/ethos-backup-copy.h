/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-store.h"

G_BEGIN_DECLS

char      *ethos_store_get_backup_destination (EthosStore *self);
gboolean   ethos_store_set_backup_destination (EthosStore  *self,
                                               const char  *dir,
                                               GError     **error);
char      *ethos_backup_copy_to (const char  *backup,
                                 const char  *dest,
                                 const char  *key,
                                 GError     **error);
char      *ethos_backup_copy_to_full (const char  *backup,
                                      const char  *dest,
                                      const char  *key,
                                      guint       *plain_removed,
                                      GError     **error);
char      *ethos_store_copy_newest_backup (EthosStore  *self,
                                           GDateTime   *now,
                                           GError     **error);
void       ethos_store_copy_daily_backup (EthosStore *self, const char *backup, GDateTime *now);
GDateTime *ethos_backup_destination_newest (const char *dest);

G_END_DECLS
