/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standing"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-core-enums.h"
#include "ethos-date.h"
#include "ethos-standing.h"
#include "ethos-utils.h"

/* The standing in words: its statuses as the nicks the JSON keeps, and for a person,
 * translated, as every surface says it. */

const char *
ethos_check_status_to_string (EthosCheckStatus status)
{
  return ethos_enum_nick (ETHOS_TYPE_CHECK_STATUS, (int) status);
}

const char *
ethos_verdict_to_string (EthosVerdict verdict)
{
  return ethos_enum_nick (ETHOS_TYPE_VERDICT, (int) verdict);
}

/* @status in words for a person, translated: "met", "not met", "in progress" … */
const char *
ethos_check_status_word (EthosCheckStatus status)
{
  switch (status)
    {
    case ETHOS_CHECK_STATUS_NOT_SET:
      return _("not set");
    case ETHOS_CHECK_STATUS_EXEMPT:
      return _("not judged");
    case ETHOS_CHECK_STATUS_MET:
      return _("met");
    case ETHOS_CHECK_STATUS_UNKNOWN:
      return _("not known");
    case ETHOS_CHECK_STATUS_IN_PROGRESS:
      return _("in progress");
    case ETHOS_CHECK_STATUS_NOT_MET:
      return _("not met");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* @verdict in words for a person, translated: "good", "needs attention", "not met". */
const char *
ethos_verdict_word (EthosVerdict verdict)
{
  switch (verdict)
    {
    case ETHOS_VERDICT_GOOD:
      /* Translators: the verdict on the practitioner's standing with their bodies */
      return _("good");
    case ETHOS_VERDICT_ATTENTION:
      /* Translators: the verdict on the practitioner's standing with their bodies */
      return _("needs attention");
    case ETHOS_VERDICT_NOT_MET:
      return _("not met");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* " · group share not met": a check the body sets, in words, after the month's minimum. */
static void
append_check (GString *text, const EthosSupervisionStanding *month, const char *rule,
              const char *label)
{
  const EthosStandingCheck *check = ethos_supervision_standing_get_check (month, rule);

  /* Not set, or set for others than this practitioner: nothing to say of this month. */
  if (check == NULL || check->status == ETHOS_CHECK_STATUS_NOT_SET
      || check->status == ETHOS_CHECK_STATUS_EXEMPT)
    return;
  g_string_append_printf (text, " · %s %s", label, ethos_check_status_word (check->status));
}

/* A month's checks in a few words: the monthly minimum (in minutes) and whether it is met, then
 * the other checks the body sets: "90 met · group share not met · ratio met". The audit pack's
 * totals and "ethos-cli diary totals" say it so. */
char *
ethos_supervision_standing_describe (const EthosSupervisionStanding *month)
{
  GString *text = g_string_new (NULL);
  const EthosStandingCheck *minimum;

  g_return_val_if_fail (month != NULL, NULL);

  /* A month not judged at all (before the diary, a month without clients) says why. */
  if (month->status == ETHOS_CHECK_STATUS_EXEMPT && month->summary != NULL)
    {
      g_string_free (text, TRUE);
      /* Translators: "not judged", and why: "You marked November 2026 as a month without
       * clients: …" */
      return g_strdup_printf (_("%s: %s"), ethos_check_status_word (month->status),
                              month->summary);
    }
  minimum = ethos_supervision_standing_get_check (month, "supervision.monthly-minimum");
  if (month->target_minutes == ETHOS_RULE_NOT_SET || minimum == NULL)
    g_string_append (text, ethos_check_status_word (ETHOS_CHECK_STATUS_NOT_SET));
  else
    g_string_append_printf (text, "%d %s", month->target_minutes,
                            ethos_check_status_word (minimum->status));
  /* Translators: the share of supervision in groups, in a month's totals */
  append_check (text, month, "supervision.group-share", _("group share"));
  /* Not "not known" but why: the ratio is never judged on hours guessed. */
  if (month->no_client_hours
      && ethos_supervision_standing_get_check (month, "supervision.client-ratio") != NULL
      && ethos_supervision_standing_get_check (month, "supervision.client-ratio")->status
           == ETHOS_CHECK_STATUS_UNKNOWN)
    /* Translators: in a month's totals, the ratio of supervision to client hours */
    g_string_append_printf (text, " · %s", _("ratio: no client hours logged"));
  else
    /* Translators: supervision against client hours, in a month's totals */
    append_check (text, month, "supervision.client-ratio", _("ratio"));
  return g_string_free (text, FALSE);
}

/* How a month's ratio to client hours is judged, with the number's source, for a record that
 * lists many months (the audit pack): NULL when @rules set no ratio for this practitioner. */
char *
ethos_standing_describe_ratio_basis (const EthosBodyRules *rules)
{
  g_autofree char *ratio = NULL;

  g_return_val_if_fail (rules != NULL, NULL);

  if (rules->client_hours_per_supervision_hour <= 0)
    return NULL;
  ratio = ethos_format_decimal (rules->client_hours_per_supervision_hour);
  /* Translators: the client hours one hour of supervision covers ("6"), and where that number
   * comes from */
  return g_strdup_printf (_("One hour of supervision to %s client hours is judged on your "
                            "client-hours log for each month it holds, otherwise on the client "
                            "hours your sessions report; a month with neither is not judged. "
                            "Source: %s"),
                          ratio,
                          ethos_body_rules_get_source (rules,
                                                       "Supervision.ClientHoursPerSupervisionHour"));
}

/* One body's verdict on @as_of (YYYY-MM-DD) for the cover of a record: "Standing on 6 December
 * 2026: needs attention. Supervision this month: in progress; last month: met; CPD period: not
 * set.", as the Overview has it. */
char *
ethos_body_standing_describe (const EthosBodyStanding *body, const char *as_of)
{
  g_autofree char *day = ethos_date_format_iso (as_of, ETHOS_DATE_LONG);

  g_return_val_if_fail (body != NULL && as_of != NULL, NULL);

  if (body->error != NULL)
    /* Translators: a day, and why a body's rules could not be read */
    return g_strdup_printf (_("Standing on %s: not judged, as its rules could not be read (%s)."),
                            day, body->error);
  /* Translators: a day, the verdict ("needs attention"), then the status of this month's
   * supervision, last month's and the CPD period's ("in progress", "met", "not set") */
  return g_strdup_printf (_("Standing on %s: %s. Supervision this month: %s; last month: %s; "
                            "CPD period: %s."),
                          day, ethos_verdict_word (body->verdict),
                          ethos_check_status_word (body->supervision.status),
                          ethos_check_status_word (body->last_month.status),
                          ethos_check_status_word (body->cpd.status));
}
