/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-recurrence"

#include "config.h"

#include <string.h>

#include "ethos-date.h"
#include "ethos-recurrence.h"

/* Due-date arithmetic for repeating reminders. */

static GDate
day_of (const char *iso)
{
  GDate date;

  g_assert_true (ethos_date_parse (iso, &date, NULL));
  return date;
}

static void
assert_date (const GDate *date, const char *iso)
{
  g_autofree char *text = ethos_date_to_iso (date);

  g_assert_cmpstr (text, ==, iso);
}

static void
test_parse (void)
{
  struct { const char *text; EthosEveryUnit unit; guint count; } good[] = {
    { "", ETHOS_EVERY_NONE, 0 },
    { "none", ETHOS_EVERY_NONE, 0 },
    { "3d", ETHOS_EVERY_DAYS, 3 },
    { "2w", ETHOS_EVERY_WEEKS, 2 },
    { "1m", ETHOS_EVERY_MONTHS, 1 },
    { "3y", ETHOS_EVERY_YEARS, 3 },
    { "1000d", ETHOS_EVERY_DAYS, 1000 },
    { "012m", ETHOS_EVERY_MONTHS, 12 },
  };
  const char *bad[] = { "3q", "0m", "-1y", "1.5m", "1001d", "99999y", "m", "3", " 3y", "3y ",
                        "3Y", "3 y", "+3y", "3yy", "never", "３y" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr (GError) error = NULL;
      EthosRecurrence r;

      g_assert_true (ethos_recurrence_parse (good[i].text, &r, &error));
      g_assert_no_error (error);
      g_assert_cmpint (r.unit, ==, good[i].unit);
      g_assert_cmpuint (r.count, ==, good[i].count);
      g_assert_false (r.from_completion);
    }
  g_assert_true (ethos_recurrence_parse (NULL, &(EthosRecurrence) { 0 }, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      EthosRecurrence r = { ETHOS_EVERY_DAYS, 5, TRUE };

      g_assert_false (ethos_recurrence_parse (bad[i], &r, &error));
      g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER);
      g_assert_null (strchr (error->message, '\n'));
      g_assert_cmpint (r.unit, ==, ETHOS_EVERY_NONE);
    }
}

static void
test_to_string (void)
{
  const char *texts[] = { "3d", "2w", "1m", "3y", "1000d" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      EthosRecurrence r;
      g_autofree char *back = NULL;

      g_assert_true (ethos_recurrence_parse (texts[i], &r, NULL));
      back = ethos_recurrence_to_string (&r);
      g_assert_cmpstr (back, ==, texts[i]);
    }

  {
    EthosRecurrence none = { ETHOS_EVERY_NONE, 0, FALSE };
    g_autofree char *text = ethos_recurrence_to_string (&none);

    g_assert_cmpstr (text, ==, "");
  }
}

/* Completes each due date on its day and checks the series. */
static void
assert_series (const char *every, const char *anchor_iso, const char *const *expected)
{
  EthosRecurrence r;
  GDate anchor = day_of (anchor_iso);
  GDate due = anchor;

  g_assert_true (ethos_recurrence_parse (every, &r, NULL));
  for (guint i = 0; expected[i] != NULL; i++)
    {
      GDate next;

      g_assert_true (ethos_recurrence_next_due (&r, &anchor, &due, &due, &next));
      assert_date (&next, expected[i]);
      due = next;
    }
}

static void
test_monthly_keeps_anchor (void)
{
  const char *const from_31_jan[] = { "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31",
                                      NULL };
  const char *const leap[] = { "2028-02-29", "2028-03-31", NULL };
  GDate anchor = day_of ("2027-01-31");
  GDate out;
  EthosRecurrence r;

  assert_series ("1m", "2027-01-31", from_31_jan);
  assert_series ("1m", "2028-01-31", leap);

  /* Steps counted from the anchor in one go. */
  g_assert_true (ethos_recurrence_parse ("1m", &r, NULL));
  g_assert_true (ethos_recurrence_add (&r, &anchor, 2, &out));
  assert_date (&out, "2027-03-31");
  g_assert_true (ethos_recurrence_add (&r, &anchor, 13, &out));
  assert_date (&out, "2028-02-29");

  /* Without an anchor the current due date is the anchor. */
  {
    GDate due = day_of ("2027-02-28");
    GDate next;

    g_assert_true (ethos_recurrence_next_due (&r, NULL, &due, &due, &next));
    assert_date (&next, "2027-03-28");
  }
}

static void
test_yearly_leap_day (void)
{
  const char *const expected[] = { "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29",
                                   "2029-02-28", NULL };

  assert_series ("1y", "2024-02-29", expected);
}

static void
test_from_completion (void)
{
  EthosRecurrence r;
  GDate due = day_of ("2026-06-01");
  GDate done = day_of ("2026-05-10");
  GDate next;

  /* A 3-year DBS check counted from the day it was done. */
  g_assert_true (ethos_recurrence_parse ("3y", &r, NULL));
  r.from_completion = TRUE;
  g_assert_true (ethos_recurrence_next_due (&r, &due, &due, &done, &next));
  assert_date (&next, "2029-05-10");

  /* Done late, counted from completion: the interval starts on the day it was done. */
  done = day_of ("2026-09-30");
  g_assert_true (ethos_recurrence_parse ("1m", &r, NULL));
  r.from_completion = TRUE;
  g_assert_true (ethos_recurrence_next_due (&r, &due, &due, &done, &next));
  assert_date (&next, "2026-10-30");

  /* 31st + 1 month from completion clamps. */
  done = day_of ("2027-01-31");
  g_assert_true (ethos_recurrence_next_due (&r, &due, &due, &done, &next));
  assert_date (&next, "2027-02-28");
}

static void
test_weekly (void)
{
  const char *const weekly[] = { "2026-11-30", "2026-12-07", "2026-12-14", NULL };
  const char *const fortnightly[] = { "2026-12-07", "2026-12-21", "2027-01-04", NULL };
  const char *const days[] = { "2026-11-26", "2026-11-29", NULL };

  assert_series ("1w", "2026-11-23", weekly);
  assert_series ("2w", "2026-11-23", fortnightly);
  assert_series ("3d", "2026-11-23", days);
}

static void
test_late_and_early (void)
{
  EthosRecurrence r;
  GDate anchor = day_of ("2026-01-31");
  GDate due = day_of ("2026-01-31");
  GDate done, next;

  g_assert_true (ethos_recurrence_parse ("1m", &r, NULL));

  /* Done late: the missed occurrences are skipped, the day still comes from the anchor. */
  done = day_of ("2026-04-15");
  g_assert_true (ethos_recurrence_next_due (&r, &anchor, &due, &done, &next));
  assert_date (&next, "2026-04-30");

  /* Done on an occurrence: the next one is strictly after it. */
  done = day_of ("2026-04-30");
  g_assert_true (ethos_recurrence_next_due (&r, &anchor, &due, &done, &next));
  assert_date (&next, "2026-05-31");

  /* Done early: stays on its cycle. */
  done = day_of ("2026-01-20");
  g_assert_true (ethos_recurrence_next_due (&r, &anchor, &due, &done, &next));
  assert_date (&next, "2026-02-28");

  /* Weekly, done ten days late. */
  g_assert_true (ethos_recurrence_parse ("1w", &r, NULL));
  due = day_of ("2026-11-23");
  done = day_of ("2026-12-03");
  g_assert_true (ethos_recurrence_next_due (&r, &due, &due, &done, &next));
  assert_date (&next, "2026-12-07");

  /* Yearly, done years late. */
  g_assert_true (ethos_recurrence_parse ("3y", &r, NULL));
  anchor = day_of ("2016-02-29");
  due = anchor;
  done = day_of ("2026-05-10");
  g_assert_true (ethos_recurrence_next_due (&r, &anchor, &due, &done, &next));
  assert_date (&next, "2028-02-29");
}

static void
test_none (void)
{
  EthosRecurrence r = { ETHOS_EVERY_NONE, 0, FALSE };
  GDate due = day_of ("2026-11-23");
  GDate next;

  g_assert_false (ethos_recurrence_next_due (&r, &due, &due, &due, &next));
  r.from_completion = TRUE;
  g_assert_false (ethos_recurrence_next_due (&r, &due, &due, &due, &next));
}

/* How the standard-reminder assistant says it: in words, with plurals. */
static void
test_describe (void)
{
  const struct
  {
    const char *text;
    const char *words;
  } cases[] = {
    { "3y", "every 3 years" }, { "1y", "every year" },  { "1m", "every month" },
    { "6m", "every 6 months" }, { "2w", "every 2 weeks" }, { "1d", "every day" },
    { "", "once" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      EthosRecurrence r;
      g_autofree char *words = NULL;

      g_assert_true (ethos_recurrence_parse (cases[i].text, &r, NULL));
      words = ethos_recurrence_describe (&r);
      g_assert_cmpstr (words, ==, cases[i].words);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recurrence/parse", test_parse);
  g_test_add_func ("/recurrence/to-string", test_to_string);
  g_test_add_func ("/recurrence/describe", test_describe);
  g_test_add_func ("/recurrence/monthly-keeps-anchor", test_monthly_keeps_anchor);
  g_test_add_func ("/recurrence/yearly-leap-day", test_yearly_leap_day);
  g_test_add_func ("/recurrence/from-completion", test_from_completion);
  g_test_add_func ("/recurrence/weekly", test_weekly);
  g_test_add_func ("/recurrence/late-and-early", test_late_and_early);
  g_test_add_func ("/recurrence/none", test_none);

  return g_test_run ();
}
