/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-audit-pack"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-audit-pack.h"
#include "ethos-audit-pack-private.h"
#include "ethos-client-hours-store.h"
#include "ethos-code-store.h"
#include "ethos-date.h"
#include "ethos-entry-store.h"
#include "ethos-pdf.h"
#include "ethos-plan-store.h"
#include "ethos-privacy-redact.h"
#include "ethos-records-store.h"
#include "ethos-supervisor-store.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"
#include "ethos-standing-store.h"
#include "ethos-totals-store.h"

/* The audit pack a body asks for: who, which bodies, the period; supervision with monthly
 * totals against each body's rule; CPD with reflections and impact, and the evidence kept. */

static char *
hours (int minutes)
{
  return g_strdup_printf ("%.2f", minutes / 60.0);
}

/* Running text for a supervision session's format and way of meeting, and a CPD kind: the
 * stored values are ids ("in-person"), never shown as they are. */
static char *
describe_format (EthosEntry *entry)
{
  switch (entry->format)
    {
    case ETHOS_SUPERVISION_FORMAT_INDIVIDUAL:
      return g_strdup (C_("supervision format", "individual"));
    case ETHOS_SUPERVISION_FORMAT_GROUP:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "a group of %d", "a group of %d",
                                           (gulong) entry->group_size),
                              entry->group_size);
    case ETHOS_SUPERVISION_FORMAT_PEER:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "a peer group of %d",
                                           "a peer group of %d", (gulong) entry->group_size),
                              entry->group_size);
    default:
      return g_strdup ("");
    }
}

static const char *
describe_mode (EthosSupervisionMode mode)
{
  switch (mode)
    {
    case ETHOS_SUPERVISION_MODE_IN_PERSON:
      return _("in person");
    case ETHOS_SUPERVISION_MODE_VIDEO:
      return _("by video");
    case ETHOS_SUPERVISION_MODE_PHONE:
      return _("by phone");
    default:
      return "";
    }
}

static const char *
describe_cpd_kind (const char *kind)
{
  if (g_strcmp0 (kind, "formal") == 0)
    return C_("kind of CPD", "formal");
  if (g_strcmp0 (kind, "work-based") == 0)
    return C_("kind of CPD", "work-based");
  if (g_strcmp0 (kind, "professional") == 0)
    return C_("kind of CPD", "professional");
  if (g_strcmp0 (kind, "self-directed") == 0)
    return C_("kind of CPD", "self-directed");
  if (g_strcmp0 (kind, "other") == 0)
    return C_("kind of CPD", "other");
  return kind != NULL ? kind : "";
}

static char *
describe_session (EthosEntry *entry)
{
  g_autofree char *date = ethos_date_format_iso (entry->date, ETHOS_DATE_LONG);
  g_autofree char *length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute",
                                                          "%d minutes", (gulong) entry->minutes),
                                             entry->minutes);
  g_autofree char *format = describe_format (entry);

  if (entry->supervisor == NULL || entry->supervisor[0] == '\0')
    /* Translators: a supervision session in the audit pack: its date, length, format and way
     * of meeting: "12 January 2026 — 90 minutes, individual, by video" */
    return g_strdup_printf (_("%s — %s, %s, %s"), date, length, format,
                            describe_mode (entry->mode));
  /* Translators: as above, with the supervisor's name last: "…, by video, with Sam Fielding" */
  return g_strdup_printf (_("%s — %s, %s, %s, with %s"), date, length, format,
                          describe_mode (entry->mode), entry->supervisor);
}

static char *
describe_period (const EthosCpdPeriod *period)
{
  g_autofree char *start = ethos_date_format_iso (period->period_start, ETHOS_DATE_LONG);
  g_autofree char *end = ethos_date_format_iso (period->period_end, ETHOS_DATE_LONG);
  g_autofree char *done = hours (period->minutes);
  GString *line = g_string_new (NULL);

  if (period->target_minutes > 0)
    {
      g_autofree char *target = hours (period->target_minutes);

      /* Translators: a CPD period in the audit pack: "1 January 2026 to 31 December 2026: 12.50
       * of 30.00 hours" */
      g_string_printf (line, _("%s to %s: %s of %s hours"), start, end, done, target);
    }
  else
    /* Translators: as above, for a body that sets no target */
    g_string_printf (line, _("%s to %s: %s hours (no target set)"), start, end, done);
  if (period->opening_minutes > 0)
    {
      g_autofree char *opening = hours (period->opening_minutes);

      g_string_append_printf (line, _(" · %s hours of it before Ethos"), opening);
    }
  g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, " · %u kind of activity",
                                             " · %u kinds of activity", period->n_kinds),
                          period->n_kinds);
  return g_string_free (line, FALSE);
}

static void
add_labelled (EthosPdfDocument *doc, const char *label, const char *text)
{
  g_autofree char *line = NULL;

  if (text == NULL || text[0] == '\0')
    return;
  line = g_strdup_printf ("%s: %s", label, text);
  ethos_pdf_document_paragraph (doc, line);
}

/* The clauses @entry relates to, cited as the practitioner would cite them to an auditor:
 * "COSRT 26; Atrium Code of Practice 9.6". */
static gboolean
add_clauses (EthosPdfDocument *doc, EthosStore *store, EthosEntry *entry, GError **error)
{
  g_autoptr (GString) links = g_string_new (NULL);

  for (guint c = 0; c < entry->clauses->len; c++)
    {
      g_autofree char *cited = ethos_store_cite_link (store, g_ptr_array_index (entry->clauses, c),
                                                      error);

      if (cited == NULL)
        return FALSE;
      g_string_append_printf (links, "%s%s", c > 0 ? "; " : "", cited);
    }
  if (links->len > 0)
    add_labelled (doc, _("Relates to"), links->str);
  return TRUE;
}

/* Each month from @from to @to as the standing judges it on @today (a month not over is "in
 * progress", never "not met"), from the month the diary began (ethos_standing_months_to_judge
 * says why): the pack and the Overview cannot disagree. */
static void
add_month_totals (EthosPdfDocument *doc, EthosStore *store, EthosBodyRules *body, const char *from,
                  const char *to, const GDate *today, const char *diary_start,
                  const char *const *breaks, const GArray *client_months, GError **error)
{
  g_autoptr (GStringChunk) strings = g_string_chunk_new (256);
  g_autoptr (GArray) facts = NULL;
  g_autofree char *heading = g_strdup_printf (_("Monthly totals against %s"), body->name);
  g_autofree char *left_out = ethos_standing_months_left_out (from, to, diary_start);
  g_autofree char *basis = ethos_standing_describe_ratio_basis (body);
  g_autofree char *facts_from = NULL;
  g_autofree char *first_day = NULL;
  char first[8], last[8];
  GDate month;

  if (!ethos_standing_months_to_judge (from, to, diary_start, today, first, last))
    {
      ethos_pdf_document_subheading (doc, heading);
      if (left_out != NULL)
        ethos_pdf_document_paragraph (doc, left_out);
      return;
    }
  first_day = g_strdup_printf ("%s-01", first);
  facts_from = ethos_standing_month_facts_from (first_day);
  facts = ethos_store_read_supervision_facts (store, facts_from, to, strings, error);
  if (facts == NULL || !ethos_date_parse (first_day, &month, error))
    return;
  /* The table is kept on one page where it fits one. */
  ethos_pdf_document_begin_group (doc);
  ethos_pdf_document_subheading (doc, heading);
  if (left_out != NULL)
    ethos_pdf_document_small (doc, left_out);
  ethos_pdf_document_row (doc, _("Month\tSessions\tMinutes\tCredited\tMinimum · other checks"));
  for (;; g_date_add_months (&month, 1))
    {
      char key[8];
      g_autoptr (EthosSupervisionStanding) judged = NULL;
      g_autofree char *checks = NULL;
      g_autofree char *name = ethos_date_format (&month, ETHOS_DATE_MONTH);
      g_autofree char *row = NULL;

      g_snprintf (key, sizeof key, "%04u-%02u", g_date_get_year (&month),
                  g_date_get_month (&month));
      if (strcmp (key, last) > 0)
        break;
      judged = ethos_standing_judge_month (body, (const EthosSupervisionFact *) facts->data,
                                          facts->len, key, today, diary_start, breaks,
                                          (const EthosClientMonth *) client_months->data,
                                          client_months->len);
      checks = ethos_supervision_standing_describe (judged);
      row = g_strdup_printf ("%s\t%u\t%d\t%d\t%s", name, judged->n_sessions, judged->minutes,
                             judged->credited_minutes, checks);
      ethos_pdf_document_row (doc, row);
    }
  if (basis != NULL)
    ethos_pdf_document_small (doc, basis);
  ethos_pdf_document_end_group (doc);
}

gboolean
ethos_audit_pack_write (EthosStore     *store,
                        const char     *from,
                        const char     *to,
                        const char     *today,
                        gboolean        redact,
                        GOutputStream  *stream,
                        guint          *flagged,
                        GError        **error)
{
  g_autoptr (GPtrArray) memberships = ethos_store_list_memberships (store, error);
  g_autoptr (GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_body_rules_free);
  g_autoptr (GPtrArray) sessions = NULL;
  g_autoptr (GPtrArray) activities = NULL;
  g_autoptr (GPtrArray) plan = NULL;
  g_autoptr (GPtrArray) supervisors = NULL;
  g_autoptr (EthosPdfDocument) doc = NULL;
  g_autofree char *name = ethos_store_get_name (store);
  g_autofree char *footer = NULL;
  g_autoptr (EthosRecords) records = memberships != NULL ? ethos_store_get_records (store, error)
                                                       : NULL;
  g_autofree char *diary_start = NULL;
  g_auto (GStrv) breaks = NULL;
  g_autoptr (GArray) client_months = NULL;
  g_autoptr (EthosStanding) standing = NULL;
  GDate today_date;
  int cpd_total = 0;

  if (memberships == NULL || records == NULL || !ethos_date_parse (today, &today_date, error)
      || !ethos_store_get_diary_start (store, &diary_start, error)
      || (breaks = ethos_store_list_break_months (store, error)) == NULL
      || (client_months = ethos_store_list_client_hours (store, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < memberships->len; i++)
    {
      EthosBodyRules *body = ethos_store_load_body_rules (
        store, ((EthosMembership *) g_ptr_array_index (memberships, i))->body_id, error);

      if (body == NULL)
        return FALSE;
      g_ptr_array_add (rules, body);
    }
  sessions = ethos_store_list_entries (store, ETHOS_ENTRY_SUPERVISION, from, to, TRUE, error);
  activities = sessions != NULL
                 ? ethos_store_list_entries (store, ETHOS_ENTRY_CPD, from, to, TRUE, error)
                 : NULL;
  if (activities == NULL || (plan = ethos_store_list_plan_items (store, error)) == NULL)
    return FALSE;

  {
    g_autofree char *from_text = ethos_date_format_iso (from, ETHOS_DATE_LONG);
    g_autofree char *to_text = ethos_date_format_iso (to, ETHOS_DATE_LONG);

    /* Translators: the footer of each page, beside "Page N of M": the practitioner's name and
     * the period ("Alex Demo · 1 January 2026 to 6 December 2026"); the title is on the cover. */
    footer = g_strdup_printf (_("%s · %s to %s"),
                              name != NULL && name[0] != '\0' ? name : _("the practitioner"),
                              from_text, to_text);
  }
  doc = ethos_pdf_document_new (footer);
  *flagged = ethos_privacy_check_entries (sessions, redact)
             + ethos_privacy_check_entries (activities, redact);
  /* The cover's verdicts are the standing's as of the day the pack is made. */
  if ((standing = ethos_store_get_standing (store, &today_date, error)) == NULL)
    return FALSE;
  ethos_audit_pack_add_cover (doc, store, memberships, rules, records, standing, from, to, today);
  if (redact && *flagged > 0)
    {
      g_autofree char *said = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE,
                     "Details that could identify a client were removed from %u entry, each "
                     "marked where it was (“[postcode removed]”).",
                     "Details that could identify a client were removed from %u entries, each "
                     "marked where it was (“[postcode removed]”).",
                     *flagged),
        *flagged);

      ethos_pdf_document_small (doc, said);
    }

  /* The rules, as they bind this practitioner */
  ethos_pdf_document_heading (doc, _("Rules judged against"));
  if (rules->len == 0)
    ethos_pdf_document_paragraph (doc, _("None: no professional body is recorded, so this "
                                         "record is not judged against any body’s rules."));
  for (guint i = 0; i < rules->len; i++)
    ethos_audit_pack_add_rules (doc, g_ptr_array_index (rules, i));

  /* Supervision */
  ethos_pdf_document_page_break (doc);
  ethos_pdf_document_heading (doc, _("Supervision"));
  for (guint i = 0; i < rules->len; i++)
    {
      add_month_totals (doc, store, g_ptr_array_index (rules, i), from, to, &today_date,
                        diary_start, (const char *const *) breaks, client_months, error);
      if (error != NULL && *error != NULL)
        return FALSE;
    }
  if ((supervisors = ethos_audit_pack_period_supervisors (store, sessions, error)) == NULL)
    return FALSE;
  ethos_audit_pack_add_supervisors (doc, supervisors);
  ethos_audit_pack_add_client_hours (doc, client_months, rules, from, to, today);
  ethos_pdf_document_subheading (doc, _("Sessions"));
  if (sessions->len == 0)
    ethos_pdf_document_paragraph (doc, _("No supervision is recorded in this period."));
  for (guint i = 0; i < sessions->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (sessions, i);
      g_autofree char *line = describe_session (entry);

      /* A session and what was said of it stay together, unless longer than a page. */
      ethos_pdf_document_begin_group (doc);
      ethos_pdf_document_subheading (doc, line);
      add_labelled (doc, _("Brought"), entry->notes);
      add_labelled (doc, _("Actions agreed"), entry->actions);
      add_labelled (doc, _("Reflection"), entry->reflection);
      if (!add_clauses (doc, store, entry, error))
        return FALSE;
      ethos_pdf_document_end_group (doc);
    }

  /* CPD, straight after the sessions: a page break here left a page with one session on it
   * in a new diary's pack. */
  ethos_pdf_document_heading (doc, _("Continuing professional development"));
  for (guint i = 0; i < activities->len; i++)
    cpd_total += ((EthosEntry *) g_ptr_array_index (activities, i))->minutes;
  for (guint b = 0; b < rules->len; b++)
    {
      EthosBodyRules *body = g_ptr_array_index (rules, b);
      g_autoptr (GArray) periods = ethos_store_cpd_totals (store, body, from, to, error);
      g_autofree char *heading = g_strdup_printf (_("CPD periods against %s"), body->name);

      if (periods == NULL)
        return FALSE;
      ethos_pdf_document_subheading (doc, heading);
      for (guint p = 0; p < periods->len; p++)
        {
          const EthosCpdPeriod *period = &g_array_index (periods, EthosCpdPeriod, p);
          g_autofree char *line = describe_period (period);
          g_autofree char *gaps = ethos_cpd_period_describe_gaps (body, period);

          ethos_pdf_document_paragraph (doc, line);
          if (gaps != NULL)
            {
              g_autofree char *sentence = g_strdup_printf (_("%s."), gaps);

              ethos_pdf_document_small (doc, sentence);
            }
        }
    }
  {
    g_autofree char *total = hours (cpd_total);
    g_autofree char *line = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%s hours of CPD in %u activity.",
                   "%s hours of CPD in %u activities.", activities->len),
      total, activities->len);

    ethos_pdf_document_paragraph (doc, line);
  }
  if (!ethos_audit_pack_add_plan (doc, plan, today))
    return FALSE;
  if (activities->len > 0)
    ethos_pdf_document_subheading (doc, _("Action and evaluation: the activities"));
  for (guint i = 0; i < activities->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (activities, i);
      g_autofree char *date = ethos_date_format_iso (entry->date, ETHOS_DATE_LONG);
      g_autofree char *amount = hours (entry->minutes);
      /* Translators: a CPD activity in the audit pack: date, title, hours and kind of CPD */
      g_autofree char *line = g_strdup_printf (_("%s — %s (%s hours, %s)"), date, entry->title,
                                               amount, describe_cpd_kind (entry->cpd_kind));

      /* An activity's heading is never split from what it says (the auditor read "Impact on
       * my practice" under the next page's first activity). */
      ethos_pdf_document_begin_group (doc);
      ethos_pdf_document_subheading (doc, line);
      add_labelled (doc, _("Provider"), entry->provider);
      for (guint p = 0; p < plan->len; p++)
        if (((EthosPlanItem *) g_ptr_array_index (plan, p))->id == entry->plan_id)
          add_labelled (doc, _("Plan item"),
                        ((EthosPlanItem *) g_ptr_array_index (plan, p))->title);
      add_labelled (doc, _("What I learned"), entry->outcomes);
      add_labelled (doc, _("Reflection"), entry->reflection);
      add_labelled (doc, _("Impact on my practice"), entry->impact);
      for (guint e = 0; e < entry->evidence->len; e++)
        add_labelled (doc, _("Evidence kept"), g_ptr_array_index (entry->evidence, e));
      if (!add_clauses (doc, store, entry, error))
        return FALSE;
      ethos_pdf_document_end_group (doc);
    }

  /* Last, a page for each supervisor to sign: they can be printed and sent on their own. */
  ethos_audit_pack_add_statements (doc, sessions, supervisors,
                                   name != NULL && name[0] != '\0' ? name : _("the practitioner"),
                                   from, to);
  return ethos_pdf_document_write (doc, stream, error);
}
