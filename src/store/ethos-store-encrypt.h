/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-recovery-key.h"

G_BEGIN_DECLS

gboolean ethos_store_encrypt_diary (const char  *data_dir,
                                    const char  *passphrase,
                                    GDateTime   *now,
                                    char       **recovery_key,
                                    char       **copies_said,
                                    GError     **error);
gboolean ethos_store_decrypt_diary (const char  *data_dir,
                                    const char  *passphrase,
                                    GDateTime   *now,
                                    GError     **error);
gboolean ethos_store_change_passphrase (const char  *data_dir,
                                        const char  *passphrase,
                                        const char  *new_passphrase,
                                        GError     **error);
gboolean ethos_store_recover_key (const char    *data_dir,
                                  const guint8  *key,
                                  const char    *passphrase,
                                  GError       **error);

G_END_DECLS
