/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-entry-row.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_DATE_ROW (ethos_date_row_get_type ())

G_DECLARE_FINAL_TYPE (EthosDateRow, ethos_date_row, ETHOS, DATE_ROW, EthosEntryRow)

GtkWidget *ethos_date_row_new (const char *title);
void       ethos_date_row_set_today (EthosDateRow *self, const char *today);
char      *ethos_date_row_read (EthosDateRow *self, gboolean required, GError **error);
void       ethos_date_row_show (EthosDateRow *self, const char *iso);
GtkWidget *ethos_date_row_get_calendar (EthosDateRow *self);

G_END_DECLS
