/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwColorScheme ethos_style_color_scheme (const char *variant);
void           ethos_style_follow_settings (GSettings *settings);
void           ethos_style_set_status (GtkLabel *label, const char *text, gboolean error);

G_END_DECLS
