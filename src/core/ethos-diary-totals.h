/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-body-rules.h"

G_BEGIN_DECLS

/* The outcome of one check against one body's number. */
typedef enum
{
  ETHOS_CHECK_NOT_SET, /* the body states no number (and the practitioner has set none) */
  ETHOS_CHECK_UNKNOWN, /* there is a number, but the diary lacks what it needs (client hours) */
  ETHOS_CHECK_MET,
  ETHOS_CHECK_NOT_MET,
} EthosCheck;

/* One supervision session, as the diary has it. */
typedef struct
{
  char                   date[11];       /* YYYY-MM-DD */
  int                    minutes;
  EthosSupervisionFormat format;
  int                    group_size;     /* people including the practitioner, or -1 */
  int                    client_minutes; /* client work since the last session, or -1 if unknown */
} EthosSupervisionFact;

/* One CPD activity. */
typedef struct
{
  char        date[11];     /* YYYY-MM-DD */
  char        end_date[11]; /* last day of an activity over several days, or "" */
  int         minutes;
  const char *kind;         /* formal, work-based, professional, self-directed, other */
  const char *topics;       /* the topics it is tagged with, comma-separated, or NULL */
  gboolean    reflected;    /* it has a reflective statement */
} EthosCpdFact;

/* One calendar month of supervision against one body's rules. Months are never averaged: each
 * stands on its own. */
typedef struct
{
  char       month[8];             /* YYYY-MM */
  guint      n_sessions;
  int        minutes;              /* as spent */
  int        credited_minutes;     /* as the body counts them */
  int        target_minutes;       /* the monthly minimum, or ETHOS_RULE_NOT_SET */
  EthosCheck minimum;
  int        group_minutes;        /* credited minutes from group and peer-group sessions */
  int        group_share_percent;  /* of credited minutes, rounded up; 0 with no supervision */
  EthosCheck group_share;
  int        client_minutes;       /* reported by this month's sessions, or -1 when none did */
  int        ratio_target_minutes; /* credited minutes the client-hours ratio asks for, or
                                    * ETHOS_RULE_NOT_SET */
  EthosCheck ratio;
} EthosMonthTotal;

GArray *ethos_supervision_month_totals (const EthosBodyRules       *rules,
                                        const EthosSupervisionFact *facts,
                                        guint                       n_facts,
                                        const char                 *from_month,
                                        const char                 *to_month);
void    ethos_month_total_set_client_minutes (EthosMonthTotal      *total,
                                              const EthosBodyRules *rules,
                                              int                   client_minutes);

/* The opening balance (minutes of CPD done before the diary began) of the period starting on
 * @period_start, or 0. */
typedef int (*EthosOpeningBalanceFunc) (const char *period_start, gpointer user_data);

/* One CPD period (a membership year, an HCPC registration cycle, a UKCP five years). */
typedef struct
{
  char       period_start[11];
  char       period_end[11];      /* its last day */
  guint      n_activities;
  int        minutes;             /* the opening balance included */
  int        opening_minutes;
  int        target_minutes;      /* or ETHOS_RULE_NOT_SET */
  EthosCheck target;
  guint      n_kinds;
  EthosCheck kinds;
  GPtrArray *short_years;         /* "YYYY-MM-DD..YYYY-MM-DD": years under the annual minimum */
  EthosCheck annual;
  GPtrArray *gaps;                /* "YYYY-MM-DD..YYYY-MM-DD": stretches without CPD of the
                                   * flagged length or more */
  EthosCheck no_gaps;
  int        topic_minutes;       /* of activities on the body's topic (CPD.Topic) */
  EthosCheck topic;
  guint      n_reflected;         /* activities with a reflective statement */
  EthosCheck reflections;
} EthosCpdPeriod;

gboolean ethos_cpd_fact_has_topic (const EthosCpdFact *fact, const char *topic);

GArray  *ethos_cpd_periods (const EthosBodyRules     *rules,
                            const EthosCpdFact       *facts,
                            guint                     n_facts,
                            const char               *period_anchor,
                            const char               *from,
                            const char               *to,
                            EthosOpeningBalanceFunc   opening,
                            gpointer                  user_data);

gboolean ethos_cpd_period_bounds (const EthosBodyRules *rules,
                                  const char           *period_anchor,
                                  const char           *date,
                                  char                  start[11],
                                  char                  end[11]);

G_END_DECLS
