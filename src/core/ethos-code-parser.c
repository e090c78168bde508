/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-code-parser"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ethos-utils.h"
#include "ethos-code-blocks.h"
#include "ethos-code-parser.h"

/* The one parser for shipped and imported codes. docs/code-format.md describes the format. */

G_DEFINE_QUARK (ethos-code-error-quark, ethos_code_error)

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
  GHashTable   *suffixes; /* wanted ref -> the next "-N" to try for it */
  GHashTable   *printed; /* number as printed -> latest EthosClause with it, not owned */
  GArray       *sections; /* Section */
  GArray       *numbers;  /* OpenNumber */
  EthosClause  *open_letter;
  EthosClause  *open_roman;
  EthosClause  *open_clause; /* where paragraphs and bullets fold */
  GString      *open_text;   /* its text while they fold in, or NULL */
  gboolean      last_was_bullet;
  guint         preamble_generated;
  gboolean      seen_part_or_section;
} Parser;

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

/* @wanted, or the first of @wanted-2, -3 … not yet taken. Every ref returned is taken at once
 * and refs are never given back, so the search for the next one resumes where the last ended:
 * starting again from 2 would make a file that repeats one heading quadratic to read. */
static char *
unique_ref (Parser *self, const char *wanted)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->suffixes, wanted));
  char *ref = g_strdup (wanted);

  for (n = MAX (n, 2); g_hash_table_contains (self->refs, ref); n++)
    {
      g_free (ref);
      ref = g_strdup_printf ("%s-%u", wanted, n);
    }
  g_hash_table_insert (self->suffixes, g_strdup (wanted), GUINT_TO_POINTER (n));
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

/* Gives the open clause the text folded into it. */
static void
finish_open_text (Parser *self)
{
  if (self->open_text == NULL)
    return;
  g_free (self->open_clause->text);
  self->open_clause->text = g_string_free (g_steal_pointer (&self->open_text), FALSE);
}

static void
close_open_items (Parser *self)
{
  finish_open_text (self);
  g_array_set_size (self->numbers, 0);
  self->open_letter = NULL;
  self->open_roman = NULL;
  self->open_clause = NULL;
  self->last_was_bullet = FALSE;
}

static void
handle_heading (Parser *self, EthosCodeBlock *block)
{
  guint level = block->heading_level;
  g_autofree char *wanted = ethos_code_part_heading_slug (block->text);
  EthosClause *parent = NULL;
  Section section = { 0 };

  close_open_items (self);

  if (wanted != NULL)
    {
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
  finish_open_text (self);
  self->open_clause = clause;
  self->last_was_bullet = FALSE;
}

static void
handle_numbered (Parser *self, EthosCodeBlock *block)
{
  Section *section = current_section (self);
  const char *prefix = section != NULL ? section->prefix : NULL;
  g_autofree char *number = NULL;
  g_autofree char *printed_key = NULL;
  EthosClause *parent = NULL;
  EthosClause *clause;
  gboolean titled = ethos_code_text_looks_like_title (block->text);
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
          printed_key = g_strdup (number);
        }
    }

  if (number == NULL)
    {
      g_array_set_size (self->numbers, 0);
      number = prefix != NULL ? g_strdup_printf ("%s.%s", prefix, block->marker)
                              : g_strdup (block->marker);
      printed_key = g_strdup (number);
      if (strchr (block->marker, '.') != NULL)
        {
          g_autofree char *parent_number = g_strndup (number, strrchr (number, '.') - number);

          /* "1.1" belongs to the latest "1", which may have been given a scoped ref
           * ("part-2.1" when Part 2 numbers from 1 again): the child follows it. */
          parent = g_hash_table_lookup (self->printed, parent_number);
          if (parent != NULL && g_strcmp0 (parent->ref, parent_number) != 0)
            {
              char *scoped = g_strdup_printf ("%s%s", parent->ref, strrchr (number, '.'));

              g_free (number);
              number = scoped;
            }
        }
    }
  if (parent == NULL)
    parent = section_clause (self);

  clause = add_clause (self, place_ref (self, number), parent,
                       titled ? g_strdup (block->text) : NULL,
                       titled ? NULL : g_strdup (block->text));
  g_hash_table_insert (self->printed, g_steal_pointer (&printed_key), clause);
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
handle_lettered (Parser *self, EthosCodeBlock *block)
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
handle_loose (Parser *self, EthosCodeBlock *block)
{
  gboolean bullet = block->kind == ETHOS_CODE_BLOCK_BULLET;
  g_autofree char *text = bullet ? g_strdup_printf ("• %s", block->text) : g_strdup (block->text);

  if (self->open_clause != NULL)
    {
      /* Gathered in a GString: joined one by one, the text of a clause with many paragraphs
       * would be copied again for each of them. */
      if (self->open_text == NULL)
        self->open_text = g_string_new (self->open_clause->text);
      if (self->open_text->len > 0)
        g_string_append (self->open_text, bullet && self->last_was_bullet ? "\n" : "\n\n");
      g_string_append (self->open_text, text);
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
take_front_matter (Parser *self, const char *text, gboolean *unclosed)
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
  self.suffixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.printed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.sections = g_array_new (FALSE, TRUE, sizeof (Section));
  g_array_set_clear_func (self.sections, section_clear);
  self.numbers = g_array_new (FALSE, TRUE, sizeof (OpenNumber));

  {
    gboolean unclosed = FALSE;

    body = take_front_matter (&self, text, &unclosed);
    if (unclosed)
      {
        g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_NO_CLAUSES,
                     _("The file starts a header with “---” but never closes it with another "
                       "“---” line."));
        g_array_unref (self.sections);
        g_array_unref (self.numbers);
        g_hash_table_unref (self.refs);
        g_hash_table_unref (self.suffixes);
        g_hash_table_unref (self.printed);
        return NULL;
      }
  }
  single_line = g_array_new (FALSE, FALSE, sizeof (guint));
  blocks = ethos_code_blocks_split (body != NULL ? body : text, &markdown_headings, single_line);

  for (guint i = 0; i < blocks->len; i++)
    {
      EthosCodeBlock block;

      ethos_code_block_classify (g_ptr_array_index (blocks, i), markdown_headings,
                      g_array_index (single_line, guint, i), &block);
      switch (block.kind)
        {
        case ETHOS_CODE_BLOCK_HEADING:
          /* In plain text, a first line followed by another heading names the document; as a
           * section it would stand empty. */
          if (!markdown_headings && i == 0 && block.heading_level == 0 && i + 1 < blocks->len
              && next_is_heading (g_ptr_array_index (blocks, i + 1), g_array_index (single_line, guint, i + 1)))
            {
              if (doc->title == NULL)
                doc->title = g_strdup (block.text);
              break;
            }
          handle_heading (&self, &block);
          break;
        case ETHOS_CODE_BLOCK_NUMBERED:
          handle_numbered (&self, &block);
          break;
        case ETHOS_CODE_BLOCK_LETTERED:
          handle_lettered (&self, &block);
          break;
        case ETHOS_CODE_BLOCK_BULLET:
        case ETHOS_CODE_BLOCK_PARAGRAPH:
        default:
          handle_loose (&self, &block);
          break;
        }
      ethos_code_block_clear (&block);
    }
  finish_open_text (&self);

  g_array_unref (self.sections);
  g_array_unref (self.numbers);
  g_hash_table_unref (self.refs);
  g_hash_table_unref (self.suffixes);
  g_hash_table_unref (self.printed);

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
