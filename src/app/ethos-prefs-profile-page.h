/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_PREFS_PROFILE_PAGE (ethos_prefs_profile_page_get_type ())

G_DECLARE_FINAL_TYPE (EthosPrefsProfilePage, ethos_prefs_profile_page, ETHOS, PREFS_PROFILE_PAGE,
                      AdwPreferencesPage)

void ethos_prefs_profile_page_set_store (EthosPrefsProfilePage *self, EthosStore *store);
void ethos_prefs_profile_page_reload (EthosPrefsProfilePage *self);

G_END_DECLS
