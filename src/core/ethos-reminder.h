/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_REMINDER (ethos_reminder_get_type ())

G_DECLARE_FINAL_TYPE (EthosReminder, ethos_reminder, ETHOS, REMINDER, GObject)

/* A renewal, recheck or deadline. A plain record with public fields, like EthosEntry. */
struct _EthosReminder
{
  GObject  parent_instance;

  gint64   id;            /* 0 until stored */
  char    *title;
  char    *kind;          /* dbs, insurance, report, … (ethos_reminder_kinds) */
  char    *due;           /* YYYY-MM-DD, the next due date */
  char    *due_time;      /* "HH:MM" for deadlines counted in hours, or NULL */
  char    *anchor;        /* YYYY-MM-DD the recurrence counts from (its day is kept) */
  GArray  *lead_days;     /* int, largest first */
  char    *every;         /* "", "3y", "1m", "2w", "30d" */
  gboolean from_completion;
  char    *clause;        /* "code:ref", or NULL */
  char    *notes;
  char    *snoozed_until; /* YYYY-MM-DD, or NULL */
  gboolean done;          /* a one-off that is finished */
};

extern const char *const ethos_reminder_kinds[];

EthosReminder *ethos_reminder_new (const char *kind);
EthosReminder *ethos_reminder_copy (EthosReminder *self);
gboolean       ethos_reminder_kind_is_valid (const char *kind);
const char    *ethos_reminder_kind_name (const char *kind);
void           ethos_reminder_set_default_leads (EthosReminder *self);
char          *ethos_reminder_leads_to_string (EthosReminder *self);
gboolean       ethos_reminder_parse_leads (EthosReminder *self, const char *text, GError **error);
gboolean       ethos_reminder_validate (EthosReminder *self, GError **error);

G_END_DECLS
