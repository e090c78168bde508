/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_REMINDER (ethos_reminder_get_type ())

G_DECLARE_FINAL_TYPE (EthosReminder, ethos_reminder, ETHOS, REMINDER, GObject)

/* What a reminder is for. The nicks are the words the database, CSV, JSON and the CLI keep:
 * never change them. The values are also the order lists of kinds show them in. */
typedef enum /*< prefix=ETHOS_REMINDER_KIND >*/
{
  ETHOS_REMINDER_KIND_DBS,                /*< nick=dbs >*/
  ETHOS_REMINDER_KIND_DBS_UPDATE_SERVICE, /*< nick=dbs-update-service >*/
  ETHOS_REMINDER_KIND_INSURANCE,          /*< nick=insurance >*/
  ETHOS_REMINDER_KIND_MEMBERSHIP,         /*< nick=membership >*/
  ETHOS_REMINDER_KIND_ACCREDITATION,      /*< nick=accreditation >*/
  ETHOS_REMINDER_KIND_ICO,                /*< nick=ico >*/
  ETHOS_REMINDER_KIND_UNDERTAKING,        /*< nick=undertaking >*/
  ETHOS_REMINDER_KIND_REPORT,             /*< nick=report >*/
  ETHOS_REMINDER_KIND_SUPERVISION,        /*< nick=supervision >*/
  ETHOS_REMINDER_KIND_CPD,                /*< nick=cpd >*/
  ETHOS_REMINDER_KIND_TAX,                /*< nick=tax >*/
  ETHOS_REMINDER_KIND_CUSTOM,             /*< nick=custom >*/
} EthosReminderKind;

#define ETHOS_REMINDER_N_KINDS (ETHOS_REMINDER_KIND_CUSTOM + 1)

/* A renewal, recheck or deadline. A plain record with public fields, like EthosEntry. */
struct _EthosReminder
{
  GObject  parent_instance;

  gint64   id;            /* 0 until stored */
  char    *title;
  EthosReminderKind kind;
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

EthosReminder *ethos_reminder_new (EthosReminderKind kind);
EthosReminder *ethos_reminder_new_due (EthosReminderKind  kind,
                                       const char        *title,
                                       const char        *due,
                                       const char        *every);
EthosReminder *ethos_reminder_copy (EthosReminder *self);
const char    *ethos_reminder_kind_to_string (EthosReminderKind kind);
gboolean       ethos_reminder_kind_from_string (const char         *text,
                                                EthosReminderKind  *kind,
                                                GError            **error);
const char    *ethos_reminder_kind_name (EthosReminderKind kind);
void           ethos_reminder_set_default_leads (EthosReminder *self);
char          *ethos_reminder_leads_to_string (EthosReminder *self);
gboolean       ethos_reminder_parse_leads (EthosReminder *self, const char *text, GError **error);
gboolean       ethos_reminder_validate (EthosReminder *self, GError **error);

G_END_DECLS
