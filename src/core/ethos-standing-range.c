/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standing"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-standing.h"

/* Which months of a period a record of many months (the audit pack, "diary totals") lists and
 * judges, and the sentence that says which it left out: the same rule as the standing's, which
 * never judges a month before the diary began and calls the month holding today "in progress".
 *
 * The months start with the month of the diary's first entry, supervision or CPD. Neither an
 * opening balance nor the client-hours log moves that back, and a practitioner would not expect
 * them to: an opening balance is hours of CPD done in a period before Ethos, kept on paper or
 * elsewhere, and says nothing of which months had supervision; a client-hours log says the
 * practitioner saw clients, not that their supervision was recorded here. Judging those months
 * would print "not met" for supervision that happened but was never entered, which is exactly
 * what an auditor must not be shown. Nor does setting up the profile count: it records nothing
 * that happened. Months after the one holding @today have not begun and are left out too. */

static void
month_of (const GDate *date, char month[8])
{
  g_snprintf (month, 8, "%04u-%02u", g_date_get_year (date), g_date_get_month (date));
}

/**
 * ethos_standing_months_to_judge:
 * @from: the period's first day (YYYY-MM-DD)
 * @to: its last day
 * @diary_start: (nullable): the diary's first entry's date; %NULL when the diary is empty
 * @today: the day the record is made on
 * @first: (out): the first month to list (YYYY-MM)
 * @last: (out): the last
 *
 * Returns: whether any month of the period is to be listed.
 */
gboolean
ethos_standing_months_to_judge (const char  *from,
                                const char  *to,
                                const char  *diary_start,
                                const GDate *today,
                                char         first[8],
                                char         last[8])
{
  GDate from_date, to_date, start;

  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  first[0] = last[0] = '\0';
  if (diary_start == NULL || !ethos_date_parse (from, &from_date, NULL)
      || !ethos_date_parse (to, &to_date, NULL) || !ethos_date_parse (diary_start, &start, NULL))
    return FALSE;
  if (g_date_compare (&start, &from_date) > 0)
    from_date = start;
  if (g_date_compare (today, &to_date) < 0)
    to_date = *today;
  month_of (&from_date, first);
  month_of (&to_date, last);
  return strcmp (first, last) <= 0;
}

/**
 * ethos_standing_months_left_out:
 * @from: the period's first day (YYYY-MM-DD)
 * @diary_start: (nullable): the diary's first entry's date
 *
 * Returns: (transfer full) (nullable): the sentence a record of months prints when it leaves out
 *   the months of the period before the diary began, or %NULL when it leaves none out.
 */
char *
ethos_standing_months_left_out (const char *from, const char *to, const char *diary_start)
{
  g_autofree char *began = NULL;
  g_autofree char *first_month = NULL;
  GDate from_date, start;

  if (diary_start == NULL)
    return g_strdup (_("Your diary is empty, so no month is judged."));
  if (!ethos_date_parse (from, &from_date, NULL) || !ethos_date_parse (diary_start, &start, NULL))
    return NULL;
  g_date_set_day (&from_date, 1);
  if (g_date_compare (&start, &from_date) < 0)
    return NULL;
  began = ethos_date_format (&start, ETHOS_DATE_LONG);
  if (to != NULL && strcmp (diary_start, to) > 0)
    /* Translators: the date of the diary's first entry */
    return g_strdup_printf (_("Your diary begins on %s, after this period, so no month of it "
                              "is judged."),
                            began);
  if (g_date_get_year (&start) == g_date_get_year (&from_date)
      && g_date_get_month (&start) == g_date_get_month (&from_date))
    return NULL;
  g_date_set_day (&start, 1);
  first_month = ethos_date_format (&start, ETHOS_DATE_MONTH);
  /* Translators: a month ("November 2026"), and the date of the diary's first entry */
  return g_strdup_printf (_("The months before %s are left out: your diary began on %s, and a "
                            "month Ethos has no record of is not judged."),
                          first_month, began);
}
