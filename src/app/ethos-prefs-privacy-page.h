/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_PREFS_PRIVACY_PAGE (ethos_prefs_privacy_page_get_type ())

G_DECLARE_FINAL_TYPE (EthosPrefsPrivacyPage, ethos_prefs_privacy_page, ETHOS, PREFS_PRIVACY_PAGE,
                      AdwPreferencesPage)

void ethos_prefs_privacy_page_set_store (EthosPrefsPrivacyPage *self, EthosStore *store);
void ethos_prefs_privacy_page_reload (EthosPrefsPrivacyPage *self);

G_END_DECLS
