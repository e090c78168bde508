/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-recovery-key.h"

G_BEGIN_DECLS

gboolean  ethos_diary_is_encrypted (const char *data_dir);
gboolean  ethos_database_file_is_encrypted (const char *path);
EthosKeySource ethos_diary_key_source (const char *data_dir);
gboolean  ethos_diary_key_generate (guint8 *key, GError **error);
char     *ethos_diary_key_to_sqlcipher (const guint8 *key);
char     *ethos_diary_find_key (const char      *data_dir,
                                const char      *passphrase,
                                EthosKeySource  *source,
                                GError         **error);
gboolean  ethos_diary_read_key (const char      *data_dir,
                                const char      *passphrase,
                                guint8          *key,
                                EthosKeySource  *source,
                                GError         **error);
char     *ethos_diary_find_key_anyway (const char *data_dir, const char *passphrase);
const char *ethos_store_get_encryption_cipher (void);

G_END_DECLS
