/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_PLAN_DIALOG (ethos_plan_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EthosPlanDialog, ethos_plan_dialog, ETHOS, PLAN_DIALOG, AdwWindow)

GtkWidget *ethos_plan_dialog_new (EthosStore *store, GtkWindow *parent, const char *today);

G_END_DECLS
