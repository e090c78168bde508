/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ethos_backup_verify (const char  *path,
                              const char  *key,
                              int         *schema_version,
                              GError     **error);

G_END_DECLS
