/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-search-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-search-plan.h"
#include "ethos-search-query.h"
#include "ethos-search-words.h"

/* What a search of the codes asks for, worked out from what a person typed (issue 17): the
 * words that carry meaning, each with the forms that count as it (the words that mean the
 * same, a compound written as one word or two), the word still being typed, and the nearest
 * known word in place of a misspelt one. The index's queries are made from it; how its
 * matches rank is ethos-search-ranking.c's. */

/* The shortest part of a compound ("care" in "healthcare"). */
#define COMPOUND_PART_MIN_CHARS 4
/* The longest run of words matched against the synonyms ("criminal record check"). */
#define SYNONYM_MAX_WORDS 4

typedef struct
{
  GStrv    words;  /* folded */
  char    *shown;  /* as typed */
  gboolean quoted;
  gboolean open;
} Chunk;

struct _EthosSearchPlan
{
  GObject    parent_instance;

  GPtrArray *terms;      /* EthosSearchTerm */
  GPtrArray *shown;      /* what was typed, a chunk at a time, corrections put in */
  GArray    *term_chunk; /* guint: the chunk each term starts at */
  GPtrArray *synonyms;   /* as ethos_search_synonyms_parse() gives, or NULL */
  guint      n_phrases;
};

G_DEFINE_FINAL_TYPE (EthosSearchPlan, ethos_search_plan, G_TYPE_OBJECT)

static void
term_free (EthosSearchTerm *term)
{
  g_free (term->label);
  g_ptr_array_unref (term->phrases);
  g_free (term);
}

static void
chunk_clear (Chunk *chunk)
{
  g_strfreev (chunk->words);
  g_free (chunk->shown);
}

static void
ethos_search_plan_finalize (GObject *object)
{
  EthosSearchPlan *self = ETHOS_SEARCH_PLAN (object);

  g_ptr_array_unref (self->terms);
  g_ptr_array_unref (self->shown);
  g_array_unref (self->term_chunk);
  g_clear_pointer (&self->synonyms, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_search_plan_parent_class)->finalize (object);
}

static void
ethos_search_plan_class_init (EthosSearchPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_search_plan_finalize;
}

static void
ethos_search_plan_init (EthosSearchPlan *self)
{
  self->terms = g_ptr_array_new_with_free_func ((GDestroyNotify) term_free);
  self->shown = g_ptr_array_new_with_free_func (g_free);
  self->term_chunk = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* The typed text in chunks: words between spaces, or a "quoted phrase". Words joined by
 * punctuation ("whistle-blower", "9.6") are one chunk. Bounded for any paste. */
static GArray *
read_chunks (const char *typed)
{
  GArray *chunks = g_array_new (FALSE, TRUE, sizeof (Chunk));
  g_autoptr (GString) text = g_string_new (NULL);
  gboolean in_quotes = FALSE;

  g_array_set_clear_func (chunks, (GDestroyNotify) chunk_clear);
  for (const char *p = typed;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || c == '"' || (!in_quotes && g_unichar_isspace (c)))
        {
          g_auto (GStrv) words = ethos_search_split_words (text->str);

          if (words[0] != NULL && chunks->len < ETHOS_SEARCH_MAX_TERMS
              && text->len <= ETHOS_SEARCH_MAX_TERM_BYTES)
            {
              Chunk chunk = { g_steal_pointer (&words), g_strdup (text->str), in_quotes,
                              c == 0 && !in_quotes };

              g_array_append_val (chunks, chunk);
            }
          g_string_truncate (text, 0);
          if (c == 0)
            break;
          if (c == '"')
            in_quotes = !in_quotes;
          continue;
        }
      g_string_append_unichar (text, c);
    }
  return chunks;
}

static gboolean
add_phrase (EthosSearchPlan *self, EthosSearchTerm *term, const char *phrase)
{
  if (self->n_phrases >= ETHOS_SEARCH_MAX_PHRASES)
    return FALSE;
  for (guint i = 0; i < term->phrases->len; i++)
    if (g_str_equal (g_ptr_array_index (term->phrases, i), phrase))
      return TRUE;
  g_ptr_array_add (term->phrases, g_strdup (phrase));
  self->n_phrases++;
  return TRUE;
}

static EthosSearchTerm *
add_term (EthosSearchPlan *self, const char *label, guint chunk, gboolean open, gboolean quoted)
{
  EthosSearchTerm *term = g_new0 (EthosSearchTerm, 1);

  term->label = g_strdup (label);
  term->phrases = g_ptr_array_new_with_free_func (g_free);
  term->open = open;
  term->quoted = quoted;
  g_ptr_array_add (self->terms, term);
  g_array_append_val (self->term_chunk, chunk);
  return term;
}

/* A compound the codes also write as two words: "healthcare" as "health care". */
static char *
split_compound (const char *word, EthosSearchVocab *vocab)
{
  glong length = g_utf8_strlen (word, -1);
  char *best = NULL;
  guint best_count = 0;

  if (vocab == NULL || length < 2 * COMPOUND_PART_MIN_CHARS)
    return NULL;
  for (glong at = COMPOUND_PART_MIN_CHARS; at <= length - COMPOUND_PART_MIN_CHARS; at++)
    {
      const char *second = g_utf8_offset_to_pointer (word, at);
      g_autofree char *first = g_strndup (word, second - word);
      guint count = MIN (ethos_search_vocab_count (vocab, first),
                         ethos_search_vocab_count (vocab, second));

      if (count > best_count && !ethos_search_is_stop_word (first)
          && !ethos_search_is_stop_word (second))
        {
          g_free (best);
          best = g_strconcat (first, " ", second, NULL);
          best_count = count;
        }
    }
  return best;
}

/* The synonym group the @n one-word chunks from @at are a member of, or NULL; @member: the
 * member they are. */
static GStrv
find_synonyms (GArray *chunks, guint at, guint n, GPtrArray *synonyms, const char **member)
{
  g_autoptr (GString) words = g_string_new (NULL);

  *member = NULL;
  for (guint i = at; i < at + n; i++)
    {
      Chunk *chunk = &g_array_index (chunks, Chunk, i);

      if (chunk->quoted || chunk->words[1] != NULL)
        return NULL;
      g_string_append_printf (words, "%s%s", words->len > 0 ? " " : "", chunk->words[0]);
    }
  return ethos_search_synonyms_find (synonyms, words->str, member);
}

/* Adds @group to @term: the member typed first, as the term's own; the others weigh less. */
static void
add_synonyms (EthosSearchPlan *self, EthosSearchTerm *term, GStrv group, const char *member)
{
  add_phrase (self, term, member);
  term->n_own = term->phrases->len;
  for (guint m = 0; group[m] != NULL; m++)
    add_phrase (self, term, group[m]);
}

/* One chunk of one word, not in quotes, or NULL. */
static const char *
lone_word (GArray *chunks, guint at)
{
  Chunk *chunk;

  if (at >= chunks->len)
    return NULL;
  chunk = &g_array_index (chunks, Chunk, at);
  return !chunk->quoted && chunk->words[1] == NULL ? chunk->words[0] : NULL;
}

/* How many chunks from @at the term made there takes. */
static guint
plan_chunk (EthosSearchPlan  *self,
            GArray           *chunks,
            guint             at,
            EthosSearchVocab *vocab,
            GPtrArray        *synonyms)
{
  Chunk *chunk = &g_array_index (chunks, Chunk, at);
  const char *word = lone_word (chunks, at);
  const char *next = lone_word (chunks, at + 1);
  g_autofree char *phrase = g_strjoinv (" ", chunk->words);
  EthosSearchTerm *term;

  if (chunk->quoted)
    {
      term = add_term (self, phrase, at, FALSE, TRUE);
      add_phrase (self, term, phrase);
      return 1;
    }
  for (guint n = MIN (SYNONYM_MAX_WORDS, chunks->len - at); word != NULL && n >= 1; n--)
    {
      const char *member;
      GStrv group = find_synonyms (chunks, at, n, synonyms, &member);
      g_autoptr (GString) label = g_string_new (NULL);

      if (group == NULL || (n == 1 && ethos_search_is_stop_word (word)))
        continue;
      for (guint i = at; i < at + n; i++)
        g_string_append_printf (label, "%s%s", label->len > 0 ? " " : "",
                                g_array_index (chunks, Chunk, i).shown);
      term = add_term (self, label->str, at, FALSE, TRUE);
      add_synonyms (self, term, group, member);
      return n;
    }
  if (word != NULL && ethos_search_is_stop_word (word))
    return 1;

  /* "health care" typed as two words where the codes also say "healthcare". */
  if (word != NULL && next != NULL && !ethos_search_is_stop_word (next) && vocab != NULL)
    {
      g_autofree char *joined = g_strconcat (word, next, NULL);

      if (ethos_search_vocab_count (vocab, joined) > 0)
        {
          g_autofree char *label = g_strconcat (word, " ", next, NULL);

          term = add_term (self, label, at, g_array_index (chunks, Chunk, at + 1).open, FALSE);
          add_phrase (self, term, label);
          add_phrase (self, term, joined);
          return 2;
        }
    }

  term = add_term (self, phrase, at, chunk->open, FALSE);
  add_phrase (self, term, phrase);
  if (word != NULL)
    {
      g_autofree char *parts = split_compound (word, vocab);

      if (parts != NULL)
        add_phrase (self, term, parts);
    }
  else
    {
      /* "whistle-blower" where the codes also say "whistleblower". */
      g_autofree char *joined = g_strjoinv ("", chunk->words);

      add_phrase (self, term, joined);
    }
  return 1;
}

/* The plan for @typed. @vocab (may be NULL) tells compounds; @synonyms (may be NULL) is a list
 * as ethos_search_synonyms_parse() gives. Words that carry no meaning are left out, unless
 * they are all there is. A plan may have no terms: nothing to search for. */
EthosSearchPlan *
ethos_search_plan_new (const char *typed, EthosSearchVocab *vocab, GPtrArray *synonyms)
{
  EthosSearchPlan *self = g_object_new (ETHOS_TYPE_SEARCH_PLAN, NULL);
  g_autoptr (GArray) chunks = read_chunks (typed != NULL ? typed : "");

  self->synonyms = synonyms != NULL ? g_ptr_array_ref (synonyms) : NULL;
  for (guint i = 0; i < chunks->len; i++)
    g_ptr_array_add (self->shown, g_strdup (g_array_index (chunks, Chunk, i).shown));
  for (guint i = 0; i < chunks->len;)
    i += plan_chunk (self, chunks, i, vocab, synonyms);

  if (self->terms->len == 0)
    for (guint i = 0; i < chunks->len; i++)
      {
        Chunk *chunk = &g_array_index (chunks, Chunk, i);
        g_autofree char *phrase = g_strjoinv (" ", chunk->words);
        EthosSearchTerm *term = add_term (self, phrase, i, chunk->open, chunk->quoted);

        add_phrase (self, term, phrase);
      }
  /* All a term's forms are its own, but for the synonyms of a synonym term. */
  for (guint t = 0; t < self->terms->len; t++)
    {
      EthosSearchTerm *term = g_ptr_array_index (self->terms, t);

      if (term->n_own == 0)
        term->n_own = term->phrases->len;
    }
  return self;
}

guint
ethos_search_plan_get_n_terms (EthosSearchPlan *self)
{
  g_return_val_if_fail (ETHOS_IS_SEARCH_PLAN (self), 0);

  return self->terms->len;
}

EthosSearchTerm *
ethos_search_plan_get_term (EthosSearchPlan *self, guint index)
{
  g_return_val_if_fail (ETHOS_IS_SEARCH_PLAN (self), NULL);
  g_return_val_if_fail (index < self->terms->len, NULL);

  return g_ptr_array_index (self->terms, index);
}

/* The FTS5 query for the plan: any of its phrases (a clause matching only some words is still
 * found; how many it matches is for the ranking). With @completions, only the word being typed,
 * as the start of longer words. NULL when there is nothing to ask. Every phrase is quoted
 * words of letters and digits, so nothing typed can be FTS5 syntax. */
char *
ethos_search_plan_to_fts (EthosSearchPlan *self, gboolean completions)
{
  g_autoptr (GString) query = g_string_new (NULL);

  g_return_val_if_fail (ETHOS_IS_SEARCH_PLAN (self), NULL);

  for (guint t = 0; t < self->terms->len; t++)
    {
      EthosSearchTerm *term = g_ptr_array_index (self->terms, t);

      if (completions && !term->open)
        continue;
      for (guint p = 0; p < term->phrases->len; p++)
        g_string_append_printf (query, "%s\"%s\"%s", query->len > 0 ? " OR " : "",
                                (char *) g_ptr_array_index (term->phrases, p),
                                completions ? " *" : "");
    }
  if (query->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&query), FALSE);
}

/* The term that phrase number @phrase of ethos_search_plan_to_fts (@completions) stands for,
 * or -1; @own (may be NULL): whether the phrase is the term as typed rather than a synonym. */
int
ethos_search_plan_phrase_term (EthosSearchPlan *self,
                               gboolean         completions,
                               guint            phrase,
                               gboolean        *own)
{
  g_return_val_if_fail (ETHOS_IS_SEARCH_PLAN (self), -1);

  if (own != NULL)
    *own = FALSE;
  for (guint t = 0; t < self->terms->len; t++)
    {
      EthosSearchTerm *term = g_ptr_array_index (self->terms, t);

      if (completions && !term->open)
        continue;
      if (phrase < term->phrases->len)
        {
          if (own != NULL)
            *own = phrase < term->n_own;
          return (int) t;
        }
      phrase -= term->phrases->len;
    }
  return -1;
}

/* Puts the nearest word the codes contain in place of term @index, a word they do not
 * contain. FALSE when the term is not one typed word, or no known word is near enough. */
gboolean
ethos_search_plan_correct (EthosSearchPlan *self, guint index, EthosSearchVocab *vocab)
{
  EthosSearchTerm *term;
  const char *nearest;

  g_return_val_if_fail (ETHOS_IS_SEARCH_PLAN (self), FALSE);
  g_return_val_if_fail (index < self->terms->len, FALSE);

  term = g_ptr_array_index (self->terms, index);
  if (term->quoted || term->corrected || strchr (term->label, ' ') != NULL || vocab == NULL)
    return FALSE;
  nearest = ethos_search_vocab_nearest (vocab, g_ptr_array_index (term->phrases, 0));
  if (nearest == NULL)
    return FALSE;

  self->n_phrases -= term->phrases->len;
  g_ptr_array_set_size (term->phrases, 0);
  add_phrase (self, term, nearest);
  term->n_own = 1;
  /* The words that mean the same as the word meant, as if it had been typed right. */
  {
    const char *member;
    GStrv group = ethos_search_synonyms_find (self->synonyms, nearest, &member);

    if (group != NULL)
      add_synonyms (self, term, group, member);
  }
  g_free (term->label);
  term->label = g_strdup (nearest);
  term->open = FALSE;
  term->corrected = TRUE;
  g_free (g_ptr_array_index (self->shown, g_array_index (self->term_chunk, guint, index)));
  g_ptr_array_index (self->shown, g_array_index (self->term_chunk, guint, index))
    = g_strdup (nearest);
  return TRUE;
}

/* "Showing results for “indemnity insurance”" when a word was corrected; NULL when not. */
char *
ethos_search_plan_describe_correction (EthosSearchPlan *self)
{
  g_autofree char *query = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (ETHOS_IS_SEARCH_PLAN (self), NULL);

  for (guint t = 0; t < self->terms->len; t++)
    any |= ((EthosSearchTerm *) g_ptr_array_index (self->terms, t))->corrected;
  if (!any)
    return NULL;
  g_ptr_array_add (self->shown, NULL);
  query = g_strjoinv (" ", (GStrv) self->shown->pdata);
  g_ptr_array_remove_index (self->shown, self->shown->len - 1);
  /* Translators: said above search results when a word typed was not in any code and the
   * nearest word that is was searched for instead. */
  return g_strdup_printf (_("Showing results for “%s”"), query);
}
