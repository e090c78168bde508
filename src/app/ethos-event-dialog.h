/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_EVENT_DIALOG (ethos_event_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EthosEventDialog, ethos_event_dialog, ETHOS, EVENT_DIALOG, AdwWindow)

GtkWidget *ethos_event_dialog_new (EthosStore *store, GtkWindow *parent);
void       ethos_event_dialog_fill (EthosEventDialog *self, guint kind, const char *date);
guint      ethos_event_dialog_count_deadlines (EthosEventDialog *self);
gboolean   ethos_event_dialog_record (EthosEventDialog *self);

G_END_DECLS
