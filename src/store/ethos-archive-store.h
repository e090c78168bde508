/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-store.h"

G_BEGIN_DECLS

/* The tables of the whole-diary archive (ethos-cli export all), read and written a row at a
 * time. A row is a GVariant of type a{smv}: each column the archive keeps, in the table's
 * order, with its value (int64 'x', double 'd' or string 's'), or nothing for NULL. */

typedef gboolean (*EthosArchiveRowFunc) (const char  *table,
                                         GVariant    *row,
                                         gpointer     user_data,
                                         GError     **error);
/* Gives the blocks of one evidence file, in order. */
typedef gboolean (*EthosArchiveBlockFunc) (const guint8  *data,
                                           gsize          length,
                                           gpointer       user_data,
                                           GError       **error);
/* Fills @buffer with the next @length bytes of evidence row @id's file, for an import. */
typedef gboolean (*EthosArchiveFillFunc) (gint64    id,
                                          guint8   *buffer,
                                          gsize     length,
                                          gpointer  user_data,
                                          GError  **error);

#define ETHOS_ARCHIVE_TEXT_BYTES_MAX (4 * 1024 * 1024)

const char * const *ethos_archive_tables (guint *n_tables);
gboolean            ethos_archive_is_table (const char *name);
char              **ethos_store_archive_uncovered_tables (EthosStore *self, GError **error);
gboolean            ethos_store_archive_read (EthosStore           *self,
                                              const char           *table,
                                              EthosArchiveRowFunc   func,
                                              gpointer              user_data,
                                              GError              **error);
gboolean            ethos_store_archive_read_evidence (EthosStore             *self,
                                                       gint64                  id,
                                                       EthosArchiveBlockFunc   func,
                                                       gpointer                user_data,
                                                       GError                **error);
gboolean            ethos_store_archive_is_empty (EthosStore *self, gboolean *empty, GError **error);
gboolean            ethos_store_archive_write (EthosStore            *self,
                                               int                    schema,
                                               GHashTable            *tables,
                                               EthosArchiveFillFunc   fill,
                                               gpointer               user_data,
                                               GError               **error);

G_END_DECLS
