/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-standard-reminders.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_MEMBERSHIP_GROUP (ethos_membership_group_get_type ())

G_DECLARE_FINAL_TYPE (EthosMembershipGroup, ethos_membership_group, ETHOS, MEMBERSHIP_GROUP,
                      AdwPreferencesGroup)

void                          ethos_membership_group_set_bodies (EthosMembershipGroup *self,
                                                                 const char *const    *body_ids);
void                          ethos_membership_group_set_today (EthosMembershipGroup *self,
                                                                const char           *today);
const EthosMembershipRenewal *ethos_membership_group_read (EthosMembershipGroup  *self,
                                                           guint                 *n_renewals,
                                                           GError               **error);
void                          ethos_membership_group_fill (EthosMembershipGroup *self,
                                                           const char           *text);

G_END_DECLS
