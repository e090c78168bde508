/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For ethos-notifier*.c only: the notifier's fields, and what showing a stage takes from the
 * planning and gives back to it. */

#include "ethos-notifier.h"
#include "ethos-reminder-stages.h"
#include "ethos-reminder.h"

G_BEGIN_DECLS

struct _EthosNotifier
{
  GObject       parent_instance;

  EthosStore   *store;
  GTimeZone    *tz;
  GPtrArray    *shown;     /* NotifyNotification still on screen, for their actions */
  int           timer_fd;
  guint         timer_source;
  guint         replan_source;
  gboolean      has_actions;
  gboolean      planning;  /* in replan(), whose own writes need no second look */

  GCancellable    *cancellable;        /* the system bus, while it is being looked for */
  GDBusConnection *system_bus;
  guint            sleep_subscription; /* logind's PrepareForSleep */
};

void ethos_notifier_replan (EthosNotifier *self);
void ethos_notifier_show (EthosNotifier *self,
                          EthosReminder *reminder,
                          EthosStage    *stage,
                          const GDate   *today);

G_END_DECLS
