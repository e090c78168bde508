/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For ethos-diary-totals.c and ethos-cpd-totals.c only: reading and writing a day, and the
 * one comparison every check makes. */

#include "ethos-date.h"
#include "ethos-diary-totals.h"

G_BEGIN_DECLS

static inline gboolean
ethos_totals_read_date (const char *text, GDate *date)
{
  return ethos_date_parse (text, date, NULL);
}

static inline void
ethos_totals_write_date (const GDate *date, char out[11])
{
  g_snprintf (out, 11, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
}

/* Met when @value reaches @minimum; not set when the body sets none. */
static inline EthosCheck
ethos_totals_check_at_least (int value, int minimum)
{
  if (minimum == ETHOS_RULE_NOT_SET)
    return ETHOS_CHECK_NOT_SET;
  return value >= minimum ? ETHOS_CHECK_MET : ETHOS_CHECK_NOT_MET;
}

G_END_DECLS
