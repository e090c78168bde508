/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-date"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"

/* Strict readers for what is stored and what people type: ISO dates, counts and shares. Each
 * refuses anything it cannot read exactly ("2026-02-30", "yesterday-ish", "1e3", "-5") with one
 * clear sentence. Lengths of time are read in ethos-duration.c, dates as people write them in
 * ethos-date-input.c. */

G_DEFINE_QUARK (ethos-input-error-quark, ethos_input_error)

/* Dates are ISO YYYY-MM-DD, as stored; the years a practitioner's record can span. */
gboolean
ethos_date_parse (const char *text, GDate *date, GError **error)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    goto bad;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      goto bad;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  if (year < 1900 || year > 2199)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                   _("“%s” is outside the years Ethos keeps (1900 to 2199)"), text);
      return FALSE;
    }
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                   _("“%s” is not a date in the calendar"), text);
      return FALSE;
    }
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;

bad:
  g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
               _("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-11-23"),
               text != NULL ? text : "");
  return FALSE;
}

char *
ethos_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* The day @time falls on in its own time zone, as stored (YYYY-MM-DD). */
char *
ethos_date_time_to_iso (GDateTime *time)
{
  g_return_val_if_fail (time != NULL, NULL);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_time_get_year (time),
                          g_date_time_get_month (time), g_date_time_get_day_of_month (time));
}

/* Today's local date, YYYY-MM-DD. Code that can be given the day (a store's clock, a test's
 * today) should be; this is for the defaults of what a person is about to type. */
char *
ethos_date_today_iso (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return ethos_date_time_to_iso (now);
}

/* Dates as people read them, in their locale's words: "22 November 2026" by default (UK style),
 * "22 Tachwedd 2026" in Welsh. Each form is a translatable strftime() format, so that a language
 * can order it its own way; an ISO date stays the stored text everywhere else. */
static char *
format_date (const GDate *date, const char *format)
{
  char text[256];

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  if (g_date_strftime (text, sizeof text, format, date) == 0)
    return ethos_date_to_iso (date);
  return g_strdup (text);
}

char *
ethos_date_format (const GDate *date, EthosDateStyle style)
{
  switch (style)
    {
    case ETHOS_DATE_LONG:
      /* Translators: a date as strftime() writes it: "22 November 2026" (%-d the day without a
       * leading zero, %B the month's name, %Y the year); reorder to suit.
       * xgettext:no-c-format */
      return format_date (date, _("%-d %B %Y"));
    case ETHOS_DATE_SHORT:
      /* Translators: a date in a list, as strftime() writes it: "22 Nov 2026" (%b the month's
       * short name).
       * xgettext:no-c-format */
      return format_date (date, _("%-d %b %Y"));
    case ETHOS_DATE_MONTH:
      /* Translators: a month as strftime() writes it: "November 2026".
       * xgettext:no-c-format */
      return format_date (date, _("%B %Y"));
    case ETHOS_DATE_DAY:
      /* Translators: a day within the coming year, whose year goes without saying, as
       * strftime() writes it: "22 November".
       * xgettext:no-c-format */
      return format_date (date, _("%-d %B"));
    default:
      g_return_val_if_reached (NULL);
    }
}

/* An ISO date (YYYY-MM-DD) or month (YYYY-MM) in @style; text that is neither comes back as it
 * is, so that nothing stored is ever hidden. */
char *
ethos_date_format_iso (const char *iso, EthosDateStyle style)
{
  g_autofree char *day = NULL;
  GDate date;

  if (iso == NULL)
    return g_strdup ("");
  if (strlen (iso) == 7 && iso[4] == '-')
    day = g_strconcat (iso, "-01", NULL);
  if (!ethos_date_parse (day != NULL ? day : iso, &date, NULL))
    return g_strdup (iso);
  return ethos_date_format (&date, style);
}

/* A plain decimal number: digits, at most one point; no sign, exponent or words. */
static gboolean
read_decimal (const char *text, double *value)
{
  gboolean point = FALSE;
  gboolean digit = FALSE;
  g_autofree char *copy = NULL;

  if (text == NULL)
    return FALSE;
  copy = g_strstrip (g_strdup (text));
  if (copy[0] == '\0' || strlen (copy) > 12)
    return FALSE;
  for (const char *p = copy; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digit = TRUE;
      else if (*p == '.' && !point)
        point = TRUE;
      else
        return FALSE;
    }
  if (!digit)
    return FALSE;
  *value = g_ascii_strtod (copy, NULL);
  return TRUE;
}

/* Whether a value read_decimal() gave is a whole number. It is below 10^12 (twelve characters at
 * most), so the gint64 cast is exact; an int cast of a value past G_MAXINT would be undefined
 * behaviour, so ranges are checked before any int is made of it. */
static gboolean
is_whole (double value)
{
  return value == (double) (gint64) value;
}

gboolean
ethos_count_parse (const char *text, int min, int max, int *value, GError **error)
{
  double number;

  if (text == NULL || text[strspn (text, " \t")] == '\0')
    {
      /* Nothing typed is not "“” is not a number": say what to give. */
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                   _("give a whole number from %d to %d"), min, max);
      return FALSE;
    }
  if (!read_decimal (text, &number) || !is_whole (number) || number < min || number > max)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                   _("“%s” is not a whole number from %d to %d"), text != NULL ? text : "", min,
                   max);
      return FALSE;
    }
  *value = (int) number;
  return TRUE;
}

/* A share of full time: "0.4" or "40%" (or "40 %") is 40 percent. Only a part, from 1% to
 * 99%: full time is not a fraction of itself. */
gboolean
ethos_fraction_parse (const char *text, int *percent, GError **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  gsize length = strlen (copy);
  gboolean as_percent = length > 0 && copy[length - 1] == '%';
  double number;

  if (as_percent)
    copy[length - 1] = '\0';
  if (!read_decimal (copy, &number) || (!as_percent && number >= 1)
      || (as_percent ? number : number * 100) < 1 || (as_percent ? number : number * 100) > 99)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                   _("“%s” is not a share of full time: write it as 0.4 or 40%%, from 1%% to 99%%"),
                   text != NULL ? text : "");
      return FALSE;
    }
  *percent = (int) (as_percent ? number : number * 100 + 0.5);
  return TRUE;
}
