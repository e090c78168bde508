/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "ethos-ics.h"
#include "ethos-reminder.h"
#include "fuzz-common.h"

/* The iCalendar writer's escaping and folding with any text (RFC 5545, 3.1 and 3.3.11). Every
 * physical line is CRLF-terminated and at most 75 octets, a fold never splits a UTF-8 character,
 * no control character but a tab is left in a TEXT value, and unfolding and unescaping gives the
 * text back, with its line breaks as LF. The input is a reminder's title, notes and clause,
 * separated by NUL bytes. */

/* The text as it should come back: control characters other than tabs dropped, CRLF and lone
 * CRs as LF. */
static char *
expected_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '\r' && p[1] == '\n')
        continue;
      if (c == '\r' || c == '\n')
        g_string_append_c (out, '\n');
      else if (c == '\t' || (c >= 0x20 && c != 0x7F))
        g_string_append_c (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Reverses TEXT escaping; NULL if there is an escape RFC 5545 does not have. */
static char *
unescape_text (const char *text)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p != '\\')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      if (*p == '\\' || *p == ';' || *p == ',')
        g_string_append_c (out, *p);
      else if (*p == 'n' || *p == 'N')
        g_string_append_c (out, '\n');
      else
        return NULL;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
check_escaped (const char *text, const char *escaped)
{
  g_autofree char *expected = expected_text (text);
  g_autofree char *back = unescape_text (escaped);

  for (const char *p = escaped; *p != '\0'; p++)
    g_assert_true (*p == '\t' || ((guchar) *p >= 0x20 && *p != 0x7F));
  g_assert_nonnull (back);
  g_assert_cmpstr (back, ==, expected);
}

/* Checks the physical lines of @folded and returns the content lines they unfold to. */
static GStrv
unfold (const char *folded, gboolean utf8)
{
  g_autoptr (GStrvBuilder) lines = g_strv_builder_new ();
  g_autoptr (GString) line = NULL;
  const char *p = folded;

  g_assert_true (g_str_has_suffix (folded, "\r\n"));
  while (*p != '\0')
    {
      const char *crlf = strstr (p, "\r\n");
      gsize len = crlf - p;

      g_assert_nonnull (crlf);
      g_assert_cmpuint (len, <=, 75);
      g_assert_null (memchr (p, '\r', len));
      g_assert_null (memchr (p, '\n', len));
      if (utf8)
        g_assert_true (g_utf8_validate (p, len, NULL));
      if (*p == ' ')
        {
          g_assert_nonnull (line);
          g_string_append_len (line, p + 1, len - 1);
        }
      else
        {
          if (line == NULL)
            line = g_string_new (NULL);
          else
            g_strv_builder_add (lines, line->str);
          g_string_truncate (line, 0);
          g_string_append_len (line, p, len);
        }
      p = crlf + 2;
    }
  if (line != NULL)
    g_strv_builder_add (lines, line->str);
  return g_strv_builder_end (lines);
}

static void
fuzz_line (const char *text)
{
  g_autofree char *escaped = ethos_ics_escape_text (text);
  g_autofree char *line = g_strconcat ("SUMMARY:", escaped, NULL);
  g_autofree char *folded = ethos_ics_fold_line (line);
  g_auto (GStrv) lines = NULL;

  check_escaped (text, escaped);
  lines = unfold (folded, g_utf8_validate (line, -1, NULL));
  g_assert_cmpuint (g_strv_length (lines), ==, 1);
  g_assert_cmpstr (lines[0], ==, line);
}

/* The value of the first @name line in @lines. */
static const char *
value_of (GStrv lines, const char *name)
{
  gsize n = strlen (name);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strncmp (lines[i], name, n) == 0 && lines[i][n] == ':')
      return lines[i] + n + 1;
  return NULL;
}

static void
set (char **field, const char *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* A whole calendar with the reminder, when it is one Ethos would store. */
static void
fuzz_calendar (const char *title, const char *notes, const char *clause)
{
  g_autoptr (GPtrArray) reminders = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GDateTime) stamp = g_date_time_new_utc (2026, 1, 2, 3, 4, 5);
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *expected = NULL;
  g_auto (GStrv) lines = NULL;
  EthosReminder *reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_DBS);

  g_ptr_array_add (reminders, reminder);
  set (&reminder->title, title);
  set (&reminder->notes, notes);
  set (&reminder->clause, clause[0] != '\0' ? clause : NULL);
  set (&reminder->due, "2026-11-23");
  set (&reminder->every, "3y");
  if (!ethos_reminder_validate (reminder, NULL))
    return;

  g_assert_true (ethos_ics_write_reminders (reminders, NULL, stamp, out, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
  lines = unfold (text, g_utf8_validate (text, -1, NULL));
  g_assert_cmpstr (lines[0], ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (value_of (lines, "RRULE"), ==, "FREQ=YEARLY;INTERVAL=3");

  summary = unescape_text (value_of (lines, "SUMMARY"));
  expected = expected_text (title);
  g_assert_cmpstr (summary, ==, expected);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = fuzz_text (data, size);
  gsize used = strlen (text) + 1;
  g_autofree char *notes = used < size ? fuzz_text (data + used, size - used) : g_strdup ("");
  g_autofree char *clause = NULL;

  used += strlen (notes) + 1;
  clause = used < size ? fuzz_text (data + used, size - used) : g_strdup ("");

  fuzz_line (text);
  fuzz_line (notes);
  fuzz_line (clause);
  fuzz_calendar (text, notes, clause);
  return 0;
}
