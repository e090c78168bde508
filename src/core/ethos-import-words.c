/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-import-words"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-duration.h"
#include "ethos-import-words.h"
#include "ethos-recurrence.h"

/* What the window's import preview says: the count over the rows, each row's state, what an
 * archive holds and what an import added. The CLI says the same things its own way. */

/* "24 entries to add, 2 left out, 3 likely duplicates": the parts that are not 0, after the
 * first, which is always said. */
char *
ethos_import_describe_count (guint added, guint skipped, guint duplicates)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "%u entry to add", "%u entries to add",
                                       added),
                          added);
  if (skipped > 0)
    {
      /* Translators: follows "24 entries to add": rows that cannot be read. */
      g_string_append (text, _(", "));
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE, "%u left out", "%u left out",
                                           skipped),
                              skipped);
    }
  if (duplicates > 0)
    {
      g_string_append (text, _(", "));
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE, "%u likely duplicate",
                                           "%u likely duplicates", duplicates),
                              duplicates);
    }
  return g_string_free (text, FALSE);
}

/* A row's state, beside it: why it cannot be read, that it seems to repeat an entry, or NULL
 * for a row that will be stored as it is. */
char *
ethos_import_describe_row (const EthosImportRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);

  if (row->entry == NULL)
    return g_strdup_printf (_("Left out: %s"), row->reason != NULL ? row->reason : "");
  if (row->duplicate_of != 0)
    return g_strdup (_("Likely already in the diary"));
  return NULL;
}

/* What a row will be stored as, in a few words: "Supervision, 1 hour 30 minutes, with
 * Ann Smith" or "CPD, 6 hours: Attachment workshop"; "" for a row that cannot be read. */
char *
ethos_import_describe_row_what (const EthosImportRow *row)
{
  g_autofree char *length = NULL;
  EthosEntry *entry;

  g_return_val_if_fail (row != NULL, NULL);

  if ((entry = row->entry) == NULL)
    return g_strdup ("");
  length = ethos_duration_describe (entry->minutes);
  if (entry->kind == ETHOS_ENTRY_SUPERVISION)
    return entry->supervisor[0] != '\0'
             ? g_strdup_printf (_("Supervision, %s, with %s"), length, entry->supervisor)
             : g_strdup_printf (_("Supervision, %s"), length);
  return entry->title[0] != '\0' ? g_strdup_printf (_("CPD, %s: %s"), length, entry->title)
                                 : g_strdup_printf (_("CPD, %s"), length);
}

/* What an archive holds: "42 entries, 7 reminders and 3 evidence files". */
char *
ethos_import_describe_archive (guint entries, guint reminders, guint files)
{
  g_autofree char *e = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries",
                                                     entries),
                                        entries);
  g_autofree char *r = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reminder",
                                                     "%u reminders", reminders),
                                        reminders);
  g_autofree char *f = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u evidence file",
                                                     "%u evidence files", files),
                                        files);

  /* Translators: entries, reminders and evidence files, as "42 entries". */
  return g_strdup_printf (_("%s, %s and %s"), e, r, f);
}

/* The toast after an import: "Imported 24 entries from “cpd.csv”". */
char *
ethos_import_describe_added (guint added, const char *file_name)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u entry from “%s”",
                                       "Imported %u entries from “%s”", added),
                          added, file_name);
}

/* A reminder a calendar gives, under its title: "Due 14 March 2027, every 3 years". */
char *
ethos_import_describe_reminder (EthosReminder *reminder)
{
  g_autofree char *due = NULL;
  g_autofree char *every = NULL;
  EthosRecurrence recurrence;

  g_return_val_if_fail (ETHOS_IS_REMINDER (reminder), NULL);

  due = ethos_date_format_iso (reminder->due, ETHOS_DATE_LONG);
  if (reminder->every != NULL && reminder->every[0] != '\0'
      && ethos_recurrence_parse (reminder->every, &recurrence, NULL)
      && recurrence.unit != ETHOS_EVERY_NONE)
    {
      every = ethos_recurrence_describe (&recurrence);
      /* Translators: a day, then how often it comes back ("every 3 years"). */
      return g_strdup_printf (_("Due %s, %s"), due, every);
    }
  return g_strdup_printf (_("Due %s"), due);
}

/* The toast after Export Everything: what the archive holds, and that it is not encrypted. */
char *
ethos_import_describe_exported (const char *file_name, guint entries, guint reminders, guint files)
{
  g_autofree char *holds = ethos_import_describe_archive (entries, reminders, files);

  return g_strdup_printf (_("Exported everything to “%s”: %s. The archive is not encrypted: "
                            "keep it safe."),
                          file_name, holds);
}
