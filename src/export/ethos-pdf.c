/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ethos-pdf.h"
#include "ethos-pdf-text.h"

/* The audit pack: an A4 PDF with real, selectable text. Blocks of text flow down the page and
 * onto the next, split between lines wherever a page ends (never fewer than MIN_LINES lines
 * of a paragraph on either side, a heading never at the foot of a page); the document is laid
 * out twice, once to count the pages for "Page N of M". */

#define PAGE_WIDTH  595.0 /* A4 in points */
#define PAGE_HEIGHT 842.0
#define MARGIN      56.0
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)

/* Where a table row's columns start, in points from the margin: a month's name ("Gorffennaf
 * 2024"), three numbers, then the checks. Each cell wraps within its column, so that a longer
 * word in another language moves nothing else. */
static const double row_stops[] = { 0, 118, 183, 243, 318 };
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

struct _EthosPdfDocument
{
  GArray *blocks;
  char   *footer;
};

static void
block_clear (gpointer data)
{
  g_free (((Block *) data)->text);
}

EthosPdfDocument *
ethos_pdf_document_new (const char *footer)
{
  EthosPdfDocument *self = g_new0 (EthosPdfDocument, 1);

  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->footer = g_strdup (footer);
  return self;
}

void
ethos_pdf_document_free (EthosPdfDocument *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->blocks);
  g_free (self->footer);
  g_free (self);
}

static void
add (EthosPdfDocument *self, BlockStyle style, const char *text)
{
  Block block = { style, ethos_pdf_text_breakable (text != NULL ? text : "") };

  g_array_append_val (self->blocks, block);
}

void
ethos_pdf_document_title (EthosPdfDocument *self, const char *text)
{
  add (self, BLOCK_TITLE, text);
}

void
ethos_pdf_document_heading (EthosPdfDocument *self, const char *text)
{
  add (self, BLOCK_HEADING, text);
}

void
ethos_pdf_document_subheading (EthosPdfDocument *self, const char *text)
{
  add (self, BLOCK_SUBHEADING, text);
}

void
ethos_pdf_document_paragraph (EthosPdfDocument *self, const char *text)
{
  add (self, BLOCK_BODY, text);
}

void
ethos_pdf_document_small (EthosPdfDocument *self, const char *text)
{
  add (self, BLOCK_SMALL, text);
}

/* A table row: columns separated by tabs, each in its column (row_stops). */
void
ethos_pdf_document_row (EthosPdfDocument *self, const char *text)
{
  add (self, BLOCK_ROW, text);
}

void
ethos_pdf_document_page_break (EthosPdfDocument *self)
{
  add (self, BLOCK_PAGE_BREAK, NULL);
}

/* The blocks added from here to ethos_pdf_document_end_group() are one thing (an entry and its
 * fields, a table and its notes): they start on a new page rather than be split, unless they
 * are taller than a page, when they go on over pages as any text does. */
void
ethos_pdf_document_begin_group (EthosPdfDocument *self)
{
  add (self, BLOCK_GROUP_BEGIN, NULL);
}

void
ethos_pdf_document_end_group (EthosPdfDocument *self)
{
  add (self, BLOCK_GROUP_END, NULL);
}

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
static guint
make_layouts (cairo_t      *cr,
              const Block  *block,
              PangoLayout  *layouts[G_N_ELEMENTS (row_stops)],
              double        x[G_N_ELEMENTS (row_stops)],
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
      cells = g_strsplit (block->text, "\t", G_N_ELEMENTS (row_stops));
      for (; cells[n] != NULL; n++)
        {
          double end = cells[n + 1] != NULL ? row_stops[n + 1] - ROW_GAP : CONTENT_WIDTH;

          x[n] = row_stops[n];
          layouts[n] = make_layout (cr, block, cells[n], end - row_stops[n]);
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

static double
space_before (BlockStyle style)
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

/* The footer: what the document is on the left, "Page N of M" on the right. */
static void
draw_footer (EthosPdfDocument *self, cairo_t *cr, guint page, guint pages)
{
  g_autoptr (PangoLayout) left = pango_cairo_create_layout (cr);
  g_autoptr (PangoLayout) right = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string ("Sans 8");
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page, pages);
  int number_width;
  double y = PAGE_HEIGHT - MARGIN / 2 - 10;

  pango_layout_set_font_description (right, font);
  pango_layout_set_text (right, number, -1);
  pango_layout_get_size (right, &number_width, NULL);
  pango_layout_set_font_description (left, font);
  pango_layout_set_width (left, pango_units_from_double (CONTENT_WIDTH - 12)
                                  - number_width);
  pango_layout_set_wrap (left, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (left, self->footer, -1);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, PAGE_WIDTH - MARGIN - pango_units_to_double (number_width), y);
  pango_cairo_show_layout (cr, right);
  cairo_set_source_rgb (cr, 0, 0, 0);
}

/* Where the blocks have got to: the page, and how far down it. Drawing happens only when the
 * page count is known (@pages non-zero); the first pass only counts. */
typedef struct
{
  EthosPdfDocument *self;
  cairo_t          *cr;
  guint             pages;
  guint             page;
  double            y;
} Flow;

#define PAGE_BOTTOM (PAGE_HEIGHT - MARGIN)
/* Lines of a paragraph kept together at the foot of a page and at the head of the next: never
 * one line alone on either side of a break. */
#define MIN_LINES 2

/* Ends the page (drawn when the count is known) and starts the next. */
static void
next_page (Flow *flow)
{
  if (flow->pages > 0)
    {
      draw_footer (flow->self, flow->cr, flow->page, flow->pages);
      cairo_show_page (flow->cr);
    }
  flow->page++;
  flow->y = MARGIN;
}

/* The height a paragraph needs at least where it starts: its first MIN_LINES lines, or all of
 * it when it is too short to split (flow_text() moves it whole). */
static double
first_lines_height (PangoLayout *layout)
{
  g_autoptr (GArray) lines = ethos_pdf_text_lines (layout);
  guint needed = lines->len < 2 * MIN_LINES ? lines->len : MIN_LINES;

  return g_array_index (lines, EthosPdfLine, needed - 1).bottom;
}

/* A block of text, line by line, going on to the next page where it must: a block of any
 * length is split, never moved whole to leave a gap or run off the foot, with MIN_LINES lines
 * at least on each side of the break. */
static void
flow_text (Flow *flow, PangoLayout *layout)
{
  g_autoptr (GArray) lines = ethos_pdf_text_lines (layout);
  double offset = flow->y; /* where the layout's top is on this page */
  guint first = 0;

  while (first < lines->len)
    {
      guint last = first;
      guint left;

      while (last < lines->len && offset + g_array_index (lines, EthosPdfLine, last).bottom <= PAGE_BOTTOM)
        last++;
      left = lines->len - last;
      /* One line alone at the head of the next page: take more with it. */
      if (left > 0 && left < MIN_LINES && last - first > MIN_LINES)
        last -= MIN_LINES - left;
      /* Too few at the foot of this page, or a block too short to leave enough on both
       * sides: the block starts on the next. */
      if (left > 0 && first == 0 && flow->y > MARGIN
          && (last < MIN_LINES || lines->len - last < MIN_LINES))
        last = 0;
      /* A line taller than a page still goes somewhere. */
      if (last == first && offset + g_array_index (lines, EthosPdfLine, first).top <= MARGIN)
        last = first + 1;
      for (guint i = first; i < last && flow->pages > 0; i++)
        {
          EthosPdfLine *line = &g_array_index (lines, EthosPdfLine, i);

          cairo_move_to (flow->cr, MARGIN + line->x, offset + line->baseline);
          pango_cairo_show_layout_line (flow->cr, pango_layout_get_line_readonly (layout, i));
        }
      if (last == lines->len)
        {
          flow->y = offset + g_array_index (lines, EthosPdfLine, last - 1).bottom;
          return;
        }
      next_page (flow);
      offset = MARGIN - g_array_index (lines, EthosPdfLine, last).top;
      first = last;
    }
}

static gboolean
is_heading (BlockStyle style)
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
static double
kept_with_heading (Flow *flow, guint i)
{
  GArray *blocks = flow->self->blocks;
  double height = 0;

  for (; i < blocks->len; i++)
    {
      Block *block = &g_array_index (blocks, Block, i);
      PangoLayout *layouts[G_N_ELEMENTS (row_stops)] = { NULL };
      double x[G_N_ELEMENTS (row_stops)];
      double block_height;
      guint n;

      if (is_marker (block->style))
        {
          if (block->style == BLOCK_PAGE_BREAK)
            break;
          continue;
        }
      n = make_layouts (flow->cr, block, layouts, x, &block_height);
      if (height > 0)
        height += space_before (block->style);
      if (n == 1 && !is_heading (block->style))
        block_height = first_lines_height (layouts[0]);
      height += block_height;
      for (guint c = 0; c < n; c++)
        g_object_unref (layouts[c]);
      if (!is_heading (block->style))
        break;
    }
  return height;
}

/* The height of the group that starts at @i (a BLOCK_GROUP_BEGIN), as the flow lays it out
 * from the top of a page, and in @lead the space before it anywhere else. */
static double
group_height (Flow *flow, guint i, double *lead)
{
  GArray *blocks = flow->self->blocks;
  double height = 0;
  gboolean first = TRUE;

  *lead = 0;
  for (i++; i < blocks->len; i++)
    {
      Block *block = &g_array_index (blocks, Block, i);
      PangoLayout *layouts[G_N_ELEMENTS (row_stops)] = { NULL };
      double x[G_N_ELEMENTS (row_stops)];
      double block_height;
      guint n;

      if (block->style == BLOCK_GROUP_END || block->style == BLOCK_GROUP_BEGIN
          || block->style == BLOCK_PAGE_BREAK)
        break;
      n = make_layouts (flow->cr, block, layouts, x, &block_height);
      if (first)
        *lead = space_before (block->style);
      height += (first ? 0 : space_before (block->style)) + block_height;
      first = FALSE;
      for (guint c = 0; c < n; c++)
        g_object_unref (layouts[c]);
    }
  return height;
}

/* Lays the blocks out; draws them when @pages is known (non-zero). Returns the page count. */
static guint
lay_out (EthosPdfDocument *self, cairo_t *cr, guint pages)
{
  Flow flow = { self, cr, pages, 1, MARGIN };

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      PangoLayout *layouts[G_N_ELEMENTS (row_stops)] = { NULL };
      double x[G_N_ELEMENTS (row_stops)];
      double height;
      guint n;

      if (block->style == BLOCK_PAGE_BREAK)
        {
          if (flow.y > MARGIN)
            next_page (&flow);
          continue;
        }
      if (block->style == BLOCK_GROUP_BEGIN)
        {
          double lead;
          double height = group_height (&flow, i, &lead);

          if (flow.y > MARGIN && height <= PAGE_BOTTOM - MARGIN
              && flow.y + lead + height > PAGE_BOTTOM)
            next_page (&flow);
          continue;
        }
      if (block->style == BLOCK_GROUP_END)
        continue;
      flow.y += flow.y > MARGIN ? space_before (block->style) : 0;
      if (is_heading (block->style) && flow.y > MARGIN
          && flow.y + kept_with_heading (&flow, i) > PAGE_BOTTOM)
        next_page (&flow);
      n = make_layouts (cr, block, layouts, x, &height);
      if (n == 1)
        flow_text (&flow, layouts[0]);
      else
        {
          /* A table row is kept whole. */
          if (flow.y > MARGIN && flow.y + height > PAGE_BOTTOM)
            next_page (&flow);
          for (guint c = 0; c < n && pages > 0; c++)
            {
              cairo_move_to (cr, MARGIN + x[c], flow.y);
              pango_cairo_show_layout (cr, layouts[c]);
            }
          flow.y += height;
        }
      for (guint c = 0; c < n; c++)
        g_object_unref (layouts[c]);
    }
  if (pages > 0)
    {
      draw_footer (self, cr, flow.page, pages);
      cairo_show_page (cr);
    }
  return flow.page;
}

static cairo_status_t
write_to_stream (void *closure, const unsigned char *data, unsigned int length)
{
  GOutputStream *stream = closure;

  return g_output_stream_write_all (stream, data, length, NULL, NULL, NULL) ? CAIRO_STATUS_SUCCESS
                                                                             : CAIRO_STATUS_WRITE_ERROR;
}

static cairo_status_t
discard (void *closure, const unsigned char *data, unsigned int length)
{
  return CAIRO_STATUS_SUCCESS;
}

gboolean
ethos_pdf_document_write (EthosPdfDocument *self, GOutputStream *stream, GError **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  guint pages;
  cairo_status_t status;

  /* First pass: count the pages, drawing nothing, on a PDF surface whose output goes nowhere:
   * a surface of another kind measures text with other font metrics, and over a note of many
   * pages the count came out wrong ("Page 3 of 42" in a PDF of 38). */
  surface = cairo_pdf_surface_create_for_stream (discard, NULL, PAGE_WIDTH, PAGE_HEIGHT);
  cr = cairo_create (surface);
  pages = lay_out (self, cr, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, stream, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Ethos");
  cr = cairo_create (surface);
  lay_out (self, cr, pages);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the PDF: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
