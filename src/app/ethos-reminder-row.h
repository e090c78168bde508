/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-reminder.h"
#include "ethos-store.h"

G_BEGIN_DECLS

GtkWidget *ethos_reminder_row_new (EthosStore *store, EthosReminder *reminder, const GDate *today);

G_END_DECLS
