/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-audit-pack"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-audit-pack-private.h"
#include "ethos-entry.h"
#include "ethos-supervisor-statement.h"
#include "ethos-supervisor-store.h"

/* A page per supervisor of the period for them to sign: their sessions counted, what they
 * confirm, space to sign and date, and the words marked as Ethos's template. */

gboolean
ethos_audit_pack_add_statements (EthosPdfDocument *doc,
                                 EthosStore       *store,
                                 GPtrArray        *sessions,
                                 const char       *practitioner,
                                 const char       *from,
                                 const char       *to,
                                 GError          **error)
{
  g_autoptr (GPtrArray) known = ethos_store_list_supervisor_records (store, error);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (known == NULL)
    return FALSE;
  for (guint i = 0; i < sessions->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (sessions, i);
      EthosStatementTally tally;
      g_autofree char *confirmation = NULL;
      g_autofree char *contact = NULL;

      if (entry->supervisor == NULL || !g_hash_table_add (seen, entry->supervisor))
        continue;
      for (guint k = 0; k < known->len && contact == NULL; k++)
        {
          EthosSupervisor *supervisor = g_ptr_array_index (known, k);

          if (g_utf8_collate (supervisor->name, entry->supervisor) == 0)
            contact = ethos_supervisor_describe_contact (supervisor);
        }
      ethos_statement_tally (sessions, entry->supervisor, &tally);
      confirmation = ethos_statement_confirmation (practitioner, entry->supervisor, from, to,
                                                   &tally);
      ethos_pdf_document_page_break (doc);
      ethos_pdf_document_heading (doc, _("Supervisor’s statement"));
      ethos_pdf_document_subheading (doc, entry->supervisor);
      if (contact != NULL)
        ethos_pdf_document_paragraph (doc, contact);
      ethos_pdf_document_paragraph (doc, confirmation);
      ethos_pdf_document_paragraph (doc, _("Signed: ____________________________________"));
      ethos_pdf_document_paragraph (doc, _("Date: ______________________"));
      ethos_pdf_document_paragraph (doc, _("Your accreditation or registration as a supervisor: "
                                           "____________________________________"));
      ethos_pdf_document_small (doc, ethos_statement_template_note ());
    }
  return TRUE;
}
