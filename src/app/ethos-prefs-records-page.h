/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_PREFS_RECORDS_PAGE (ethos_prefs_records_page_get_type ())

G_DECLARE_FINAL_TYPE (EthosPrefsRecordsPage, ethos_prefs_records_page, ETHOS, PREFS_RECORDS_PAGE,
                      AdwPreferencesPage)

void ethos_prefs_records_page_set_store (EthosPrefsRecordsPage *self, EthosStore *store);
void ethos_prefs_records_page_reload (EthosPrefsRecordsPage *self);

G_END_DECLS
