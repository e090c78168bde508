/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ethos-pdf.h"
#include "ethos-pdf-private.h"
#include "ethos-pdf-text.h"

/* The audit pack: an A4 PDF with real, selectable text. Blocks of text flow down the page and
 * onto the next, split between lines wherever a page ends (never fewer than MIN_LINES lines
 * of a paragraph on either side, a heading never at the foot of a page, a group such as an
 * entry and its fields on one page where it fits one); the document is laid out twice, once to
 * count the pages for "Page N of M". How each block is measured is in ethos-pdf-blocks.c. */

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


/* Lays the blocks out; draws them when @pages is known (non-zero). Returns the page count. */
static guint
lay_out (EthosPdfDocument *self, cairo_t *cr, guint pages)
{
  Flow flow = { self, cr, pages, 1, MARGIN };

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      PangoLayout *layouts[N_ROW_STOPS] = { NULL };
      double x[N_ROW_STOPS];
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
          double height = ethos_pdf_group_height (cr, self->blocks, i, &lead);

          if (flow.y > MARGIN && height <= PAGE_BOTTOM - MARGIN
              && flow.y + lead + height > PAGE_BOTTOM)
            next_page (&flow);
          continue;
        }
      if (block->style == BLOCK_GROUP_END)
        continue;
      flow.y += flow.y > MARGIN ? ethos_pdf_space_before (block->style) : 0;
      if (ethos_pdf_is_heading (block->style) && flow.y > MARGIN
          && flow.y + ethos_pdf_kept_with_heading (cr, self->blocks, i) > PAGE_BOTTOM)
        next_page (&flow);
      n = ethos_pdf_block_layouts (cr, block, layouts, x, &height);
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
