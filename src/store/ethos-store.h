/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ethos-store-change.h"
#include "ethos-store-enums.h"

G_BEGIN_DECLS

#define ETHOS_STORE_ERROR (ethos_store_error_quark ())

typedef enum
{
  ETHOS_STORE_ERROR_FAILED,
  ETHOS_STORE_ERROR_NEWER_SCHEMA,
  ETHOS_STORE_ERROR_CORRUPT,
  ETHOS_STORE_ERROR_IO,
  ETHOS_STORE_ERROR_NOT_FOUND,
  ETHOS_STORE_ERROR_INVALID,
  ETHOS_STORE_ERROR_EXISTS,
  ETHOS_STORE_ERROR_WRONG_KEY,
} EthosStoreError;

typedef enum
{
  ETHOS_STORE_OPEN_DEFAULT = 0,
  ETHOS_STORE_OPEN_CHECK_LATER = 1 << 0,
  ETHOS_STORE_OPEN_EXISTING = 1 << 1,
} EthosStoreOpenFlags;

/* How to open a store: ethos_store_open_with_options(). @key is NULL for a plain database, as
 * every other way in opens; otherwise the database is encrypted with it (SQLCipher's key: a
 * passphrase, put through its key derivation at each connection, or a raw 256-bit key written
 * x'64 hex digits', used as it is). A new database is made encrypted with it. */
typedef struct
{
  EthosStoreOpenFlags  flags;
  const char          *key;
} EthosStoreOpenOptions;

/* Whether the file at a store's path is still the one it opened: ethos_store_check_file(). */
typedef enum
{
  ETHOS_STORE_FILE_SAME,
  ETHOS_STORE_FILE_REPLACED,
  ETHOS_STORE_FILE_GONE,
} EthosStoreFile;

#define ETHOS_TYPE_STORE (ethos_store_get_type ())

G_DECLARE_FINAL_TYPE (EthosStore, ethos_store, ETHOS, STORE, GObject)

GQuark      ethos_store_error_quark (void);

char       *ethos_store_default_data_dir (void);
EthosStore *ethos_store_open (const char *data_dir, GError **error);
EthosStore *ethos_store_open_at (const char *data_dir, GDateTime *now, GError **error);
EthosStore *ethos_store_open_full (const char          *data_dir,
                                   GDateTime           *now,
                                   EthosStoreOpenFlags  flags,
                                   GError             **error);
EthosStore *ethos_store_open_with_options (const char                  *data_dir,
                                           GDateTime                   *now,
                                           const EthosStoreOpenOptions *options,
                                           GError                     **error);
gboolean    ethos_store_is_encrypted (EthosStore *self);
const char *ethos_store_get_encryption_library (void);
const char *ethos_store_get_cipher (EthosStore *self);
char       *ethos_store_read_cipher (const char *data_dir, const char *key, GError **error);
void        ethos_store_start_check (EthosStore *self);
gboolean    ethos_store_is_checked (EthosStore *self);
void        ethos_store_watch_other_writers (EthosStore *self);
EthosStoreFile ethos_store_check_file (EthosStore *self);
void        ethos_store_set_now (EthosStore *self, GDateTime *now);
const char *ethos_store_get_data_dir (EthosStore *self);
void        ethos_store_close (EthosStore *self);
void        ethos_store_release_memory (EthosStore *self);
const char *ethos_store_get_path (EthosStore *self);
int         ethos_store_get_schema_version (EthosStore *self);
int         ethos_store_get_supported_schema_version (void);
gboolean    ethos_store_check_integrity (EthosStore *self, GStrv *problems, GError **error);

G_END_DECLS
