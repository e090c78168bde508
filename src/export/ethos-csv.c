/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-csv"

#include "config.h"

#include <string.h>

#include "ethos-code-store.h"
#include "ethos-csv.h"
#include "ethos-entry.h"
#include "ethos-entry-store.h"
#include "ethos-privacy-redact.h"
#include "ethos-rules-store.h"

/* CSV as RFC 4180 has it: fields separated by commas, records by CRLF, a field quoted when it
 * holds a comma, a quote, a line break or leading or trailing space, quotes doubled inside.
 * UTF-8 with a byte order mark, which spreadsheet programs take as "this is UTF-8".
 *
 * Safe in a spreadsheet: a field a spreadsheet would take for a formula (one beginning with
 * "=", "+", "-", "@", a tab or a carriage return: a note "=HYPERLINK(…)", or "- discussed the
 * client", which shows as #NAME?) is written with an apostrophe before it, as OWASP advises, so
 * that it is text. Numbers Ethos writes never begin with one of these. */

static const char *const columns[] = {
  "id", "kind", "date", "end_date", "minutes", "hours", "credited_minutes", "supervisor",
  "format", "group_size", "mode", "client_hours", "title", "provider", "cpd_kind", "notes",
  "actions", "reflection", "outcomes", "impact", "clauses", "evidence", "citations", NULL,
};

/* Appends @field to @row, with the comma before it unless it is the first. */
void
ethos_csv_append_field (GString *row, const char *field)
{
  gboolean first = row->len == 0 || row->str[row->len - 1] == '\n';
  gsize length;
  gboolean quote;

  if (!first)
    g_string_append_c (row, ',');
  length = field != NULL ? strlen (field) : 0;
  /* An empty first field is written as "": left empty, the next field would be taken for the
   * first (no comma before it) and the record would lose a column. */
  if (length == 0)
    {
      if (first)
        g_string_append (row, "\"\"");
      return;
    }
  quote = strpbrk (field, ",\"\r\n") != NULL
          || g_ascii_isspace (field[0]) || g_ascii_isspace (field[length - 1]);
  if (quote)
    g_string_append_c (row, '"');
  if (strchr ("=+-@\t\r", field[0]) != NULL)
    g_string_append_c (row, '\'');
  if (!quote)
    {
      g_string_append (row, field);
      return;
    }
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *p);
    }
  g_string_append_c (row, '"');
}

static void
append_int (GString *row, int value)
{
  char buffer[32];

  if (value < 0)
    {
      ethos_csv_append_field (row, "");
      return;
    }
  g_snprintf (buffer, sizeof buffer, "%d", value);
  ethos_csv_append_field (row, buffer);
}

static void
append_hours (GString *row, int minutes)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (minutes < 0)
    {
      ethos_csv_append_field (row, "");
      return;
    }
  /* A dot, whatever the locale: "1.5", never "1,5". */
  g_ascii_formatd (buffer, sizeof buffer, "%.2f", minutes / 60.0);
  ethos_csv_append_field (row, buffer);
}

static char *
join (GPtrArray *strings)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < strings->len; i++)
    {
      if (i > 0)
        g_string_append (joined, "; ");
      g_string_append (joined, g_ptr_array_index (strings, i));
    }
  return g_string_free (joined, FALSE);
}

/* The entry's clauses as a person cites them ("COSRT 64; IPT UK 8"), beside the links in
 * "clauses"; the links as kept when there is no @store. NULL when one cannot be read. */
static char *
cite (GPtrArray *links, EthosStore *store, GError **error)
{
  g_autoptr (GPtrArray) cited = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < links->len; i++)
    {
      const char *link = g_ptr_array_index (links, i);
      char *one = store != NULL ? ethos_store_cite_link (store, link, error) : g_strdup (link);

      if (one == NULL)
        return NULL;
      g_ptr_array_add (cited, one);
    }
  return join (cited);
}

static gboolean
append_entry (GString               *row,
              EthosEntry            *entry,
              const EthosBodyRules  *rules,
              EthosStore            *store,
              GError               **error)
{
  gboolean supervision = entry->kind == ETHOS_ENTRY_SUPERVISION;
  g_autofree char *clauses = join (entry->clauses);
  g_autofree char *evidence = join (entry->evidence);
  g_autofree char *citations = cite (entry->clauses, store, error);
  char id[32];

  if (citations == NULL)
    return FALSE;

  g_snprintf (id, sizeof id, "%" G_GINT64_FORMAT, entry->id);
  ethos_csv_append_field (row, id);
  ethos_csv_append_field (row, ethos_entry_kind_to_string (entry->kind));
  ethos_csv_append_field (row, entry->date);
  ethos_csv_append_field (row, entry->end_date);
  append_int (row, entry->minutes);
  append_hours (row, entry->minutes);
  append_int (row, supervision ? (rules != NULL ? ethos_body_rules_credited_minutes (
                                                    rules, entry->format, entry->minutes,
                                                    entry->group_size)
                                                : entry->minutes)
                               : -1);
  ethos_csv_append_field (row, supervision ? entry->supervisor : NULL);
  ethos_csv_append_field (row, supervision ? ethos_supervision_format_to_string (entry->format)
                                           : NULL);
  append_int (row, supervision ? entry->group_size : -1);
  ethos_csv_append_field (row, supervision ? ethos_supervision_mode_to_string (entry->mode) : NULL);
  append_hours (row, supervision ? entry->client_minutes : -1);
  ethos_csv_append_field (row, supervision ? NULL : entry->title);
  ethos_csv_append_field (row, supervision ? NULL : entry->provider);
  ethos_csv_append_field (row, supervision ? NULL : entry->cpd_kind);
  ethos_csv_append_field (row, supervision ? entry->notes : NULL);
  ethos_csv_append_field (row, supervision ? entry->actions : NULL);
  ethos_csv_append_field (row, entry->reflection);
  ethos_csv_append_field (row, supervision ? NULL : entry->outcomes);
  ethos_csv_append_field (row, supervision ? NULL : entry->impact);
  ethos_csv_append_field (row, clauses);
  ethos_csv_append_field (row, evidence);
  ethos_csv_append_field (row, citations);
  g_string_append (row, "\r\n");
  return TRUE;
}

/* Writes @entries (EthosEntry, with their links) as CSV. @rules, when given, is the body whose
 * group credit fills credited_minutes; @store, when given, cites the linked clauses in
 * "citations" (without one, a test with no database, they are written as kept). */
gboolean
ethos_csv_write_entries (GPtrArray             *entries,
                         const EthosBodyRules  *rules,
                         EthosStore            *store,
                         GOutputStream         *stream,
                         GError               **error)
{
  g_autoptr (GString) row = g_string_new ("\xEF\xBB\xBF");

  for (guint i = 0; columns[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (row, ',');
      g_string_append (row, columns[i]);
    }
  g_string_append (row, "\r\n");

  for (guint i = 0; i < entries->len; i++)
    {
      if (!append_entry (row, g_ptr_array_index (entries, i), rules, store, error))
        return FALSE;
      /* Write as we go: a long diary does not sit in memory twice. */
      if (row->len > 64 * 1024)
        {
          if (!g_output_stream_write_all (stream, row->str, row->len, NULL, NULL, error))
            return FALSE;
          g_string_truncate (row, 0);
        }
    }
  return g_output_stream_write_all (stream, row->str, row->len, NULL, NULL, error);
}

/* The diary's entries from @from to @to (ISO; either NULL for no bound) as CSV to @stream, for
 * the window and the CLI alike: what may identify a client counted in @flagged, and with
 * @redact removed. @n_written (may be NULL) says how many entries. No body in the profile is a
 * CSV without credited time; rules that cannot be read are a failed export, not one that
 * quietly leaves the credit out. */
gboolean
ethos_csv_write_diary (EthosStore     *store,
                       const char     *from,
                       const char     *to,
                       gboolean        redact,
                       GOutputStream  *stream,
                       guint          *n_written,
                       guint          *flagged,
                       GError        **error)
{
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autoptr (GError) rules_error = NULL;

  *flagged = 0;
  if (n_written != NULL)
    *n_written = 0;
  if ((entries = ethos_store_list_entries (store, -1, from, to, TRUE, error)) == NULL)
    return FALSE;
  rules = ethos_store_load_first_body_rules (store, &rules_error);
  if (rules_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&rules_error));
      return FALSE;
    }
  /* An export leaves the practitioner's machine: what may identify a client is counted, or
   * removed. */
  *flagged = ethos_privacy_check_entries (entries, redact);
  if (!ethos_csv_write_entries (entries, rules, store, stream, error))
    return FALSE;
  if (n_written != NULL)
    *n_written = entries->len;
  return TRUE;
}
