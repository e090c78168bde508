/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-audit-pack"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-audit-pack-private.h"
#include "ethos-client-hours-store.h"
#include "ethos-date.h"
#include "ethos-entry.h"
#include "ethos-plan-store.h"
#include "ethos-supervisor-store.h"

/* The records an audit asks for beside the diary, as the pack prints them: the period's
 * supervisors and how to reach them, the client-hours log against each body's accreditation,
 * and the CPD plan. */

/* The supervisors of @sessions (EthosSupervisor, with how to reach them), each once, in the
 * order they are first met: for the list in the supervision section and the statements. */
GPtrArray *
ethos_audit_pack_period_supervisors (EthosStore *store, GPtrArray *sessions, GError **error)
{
  g_autoptr (GPtrArray) known = ethos_store_list_supervisor_records (store, error);
  g_autoptr (GPtrArray) met = NULL;

  if (known == NULL)
    return NULL;
  met = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_supervisor_free);
  for (guint i = 0; i < sessions->len; i++)
    {
      const char *name = ((EthosEntry *) g_ptr_array_index (sessions, i))->supervisor;
      gboolean seen = FALSE;

      for (guint m = 0; m < met->len && !seen; m++)
        seen = g_strcmp0 (((EthosSupervisor *) g_ptr_array_index (met, m))->name, name) == 0;
      /* A session's supervisor is always one kept: its name is read from there. */
      for (guint k = 0; name != NULL && !seen && k < known->len; k++)
        if (g_strcmp0 (((EthosSupervisor *) g_ptr_array_index (known, k))->name, name) == 0)
          g_ptr_array_add (met, g_ptr_array_steal_index (known, k));
    }
  return g_steal_pointer (&met);
}

/* The period's @supervisors, with how to reach them, as an audit asks. */
void
ethos_audit_pack_add_supervisors (EthosPdfDocument *doc, GPtrArray *supervisors)
{
  if (supervisors->len == 0)
    return;
  /* The list is short: kept on one page, never its heading and one name at a page's foot. */
  ethos_pdf_document_begin_group (doc);
  ethos_pdf_document_subheading (doc, _("Supervisors"));
  for (guint i = 0; i < supervisors->len; i++)
    {
      EthosSupervisor *supervisor = g_ptr_array_index (supervisors, i);
      g_autofree char *contact = ethos_supervisor_describe_contact (supervisor);
      /* Translators: a supervisor's name, then how to reach them */
      g_autofree char *line = g_strdup_printf (_("%s: %s"), supervisor->name,
                                               contact != NULL ? contact
                                                               : _("contact details not given"));

      ethos_pdf_document_paragraph (doc, line);
    }
  ethos_pdf_document_end_group (doc);
}

/* The client-hours log for the months of the period, with the running total of all logged,
 * and how far it goes towards each body's accreditation (its source cited), "not set" where a
 * body publishes no number. Nothing when no hours are logged. */
void
ethos_audit_pack_add_client_hours (EthosPdfDocument *doc, const GArray *months, GPtrArray *rules,
                                   const char *from, const char *to, const char *today)
{
  int running = 0;

  if (months->len == 0)
    return;
  ethos_pdf_document_begin_group (doc);
  ethos_pdf_document_subheading (doc, _("Client hours"));
  ethos_pdf_document_row (doc, _("Month\tClient hours\tRunning total"));
  for (guint i = 0; i < months->len; i++)
    {
      const EthosClientMonth *month = &g_array_index (months, EthosClientMonth, i);
      g_autofree char *first = g_strdup_printf ("%s-01", month->month);
      g_autofree char *name = NULL;
      g_autofree char *row = NULL;
      GDate date;

      running += month->minutes;
      if (strncmp (month->month, from, 7) < 0 || strncmp (month->month, to, 7) > 0
          || !ethos_date_parse (first, &date, NULL))
        continue;
      name = ethos_date_format (&date, ETHOS_DATE_MONTH);
      row = g_strdup_printf ("%s\t%.2f\t%.2f", name, month->minutes / 60.0, running / 60.0);
      ethos_pdf_document_row (doc, row);
    }
  for (guint b = 0; b < rules->len; b++)
    {
      EthosBodyRules *body = g_ptr_array_index (rules, b);
      g_autofree char *progress = ethos_client_hours_progress (body, months, today);

      ethos_pdf_document_paragraph (doc, progress);
      if (body->accreditation_client_hours > 0)
        ethos_pdf_document_small (doc, body->accreditation_source);
    }
  ethos_pdf_document_end_group (doc);
}

/* The CPD plan, BACP's and HCPC's "reflection and planning": each item with the need it meets,
 * its target and where it stands, those not yet done said as such. */
gboolean
ethos_audit_pack_add_plan (EthosPdfDocument *doc, GPtrArray *plan, const char *today)
{
  if (plan->len == 0)
    return TRUE;
  ethos_pdf_document_subheading (doc, _("Reflection and planning: the CPD plan"));
  for (guint i = 0; i < plan->len; i++)
    {
      EthosPlanItem *item = g_ptr_array_index (plan, i);
      g_autofree char *status = ethos_plan_item_status (item, today);
      g_autofree char *line = NULL;

      if (item->need != NULL)
        /* Translators: a planned activity, the learning need it meets, where it stands */
        line = g_strdup_printf (_("%s (for: %s). %s."), item->title, item->need, status);
      else
        /* Translators: a planned activity, and where it stands */
        line = g_strdup_printf (_("%s. %s."), item->title, status);
      ethos_pdf_document_paragraph (doc, line);
    }
  return TRUE;
}
