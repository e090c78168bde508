/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_PREFS_REMINDERS_PAGE (ethos_prefs_reminders_page_get_type ())

G_DECLARE_FINAL_TYPE (EthosPrefsRemindersPage, ethos_prefs_reminders_page, ETHOS,
                      PREFS_REMINDERS_PAGE, AdwPreferencesPage)

void ethos_prefs_reminders_page_set_store (EthosPrefsRemindersPage *self, EthosStore *store);
void ethos_prefs_reminders_page_reload (EthosPrefsRemindersPage *self);

G_END_DECLS
