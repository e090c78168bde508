/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-store.h"

G_BEGIN_DECLS

/* The whole diary as one zip: ethos-export.json (docs/export-format.md) and the evidence
 * files, and reading it back into an empty diary. */

#define ETHOS_ARCHIVE_FORMAT "ethos-archive"
#define ETHOS_ARCHIVE_VERSION 1
#define ETHOS_ARCHIVE_JSON "ethos-export.json"

typedef struct
{
  guint entries;
  guint reminders;
  guint files;
} EthosArchiveCounts;

gboolean ethos_archive_write (EthosStore         *store,
                              const char         *path,
                              GDateTime          *now,
                              EthosArchiveCounts *counts,
                              GError            **error);
typedef struct _EthosArchive EthosArchive;

EthosArchive *ethos_archive_read (const char *path, GError **error);
void          ethos_archive_get_counts (EthosArchive *self, EthosArchiveCounts *counts);
gboolean      ethos_archive_import (EthosArchive *self, EthosStore *store, GError **error);
void          ethos_archive_free (EthosArchive *self);
char    *ethos_archive_member_name (gint64 id, const char *file_name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosArchive, ethos_archive_free)

G_END_DECLS
