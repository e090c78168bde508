/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-reminder.h"

G_BEGIN_DECLS

/* Reminders read from an iCalendar file (its events and to-dos), through libical. */

typedef struct
{
  char *item;   /* what the file called it: its title and date */
  char *reason; /* why Ethos did not take it, in a sentence */
} EthosIcalSkip;

void     ethos_ical_skip_free (EthosIcalSkip *skip);
gboolean ethos_ical_read_reminders (const char   *data,
                                    gsize         length,
                                    const GDate  *today,
                                    GPtrArray   **reminders,
                                    GPtrArray   **skipped,
                                    GError      **error);

G_END_DECLS
