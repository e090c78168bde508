/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-recovery-key.h"

G_BEGIN_DECLS

char     *ethos_key_file_path (const char *data_dir);
gboolean  ethos_key_file_exists (const char *data_dir);
gboolean  ethos_key_file_write (const char    *data_dir,
                                const guint8  *key,
                                const char    *passphrase,
                                GError       **error);
gboolean  ethos_key_file_read (const char  *data_dir,
                               const char  *passphrase,
                               guint8      *key,
                               GError     **error);
gboolean  ethos_key_file_remove (const char *data_dir, GError **error);
gboolean  ethos_sync_path (const char *path, gboolean folder, GError **error);

G_END_DECLS
