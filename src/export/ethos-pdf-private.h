/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For ethos-pdf*.c only: the blocks a document is made of, and how each is measured. */

#include <pango/pangocairo.h>

G_BEGIN_DECLS

#define PAGE_WIDTH  595.0 /* A4 in points */
#define PAGE_HEIGHT 842.0
#define MARGIN      56.0
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)

/* Where a table row's columns start (ethos-pdf-blocks.c says why there). */
#define N_ROW_STOPS 5
extern const double ethos_pdf_row_stops[N_ROW_STOPS];
#define ROW_GAP 6.0

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_SUBHEADING,
  BLOCK_BODY,
  BLOCK_SMALL,
  BLOCK_ROW, /* tab-separated columns */
  BLOCK_PAGE_BREAK,
  BLOCK_GROUP_BEGIN, /* what follows, to BLOCK_GROUP_END, is kept on one page if it fits one */
  BLOCK_GROUP_END,
} BlockStyle;

typedef struct
{
  BlockStyle style;
  char      *text;
} Block;

#define PAGE_BOTTOM (PAGE_HEIGHT - MARGIN)
/* Lines of a paragraph kept together at the foot of a page and at the head of the next: never
 * one line alone on either side of a break. */
#define MIN_LINES 2

guint  ethos_pdf_block_layouts (cairo_t     *cr,
                                const Block *block,
                                PangoLayout *layouts[N_ROW_STOPS],
                                double       x[N_ROW_STOPS],
                                double      *height);
double ethos_pdf_space_before (BlockStyle style);
gboolean ethos_pdf_is_heading (BlockStyle style);
double ethos_pdf_first_lines_height (PangoLayout *layout);
double ethos_pdf_kept_with_heading (cairo_t *cr, GArray *blocks, guint i);
double ethos_pdf_group_height (cairo_t *cr, GArray *blocks, guint i, double *lead);

G_END_DECLS
