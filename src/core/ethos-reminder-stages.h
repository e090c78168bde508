/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The notification time of day when none is set: 09:00 local. */
#define ETHOS_NOTIFY_HOUR_DEFAULT   9
#define ETHOS_NOTIFY_MINUTE_DEFAULT 0

/* One notification a reminder can give: "lead-30" thirty days before the due day, "due" on it,
 * "overdue-3" three days after it. */
typedef struct
{
  char      *id;
  GDateTime *fires_at;  /* local, in the time zone asked for */
  int        days_left; /* days from the stage's day to the due day; negative when overdue */
} EthosStage;

EthosStage *ethos_stage_copy       (const EthosStage *stage);
void        ethos_stage_free       (EthosStage *stage);

gboolean    ethos_due_time_parse   (const char *text, int *hour, int *minute);

GPtrArray  *ethos_reminder_stages  (const GDate  *due,
                                    const char   *due_time,
                                    const int    *lead_days,
                                    guint         n_leads,
                                    const GDate  *until,
                                    int           notify_hour,
                                    int           notify_minute,
                                    GTimeZone    *tz);

EthosStage *ethos_reminder_stage_due (const GDate  *due,
                                      const char   *due_time,
                                      const int    *lead_days,
                                      guint         n_leads,
                                      const GDate  *snoozed_until,
                                      GStrv         fired_ids,
                                      int           notify_hour,
                                      int           notify_minute,
                                      GTimeZone    *tz,
                                      GDateTime    *now,
                                      GDateTime   **next_wakeup);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosStage, ethos_stage_free)

G_END_DECLS
