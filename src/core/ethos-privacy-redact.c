/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-privacy"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-privacy-redact.h"
#include "ethos-privacy-scan.h"

/* What leaves Ethos for an auditor without the details that could identify a client: each
 * detail the privacy scan finds is replaced by what it was ("[postcode removed]"), the rest of
 * the text as written. Which of an entry's fields are scanned is said once, here, for the
 * audit pack, the CSV and the export dialog's list alike. */

static const char *
removed (EthosFindingKind kind)
{
  switch (kind)
    {
    case ETHOS_FINDING_NHS_NUMBER:
      return _("[NHS number removed]");
    case ETHOS_FINDING_POSTCODE:
      return _("[postcode removed]");
    case ETHOS_FINDING_PHONE:
      return _("[phone number removed]");
    case ETHOS_FINDING_EMAIL:
      return _("[email address removed]");
    case ETHOS_FINDING_DATE_OF_BIRTH:
      return _("[date of birth removed]");
    default:
      g_return_val_if_reached ("[…]");
    }
}

/* @text with each detail found replaced; @n_removed (may be NULL) says how many. NULL for
 * NULL. */
char *
ethos_privacy_redact (const char *text, guint *n_removed)
{
  g_autoptr (GArray) findings = NULL;
  GString *out;
  gsize at = 0;

  if (n_removed != NULL)
    *n_removed = 0;
  if (text == NULL)
    return NULL;
  findings = ethos_privacy_scan (text, -1);
  out = g_string_sized_new (strlen (text));
  for (guint i = 0; i < findings->len; i++)
    {
      EthosFinding *finding = &g_array_index (findings, EthosFinding, i);

      g_string_append_len (out, text + at, finding->start - at);
      g_string_append (out, removed (finding->kind));
      at = finding->end;
    }
  g_string_append (out, text + at);
  if (n_removed != NULL)
    *n_removed = findings->len;
  return g_string_free (out, FALSE);
}

/* An entry's words that are the practitioner's own, as scanned. */
static void
scanned_fields (EthosEntry *entry, char **fields[6])
{
  fields[0] = &entry->notes;
  fields[1] = &entry->actions;
  fields[2] = &entry->reflection;
  fields[3] = &entry->outcomes;
  fields[4] = &entry->impact;
  fields[5] = &entry->title;
}

/* All that may identify a client in @entry's own words, field after field. */
static GArray *
entry_findings (EthosEntry *entry)
{
  GArray *all = g_array_new (FALSE, FALSE, sizeof (EthosFinding));
  char **fields[6];

  scanned_fields (entry, fields);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autoptr (GArray) findings = NULL;

      if (*fields[i] == NULL)
        continue;
      findings = ethos_privacy_scan (*fields[i], -1);
      g_array_append_vals (all, findings->data, findings->len);
    }
  return all;
}

/* Whether any of @entry's own words may identify a client. */
gboolean
ethos_privacy_entry_flagged (EthosEntry *entry)
{
  g_autoptr (GArray) all = entry_findings (entry);

  return all->len > 0;
}

/* What in @entry's own words may identify a client ("a postcode and a phone number"), for the
 * export dialog's list; NULL when nothing does. */
char *
ethos_privacy_describe_entry (EthosEntry *entry)
{
  g_autoptr (GArray) all = entry_findings (entry);

  return ethos_privacy_describe (all);
}

/* Replaces each detail in @entry's own words that may identify a client; returns how many. */
guint
ethos_privacy_redact_entry (EthosEntry *entry)
{
  char **fields[6];
  guint total = 0;

  scanned_fields (entry, fields);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      guint n = 0;
      char *redacted = ethos_privacy_redact (*fields[i], &n);

      g_free (*fields[i]);
      *fields[i] = redacted;
      total += n;
    }
  return total;
}

/* How many of @entries (EthosEntry) may identify a client; with @redact, each such detail in
 * them is replaced as ethos_privacy_redact_entry() does. For every export alike. */
guint
ethos_privacy_check_entries (GPtrArray *entries, gboolean redact)
{
  guint flagged = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (entries, i);

      if (!ethos_privacy_entry_flagged (entry))
        continue;
      flagged++;
      if (redact)
        ethos_privacy_redact_entry (entry);
    }
  return flagged;
}

/* What an export that has been written says: how many of its entries may identify a client
 * (@flagged), and whether those details were removed (@redact). */
char *
ethos_privacy_export_outcome (guint flagged, gboolean redact)
{
  if (flagged == 0)
    return g_strdup (_("Exported"));
  if (redact)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Exported; %u entry redacted",
                                         "Exported; %u entries redacted", flagged),
                            flagged);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Exported; %u entry in it may identify a client",
                                       "Exported; %u entries in it may identify a client",
                                       flagged),
                          flagged);
}

/* What a period's flagged entries (@n of them) mean for an export, said before it is written:
 * the export dialog's words over its list. */
char *
ethos_privacy_flagged_summary (guint n)
{
  if (n == 0)
    return g_strdup (_("No entry in this period looks as if it could identify a client."));
  return g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE,
                 "%u entry in this period may identify a client. Redacting replaces each "
                 "such detail in the export with what it was (“[postcode removed]”); your "
                 "diary stays as written.",
                 "%u entries in this period may identify a client. Redacting replaces each "
                 "such detail in the export with what it was (“[postcode removed]”); your "
                 "diary stays as written.",
                 n),
    n);
}
