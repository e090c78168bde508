/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a bare number means in a field: "90" in Minutes, "1.5" in Hours. */
typedef enum
{
  ETHOS_DURATION_MINUTES,
  ETHOS_DURATION_HOURS,
} EthosDurationUnit;

gboolean ethos_duration_parse (const char        *text,
                               EthosDurationUnit  unit,
                               int                max_minutes,
                               int               *minutes,
                               GError           **error);
char    *ethos_duration_describe (int minutes);

G_END_DECLS
