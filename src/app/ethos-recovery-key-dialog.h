/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *ethos_recovery_key_box_new    (const char *recovery_key);
GtkWidget *ethos_recovery_key_dialog_new (GtkWindow  *parent,
                                          const char *recovery_key);

G_END_DECLS
