/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ethos-reminder-status.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_REMINDER_GROUPS (ethos_reminder_groups_get_type ())

G_DECLARE_FINAL_TYPE (EthosReminderGroups, ethos_reminder_groups, ETHOS, REMINDER_GROUPS, GObject)

EthosReminderGroups *ethos_reminder_groups_new (void);
GListModel          *ethos_reminder_groups_get_group (EthosReminderGroups *self,
                                                      EthosReminderStatus  status);
void                 ethos_reminder_groups_update (EthosReminderGroups *self,
                                                   GPtrArray           *reminders,
                                                   const GDate         *today);

G_END_DECLS
