/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_ENTRY_ROW (ethos_entry_row_get_type ())

G_DECLARE_DERIVABLE_TYPE (EthosEntryRow, ethos_entry_row, ETHOS, ENTRY_ROW, AdwEntryRow)

struct _EthosEntryRowClass
{
  AdwEntryRowClass parent_class;
};

GtkWidget *ethos_entry_row_new (const char *title);
GtkWidget *ethos_entry_row_get_entry (EthosEntryRow *self);

G_END_DECLS
