/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the privacy scanner only (ethos-privacy-*.c): the cursor that the scan and its detectors
 * share, and the primitives that read it. Every read is bounds-checked, so the detectors can
 * look ahead freely. */

#include <glib.h>

#include "ethos-privacy-scan.h"

G_BEGIN_DECLS

typedef struct
{
  const char *text;
  gsize       len;
  GArray     *found;         /* EthosFinding candidates, in no particular order */
  gsize       line_start;
  gsize       last_date_end; /* a cue belongs to the first date after it on its line */
} EthosScanner;

static inline guchar
byte_at (const EthosScanner *s, gsize pos)
{
  return pos < s->len ? (guchar) s->text[pos] : 0;
}

static inline gboolean
digit_at (const EthosScanner *s, gsize pos)
{
  return g_ascii_isdigit (byte_at (s, pos));
}

static inline gboolean
alpha_at (const EthosScanner *s, gsize pos)
{
  return g_ascii_isalpha (byte_at (s, pos));
}

/* Characters that join digits into one longer number: "12-943", "1.9434765919". */
static inline gboolean
is_joiner (guchar c)
{
  return c == '-' || c == '.' || c == '/';
}

gboolean ethos_unichar_is_wordy (gunichar c);
gboolean ethos_scanner_word_before (const EthosScanner *s, gsize pos);
gboolean ethos_scanner_word_at (const EthosScanner *s, gsize pos);
gboolean ethos_scanner_number_starts (const EthosScanner *s, gsize pos);
gboolean ethos_scanner_number_ends (const EthosScanner *s, gsize pos);
void     ethos_scanner_add (EthosScanner *s, EthosFindingKind kind, gsize start, gsize end);
gboolean ethos_scanner_read_number (const EthosScanner *s,
                                    gsize              *pos,
                                    guint               min,
                                    guint               max,
                                    guint              *value,
                                    guint              *n_digits);
gboolean ethos_scanner_has_prefix_ci (const EthosScanner *s, gsize pos, const char *prefix);
gsize    ethos_scanner_skip_spaces (const EthosScanner *s, gsize pos);

G_END_DECLS
