/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-privacy-scanner"

#include "config.h"

#include <string.h>

#include "ethos-privacy-scanner.h"

/* The privacy scanner's cursor: where words and numbers start and end, and the small readers
 * that the scan and its detectors share. Non-ASCII text only matters at word edges, where it is
 * decoded to tell "Siân" (a word that continues) from a curly quote or an emoji (a boundary);
 * invalid UTF-8 is a boundary. */

gboolean
ethos_unichar_is_wordy (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Whether the character that ends just before @pos is a letter or digit in any script. */
gboolean
ethos_scanner_word_before (const EthosScanner *s, gsize pos)
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
  return ethos_unichar_is_wordy (c);
}

/* Whether the character starting at @pos is a letter or digit in any script. */
gboolean
ethos_scanner_word_at (const EthosScanner *s, gsize pos)
{
  gunichar c;

  if (pos >= s->len)
    return FALSE;
  if ((guchar) s->text[pos] < 0x80)
    return g_ascii_isalnum (s->text[pos]);
  c = g_utf8_get_char_validated (s->text + pos, s->len - pos);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return FALSE;
  return ethos_unichar_is_wordy (c);
}

/* A number may start at @pos: it does not continue a word or a longer number. */
gboolean
ethos_scanner_number_starts (const EthosScanner *s, gsize pos)
{
  if (ethos_scanner_word_before (s, pos))
    return FALSE;
  return !(pos >= 2 && is_joiner (s->text[pos - 1]) && g_ascii_isdigit (s->text[pos - 2]));
}

/* A number may end at @pos. A space followed by more digits still ends it: "943 476 5919 10
 * minutes late" must be caught, and only spaced groups that fit the pattern are read. */
gboolean
ethos_scanner_number_ends (const EthosScanner *s, gsize pos)
{
  if (ethos_scanner_word_at (s, pos))
    return FALSE;
  return !(is_joiner (byte_at (s, pos)) && digit_at (s, pos + 1));
}

void
ethos_scanner_add (EthosScanner *s, EthosFindingKind kind, gsize start, gsize end)
{
  EthosFinding finding = { kind, start, end, 0, 0 };

  g_array_append_val (s->found, finding);
}

/* Reads 1 to @max digits at *@pos (no more may follow) into *@value. */
gboolean
ethos_scanner_read_number (const EthosScanner *s,
                           gsize              *pos,
                           guint               min,
                           guint               max,
                           guint              *value,
                           guint              *n_digits)
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

gboolean
ethos_scanner_has_prefix_ci (const EthosScanner *s, gsize pos, const char *prefix)
{
  gsize n = strlen (prefix);

  return pos <= s->len && s->len - pos >= n && g_ascii_strncasecmp (s->text + pos, prefix, n) == 0;
}

gsize
ethos_scanner_skip_spaces (const EthosScanner *s, gsize pos)
{
  while (byte_at (s, pos) == ' ' || byte_at (s, pos) == '\t')
    pos++;
  return pos;
}
