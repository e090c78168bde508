/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_INFO_ROW (ethos_info_row_get_type ())

G_DECLARE_FINAL_TYPE (EthosInfoRow, ethos_info_row, ETHOS, INFO_ROW, GtkListBoxRow)

GtkWidget  *ethos_info_row_new (const char *title, const char *subtitle);
void        ethos_info_row_add_suffix (EthosInfoRow *self, GtkWidget *widget);
const char *ethos_info_row_get_title (EthosInfoRow *self);
const char *ethos_info_row_get_subtitle (EthosInfoRow *self);

G_END_DECLS
