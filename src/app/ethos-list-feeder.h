/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_LIST_FEEDER (ethos_list_feeder_get_type ())
G_DECLARE_FINAL_TYPE (EthosListFeeder, ethos_list_feeder, ETHOS, LIST_FEEDER, GObject)

EthosListFeeder *ethos_list_feeder_new (GListStore    *store,
                                        GtkScrollable *view,
                                        guint          at_once);
void             ethos_list_feeder_replace (EthosListFeeder *self, GPtrArray *items);
void             ethos_list_feeder_clear (EthosListFeeder *self);

G_END_DECLS
