/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ethos-pdf.h"

/* The audit pack: an A4 PDF with real, selectable text. Blocks of text flow down the page and
 * onto the next; the document is laid out twice, once to count the pages for "Page N of M". */

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

static char *
with_line_breaks (const char *text)
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

static void
add (EthosPdfDocument *self, BlockStyle style, const char *text)
{
  Block block = { style, with_line_breaks (text != NULL ? text : "") };

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
    case BLOCK_PAGE_BREAK:
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
    case BLOCK_PAGE_BREAK:
    default:
      return 5;
    }
}

static void
draw_footer (EthosPdfDocument *self, cairo_t *cr, guint page, guint pages)
{
  g_autoptr (PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string ("Sans 8");
  g_autofree char *text = g_strdup_printf (_("%s · Page %u of %u"), self->footer, page, pages);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, MARGIN, PAGE_HEIGHT - MARGIN / 2 - 10);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  pango_cairo_show_layout (cr, layout);
  cairo_set_source_rgb (cr, 0, 0, 0);
}

/* Ends the page (drawn when @pages is known) and starts the next. */
static double
next_page (EthosPdfDocument *self, cairo_t *cr, guint *page, guint pages)
{
  if (pages > 0)
    {
      draw_footer (self, cr, *page, pages);
      cairo_show_page (cr);
    }
  (*page)++;
  return MARGIN;
}

/* A block taller than a page, line by line from @y, onto as many pages as it needs: drawn whole,
 * it ran off the foot of the page and the rest of the text was lost. Returns where it ends. */
static double
lay_out_tall (EthosPdfDocument *self, cairo_t *cr, PangoLayout *layout, double y, guint *page,
              guint pages)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double top_of_layout = y;
  double bottom = y;

  do
    {
      PangoRectangle logical;
      double line_top, line_bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_top = pango_units_to_double (logical.y);
      line_bottom = pango_units_to_double (logical.y + logical.height);
      if (top_of_layout + line_bottom > PAGE_HEIGHT - MARGIN && top_of_layout + line_top > MARGIN)
        top_of_layout = next_page (self, cr, page, pages) - line_top;
      if (pages > 0)
        {
          cairo_move_to (cr, MARGIN + pango_units_to_double (logical.x),
                         top_of_layout + pango_units_to_double (pango_layout_iter_get_baseline (iter)));
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      bottom = top_of_layout + line_bottom;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return bottom;
}

/* Lays the blocks out; draws them when @pages is known (non-zero). Returns the page count. */
static guint
lay_out (EthosPdfDocument *self, cairo_t *cr, guint pages)
{
  double y = MARGIN;
  guint page = 1;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      PangoLayout *layouts[G_N_ELEMENTS (row_stops)] = { NULL };
      double x[G_N_ELEMENTS (row_stops)];
      double height;
      guint n;

      if (block->style == BLOCK_PAGE_BREAK)
        {
          y = next_page (self, cr, &page, pages);
          continue;
        }
      n = make_layouts (cr, block, layouts, x, &height);
      y += y > MARGIN ? space_before (block->style) : 0;
      if (n == 1 && height > PAGE_HEIGHT - 2 * MARGIN)
        {
          y = lay_out_tall (self, cr, layouts[0], y, &page, pages);
          g_object_unref (layouts[0]);
          continue;
        }
      /* A heading does not stand alone at the foot of a page. */
      if (y + height
            + ((block->style == BLOCK_HEADING || block->style == BLOCK_SUBHEADING) ? 40 : 0)
          > PAGE_HEIGHT - MARGIN)
        y = next_page (self, cr, &page, pages);
      for (guint c = 0; c < n; c++)
        {
          if (pages > 0)
            {
              cairo_move_to (cr, MARGIN + x[c], y);
              pango_cairo_show_layout (cr, layouts[c]);
            }
          g_object_unref (layouts[c]);
        }
      y += height;
    }
  if (pages > 0)
    {
      draw_footer (self, cr, page, pages);
      cairo_show_page (cr);
    }
  return page;
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
