/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_OVERRIDE_ROW (ethos_override_row_get_type ())

G_DECLARE_FINAL_TYPE (EthosOverrideRow, ethos_override_row, ETHOS, OVERRIDE_ROW, AdwActionRow)

/* Keeps @text (NULL: back to the default); FALSE with @error, having kept nothing, when it
 * cannot be taken. */
typedef gboolean (*EthosOverrideCommitFunc) (EthosOverrideRow  *row,
                                             const char        *text,
                                             gpointer           data,
                                             GError           **error);

GtkWidget  *ethos_override_row_new (const char *title, const char *description);
void        ethos_override_row_set_commit_func (EthosOverrideRow        *self,
                                                EthosOverrideCommitFunc  func,
                                                gpointer                 data);
void        ethos_override_row_set_default (EthosOverrideRow *self,
                                            const char       *placeholder,
                                            const char       *said);
void        ethos_override_row_set_value (EthosOverrideRow *self, const char *value);
const char *ethos_override_row_get_value (EthosOverrideRow *self);
gboolean    ethos_override_row_commit (EthosOverrideRow *self);
const char *ethos_override_row_get_error (EthosOverrideRow *self);
GtkEditable *ethos_override_row_get_editable (EthosOverrideRow *self);

G_END_DECLS
