/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_DAY_POPOVER (ethos_day_popover_get_type ())

G_DECLARE_FINAL_TYPE (EthosDayPopover, ethos_day_popover, ETHOS, DAY_POPOVER, GtkPopover)

GtkWidget *ethos_day_popover_new (const char *confirm_label);
void       ethos_day_popover_set_days (EthosDayPopover *self,
                                       const GDate     *first,
                                       const GDate     *last);
gboolean   ethos_day_popover_pick (EthosDayPopover *self, const GDate *day);

G_END_DECLS
