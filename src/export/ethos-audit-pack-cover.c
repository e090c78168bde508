/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-audit-pack"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-audit-pack-private.h"
#include "ethos-date.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"
#include "ethos-standing-store.h"

/* The audit pack's first pages: who the practitioner is, their bodies with class, number and
 * the standing's verdict on each (as the Overview has it on the day the pack is made), the
 * period, their insurance and DBS records; then the rules of each body the pack judges
 * against, as they bind this practitioner. */

/* The verdict on @body_id in @standing, as the Overview gives it, or NULL. */
static char *
describe_verdict (const EthosStanding *standing, const char *body_id, const char *today)
{
  for (guint i = 0; standing != NULL && i < standing->bodies->len; i++)
    {
      const EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      if (g_strcmp0 (body->body_id, body_id) == 0)
        return ethos_body_standing_describe (body, today);
    }
  return NULL;
}

void
ethos_audit_pack_add_cover (EthosPdfDocument *doc, EthosStore *store, GPtrArray *memberships, GPtrArray *rules,
                const EthosRecords *records, const EthosStanding *standing, const char *from,
                const char *to, const char *today)
{
  g_autofree char *insurance = ethos_records_describe_insurance (records);
  g_autofree char *dbs = ethos_records_describe_dbs (records);
  g_autofree char *name = ethos_store_get_name (store);
  g_autofree char *from_uk = ethos_date_format_iso (from, ETHOS_DATE_LONG);
  g_autofree char *to_uk = ethos_date_format_iso (to, ETHOS_DATE_LONG);
  g_autofree char *today_uk = ethos_date_format_iso (today, ETHOS_DATE_LONG);
  g_autofree char *period = g_strdup_printf (_("Period: %s to %s"), from_uk, to_uk);
  g_autofree char *made = g_strdup_printf (_("Prepared with Ethos on %s"), today_uk);

  ethos_pdf_document_title (doc, _("Supervision and CPD Record"));
  ethos_pdf_document_subheading (doc, name != NULL && name[0] != '\0' ? name : _("(name not given)"));
  ethos_pdf_document_paragraph (doc, period);
  ethos_pdf_document_heading (doc, _("Professional bodies"));
  if (memberships->len == 0)
    ethos_pdf_document_paragraph (doc, _("No professional body has been recorded."));
  for (guint i = 0; i < memberships->len; i++)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i);
      EthosBodyRules *body = g_ptr_array_index (rules, i);
      const char *klass = ethos_body_rules_class_name (body, body->membership_class);
      g_autofree char *line = membership->membership_number != NULL
                                ? g_strdup_printf (_("%s — membership number %s"), body->name,
                                                   membership->membership_number)
                                : g_strdup (body->name);

      ethos_pdf_document_paragraph (doc, line);
      if (body->classes->len > 0)
        {
          /* Translators: the practitioner's membership class in a body */
          g_autofree char *class_line = g_strdup_printf (_("Membership class: %s"),
                                                         klass != NULL ? klass
                                                                       : _("not given"));

          ethos_pdf_document_small (doc, class_line);
        }
      {
        g_autofree char *verdict = describe_verdict (standing, membership->body_id, today);

        if (verdict != NULL)
          ethos_pdf_document_small (doc, verdict);
      }
    }
  {
    int percent = 0;
    EthosPractice practice = ethos_store_get_practice (store, &percent);
    g_autofree char *practice_text = ethos_practice_describe (practice, percent);

    ethos_pdf_document_paragraph (doc, practice_text != NULL
                                         ? practice_text
                                         : _("Practice: not given (full- or part-time)"));
  }
  ethos_pdf_document_subheading (doc, _("Indemnity insurance"));
  ethos_pdf_document_paragraph (doc, insurance != NULL ? insurance : _("Not given."));
  ethos_pdf_document_subheading (doc, _("DBS check"));
  ethos_pdf_document_paragraph (doc, dbs != NULL ? dbs : _("Not given."));
  ethos_pdf_document_small (doc, made);
}

/* The rules of @body the pack judges against, each in words with its source; a rule the body
 * sets for others says whom it is for. */
void
ethos_audit_pack_add_rules (EthosPdfDocument *doc, const EthosBodyRules *body)
{
  /* Translators: a body's full name */
  g_autofree char *heading = g_strdup_printf (_("The rules of %s"), body->name);
  guint shown = 0;

  ethos_pdf_document_subheading (doc, heading);
  for (guint i = 0; ethos_body_rule_keys[i] != NULL; i++)
    {
      const char *key = ethos_body_rule_keys[i];
      const EthosRuleScope *scope = ethos_body_rules_get_scope (body, key);
      g_autofree char *words = ethos_body_rule_describe (body, key);
      g_autofree char *line = NULL;

      if (scope != NULL && scope->rule != NULL)
        {
          gboolean unknown;
          g_autofree char *why = ethos_rule_scope_describe (body, scope, &unknown);

          /* Translators: a rule in words, why it does not bind the practitioner, its source */
          line = g_strdup_printf (_("%s: %s. Source: %s"), scope->rule, why, scope->source);
        }
      else if (words != NULL)
        /* Translators: a rule in words, and its source */
        line = g_strdup_printf (_("%s. Source: %s"), words,
                                ethos_body_rules_get_source (body, key));
      if (line == NULL)
        continue;
      ethos_pdf_document_paragraph (doc, line);
      shown++;
    }
  if (shown == 0)
    ethos_pdf_document_paragraph (doc, _("The body sets no numbers for supervision or CPD."));
  else
    /* Translators: a body's short name */
    {
      g_autofree char *rest = g_strdup_printf (_("%s sets no number for anything else: it is "
                                                 "not judged."),
                                               body->short_name);

      ethos_pdf_document_small (doc, rest);
    }
}
