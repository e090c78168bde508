/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ethos-body-rules.h"
#include "ethos-client-hours.h"
#include "ethos-diary-totals.h"
#include "ethos-reminder-status.h"
#include "ethos-reminder.h"

G_BEGIN_DECLS

/* "Am I in good standing with each body I belong to?", answered once: every surface (the
 * Overview, the Reminders page, the notifier, the CLI's standing, the audit pack) renders what
 * ethos_standing_evaluate() returns and decides nothing of its own. */

/* One check against one body's rule. Ordered from the least to the most telling, so that the
 * worst of several is the largest. */
typedef enum /*< prefix=ETHOS_CHECK_STATUS >*/
{
  ETHOS_CHECK_STATUS_NOT_SET,     /*< nick=not-set >*/     /* the body states no number */
  ETHOS_CHECK_STATUS_EXEMPT,      /*< nick=exempt >*/      /* the rule does not bind here */
  ETHOS_CHECK_STATUS_MET,         /*< nick=met >*/
  ETHOS_CHECK_STATUS_UNKNOWN,     /*< nick=unknown >*/     /* the diary lacks what it needs */
  ETHOS_CHECK_STATUS_IN_PROGRESS, /*< nick=in-progress >*/ /* not reached yet, time is left */
  ETHOS_CHECK_STATUS_NOT_MET,     /*< nick=not-met >*/
} EthosCheckStatus;

/* The headline. */
typedef enum /*< prefix=ETHOS_VERDICT >*/
{
  ETHOS_VERDICT_GOOD,      /*< nick=good >*/      /* nothing failing or at risk */
  ETHOS_VERDICT_ATTENTION, /*< nick=attention >*/ /* failing as things stand, or due soon */
  ETHOS_VERDICT_NOT_MET,   /*< nick=not-met >*/   /* a completed period failed, or overdue */
} EthosVerdict;

/* How long before a CPD period ends a shortfall stops being "in progress" and becomes a risk
 * (and the diary's own CPD reminder falls due). */
#define ETHOS_CPD_SHORTFALL_DAYS 60

typedef struct
{
  const char      *rule;   /* "supervision.monthly-minimum" …: a stable name */
  EthosCheckStatus status;
  char            *detail; /* one sentence: why */
  char            *source; /* where the rule's number comes from */
} EthosStandingCheck;

/* A calendar month of supervision against one body. */
typedef struct
{
  char             month[8];         /* YYYY-MM */
  gboolean         complete;         /* the month is over */
  EthosCheckStatus status;           /* the worst of the checks */
  guint            n_sessions;
  int              minutes;
  int              credited_minutes;
  int              target_minutes;   /* or ETHOS_RULE_NOT_SET */
  int              client_minutes;   /* the ratio's client work: logged, else reported by the
                                      * month's sessions; -1 when neither */
  gboolean         client_logged;    /* client_minutes come from the client-hours log */
  gboolean         no_client_hours;  /* the ratio binds, but the month has no client hours */
  int              ratio_target_minutes; /* credited minutes the client hours ask for, or
                                          * ETHOS_RULE_NOT_SET */
  char            *summary;          /* the line the Overview shows */
  GPtrArray       *checks;           /* EthosStandingCheck */
} EthosSupervisionStanding;

/* The CPD period holding the day asked about. */
typedef struct
{
  char             period_start[11];
  char             period_end[11];
  gboolean         period_known;     /* the practitioner gave the day their period starts */
  EthosCheckStatus status;
  guint            n_activities;
  int              minutes;          /* the opening balance included */
  int              target_minutes;   /* or ETHOS_RULE_NOT_SET */
  char            *summary;
  GPtrArray       *checks;
} EthosCpdStanding;

typedef struct
{
  char                    *body_id;
  char                    *name;             /* as practitioners say it: "BACP" */
  char                    *membership_class; /* NULL when not given */
  char                    *error;            /* the rules could not be read; nothing else is set */
  EthosSupervisionStanding supervision;      /* this month */
  EthosSupervisionStanding last_month;
  EthosCpdStanding         cpd;
  EthosCheckStatus         status;           /* the worst check, for the body's icon */
  EthosVerdict             verdict;
  gboolean                 needs_profile;    /* a rule binds only some classes or practice,
                                              * and the practitioner has not said theirs */
} EthosBodyStanding;

typedef struct
{
  gint64              id;
  char               *title;
  EthosReminderKind   kind;
  char                due[11];
  EthosReminderStatus status;
  int                 days_left;
  gboolean            renewal; /* DBS, insurance, membership, accreditation */
  char               *when;    /* "Due in 4 days" */
} EthosReminderStanding;

typedef struct
{
  char          as_of[11];
  EthosVerdict  verdict;
  char         *headline;
  char         *explanation;
  GPtrArray    *bodies;           /* EthosBodyStanding, in the profile's order */
  GPtrArray    *reminders;        /* EthosReminderStanding: the open ones, soonest first */
  char          last_supervision[11]; /* the last session on or before the day, or "" */
  char         *last_supervision_text; /* "3 December 2026 (2 days ago)" */

  /*< private >*/
  gatomicrefcount ref_count;
} EthosStanding;

/* One body as the profile has it. */
typedef struct
{
  const char             *body_id;
  const EthosBodyRules   *rules;            /* NULL when they could not be read … */
  const char             *error;            /* … and why */
  const char             *membership_class; /* or NULL */
  const char             *cpd_anchor;       /* the day a CPD period starts, or NULL */
  EthosOpeningBalanceFunc opening;          /* or NULL */
  gpointer                opening_data;
} EthosStandingBody;

/* What the evaluation reads. The facts need only cover what ethos_standing_reading_range()
 * asks for; more does no harm. */
typedef struct
{
  const GDate                *today;
  const EthosStandingBody    *bodies;
  guint                       n_bodies;
  const EthosSupervisionFact *supervision;
  guint                       n_supervision;
  const EthosCpdFact         *cpd;
  guint                       n_cpd;
  const char                 *diary_start;      /* the first entry's date, or NULL: none yet */
  const char                 *last_supervision; /* on or before today, or NULL */
  const char *const          *breaks;           /* months without clients (YYYY-MM), or NULL */
  const EthosClientMonth     *client_months;    /* the client-hours log, or NULL */
  guint                       n_client_months;
  EthosReminder *const       *reminders;        /* open ones (not done) */
  guint                       n_reminders;
} EthosStandingInput;

#define ETHOS_TYPE_STANDING (ethos_standing_get_type ())

GType          ethos_standing_get_type (void) G_GNUC_CONST;
EthosStanding *ethos_standing_evaluate (const EthosStandingInput *input);
EthosStanding *ethos_standing_ref (EthosStanding *self);
void           ethos_standing_unref (EthosStanding *self);

void           ethos_standing_reading_range (const EthosStandingInput *input,
                                             char                      supervision_from[11],
                                             char                      cpd_from[11]);
gboolean       ethos_standing_cpd_period (const EthosBodyRules *rules,
                                          const char           *cpd_anchor,
                                          const GDate          *today,
                                          char                  start[11],
                                          char                  end[11]);

char          *ethos_standing_month_facts_from (const char *first_month);
EthosSupervisionStanding *ethos_standing_judge_month (const EthosBodyRules       *rules,
                                                      const EthosSupervisionFact *facts,
                                                      guint                       n_facts,
                                                      const char                 *month,
                                                      const GDate                *today,
                                                      const char                 *diary_start,
                                                      const char *const          *breaks,
                                                      const EthosClientMonth     *client_months,
                                                      guint                       n_client_months);
gboolean       ethos_standing_months_to_judge (const char  *from,
                                               const char  *to,
                                               const char  *diary_start,
                                               const GDate *today,
                                               char         first[8],
                                               char         last[8]);
char          *ethos_standing_months_left_out (const char *from,
                                               const char *to,
                                               const char *diary_start);
void           ethos_supervision_standing_free (EthosSupervisionStanding *month);
char          *ethos_supervision_standing_describe (const EthosSupervisionStanding *month);
char          *ethos_standing_describe_ratio_basis (const EthosBodyRules *rules);
char          *ethos_body_standing_describe (const EthosBodyStanding *body, const char *as_of);
char          *ethos_cpd_period_describe_gaps (const EthosBodyRules *rules,
                                               const EthosCpdPeriod *period);
const EthosStandingCheck *ethos_supervision_standing_get_check (const EthosSupervisionStanding *month,
                                                                const char                     *rule);

const char    *ethos_check_status_to_string (EthosCheckStatus status);
const char    *ethos_check_status_word (EthosCheckStatus status);
const char    *ethos_verdict_to_string (EthosVerdict verdict);
const char    *ethos_verdict_word (EthosVerdict verdict);
EthosCheckStatus ethos_standing_judge_cpd_check (EthosCheck            check,
                                                 const EthosCpdPeriod *period,
                                                 const GDate          *today);
gboolean       ethos_check_status_counts (EthosCheckStatus status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosStanding, ethos_standing_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosSupervisionStanding, ethos_supervision_standing_free)

G_END_DECLS
