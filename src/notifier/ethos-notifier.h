/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_NOTIFIER (ethos_notifier_get_type ())

G_DECLARE_FINAL_TYPE (EthosNotifier, ethos_notifier, ETHOS, NOTIFIER, GObject)

EthosNotifier *ethos_notifier_new (EthosStore *store);
EthosNotifier *ethos_notifier_new_waiting (const char *data_dir);
guint          ethos_notifier_fire_due (EthosNotifier *self, GDateTime *now, GDateTime **next_wakeup);
void           ethos_notifier_run (EthosNotifier *self, GMainLoop *loop);

G_END_DECLS
