/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_OPEN_SELECTION (ethos_open_selection_get_type ())

G_DECLARE_FINAL_TYPE (EthosOpenSelection, ethos_open_selection, ETHOS, OPEN_SELECTION, GObject)

EthosOpenSelection *ethos_open_selection_new (GListModel *model);
GListModel         *ethos_open_selection_get_model (EthosOpenSelection *self);
guint               ethos_open_selection_get_selected (EthosOpenSelection *self);
void                ethos_open_selection_set_selected (EthosOpenSelection *self, guint position);

G_END_DECLS
