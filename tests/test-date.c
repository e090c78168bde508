/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-date"

#include "config.h"

#include "ethos-date.h"

/* The strict readers of what is stored and typed: ISO dates, counts. Lengths of time are in
 * test-duration.c, dates as people write them in test-date-input.c. */

static void
test_dates (void)
{
  const char *good[] = { "2026-11-23", "2024-02-29", "1990-01-01", "2199-12-31" };
  const char *bad[] = { "2026-02-30", "2025-02-29", "yesterday-ish", "23/11/2026", "2026-1-5",
                        "2026-13-01", "2026-00-10", "1899-12-31", "", " 2026-11-23", "2026-11-23x",
                        "２０２６-11-23" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      GDate date;
      g_autofree char *back = NULL;

      g_assert_true (ethos_date_parse (good[i], &date, NULL));
      back = ethos_date_to_iso (&date);
      g_assert_cmpstr (back, ==, good[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      GDate date;

      g_assert_false (ethos_date_parse (bad[i], &date, &error));
      g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE);
      g_assert_false (g_date_valid (&date));
    }
  g_assert_false (ethos_date_parse (NULL, &(GDate) { 0 }, NULL));
}

/* A time's day is the one in its own zone: a quarter past midnight an hour east of UTC is still
 * the day before in UTC, and ten in the evening five hours west of it is already the next. */
static void
test_date_time_to_iso (void)
{
  g_autoptr (GTimeZone) east = g_time_zone_new_offset (3600);
  g_autoptr (GTimeZone) west = g_time_zone_new_offset (-5 * 3600);
  g_autoptr (GDateTime) early = g_date_time_new (east, 2025, 7, 1, 0, 15, 0);
  g_autoptr (GDateTime) early_utc = g_date_time_to_utc (early);
  g_autoptr (GDateTime) late = g_date_time_new (west, 2025, 12, 31, 22, 0, 0);
  g_autoptr (GDateTime) late_utc = g_date_time_to_utc (late);
  g_autoptr (GDateTime) first = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);
  g_autofree char *text = NULL;

#define CHECK(time, iso)                                                                           \
  g_free (text);                                                                                   \
  text = ethos_date_time_to_iso (time);                                                            \
  g_assert_cmpstr (text, ==, iso)
  CHECK (early, "2025-07-01");
  CHECK (early_utc, "2025-06-30");
  CHECK (late, "2025-12-31");
  CHECK (late_utc, "2026-01-01");
  CHECK (first, "1900-01-01");
#undef CHECK
}

/* Today is the local clock's day, and reads back as a date. */
static void
test_today_iso (void)
{
  g_autoptr (GDateTime) before = g_date_time_new_now_local ();
  g_autofree char *today = ethos_date_today_iso ();
  g_autoptr (GDateTime) after = g_date_time_new_now_local ();
  g_autofree char *first = ethos_date_time_to_iso (before);
  g_autofree char *last = ethos_date_time_to_iso (after);
  GDate date;

  g_assert_true (ethos_date_parse (today, &date, NULL));
  /* Midnight may pass between the readings: today is one of the two days. */
  g_assert_true (g_str_equal (today, first) || g_str_equal (today, last));
}

static void
test_counts (void)
{
  int value = 0;

  g_assert_true (ethos_count_parse ("4", 2, 100, &value, NULL));
  g_assert_cmpint (value, ==, 4);
  g_assert_false (ethos_count_parse ("1", 2, 100, &value, NULL));
  g_assert_false (ethos_count_parse ("101", 2, 100, &value, NULL));
  g_assert_false (ethos_count_parse ("2.5", 2, 100, &value, NULL));
  g_assert_false (ethos_count_parse ("four", 2, 100, &value, NULL));

  /* Nothing typed is asked for, not quoted back as "“” is not a whole number". */
  {
    g_autoptr (GError) error = NULL;

    g_assert_false (ethos_count_parse (" ", 2, 100, &value, &error));
    g_assert_cmpstr (error->message, ==, "give a whole number from 2 to 100");
  }

  /* Found by fuzzing, through the reminder lead days: past G_MAXINT the int cast was undefined
   * behaviour. */
  g_assert_false (ethos_count_parse ("2424070242", 1, 730, &value, NULL));
  g_assert_false (ethos_count_parse ("999999999999", G_MININT, G_MAXINT, &value, NULL));
  g_assert_true (ethos_count_parse ("2147483647", G_MININT, G_MAXINT, &value, NULL));
  g_assert_cmpint (value, ==, G_MAXINT);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/dates", test_dates);
  g_test_add_func ("/date/date-time-to-iso", test_date_time_to_iso);
  g_test_add_func ("/date/today-iso", test_today_iso);
  g_test_add_func ("/date/counts", test_counts);

  return g_test_run ();
}
