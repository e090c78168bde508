/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-reminder.h"
#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_REMINDER_DIALOG (ethos_reminder_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EthosReminderDialog, ethos_reminder_dialog, ETHOS, REMINDER_DIALOG, AdwWindow)

GtkWidget *ethos_reminder_dialog_new (EthosStore *store, GtkWindow *parent, EthosReminder *reminder);
gboolean   ethos_reminder_dialog_save (EthosReminderDialog *self);
void       ethos_reminder_dialog_fill (EthosReminderDialog *self,
                                       const char          *title,
                                       const char          *due,
                                       const char          *every);

G_END_DECLS
