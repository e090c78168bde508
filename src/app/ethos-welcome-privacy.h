/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *ethos_welcome_privacy_new (const char *data_dir, gboolean key_to_come);

G_END_DECLS
