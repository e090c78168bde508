/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-duration"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-duration.h"

/* Lengths of time as people write them: "90", "1:30", "1h30", "1h 30m", "90m", "90 min",
 * "1.5h", "1.5 hours". A bare number is in the field's unit; the others say their own. What
 * cannot be read exactly ("1:75", "-1h", "1,5", "1e3", "ninety") is refused with a sentence
 * that says how to write it, and nothing is guessed. The window and the CLI both read through
 * here, so that they take the same things. */

/* The longest number read: more than any duration needs, and few enough digits that a double
 * holds it exactly (so that a range check comes before any int is made of it). */
#define NUMBER_MAX_CHARS 12

typedef enum
{
  PART_BARE,
  PART_HOURS,
  PART_MINUTES,
} PartUnit;

/* English words are always understood; a translation adds its own. */
static const char english_hours[] = "h|hr|hrs|hour|hours";
static const char english_minutes[] = "m|min|mins|minute|minutes";

static gboolean
word_in (const char *word, const char *english, const char *translated)
{
  const char *lists[] = { english, translated };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_auto (GStrv) words = g_strsplit (lists[i], "|", -1);

      for (guint j = 0; words[j] != NULL; j++)
        {
          g_autofree char *folded = g_utf8_casefold (g_strstrip (words[j]), -1);

          if (folded[0] != '\0' && g_str_equal (folded, word))
            return TRUE;
        }
    }
  return FALSE;
}

/* What a unit word after a number says, or FALSE for a word that is none. */
static gboolean
unit_of_word (const char *word, PartUnit *unit)
{
  /* Translators: words for hours that people may type after a number ("2 hours", "1.5h"),
   * separated by |; the English ones are understood as well, so give your language's own. */
  if (word_in (word, english_hours, _("h|hr|hrs|hour|hours")))
    *unit = PART_HOURS;
  /* Translators: words for minutes that people may type after a number ("90 min", "45m"),
   * separated by |; the English ones are understood as well, so give your language's own. */
  else if (word_in (word, english_minutes, _("m|min|mins|minute|minutes")))
    *unit = PART_MINUTES;
  else
    return FALSE;
  return TRUE;
}

static void
skip_spaces (const char **p)
{
  while (g_ascii_isspace (**p))
    (*p)++;
}

/* Digits with at most one point ("90", "1.5", ".5"); no sign, exponent or comma. */
static gboolean
read_number (const char **p, double *value)
{
  const char *start = *p;
  char buffer[NUMBER_MAX_CHARS + 1];
  gboolean point = FALSE;
  gboolean digit = FALSE;
  gsize length;

  for (; g_ascii_isdigit (**p) || (**p == '.' && !point); (*p)++)
    {
      point = point || **p == '.';
      digit = digit || **p != '.';
    }
  length = (gsize) (*p - start);
  if (!digit || length > NUMBER_MAX_CHARS)
    return FALSE;
  memcpy (buffer, start, length);
  buffer[length] = '\0';
  *value = g_ascii_strtod (buffer, NULL);
  return TRUE;
}

/* A word after a number: everything up to the next digit, space, point or colon, folded. */
static char *
read_word (const char **p)
{
  const char *start = *p;

  while (**p != '\0' && !g_ascii_isdigit (**p) && !g_ascii_isspace (**p) && **p != '.'
         && **p != ':')
    (*p)++;
  return g_utf8_casefold (start, *p - start);
}

typedef enum
{
  READ_OK,
  READ_UNREADABLE,
  READ_MINUTES_PAST_HOUR, /* "1:75", "1h 75m" */
} ReadResult;

/* "H:MM": minutes after the colon are two digits, 00 to 59. */
static ReadResult
read_clock (const char *text, double *total)
{
  const char *colon = strchr (text, ':');
  const char *p = text;
  double hours;

  if (!read_number (&p, &hours) || p != colon || strchr (text, '.') != NULL
      || strlen (colon + 1) != 2 || !g_ascii_isdigit (colon[1]) || !g_ascii_isdigit (colon[2]))
    return READ_UNREADABLE;
  if (g_ascii_digit_value (colon[1]) >= 6)
    return READ_MINUTES_PAST_HOUR;
  *total = hours * 60 + g_ascii_digit_value (colon[1]) * 10 + g_ascii_digit_value (colon[2]);
  return READ_OK;
}

/* Hours, then minutes, each a number and perhaps a word: "1h30", "1 hour 30 minutes", "90m".
 * A bare number alone is in @unit; one after hours is minutes. Minutes are whole, and below
 * an hour after hours; hours may have decimals. */
static ReadResult
read_parts (const char *text, EthosDurationUnit unit, double *total, gboolean *fractional)
{
  const char *p = text;
  gboolean hours_seen = FALSE;
  gboolean minutes_seen = FALSE;

  *total = 0;
  *fractional = FALSE;
  if (*p == '\0')
    return READ_UNREADABLE;
  while (*p != '\0')
    {
      g_autofree char *word = NULL;
      PartUnit part;
      double value;

      skip_spaces (&p);
      if (minutes_seen || !read_number (&p, &value))
        return READ_UNREADABLE;
      skip_spaces (&p);
      word = read_word (&p);
      if (word[0] == '\0')
        part = hours_seen ? PART_MINUTES : PART_BARE;
      else if (!unit_of_word (word, &part))
        return READ_UNREADABLE;
      skip_spaces (&p);

      if (part == PART_BARE)
        {
          if (*p != '\0')
            return READ_UNREADABLE;
          part = unit == ETHOS_DURATION_HOURS ? PART_HOURS : PART_MINUTES;
        }
      if (part == PART_HOURS)
        {
          if (hours_seen)
            return READ_UNREADABLE;
          hours_seen = TRUE;
          *total += value * 60;
          continue;
        }
      if (value != floor (value))
        *fractional = TRUE;
      if (hours_seen && value >= 60)
        return READ_MINUTES_PAST_HOUR;
      minutes_seen = TRUE;
      *total += value;
    }
  return READ_OK;
}

static void
set_unreadable (const char *text, EthosDurationUnit unit, GError **error)
{
  if (text[0] == '\0')
    g_set_error_literal (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION,
                         unit == ETHOS_DURATION_HOURS
                           ? _("give how long, in hours (1.5) or hours and minutes (1:30, 1h 30m)")
                           : _("give how long, in minutes (90) or hours and minutes (1:30, "
                               "1h 30m)"));
  else
    g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION,
                 unit == ETHOS_DURATION_HOURS
                   ? _("“%s” is not a length of time: write hours (1.5) or hours and minutes "
                       "(1:30, 1h 30m)")
                   : _("“%s” is not a length of time: write minutes (90) or hours and minutes "
                       "(1:30, 1h 30m)"),
                 text);
}

/* Reads @text as a length of time into whole @minutes, from 1 to @max_minutes. Hours with
 * decimals are rounded to the nearest minute ("0.3h" is 18 minutes). */
gboolean
ethos_duration_parse (const char        *text,
                      EthosDurationUnit  unit,
                      int                max_minutes,
                      int               *minutes,
                      GError           **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *limit = NULL;
  gboolean fractional = FALSE;
  ReadResult result;
  double total = 0;

  g_return_val_if_fail (minutes != NULL, FALSE);

  if (g_str_has_prefix (copy, "-") || g_str_has_prefix (copy, "−"))
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION,
                   _("“%s” is less than no time: give how long it lasted"), copy);
      return FALSE;
    }
  if (!g_utf8_validate (copy, -1, NULL))
    result = READ_UNREADABLE;
  else
    result = strchr (copy, ':') != NULL ? read_clock (copy, &total)
                                        : read_parts (copy, unit, &total, &fractional);
  if (result == READ_MINUTES_PAST_HOUR)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION,
                   _("“%s” is not a length of time: the minutes after the hours go from 0 to 59"),
                   copy);
      return FALSE;
    }
  if (result != READ_OK)
    {
      set_unreadable (copy, unit, error);
      return FALSE;
    }
  if (fractional)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION,
                   _("“%s” is part of a minute: give whole minutes, or hours as 1.5h"), copy);
      return FALSE;
    }
  total = floor (total + 0.5);
  if (total < 1)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION,
                   _("“%s” is no time at all: give at least a minute"), copy);
      return FALSE;
    }
  if (total > max_minutes)
    {
      limit = ethos_duration_describe (max_minutes);
      /* Translators: what was typed, then the longest it may be, as "24 hours" */
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION,
                   _("“%s” is longer than %s, the most it can be here"), copy, limit);
      return FALSE;
    }
  *minutes = (int) total;
  return TRUE;
}

/* A length of time in words: "45 minutes", "24 hours", "1 hour 30 minutes". */
char *
ethos_duration_describe (int minutes)
{
  int hours = minutes / 60;
  int rest = minutes % 60;
  g_autofree char *hours_text = NULL;
  g_autofree char *minutes_text = NULL;

  hours_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours",
                                             (gulong) hours),
                                hours);
  minutes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes",
                                               (gulong) rest),
                                  rest);
  if (rest == 0 && hours > 0)
    return g_steal_pointer (&hours_text);
  if (hours == 0)
    return g_steal_pointer (&minutes_text);
  /* Translators: a length of time, "1 hour 30 minutes" */
  return g_strdup_printf (_("%s %s"), hours_text, minutes_text);
}
