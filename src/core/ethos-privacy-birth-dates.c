/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-privacy-birth-dates"

#include "config.h"

#include <string.h>

#include "ethos-privacy-birth-dates.h"

/* The privacy scanner's detector of dates of birth: numeric dates, and dates with the month in
 * words, that follow a cue ("date of birth", "DOB", "born") on the same line. Session dates are
 * the ordinary stuff of a diary, so a date without a cue stays quiet. */

#define CUE_WINDOW_CHARS 30 /* from the end of a birth cue to its date */
#define CUE_MAX_CHARS    16 /* "date of birth", with room for extra spaces */

#define MONTH(name) { name, sizeof name - 1 }
static const struct
{
  const char *name;
  gsize       len;
} months[] = {
  MONTH ("january"), MONTH ("february"), MONTH ("march"), MONTH ("april"), MONTH ("may"),
  MONTH ("june"), MONTH ("july"), MONTH ("august"), MONTH ("september"), MONTH ("october"),
  MONTH ("november"), MONTH ("december"),
  MONTH ("jan"), MONTH ("feb"), MONTH ("mar"), MONTH ("apr"), MONTH ("jun"), MONTH ("jul"),
  MONTH ("aug"), MONTH ("sept"), MONTH ("sep"), MONTH ("oct"), MONTH ("nov"), MONTH ("dec"),
};
#undef MONTH

/* A month name at @pos ("March", "mar", "Sept."), ending at a non-letter. */
static gboolean
read_month (const EthosScanner *s, gsize *pos)
{
  gsize n = 0;
  char first;

  while (n < 10 && alpha_at (s, *pos + n))
    n++;
  if (n < 3)
    return FALSE;
  first = g_ascii_tolower (s->text[*pos]);
  for (guint k = 0; k < G_N_ELEMENTS (months); k++)
    {
      if (months[k].len != n || months[k].name[0] != first
          || g_ascii_strncasecmp (s->text + *pos, months[k].name, n) != 0)
        continue;
      *pos += n;
      if (n <= 4 && byte_at (s, *pos) == '.')
        (*pos)++;
      return TRUE;
    }
  return FALSE;
}

static gboolean
read_day (const EthosScanner *s, gsize *pos)
{
  guint day;

  if (!ethos_scanner_read_number (s, pos, 1, 2, &day, NULL) || day < 1 || day > 31)
    return FALSE;
  if (alpha_at (s, *pos) && alpha_at (s, *pos + 1) && !alpha_at (s, *pos + 2))
    {
      char a = g_ascii_tolower (s->text[*pos]);
      char b = g_ascii_tolower (s->text[*pos + 1]);

      if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd')
          || (a == 't' && b == 'h'))
        *pos += 2;
    }
  return !alpha_at (s, *pos);
}

static gboolean
read_year (const EthosScanner *s, gsize *pos)
{
  guint year, n_digits;

  return ethos_scanner_read_number (s, pos, 2, 4, &year, &n_digits) && n_digits != 3
         && ethos_scanner_number_ends (s, *pos);
}

/* "12/03/1987", "12.03.87", "1987-03-12" (and US order, which is still a date). */
static gboolean
match_numeric_date (const EthosScanner *s, gsize i, gsize *end)
{
  gsize p = i;
  guint a, b, c, na, nc;
  guchar sep;

  if (!ethos_scanner_read_number (s, &p, 1, 4, &a, &na) || na == 3)
    return FALSE;
  sep = byte_at (s, p);
  if (!is_joiner (sep))
    return FALSE;
  p++;
  if (!ethos_scanner_read_number (s, &p, 1, 2, &b, NULL) || byte_at (s, p) != sep)
    return FALSE;
  p++;
  if (!ethos_scanner_read_number (s, &p, 1, na == 4 ? 2 : 4, &c, &nc)
      || !ethos_scanner_number_ends (s, p))
    return FALSE;

  if (na == 4)
    {
      if (b < 1 || b > 12 || c < 1 || c > 31)
        return FALSE;
    }
  else if (nc != 2 && nc != 4)
    return FALSE;
  else if (a < 1 || b < 1 || !((a <= 31 && b <= 12) || (a <= 12 && b <= 31)))
    return FALSE;

  *end = p;
  return TRUE;
}

/* One or more spaces at *@pos, skipped. */
static gboolean
skip_gap (const EthosScanner *s, gsize *pos)
{
  gsize q = ethos_scanner_skip_spaces (s, *pos);

  if (q == *pos)
    return FALSE;
  *pos = q;
  return TRUE;
}

/* The rest of a date in words after its day or month at @pos: ", 1987" or " 1987". */
static gboolean
read_comma_year (const EthosScanner *s, gsize pos, gsize *end)
{
  if (byte_at (s, pos) == ',')
    pos++;
  if (!skip_gap (s, &pos) || !read_year (s, &pos))
    return FALSE;
  *end = pos;
  return TRUE;
}

/* "12 March 1987", "12th of March 1987", "12-Mar-87". */
static gboolean
match_day_month_year (const EthosScanner *s, gsize i, gsize *end)
{
  gsize p = i;

  if (!read_day (s, &p))
    return FALSE;
  if (byte_at (s, p) == '-')
    {
      p++;
      if (!read_month (s, &p) || byte_at (s, p) != '-')
        return FALSE;
      p++;
      if (!read_year (s, &p))
        return FALSE;
      *end = p;
      return TRUE;
    }
  if (!skip_gap (s, &p))
    return FALSE;
  if (ethos_scanner_has_prefix_ci (s, p, "of") && byte_at (s, p + 2) == ' ')
    p = ethos_scanner_skip_spaces (s, p + 2);
  if (!read_month (s, &p))
    return FALSE;
  return read_comma_year (s, p, end);
}

/* "March 12, 1987", "Mar 12th 1987". */
static gboolean
match_month_day_year (const EthosScanner *s, gsize i, gsize *end)
{
  gsize p = i;

  if (!read_month (s, &p) || !skip_gap (s, &p) || !read_day (s, &p))
    return FALSE;
  return read_comma_year (s, p, end);
}

/* Whether @cue (lower case) is at @pos as a whole word; a space in @cue matches any run of
 * spaces. Returns the end of the cue, or 0. */
static gsize
match_cue (const EthosScanner *s, gsize pos, gsize limit, const char *cue)
{
  gsize p = pos;

  for (const char *c = cue; *c != '\0'; c++)
    {
      if (*c == ' ')
        {
          gsize q = ethos_scanner_skip_spaces (s, p);

          if (q == p)
            return 0;
          p = q;
        }
      else if (p >= limit || g_ascii_tolower (s->text[p]) != *c)
        return 0;
      else
        p++;
    }
  if (alpha_at (s, p) && g_ascii_isalpha (cue[strlen (cue) - 1]))
    return 0;
  return p;
}

/* @n characters back from @pos, stopping at @limit. */
static gsize
back_chars (const EthosScanner *s, gsize pos, gsize limit, guint n)
{
  for (guint k = 0; k < n && pos > limit; k++)
    {
      pos--;
      while (pos > limit && ((guchar) s->text[pos] & 0xC0) == 0x80)
        pos--;
    }
  return pos;
}

/* A date is a date of birth only with a cue that ends shortly before it on its line: session
 * dates are the ordinary stuff of a diary. "b." is an initial as often as "born", so it counts
 * only right before the date. */
static gboolean
has_birth_cue (const EthosScanner *s, gsize date_start)
{
  static const char * const cues[] = { "date of birth", "d.o.b", "dob", "birthday", "born" };
  gsize limit = MAX (s->line_start, s->last_date_end);
  gsize near_edge = back_chars (s, date_start, limit, CUE_WINDOW_CHARS);
  gsize from = back_chars (s, near_edge, limit, CUE_MAX_CHARS);

  for (gsize p = from; p < date_start; p++)
    {
      if (!g_ascii_isalpha (s->text[p]) || ethos_scanner_word_before (s, p))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (cues); k++)
        {
          gsize cue_end = match_cue (s, p, date_start, cues[k]);

          if (cue_end > 0 && cue_end >= near_edge)
            return TRUE;
        }
      if (g_ascii_tolower (s->text[p]) == 'b' && byte_at (s, p + 1) == '.'
          && ethos_scanner_skip_spaces (s, p + 2) == date_start)
        return TRUE;
    }
  return FALSE;
}

void
ethos_scanner_try_date (EthosScanner *s, gsize i, gboolean at_digit)
{
  gsize end = 0;
  gboolean found;

  if (i < s->last_date_end)
    return;
  if (at_digit)
    found = match_numeric_date (s, i, &end) || match_day_month_year (s, i, &end);
  else
    found = match_month_day_year (s, i, &end);
  if (!found)
    return;

  if (has_birth_cue (s, i))
    ethos_scanner_add (s, ETHOS_FINDING_DATE_OF_BIRTH, i, end);
  s->last_date_end = end;
}
