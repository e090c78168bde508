/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The diary's data key is 32 random bytes (ETHOS_DIARY_KEY_SIZE); its recovery key is the same
 * bytes written for a person: Crockford base32 with a 3-byte check, in groups of four. */
#define ETHOS_DIARY_KEY_SIZE 32

#define ETHOS_RECOVERY_KEY_ERROR (ethos_recovery_key_error_quark ())

typedef enum
{
  ETHOS_RECOVERY_KEY_ERROR_INVALID,
} EthosRecoveryKeyError;

/* Where the key of an encrypted diary is kept. */
typedef enum
{
  ETHOS_KEY_SOURCE_NONE,       /* a plain diary, or an encrypted one whose key is nowhere here */
  ETHOS_KEY_SOURCE_KEYRING,    /* the user's keyring (the Secret Service) */
  ETHOS_KEY_SOURCE_PASSPHRASE, /* beside the database, wrapped by a passphrase */
} EthosKeySource;

GQuark    ethos_recovery_key_error_quark (void);
char     *ethos_recovery_key_format (const guint8 *key);
gboolean  ethos_recovery_key_parse (const char  *text,
                                    guint8      *key,
                                    GError     **error);
char     *ethos_diary_key_to_hex (const guint8 *key);
gboolean  ethos_diary_key_from_hex (const char *hex, guint8 *key);
const char *ethos_key_source_to_string (EthosKeySource source);
const char *ethos_encryption_summary (gboolean encrypted, EthosKeySource source);
const char *ethos_recovery_key_advice (void);
const char *ethos_encryption_explanation (void);

G_END_DECLS
