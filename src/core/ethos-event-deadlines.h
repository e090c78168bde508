/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-reminder.h"

G_BEGIN_DECLS

/* A reporting deadline an event creates for one body. */
typedef struct
{
  char *title;
  char *body_id;
  char *clause;   /* "code:ref", or NULL (the ICO) */
  char *due;      /* YYYY-MM-DD */
  char *due_time; /* "HH:MM", or NULL */
  char *note;     /* the limit in the code's own words */
  char *leads;    /* "7,3,1", or "" */
} EthosDeadline;

extern const char *const ethos_event_kinds[];

void       ethos_deadline_free (EthosDeadline *deadline);
gboolean   ethos_event_kind_is_valid (const char *kind);
GPtrArray *ethos_event_deadlines (const char         *kind,
                                  const char         *date,
                                  const char         *time,
                                  const char *const  *body_ids,
                                  GError            **error);

EthosReminder *ethos_deadline_to_reminder (const EthosDeadline *deadline);
EthosReminder *ethos_duty_reminder_for_clause (const char *code_id, const char *ref);

G_END_DECLS
