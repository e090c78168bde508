/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest interval a recurrence can have, in its own unit. */
#define ETHOS_RECURRENCE_MAX_COUNT 1000

typedef enum
{
  ETHOS_EVERY_NONE,
  ETHOS_EVERY_DAYS,
  ETHOS_EVERY_WEEKS,
  ETHOS_EVERY_MONTHS,
  ETHOS_EVERY_YEARS,
} EthosEveryUnit;

/* How a reminder repeats: every `count` units, counted from the due date (the default) or, with
 * from_completion, from the day it was done. count is 0 for ETHOS_EVERY_NONE. */
typedef struct
{
  EthosEveryUnit unit;
  guint          count;
  gboolean       from_completion;
} EthosRecurrence;

gboolean ethos_recurrence_parse     (const char       *text,
                                     EthosRecurrence  *out,
                                     GError          **error);
char    *ethos_recurrence_to_string (const EthosRecurrence *r);
char    *ethos_recurrence_describe  (const EthosRecurrence *r);

gboolean ethos_recurrence_add       (const EthosRecurrence *r,
                                     const GDate           *anchor,
                                     guint                  steps,
                                     GDate                 *out);
gboolean ethos_recurrence_next_due  (const EthosRecurrence *r,
                                     const GDate           *anchor,
                                     const GDate           *current_due,
                                     const GDate           *done_on,
                                     GDate                 *next);

G_END_DECLS
