/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void        ethos_announce (GtkWidget *widget, const char *text);
const char *ethos_announce_get_last (GtkWidget *widget);

G_END_DECLS
