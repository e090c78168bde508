/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_OVERVIEW_PAGE (ethos_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (EthosOverviewPage, ethos_overview_page, ETHOS, OVERVIEW_PAGE, GtkWidget)

GtkWidget *ethos_overview_page_new (EthosStore *store);
void       ethos_overview_page_set_today (EthosOverviewPage *self, const char *today);

G_END_DECLS
