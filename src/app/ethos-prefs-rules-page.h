/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_PREFS_RULES_PAGE (ethos_prefs_rules_page_get_type ())

G_DECLARE_FINAL_TYPE (EthosPrefsRulesPage, ethos_prefs_rules_page, ETHOS, PREFS_RULES_PAGE,
                      AdwPreferencesPage)

void ethos_prefs_rules_page_set_store (EthosPrefsRulesPage *self, EthosStore *store);
void ethos_prefs_rules_page_reload (EthosPrefsRulesPage *self);

G_END_DECLS
