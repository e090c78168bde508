/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ethos-date.h"
#include "ethos-date-input.h"
#include "ethos-duration.h"
#include "fuzz-common.h"

/* The readers of typed dates, durations and counts, with the limits their callers use and the
 * widest ones an int allows. Each either gives a value inside its limits or says why not, with
 * an ETHOS_INPUT_ERROR; a strict date read back is the text it came from, and a date as people
 * write it is a day Ethos keeps. */

static const int minute_limits[] = { ETHOS_MINUTES_PER_DAY, 5000 * 60, 100000 * 60, G_MAXINT };

static const struct
{
  int min, max;
} count_limits[] = { { 1, 730 }, { 2, 100 }, { 1, 1000000 }, { G_MININT, G_MAXINT } };

static void
fuzz_date (const char *text)
{
  g_autoptr (GError) error = NULL;
  GDate date;

  if (ethos_date_parse (text, &date, &error))
    {
      g_autofree char *back = ethos_date_to_iso (&date);

      g_assert_no_error (error);
      g_assert_cmpstr (back, ==, text);
    }
  else
    {
      g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE);
      g_assert_false (g_date_valid (&date));
    }
}

static void
fuzz_typed_date (const char *text)
{
  gboolean (*readers[]) (const char *, const GDate *, GDate *, GError **) = {
    ethos_date_parse_human, ethos_date_parse_relative
  };
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 31, G_DATE_DECEMBER, 2199);
  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    {
      g_autoptr (GError) error = NULL;
      GDate date;

      if (readers[i] (text, &today, &date, &error))
        {
          g_assert_no_error (error);
          g_assert_true (g_date_valid (&date));
          g_assert_cmpuint (g_date_get_year (&date), >=, 1900);
          g_assert_cmpuint (g_date_get_year (&date), <=, 2199);
        }
      else
        {
          g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE);
          g_assert_false (g_date_valid (&date));
        }
    }
}

static void
fuzz_durations (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (minute_limits); i++)
    {
      g_autoptr (GError) minutes_error = NULL;
      g_autoptr (GError) hours_error = NULL;
      int minutes = -1;

      if (ethos_duration_parse (text, ETHOS_DURATION_MINUTES, minute_limits[i], &minutes, &minutes_error))
        g_assert_true (minutes >= 1 && minutes <= minute_limits[i]);
      else
        g_assert_error (minutes_error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION);

      minutes = -1;
      if (ethos_duration_parse (text, ETHOS_DURATION_HOURS, minute_limits[i], &minutes, &hours_error))
        g_assert_true (minutes >= 1 && minutes <= minute_limits[i]);
      else
        g_assert_error (hours_error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION);
    }
}

static void
fuzz_counts (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (count_limits); i++)
    {
      g_autoptr (GError) error = NULL;
      int value = 0;

      if (ethos_count_parse (text, count_limits[i].min, count_limits[i].max, &value, &error))
        g_assert_true (value >= count_limits[i].min && value <= count_limits[i].max);
      else
        g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = fuzz_text (data, size);

  fuzz_date (text);
  fuzz_typed_date (text);
  fuzz_durations (text);
  fuzz_counts (text);
  return 0;
}
