/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ethos_keyring_available (void);
gboolean ethos_keyring_ready (void);
gboolean ethos_keyring_store (const char *data_dir, const guint8 *key, GError **error);
gboolean ethos_keyring_lookup (const char *data_dir, guint8 *key, gboolean *found, GError **error);
gboolean ethos_keyring_clear (const char *data_dir, GError **error);

G_END_DECLS
