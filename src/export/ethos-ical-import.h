/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-ical-read.h"
#include "ethos-store.h"

G_BEGIN_DECLS

GPtrArray *ethos_ical_drop_known_reminders (EthosStore  *store,
                                            GPtrArray   *reminders,
                                            GPtrArray   *skipped,
                                            GError     **error);

G_END_DECLS
