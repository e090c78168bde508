/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-body-rules.h"

G_BEGIN_DECLS

/* A month's client work, as the practitioner logs it. */
typedef struct
{
  char month[8]; /* YYYY-MM */
  int  minutes;
} EthosClientMonth;

/* The most client time a month can hold: every hour of 31 days. */
#define ETHOS_CLIENT_MONTH_MAX_MINUTES (31 * 24 * 60)

gboolean ethos_month_check (const char *month, GError **error);
int      ethos_client_hours_within (const GArray *months, const char *today, int years);
int         ethos_client_hours_up_to (const GArray *months, const char *month);
char       *ethos_client_hours_describe_running (int minutes);
char       *ethos_client_hours_describe_total (const GArray *months);
const char *ethos_client_hours_no_bodies (void);
char    *ethos_client_hours_progress (const EthosBodyRules *body,
                                      const GArray         *months,
                                      const char           *today);

G_END_DECLS
