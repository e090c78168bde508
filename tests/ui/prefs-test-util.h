/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui-test-util.h"
#include "ethos-preferences-window.h"
#include "ethos-window.h"

G_BEGIN_DECLS

/* What the Preferences tests share: opening Preferences as the window does, finding a row by
 * its title, typing as a practitioner does, and rendering a page three ways. */

gboolean                prefs_row_titled (GtkWidget *widget, gpointer title);
GtkWidget              *prefs_find_row (EthosPreferencesWindow *preferences,
                                        const char             *page,
                                        const char             *title);
EthosPreferencesWindow *prefs_find (void);
EthosPreferencesWindow *prefs_open (EthosWindow *window, const char *page);
void                    prefs_close (EthosPreferencesWindow *preferences);
void                    prefs_type_and_leave (EthosPreferencesWindow *preferences,
                                              GtkWidget              *editable,
                                              const char             *text);
void                    prefs_type_and_enter (GtkWidget *row, const char *text);
GtkSwitch              *prefs_switch_in (GtkWidget *row);
GPtrArray              *prefs_override_rows (EthosPreferencesWindow *preferences);
void                    prefs_render_three_ways (EthosPreferencesWindow *preferences,
                                                 const char             *name);

G_END_DECLS
