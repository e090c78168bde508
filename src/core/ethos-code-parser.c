/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-code-parser"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ethos-utils.h"
#include "ethos-code-parser.h"

/* The one parser for shipped and imported codes. docs/code-format.md describes the format. */

G_DEFINE_QUARK (ethos-code-error-quark, ethos_code_error)

typedef enum
{
  BLOCK_HEADING,
  BLOCK_NUMBERED,
  BLOCK_LETTERED,
  BLOCK_BULLET,
  BLOCK_PARAGRAPH,
} BlockKind;

typedef struct
{
  BlockKind kind;
  guint     indent;
  guint     heading_level;
  char     *marker; /* "1.2", "a", "iv" */
  char     *text;
  char     *attr_slug;
  char     *attr_prefix;
} Block;

typedef struct
{
  EthosClause *clause;
  guint        md_level;
  char        *prefix;
  guint        generated;
} Section;

typedef struct
{
  EthosClause *clause;
  guint        indent;
  guint        last_child; /* number of the last indented child, 0 when none */
} OpenNumber;

typedef struct
{
  EthosCodeDoc *doc;
  GHashTable   *refs; /* ref -> EthosClause*, not owned */
  GArray       *sections; /* Section */
  GArray       *numbers;  /* OpenNumber */
  EthosClause  *open_letter;
  EthosClause  *open_roman;
  EthosClause  *open_clause; /* where paragraphs and bullets fold */
  gboolean      last_was_bullet;
  guint         preamble_generated;
  gboolean      seen_part_or_section;
} Parser;

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
      heading_re = g_regex_new ("^(#{1,6})[ \\t]+(.*?)[ \\t]*(?:\\{([^}]*)\\})?[ \\t#]*$",
                                G_REGEX_OPTIMIZE, 0, NULL);
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

static void
block_clear (Block *block)
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

gboolean
ethos_code_id_is_valid (const char *id)
{
  if (id == NULL || id[0] == '\0' || strlen (id) > 40)
    return FALSE;
  if (!g_ascii_islower (id[0]) && !g_ascii_isdigit (id[0]))
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

gboolean
ethos_code_text_check (const char *data, gsize length, GError **error)
{
  gboolean blank = TRUE;
  gsize controls = 0;

  if (length > ETHOS_CODE_MAX_BYTES)
    {
      g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_TOO_LARGE,
                   _("The file is larger than 5 MB, far too large for a code of ethics."));
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

static gboolean
looks_like_title (const char *text)
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

static void
parse_heading_attributes (const char *attrs, Block *block)
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
static void
classify_block (const char *raw, gboolean markdown_headings, gboolean single_line, Block *block)
{
  g_autoptr (GMatchInfo) match = NULL;

  ensure_regexes ();
  memset (block, 0, sizeof *block);
  block->indent = measure_indent (raw);

  if (g_regex_match (heading_re, raw, 0, &match))
    {
      g_autofree char *hashes = g_match_info_fetch (match, 1);
      g_autofree char *title = g_match_info_fetch (match, 2);
      g_autofree char *attrs = g_match_info_fetch (match, 3);

      if (title[0] != '\0')
        {
          block->kind = BLOCK_HEADING;
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
          block->kind = BLOCK_NUMBERED;
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
          block->kind = BLOCK_LETTERED;
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

      block->kind = BLOCK_BULLET;
      block->text = tidy_text (rest);
      return;
    }
  g_clear_pointer (&match, g_match_info_free);

  block->kind = BLOCK_PARAGRAPH;
  block->text = tidy_text (raw);

  if (!markdown_headings && single_line)
    {
      if (g_regex_match (part_re, block->text, 0, NULL))
        {
          block->kind = BLOCK_HEADING;
          block->heading_level = 1;
        }
      else if (looks_like_title (block->text))
        {
          block->kind = BLOCK_HEADING;
          block->heading_level = 0; /* decided by the parser: below any Part or Section */
        }
    }
}

static void
section_clear (gpointer data)
{
  Section *section = data;

  g_clear_pointer (&section->prefix, g_free);
}

static Section *
current_section (Parser *self)
{
  if (self->sections->len == 0)
    return NULL;
  return &g_array_index (self->sections, Section, self->sections->len - 1);
}

static char *
unique_ref (Parser *self, const char *wanted)
{
  char *ref = g_strdup (wanted);

  for (guint n = 2; g_hash_table_contains (self->refs, ref); n++)
    {
      g_free (ref);
      ref = g_strdup_printf ("%s-%u", wanted, n);
    }
  return ref;
}

static EthosClause *
add_clause (Parser *self, char *ref, EthosClause *parent, char *title, char *text)
{
  EthosClause *clause = ethos_clause_new ();
  Section *section = current_section (self);

  clause->code_id = g_strdup (self->doc->id);
  clause->position = self->doc->clauses->len;
  clause->ref = ref;
  clause->parent = parent != NULL ? g_strdup (parent->ref) : NULL;
  clause->level = parent != NULL ? parent->level + 1 : 1;
  clause->title = title;
  clause->text = text != NULL ? text : g_strdup ("");
  /* The nearest heading above: a titled clause ("9. Professional competence") or the section. */
  if (parent != NULL && parent->title != NULL)
    clause->section = g_strdup (parent->title);
  else if (parent != NULL)
    clause->section = g_strdup (parent->section);
  else
    clause->section = section != NULL ? g_strdup (section->clause->title) : NULL;
  g_ptr_array_add (self->doc->clauses, clause);
  g_hash_table_insert (self->refs, clause->ref, clause);
  return clause;
}

static void
close_open_items (Parser *self)
{
  g_array_set_size (self->numbers, 0);
  self->open_letter = NULL;
  self->open_roman = NULL;
  self->open_clause = NULL;
  self->last_was_bullet = FALSE;
}

static void
handle_heading (Parser *self, Block *block)
{
  guint level = block->heading_level;
  g_autofree char *wanted = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  EthosClause *parent = NULL;
  Section section = { 0 };

  close_open_items (self);

  if (g_regex_match (part_re, block->text, 0, &match))
    {
      g_autofree char *word = g_match_info_fetch (match, 1);
      g_autofree char *number = g_match_info_fetch (match, 2);
      g_autofree char *joined = g_strdup_printf ("%s %s", word, number);

      wanted = ethos_code_slugify (joined);
      if (level == 0)
        level = 1;
      self->seen_part_or_section = TRUE;
    }
  if (level == 0)
    level = self->seen_part_or_section ? 2 : 1;
  if (block->attr_slug != NULL)
    ethos_set_str (&wanted, block->attr_slug);
  if (wanted == NULL)
    wanted = ethos_code_slugify (block->text);

  while (self->sections->len > 0 && current_section (self)->md_level >= level)
    g_array_set_size (self->sections, self->sections->len - 1);
  if (self->sections->len > 0)
    parent = current_section (self)->clause;

  section.md_level = level;
  section.prefix = g_steal_pointer (&block->attr_prefix);
  section.clause = add_clause (self, unique_ref (self, wanted), parent, g_strdup (block->text), NULL);
  section.clause->is_section = TRUE;
  g_array_append_val (self->sections, section);
}

static EthosClause *
section_clause (Parser *self)
{
  Section *section = current_section (self);

  return section != NULL ? section->clause : NULL;
}

static const char *
section_slug (Parser *self)
{
  Section *section = current_section (self);

  return section != NULL ? section->clause->ref : "preamble";
}

/* Makes @wanted unique within the code: a repeated number takes its section's slug first. */
static char *
place_ref (Parser *self, const char *wanted)
{
  g_autofree char *scoped = NULL;

  if (!g_hash_table_contains (self->refs, wanted))
    return g_strdup (wanted);
  scoped = g_strdup_printf ("%s.%s", section_slug (self), wanted);
  return unique_ref (self, scoped);
}

static void
open_item (Parser *self, EthosClause *clause)
{
  self->open_clause = clause;
  self->last_was_bullet = FALSE;
}

static void
handle_numbered (Parser *self, Block *block)
{
  Section *section = current_section (self);
  const char *prefix = section != NULL ? section->prefix : NULL;
  g_autofree char *number = NULL;
  EthosClause *parent = NULL;
  EthosClause *clause;
  gboolean titled = looks_like_title (block->text);
  OpenNumber open = { 0 };

  while (self->numbers->len > 0
         && g_array_index (self->numbers, OpenNumber, self->numbers->len - 1).indent >= block->indent)
    g_array_set_size (self->numbers, self->numbers->len - 1);

  if (strchr (block->marker, '.') == NULL && self->numbers->len > 0)
    {
      OpenNumber *top = &g_array_index (self->numbers, OpenNumber, self->numbers->len - 1);
      guint n = (guint) g_ascii_strtoull (block->marker, NULL, 10);

      /* An indented list that counts from 1 under a numbered item is its children. */
      if (n == top->last_child + 1)
        {
          parent = top->clause;
          top->last_child = n;
          number = g_strdup_printf ("%s.%s", parent->ref, block->marker);
        }
    }

  if (number == NULL)
    {
      g_array_set_size (self->numbers, 0);
      number = prefix != NULL ? g_strdup_printf ("%s.%s", prefix, block->marker)
                              : g_strdup (block->marker);
      if (strchr (block->marker, '.') != NULL)
        {
          g_autofree char *parent_ref = g_strndup (number, strrchr (number, '.') - number);

          parent = g_hash_table_lookup (self->refs, parent_ref);
        }
    }
  if (parent == NULL)
    parent = section_clause (self);

  clause = add_clause (self, place_ref (self, number), parent,
                       titled ? g_strdup (block->text) : NULL,
                       titled ? NULL : g_strdup (block->text));
  open.clause = clause;
  open.indent = block->indent;
  g_array_append_val (self->numbers, open);
  self->open_letter = NULL;
  self->open_roman = NULL;
  open_item (self, clause);
}

static char
previous_letter (char c)
{
  return (char) (c - 1);
}

static void
handle_lettered (Parser *self, Block *block)
{
  const char *token = block->marker;
  gboolean roman;
  EthosClause *parent;
  g_autofree char *wanted = NULL;
  EthosClause *clause;

  if (strlen (token) == 1)
    {
      /* "i" after "h" is a letter; "i" inside "a" starts a roman list. */
      const char *last = self->open_letter != NULL ? strrchr (self->open_letter->ref, '.') : NULL;
      char last_letter = last != NULL ? last[1] : '\0';

      roman = strchr ("ivx", token[0]) != NULL && self->open_letter != NULL
              && last_letter != previous_letter (token[0]);
    }
  else
    roman = TRUE;

  if (roman && self->open_letter != NULL)
    {
      parent = self->open_letter;
      wanted = g_strdup_printf ("%s.%s", parent->ref, token);
      clause = add_clause (self, place_ref (self, wanted), parent, NULL, g_strdup (block->text));
      self->open_roman = clause;
      open_item (self, clause);
      return;
    }

  if (self->numbers->len > 0)
    {
      parent = g_array_index (self->numbers, OpenNumber, self->numbers->len - 1).clause;
      wanted = g_strdup_printf ("%s.%s", parent->ref, token);
    }
  else
    {
      parent = section_clause (self);
      wanted = g_strdup_printf ("%s.%s", section_slug (self), token);
    }
  clause = add_clause (self, place_ref (self, wanted), parent, NULL, g_strdup (block->text));
  self->open_letter = clause;
  self->open_roman = NULL;
  open_item (self, clause);
}

static void
handle_loose (Parser *self, Block *block)
{
  gboolean bullet = block->kind == BLOCK_BULLET;
  g_autofree char *text = bullet ? g_strdup_printf ("• %s", block->text) : g_strdup (block->text);

  if (self->open_clause != NULL)
    {
      EthosClause *clause = self->open_clause;
      const char *sep = "\n\n";
      char *joined;

      if (bullet && self->last_was_bullet)
        sep = "\n";
      if (clause->text[0] == '\0')
        sep = "";
      joined = g_strconcat (clause->text, sep, text, NULL);
      g_free (clause->text);
      clause->text = joined;
      self->last_was_bullet = bullet;
      return;
    }
  else
    {
      Section *section = current_section (self);
      guint n = section != NULL ? ++section->generated : ++self->preamble_generated;
      g_autofree char *wanted = g_strdup_printf ("%s.%u", section_slug (self), n);

      add_clause (self, unique_ref (self, wanted), section_clause (self), NULL,
                  g_strdup (block->text));
    }
}

static char *
take_front_matter (Parser *self, const char *text)
{
  const char *p = text;
  const char *end;

  if (!g_str_has_prefix (p, "---\n"))
    return NULL;
  end = strstr (p + 4, "\n---");
  if (end == NULL)
    return NULL;

  {
    g_autofree char *header = g_strndup (p + 4, end - (p + 4));
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
          ethos_set_str (&self->doc->id, value);
        else if (g_str_equal (key, "title"))
          ethos_set_str (&self->doc->title, value);
        else if (g_str_equal (key, "publisher"))
          ethos_set_str (&self->doc->publisher, value);
        else if (g_str_equal (key, "date"))
          ethos_set_str (&self->doc->date, value);
        else if (g_str_equal (key, "source"))
          ethos_set_str (&self->doc->source, value);
        else if (g_str_equal (key, "citation"))
          ethos_set_str (&self->doc->citation, value);
      }
  }

  end += 4;
  while (*end != '\0' && *end != '\n')
    end++;
  return g_strdup (end);
}

/* Splits the body into raw blocks. A hard-wrapped file joins its lines into paragraphs as
 * Markdown does; a file of long lines has one block per line. */
static GPtrArray *
split_blocks (const char *body, gboolean *markdown_headings, GArray *single_line)
{
  g_auto (GStrv) lines = g_strsplit (body, "\n", -1);
  GPtrArray *blocks = g_ptr_array_new_with_free_func (g_free);
  gboolean wrapped = TRUE;
  GString *current = NULL;
  guint current_lines = 0;

  ensure_regexes ();
  *markdown_headings = FALSE;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize len = strlen (lines[i]);

      if (len > 0 && lines[i][len - 1] == '\r')
        lines[i][len - 1] = '\0';
      if (g_utf8_strlen (lines[i], -1) > 100)
        wrapped = FALSE;
      if (g_regex_match (heading_re, lines[i], 0, NULL))
        *markdown_headings = TRUE;
    }

  for (guint i = 0;; i++)
    {
      const char *line = lines[i];
      gboolean blank = TRUE;
      gboolean starts_block;

      for (const char *p = line; p != NULL && *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          {
            blank = FALSE;
            break;
          }

      starts_block = !wrapped || (line != NULL && !blank
                                  && (g_regex_match (heading_re, line, 0, NULL)
                                      || g_regex_match (numbered_re, line, 0, NULL)
                                      || g_regex_match (lettered_re, line, 0, NULL)
                                      || g_regex_match (bullet_re, line, 0, NULL)));

      if (current != NULL && (blank || starts_block))
        {
          guint one = current_lines == 1;
          g_ptr_array_add (blocks, g_string_free (current, FALSE));
          g_array_append_val (single_line, one);
          current = NULL;
        }
      if (line == NULL)
        break;
      if (blank)
        continue;
      if (current == NULL)
        {
          current = g_string_new (line);
          current_lines = 1;
        }
      else
        {
          g_string_append_c (current, ' ');
          g_string_append (current, line);
          current_lines++;
        }
    }
  return blocks;
}

EthosCodeDoc *
ethos_code_parse (const char *data, gsize length, GError **error)
{
  g_autoptr (EthosCodeDoc) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *body = NULL;
  g_autoptr (GPtrArray) blocks = NULL;
  g_autoptr (GArray) single_line = NULL;
  gboolean markdown_headings;
  Parser self = { 0 };
  guint clauses = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!ethos_code_text_check (data, length, error))
    return NULL;

  text = g_strndup (data, length);
  if (g_str_has_prefix (text, "\xEF\xBB\xBF"))
    memmove (text, text + 3, strlen (text + 3) + 1);

  doc = ethos_code_doc_new ();
  self.doc = doc;
  self.refs = g_hash_table_new (g_str_hash, g_str_equal);
  self.sections = g_array_new (FALSE, TRUE, sizeof (Section));
  g_array_set_clear_func (self.sections, section_clear);
  self.numbers = g_array_new (FALSE, TRUE, sizeof (OpenNumber));

  body = take_front_matter (&self, text);
  single_line = g_array_new (FALSE, FALSE, sizeof (guint));
  blocks = split_blocks (body != NULL ? body : text, &markdown_headings, single_line);

  for (guint i = 0; i < blocks->len; i++)
    {
      Block block;

      classify_block (g_ptr_array_index (blocks, i), markdown_headings,
                      g_array_index (single_line, guint, i), &block);
      switch (block.kind)
        {
        case BLOCK_HEADING:
          handle_heading (&self, &block);
          break;
        case BLOCK_NUMBERED:
          handle_numbered (&self, &block);
          break;
        case BLOCK_LETTERED:
          handle_lettered (&self, &block);
          break;
        case BLOCK_BULLET:
        case BLOCK_PARAGRAPH:
        default:
          handle_loose (&self, &block);
          break;
        }
      block_clear (&block);
    }

  g_array_unref (self.sections);
  g_array_unref (self.numbers);
  g_hash_table_unref (self.refs);

  for (guint i = 0; i < doc->clauses->len; i++)
    if (!((EthosClause *) g_ptr_array_index (doc->clauses, i))->is_section)
      clauses++;
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
