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

/* The supervisors of @sessions, with how to reach them, as an audit asks: each once, in the
 * order they are first met. */
gboolean
ethos_audit_pack_add_supervisors (EthosPdfDocument *doc, EthosStore *store, GPtrArray *sessions, GError **error)
{
  g_autoptr (GPtrArray) known = ethos_store_list_supervisor_records (store, error);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (known == NULL)
    return FALSE;
  for (guint i = 0; i < sessions->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (sessions, i);

      if (entry->supervisor == NULL || !g_hash_table_add (seen, entry->supervisor))
        continue;
      if (g_hash_table_size (seen) == 1)
        ethos_pdf_document_subheading (doc, _("Supervisors"));
      for (guint k = 0; k < known->len; k++)
        {
          EthosSupervisor *supervisor = g_ptr_array_index (known, k);
          g_autofree char *contact = NULL;
          g_autofree char *line = NULL;

          if (g_utf8_collate (supervisor->name, entry->supervisor) != 0)
            continue;
          contact = ethos_supervisor_describe_contact (supervisor);
          /* Translators: a supervisor's name, then how to reach them */
          line = g_strdup_printf (_("%s: %s"), supervisor->name,
                                  contact != NULL ? contact : _("contact details not given"));
          ethos_pdf_document_paragraph (doc, line);
        }
    }
  return TRUE;
}

/* The client-hours log for the months of the period, with the running total of all logged,
 * and how far it goes towards each body's accreditation (its source cited), "not set" where a
 * body publishes no number. Nothing when no hours are logged. */
gboolean
ethos_audit_pack_add_client_hours (EthosPdfDocument *doc, EthosStore *store, GPtrArray *rules, const char *from,
                  const char *to, const char *today, GError **error)
{
  g_autoptr (GArray) months = ethos_store_list_client_hours (store, error);
  int running = 0;

  if (months == NULL)
    return FALSE;
  if (months->len == 0)
    return TRUE;
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
  return TRUE;
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
