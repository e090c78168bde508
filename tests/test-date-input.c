/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-date-input"

#include "config.h"

#include "ethos-date.h"
#include "ethos-date-input.h"

/* Dates as people type them: the window's reader (a UK practitioner's forms, the day first)
 * and the command line's (only what cannot be misread). Both are given their "today". */

typedef gboolean (*DateReader) (const char *, const GDate *, GDate *, GError **);

static void
day_of (const char *iso, GDate *date)
{
  g_assert_true (ethos_date_parse (iso, date, NULL));
}

static void
assert_reads (DateReader read, const char *today_iso, const char *text, const char *expected)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *iso = NULL;
  GDate today, date;

  day_of (today_iso, &today);
  if (!read (text, &today, &date, &error))
    g_error ("“%s” was refused: %s", text, error->message);
  iso = ethos_date_to_iso (&date);
  g_assert_cmpstr (iso, ==, expected);
}

/* Refused, with the sentence that says why; the date is left unset. */
static char *
refused (DateReader read, const char *text)
{
  g_autoptr (GError) error = NULL;
  GDate today, date;

  day_of ("2026-03-20", &today);
  g_date_set_dmy (&date, 1, 1, 2000);
  if (read (text, &today, &date, &error))
    g_error ("“%s” was read as a date", text);
  g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE);
  g_assert_false (g_date_valid (&date));
  return g_strdup (error->message);
}

static void
test_human_forms (void)
{
  const char *march_12[] = { "2024-03-12", "12/03/2024", "12.3.24", "12/3/2024", "12-03-2024",
                             "12.03.2024", "12 March 2024", "12 Mar 2024", "12 march 2024",
                             "12th March 2024", "12th of March, 2024", "March 12, 2024",
                             "Mar 12 2024", "12 Mar. 2024", "12 MARCH 24", "2024-3-12",
                             " 12/03/2024 " };

  for (guint i = 0; i < G_N_ELEMENTS (march_12); i++)
    assert_reads (ethos_date_parse_human, "2026-05-01", march_12[i], "2024-03-12");

  /* Without a year: today's year. */
  assert_reads (ethos_date_parse_human, "2026-05-01", "12 Mar", "2026-03-12");
  assert_reads (ethos_date_parse_human, "2026-05-01", "12 March", "2026-03-12");
  assert_reads (ethos_date_parse_human, "2026-05-01", "12/3", "2026-03-12");
  assert_reads (ethos_date_parse_human, "2026-05-01", "1 Sept", "2026-09-01");
  assert_reads (ethos_date_parse_human, "2026-05-01", "3 may", "2026-05-03");
  /* The words for days near today, however they are written. */
  assert_reads (ethos_date_parse_human, "2026-05-01", "today", "2026-05-01");
  assert_reads (ethos_date_parse_human, "2026-05-01", "Today", "2026-05-01");
  assert_reads (ethos_date_parse_human, "2026-03-01", "yesterday", "2026-02-28");
  assert_reads (ethos_date_parse_human, "2024-03-01", "yesterday", "2024-02-29");
  assert_reads (ethos_date_parse_human, "2026-12-31", "tomorrow", "2027-01-01");
  /* Two-digit years: 00 to 69 this century, 70 to 99 the last. */
  assert_reads (ethos_date_parse_human, "2026-05-01", "1.5.69", "2069-05-01");
  assert_reads (ethos_date_parse_human, "2026-05-01", "1.5.70", "1970-05-01");
  assert_reads (ethos_date_parse_human, "2026-05-01", "29/2/00", "2000-02-29");
  /* The day first: 03/12 is the third of December, never the twelfth of March. */
  assert_reads (ethos_date_parse_human, "2026-05-01", "03/12/2024", "2024-12-03");
}

static void
test_human_refusals (void)
{
  const char *unreadable[] = { "", "someday", "12", "12/03/2024/1", "12/03-2024", "123/03/2024",
                               "12/03/202", "12 Smarch 2024", "12 Ma 2024", "Mar 2024",
                               "12 March 2024 9am", "2024/03", "1e3", "12 June July",
                               "yesterday-ish", "\xff" };
  g_autofree char *message = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (unreadable); i++)
    {
      g_free (message);
      message = refused (ethos_date_parse_human, unreadable[i]);
      g_assert_true (g_str_has_suffix (message, "is not a date: write it as 12/03/2026, "
                                                "12 March 2026, 2026-03-12 or today"));
    }
#define REFUSED(text, expected)                                                                    \
  g_free (message);                                                                                \
  message = refused (ethos_date_parse_human, text);                                                \
  g_assert_cmpstr (message, ==, expected)
  REFUSED ("31/02/2026", "“31/02/2026” is not a date in the calendar");
  REFUSED ("29.2.25", "“29.2.25” is not a date in the calendar");
  REFUSED ("12/13/2026", "“12/13/2026” is not a date in the calendar");
  REFUSED ("0/1/2026", "“0/1/2026” is not a date in the calendar");
  REFUSED ("31 April 2026", "“31 April 2026” is not a date in the calendar");
  REFUSED ("2026-02-30", "“2026-02-30” is not a date in the calendar");
  REFUSED ("12/03/1850", "“12/03/1850” is outside the years Ethos keeps (1900 to 2199)");
  REFUSED ("1 Jan 2200", "“1 Jan 2200” is outside the years Ethos keeps (1900 to 2199)");
#undef REFUSED
}

/* The command line's reader: ISO and the words, never a day and month in numbers. */
static void
test_relative (void)
{
  const char *ambiguous[] = { "12/03/2024", "12.3.24", "12 March 2024", "12 Mar", "2024-3-12",
                              "", "someday" };
  g_autofree char *message = NULL;
  g_autoptr (GError) error = NULL;
  GDate today, date;

  assert_reads (ethos_date_parse_relative, "2026-05-01", "2026-04-30", "2026-04-30");
  assert_reads (ethos_date_parse_relative, "2026-05-01", "today", "2026-05-01");
  assert_reads (ethos_date_parse_relative, "2026-05-01", "yesterday", "2026-04-30");
  assert_reads (ethos_date_parse_relative, "2026-05-01", "tomorrow", "2026-05-02");
  assert_reads (ethos_date_parse_relative, "2026-05-01", " Yesterday ", "2026-04-30");
  for (guint i = 0; i < G_N_ELEMENTS (ambiguous); i++)
    {
      g_free (message);
      message = refused (ethos_date_parse_relative, ambiguous[i]);
      g_assert_true (g_str_has_suffix (message, "is not a date: write it as YYYY-MM-DD "
                                                "(2026-03-12), today or yesterday"));
    }
  g_free (message);
  message = refused (ethos_date_parse_relative, "2026-02-31");
  g_assert_cmpstr (message, ==, "“2026-02-31” is not a date in the calendar");

  /* A day named from the last day Ethos keeps goes no further. */
  day_of ("2199-12-31", &today);
  g_assert_false (ethos_date_parse_relative ("tomorrow", &today, &date, &error));
  g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE);
  g_assert_false (g_date_valid (&date));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date-input/human/forms", test_human_forms);
  g_test_add_func ("/date-input/human/refusals", test_human_refusals);
  g_test_add_func ("/date-input/relative", test_relative);

  return g_test_run ();
}
