/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standing"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-standing-private.h"

/* What every body's checks share: the list of checks and how each is added, the worst of them,
 * and the sentence for a rule the body does not set. A month's checks are in
 * ethos-standing-month.c, the CPD period's in ethos-standing-cpd.c. What is still being worked
 * towards is "in progress" while there is time: a monthly minimum not reached before the month
 * is out, CPD hours or kinds short while more than ETHOS_CPD_SHORTFALL_DAYS of the period are
 * left. What has already gone wrong is "not met" at once, even in the current month: too much
 * of it in groups, too little for the client hours recorded, a gap without CPD, a finished year
 * under its minimum. */

void
ethos_standing_check_free (gpointer data)
{
  EthosStandingCheck *check = data;

  g_free (check->detail);
  g_free (check->source);
  g_free (check);
}

/* Takes @detail. */
void
ethos_standing_add_check (GPtrArray        *checks,
                          const char       *rule,
                          EthosCheckStatus  status,
                          const char       *source,
                          char             *detail)
{
  EthosStandingCheck *check = g_new0 (EthosStandingCheck, 1);

  check->rule = rule;
  check->status = status;
  check->source = g_strdup (source != NULL ? source : "");
  check->detail = detail;
  g_ptr_array_add (checks, check);
}

EthosCheckStatus
ethos_standing_worst (GPtrArray *checks)
{
  EthosCheckStatus worst = ETHOS_CHECK_STATUS_NOT_SET;

  for (guint i = 0; i < checks->len; i++)
    {
      const EthosStandingCheck *check = g_ptr_array_index (checks, i);

      worst = MAX (worst, check->status);
    }
  return worst;
}

/* As practitioners say it: "BACP". */
const char *
ethos_standing_body_name (const EthosBodyRules *rules)
{
  return rules->short_name[0] != '\0' ? rules->short_name : rules->name;
}

/* A check of @rule that the body does not set, and neither has the practitioner. */
void
ethos_standing_add_not_set (GPtrArray *checks, const char *rule, const EthosBodyRules *rules)
{
  ethos_standing_add_check (checks, rule, ETHOS_CHECK_STATUS_NOT_SET, rules->source,
                            /* Translators: %s is a professional body ("BACP") */
                            g_strdup_printf (_("%s states no number for this, and you have set "
                                               "none"),
                                             ethos_standing_body_name (rules)));
}

/* Whether a check in @status takes the headline away from "good". */
gboolean
ethos_check_status_counts (EthosCheckStatus status)
{
  return status == ETHOS_CHECK_STATUS_NOT_MET;
}
