/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli.h"
#include "ethos-date.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"
#include "ethos-totals-store.h"

/* ethos-cli diary totals: supervision per month and CPD per period, against each body. */

static const char *
check_to_string (EthosCheck check)
{
  switch (check)
    {
    case ETHOS_CHECK_MET:
      return "met";
    case ETHOS_CHECK_NOT_MET:
      return "not-met";
    case ETHOS_CHECK_UNKNOWN:
      return "unknown";
    case ETHOS_CHECK_NOT_SET:
    default:
      return "not-set";
    }
}

static void
add_met (JsonBuilder *builder, EthosCheck check)
{
  json_builder_set_member_name (builder, "met");
  if (check == ETHOS_CHECK_MET || check == ETHOS_CHECK_NOT_MET)
    json_builder_add_boolean_value (builder, check == ETHOS_CHECK_MET);
  else
    json_builder_add_null_value (builder);
  ethos_cli_json_string (builder, "check", check_to_string (check));
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
months_to_json (JsonBuilder *builder, GArray *months)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < months->len; i++)
    {
      EthosMonthTotal *month = &g_array_index (months, EthosMonthTotal, i);

      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "month", month->month);
      ethos_cli_json_int (builder, "sessions", month->n_sessions);
      ethos_cli_json_int (builder, "minutes", month->minutes);
      ethos_cli_json_int (builder, "credited_minutes", month->credited_minutes);
      add_target (builder, "target_minutes", month->target_minutes);
      add_met (builder, month->minimum);
      ethos_cli_json_int (builder, "group_share_percent", month->group_share_percent);
      ethos_cli_json_string (builder, "group_share", check_to_string (month->group_share));
      add_target (builder, "ratio_target_minutes", month->ratio_target_minutes);
      ethos_cli_json_string (builder, "ratio", check_to_string (month->ratio));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
periods_to_json (JsonBuilder *builder, const char *body, GArray *periods)
{
  for (guint i = 0; i < periods->len; i++)
    {
      EthosCpdPeriod *period = &g_array_index (periods, EthosCpdPeriod, i);

      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "body", body);
      ethos_cli_json_string (builder, "period_start", period->period_start);
      ethos_cli_json_string (builder, "period_end", period->period_end);
      ethos_cli_json_int (builder, "minutes", period->minutes);
      ethos_cli_json_int (builder, "opening_minutes", period->opening_minutes);
      add_target (builder, "target_minutes", period->target_minutes);
      add_met (builder, period->target);
      ethos_cli_json_int (builder, "kinds", period->n_kinds);
      ethos_cli_json_string (builder, "kinds_check", check_to_string (period->kinds));
      json_builder_set_member_name (builder, "gaps");
      json_builder_begin_array (builder);
      for (guint g = 0; period->gaps != NULL && g < period->gaps->len; g++)
        json_builder_add_string_value (builder, g_ptr_array_index (period->gaps, g));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
}

/* The default range: the twelve calendar months up to today. */
void
ethos_cli_default_range (char **from, char **to)
{
  if (*to == NULL)
    *to = ethos_date_today_iso ();
  if (*from == NULL)
    {
      GDate date;

      ethos_date_parse (*to, &date, NULL);
      g_date_set_day (&date, 1);
      g_date_subtract_months (&date, 11);
      *from = ethos_date_to_iso (&date);
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
  g_autoptr (GError) error = NULL;
  char from_month[8], to_month[8];
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
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
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
                         g_ptr_array_index (periods, i));
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "supervision");
      months_to_json (builder, g_ptr_array_index (months, 0));
      json_builder_set_member_name (builder, "by_body");
      json_builder_begin_object (builder);
      for (guint i = 0; i < rules->len; i++)
        {
          EthosBodyRules *body = g_ptr_array_index (rules, i);

          json_builder_set_member_name (builder, body->id);
          json_builder_begin_object (builder);
          ethos_cli_json_string (builder, "name", body->name);
          json_builder_set_member_name (builder, "supervision");
          months_to_json (builder, g_ptr_array_index (months, i));
          json_builder_set_member_name (builder, "cpd");
          json_builder_begin_array (builder);
          periods_to_json (builder, body->id, g_ptr_array_index (periods, i));
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

      printf ("%s\n", body->name);
      printf ("  %s\n", _("Supervision (credited minutes / monthly minimum)"));
      for (guint m = 0; m < body_months->len; m++)
        {
          EthosMonthTotal *month = &g_array_index (body_months, EthosMonthTotal, m);

          if (month->target_minutes == ETHOS_RULE_NOT_SET)
            printf ("    %s  %5d / %s\n", month->month, month->credited_minutes, _("not set"));
          else
            printf ("    %s  %5d / %d  %s\n", month->month, month->credited_minutes,
                    month->target_minutes, month->minimum == ETHOS_CHECK_MET ? "✓" : _("short"));
        }
      printf ("  %s\n", _("CPD (hours / target)"));
      for (guint p = 0; p < body_periods->len; p++)
        {
          EthosCpdPeriod *period = &g_array_index (body_periods, EthosCpdPeriod, p);

          if (period->target_minutes == ETHOS_RULE_NOT_SET)
            printf ("    %s – %s  %6.1f / %s\n", period->period_start, period->period_end,
                    period->minutes / 60.0, _("not set"));
          else
            printf ("    %s – %s  %6.1f / %.1f  %s\n", period->period_start, period->period_end,
                    period->minutes / 60.0, period->target_minutes / 60.0,
                    period->target == ETHOS_CHECK_MET ? "✓" : _("short"));
        }
    }

out:
  g_free (from);
  g_free (to);
  return exit_code;
}

