/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* A file to restore, made ready in a private copy (ethos-restore-file.c); the store's own. */
char     *ethos_restore_file_prepare (const char  *file,
                                      const char  *dir,
                                      const char  *key,
                                      sqlite3    **db,
                                      int         *version,
                                      gboolean    *encrypted,
                                      GError     **error);
gboolean  ethos_restore_refuse (GError **error, const char *format, ...) G_GNUC_PRINTF (2, 3);

G_END_DECLS
