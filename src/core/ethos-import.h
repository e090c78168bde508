/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ethos-entry.h"
#include "ethos-import-fields.h"
#include "ethos-table.h"

G_BEGIN_DECLS

/* One row of the table as it would be stored. */
typedef struct
{
  guint       row;          /* as the file numbers it (a spreadsheet's row, a CSV's line) */
  EthosEntry *entry;        /* the entry it becomes, or NULL when it cannot be read */
  char       *reason;       /* why it cannot be read, or NULL */
  gint64      duplicate_of; /* the entry already in the diary it seems to repeat, or 0 */
  gboolean    included;     /* stored by an import: readable, and not a duplicate unless chosen */
} EthosImportRow;

/* The kind of every row, or ETHOS_IMPORT_KIND_AUTO: each row's "Type" if it says supervision,
 * else the table's columns (a supervisor and no title: supervision; else CPD). */
#define ETHOS_IMPORT_KIND_AUTO (-1)

#define ETHOS_TYPE_IMPORT (ethos_import_get_type ())

G_DECLARE_FINAL_TYPE (EthosImport, ethos_import, ETHOS, IMPORT, GObject)

EthosImport          *ethos_import_new (EthosTable         *table,
                                        const char * const *map,
                                        const GDate        *today,
                                        GError            **error);
guint                 ethos_import_find_header (EthosTable         *table,
                                                const char * const *map,
                                                gboolean           *found);

void                  ethos_import_set_kind (EthosImport *self, int kind);
int                   ethos_import_get_kind (EthosImport *self);
guint                 ethos_import_get_header_row (EthosImport *self);
guint                 ethos_import_get_n_columns (EthosImport *self);
const char           *ethos_import_get_header (EthosImport *self, guint column);
EthosImportField      ethos_import_get_field (EthosImport *self, guint column);
void                  ethos_import_set_field (EthosImport      *self,
                                              guint             column,
                                              EthosImportField  field);

guint                 ethos_import_get_n_rows (EthosImport *self);
const EthosImportRow *ethos_import_get_row (EthosImport *self, guint index);
void                  ethos_import_set_included (EthosImport *self, guint index, gboolean included);

gboolean              ethos_import_get_date_range (EthosImport *self, char **from, char **to);
void                  ethos_import_set_existing (EthosImport *self, GPtrArray *entries);
GPtrArray            *ethos_import_get_entries (EthosImport *self);
void                  ethos_import_count (EthosImport *self,
                                          guint       *added,
                                          guint       *skipped,
                                          guint       *duplicates);

G_END_DECLS
