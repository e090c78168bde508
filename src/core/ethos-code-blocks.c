/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-code-blocks"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ethos-code-blocks.h"
#include "ethos-code-parser.h"

/* The first half of reading a code: the text cut into blocks (headings, numbered clauses,
 * lettered items, bullets, paragraphs), each classified on its own. ethos-code-assembler.c
 * builds the tree of clauses from them, for ethos-code-parser.c. */

static GRegex *heading_re;
static GRegex *numbered_re;
static GRegex *lettered_re;
static GRegex *bullet_re;
static GRegex *part_re;

static void
ensure_regexes (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      /* split_heading() takes the title and {attributes} from the rest. The spaces are
       * possessive: giving any back to the rest cannot make a line match. */
      heading_re = g_regex_new ("^(#{1,6})[ \\t]++(.*)$", G_REGEX_OPTIMIZE, 0, NULL);
      numbered_re = g_regex_new ("^[ \\t]*(?:[-•·*][ \\t]+)?(\\d{1,3}(?:\\.\\d{1,3})*)(\\.|\\))?"
                                 "[ \\t]+(\\S.*)$",
                                 G_REGEX_OPTIMIZE, 0, NULL);
      lettered_re = g_regex_new ("^[ \\t]*(?:[-•·*][ \\t]+)?(?:\\(([a-z]{1,4})\\)|([a-z]{1,4})[.)])"
                                 "[ \\t]+(\\S.*)$",
                                 G_REGEX_OPTIMIZE, 0, NULL);
      bullet_re = g_regex_new ("^[ \\t]*[-•·*‣◦▪][ \\t]+(\\S.*)$", G_REGEX_OPTIMIZE, 0, NULL);
      part_re = g_regex_new ("^(Part|PART|Section|SECTION)[ \\t]+([0-9]+|[IVXLivxl]+|[A-Z])\\b",
                             G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }
}

static gboolean
is_roman (const char *token)
{
  static const char *const numerals[] = {
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
    NULL,
  };

  return g_strv_contains (numerals, token);
}

void
ethos_code_block_clear (EthosCodeBlock *block)
{
  g_clear_pointer (&block->marker, g_free);
  g_clear_pointer (&block->text, g_free);
  g_clear_pointer (&block->attr_slug, g_free);
  g_clear_pointer (&block->attr_prefix, g_free);
}

char *
ethos_code_slugify (const char *text)
{
  g_autofree char *ascii = NULL;
  GString *slug;
  gboolean dash = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  ascii = g_str_to_ascii (text, "C");
  slug = g_string_new (NULL);
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && slug->len > 0)
            g_string_append_c (slug, '-');
          g_string_append_c (slug, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  if (slug->len == 0)
    g_string_append (slug, "section");
  return g_string_free (slug, FALSE);
}

static guint
measure_indent (const char *line)
{
  guint indent = 0;

  for (; *line == ' ' || *line == '\t'; line++)
    indent += *line == '\t' ? 4 : 1;
  return indent;
}

/* Collapses runs of white space into one space; keeps the characters as printed otherwise. */
static char *
tidy_text (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
    }
  return g_string_free (out, FALSE);
}

gboolean
ethos_code_text_looks_like_title (const char *text)
{
  gsize len = strlen (text);
  gunichar first;
  char last;
  guint words = 1;

  if (len == 0 || g_utf8_strlen (text, -1) > 100)
    return FALSE;
  first = g_utf8_get_char (text);
  if (!g_unichar_isupper (first) && !g_unichar_isdigit (first))
    return FALSE;
  last = text[len - 1];
  if (strchr (".:;,?!", last) != NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (*p == ' ')
      words++;
  return words <= 14;
}

/* Splits what follows a heading's '#'s into its title and {attributes}, dropping closing spaces
 * and '#'s: "Title {#slug} ##" gives "Title" and "#slug". By hand, because as a regex
 * ("(.*?)[ \t]*(?:\{([^}]*)\})?[ \t#]*$") the lazy title tries every trailing run of spaces
 * and '#'s at every position: quadratic, and a long line took a tenth of a second. */
static char *
split_heading (char *rest, char **attrs)
{
  char *end = rest + strlen (rest);

  while (end > rest && strchr (" \t#", end[-1]) != NULL)
    end--;
  if (end > rest && end[-1] == '}')
    {
      char *open = NULL;

      /* The first '{' after any other '}': attributes hold no '}'. */
      for (char *p = end - 1; p > rest && p[-1] != '}'; p--)
        if (p[-1] == '{')
          open = p - 1;
      if (open != NULL)
        {
          end[-1] = '\0';
          *attrs = g_strdup (open + 1);
          end = open;
          while (end > rest && (end[-1] == ' ' || end[-1] == '\t'))
            end--;
        }
    }
  *end = '\0';
  return rest;
}

static void
parse_heading_attributes (const char *attrs, EthosCodeBlock *block)
{
  g_auto (GStrv) parts = NULL;

  if (attrs == NULL)
    return;
  parts = g_strsplit_set (attrs, " \t", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '#' && parts[i][1] != '\0')
        {
          g_free (block->attr_slug);
          block->attr_slug = ethos_code_slugify (parts[i] + 1);
        }
      else if (g_str_has_prefix (parts[i], "prefix=") && parts[i][7] != '\0')
        {
          g_free (block->attr_prefix);
          block->attr_prefix = g_strdup (parts[i] + 7);
        }
    }
}

/* Classifies one block of text. @markdown_headings: the file uses "#" headings, so capitalised
 * lines are not taken for headings. */
void
ethos_code_block_classify (const char     *raw,
                           gboolean        markdown_headings,
                           gboolean        single_line,
                           EthosCodeBlock *block)
{
  g_autoptr (GMatchInfo) match = NULL;

  ensure_regexes ();
  memset (block, 0, sizeof *block);
  block->indent = measure_indent (raw);

  if (g_regex_match (heading_re, raw, 0, &match))
    {
      g_autofree char *hashes = g_match_info_fetch (match, 1);
      g_autofree char *rest = g_match_info_fetch (match, 2);
      g_autofree char *attrs = NULL;
      const char *title = split_heading (rest, &attrs);

      if (title[0] != '\0')
        {
          block->kind = ETHOS_CODE_BLOCK_HEADING;
          block->heading_level = strlen (hashes);
          block->text = tidy_text (title);
          parse_heading_attributes (attrs, block);
          return;
        }
    }
  g_clear_pointer (&match, g_match_info_free);

  if (g_regex_match (numbered_re, raw, 0, &match))
    {
      g_autofree char *number = g_match_info_fetch (match, 1);
      g_autofree char *dot = g_match_info_fetch (match, 2);
      g_autofree char *rest = g_match_info_fetch (match, 3);
      gboolean single = strchr (number, '.') == NULL;

      /* "3 Responsibilities" is a clause; "10 numbered duties" is a sentence. */
      if (!single || (dot != NULL && dot[0] != '\0') || g_unichar_isupper (g_utf8_get_char (rest)))
        {
          block->kind = ETHOS_CODE_BLOCK_NUMBERED;
          block->marker = g_steal_pointer (&number);
          block->text = tidy_text (rest);
          return;
        }
    }
  g_clear_pointer (&match, g_match_info_free);

  if (g_regex_match (lettered_re, raw, 0, &match))
    {
      g_autofree char *paren = g_match_info_fetch (match, 1);
      g_autofree char *plain = g_match_info_fetch (match, 2);
      const char *token = paren[0] != '\0' ? paren : plain;

      if (strlen (token) == 1 || is_roman (token))
        {
          block->kind = ETHOS_CODE_BLOCK_LETTERED;
          block->marker = g_strdup (token);
          block->text = g_match_info_fetch (match, 3);
          g_strstrip (block->text);
          {
            char *tidy = tidy_text (block->text);
            g_free (block->text);
            block->text = tidy;
          }
          return;
        }
    }
  g_clear_pointer (&match, g_match_info_free);

  if (g_regex_match (bullet_re, raw, 0, &match))
    {
      g_autofree char *rest = g_match_info_fetch (match, 1);

      block->kind = ETHOS_CODE_BLOCK_BULLET;
      block->text = tidy_text (rest);
      return;
    }
  g_clear_pointer (&match, g_match_info_free);

  block->kind = ETHOS_CODE_BLOCK_PARAGRAPH;
  block->text = tidy_text (raw);

  if (!markdown_headings && single_line)
    {
      if (g_regex_match (part_re, block->text, 0, NULL))
        {
          block->kind = ETHOS_CODE_BLOCK_HEADING;
          block->heading_level = 1;
        }
      else if (ethos_code_text_looks_like_title (block->text))
        {
          block->kind = ETHOS_CODE_BLOCK_HEADING;
          block->heading_level = 0; /* decided by the parser: below any Part or Section */
        }
    }
}

static gboolean
line_is_blank (const char *line)
{
  for (const char *p = line; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* Cuts @body into lines in place: each line break ("\n" or "\r\n") becomes the '\0' ending a
 * line, so that a file of millions of lines makes no object per line. Returns where the text
 * ends: the last line's '\0'. */
static char *
cut_lines (char *body)
{
  char *out = body;

  for (const char *p = body; *p != '\0'; p++)
    if (*p == '\n')
      *out++ = '\0';
    else if (*p != '\r' || (p[1] != '\n' && p[1] != '\0'))
      *out++ = *p;
  *out = '\0';
  return out;
}

/* The line after @line, or NULL after the last. */
static const char *
next_line (const char *line, const char *end)
{
  line += strlen (line);
  return line < end ? line + 1 : NULL;
}

/* The characters of @line that are not white space: how long a block will at least be. */
static gsize
count_printed (const char *line)
{
  gsize n = 0;

  for (const guchar *p = (const guchar *) line; *p != '\0'; p++)
    n += (*p & 0xC0) != 0x80 && !g_ascii_isspace (*p);
  return n;
}

/* Splits the body into raw blocks. A hard-wrapped file joins its lines into paragraphs as
 * Markdown does; a file of long lines has one block per line. @body is cut into lines in place.
 * Refuses, as soon as it meets it, a file of more blocks than ETHOS_CODE_BLOCKS_MAX or a block
 * longer than ETHOS_CLAUSE_CHARS_MAX, so that such a file costs no more than reading it. */
GPtrArray *
ethos_code_blocks_split (char      *body,
                         gboolean  *markdown_headings,
                         GArray    *single_line,
                         GError   **error)
{
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func (g_free);
  const char *end = cut_lines (body);
  gboolean wrapped;
  guint long_lines = 0, text_lines = 0;
  g_autoptr (GString) current = NULL;
  guint current_lines = 0;
  gsize current_printed = 0;

  ensure_regexes ();
  *markdown_headings = FALSE;
  for (const char *line = body; line != NULL; line = next_line (line, end))
    {
      if (line[0] != '\0')
        text_lines++;
      if (strlen (line) > 100 && g_utf8_strlen (line, -1) > 100)
        long_lines++;
      if (line[0] == '#' && g_regex_match (heading_re, line, 0, NULL))
        *markdown_headings = TRUE;
    }
  /* Hard-wrapped unless long lines are common: one pasted long line does not change how the
   * rest of the file reads. */
  wrapped = long_lines * 4 < text_lines;

  for (const char *line = body;; line = next_line (line, end))
    {
      const char *next = line != NULL ? next_line (line, end) : NULL;
      gboolean blank = line == NULL || line_is_blank (line);
      gboolean starts_block;

      starts_block = !wrapped || (!blank && ethos_code_block_starts (line));
      /* A short title line ("2. Supervision", "Glossary") followed at once by a capitalised
       * line is a heading over its text, not the start of a wrapped paragraph. */
      if (!starts_block && current != NULL && current_lines == 1 && !blank
          && g_utf8_strlen (current->str, -1) <= 40 && ethos_code_text_looks_like_title_line (current->str)
          && g_unichar_isupper (g_utf8_get_char (line + strspn (line, " \t"))))
        starts_block = TRUE;
      /* A short title line after a finished sentence, with its own text below it ("Respect
       * for clients" between two paragraphs), is a heading too. */
      if (!starts_block && current != NULL && !blank && current->len > 0
          && strchr (".:;!?", current->str[current->len - 1]) != NULL
          && g_utf8_strlen (line, -1) <= 40 && ethos_code_text_looks_like_title_line (line)
          && (next == NULL || line_is_blank (next) || ethos_code_block_starts (next)))
        starts_block = TRUE;

      if (current != NULL && (blank || starts_block))
        {
          guint one = current_lines == 1;

          if (blocks->len == ETHOS_CODE_BLOCKS_MAX)
            {
              G_STATIC_ASSERT (ETHOS_CODE_BLOCKS_MAX == 10000); /* as the message says */
              g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_TOO_LARGE,
                           _("The file has more than 10,000 paragraphs, headings and list "
                             "items: far more than a code of ethics has."));
              return NULL;
            }
          g_ptr_array_add (blocks, g_string_free (g_steal_pointer (&current), FALSE));
          g_array_append_val (single_line, one);
        }
      if (line == NULL)
        break;
      if (blank)
        continue;
      if (current == NULL)
        {
          current = g_string_new (line);
          current_lines = 1;
          current_printed = 0;
        }
      else
        {
          g_string_append_c (current, ' ');
          g_string_append (current, line);
          current_lines++;
        }
      current_printed += count_printed (line);
      if (current_printed > ETHOS_CLAUSE_CHARS_MAX)
        {
          ethos_code_set_too_long_error (error, current->str, FALSE);
          return NULL;
        }
    }
  return g_steal_pointer (&blocks);
}

/* A line that could be a title, whatever list marker it starts with. */
gboolean
ethos_code_text_looks_like_title_line (const char *line)
{
  EthosCodeBlock block;
  gboolean title;

  ethos_code_block_classify (line, FALSE, TRUE, &block);
  title = block.kind == ETHOS_CODE_BLOCK_HEADING
          || (block.kind == ETHOS_CODE_BLOCK_NUMBERED && ethos_code_text_looks_like_title (block.text));
  ethos_code_block_clear (&block);
  return title;
}

/* "Section 1: Knowledge…" and "Part 2 – …" are headings whose ref is "section-1", "part-2".
 * Returns NULL for any other text. */
char *
ethos_code_part_heading_slug (const char *text)
{
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *word = NULL;
  g_autofree char *number = NULL;
  g_autofree char *joined = NULL;

  ensure_regexes ();
  if (!g_regex_match (part_re, text, 0, &match))
    return NULL;
  word = g_match_info_fetch (match, 1);
  number = g_match_info_fetch (match, 2);
  joined = g_strdup_printf ("%s %s", word, number);
  return ethos_code_slugify (joined);
}

gboolean
ethos_code_block_starts (const char *line)
{
  ensure_regexes ();
  return g_regex_match (heading_re, line, 0, NULL) || g_regex_match (numbered_re, line, 0, NULL)
         || g_regex_match (lettered_re, line, 0, NULL) || g_regex_match (bullet_re, line, 0, NULL);
}
