/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli.h"
#include "ethos-client-hours-store.h"
#include "ethos-practice-store.h"
#include "ethos-date.h"
#include "ethos-export-period.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"
#include "ethos-standing-store.h"
#include "ethos-totals-store.h"

/* ethos-cli diary totals: supervision per month and CPD per period, against each body. Each
 * month and period is judged by core as the standing judges them, on the day the totals run
 * to (--to): a month or period not over then is "in progress", as the Overview says, never
 * "not met". The command decides nothing itself. */

/* A CPD period's target and kinds, judged. */
typedef struct
{
  EthosCheckStatus target;
  EthosCheckStatus kinds;
} JudgedPeriod;

/* What the totals judged for one body: its months (EthosSupervisionStanding) and periods
 * (JudgedPeriod), in the order of its totals. */
typedef struct
{
  GPtrArray *months;
  GArray    *cpd;
} Judged;

static void
judged_free (gpointer data)
{
  Judged *judged = data;

  g_ptr_array_unref (judged->months);
  g_array_unref (judged->cpd);
  g_free (judged);
}

static const EthosStandingCheck *
find_check (GPtrArray *checks, const char *rule)
{
  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      const EthosStandingCheck *check = g_ptr_array_index (checks, i);

      if (g_str_equal (check->rule, rule))
        return check;
    }
  return NULL;
}

static EthosCheckStatus
check_status (GPtrArray *checks, const char *rule)
{
  const EthosStandingCheck *check = find_check (checks, rule);

  return check != NULL ? check->status : ETHOS_CHECK_STATUS_NOT_SET;
}

/* "met": true or false once it is decided, null while in progress or with no rule. */
static void
add_met (JsonBuilder *builder, EthosCheckStatus status)
{
  json_builder_set_member_name (builder, "met");
  if (status == ETHOS_CHECK_STATUS_MET || status == ETHOS_CHECK_STATUS_NOT_MET)
    json_builder_add_boolean_value (builder, status == ETHOS_CHECK_STATUS_MET);
  else
    json_builder_add_null_value (builder);
  ethos_cli_json_string (builder, "check", ethos_check_status_to_string (status));
}

static void
add_target (JsonBuilder *builder, const char *name, int target)
{
  json_builder_set_member_name (builder, name);
  if (target == ETHOS_RULE_NOT_SET)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, target);
}

static void
months_to_json (JsonBuilder *builder, GArray *months, GPtrArray *judged)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < months->len; i++)
    {
      EthosMonthTotal *month = &g_array_index (months, EthosMonthTotal, i);
      const EthosSupervisionStanding *verdict = g_ptr_array_index (judged, i);

      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "month", month->month);
      ethos_cli_json_int (builder, "sessions", month->n_sessions);
      ethos_cli_json_int (builder, "minutes", month->minutes);
      ethos_cli_json_int (builder, "credited_minutes", month->credited_minutes);
      add_target (builder, "target_minutes", month->target_minutes);
      ethos_cli_json_string (builder, "status", ethos_check_status_to_string (verdict->status));
      add_met (builder, check_status (verdict->checks, "supervision.monthly-minimum"));
      ethos_cli_json_int (builder, "group_share_percent", month->group_share_percent);
      ethos_cli_json_string (builder, "group_share",
                             ethos_check_status_to_string (
                               check_status (verdict->checks, "supervision.group-share")));
      /* As judged: on the client-hours log where it has the month. */
      add_target (builder, "ratio_target_minutes", verdict->ratio_target_minutes);
      ethos_cli_json_string (builder, "ratio",
                             ethos_check_status_to_string (
                               check_status (verdict->checks, "supervision.client-ratio")));
      ethos_cli_json_checks (builder, verdict->checks);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
periods_to_json (JsonBuilder *builder, const char *body, GArray *periods, GArray *judged)
{
  for (guint i = 0; i < periods->len; i++)
    {
      EthosCpdPeriod *period = &g_array_index (periods, EthosCpdPeriod, i);
      const JudgedPeriod *verdict = &g_array_index (judged, JudgedPeriod, i);

      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "body", body);
      ethos_cli_json_string (builder, "period_start", period->period_start);
      ethos_cli_json_string (builder, "period_end", period->period_end);
      ethos_cli_json_int (builder, "minutes", period->minutes);
      ethos_cli_json_int (builder, "opening_minutes", period->opening_minutes);
      add_target (builder, "target_minutes", period->target_minutes);
      add_met (builder, verdict->target);
      ethos_cli_json_int (builder, "kinds", period->n_kinds);
      ethos_cli_json_string (builder, "kinds_check", ethos_check_status_to_string (verdict->kinds));
      json_builder_set_member_name (builder, "gaps");
      json_builder_begin_array (builder);
      for (guint g = 0; period->gaps != NULL && g < period->gaps->len; g++)
        json_builder_add_string_value (builder, g_ptr_array_index (period->gaps, g));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
}

/* The standing's current CPD period for @body_id, or NULL (the body's rules could not be read). */
static const EthosCpdStanding *
current_cpd (const EthosStanding *standing, const char *body_id)
{
  for (guint i = 0; i < standing->bodies->len; i++)
    {
      const EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      if (g_strcmp0 (body->body_id, body_id) == 0 && body->error == NULL)
        return &body->cpd;
    }
  return NULL;
}

/* Each month and period of @body's totals as core judges them on @day: the months with the
 * standing's own judgement of a month, the standing's current period as @standing has it (the
 * Overview's), any other period with the same rule. */
static Judged *
judge (const EthosBodyRules *body, GArray *months, GArray *periods, const GArray *facts,
       const EthosStanding *standing, const GDate *day, const char *diary_start,
       const char *const *breaks, const GArray *client_months)
{
  Judged *judged = g_new0 (Judged, 1);
  const EthosCpdStanding *current = current_cpd (standing, body->id);

  judged->months = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_supervision_standing_free);
  for (guint i = 0; i < months->len; i++)
    g_ptr_array_add (judged->months,
                     ethos_standing_judge_month (body, (const EthosSupervisionFact *) facts->data,
                                                 facts->len,
                                                 g_array_index (months, EthosMonthTotal, i).month,
                                                 day, diary_start, breaks,
                                                 (const EthosClientMonth *) client_months->data,
                                                 client_months->len));
  judged->cpd = g_array_sized_new (FALSE, TRUE, sizeof (JudgedPeriod), periods->len);
  for (guint i = 0; i < periods->len; i++)
    {
      const EthosCpdPeriod *period = &g_array_index (periods, EthosCpdPeriod, i);
      JudgedPeriod verdict = { ethos_standing_judge_cpd_check (period->target, period, day),
                               ethos_standing_judge_cpd_check (period->kinds, period, day) };

      if (current != NULL && g_str_equal (current->period_start, period->period_start))
        {
          verdict.target = check_status (current->checks, "cpd.target");
          verdict.kinds = check_status (current->checks, "cpd.kinds");
        }
      g_array_append_val (judged->cpd, verdict);
    }
  return judged;
}

/* The default range: the twelve calendar months up to today (or to --to), as the window's
 * export dialog's "Last 12 months" has it. */
void
ethos_cli_default_range (char **from, char **to)
{
  if (*to == NULL)
    *to = ethos_date_today_iso ();
  if (*from == NULL)
    {
      EthosExportFacts facts = { .today = *to };
      char first[11], last[11];

      if (ethos_export_period_range (ETHOS_EXPORT_PERIOD_LAST_12_MONTHS, &facts, NULL, NULL,
                                     first, last, NULL))
        *from = g_strdup (first);
    }
}

int
ethos_cli_diary_totals (const EthosCliContext *ctx, int argc, char **argv)
{
  char *from = NULL, *to = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("From this date (default: 12 months ago)"), "D" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Up to this date (default: today)"), "D" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_body_rules_free);
  g_autoptr (GPtrArray) months = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr (GPtrArray) periods = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr (GPtrArray) judged = g_ptr_array_new_with_free_func (judged_free);
  g_autoptr (EthosStanding) standing = NULL;
  g_autoptr (GStringChunk) strings = g_string_chunk_new (256);
  g_autoptr (GArray) facts = NULL;
  g_autoptr (GArray) client_months = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *diary_start = NULL;
  g_autofree char *facts_from = NULL;
  g_auto (GStrv) breaks = NULL;
  char from_month[8], to_month[8];
  GDate day;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Supervision per month and CPD per period, against each of your "
                                  "bodies' rules."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc > 1)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
      goto out;
    }
  if (!ethos_cli_check_range (ctx, from, to, &exit_code))
    goto out;
  ethos_cli_default_range (&from, &to);
  if (strcmp (from, to) > 0)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--from %s is after --to %s"), from, to);
      goto out;
    }
  g_strlcpy (from_month, from, sizeof from_month);
  g_strlcpy (to_month, to, sizeof to_month);
  {
    g_autofree char *first = g_strdup_printf ("%s-01", from_month);

    facts_from = ethos_standing_month_facts_from (first);
  }
  ethos_date_parse (to, &day, NULL);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  /* Judged on the last day asked for: with the default range, today, as the Overview is. */
  if ((standing = ethos_store_get_standing (store, &day, &error)) == NULL
      || !ethos_store_get_diary_start (store, &diary_start, &error)
      || (breaks = ethos_store_list_break_months (store, &error)) == NULL
      || (client_months = ethos_store_list_client_hours (store, &error)) == NULL
      || (facts = ethos_store_read_supervision_facts (store, facts_from, to, strings,
                                                      &error)) == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if ((memberships = ethos_store_list_memberships (store, &error)) == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  for (guint i = 0; i < memberships->len; i++)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i);
      EthosBodyRules *body = ethos_store_load_body_rules (store, membership->body_id, &error);

      if (body == NULL)
        {
          exit_code = ethos_cli_fail_error (ctx, error);
          goto out;
        }
      g_ptr_array_add (rules, body);
    }
  if (rules->len == 0)
    g_ptr_array_add (rules, ethos_body_rules_new_unset ());
  for (guint i = 0; i < rules->len; i++)
    {
      EthosBodyRules *body = g_ptr_array_index (rules, i);
      GArray *body_months = ethos_store_supervision_totals (store, body, from_month, to_month, &error);
      GArray *body_periods = body_months != NULL ? ethos_store_cpd_totals (store, body, from, to, &error)
                                                 : NULL;

      if (body_periods == NULL)
        {
          g_clear_pointer (&body_months, g_array_unref);
          exit_code = ethos_cli_fail_error (ctx, error);
          goto out;
        }
      g_ptr_array_add (months, body_months);
      g_ptr_array_add (periods, body_periods);
      g_ptr_array_add (judged, judge (body, body_months, body_periods, facts, standing, &day,
                                      diary_start, (const char *const *) breaks,
                                      client_months));
    }

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "from", from);
      ethos_cli_json_string (builder, "to", to);
      ethos_cli_json_int (builder, "cpd_minutes", ethos_store_cpd_minutes (store, from, to));
      json_builder_set_member_name (builder, "cpd");
      json_builder_begin_array (builder);
      for (guint i = 0; i < rules->len; i++)
        periods_to_json (builder, ((EthosBodyRules *) g_ptr_array_index (rules, i))->id,
                         g_ptr_array_index (periods, i),
                         ((Judged *) g_ptr_array_index (judged, i))->cpd);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "supervision");
      months_to_json (builder, g_ptr_array_index (months, 0),
                      ((Judged *) g_ptr_array_index (judged, 0))->months);
      json_builder_set_member_name (builder, "by_body");
      json_builder_begin_object (builder);
      for (guint i = 0; i < rules->len; i++)
        {
          EthosBodyRules *body = g_ptr_array_index (rules, i);

          json_builder_set_member_name (builder, body->id);
          json_builder_begin_object (builder);
          ethos_cli_json_string (builder, "name", body->name);
          json_builder_set_member_name (builder, "supervision");
          months_to_json (builder, g_ptr_array_index (months, i),
                          ((Judged *) g_ptr_array_index (judged, i))->months);
          json_builder_set_member_name (builder, "cpd");
          json_builder_begin_array (builder);
          periods_to_json (builder, body->id, g_ptr_array_index (periods, i),
                           ((Judged *) g_ptr_array_index (judged, i))->cpd);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      goto out;
    }

  for (guint i = 0; i < rules->len; i++)
    {
      EthosBodyRules *body = g_ptr_array_index (rules, i);
      GArray *body_months = g_ptr_array_index (months, i);
      GArray *body_periods = g_ptr_array_index (periods, i);
      Judged *body_judged = g_ptr_array_index (judged, i);

      printf ("%s\n", body->name);
      printf ("  %s\n", _("Supervision (credited minutes / monthly minimum and other checks)"));
      for (guint m = 0; m < body_months->len; m++)
        {
          EthosMonthTotal *month = &g_array_index (body_months, EthosMonthTotal, m);
          g_autofree char *checks = ethos_supervision_standing_describe (
            g_ptr_array_index (body_judged->months, m));

          printf ("    %s  %5d / %s\n", month->month, month->credited_minutes, checks);
        }
      printf ("  %s\n", _("CPD (hours / target)"));
      for (guint p = 0; p < body_periods->len; p++)
        {
          EthosCpdPeriod *period = &g_array_index (body_periods, EthosCpdPeriod, p);
          const char *status = ethos_check_status_word (
            g_array_index (body_judged->cpd, JudgedPeriod, p).target);

          if (period->target_minutes == ETHOS_RULE_NOT_SET)
            printf ("    %s – %s  %6.1f / %s\n", period->period_start, period->period_end,
                    period->minutes / 60.0, status);
          else
            printf ("    %s – %s  %6.1f / %.1f  %s\n", period->period_start, period->period_end,
                    period->minutes / 60.0, period->target_minutes / 60.0, status);
        }
    }

out:
  g_free (from);
  g_free (to);
  return exit_code;
}

