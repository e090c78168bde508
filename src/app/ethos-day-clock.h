/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_DAY_CLOCK (ethos_day_clock_get_type ())

G_DECLARE_FINAL_TYPE (EthosDayClock, ethos_day_clock, ETHOS, DAY_CLOCK, GObject)

EthosDayClock *ethos_day_clock_get_default (void);
void           ethos_day_clock_read_today (GDate *today);

G_END_DECLS
