/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void ethos_toast_add (GtkWidget *widget, AdwToast *toast);
void ethos_toast_show (GtkWidget *widget, const char *text);
void ethos_toast_show_undo (GtkWidget      *widget,
                            const char     *text,
                            GCallback       undo,
                            gpointer        data,
                            GDestroyNotify  destroy);

G_END_DECLS
