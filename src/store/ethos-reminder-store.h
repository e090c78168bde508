/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-reminder.h"
#include "ethos-store.h"

G_BEGIN_DECLS

/* A deleted reminder as it was, with its history, for an Undo (ethos-reminder-undo.c). */
typedef struct _EthosKeptReminder EthosKeptReminder;

gboolean       ethos_store_add_reminder (EthosStore *self, EthosReminder *reminder, GError **error);
gboolean       ethos_store_update_reminder (EthosStore *self, EthosReminder *reminder, GError **error);
gboolean       ethos_store_delete_reminder (EthosStore *self, gint64 id, GError **error);
EthosReminder *ethos_store_get_reminder (EthosStore *self, gint64 id, GError **error);
GPtrArray     *ethos_store_list_reminders (EthosStore *self, gboolean with_done, GError **error);
GStrv          ethos_store_list_fired_stages (EthosStore *self, gint64 id, const char *due);
gboolean       ethos_store_record_fired (EthosStore  *self,
                                         gint64       id,
                                         const char  *due,
                                         const char  *stage,
                                         GError     **error);
gboolean       ethos_store_record_completion (EthosStore     *self,
                                              EthosReminder  *reminder,
                                              const char     *done_on,
                                              const char     *next_due,
                                              GError        **error);

gboolean       ethos_store_complete_reminder (EthosStore     *self,
                                              EthosReminder  *reminder,
                                              const char     *done_on,
                                              GError        **error);
gint64         ethos_store_add_event (EthosStore  *self,
                                      const char  *kind,
                                      const char  *date,
                                      const char  *time,
                                      const char  *notes,
                                      GPtrArray   *reminders,
                                      GError     **error);
int            ethos_store_add_missing_reminders (EthosStore  *self,
                                                  GPtrArray   *reminders,
                                                  GError     **error);
GPtrArray     *ethos_store_list_events (EthosStore *self, GError **error);

gboolean           ethos_store_undo_reminder_done (EthosStore     *self,
                                                   EthosReminder  *before,
                                                   EthosReminder  *after,
                                                   GError        **error);
EthosKeptReminder *ethos_store_delete_reminder_kept (EthosStore  *self,
                                                     gint64       id,
                                                     GError     **error);
gint64             ethos_store_undo_reminder_delete (EthosStore         *self,
                                                     EthosKeptReminder  *kept,
                                                     GError            **error);
const char        *ethos_kept_reminder_get_title (EthosKeptReminder *kept);
void               ethos_kept_reminder_free (EthosKeptReminder *kept);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosKeptReminder, ethos_kept_reminder_free)

G_END_DECLS
