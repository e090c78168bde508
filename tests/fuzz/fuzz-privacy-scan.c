/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ethos-privacy-scan.h"
#include "fuzz-common.h"

/* The privacy scanner over any note, valid UTF-8 or not. The input is scanned where libFuzzer
 * put it, with its exact length and no NUL after it, so ASan catches any read past the end.
 * Findings are sorted, do not overlap, lie inside the text, and their lines count the line
 * breaks before them. */

static void
check (const char *text, gsize len, GArray *found)
{
  gsize last_end = 0;
  gsize p = 0;
  guint line = 1;
  gsize line_start = 0;
  g_autofree char *description = NULL;

  for (guint k = 0; k < found->len; k++)
    {
      EthosFinding *f = &g_array_index (found, EthosFinding, k);

      g_assert_cmpuint (f->start, <, f->end);
      g_assert_cmpuint (f->end, <=, len);
      g_assert_cmpuint (f->start, >=, last_end);
      g_assert_nonnull (ethos_finding_kind_to_string (f->kind));
      for (; p < f->start; p++)
        if (text[p] == '\n')
          {
            line++;
            line_start = p + 1;
          }
      g_assert_cmpuint (f->line, ==, line);
      g_assert_cmpuint (f->column, >=, 1);
      g_assert_cmpuint (f->column, <=, f->start - line_start + 1);
      last_end = f->end;
    }

  description = ethos_privacy_describe (found);
  g_assert_true ((description != NULL) == (found->len > 0));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GArray) found = ethos_privacy_scan ((const char *) data, (gssize) size);

  check ((const char *) data, size, found);

  /* The same note as a C string finds the same things. */
  if (memchr (data, '\0', size) == NULL)
    {
      g_autofree char *text = fuzz_text (data, size);
      g_autoptr (GArray) again = ethos_privacy_scan (text, -1);

      g_assert_cmpuint (again->len, ==, found->len);
      for (guint k = 0; k < found->len; k++)
        {
          EthosFinding *a = &g_array_index (found, EthosFinding, k);
          EthosFinding *b = &g_array_index (again, EthosFinding, k);

          g_assert_true (a->kind == b->kind && a->start == b->start && a->end == b->end
                         && a->line == b->line && a->column == b->column);
        }
    }
  return 0;
}
