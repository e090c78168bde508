/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-code-parser"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ethos-utils.h"
#include "ethos-code-assembler.h"
#include "ethos-code-parser.h"

/* The one parser for shipped and imported codes. docs/code-format.md describes the format. The
 * text is checked (plain UTF-8, not too large), its front matter read into the document, and the
 * rest split into blocks, each classified on its own (ethos-code-blocks.c); the clauses are
 * built from them in ethos-code-assembler.c. */

G_DEFINE_QUARK (ethos-code-error-quark, ethos_code_error)

gboolean
ethos_code_id_is_valid (const char *id)
{
  if (id == NULL || id[0] == '\0' || strlen (id) > 40)
    return FALSE;
  if (!g_ascii_islower (id[0]) && !g_ascii_isdigit (id[0]))
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if ((!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        || (*p == '-' && (p[1] == '-' || p[1] == '\0')))
      return FALSE;
  return TRUE;
}

/* A file of @size bytes is not too large to read: the importers ask before reading it. */
gboolean
ethos_code_size_check (guint64 size, GError **error)
{
  G_STATIC_ASSERT (ETHOS_CODE_BYTES_MAX == 5 * 1024 * 1024); /* as the message says */

  if (size <= ETHOS_CODE_BYTES_MAX)
    return TRUE;
  g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_TOO_LARGE,
               _("The file is larger than 5 MB, far too large for a code of ethics."));
  return FALSE;
}

/* Refuses a paragraph (@clause FALSE) or a clause with what folds into it (TRUE) longer than
 * ETHOS_CLAUSE_CHARS_MAX, naming it by its first words. */
void
ethos_code_set_too_long_error (GError **error, const char *text, gboolean clause)
{
  GString *opening = g_string_new (NULL);
  gboolean space = FALSE;
  guint chars = 0;

  G_STATIC_ASSERT (ETHOS_CLAUSE_CHARS_MAX == 50000); /* as the messages say */

  /* Its first 30 characters, on one line. */
  for (const char *p = text; *p != '\0' && chars < 30; p = g_utf8_next_char (p))
    if (g_ascii_isspace (*p))
      space = opening->len > 0;
    else
      {
        if (space)
          g_string_append_c (opening, ' ');
        g_string_append_unichar (opening, g_utf8_get_char (p));
        chars += space ? 2 : 1;
        space = FALSE;
      }
  g_string_append (opening, "…");
  if (clause)
    g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_TOO_LARGE,
                 _("The clause that begins “%s” is longer than 50,000 characters with the "
                   "paragraphs under it: far longer than any clause of a code of ethics."),
                 opening->str);
  else
    g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_TOO_LARGE,
                 _("The paragraph that begins “%s” is longer than 50,000 characters: far longer "
                   "than any clause of a code of ethics."),
                 opening->str);
  g_string_free (opening, TRUE);
}

gboolean
ethos_code_text_check (const char *data, gsize length, GError **error)
{
  gboolean blank = TRUE;
  gsize controls = 0;

  if (!ethos_code_size_check (length, error))
    return FALSE;

  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
                      || ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_ENCODING,
                   _("The file is UTF-16 text: save it as UTF-8 and import it again."));
      return FALSE;
    }

  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) data[i];

      if (c == 0)
        controls += 1000;
      else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        controls++;
      if (!g_ascii_isspace (c))
        blank = FALSE;
    }

  /* A PDF, a Word file or an image: text has no NUL bytes and almost no control characters. */
  if (controls > 0 && controls * 100 > length)
    {
      g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_BINARY,
                   _("The file is not plain text (it may be a PDF or a Word document): save the "
                     "code as a .txt file and import that."));
      return FALSE;
    }
  if (controls > 0)
    {
      g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_BINARY,
                   _("The file contains control characters that plain text does not have."));
      return FALSE;
    }
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_ENCODING,
                   _("The file is not UTF-8 text: save it with UTF-8 encoding and import it "
                     "again."));
      return FALSE;
    }
  if (blank)
    {
      g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_EMPTY, _("The file is empty."));
      return FALSE;
    }
  return TRUE;
}

static char *
take_front_matter (EthosCodeDoc *doc, const char *text, gboolean *unclosed)
{
  const char *p = text;
  const char *end;
  const char *start;

  if (!g_str_has_prefix (p, "---\n") && !g_str_has_prefix (p, "---\r\n"))
    return NULL;
  start = p + (p[3] == '\r' ? 5 : 4);
  /* "end" is the line break before the closing "---". */
  end = g_str_has_prefix (start, "---") ? start - 1 : strstr (start, "\n---");
  if (end == NULL)
    {
      *unclosed = TRUE;
      return NULL;
    }

  {
    g_autofree char *header = end >= start ? g_strndup (start, end - start) : g_strdup ("");
    g_auto (GStrv) lines = g_strsplit (header, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      {
        char *colon = strchr (lines[i], ':');
        char *key, *value;

        if (colon == NULL)
          continue;
        *colon = '\0';
        key = g_strstrip (lines[i]);
        value = g_strstrip (colon + 1);
        if (value[0] == '\0')
          continue;
        if (g_str_equal (key, "id"))
          ethos_set_str (&doc->id, value);
        else if (g_str_equal (key, "title"))
          ethos_set_str (&doc->title, value);
        else if (g_str_equal (key, "publisher"))
          ethos_set_str (&doc->publisher, value);
        else if (g_str_equal (key, "date"))
          ethos_set_str (&doc->date, value);
        else if (g_str_equal (key, "source"))
          ethos_set_str (&doc->source, value);
        else if (g_str_equal (key, "citation"))
          ethos_set_str (&doc->citation, value);
      }
  }

  end += 4;
  while (*end != '\0' && *end != '\n')
    end++;
  return g_strdup (end);
}

static gboolean
next_is_heading (const char *raw, gboolean single_line)
{
  EthosCodeBlock block;
  gboolean heading;

  ethos_code_block_classify (raw, FALSE, single_line, &block);
  heading = block.kind == ETHOS_CODE_BLOCK_HEADING;
  ethos_code_block_clear (&block);
  return heading;
}

EthosCodeDoc *
ethos_code_parse (const char *data, gsize length, GError **error)
{
  g_autoptr (EthosCodeDoc) doc = NULL;
  g_autoptr (EthosCodeAssembler) assembler = NULL;
  g_autofree char *text = NULL;
  g_autofree char *body = NULL;
  g_autoptr (GPtrArray) blocks = NULL;
  g_autoptr (GArray) single_line = NULL;
  gboolean markdown_headings;
  gboolean unclosed = FALSE;
  guint clauses = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!ethos_code_text_check (data, length, error))
    return NULL;

  text = g_strndup (data, length);
  if (g_str_has_prefix (text, "\xEF\xBB\xBF"))
    memmove (text, text + 3, strlen (text + 3) + 1);

  doc = ethos_code_doc_new ();
  body = take_front_matter (doc, text, &unclosed);
  if (unclosed)
    {
      g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_NO_CLAUSES,
                   _("The file starts a header with “---” but never closes it with another "
                     "“---” line."));
      return NULL;
    }
  single_line = g_array_new (FALSE, FALSE, sizeof (guint));
  blocks = ethos_code_blocks_split (body != NULL ? body : text, &markdown_headings, single_line,
                                    error);
  if (blocks == NULL)
    return NULL;

  assembler = ethos_code_assembler_new (doc);
  for (guint i = 0; i < blocks->len; i++)
    {
      EthosCodeBlock block;

      ethos_code_block_classify (g_ptr_array_index (blocks, i), markdown_headings,
                                 g_array_index (single_line, guint, i), &block);
      /* In plain text, a first line followed by another heading names the document; as a
       * section it would stand empty. */
      if (block.kind == ETHOS_CODE_BLOCK_HEADING && !markdown_headings && i == 0
          && block.heading_level == 0 && i + 1 < blocks->len
          && next_is_heading (g_ptr_array_index (blocks, i + 1),
                              g_array_index (single_line, guint, i + 1)))
        {
          if (doc->title == NULL)
            doc->title = g_strdup (block.text);
        }
      else
        ethos_code_assembler_add (assembler, &block);
      ethos_code_block_clear (&block);
    }
  ethos_code_assembler_finish (assembler);

  for (guint i = 0; i < doc->clauses->len; i++)
    {
      EthosClause *clause = g_ptr_array_index (doc->clauses, i);

      /* Each paragraph passed; the paragraphs and bullets folded into one clause may not. */
      if (g_utf8_strlen (clause->text, -1) > ETHOS_CLAUSE_CHARS_MAX
          || (clause->title != NULL && g_utf8_strlen (clause->title, -1) > ETHOS_CLAUSE_CHARS_MAX))
        {
          ethos_code_set_too_long_error (error, clause->text[0] != '\0' ? clause->text : clause->title,
                                         TRUE);
          return NULL;
        }
      if (!clause->is_section)
        clauses++;
    }
  if (clauses == 0)
    {
      g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_NO_CLAUSES,
                   _("No clauses were found in the file: it has headings but no text."));
      return NULL;
    }

  if (doc->title == NULL)
    for (guint i = 0; i < doc->clauses->len && doc->title == NULL; i++)
      {
        EthosClause *clause = g_ptr_array_index (doc->clauses, i);

        if (clause->is_section)
          doc->title = g_strdup (clause->title);
      }

  return g_steal_pointer (&doc);
}
