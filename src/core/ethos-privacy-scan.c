/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-privacy-scan"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ethos-privacy-scan.h"

/* Flags what could identify a client in a supervision note, so the editor can warn before it is
 * saved or shared. It only ever warns, so it leans towards flagging, but ordinary diary content
 * (session dates, hours, clause numbers, fees, membership numbers) must stay quiet or people learn
 * to ignore the warning.
 *
 * A hand-written scanner rather than GRegex: every pattern is ASCII, every match is tried only at
 * the start of a word and reads a bounded number of bytes, so a note of any size scans in one
 * linear pass, and bytes are read through length checks, so invalid UTF-8 and embedded nuls are
 * harmless. Non-ASCII text only matters at word edges, where it is decoded to tell "Siân" (a word
 * that continues) from a curly quote or an emoji (a boundary). */

#define CUE_WINDOW_CHARS 30 /* from the end of a birth cue to its date */
#define CUE_MAX_CHARS    16 /* "date of birth", with room for extra spaces */

typedef struct
{
  const char *text;
  gsize       len;
  GArray     *found;         /* EthosFinding candidates, in no particular order */
  gsize       line_start;
  gsize       last_date_end; /* a cue belongs to the first date after it on its line */
} Scanner;

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

static inline guchar
byte_at (const Scanner *s, gsize pos)
{
  return pos < s->len ? (guchar) s->text[pos] : 0;
}

static inline gboolean
digit_at (const Scanner *s, gsize pos)
{
  return g_ascii_isdigit (byte_at (s, pos));
}

static inline gboolean
alpha_at (const Scanner *s, gsize pos)
{
  return g_ascii_isalpha (byte_at (s, pos));
}

/* Characters that join digits into one longer number: "12-943", "1.9434765919". */
static inline gboolean
is_joiner (guchar c)
{
  return c == '-' || c == '.' || c == '/';
}

static gboolean
unichar_is_wordy (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Whether the character that ends just before @pos is a letter or digit in any script. */
static gboolean
word_before (const Scanner *s, gsize pos)
{
  gsize start;
  gunichar c;

  if (pos == 0)
    return FALSE;
  if ((guchar) s->text[pos - 1] < 0x80)
    return g_ascii_isalnum (s->text[pos - 1]);

  start = pos - 1;
  while (start > 0 && pos - start < 4 && ((guchar) s->text[start] & 0xC0) == 0x80)
    start--;
  c = g_utf8_get_char_validated (s->text + start, pos - start);
  if (c == (gunichar) -1 || c == (gunichar) -2
      || (gsize) g_unichar_to_utf8 (c, NULL) != pos - start)
    return FALSE;
  return unichar_is_wordy (c);
}

/* Whether the character starting at @pos is a letter or digit in any script. */
static gboolean
word_at (const Scanner *s, gsize pos)
{
  gunichar c;

  if (pos >= s->len)
    return FALSE;
  if ((guchar) s->text[pos] < 0x80)
    return g_ascii_isalnum (s->text[pos]);
  c = g_utf8_get_char_validated (s->text + pos, s->len - pos);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return FALSE;
  return unichar_is_wordy (c);
}

/* A number may start at @pos: it does not continue a word or a longer number. */
static gboolean
number_starts (const Scanner *s, gsize pos)
{
  if (word_before (s, pos))
    return FALSE;
  return !(pos >= 2 && is_joiner (s->text[pos - 1]) && g_ascii_isdigit (s->text[pos - 2]));
}

/* A number may end at @pos. A space followed by more digits still ends it: "943 476 5919 10
 * minutes late" must be caught, and only spaced groups that fit the pattern are read. */
static gboolean
number_ends (const Scanner *s, gsize pos)
{
  if (word_at (s, pos))
    return FALSE;
  return !(is_joiner (byte_at (s, pos)) && digit_at (s, pos + 1));
}

static void
add (Scanner *s, EthosFindingKind kind, gsize start, gsize end)
{
  EthosFinding finding = { kind, start, end, 0, 0 };

  g_array_append_val (s->found, finding);
}

/* Reads 1 to @max digits at *@pos (no more may follow) into *@value. */
static gboolean
read_number (const Scanner *s, gsize *pos, guint min, guint max, guint *value, guint *n_digits)
{
  gsize p = *pos;
  guint v = 0;

  while (digit_at (s, p) && p - *pos < max)
    v = v * 10 + (s->text[p++] - '0');
  if (p - *pos < min || digit_at (s, p))
    return FALSE;
  if (n_digits != NULL)
    *n_digits = (guint) (p - *pos);
  *value = v;
  *pos = p;
  return TRUE;
}

static gboolean
has_prefix_ci (const Scanner *s, gsize pos, const char *prefix)
{
  gsize n = strlen (prefix);

  return pos <= s->len && s->len - pos >= n && g_ascii_strncasecmp (s->text + pos, prefix, n) == 0;
}

static gsize
skip_spaces (const Scanner *s, gsize pos)
{
  while (byte_at (s, pos) == ' ' || byte_at (s, pos) == '\t')
    pos++;
  return pos;
}

/* NHS numbers ------------------------------------------------------------------------------- */

/* Modulus 11 with weights 10 to 2; a remainder giving 10 means the number was never issued. */
static gboolean
nhs_check_digit_valid (const char digits[10])
{
  guint sum = 0;
  guint check;

  for (guint i = 0; i < 9; i++)
    sum += (digits[i] - '0') * (10 - i);
  check = 11 - sum % 11;
  if (check == 11)
    check = 0;
  return check != 10 && check == (guint) (digits[9] - '0');
}

static void
try_nhs (Scanner *s, gsize i)
{
  static const guint groups[] = { 3, 3, 4 };
  char digits[10];
  gsize p = i;
  guint n = 0;

  while (n < 10 && digit_at (s, p))
    digits[n++] = s->text[p++];

  if (n == 3 && (byte_at (s, p) == ' ' || byte_at (s, p) == '-'))
    {
      /* 3-3-4 with the same single separator in both gaps */
      guchar sep = byte_at (s, p);

      n = 0;
      p = i;
      for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
        {
          if (g > 0)
            {
              if (byte_at (s, p) != sep)
                return;
              p++;
            }
          for (guint k = 0; k < groups[g]; k++)
            {
              if (!digit_at (s, p))
                return;
              digits[n++] = s->text[p++];
            }
        }
    }

  if (n != 10 || !number_ends (s, p) || !nhs_check_digit_valid (digits))
    return;
  add (s, ETHOS_FINDING_NHS_NUMBER, i, p);
}

/* Phone numbers ----------------------------------------------------------------------------- */

static gboolean
phone_prefix_ok (char c)
{
  return c == '1' || c == '2' || c == '3' || c == '7' || c == '8';
}

/* 01, 02, 03, 07 and 08 numbers of 11 digits in groups of two or more ("07700 900123",
 * "(0161) 496 0000", "0161-496-0000"), and "+44 7700 900123" or "+44 (0)20 7946 0958". */
static void
try_phone (Scanner *s, gsize i)
{
  gsize p = i;
  gboolean international = FALSE;
  gboolean paren = FALSE;
  char first[2] = { 0, 0 };
  guint n = 0;
  guint target = 11;

  if (byte_at (s, p) == '+')
    {
      if (byte_at (s, p + 1) != '4' || byte_at (s, p + 2) != '4')
        return;
      p += 3;
      international = TRUE;
      if (byte_at (s, p) == ' ')
        p++;
      if (byte_at (s, p) == '(' && byte_at (s, p + 1) == '0' && byte_at (s, p + 2) == ')')
        {
          p += 3;
          if (byte_at (s, p) == ' ')
            p++;
        }
    }
  else if (byte_at (s, p) == '(')
    {
      paren = TRUE;
      p++;
    }
  /* After +44 a stray national 0 is common ("+44 07700 900123"); so is its absence. */
  if (international && byte_at (s, p) != '0')
    target = 10;

  for (guint group = 0; group < 5; group++)
    {
      gsize group_start = p;

      while (digit_at (s, p) && n <= target)
        {
          if (n < 2)
            first[n] = s->text[p];
          n++;
          p++;
        }
      if (p - group_start < 2 || n > target)
        return;

      if (group == 0)
        {
          if (target == 11 && (first[0] != '0' || !phone_prefix_ok (first[1])))
            return;
          if (target == 10 && !phone_prefix_ok (first[0]))
            return;
          if (paren)
            {
              if (byte_at (s, p) != ')')
                return;
              p++;
              if (n == target || !(byte_at (s, p) == ' ' || digit_at (s, p)))
                return;
              if (byte_at (s, p) == ' ')
                p++;
              continue;
            }
        }

      if (n == target)
        {
          if (number_ends (s, p))
            add (s, ETHOS_FINDING_PHONE, i, p);
          return;
        }
      if ((byte_at (s, p) == ' ' || byte_at (s, p) == '-') && digit_at (s, p + 1))
        p++;
      else
        return;
    }
}

/* Postcodes --------------------------------------------------------------------------------- */

/* Outward codes, with the letters the Royal Mail allows in each position: 'A' any first letter
 * but Q, V, X; 'B' a second letter, not I, J, Z; 'C' the third of A9A; 'D' the fourth of AA9A. */
static const char * const outward_shapes[] = { "A9", "A99", "AB9", "AB99", "A9C", "AB9D" };

static gboolean
postcode_letter_ok (char shape, char c)
{
  c = g_ascii_toupper (c);
  if (!g_ascii_isupper (c))
    return FALSE;
  switch (shape)
    {
    case 'A':
      return strchr ("QVX", c) == NULL;
    case 'B':
      return strchr ("IJZ", c) == NULL;
    case 'C':
      return strchr ("ABCDEFGHJKPSTUW", c) != NULL;
    case 'D':
      return strchr ("ABEHMNPRVWXY", c) != NULL;
    case 'I':
      return strchr ("CIKMOV", c) == NULL;
    default:
      return FALSE;
    }
}

static gboolean
match_shape (const Scanner *s, gsize pos, const char *shape)
{
  for (gsize k = 0; shape[k] != '\0'; k++)
    {
      guchar c = byte_at (s, pos + k);

      if (shape[k] == '9' ? !g_ascii_isdigit (c) : !postcode_letter_ok (shape[k], c))
        return FALSE;
    }
  return TRUE;
}

/* "b2 4th floor" has the shape of a postcode; an inward code that is a lower-case ordinal is
 * far more likely to be one. */
static gboolean
inward_is_ordinal (const Scanner *s, gsize pos)
{
  char digit = s->text[pos];
  const char *suffix = digit == '1' ? "st" : digit == '2' ? "nd" : digit == '3' ? "rd" : "th";

  return s->text[pos + 1] == suffix[0] && s->text[pos + 2] == suffix[1];
}

static void
try_postcode (Scanner *s, gsize i)
{
  gsize best_end = 0;

  /* Every outward code has a digit second or third; GIR is the exception */
  if (!digit_at (s, i + 1) && !digit_at (s, i + 2) && !has_prefix_ci (s, i, "gir"))
    return;

  for (guint k = 0; k < G_N_ELEMENTS (outward_shapes) + 1; k++)
    {
      const char *outward = k < G_N_ELEMENTS (outward_shapes) ? outward_shapes[k] : NULL;
      gsize p = i;

      if (outward != NULL)
        {
          if (!match_shape (s, p, outward))
            continue;
          p += strlen (outward);
        }
      else
        {
          /* The Girobank's GIR 0AA, the one postcode outside the pattern. */
          if (!has_prefix_ci (s, p, "gir"))
            continue;
          p += 3;
        }

      if (byte_at (s, p) == ' ')
        p++;
      if (!digit_at (s, p) || !match_shape (s, p + 1, "II") || word_at (s, p + 3))
        continue;
      if (outward == NULL && (s->text[p] != '0' || g_ascii_toupper (s->text[p + 1]) != 'A'
                              || g_ascii_toupper (s->text[p + 2]) != 'A'))
        continue;
      if (inward_is_ordinal (s, p))
        continue;
      best_end = MAX (best_end, p + 3);
    }

  if (best_end > 0)
    add (s, ETHOS_FINDING_POSTCODE, i, best_end);
}

/* Email addresses --------------------------------------------------------------------------- */

static gboolean
local_char (guchar c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* One domain label at @pos: ASCII letters, digits and hyphens, or letters of any script. */
static gsize
label_end (const Scanner *s, gsize pos, gboolean *alphabetic)
{
  *alphabetic = TRUE;
  while (pos < s->len)
    {
      guchar c = s->text[pos];

      if (c < 0x80)
        {
          if (!g_ascii_isalnum (c) && c != '-')
            break;
          if (!g_ascii_isalpha (c))
            *alphabetic = FALSE;
          pos++;
        }
      else
        {
          gunichar u = g_utf8_get_char_validated (s->text + pos, s->len - pos);

          if (u == (gunichar) -1 || u == (gunichar) -2 || !unichar_is_wordy (u))
            break;
          pos += g_unichar_to_utf8 (u, NULL);
        }
    }
  return pos;
}

/* Called at each '@': reads the local part backwards and the domain forwards. Neither reads past
 * another '@', so however many there are, each byte is read at most twice. */
static void
try_email (Scanner *s, gsize at)
{
  gsize start = at;
  gsize p = at + 1;
  gsize end = 0;
  guint labels = 0;

  while (start > 0)
    {
      guchar c = s->text[start - 1];

      if (c < 0x80 ? local_char (c) : word_before (s, start))
        {
          start--;
          while (start > 0 && ((guchar) s->text[start] & 0xC0) == 0x80)
            start--;
        }
      else
        break;
    }
  while (start < at && !word_at (s, start))
    start++;
  if (start == at)
    return;

  for (;;)
    {
      gboolean alphabetic;
      gsize e = label_end (s, p, &alphabetic);

      if (e == p || s->text[p] == '-' || s->text[e - 1] == '-')
        break;
      labels++;
      if (labels >= 2 && alphabetic && e - p >= 2)
        end = e;
      if (byte_at (s, e) != '.')
        break;
      p = e + 1;
    }

  if (end > 0)
    add (s, ETHOS_FINDING_EMAIL, start, end);
}

/* Dates of birth ---------------------------------------------------------------------------- */

/* A month name at @pos ("March", "mar", "Sept."), ending at a non-letter. */
static gboolean
read_month (const Scanner *s, gsize *pos)
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
read_day (const Scanner *s, gsize *pos)
{
  guint day;

  if (!read_number (s, pos, 1, 2, &day, NULL) || day < 1 || day > 31)
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
read_year (const Scanner *s, gsize *pos)
{
  guint year, n_digits;

  return read_number (s, pos, 2, 4, &year, &n_digits) && n_digits != 3 && number_ends (s, *pos);
}

/* "12/03/1987", "12.03.87", "1987-03-12" (and US order, which is still a date). */
static gboolean
match_numeric_date (const Scanner *s, gsize i, gsize *end)
{
  gsize p = i;
  guint a, b, c, na, nc;
  guchar sep;

  if (!read_number (s, &p, 1, 4, &a, &na) || na == 3)
    return FALSE;
  sep = byte_at (s, p);
  if (!is_joiner (sep))
    return FALSE;
  p++;
  if (!read_number (s, &p, 1, 2, &b, NULL) || byte_at (s, p) != sep)
    return FALSE;
  p++;
  if (!read_number (s, &p, 1, na == 4 ? 2 : 4, &c, &nc) || !number_ends (s, p))
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

/* "12 March 1987", "12th of March 1987", "12-Mar-87". */
static gboolean
match_day_month_year (const Scanner *s, gsize i, gsize *end)
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
    }
  else
    {
      gsize q = skip_spaces (s, p);

      if (q == p)
        return FALSE;
      p = q;
      if (has_prefix_ci (s, p, "of") && byte_at (s, p + 2) == ' ')
        p = skip_spaces (s, p + 2);
      if (!read_month (s, &p))
        return FALSE;
      if (byte_at (s, p) == ',')
        p++;
      q = skip_spaces (s, p);
      if (q == p)
        return FALSE;
      p = q;
    }
  if (!read_year (s, &p))
    return FALSE;
  *end = p;
  return TRUE;
}

/* "March 12, 1987", "Mar 12th 1987". */
static gboolean
match_month_day_year (const Scanner *s, gsize i, gsize *end)
{
  gsize p = i;
  gsize q;

  if (!read_month (s, &p))
    return FALSE;
  q = skip_spaces (s, p);
  if (q == p)
    return FALSE;
  p = q;
  if (!read_day (s, &p))
    return FALSE;
  if (byte_at (s, p) == ',')
    p++;
  q = skip_spaces (s, p);
  if (q == p)
    return FALSE;
  p = q;
  if (!read_year (s, &p))
    return FALSE;
  *end = p;
  return TRUE;
}

/* Whether @cue (lower case) is at @pos as a whole word; a space in @cue matches any run of
 * spaces. Returns the end of the cue, or 0. */
static gsize
match_cue (const Scanner *s, gsize pos, gsize limit, const char *cue)
{
  gsize p = pos;

  for (const char *c = cue; *c != '\0'; c++)
    {
      if (*c == ' ')
        {
          gsize q = skip_spaces (s, p);

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
back_chars (const Scanner *s, gsize pos, gsize limit, guint n)
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
has_birth_cue (const Scanner *s, gsize date_start)
{
  static const char * const cues[] = { "date of birth", "d.o.b", "dob", "birthday", "born" };
  gsize limit = MAX (s->line_start, s->last_date_end);
  gsize near_edge = back_chars (s, date_start, limit, CUE_WINDOW_CHARS);
  gsize from = back_chars (s, near_edge, limit, CUE_MAX_CHARS);

  for (gsize p = from; p < date_start; p++)
    {
      if (!g_ascii_isalpha (s->text[p]) || word_before (s, p))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (cues); k++)
        {
          gsize cue_end = match_cue (s, p, date_start, cues[k]);

          if (cue_end > 0 && cue_end >= near_edge)
            return TRUE;
        }
      if (g_ascii_tolower (s->text[p]) == 'b' && byte_at (s, p + 1) == '.'
          && skip_spaces (s, p + 2) == date_start)
        return TRUE;
    }
  return FALSE;
}

static void
try_date (Scanner *s, gsize i, gboolean at_digit)
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
    add (s, ETHOS_FINDING_DATE_OF_BIRTH, i, end);
  s->last_date_end = end;
}

/* The scan --------------------------------------------------------------------------------- */

static int
compare_findings (gconstpointer a, gconstpointer b)
{
  const EthosFinding *x = a;
  const EthosFinding *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return 0;
}

/* Sorts, keeps the earliest (then longest) of overlapping matches, so "9434765919@nhs.net" is
 * an email address, and fills in lines and character columns in one forward walk. Invalid bytes
 * count as one character each, as g_utf8_make_valid() would show them. */
static void
finish (Scanner *s)
{
  GArray *found = s->found;
  guint kept = 0;
  gsize last_end = 0;
  gsize p = 0;
  guint line = 1;
  guint column = 1;

  g_array_sort (found, compare_findings);
  for (guint k = 0; k < found->len; k++)
    {
      EthosFinding *f = &g_array_index (found, EthosFinding, k);

      if (kept > 0 && f->start < last_end)
        continue;
      last_end = f->end;
      g_array_index (found, EthosFinding, kept++) = *f;
    }
  g_array_set_size (found, kept);

  for (guint k = 0; k < found->len; k++)
    {
      EthosFinding *f = &g_array_index (found, EthosFinding, k);

      while (p < f->start)
        {
          guchar c = s->text[p];

          if (c == '\n')
            {
              line++;
              column = 1;
              p++;
              continue;
            }
          column++;
          if (c < 0x80)
            p++;
          else
            {
              gunichar u = g_utf8_get_char_validated (s->text + p, s->len - p);

              if (u == (gunichar) -1 || u == (gunichar) -2)
                p++;
              else
                p += g_unichar_to_utf8 (u, NULL);
            }
        }
      f->line = line;
      f->column = column;
    }
}

GArray *
ethos_privacy_scan (const char *text, gssize length)
{
  Scanner s = { 0 };

  s.found = g_array_new (FALSE, FALSE, sizeof (EthosFinding));
  if (text == NULL)
    return s.found;
  s.text = text;
  s.len = length < 0 ? strlen (text) : (gsize) length;

  for (gsize i = 0; i < s.len; i++)
    {
      guchar c = text[i];

      if (c == '\n')
        {
          s.line_start = s.last_date_end = i + 1;
          continue;
        }
      if (c == '@')
        try_email (&s, i);
      else if (g_ascii_isdigit (c) || c == '+' || c == '(')
        {
          if (!number_starts (&s, i))
            continue;
          try_phone (&s, i);
          if (c != '+' && c != '(')
            {
              try_nhs (&s, i);
              try_date (&s, i, TRUE);
            }
        }
      else if (g_ascii_isalpha (c) && !word_before (&s, i))
        {
          try_postcode (&s, i);
          try_date (&s, i, FALSE);
        }
    }

  finish (&s);
  return s.found;
}

const char *
ethos_finding_kind_to_string (EthosFindingKind kind)
{
  switch (kind)
    {
    case ETHOS_FINDING_NHS_NUMBER:
      return "nhs-number";
    case ETHOS_FINDING_POSTCODE:
      return "postcode";
    case ETHOS_FINDING_PHONE:
      return "phone";
    case ETHOS_FINDING_EMAIL:
      return "email";
    case ETHOS_FINDING_DATE_OF_BIRTH:
      return "date-of-birth";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Describing findings ---------------------------------------------------------------------- */

static char *
describe_kind (EthosFindingKind kind, guint n)
{
  /* Small counts are words in running text ("two NHS numbers"), larger ones digits. */
  static const char * const words[] = {
    NULL, NULL,
    /* Translators: each number as it stands before a noun ("two postcodes"); the plural
     * forms of "%s postcode" and the others below follow it */
    N_("two"), N_("three"), N_("four"), N_("five"), N_("six"), N_("seven"), N_("eight"),
    N_("nine"),
  };
  g_autofree char *count = NULL;
  const char *format = NULL;

  if (n == 1)
    {
      switch (kind)
        {
        case ETHOS_FINDING_NHS_NUMBER:
          return g_strdup (_("an NHS number"));
        case ETHOS_FINDING_POSTCODE:
          return g_strdup (_("a postcode"));
        case ETHOS_FINDING_PHONE:
          return g_strdup (_("a phone number"));
        case ETHOS_FINDING_EMAIL:
          return g_strdup (_("an email address"));
        case ETHOS_FINDING_DATE_OF_BIRTH:
          return g_strdup (_("a date of birth"));
        default:
          g_return_val_if_reached (NULL);
        }
    }

  count = n < G_N_ELEMENTS (words) ? g_strdup (_(words[n])) : g_strdup_printf ("%u", n);
  switch (kind)
    {
    case ETHOS_FINDING_NHS_NUMBER:
      /* Translators: %s is a count, in words for two to nine ("two") and digits above; the
       * same for the other kinds below */
      format = g_dngettext (GETTEXT_PACKAGE, "%s NHS number", "%s NHS numbers", n);
      break;
    case ETHOS_FINDING_POSTCODE:
      format = g_dngettext (GETTEXT_PACKAGE, "%s postcode", "%s postcodes", n);
      break;
    case ETHOS_FINDING_PHONE:
      format = g_dngettext (GETTEXT_PACKAGE, "%s phone number", "%s phone numbers", n);
      break;
    case ETHOS_FINDING_EMAIL:
      format = g_dngettext (GETTEXT_PACKAGE, "%s email address", "%s email addresses", n);
      break;
    case ETHOS_FINDING_DATE_OF_BIRTH:
      format = g_dngettext (GETTEXT_PACKAGE, "%s date of birth", "%s dates of birth", n);
      break;
    default:
      g_return_val_if_reached (NULL);
    }
  return g_strdup_printf (format, count);
}

/* "a postcode and a phone number", "two NHS numbers": for a warning such as "This note has ...".
 * Kinds come in the order they first appear in the note, so the words follow the text. */
char *
ethos_privacy_describe (GArray *findings)
{
  EthosFindingKind order[ETHOS_FINDING_DATE_OF_BIRTH + 1];
  guint counts[ETHOS_FINDING_DATE_OF_BIRTH + 1] = { 0 };
  guint n_kinds = 0;
  char *result;

  if (findings == NULL || findings->len == 0)
    return NULL;

  for (guint k = 0; k < findings->len; k++)
    {
      EthosFindingKind kind = g_array_index (findings, EthosFinding, k).kind;

      g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (counts), NULL);
      if (counts[kind]++ == 0)
        order[n_kinds++] = kind;
    }

  result = describe_kind (order[n_kinds - 1], counts[order[n_kinds - 1]]);
  for (guint k = n_kinds - 1; k-- > 0;)
    {
      g_autofree char *part = describe_kind (order[k], counts[order[k]]);
      g_autofree char *rest = result;

      if (k == n_kinds - 2)
        /* Translators: the last two items of a list: "a postcode and a phone number" */
        result = g_strdup_printf (C_("list", "%s and %s"), part, rest);
      else
        /* Translators: an earlier item of a list and the rest: "an email address, a postcode
         * and a date of birth"; UK English has no comma before "and" */
        result = g_strdup_printf (C_("list", "%s, %s"), part, rest);
    }
  return result;
}
