/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-privacy-detectors"

#include "config.h"

#include <string.h>

#include "ethos-privacy-detectors.h"

/* The privacy scanner's detectors of details with a fixed shape: NHS numbers (checked by
 * modulus 11), phone numbers, postcodes and email addresses. ethos-privacy-scan.c calls each
 * where a match could start (an email address at its '@'); each reads a bounded number of bytes.
 * Dates of birth, which need a cue, are in ethos-privacy-birth-dates.c. */

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

void
ethos_scanner_try_nhs (EthosScanner *s, gsize i)
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

  if (n != 10 || !ethos_scanner_number_ends (s, p) || !nhs_check_digit_valid (digits))
    return;
  ethos_scanner_add (s, ETHOS_FINDING_NHS_NUMBER, i, p);
}

/* Phone numbers ----------------------------------------------------------------------------- */

static gboolean
phone_prefix_ok (char c)
{
  return c == '1' || c == '2' || c == '3' || c == '7' || c == '8';
}

/* 01, 02, 03, 07 and 08 numbers of 11 digits in groups of two or more ("07700 900123",
 * "(0161) 496 0000", "0161-496-0000"), and "+44 7700 900123" or "+44 (0)20 7946 0958". */
void
ethos_scanner_try_phone (EthosScanner *s, gsize i)
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
          if (ethos_scanner_number_ends (s, p))
            ethos_scanner_add (s, ETHOS_FINDING_PHONE, i, p);
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
match_shape (const EthosScanner *s, gsize pos, const char *shape)
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
inward_is_ordinal (const EthosScanner *s, gsize pos)
{
  char digit = s->text[pos];
  const char *suffix = digit == '1' ? "st" : digit == '2' ? "nd" : digit == '3' ? "rd" : "th";

  return s->text[pos + 1] == suffix[0] && s->text[pos + 2] == suffix[1];
}

void
ethos_scanner_try_postcode (EthosScanner *s, gsize i)
{
  gsize best_end = 0;

  /* Every outward code has a digit second or third; GIR is the exception */
  if (!digit_at (s, i + 1) && !digit_at (s, i + 2) && !ethos_scanner_has_prefix_ci (s, i, "gir"))
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
          if (!ethos_scanner_has_prefix_ci (s, p, "gir"))
            continue;
          p += 3;
        }

      if (byte_at (s, p) == ' ')
        p++;
      if (!digit_at (s, p) || !match_shape (s, p + 1, "II") || ethos_scanner_word_at (s, p + 3))
        continue;
      if (outward == NULL && (s->text[p] != '0' || g_ascii_toupper (s->text[p + 1]) != 'A'
                              || g_ascii_toupper (s->text[p + 2]) != 'A'))
        continue;
      if (inward_is_ordinal (s, p))
        continue;
      best_end = MAX (best_end, p + 3);
    }

  if (best_end > 0)
    ethos_scanner_add (s, ETHOS_FINDING_POSTCODE, i, best_end);
}

/* Email addresses --------------------------------------------------------------------------- */

static gboolean
local_char (guchar c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* One domain label at @pos: ASCII letters, digits and hyphens, or letters of any script. */
static gsize
label_end (const EthosScanner *s, gsize pos, gboolean *alphabetic)
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

          if (u == (gunichar) -1 || u == (gunichar) -2 || !ethos_unichar_is_wordy (u))
            break;
          pos += g_unichar_to_utf8 (u, NULL);
        }
    }
  return pos;
}

/* Called at each '@': reads the local part backwards and the domain forwards. Neither reads past
 * another '@', so however many there are, each byte is read at most twice. */
void
ethos_scanner_try_email (EthosScanner *s, gsize at)
{
  gsize start = at;
  gsize p = at + 1;
  gsize end = 0;
  guint labels = 0;

  while (start > 0)
    {
      guchar c = s->text[start - 1];

      if (c < 0x80 ? local_char (c) : ethos_scanner_word_before (s, start))
        {
          start--;
          while (start > 0 && ((guchar) s->text[start] & 0xC0) == 0x80)
            start--;
        }
      else
        break;
    }
  while (start < at && !ethos_scanner_word_at (s, start))
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
    ethos_scanner_add (s, ETHOS_FINDING_EMAIL, start, end);
}
