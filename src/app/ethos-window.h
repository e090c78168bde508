/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-codes-page.h"
#include "ethos-diary-page.h"
#include "ethos-reminders-page.h"
#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_WINDOW (ethos_window_get_type ())

G_DECLARE_FINAL_TYPE (EthosWindow, ethos_window, ETHOS, WINDOW, AdwApplicationWindow)

EthosWindow    *ethos_window_new (GtkApplication *application, EthosStore *store);
GtkShortcutsWindow *ethos_window_get_help_overlay (EthosWindow *self);
EthosCodesPage *ethos_window_get_codes_page (EthosWindow *self);
EthosDiaryPage *ethos_window_get_diary_page (EthosWindow *self);
EthosRemindersPage *ethos_window_get_reminders_page (EthosWindow *self);
void            ethos_window_show_reminder (EthosWindow *self, gint64 id);
void            ethos_window_show_entry (EthosWindow *self, gint64 id);
void            ethos_window_toast (EthosWindow *self, const char *text);
GtkWidget      *ethos_window_offer_welcome (EthosWindow *self);
gboolean        ethos_window_export_to (EthosWindow  *self,
                                        GFile        *file,
                                        gboolean      pdf,
                                        GError      **error);
void            ethos_window_set_export_file (EthosWindow *self, GFile *file);
GtkWidget      *ethos_window_import_file (EthosWindow *self, GFile *file);
void            ethos_window_export_all_to (EthosWindow *self, GFile *file);

G_END_DECLS
