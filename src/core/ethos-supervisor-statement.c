/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-supervisor-statement"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-entry.h"
#include "ethos-supervisor-statement.h"

/* A supervisor's statement, as UKCP and COSRT re-accreditation and a BACP audit ask for: the
 * supervisor confirms the sessions over the period, and signs. No body publishes a form for it
 * that Ethos ships, so the words are Ethos's template, and the page says so. */

/* Counts @sessions (EthosEntry) with @supervisor, by format. */
void
ethos_statement_tally (GPtrArray *sessions, const char *supervisor, EthosStatementTally *tally)
{
  *tally = (EthosStatementTally) { 0 };
  for (guint i = 0; i < sessions->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (sessions, i);

      if (entry->kind != ETHOS_ENTRY_SUPERVISION || g_strcmp0 (entry->supervisor, supervisor) != 0)
        continue;
      tally->sessions++;
      tally->minutes += MAX (entry->minutes, 0);
      switch (entry->format)
        {
        case ETHOS_SUPERVISION_FORMAT_GROUP:
          tally->group++;
          break;
        case ETHOS_SUPERVISION_FORMAT_PEER:
          tally->peer++;
          break;
        case ETHOS_SUPERVISION_FORMAT_INDIVIDUAL:
        default:
          tally->individual++;
          break;
        }
    }
}

/* "12 sessions, 18.50 hours: 10 individual, 2 in a group". */
char *
ethos_statement_summary (const EthosStatementTally *tally)
{
  g_autoptr (GString) formats = g_string_new (NULL);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session",
                                                         "%u sessions", tally->sessions),
                                            tally->sessions);
  /* Read the same for any number in English and Welsh alike. */
  struct
  {
    guint       n;
    const char *words;
  } parts[] = {
    { tally->individual, N_("%u individual") },
    { tally->group, N_("%u in a group") },
    { tally->peer, N_("%u in a peer group") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i].n == 0)
        continue;
      if (formats->len > 0)
        g_string_append (formats, ", ");
      g_string_append_printf (formats, _(parts[i].words), parts[i].n);
    }
  /* Translators: how many sessions, their hours ("18.50"), and their formats */
  return g_strdup_printf (_("%s, %.2f hours: %s"), count, tally->minutes / 60.0, formats->str);
}

/* What the supervisor confirms by signing. */
char *
ethos_statement_confirmation (const char                *practitioner,
                              const char                *supervisor,
                              const char                *from,
                              const char                *to,
                              const EthosStatementTally *tally)
{
  g_autofree char *from_text = ethos_date_format_iso (from, ETHOS_DATE_LONG);
  g_autofree char *to_text = ethos_date_format_iso (to, ETHOS_DATE_LONG);
  g_autofree char *summary = ethos_statement_summary (tally);

  /* Translators: the supervisor's name, the practitioner's, the period, and the summary of the
   * sessions ("12 sessions, 18.50 hours: 10 individual, 2 in a group") */
  return g_strdup_printf (_("I, %s, confirm that I provided supervision to %s from %s to %s: "
                            "%s, as listed in this record. To the best of my knowledge the "
                            "sessions took place as recorded, and %s used them to reflect on "
                            "their practice."),
                          supervisor, practitioner, from_text, to_text, summary, practitioner);
}

const char *
ethos_statement_template_note (void)
{
  return _("This statement is Ethos’s template: no professional body publishes a form for it "
           "that Ethos holds. If your body has its own form, use that instead.");
}
