/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-date-input"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-date-input.h"

/* Dates as people type them. The window takes what a UK practitioner writes: ISO, "12/03/2024"
 * and "12.3.24" (the day first, as in the UK), "12 March 2024", "12 Mar", "March 12", "today",
 * "yesterday". The command line takes only what cannot be misread whatever the writer's habit:
 * ISO, "today", "yesterday" (and "tomorrow"), never a day and month in numbers. Each is read
 * against a "today" it is given, so that the clock is read once, at the edge. */

/* The years a record spans, as ethos_date_parse() keeps them. */
#define YEAR_FIRST 1900
#define YEAR_LAST  2199

/* Two-digit years: 00 to 69 are this century's, 70 to 99 the last one's ("12.3.24" is 2024,
 * "1.5.85" 1985). A practitioner's record reaches back decades, rarely forward. */
#define CENTURY_PIVOT 70

static const char *const english_months[] = {
  "january", "february", "march",     "april",   "may",      "june",
  "july",    "august",   "september", "october", "november", "december",
};

static gboolean
set_day (const char  *text,
         guint        day,
         guint        month,
         guint        year,
         GDate       *date,
         GError     **error)
{
  if (year < YEAR_FIRST || year > YEAR_LAST)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                   _("“%s” is outside the years Ethos keeps (1900 to 2199)"), text);
      return FALSE;
    }
  if (month < 1 || month > 12 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                   _("“%s” is not a date in the calendar"), text);
      return FALSE;
    }
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

static gboolean
is_iso_shaped (const char *text)
{
  return strlen (text) == 10 && text[4] == '-' && text[7] == '-';
}

/* "today", "yesterday", "tomorrow", in English or the reader's language: 0 when @folded is
 * none of them. */
static gboolean
relative_offset (const char *folded, int *offset)
{
  const struct
  {
    const char *english;
    const char *translated;
    int         offset;
  } words[] = {
    /* Translators: a word people may type for a date, lower case */
    { "today", C_("typed date", "today"), 0 },
    /* Translators: a word people may type for a date, lower case */
    { "yesterday", C_("typed date", "yesterday"), -1 },
    /* Translators: a word people may type for a date, lower case */
    { "tomorrow", C_("typed date", "tomorrow"), 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autofree char *translated = g_utf8_casefold (words[i].translated, -1);

      if (g_str_equal (folded, words[i].english) || g_str_equal (folded, translated))
        {
          *offset = words[i].offset;
          return TRUE;
        }
    }
  return FALSE;
}

typedef enum
{
  READ_DATE,     /* read: @date is set */
  READ_REFUSED,  /* read, but not a day Ethos keeps: @error is set */
  READ_NOT_THIS, /* not of this form */
} ReadResult;

/* ISO dates and the words for days near today: the forms both readers take. */
static ReadResult
read_unambiguous (const char   *text,
                  const char   *folded,
                  const GDate  *today,
                  GDate        *date,
                  GError      **error)
{
  guint32 julian;
  int offset;

  if (is_iso_shaped (text))
    return ethos_date_parse (text, date, error) ? READ_DATE : READ_REFUSED;
  if (!relative_offset (folded, &offset))
    return READ_NOT_THIS;
  julian = g_date_get_julian (today) + (guint32) offset;
  if (g_date_valid_julian (julian))
    g_date_set_julian (date, julian);
  if (!g_date_valid (date) || g_date_get_year (date) < YEAR_FIRST
      || g_date_get_year (date) > YEAR_LAST)
    {
      g_date_clear (date, 1);
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                   _("“%s” is outside the years Ethos keeps (1900 to 2199)"), text);
      return READ_REFUSED;
    }
  return READ_DATE;
}

/* Digits that all_digits() has checked: four at most. */
static guint
number (const char *digits)
{
  return (guint) g_ascii_strtoull (digits, NULL, 10);
}

/* A year as typed: four digits as they are, two by CENTURY_PIVOT. */
static guint
full_year (const char *digits)
{
  guint year = number (digits);

  if (strlen (digits) == 2)
    year += year < CENTURY_PIVOT ? 2000 : 1900;
  return year;
}

static gboolean
all_digits (const char *text, gsize min, gsize max)
{
  gsize length = strlen (text);

  if (length < min || length > max)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* Numbers only: "12/03/2024", "12.3.24", "12-3-2024", "12/3" (the day first, one separator
 * throughout), or "2024-3-12" (the year first, as ISO without its zeros). */
static ReadResult
read_numeric (const char  *text,
              const GDate *today,
              GDate       *date,
              GError     **error)
{
  const char *separator = text + strspn (text, "0123456789");
  g_auto (GStrv) parts = NULL;
  guint n;

  if (*separator == '\0' || strchr ("/.-", *separator) == NULL)
    return READ_NOT_THIS;
  parts = g_strsplit (text, (char[]) { *separator, '\0' }, -1);
  n = g_strv_length (parts);
  if (n == 3 && all_digits (parts[0], 4, 4) && all_digits (parts[1], 1, 2)
      && all_digits (parts[2], 1, 2))
    return set_day (text, number (parts[2]), number (parts[1]), full_year (parts[0]),
                    date, error) ? READ_DATE : READ_REFUSED;
  if ((n != 2 && n != 3) || !all_digits (parts[0], 1, 2) || !all_digits (parts[1], 1, 2)
      || (n == 3 && !all_digits (parts[2], 2, 2) && !all_digits (parts[2], 4, 4)))
    return READ_NOT_THIS;
  return set_day (text, number (parts[0]), number (parts[1]),
                  n == 3 ? full_year (parts[2]) : g_date_get_year (today), date, error)
           ? READ_DATE
           : READ_REFUSED;
}

/* Whether @word names @month (1 to 12): its whole name or the first three letters or more of
 * it, in English or as the reader's locale writes it ("Mar", "Sept", "Mawrth"). */
static gboolean
names_month (const char *word, guint month)
{
  g_autoptr (GDateTime) time = g_date_time_new_utc (2001, (int) month, 1, 12, 0, 0);
  const char *formats[] = { "%B", "%b" };

  if (g_utf8_strlen (word, -1) < 3)
    return FALSE;
  if (g_str_has_prefix (english_months[month - 1], word))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_date_time_format (time, formats[i]);
      g_autofree char *folded = NULL;

      if (name == NULL)
        continue;
      g_strchomp (g_strdelimit (name, ".", ' '));
      folded = g_utf8_casefold (name, -1);
      if (g_str_has_prefix (folded, word))
        return TRUE;
    }
  return FALSE;
}

/* The month @word names, or 0 when it names none or more than one. */
static guint
month_of_word (const char *word)
{
  guint found = 0;

  for (guint month = 1; month <= 12; month++)
    if (names_month (word, month))
      {
        if (found != 0)
          return 0;
        found = month;
      }
  return found;
}

/* A day of the month as typed in words: "12", "12th", "1st". */
static gboolean
read_day_number (char *word)
{
  gsize digits = strspn (word, "0123456789");
  const char *suffixes[] = { "", "st", "nd", "rd", "th" };

  if (digits < 1 || digits > 2)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_equal (word + digits, suffixes[i]))
      {
        word[digits] = '\0';
        return TRUE;
      }
  return FALSE;
}

/* With the month in words: "12 March 2024", "12 Mar", "12th of March", "March 12, 2024". */
static ReadResult
read_words (const char  *text,
            const char  *folded,
            const GDate *today,
            GDate       *date,
            GError     **error)
{
  g_auto (GStrv) tokens = g_strsplit_set (folded, " ,.\t", -1);
  char *words[3] = { NULL };
  guint n = 0;
  guint month;
  int day_at;

  for (guint i = 0; tokens[i] != NULL; i++)
    if (tokens[i][0] != '\0' && !g_str_equal (tokens[i], "of"))
      {
        if (n == G_N_ELEMENTS (words))
          return READ_NOT_THIS;
        words[n++] = tokens[i];
      }
  if (n < 2)
    return READ_NOT_THIS;
  /* The day first (12 March) or the month first (March 12); the year, if any, last. */
  if ((month = month_of_word (words[1])) != 0)
    day_at = 0;
  else if ((month = month_of_word (words[0])) != 0)
    day_at = 1;
  else
    return READ_NOT_THIS;
  if (!read_day_number (words[day_at])
      || (n == 3 && !all_digits (words[2], 2, 2) && !all_digits (words[2], 4, 4)))
    return READ_NOT_THIS;
  return set_day (text, number (words[day_at]), month,
                  n == 3 ? full_year (words[2]) : g_date_get_year (today), date, error)
           ? READ_DATE
           : READ_REFUSED;
}

/* Reads @text as one of the forms: the unambiguous ones, and with @human those of the UK. */
static gboolean
read_typed (const char *text, const GDate *today, gboolean human, GDate *date, GError **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *folded = NULL;
  ReadResult result = READ_NOT_THIS;

  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (g_utf8_validate (stripped, -1, NULL))
    {
      folded = g_utf8_casefold (stripped, -1);
      result = read_unambiguous (stripped, folded, today, date, error);
      if (human && result == READ_NOT_THIS)
        result = read_numeric (stripped, today, date, error);
      if (human && result == READ_NOT_THIS)
        result = read_words (stripped, folded, today, date, error);
    }
  if (result == READ_NOT_THIS)
    g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                 human ? _("“%s” is not a date: write it as 12/03/2026, 12 March 2026, 2026-03-12 "
                           "or today")
                       : _("“%s” is not a date: write it as YYYY-MM-DD (2026-03-12), today or "
                           "yesterday"),
                 stripped);
  if (result != READ_DATE)
    g_date_clear (date, 1);
  return result == READ_DATE;
}

/* The date as given: ISO (2026-03-12), "today", "yesterday" or "tomorrow", as @today has it.
 * Never a day and month in numbers, which are read one way in the UK and another elsewhere:
 * this is the command line's reader, whose input may come from anywhere. */
gboolean
ethos_date_parse_relative (const char *text, const GDate *today, GDate *date, GError **error)
{
  return read_typed (text, today, FALSE, date, error);
}

/* The date as a UK practitioner may write it, in the window: what ethos_date_parse_relative()
 * takes, "12/03/2024", "12.3.24", "12-3-2024" (the day first), "12 March 2024", "12 Mar",
 * "March 12". A date without a year is in @today's year. */
gboolean
ethos_date_parse_human (const char *text, const GDate *today, GDate *date, GError **error)
{
  return read_typed (text, today, TRUE, date, error);
}
