/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"
#include "ethos-theme-map.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_THEME_VIEW (ethos_theme_view_get_type ())

G_DECLARE_FINAL_TYPE (EthosThemeView, ethos_theme_view, ETHOS, THEME_VIEW, GtkWidget)

GtkWidget *ethos_theme_view_new (void);
void       ethos_theme_view_show (EthosThemeView *self,
                                  EthosStore     *store,
                                  EthosTheme     *theme,
                                  GListModel     *codes);

G_END_DECLS
