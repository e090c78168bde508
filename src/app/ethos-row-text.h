/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_ROW_TEXT (ethos_row_text_get_type ())

G_DECLARE_FINAL_TYPE (EthosRowText, ethos_row_text, ETHOS, ROW_TEXT, GtkWidget)

GtkWidget *ethos_row_text_new (void);
GtkLabel  *ethos_row_text_get_title (EthosRowText *self);
GtkLabel  *ethos_row_text_get_subtitle (EthosRowText *self);
void       ethos_row_text_set_text (EthosRowText *self, const char *title, const char *subtitle);

G_END_DECLS
