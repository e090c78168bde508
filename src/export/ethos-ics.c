/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-ics"

#include "config.h"

#include <string.h>

#include "ethos-code-store.h"
#include "ethos-ics.h"
#include "ethos-recurrence.h"
#include "ethos-reminder.h"

/* iCalendar (RFC 5545) for the practitioner's own calendar: every open reminder as an event on
 * its due day (or at its time), with a stable UID, its recurrence and an alarm per lead day.
 * Lines end in CRLF and fold at 75 octets without splitting a UTF-8 character. */

/* TEXT values: backslash, semicolon and comma escaped, line breaks as \n. */
char *
ethos_ics_escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case '\r':
          if (p[1] == '\n')
            p++;
          g_string_append (out, "\\n");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        default:
          /* Other control characters, DEL among them, are not allowed in TEXT. */
          if (((guchar) *p >= 0x20 && *p != 0x7F) || *p == '\t')
            g_string_append_c (out, *p);
          break;
        }
    }
  return g_string_free (out, FALSE);
}

/* One content line, folded: at most 75 octets a line, continuations start with a space. */
char *
ethos_ics_fold_line (const char *line)
{
  GString *out = g_string_new (NULL);
  gsize width = 0;

  for (const char *p = line; *p != '\0';)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      /* A whole character; a byte that does not start one is an octet on its own, or a run of
       * stray continuation bytes would make one unbreakable "character" longer than a line. */
      gsize size = c == (gunichar) -1 || c == (gunichar) -2 ? 1 : (gsize) (g_utf8_next_char (p) - p);

      if (width + size > 75)
        {
          g_string_append (out, "\r\n ");
          width = 1;
        }
      g_string_append_len (out, p, (gssize) size);
      width += size;
      p += size;
    }
  g_string_append (out, "\r\n");
  return g_string_free (out, FALSE);
}

static void
add_line (GString *out, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
add_line (GString *out, const char *format, ...)
{
  g_autofree char *line = NULL;
  g_autofree char *folded = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  folded = ethos_ics_fold_line (line);
  g_string_append (out, folded);
}

static char *
compact_date (const char *iso)
{
  return g_strdup_printf ("%.4s%.2s%.2s", iso, iso + 5, iso + 8);
}

/* Adds @reminder's event, with the clause it comes from cited as a person writes it ("COSRT
 * 107"; the link as kept when there is no @store). FALSE when the clause cannot be read. */
static gboolean
add_reminder (GString        *out,
              EthosStore     *store,
              EthosReminder  *reminder,
              const char     *stamp,
              GError        **error)
{
  g_autofree char *summary = ethos_ics_escape_text (reminder->title);
  g_autofree char *notes = ethos_ics_escape_text (reminder->notes);
  g_autofree char *day = compact_date (reminder->due);
  g_autofree char *cited = NULL;
  EthosRecurrence recurrence;

  if (reminder->clause != NULL)
    {
      cited = store != NULL ? ethos_store_cite_link (store, reminder->clause, error)
                            : g_strdup (reminder->clause);
      if (cited == NULL)
        return FALSE;
    }

  add_line (out, "BEGIN:VEVENT");
  add_line (out, "UID:ethos-reminder-%" G_GINT64_FORMAT "@ethosapp.org", reminder->id);
  add_line (out, "DTSTAMP:%s", stamp);
  if (reminder->due_time != NULL)
    {
      add_line (out, "DTSTART:%sT%.2s%.2s00", day, reminder->due_time, reminder->due_time + 3);
      add_line (out, "DURATION:PT15M");
    }
  else
    {
      GDate date;
      char next[9];

      g_date_clear (&date, 1);
      g_date_set_parse (&date, reminder->due);
      g_date_add_days (&date, 1);
      g_date_strftime (next, sizeof next, "%Y%m%d", &date);
      add_line (out, "DTSTART;VALUE=DATE:%s", day);
      add_line (out, "DTEND;VALUE=DATE:%s", next);
    }
  add_line (out, "SUMMARY:%s", summary);
  if (notes[0] != '\0' || reminder->clause != NULL)
    {
      g_autofree char *clause = ethos_ics_escape_text (cited);

      add_line (out, "DESCRIPTION:%s%s%s", notes, notes[0] != '\0' && clause[0] != '\0' ? "\\n" : "",
                clause);
    }
  add_line (out, "CATEGORIES:%s", ethos_reminder_kind_to_string (reminder->kind));
  /* A recurrence counted from completion has no fixed dates to give a calendar. */
  if (!reminder->from_completion && ethos_recurrence_parse (reminder->every, &recurrence, NULL)
      && recurrence.unit != ETHOS_EVERY_NONE)
    {
      static const char *const freq[] = { "", "DAILY", "WEEKLY", "MONTHLY", "YEARLY" };

      add_line (out, "RRULE:FREQ=%s;INTERVAL=%u", freq[recurrence.unit], recurrence.count);
    }
  for (guint i = 0; i < reminder->lead_days->len; i++)
    {
      add_line (out, "BEGIN:VALARM");
      add_line (out, "ACTION:DISPLAY");
      add_line (out, "DESCRIPTION:%s", summary);
      add_line (out, "TRIGGER:-P%dD", g_array_index (reminder->lead_days, int, i));
      add_line (out, "END:VALARM");
    }
  add_line (out, "END:VEVENT");
  return TRUE;
}

/* Writes @reminders not yet done as an iCalendar file. @store, when given, cites the clauses they
 * come from; without one (a test with no database) they are written as kept. */
gboolean
ethos_ics_write_reminders (GPtrArray      *reminders,
                           EthosStore     *store,
                           GDateTime      *stamp,
                           GOutputStream  *stream,
                           GError        **error)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GDateTime) utc = g_date_time_to_utc (stamp);
  g_autofree char *dtstamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");

  add_line (out, "BEGIN:VCALENDAR");
  add_line (out, "VERSION:2.0");
  add_line (out, "PRODID:-//Ethos//Ethos %s//EN", PACKAGE_VERSION);
  add_line (out, "CALSCALE:GREGORIAN");
  for (guint i = 0; i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);

      if (!reminder->done && !add_reminder (out, store, reminder, dtstamp, error))
        return FALSE;
    }
  add_line (out, "END:VCALENDAR");
  return g_output_stream_write_all (stream, out->str, out->len, NULL, NULL, error);
}
