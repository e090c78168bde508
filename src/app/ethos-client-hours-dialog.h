/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_CLIENT_HOURS_DIALOG (ethos_client_hours_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EthosClientHoursDialog, ethos_client_hours_dialog, ETHOS,
                      CLIENT_HOURS_DIALOG, AdwWindow)

GtkWidget *ethos_client_hours_dialog_new (EthosStore *store,
                                          GtkWindow  *parent,
                                          const char *today);

G_END_DECLS
