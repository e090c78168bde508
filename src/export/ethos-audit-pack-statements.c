/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-audit-pack"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-audit-pack-private.h"
#include "ethos-supervisor-statement.h"
#include "ethos-supervisor.h"

/* A page per supervisor of the period for them to sign: their sessions counted, what they
 * confirm, space to sign and date, and the words marked as Ethos's template. */

void
ethos_audit_pack_add_statements (EthosPdfDocument *doc,
                                 GPtrArray        *sessions,
                                 GPtrArray        *supervisors,
                                 const char       *practitioner,
                                 const char       *from,
                                 const char       *to)
{
  for (guint i = 0; i < supervisors->len; i++)
    {
      EthosSupervisor *supervisor = g_ptr_array_index (supervisors, i);
      g_autofree char *contact = ethos_supervisor_describe_contact (supervisor);
      g_autofree char *confirmation = NULL;
      EthosStatementTally tally;

      ethos_statement_tally (sessions, supervisor->name, &tally);
      confirmation = ethos_statement_confirmation (practitioner, supervisor->name, from, to,
                                                   &tally);
      ethos_pdf_document_page_break (doc);
      ethos_pdf_document_heading (doc, _("Supervisor’s statement"));
      ethos_pdf_document_subheading (doc, supervisor->name);
      if (contact != NULL)
        ethos_pdf_document_paragraph (doc, contact);
      ethos_pdf_document_paragraph (doc, confirmation);
      ethos_pdf_document_paragraph (doc, _("Signed: ____________________________________"));
      ethos_pdf_document_paragraph (doc, _("Date: ______________________"));
      ethos_pdf_document_paragraph (doc, _("Your accreditation or registration as a supervisor: "
                                           "____________________________________"));
      ethos_pdf_document_small (doc, ethos_statement_template_note ());
    }
}
