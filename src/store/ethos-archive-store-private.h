/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-archive-store.h"

G_BEGIN_DECLS

#define ETHOS_ARCHIVE_BLOCK (64 * 1024)

typedef struct
{
  const char *name;
  const char *order;          /* ORDER BY: the same diary always gives the same archive */
  const char *where;          /* which rows the archive takes, or NULL for all */
  const char *left_out;       /* a column not in the archive, or NULL */
  gboolean    derived_column; /* rows with a source are Ethos's own, not the practitioner's */
} EthosArchiveTable;

extern const EthosArchiveTable ethos_archive_table_list[];
extern const guint             ethos_archive_n_tables;

const EthosArchiveTable *ethos_archive_find_table (const char *name);
char                    *ethos_archive_select_sql (const EthosArchiveTable *table);

G_END_DECLS
