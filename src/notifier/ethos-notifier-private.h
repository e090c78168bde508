/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For ethos-notifier*.c only: the notifier's fields, what showing a stage takes from the
 * planning and gives back to it, and following the database at its path. */

#include "ethos-notifier.h"
#include "ethos-reminder-stages.h"
#include "ethos-reminder.h"

G_BEGIN_DECLS

struct _EthosNotifier
{
  GObject       parent_instance;

  EthosStore   *store;     /* NULL while there is no database to read at path */
  char         *data_dir;
  char         *path;
  GFileMonitor *waiting;   /* on path, while there is no database to read there */
  GTimeZone    *tz;
  GPtrArray    *shown;     /* NotifyNotification still on screen, for their actions */
  int           timer_fd;
  guint         timer_source;
  guint         replan_source;
  gboolean      has_actions;
  gboolean      planning;  /* in replan(), whose own writes need no second look */
  char         *unavailable; /* why there is no database to read, as said; NULL: there is one */

  GCancellable    *cancellable;        /* the system bus, while it is being looked for */
  GDBusConnection *system_bus;
  guint            sleep_subscription; /* logind's PrepareForSleep */

  GVolumeMonitor  *volumes;            /* drives mounted: a copy off this disk */
};

/* While there is no database to read: how soon to look again, whatever else wakes it. */
#define ETHOS_NOTIFIER_RETRY_SECONDS 60

void     ethos_notifier_replan (EthosNotifier *self);
void     ethos_notifier_replan_soon (EthosNotifier *self);
void     ethos_notifier_settle (EthosNotifier *self);
void     ethos_notifier_set_store (EthosNotifier *self, EthosStore *store);
gboolean ethos_notifier_follow_file (EthosNotifier *self);
char    *ethos_notifier_find_key (const char *data_dir, GError **error);
void     ethos_notifier_stop_waiting (EthosNotifier *self);
void     ethos_notifier_copy_off_disk (EthosNotifier *self);
void     ethos_notifier_watch_drives (EthosNotifier *self);
void     ethos_notifier_stop_watching_drives (EthosNotifier *self);
void     ethos_notifier_show (EthosNotifier *self,
                              EthosReminder *reminder,
                              EthosStage    *stage,
                              const GDate   *today);

G_END_DECLS
