/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

G_BEGIN_DECLS

gboolean ethos_private_dir_prepare (const char *dir, gboolean create, GError **error);
gboolean ethos_private_file_check (const char *path, GStatBuf *st, GError **error);

G_END_DECLS
