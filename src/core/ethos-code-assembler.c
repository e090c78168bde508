/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-code-parser"

#include "config.h"

#include <string.h>

#include "ethos-utils.h"
#include "ethos-code-assembler.h"

/* The clauses of a code, built from its blocks as ethos-code-blocks.c classifies them. A heading
 * opens a section (a Part or Section heading at the top level, others under it); a numbered
 * block is a clause under its section or, counting from 1 under a number, that number's child;
 * a lettered block is a clause under the open number, a roman one under the open letter; a
 * paragraph or bullet folds into the open clause, or stands as a clause of its own. Refs are
 * unique within the code: a repeated number takes its section's slug first. */

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

struct _EthosCodeAssembler
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
};

static void
section_clear (gpointer data)
{
  Section *section = data;

  g_clear_pointer (&section->prefix, g_free);
}

static Section *
current_section (EthosCodeAssembler *self)
{
  if (self->sections->len == 0)
    return NULL;
  return &g_array_index (self->sections, Section, self->sections->len - 1);
}

/* @wanted, or the first of @wanted-2, -3 … not yet taken. Every ref returned is taken at once
 * and refs are never given back, so the search for the next one resumes where the last ended:
 * starting again from 2 would make a file that repeats one heading quadratic to read. */
static char *
unique_ref (EthosCodeAssembler *self, const char *wanted)
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
add_clause (EthosCodeAssembler *self, char *ref, EthosClause *parent, char *title, char *text)
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
finish_open_text (EthosCodeAssembler *self)
{
  if (self->open_text == NULL)
    return;
  g_free (self->open_clause->text);
  self->open_clause->text = g_string_free (g_steal_pointer (&self->open_text), FALSE);
}

static void
close_open_items (EthosCodeAssembler *self)
{
  finish_open_text (self);
  g_array_set_size (self->numbers, 0);
  self->open_letter = NULL;
  self->open_roman = NULL;
  self->open_clause = NULL;
  self->last_was_bullet = FALSE;
}

static void
handle_heading (EthosCodeAssembler *self, EthosCodeBlock *block)
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
section_clause (EthosCodeAssembler *self)
{
  Section *section = current_section (self);

  return section != NULL ? section->clause : NULL;
}

static const char *
section_slug (EthosCodeAssembler *self)
{
  Section *section = current_section (self);

  return section != NULL ? section->clause->ref : "preamble";
}

/* Makes @wanted unique within the code: a repeated number takes its section's slug first. */
static char *
place_ref (EthosCodeAssembler *self, const char *wanted)
{
  g_autofree char *scoped = NULL;

  if (!g_hash_table_contains (self->refs, wanted))
    return g_strdup (wanted);
  scoped = g_strdup_printf ("%s.%s", section_slug (self), wanted);
  return unique_ref (self, scoped);
}

static void
open_item (EthosCodeAssembler *self, EthosClause *clause)
{
  finish_open_text (self);
  self->open_clause = clause;
  self->last_was_bullet = FALSE;
}

static void
handle_numbered (EthosCodeAssembler *self, EthosCodeBlock *block)
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
handle_lettered (EthosCodeAssembler *self, EthosCodeBlock *block)
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
handle_loose (EthosCodeAssembler *self, EthosCodeBlock *block)
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

/* Takes @doc's clauses from here on; @doc must outlive the assembler. */
EthosCodeAssembler *
ethos_code_assembler_new (EthosCodeDoc *doc)
{
  EthosCodeAssembler *self = g_new0 (EthosCodeAssembler, 1);

  self->doc = doc;
  self->refs = g_hash_table_new (g_str_hash, g_str_equal);
  self->suffixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->printed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sections = g_array_new (FALSE, TRUE, sizeof (Section));
  g_array_set_clear_func (self->sections, section_clear);
  self->numbers = g_array_new (FALSE, TRUE, sizeof (OpenNumber));
  return self;
}

void
ethos_code_assembler_add (EthosCodeAssembler *self, EthosCodeBlock *block)
{
  switch (block->kind)
    {
    case ETHOS_CODE_BLOCK_HEADING:
      handle_heading (self, block);
      break;
    case ETHOS_CODE_BLOCK_NUMBERED:
      handle_numbered (self, block);
      break;
    case ETHOS_CODE_BLOCK_LETTERED:
      handle_lettered (self, block);
      break;
    case ETHOS_CODE_BLOCK_BULLET:
    case ETHOS_CODE_BLOCK_PARAGRAPH:
    default:
      handle_loose (self, block);
      break;
    }
}

/* Gives the last open clause the text folded into it. */
void
ethos_code_assembler_finish (EthosCodeAssembler *self)
{
  finish_open_text (self);
}

void
ethos_code_assembler_free (EthosCodeAssembler *self)
{
  if (self == NULL)
    return;
  if (self->open_text != NULL)
    g_string_free (self->open_text, TRUE);
  g_array_unref (self->sections);
  g_array_unref (self->numbers);
  g_hash_table_unref (self->refs);
  g_hash_table_unref (self->suffixes);
  g_hash_table_unref (self->printed);
  g_free (self);
}
