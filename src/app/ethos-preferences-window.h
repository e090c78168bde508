/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_PREFERENCES_WINDOW (ethos_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (EthosPreferencesWindow, ethos_preferences_window, ETHOS, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *ethos_preferences_window_new (EthosStore *store, GtkWindow *parent);
void       ethos_preferences_window_reload_backups (EthosPreferencesWindow *self);
void       ethos_preferences_window_show_page (EthosPreferencesWindow *self, const char *name);
gboolean   ethos_preferences_window_restore (EthosPreferencesWindow  *self,
                                             const char              *path,
                                             GError                 **error);

G_END_DECLS
