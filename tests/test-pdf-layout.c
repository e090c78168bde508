/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-pdf-layout"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "case-fixture.h"
#include "ethos-pdf.h"

/* How the audit pack's pages break, read back from the PDF by pdftotext as an auditor's
 * reader sees it: a paragraph goes on over a page break line by line instead of leaving a gap,
 * never one line alone on either side; a heading is never the last thing on a page. Headings
 * and paragraphs carry markers ("H7", "p7w12") so that each line says where it came from. */

/* The document's text, one string per page. */
static GStrv
write_pages (CaseFixture *fixture, EthosPdfDocument *doc)
{
  g_autofree char *pdf = case_path (fixture, "layout.pdf");
  g_autoptr (GFile) file = g_file_new_for_path (pdf);
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  const char *argv[] = { "pdftotext", "-raw", pdf, "-", NULL };
  int status = 0;
  GStrv pages;
  guint n;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ethos_pdf_document_write (doc, G_OUTPUT_STREAM (stream), &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  pages = g_strsplit (text, "\f", -1);
  /* pdftotext ends the last page with a form feed too. */
  n = g_strv_length (pages);
  g_assert_cmpuint (n, >, 1);
  g_assert_cmpstr (pages[n - 1], ==, "");
  g_free (pages[n - 1]);
  pages[n - 1] = NULL;
  return pages;
}

/* A page's lines of text, its footer left out. */
static GPtrArray *
body_lines (const char *page)
{
  g_auto (GStrv) lines = g_strsplit (page, "\n", -1);
  GPtrArray *body = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' && strstr (lines[i], "Page ") == NULL
        && strstr (lines[i], "Layout test") == NULL)
      g_ptr_array_add (body, g_strdup (lines[i]));
  return body;
}

static char *
words (guint paragraph, guint count)
{
  GString *text = g_string_new (NULL);

  for (guint w = 1; w <= count; w++)
    g_string_append_printf (text, "%sp%uw%u", w > 1 ? " " : "", paragraph, w);
  return g_string_free (text, FALSE);
}

/* The paragraph a line of text comes from, or 0 for a heading or anything else. */
static guint
paragraph_of (const char *line)
{
  return line[0] == 'p' ? (guint) g_ascii_strtoull (line + 1, NULL, 10) : 0;
}

/* A paragraph shorter than a page but longer than what is left of it starts where the last
 * one ended, and goes on over the page: moved whole, it left half a page blank. */
static void
test_split_not_moved (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosPdfDocument) doc = ethos_pdf_document_new ("Layout test");
  g_autofree char *first = words (1, 180);  /* about a third of a page */
  g_autofree char *second = words (2, 450); /* most of a page */
  g_auto (GStrv) pages = NULL;

  ethos_pdf_document_paragraph (doc, first);
  ethos_pdf_document_paragraph (doc, second);
  pages = write_pages (fixture, doc);
  g_assert_cmpuint (g_strv_length (pages), ==, 2);
  g_assert_nonnull (strstr (pages[0], "p2w1 "));
  g_assert_nonnull (strstr (pages[1], "p2w450"));
  g_assert_nonnull (strstr (pages[0], "Page 1 of 2"));
  g_assert_nonnull (strstr (pages[1], "Page 2 of 2"));
}

/* Headings with paragraphs of one to seven lines, many pages of them, so that every kind of
 * break comes up: on no page is a heading the last line, and a paragraph that goes over a
 * page has two lines at least on each side. */
static void
test_breaks (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosPdfDocument) doc = ethos_pdf_document_new ("Layout test");
  g_autoptr (GHashTable) parts = g_hash_table_new (NULL, NULL);
  g_auto (GStrv) pages = NULL;
  guint split = 0;

  ethos_pdf_document_title (doc, "Layout");
  for (guint i = 1; i <= 300; i++)
    {
      g_autofree char *heading = g_strdup_printf ("H%u heading", i);
      g_autofree char *text = words (i, 1 + (i * 7) % 75);

      if (i % 10 == 0)
        ethos_pdf_document_heading (doc, heading);
      else
        ethos_pdf_document_subheading (doc, heading);
      ethos_pdf_document_paragraph (doc, text);
    }
  pages = write_pages (fixture, doc);
  g_assert_cmpuint (g_strv_length (pages), >, 10);
  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_autoptr (GPtrArray) lines = body_lines (pages[p]);
      const char *last = g_ptr_array_index (lines, lines->len - 1);
      guint head = paragraph_of (g_ptr_array_index (lines, 0));
      guint foot = paragraph_of (last);
      guint n_head = 0, n_foot = 0;

      g_assert_true (last[0] != 'H' && !g_str_equal (last, "Layout"));
      for (guint l = 0; l < lines->len && paragraph_of (g_ptr_array_index (lines, l)) == head
                        && head != 0; l++)
        n_head++;
      for (guint l = lines->len; l > 0 && paragraph_of (g_ptr_array_index (lines, l - 1)) == foot
                                 && foot != 0; l--)
        n_foot++;
      /* The lines a paragraph has at the head of this page and at the foot of the last. */
      if (head != 0 && g_hash_table_contains (parts, GUINT_TO_POINTER (head)))
        {
          g_assert_cmpuint (n_head, >=, 2);
          g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (parts, GUINT_TO_POINTER (head))),
                            >=, 2);
          split++;
        }
      g_hash_table_remove_all (parts);
      if (foot != 0)
        g_hash_table_insert (parts, GUINT_TO_POINTER (foot), GUINT_TO_POINTER (n_foot));
    }
  /* The case tests something: paragraphs were split. */
  g_assert_cmpuint (split, >, 3);
}

/* Groups (an entry and its fields) are kept on one page: each short group's lines are all on
 * the page its heading is on. A group taller than a page is not moved to leave a gap: it starts
 * where the last one ended and goes on over the pages. */
static void
test_groups (CaseFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosPdfDocument) doc = ethos_pdf_document_new ("Layout test");
  g_autofree char *long_text = words (999, 1500); /* about three pages */
  g_auto (GStrv) pages = NULL;
  guint moved = 0, long_start = 0;

  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *heading = g_strdup_printf ("H%u heading", i);
      g_autofree char *first = words (i, 5 + (i * 13) % 60);
      g_autofree char *last = g_strdup_printf ("E%u end", i);

      ethos_pdf_document_begin_group (doc);
      ethos_pdf_document_subheading (doc, heading);
      ethos_pdf_document_paragraph (doc, first);
      ethos_pdf_document_paragraph (doc, last);
      ethos_pdf_document_end_group (doc);
      if (i == 30)
        {
          ethos_pdf_document_begin_group (doc);
          ethos_pdf_document_subheading (doc, "Long heading");
          ethos_pdf_document_paragraph (doc, long_text);
          ethos_pdf_document_end_group (doc);
        }
    }
  pages = write_pages (fixture, doc);
  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *heading = g_strdup_printf ("H%u heading\n", i);
      g_autofree char *last = g_strdup_printf ("E%u end\n", i);
      guint p = 0;

      while (pages[p] != NULL && strstr (pages[p], heading) == NULL)
        p++;
      g_assert_nonnull (pages[p]);
      g_assert_nonnull (strstr (pages[p], last));
      if (p > 0)
        {
          g_autoptr (GPtrArray) before = body_lines (pages[p - 1]);
          const char *line = g_ptr_array_index (before, before->len - 1);

          /* The page before ends with the end of a group. */
          g_assert_true (line[0] == 'E' || paragraph_of (line) == 999);
          moved++;
        }
    }
  g_assert_cmpuint (moved, >, 5);
  /* The long group starts on the page the 30th ended on, and runs over three more. */
  while (pages[long_start] != NULL && strstr (pages[long_start], "Long heading") == NULL)
    long_start++;
  g_assert_nonnull (strstr (pages[long_start], "E30 end\n"));
  g_assert_nonnull (strstr (pages[long_start], "p999w1 "));
  g_assert_null (strstr (pages[long_start + 1], "p999w1500"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  CASE_TEST ("/pdf-layout/split-not-moved", test_split_not_moved);
  CASE_TEST ("/pdf-layout/breaks", test_breaks);
  CASE_TEST ("/pdf-layout/groups", test_groups);
  return g_test_run ();
}
