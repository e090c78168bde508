/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_REMINDERS_PAGE (ethos_reminders_page_get_type ())

G_DECLARE_FINAL_TYPE (EthosRemindersPage, ethos_reminders_page, ETHOS, REMINDERS_PAGE, GtkWidget)

GtkWidget *ethos_reminders_page_new (EthosStore *store);
void       ethos_reminders_page_set_today (EthosRemindersPage *self, const char *today);
gboolean   ethos_reminders_page_show_reminder (EthosRemindersPage *self, gint64 id);
GtkWidget *ethos_reminders_page_get_landed_row (EthosRemindersPage *self);

G_END_DECLS
