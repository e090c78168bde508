/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ethos_backups_restore (const char  *data_dir,
                                const char  *file,
                                GDateTime   *now,
                                char       **pre_restore,
                                GError     **error);

gboolean ethos_backups_restore_with_keys (const char  *data_dir,
                                          const char  *file,
                                          const char  *live_key,
                                          const char  *file_key,
                                          GDateTime   *now,
                                          char       **pre_restore,
                                          GError     **error);

G_END_DECLS
