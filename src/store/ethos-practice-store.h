/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-body-rules.h"
#include "ethos-store.h"

G_BEGIN_DECLS

/* Whom a body's rules bind, and when they do not: the practitioner's membership class in each
 * body, their practice (full- or part-time, and what share of full time), and the months they
 * saw no clients. */

typedef struct
{
  char month[8]; /* YYYY-MM */
  char *note;    /* never NULL */
} EthosMonthBreak;

void       ethos_month_break_free (EthosMonthBreak *month_break);

char      *ethos_store_get_membership_class (EthosStore *self, const char *body_id);
gboolean   ethos_store_set_membership_class (EthosStore  *self,
                                             const char  *body_id,
                                             const char  *membership_class,
                                             GError     **error);
EthosPractice ethos_store_get_practice (EthosStore *self, int *percent);
gboolean   ethos_store_set_practice (EthosStore    *self,
                                     EthosPractice  practice,
                                     int            percent,
                                     GError       **error);

GPtrArray *ethos_store_list_month_breaks (EthosStore *self, GError **error);
gboolean   ethos_store_set_month_break (EthosStore  *self,
                                        const char  *month,
                                        const char  *note,
                                        GError     **error);
GStrv      ethos_store_list_break_months (EthosStore *self, GError **error);
gboolean   ethos_store_remove_month_break (EthosStore *self, const char *month, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosMonthBreak, ethos_month_break_free)

G_END_DECLS
