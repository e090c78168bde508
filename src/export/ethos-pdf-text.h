/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* A line of a layout, in points from the layout's top left. */
typedef struct
{
  double top, bottom, baseline, x;
} EthosPdfLine;

char   *ethos_pdf_text_breakable (const char *text);
GArray *ethos_pdf_text_lines (PangoLayout *layout);

G_END_DECLS
