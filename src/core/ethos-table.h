/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ETHOS_TABLE_ERROR (ethos_table_error_quark ())

/* Why a file could not be taken as a table of records. All are the file's fault (exit 2). */
typedef enum
{
  ETHOS_TABLE_ERROR_NOT_A_TABLE, /* not what its name says, or a kind Ethos does not read */
  ETHOS_TABLE_ERROR_NO_TABLE,    /* readable, but holds no rows (or no table, for a document) */
  ETHOS_TABLE_ERROR_NO_HEADER,   /* no row naming the columns */
  ETHOS_TABLE_ERROR_MAPPING,     /* a --map to a column or field there is not */
} EthosTableError;

GQuark ethos_table_error_quark (void);

/* What the file says a cell holds, beyond the text it shows. */
typedef enum
{
  ETHOS_CELL_TEXT,
  ETHOS_CELL_NUMBER, /* number */
  ETHOS_CELL_DATE,   /* date, YYYY-MM-DD */
  ETHOS_CELL_TIME,   /* a length of time (a spreadsheet's 1:30), number = minutes */
} EthosCellType;

typedef struct
{
  char          *text;   /* as shown, trimmed; never NULL */
  EthosCellType  type;
  double         number;
  char           date[11];
} EthosTableCell;

#define ETHOS_TYPE_TABLE (ethos_table_get_type ())

G_DECLARE_FINAL_TYPE (EthosTable, ethos_table, ETHOS, TABLE, GObject)

EthosTable           *ethos_table_new (void);
void                  ethos_table_begin_row (EthosTable *self, guint number);
void                  ethos_table_put_text (EthosTable *self, guint column, const char *text);
void                  ethos_table_put_number (EthosTable *self,
                                              guint       column,
                                              const char *text,
                                              double      number);
void                  ethos_table_put_date (EthosTable *self,
                                            guint       column,
                                            const char *text,
                                            const char *iso);
void                  ethos_table_put_time (EthosTable *self,
                                            guint       column,
                                            const char *text,
                                            double      minutes);
void                  ethos_table_end_row (EthosTable *self);

guint                 ethos_table_get_n_rows (EthosTable *self);
guint                 ethos_table_get_row_number (EthosTable *self, guint row);
guint                 ethos_table_get_n_cells (EthosTable *self, guint row);
guint                 ethos_table_get_n_columns (EthosTable *self);
const EthosTableCell *ethos_table_get_cell (EthosTable *self, guint row, guint column);
const char           *ethos_table_get_text (EthosTable *self, guint row, guint column);

G_END_DECLS
