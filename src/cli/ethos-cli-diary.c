/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <gio/gunixinputstream.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli.h"
#include "ethos-audit-pack.h"
#include "ethos-csv.h"
#include "ethos-date.h"
#include "ethos-demo.h"
#include "ethos-entry-store.h"
#include "ethos-privacy-scan.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"
#include "ethos-totals-store.h"

/* ethos-cli diary search|export|totals, ethos-cli scan, ethos-cli demo. */

static gboolean
check_range (const EthosCliContext *ctx, const char *from, const char *to, int *exit_code)
{
  g_autoptr (GError) error = NULL;
  GDate date;

  if ((from != NULL && !ethos_date_parse (from, &date, &error))
      || (to != NULL && !ethos_date_parse (to, &date, &error)))
    {
      *exit_code = ethos_cli_fail_error (ctx, error);
      return FALSE;
    }
  if (from != NULL && to != NULL && strcmp (from, to) > 0)
    {
      *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--from %s is after --to %s"), from,
                                   to);
      return FALSE;
    }
  return TRUE;
}

static int
diary_search (const EthosCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  int limit = 20;
  GOptionEntry entries[] = {
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most N results (default 20)"), "N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *query = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "QUERY", _("Search all the diary's text."), &argc,
                                &argv, &exit_code))
    return exit_code;
  if (argc < 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("give some words to search for"));
  if (limit < 1 || limit > 1000)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--limit takes a whole number from 1 to 1000"));
  query = g_strjoinv (" ", argv + 1);
  if (!g_utf8_validate (query, -1, NULL))
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("the query is not valid UTF-8 text"));
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((hits = ethos_store_search_entries (store, query, (guint) limit, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < hits->len; i++)
        {
          EthosSearchHit *hit = g_ptr_array_index (hits, i);
          g_autofree char *snippet = ethos_search_hit_format_snippet (hit, "**", "**", FALSE);

          json_builder_begin_object (builder);
          ethos_cli_json_int (builder, "id", g_ascii_strtoll (hit->ref, NULL, 10));
          ethos_cli_json_string (builder, "kind", hit->code_id);
          ethos_cli_json_string (builder, "heading", hit->heading);
          ethos_cli_json_string (builder, "snippet", snippet);
          json_builder_set_member_name (builder, "score");
          json_builder_add_double_value (builder, hit->score);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
      return ETHOS_EXIT_OK;
    }
  if (hits->len == 0)
    printf ("%s\n", _("No entry matches."));
  for (guint i = 0; i < hits->len; i++)
    {
      EthosSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *snippet = ethos_search_hit_format_snippet (hit, "[", "]", FALSE);

      printf ("%s %s · %s\n    %s\n", hit->code_id, hit->ref, hit->heading, snippet);
    }
  return ETHOS_EXIT_OK;
}

static void default_range (char **from, char **to);

static int
export_pdf (const EthosCliContext *ctx, EthosStore *store, const char *from, const char *to,
            const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  guint flagged = 0;

  /* g_file_replace writes beside the target and renames: no half-written pack. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, &error);
  if (stream == NULL)
    return ethos_cli_fail (ctx, ETHOS_EXIT_FAILURE, "%s", error->message);
  if (!ethos_audit_pack_write (store, from, to, today, G_OUTPUT_STREAM (stream), &flagged, &error))
    {
      g_autoptr (GCancellable) cancel = g_cancellable_new ();

      /* Closing with a cancelled cancellable drops the temporary file. */
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      return ethos_cli_fail_error (ctx, error);
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error))
    return ethos_cli_fail (ctx, ETHOS_EXIT_FAILURE, "%s", error->message);
  if (flagged > 0)
    fprintf (stderr,
             g_dngettext (GETTEXT_PACKAGE,
                          "ethos-cli: note: %u entry in the pack may identify a client (see "
                          "“ethos-cli scan”)\n",
                          "ethos-cli: note: %u entries in the pack may identify a client (see "
                          "“ethos-cli scan”)\n",
                          flagged),
             flagged);
  printf (_("Audit pack for %s to %s written to %s\n"), from, to, path);
  return ETHOS_EXIT_OK;
}

/* Writes to a temporary file beside @path and renames it into place: an export that fails
 * halfway leaves no half-written file, and never clobbers a good one. */
static int
export_csv (const EthosCliContext *ctx, EthosStore *store, const char *from, const char *to,
            const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileOutputStream) stream = NULL;
  guint flagged = 0;

  if ((entries = ethos_store_list_entries (store, -1, from, to, TRUE, &error)) == NULL)
    return ethos_cli_fail_error (ctx, error);
  rules = ethos_store_load_first_body_rules (store, NULL);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, &error);
  if (stream == NULL)
    return ethos_cli_fail (ctx, ETHOS_EXIT_FAILURE, "%s", error->message);
  if (!ethos_csv_write_entries (entries, rules, G_OUTPUT_STREAM (stream), &error)
      || !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error))
    {
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      return ethos_cli_fail (ctx, ETHOS_EXIT_FAILURE, "%s", error->message);
    }

  /* An export leaves the practitioner's machine: say when it may identify a client. */
  for (guint i = 0; i < entries->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *text = g_strjoin ("\n", entry->notes, entry->actions, entry->reflection,
                                         entry->outcomes, entry->impact, NULL);
      g_autoptr (GArray) findings = ethos_privacy_scan (text, -1);

      if (findings->len > 0)
        flagged++;
    }
  if (flagged > 0)
    fprintf (stderr,
             g_dngettext (GETTEXT_PACKAGE,
                          "ethos-cli: note: %u exported entry may identify a client (see "
                          "“ethos-cli scan”)\n",
                          "ethos-cli: note: %u exported entries may identify a client (see "
                          "“ethos-cli scan”)\n",
                          flagged),
             flagged);
  printf (g_dngettext (GETTEXT_PACKAGE, "%u entry written to %s\n", "%u entries written to %s\n",
                       entries->len),
          entries->len, path);
  return ETHOS_EXIT_OK;
}

static int
diary_export (const EthosCliContext *ctx, int argc, char **argv)
{
  char *from = NULL, *to = NULL, *output = NULL;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("From this date"), "D" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Up to this date"), "D" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), "FILE" },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "csv|pdf", _("Export the diary for an audit."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc != 2 || (!g_str_equal (argv[1], "csv") && !g_str_equal (argv[1], "pdf")))
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("say csv or pdf"));
      goto out;
    }
  if (output == NULL)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--output FILE is needed"));
      goto out;
    }
  if (!check_range (ctx, from, to, &exit_code))
    goto out;
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if (g_str_equal (argv[1], "pdf"))
    {
      /* The audit pack's default period: the last twelve months. */
      default_range (&from, &to);
      exit_code = export_pdf (ctx, store, from, to, output);
    }
  else
    exit_code = export_csv (ctx, store, from, to, output);

out:
  g_free (from);
  g_free (to);
  g_free (output);
  return exit_code;
}


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
static void
default_range (char **from, char **to)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  if (*to == NULL)
    *to = g_date_time_format (now, "%Y-%m-%d");
  if (*from == NULL)
    {
      GDate date;

      ethos_date_parse (*to, &date, NULL);
      g_date_set_day (&date, 1);
      g_date_subtract_months (&date, 11);
      *from = ethos_date_to_iso (&date);
    }
}

static int
diary_totals (const EthosCliContext *ctx, int argc, char **argv)
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
  if (!check_range (ctx, from, to, &exit_code))
    goto out;
  default_range (&from, &to);
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

int
ethos_cli_diary (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "totals", diary_totals },
    { "search", diary_search },
    { "export", diary_export },
  };

  return ethos_cli_dispatch (parent, "diary", commands, G_N_ELEMENTS (commands), argc, argv);
}

/* ethos-cli scan [FILE|-]: exit 0 when clean, 1 when something may identify a client. */
int
ethos_cli_scan (const EthosCliContext *parent, int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL },
  };
  EthosCliContext ctx = *parent;
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) findings = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  int exit_code = ETHOS_EXIT_OK;

  ctx.prog = "ethos-cli scan";
  if (!ethos_cli_parse_options (&ctx, entries, "[FILE|-]",
                                _("Look for what could identify a client: NHS numbers, postcodes, "
                                  "phone numbers, e-mail addresses, dates of birth."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 2)
    return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("name one file, or - for standard input"));
  if (argc == 1 || g_str_equal (argv[1], "-"))
    {
      g_autoptr (GInputStream) in = g_unix_input_stream_new (0, FALSE);
      g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();

      if (g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error) < 0)
        return ethos_cli_fail (&ctx, ETHOS_EXIT_FAILURE, "%s", error->message);
      length = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));
      text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
    }
  else if (!g_file_get_contents (argv[1], &text, &length, &error))
    return ethos_cli_fail_error (&ctx, error);
  if (length > 50 * 1024 * 1024)
    return ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("the text is larger than 50 MB"));

  findings = ethos_privacy_scan (text, (gssize) length);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < findings->len; i++)
        {
          EthosFinding *finding = &g_array_index (findings, EthosFinding, i);
          g_autofree char *span = g_utf8_make_valid (text + finding->start,
                                                     (gssize) (finding->end - finding->start));

          json_builder_begin_object (builder);
          ethos_cli_json_int (builder, "line", finding->line);
          ethos_cli_json_int (builder, "column", finding->column);
          ethos_cli_json_string (builder, "kind", ethos_finding_kind_to_string (finding->kind));
          ethos_cli_json_string (builder, "text", span);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      ethos_cli_print_json (root);
    }
  else
    for (guint i = 0; i < findings->len; i++)
      {
        EthosFinding *finding = &g_array_index (findings, EthosFinding, i);
        g_autofree char *span = g_utf8_make_valid (text + finding->start,
                                                   (gssize) (finding->end - finding->start));

        printf ("%u:%u: %s: %s\n", finding->line, finding->column,
                ethos_finding_kind_to_string (finding->kind), span);
      }
  return findings->len > 0 ? ETHOS_EXIT_FAILURE : ETHOS_EXIT_OK;
}

/* ethos-cli demo --entries N: a realistic synthetic diary, for trying Ethos and for benchmarks. */
int
ethos_cli_demo (const EthosCliContext *parent, int argc, char **argv)
{
  char *count_text = NULL;
  GOptionEntry entries[] = {
    { "entries", 0, 0, G_OPTION_ARG_STRING, &count_text, N_("How many entries to make"), "N" },
    { NULL },
  };
  EthosCliContext ctx = *parent;
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  int count = 0;
  int exit_code = ETHOS_EXIT_OK;

  ctx.prog = "ethos-cli demo";
  if (!ethos_cli_parse_options (&ctx, entries, NULL,
                                _("Fill the data folder with a synthetic diary (supervision and "
                                  "CPD over 40 years)."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc > 1 || count_text == NULL)
    {
      exit_code = ethos_cli_fail (&ctx, ETHOS_EXIT_USAGE, _("--entries N is needed"));
      goto out;
    }
  if (!ethos_count_parse (count_text, 1, 1000000, &count, &error))
    {
      exit_code = ethos_cli_fail_error (&ctx, error);
      goto out;
    }
  if ((store = ethos_cli_open_store (&ctx, &exit_code)) == NULL)
    goto out;
  if (!ethos_demo_fill (store, (guint) count, 20261123, &error))
    {
      exit_code = ethos_cli_fail_error (&ctx, error);
      goto out;
    }
  printf (g_dngettext (GETTEXT_PACKAGE, "%d entry made\n", "%d entries made\n", count), count);

out:
  g_free (count_text);
  return exit_code;
}
