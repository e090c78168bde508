/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-reminder.h"
#include "ethos-store.h"

G_BEGIN_DECLS

/* A body the practitioner belongs to, in the order they listed them. */
typedef struct
{
  char *body_id;
  char *membership_number; /* NULL when not given */
  char *membership_class;  /* one of the body's class ids, or NULL: not given */
} EthosMembership;

void       ethos_membership_free (EthosMembership *membership);

char      *ethos_store_get_name (EthosStore *self);
gboolean   ethos_store_set_name (EthosStore *self, const char *name, GError **error);
GPtrArray *ethos_store_list_memberships (EthosStore *self, GError **error);
GStrv       ethos_store_list_body_ids (EthosStore *self, GError **error);
gboolean   ethos_store_set_memberships (EthosStore  *self,
                                        GPtrArray   *memberships,
                                        GError     **error);
GHashTable *ethos_store_get_body_overrides (EthosStore *self, const char *body_id, GError **error);
gboolean   ethos_store_set_body_override (EthosStore  *self,
                                          const char  *body_id,
                                          const char  *key,
                                          const char  *value,
                                          GError     **error);
int        ethos_store_get_opening_balance (EthosStore *self,
                                            const char *body_id,
                                            const char *period_start);
gboolean   ethos_store_set_opening_balance (EthosStore  *self,
                                            const char  *body_id,
                                            const char  *period_start,
                                            int          minutes,
                                            GError     **error);

char      *ethos_store_get_cpd_anchor (EthosStore *self, const char *body_id);
gboolean   ethos_store_set_cpd_anchor (EthosStore  *self,
                                       const char  *body_id,
                                       const char  *date,
                                       GError     **error);

char      *ethos_store_get_notify_time (EthosStore *self);
gboolean   ethos_store_set_notify_time (EthosStore *self, const char *time, GError **error);
char      *ethos_store_get_default_leads (EthosStore *self, EthosReminderKind kind);
gboolean   ethos_store_set_default_leads (EthosStore         *self,
                                          EthosReminderKind   kind,
                                          const char         *leads,
                                          GError            **error);
void       ethos_store_apply_default_leads (EthosStore *self, EthosReminder *reminder);

G_END_DECLS
