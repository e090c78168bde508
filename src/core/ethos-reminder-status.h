/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-reminder.h"

G_BEGIN_DECLS

/* Where a reminder stands on a day. The one place this is decided: the window, the CLI, the
 * notifier and the exports all ask here. */
typedef enum /*< prefix=ETHOS_REMINDER_STATUS >*/
{
  ETHOS_REMINDER_STATUS_UPCOMING,  /*< nick=upcoming >*/
  ETHOS_REMINDER_STATUS_DUE_SOON,  /*< nick=due-soon >*/
  ETHOS_REMINDER_STATUS_DUE_TODAY, /*< nick=due-today >*/
  ETHOS_REMINDER_STATUS_OVERDUE,   /*< nick=overdue >*/
  ETHOS_REMINDER_STATUS_SNOOZED,   /*< nick=snoozed >*/
  ETHOS_REMINDER_STATUS_DONE,      /*< nick=done >*/
} EthosReminderStatus;

/* The most days ahead a reminder counts as due soon, whatever its leads. */
#define ETHOS_DUE_SOON_MAX_DAYS 30

EthosReminderStatus ethos_reminder_status (EthosReminder *reminder,
                                           const GDate   *today,
                                           int           *days_left);
int                 ethos_reminder_due_soon_days (EthosReminder *reminder);
const char         *ethos_reminder_status_to_string (EthosReminderStatus status);
const char         *ethos_reminder_status_word (EthosReminderStatus status);
const char         *ethos_reminder_status_title (EthosReminderStatus status);
gboolean            ethos_reminder_status_needs_attention (EthosReminderStatus status);

char               *ethos_reminder_due_phrase (int days_left);
char               *ethos_reminder_due_sentence (int days_left);
char               *ethos_reminder_summary (const char *title, int days_left);
char               *ethos_reminder_snooze_phrase (EthosReminder *reminder, const GDate *today);
char               *ethos_reminder_when_phrase (EthosReminder *reminder, const GDate *today);

gboolean            ethos_reminder_snooze_limit (EthosReminder *reminder, GDate *last);
gboolean            ethos_reminder_can_snooze (EthosReminder *reminder,
                                               const GDate   *today,
                                               int            days);

G_END_DECLS
