/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-duration"

#include "config.h"

#include "ethos-date.h"
#include "ethos-duration.h"

/* Lengths of time as people write them, read the same by the window and the CLI. */

static int
parse_ok (const char *text, EthosDurationUnit unit, int max)
{
  g_autoptr (GError) error = NULL;
  int minutes = -1;

  if (!ethos_duration_parse (text, unit, max, &minutes, &error))
    g_error ("“%s” was refused: %s", text, error->message);
  return minutes;
}

/* Refused, with the sentence that says why. */
static char *
parse_refused (const char *text, EthosDurationUnit unit, int max)
{
  g_autoptr (GError) error = NULL;
  int minutes = -1;

  if (ethos_duration_parse (text, unit, max, &minutes, &error))
    g_error ("“%s” was read as %d minutes", text, minutes);
  g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION);
  g_assert_cmpint (minutes, ==, -1);
  return g_strdup (error->message);
}

/* Every form the issue lists is an hour and a half, in either field, save a bare number, which
 * is in the field's unit. */
static void
test_forms (void)
{
  const char *forms[] = { "1:30", "1h30", "1h 30m", "90m", "90 min", "1.5h", "1.5 hours",
                          "1h30m", "1 hour 30 minutes", "1 hr 30 mins", "90 minutes",
                          " 1:30 ", "1H30", "01:30", "1.5 Hours" };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_assert_cmpint (parse_ok (forms[i], ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY), ==, 90);
      g_assert_cmpint (parse_ok (forms[i], ETHOS_DURATION_HOURS, ETHOS_MINUTES_PER_DAY), ==, 90);
    }
  g_assert_cmpint (parse_ok ("90", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY), ==, 90);
  g_assert_cmpint (parse_ok ("1.5", ETHOS_DURATION_HOURS, ETHOS_MINUTES_PER_DAY), ==, 90);
  g_assert_cmpint (parse_ok ("45m", ETHOS_DURATION_HOURS, ETHOS_MINUTES_PER_DAY), ==, 45);
  g_assert_cmpint (parse_ok ("2h", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY), ==, 120);
  g_assert_cmpint (parse_ok ("0:45", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY), ==, 45);
  g_assert_cmpint (parse_ok ("0.25", ETHOS_DURATION_HOURS, ETHOS_MINUTES_PER_DAY), ==, 15);
  g_assert_cmpint (parse_ok ("24", ETHOS_DURATION_HOURS, ETHOS_MINUTES_PER_DAY), ==, 1440);
  g_assert_cmpint (parse_ok ("24:00", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY), ==, 1440);
  g_assert_cmpint (parse_ok ("1440", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY), ==, 1440);
  /* Hours with decimals are rounded to the nearest minute. */
  g_assert_cmpint (parse_ok ("0.3h", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY), ==, 18);
  /* Three days of a course allow up to 72 hours. */
  g_assert_cmpint (parse_ok ("30", ETHOS_DURATION_HOURS, 3 * ETHOS_MINUTES_PER_DAY), ==, 1800);
  g_assert_cmpint (parse_ok ("25:00", ETHOS_DURATION_HOURS, 3 * ETHOS_MINUTES_PER_DAY), ==, 1500);
  /* The widest an int allows. */
  g_assert_cmpint (parse_ok ("2147483647", ETHOS_DURATION_MINUTES, G_MAXINT), ==, G_MAXINT);
}

static void
test_refusals (void)
{
  const char *unreadable[] = { "", "  ", "ninety", "1e3", "1,5", "1..5", ".", "nan", "inf",
                               "1:5", "1:300", ":30", "1:30:00", "1.5:30", "h", "1 fortnight",
                               "90 30", "30m 1h", "1h 2h", "1h30 15", "1:30h",
                               "99999999999999999999", "２" };
  g_autofree char *message = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (unreadable); i++)
    {
      g_free (parse_refused (unreadable[i], ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY));
      g_free (parse_refused (unreadable[i], ETHOS_DURATION_HOURS, ETHOS_MINUTES_PER_DAY));
    }

  /* Each refusal says what is wrong, in the field's own terms. */
#define REFUSED(text, unit, max, expected)                                                         \
  g_free (message);                                                                                \
  message = parse_refused (text, unit, max);                                                       \
  g_assert_cmpstr (message, ==, expected)
  REFUSED ("1:75", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY,
           "“1:75” is not a length of time: the minutes after the hours go from 0 to 59");
  REFUSED ("1:60", ETHOS_DURATION_HOURS, ETHOS_MINUTES_PER_DAY,
           "“1:60” is not a length of time: the minutes after the hours go from 0 to 59");
  REFUSED ("1h 75m", ETHOS_DURATION_HOURS, ETHOS_MINUTES_PER_DAY,
           "“1h 75m” is not a length of time: the minutes after the hours go from 0 to 59");
  REFUSED ("25:00", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY,
           "“25:00” is longer than 24 hours, the most it can be here");
  REFUSED ("1441", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY,
           "“1441” is longer than 24 hours, the most it can be here");
  REFUSED ("24.5", ETHOS_DURATION_HOURS, ETHOS_MINUTES_PER_DAY,
           "“24.5” is longer than 24 hours, the most it can be here");
  REFUSED ("-1h", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY,
           "“-1h” is less than no time: give how long it lasted");
  REFUSED ("-5", ETHOS_DURATION_HOURS, ETHOS_MINUTES_PER_DAY,
           "“-5” is less than no time: give how long it lasted");
  REFUSED ("0", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY,
           "“0” is no time at all: give at least a minute");
  REFUSED ("0:00", ETHOS_DURATION_HOURS, ETHOS_MINUTES_PER_DAY,
           "“0:00” is no time at all: give at least a minute");
  REFUSED ("0.001", ETHOS_DURATION_HOURS, ETHOS_MINUTES_PER_DAY,
           "“0.001” is no time at all: give at least a minute");
  REFUSED ("1.5", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY,
           "“1.5” is part of a minute: give whole minutes, or hours as 1.5h");
  REFUSED ("ninety", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY,
           "“ninety” is not a length of time: write minutes (90) or hours and minutes (1:30, "
           "1h 30m)");
  REFUSED ("abc", ETHOS_DURATION_HOURS, ETHOS_MINUTES_PER_DAY,
           "“abc” is not a length of time: write hours (1.5) or hours and minutes (1:30, 1h 30m)");
  REFUSED ("", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY,
           "give how long, in minutes (90) or hours and minutes (1:30, 1h 30m)");
  REFUSED ("100001", ETHOS_DURATION_HOURS, 100000 * 60,
           "“100001” is longer than 100000 hours, the most it can be here");
#undef REFUSED

  /* Found by fuzzing the old readers: twelve digits were read, then cast to int before the
   * range check (undefined behaviour past G_MAXINT). */
  g_free (parse_refused ("999999999999", ETHOS_DURATION_MINUTES, G_MAXINT));
  g_free (parse_refused ("2147483648", ETHOS_DURATION_MINUTES, G_MAXINT));
  g_free (parse_refused ("999999999999", ETHOS_DURATION_HOURS, G_MAXINT));
  /* Text that is not UTF-8 (the CLI's arguments may be anything). */
  g_free (parse_refused ("1\xff" "h", ETHOS_DURATION_MINUTES, ETHOS_MINUTES_PER_DAY));
}

static void
test_describe (void)
{
  const struct
  {
    int         minutes;
    const char *words;
  } cases[] = {
    { 1, "1 minute" },   { 45, "45 minutes" },  { 60, "1 hour" },
    { 90, "1 hour 30 minutes" }, { 1440, "24 hours" }, { 121, "2 hours 1 minute" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = ethos_duration_describe (cases[i].minutes);

      g_assert_cmpstr (words, ==, cases[i].words);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/duration/forms", test_forms);
  g_test_add_func ("/duration/refusals", test_refusals);
  g_test_add_func ("/duration/describe", test_describe);

  return g_test_run ();
}
