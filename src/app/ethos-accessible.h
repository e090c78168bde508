/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void ethos_accessible_name_drop_down (GtkDropDown *drop_down);
void ethos_accessible_name_calendar (GtkCalendar *calendar);
void ethos_accessible_name_shortcuts_window (GtkShortcutsWindow *window);
void ethos_accessible_name_about_window (AdwAboutWindow *window);
void ethos_accessible_name_preferences_window (AdwPreferencesWindow *window);
void ethos_accessible_name_expander_row (AdwExpanderRow *row);
void ethos_accessible_keyboard_list (GtkWidget *view);
void ethos_accessible_name_list_item (GtkListItem *item, const char *name);
void ethos_accessible_list_item_labelled_by (GtkListItem *item,
                                             GtkWidget   *label,
                                             GtkWidget   *more);
void ethos_accessible_name_by_label (GtkWidget *button);
void ethos_accessible_name_responses (AdwMessageDialog *dialog);
void ethos_accessible_name_only (GtkWidget *widget, const char *name);
void ethos_accessible_describe (GtkWidget *widget, const char *description);
const char *ethos_accessible_get_described (GtkWidget *widget);

G_END_DECLS
