/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-cli.h"
#include "ethos-date.h"
#include "ethos-standing-store.h"

/* ethos-cli standing [--as-of D] [--json]: the answer the Overview gives, from a terminal. It
 * prints what core's evaluator (ethos-standing.c) says and decides nothing itself. */

/* A month's or period's checks, as "checks": [{rule, status, detail, source}]; diary totals
 * writes the same. */
void
ethos_cli_json_checks (JsonBuilder *builder, GPtrArray *checks)
{
  json_builder_set_member_name (builder, "checks");
  json_builder_begin_array (builder);
  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      const EthosStandingCheck *check = g_ptr_array_index (checks, i);

      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "rule", check->rule);
      ethos_cli_json_string (builder, "status", ethos_check_status_to_string (check->status));
      ethos_cli_json_string (builder, "detail", check->detail);
      ethos_cli_json_string (builder, "source", check->source);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_target (JsonBuilder *builder, int target)
{
  json_builder_set_member_name (builder, "target_minutes");
  if (target == ETHOS_RULE_NOT_SET)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, target);
}

static void
add_month (JsonBuilder *builder, const char *name, const EthosSupervisionStanding *month)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  ethos_cli_json_string (builder, "month", month->month);
  ethos_cli_json_string (builder, "status", ethos_check_status_to_string (month->status));
  ethos_cli_json_int (builder, "minutes", month->minutes);
  ethos_cli_json_int (builder, "credited_minutes", month->credited_minutes);
  add_target (builder, month->target_minutes);
  ethos_cli_json_string (builder, "summary", month->summary);
  ethos_cli_json_checks (builder, month->checks);
  json_builder_end_object (builder);
}

static void
add_cpd (JsonBuilder *builder, const EthosCpdStanding *cpd)
{
  json_builder_set_member_name (builder, "cpd");
  json_builder_begin_object (builder);
  ethos_cli_json_string (builder, "period_start", cpd->period_start);
  ethos_cli_json_string (builder, "period_end", cpd->period_end);
  json_builder_set_member_name (builder, "period_known");
  json_builder_add_boolean_value (builder, cpd->period_known);
  ethos_cli_json_string (builder, "status", ethos_check_status_to_string (cpd->status));
  ethos_cli_json_int (builder, "minutes", cpd->minutes);
  add_target (builder, cpd->target_minutes);
  ethos_cli_json_string (builder, "summary", cpd->summary);
  ethos_cli_json_checks (builder, cpd->checks);
  json_builder_end_object (builder);
}

static JsonNode *
standing_to_json (const EthosStanding *standing)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  ethos_cli_json_string (builder, "as_of", standing->as_of);
  ethos_cli_json_string (builder, "verdict", ethos_verdict_to_string (standing->verdict));
  ethos_cli_json_string (builder, "headline", standing->headline);
  ethos_cli_json_string (builder, "explanation", standing->explanation);
  json_builder_set_member_name (builder, "bodies");
  json_builder_begin_array (builder);
  for (guint i = 0; i < standing->bodies->len; i++)
    {
      const EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      json_builder_begin_object (builder);
      ethos_cli_json_string (builder, "body", body->body_id);
      ethos_cli_json_string (builder, "name", body->name);
      ethos_cli_json_string (builder, "class", body->membership_class);
      ethos_cli_json_string (builder, "verdict", ethos_verdict_to_string (body->verdict));
      if (body->error != NULL)
        ethos_cli_json_string (builder, "error", body->error);
      else
        {
          add_month (builder, "supervision", &body->supervision);
          add_month (builder, "last_month", &body->last_month);
          add_cpd (builder, &body->cpd);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "reminders");
  json_builder_begin_array (builder);
  for (guint i = 0; i < standing->reminders->len; i++)
    {
      const EthosReminderStanding *reminder = g_ptr_array_index (standing->reminders, i);

      json_builder_begin_object (builder);
      ethos_cli_json_int (builder, "id", reminder->id);
      ethos_cli_json_string (builder, "title", reminder->title);
      ethos_cli_json_string (builder, "kind", ethos_reminder_kind_to_string (reminder->kind));
      ethos_cli_json_string (builder, "due", reminder->due);
      ethos_cli_json_string (builder, "status", ethos_reminder_status_to_string (reminder->status));
      ethos_cli_json_int (builder, "days_left", reminder->days_left);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* The checks the body sets, each sentence once (an exempt month says why only once). */
static void
print_checks (GPtrArray *checks)
{
  const char *said = NULL;

  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      const EthosStandingCheck *check = g_ptr_array_index (checks, i);

      if (check->status == ETHOS_CHECK_STATUS_NOT_SET || g_strcmp0 (said, check->detail) == 0)
        continue;
      said = check->detail;
      printf ("    %-12s %s\n", ethos_check_status_word (check->status), check->detail);
    }
}

static void
print_month (const char *heading, const EthosSupervisionStanding *month)
{
  g_autofree char *first = g_strdup_printf ("%s-01", month->month);
  g_autofree char *name = ethos_date_format_iso (first, ETHOS_DATE_MONTH);

  /* Translators: "Supervision, December 2026: in progress" */
  printf (_("  %s, %s: %s\n"), heading, name, ethos_check_status_word (month->status));
  print_checks (month->checks);
}

static void
print_standing (const EthosStanding *standing)
{
  g_autofree char *as_of = ethos_date_format_iso (standing->as_of, ETHOS_DATE_LONG);

  /* Translators: the day, the verdict ("needs attention") and the headline */
  printf (_("%s: %s · %s\n"), as_of, ethos_verdict_word (standing->verdict),
          standing->headline);
  printf ("%s\n", standing->explanation);
  for (guint i = 0; i < standing->bodies->len; i++)
    {
      const EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      printf ("\n%s (%s)\n", body->name, ethos_verdict_word (body->verdict));
      if (body->error != NULL)
        {
          printf ("  %s\n", body->error);
          continue;
        }
      print_month (_("Supervision"), &body->supervision);
      print_month (_("Supervision"), &body->last_month);
      {
        g_autofree char *start = ethos_date_format_iso (body->cpd.period_start, ETHOS_DATE_LONG);
        g_autofree char *end = ethos_date_format_iso (body->cpd.period_end, ETHOS_DATE_LONG);

        /* Translators: "CPD, 1 April 2026 to 31 March 2027: in progress" */
        printf (_("  CPD, %s to %s: %s\n"), start, end, ethos_check_status_word (body->cpd.status));
        print_checks (body->cpd.checks);
      }
    }
  if (standing->reminders->len > 0)
    printf ("\n%s\n", _("Reminders"));
  for (guint i = 0; i < standing->reminders->len; i++)
    {
      const EthosReminderStanding *reminder = g_ptr_array_index (standing->reminders, i);

      printf ("  %-5" G_GINT64_FORMAT " %s  %-10s %s · %s\n", reminder->id, reminder->due,
              ethos_reminder_status_word (reminder->status), reminder->title, reminder->when);
    }
}

int
ethos_cli_standing (const EthosCliContext *ctx, int argc, char **argv)
{
  char *as_of = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("As things stand on this day (default: today)"),
      "D" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosStanding) standing = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;
  GDate today;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Whether you are in good standing with each of your bodies: "
                                  "this month’s and last month’s supervision, CPD this period, "
                                  "and the reminders that need you."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc > 1)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
      goto out;
    }
  if (as_of == NULL)
    as_of = ethos_date_today_iso ();
  if (!ethos_date_parse (as_of, &today, &error))
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if ((standing = ethos_store_get_standing (store, &today, &error)) == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if (json)
    {
      g_autoptr (JsonNode) root = standing_to_json (standing);

      ethos_cli_print_json (root);
    }
  else
    print_standing (standing);

out:
  g_free (as_of);
  return exit_code;
}
