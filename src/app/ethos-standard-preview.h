/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-reminder.h"
#include "ethos-store.h"

G_BEGIN_DECLS

gboolean   ethos_standard_preview_is_kept (GPtrArray *existing, EthosReminder *reminder);
GtkWidget *ethos_standard_preview_row (EthosStore *store, EthosReminder *reminder, gboolean kept);

G_END_DECLS
