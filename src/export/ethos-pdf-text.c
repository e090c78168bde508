/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-pdf"

#include "config.h"

#include <string.h>

#include "ethos-pdf-text.h"

/* Text for the audit pack's pages: made breakable where Pango would struggle, and measured
 * line by line, for ethos-pdf.c to split a block between pages. */

/* A run of characters with no place to break a line (a note typed without spaces, a pasted
 * string of symbols) is broken by Pango letter by letter, and for each line it fills it measures
 * the whole rest of the run again: a note of 100,000 characters without a space took 30 s. In a
 * run longer than LONG_RUN, a zero-width space every RUN_STEP characters lets the line break
 * there instead, where it would have broken anyway; it prints nothing and is not in the PDF's
 * text. */
#define LONG_RUN 64
#define RUN_STEP 4

static void
append_run (GString *out, const char *start, const char *end, glong length)
{
  if (length <= LONG_RUN)
    {
      g_string_append_len (out, start, end - start);
      return;
    }
  for (glong i = 0; start < end; i++, start = g_utf8_next_char (start))
    {
      if (i > 0 && i % RUN_STEP == 0)
        g_string_append (out, "\u200B");
      g_string_append_len (out, start, g_utf8_next_char (start) - start);
    }
}

/* @text with a zero-width space where a long run needs a place to break. */
char *
ethos_pdf_text_breakable (const char *text)
{
  glong n = g_utf8_strlen (text, -1);
  g_autofree PangoLogAttr *attrs = g_new (PangoLogAttr, n + 1);
  GString *out = g_string_sized_new (strlen (text));
  const char *run = text;
  const char *p = text;
  glong run_length = 0;

  pango_get_log_attrs (text, -1, -1, pango_language_get_default (), attrs, n + 1);
  for (glong i = 0; i < n; i++, p = g_utf8_next_char (p))
    {
      if (attrs[i].is_line_break)
        {
          append_run (out, run, p, run_length);
          run = p;
          run_length = 0;
        }
      run_length++;
    }
  append_run (out, run, p, run_length);
  return g_string_free (out, FALSE);
}

/* @layout's lines, each where it is in the layout. */
GArray *
ethos_pdf_text_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (EthosPdfLine));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      EthosPdfLine line;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = pango_units_to_double (logical.y);
      line.bottom = pango_units_to_double (logical.y + logical.height);
      line.baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      line.x = pango_units_to_double (logical.x);
      g_array_append_val (lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return lines;
}
