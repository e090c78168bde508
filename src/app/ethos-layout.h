/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void ethos_layout_show_when_folded (AdwLeaflet *leaflet, GtkWidget *widget);
void ethos_layout_wrap_when_shown (GtkTextView *view);

G_END_DECLS
