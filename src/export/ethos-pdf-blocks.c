/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-pdf"

#include "config.h"

#include "ethos-pdf-private.h"
#include "ethos-pdf-text.h"

/* How the audit pack's blocks are measured: each block's font and its layouts (one per column
 * of a table row), the space before it, and what must fit below a heading or a group for it to
 * start where the last block ended (ethos-pdf.c lays them out). */

/* Where a table row's columns start, in points from the margin: a month's name ("Gorffennaf
 * 2024"), three numbers, then the checks. Each cell wraps within its column, so that a longer
 * word in another language moves nothing else. */
const double ethos_pdf_row_stops[N_ROW_STOPS] = { 0, 118, 183, 243, 318 };

static PangoLayout *
make_layout (cairo_t *cr, const Block *block, const char *text, double width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) font = NULL;
  const char *description = "Sans 10";

  switch (block->style)
    {
    case BLOCK_TITLE:
      description = "Sans Bold 22";
      break;
    case BLOCK_HEADING:
      description = "Sans Bold 15";
      break;
    case BLOCK_SUBHEADING:
      description = "Sans Bold 11";
      break;
    case BLOCK_SMALL:
      description = "Sans 8.5";
      break;
    case BLOCK_ROW:
      description = "Sans 9";
      break;
    case BLOCK_BODY:
    default:
      break;
    }
  font = pango_font_description_from_string (description);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* A block's layouts side by side: one for text, one per cell for a row. Returns their count
 * and sets @height to the tallest. */
guint
ethos_pdf_block_layouts (cairo_t      *cr,
              const Block  *block,
              PangoLayout  *layouts[N_ROW_STOPS],
              double        x[N_ROW_STOPS],
              double       *height)
{
  g_auto (GStrv) cells = NULL;
  guint n = 0;

  *height = 0;
  if (block->style != BLOCK_ROW)
    {
      layouts[0] = make_layout (cr, block, block->text, CONTENT_WIDTH);
      x[0] = 0;
      n = 1;
    }
  else
    {
      cells = g_strsplit (block->text, "\t", N_ROW_STOPS);
      for (; cells[n] != NULL; n++)
        {
          double end = cells[n + 1] != NULL ? ethos_pdf_row_stops[n + 1] - ROW_GAP : CONTENT_WIDTH;

          x[n] = ethos_pdf_row_stops[n];
          layouts[n] = make_layout (cr, block, cells[n], end - ethos_pdf_row_stops[n]);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      int cell_height;

      pango_layout_get_size (layouts[i], NULL, &cell_height);
      *height = MAX (*height, pango_units_to_double (cell_height));
    }
  return n;
}

double
ethos_pdf_space_before (BlockStyle style)
{
  switch (style)
    {
    case BLOCK_TITLE:
      return 0;
    case BLOCK_HEADING:
      return 18;
    case BLOCK_SUBHEADING:
      return 10;
    case BLOCK_ROW:
      return 1;
    case BLOCK_BODY:
    case BLOCK_SMALL:
    default:
      return 5;
    }
}

/* The height a paragraph needs at least where it starts: its first MIN_LINES lines, or all of
 * it when it is too short to split (flow_text() moves it whole). */
double
ethos_pdf_first_lines_height (PangoLayout *layout)
{
  g_autoptr (GArray) lines = ethos_pdf_text_lines (layout);
  guint needed = lines->len < 2 * MIN_LINES ? lines->len : MIN_LINES;

  return g_array_index (lines, EthosPdfLine, needed - 1).bottom;
}

gboolean
ethos_pdf_is_heading (BlockStyle style)
{
  return style == BLOCK_TITLE || style == BLOCK_HEADING || style == BLOCK_SUBHEADING;
}

static gboolean
is_marker (BlockStyle style)
{
  return style == BLOCK_PAGE_BREAK || style == BLOCK_GROUP_BEGIN || style == BLOCK_GROUP_END;
}

/* What must fit below the heading at @i for it to stay on this page: it, any headings right
 * under it, and the start of what they head. A heading never stands at the foot of a page. */
double
ethos_pdf_kept_with_heading (cairo_t *cr, GArray *blocks, guint i)
{
  double height = 0;

  for (; i < blocks->len; i++)
    {
      Block *block = &g_array_index (blocks, Block, i);
      PangoLayout *layouts[N_ROW_STOPS] = { NULL };
      double x[N_ROW_STOPS];
      double block_height;
      guint n;

      if (is_marker (block->style))
        {
          if (block->style == BLOCK_PAGE_BREAK)
            break;
          continue;
        }
      n = ethos_pdf_block_layouts (cr, block, layouts, x, &block_height);
      if (height > 0)
        height += ethos_pdf_space_before (block->style);
      if (n == 1 && !ethos_pdf_is_heading (block->style))
        block_height = ethos_pdf_first_lines_height (layouts[0]);
      height += block_height;
      for (guint c = 0; c < n; c++)
        g_object_unref (layouts[c]);
      if (!ethos_pdf_is_heading (block->style))
        break;
    }
  return height;
}

/* The height of the group that starts at @i (a BLOCK_GROUP_BEGIN), as the flow lays it out
 * from the top of a page, and in @lead the space before it anywhere else. */
double
ethos_pdf_group_height (cairo_t *cr, GArray *blocks, guint i, double *lead)
{
  double height = 0;
  gboolean first = TRUE;

  *lead = 0;
  for (i++; i < blocks->len; i++)
    {
      Block *block = &g_array_index (blocks, Block, i);
      PangoLayout *layouts[N_ROW_STOPS] = { NULL };
      double x[N_ROW_STOPS];
      double block_height;
      guint n;

      if (block->style == BLOCK_GROUP_END || block->style == BLOCK_GROUP_BEGIN
          || block->style == BLOCK_PAGE_BREAK)
        break;
      n = ethos_pdf_block_layouts (cr, block, layouts, x, &block_height);
      if (first)
        *lead = ethos_pdf_space_before (block->style);
      height += (first ? 0 : ethos_pdf_space_before (block->style)) + block_height;
      first = FALSE;
      for (guint c = 0; c < n; c++)
        g_object_unref (layouts[c]);
    }
  return height;
}
