/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-entry-editor.h"
#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_DIARY_PAGE (ethos_diary_page_get_type ())

G_DECLARE_FINAL_TYPE (EthosDiaryPage, ethos_diary_page, ETHOS, DIARY_PAGE, GtkWidget)

GtkWidget        *ethos_diary_page_new (EthosStore *store);
EthosEntryEditor *ethos_diary_page_get_editor (EthosDiaryPage *self);
gboolean          ethos_diary_page_open_position (EthosDiaryPage *self, guint position);
void              ethos_diary_page_open_entry (EthosDiaryPage *self, gint64 id);
void              ethos_diary_page_flush (EthosDiaryPage *self);
void              ethos_diary_page_reload (EthosDiaryPage *self);
gboolean          ethos_diary_page_has_unsaved (EthosDiaryPage *self);

G_END_DECLS
