/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ethos-date.h"
#include "ethos-recurrence.h"
#include "fuzz-common.h"

/* Repeats ("3y", "2w") as typed, then the due-date arithmetic with them. The input is the text,
 * and after a NUL byte, the days to count from: anchor, due and done as days since 1 January of
 * the year 1, a flag byte and a number of steps. */

/* GDate's Julian day of 9999-12-31, the last day the arithmetic may reach. */
#define LAST_JULIAN 3652059

typedef struct
{
  GDate   anchor, due, done;
  gboolean no_anchor, from_completion;
  guint   steps;
} Dates;

static guint32
take_u32 (const uint8_t **p)
{
  guint32 value;

  memcpy (&value, *p, sizeof value);
  *p += sizeof value;
  return value;
}

static void
take_date (const uint8_t **p, GDate *date)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, take_u32 (p) % LAST_JULIAN + 1);
}

static gboolean
read_dates (const uint8_t *data, size_t size, Dates *dates)
{
  const uint8_t *nul = memchr (data, '\0', size);
  const uint8_t *p;
  guint8 flags;

  if (nul == NULL || (size_t) (data + size - (nul + 1)) < 4 * 3 + 1 + 4)
    return FALSE;
  p = nul + 1;
  take_date (&p, &dates->anchor);
  take_date (&p, &dates->due);
  take_date (&p, &dates->done);
  flags = *p++;
  dates->no_anchor = (flags & 1) != 0;
  dates->from_completion = (flags & 2) != 0;
  dates->steps = take_u32 (&p);
  return TRUE;
}

static void
fuzz_arithmetic (EthosRecurrence r, Dates *dates)
{
  const GDate *anchor = dates->no_anchor ? NULL : &dates->anchor;
  const GDate *base = anchor != NULL ? anchor : &dates->due;
  const GDate *later;
  GDate out;

  r.from_completion = dates->from_completion;
  if (ethos_recurrence_add (&r, &dates->anchor, dates->steps, &out))
    {
      g_assert_true (g_date_valid (&out));
      g_assert_cmpint (g_date_compare (&out, &dates->anchor), >=, 0);
      g_assert_cmpuint (g_date_get_year (&out), <=, 9999);
    }

  if (!ethos_recurrence_next_due (&r, anchor, &dates->due, &dates->done, &out))
    return;
  g_assert_true (g_date_valid (&out));
  g_assert_cmpuint (g_date_get_year (&out), <=, 9999);
  g_assert_cmpint (g_date_compare (&out, &dates->done), >, 0);
  if (r.from_completion)
    return;

  /* The first day of the series after both the due date and the day it was done. */
  g_assert_cmpint (g_date_compare (&out, &dates->due), >, 0);
  later = g_date_compare (&dates->done, &dates->due) > 0 ? &dates->done : &dates->due;
  if (r.unit == ETHOS_EVERY_DAYS || r.unit == ETHOS_EVERY_WEEKS)
    {
      guint step = r.count * (r.unit == ETHOS_EVERY_WEEKS ? 7 : 1);
      int from_due = g_date_days_between (&dates->due, &out);

      g_assert_cmpint (from_due % step, ==, 0);
      g_assert_cmpint (g_date_days_between (later, &out), <=, step);
    }
  else
    {
      guint8 last = g_date_get_days_in_month (g_date_get_month (&out), g_date_get_year (&out));

      g_assert_cmpuint (g_date_get_day (&out), ==, MIN (g_date_get_day (base), last));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = fuzz_text (data, size);
  g_autoptr (GError) error = NULL;
  EthosRecurrence r;
  EthosRecurrence again;
  g_autofree char *canonical = NULL;
  g_autofree char *words = NULL;
  Dates dates;

  if (!ethos_recurrence_parse (text, &r, &error))
    {
      g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER);
      g_assert_true (r.unit == ETHOS_EVERY_NONE && r.count == 0);
      return 0;
    }
  g_assert_no_error (error);
  g_assert_true ((r.unit == ETHOS_EVERY_NONE) == (r.count == 0));
  g_assert_cmpuint (r.count, <=, ETHOS_RECURRENCE_MAX_COUNT);

  /* What is stored reads back the same. */
  canonical = ethos_recurrence_to_string (&r);
  g_assert_true (ethos_recurrence_parse (canonical, &again, NULL));
  g_assert_true (again.unit == r.unit && again.count == r.count);
  words = ethos_recurrence_describe (&r);
  g_assert_nonnull (words);

  if (read_dates (data, size, &dates))
    fuzz_arithmetic (r, &dates);
  return 0;
}
