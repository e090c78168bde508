/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ics"

#include "config.h"

#include <string.h>

#include "ethos-ics.h"

/* The iCalendar writer's TEXT escaping and line folding (RFC 5545, 3.1 and 3.3.11); the whole
 * calendar is read back by python3-icalendar in notifier/test-ics.py. */

static void
test_escape (void)
{
  g_autofree char *escaped = ethos_ics_escape_text ("a\\b;c,d\r\ne\rf\ng\th\x01i");
  /* Found by fuzzing: DEL is a control character TEXT must not hold, and was kept. */
  g_autofree char *del = ethos_ics_escape_text ("a\x7f" "b");
  g_autofree char *none = ethos_ics_escape_text (NULL);

  g_assert_cmpstr (escaped, ==, "a\\\\b\\;c\\,d\\ne\\nf\\ng\thi");
  g_assert_cmpstr (del, ==, "ab");
  g_assert_cmpstr (none, ==, "");
}

/* Splits @folded into its physical lines, checking each ends in CRLF and is at most 75 octets. */
static GStrv
physical_lines (const char *folded)
{
  g_auto (GStrv) lines = NULL;
  guint n;

  g_assert_true (g_str_has_suffix (folded, "\r\n"));
  lines = g_strsplit (folded, "\r\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_null (strpbrk (lines[i], "\r\n"));
      if (i > 0)
        g_assert_true (lines[i][0] == ' ');
    }
  return g_steal_pointer (&lines);
}

static void
test_fold_utf8 (void)
{
  g_autoptr (GString) line = g_string_new ("SUMMARY:");
  g_autoptr (GString) unfolded = g_string_new (NULL);
  g_autofree char *folded = NULL;
  g_auto (GStrv) lines = NULL;

  for (guint i = 0; i < 40; i++)
    g_string_append (line, "é€🙂");
  folded = ethos_ics_fold_line (line->str);
  lines = physical_lines (folded);
  g_assert_cmpuint (g_strv_length (lines), >, 2);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* No fold splits a character. */
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_string_append (unfolded, i > 0 && lines[i][0] == ' ' ? lines[i] + 1 : lines[i]);
    }
  g_assert_cmpstr (unfolded->str, ==, line->str);
}

/* Found by fuzzing: a run of stray UTF-8 continuation bytes was taken for one character and
 * never folded, giving a line of 84 octets. */
static void
test_fold_invalid_utf8 (void)
{
  g_autoptr (GString) line = g_string_new ("SUMMARY:b \xff" "dt\xc3t\xc3`af8");
  g_autofree char *folded = NULL;
  g_auto (GStrv) lines = NULL;

  for (guint i = 0; i < 82; i++)
    g_string_append_c (line, '\xa2');
  folded = ethos_ics_fold_line (line->str);
  lines = physical_lines (folded);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ics/escape", test_escape);
  g_test_add_func ("/ics/fold-utf8", test_fold_utf8);
  g_test_add_func ("/ics/fold-invalid-utf8", test_fold_invalid_utf8);

  return g_test_run ();
}
