/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-search-vocab"

#include "config.h"

#include <string.h>

#include "ethos-search-vocab.h"

/* The longest word looked at for a correction: longer ones are not words people mistype. */
#define NEAREST_MAX_CHARS 40

struct _EthosSearchVocab
{
  GObject     parent_instance;

  GHashTable *counts;  /* folded word -> clauses it is in (GUINT_TO_POINTER) */
  GPtrArray  *by_size; /* [length in characters] -> GPtrArray of words (owned by counts) */
  guint       n_clauses;
};

G_DEFINE_FINAL_TYPE (EthosSearchVocab, ethos_search_vocab, G_TYPE_OBJECT)

static void
ethos_search_vocab_finalize (GObject *object)
{
  EthosSearchVocab *self = ETHOS_SEARCH_VOCAB (object);

  g_ptr_array_unref (self->by_size);
  g_hash_table_unref (self->counts);

  G_OBJECT_CLASS (ethos_search_vocab_parent_class)->finalize (object);
}

static void
ethos_search_vocab_class_init (EthosSearchVocabClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_search_vocab_finalize;
}

static void
ethos_search_vocab_init (EthosSearchVocab *self)
{
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_size = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

EthosSearchVocab *
ethos_search_vocab_new (guint n_clauses)
{
  EthosSearchVocab *self = g_object_new (ETHOS_TYPE_SEARCH_VOCAB, NULL);

  self->n_clauses = n_clauses;
  return self;
}

void
ethos_search_vocab_add (EthosSearchVocab *self, const char *word, guint n_clauses)
{
  char *copy;
  glong length;

  g_return_if_fail (ETHOS_IS_SEARCH_VOCAB (self));
  g_return_if_fail (word != NULL);

  if (n_clauses == 0 || g_hash_table_contains (self->counts, word) || !g_utf8_validate (word, -1, NULL))
    return;
  copy = g_strdup (word);
  g_hash_table_insert (self->counts, copy, GUINT_TO_POINTER (n_clauses));
  length = g_utf8_strlen (copy, -1);
  if (length > NEAREST_MAX_CHARS)
    return;
  while (self->by_size->len <= (guint) length)
    g_ptr_array_add (self->by_size, g_ptr_array_new ());
  g_ptr_array_add (g_ptr_array_index (self->by_size, length), copy);
}

/* The number of clauses @word (folded) is in; 0 for a word the codes do not contain. */
guint
ethos_search_vocab_count (EthosSearchVocab *self, const char *word)
{
  g_return_val_if_fail (ETHOS_IS_SEARCH_VOCAB (self), 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, word));
}

guint
ethos_search_vocab_get_n_clauses (EthosSearchVocab *self)
{
  g_return_val_if_fail (ETHOS_IS_SEARCH_VOCAB (self), 0);

  return self->n_clauses;
}

/* The edit distance between @a and @b in characters, counting a swap of two neighbours as one
 * edit ("recieve"); anything over @most is given as @most + 1, without working it out. */
guint
ethos_search_edit_distance (const char *a, const char *b, guint most)
{
  g_autofree gunichar *x = g_utf8_to_ucs4_fast (a, -1, NULL);
  g_autofree gunichar *y = g_utf8_to_ucs4_fast (b, -1, NULL);
  guint n = 0, m = 0;
  g_autofree guint *rows = NULL;
  guint *two_back, *back, *row;

  while (x[n] != 0)
    n++;
  while (y[m] != 0)
    m++;
  if ((n > m ? n - m : m - n) > most)
    return most + 1;

  rows = g_new0 (guint, 3 * (m + 1));
  two_back = rows;
  back = rows + (m + 1);
  row = rows + 2 * (m + 1);
  for (guint j = 0; j <= m; j++)
    back[j] = j;
  for (guint i = 1; i <= n; i++)
    {
      guint least;

      row[0] = i;
      least = row[0];
      for (guint j = 1; j <= m; j++)
        {
          guint cost = x[i - 1] == y[j - 1] ? 0 : 1;
          guint best = MIN (back[j] + 1, MIN (row[j - 1] + 1, back[j - 1] + cost));

          if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
            best = MIN (best, two_back[j - 2] + 1);
          row[j] = best;
          least = MIN (least, best);
        }
      if (least > most)
        return most + 1;
      {
        guint *spare = two_back;

        two_back = back;
        back = row;
        row = spare;
      }
    }
  return MIN (back[m], most + 1);
}

/* The known word nearest to @word (folded), for a word the codes do not contain: one edit away
 * for a word of up to five letters, two for longer ones; of equals, the one in more clauses,
 * then the first in alphabetical order. NULL when none is that near. */
const char *
ethos_search_vocab_nearest (EthosSearchVocab *self, const char *word)
{
  const char *best = NULL;
  guint best_distance = G_MAXUINT, best_count = 0;
  glong length;
  guint most;

  g_return_val_if_fail (ETHOS_IS_SEARCH_VOCAB (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  length = g_utf8_strlen (word, -1);
  if (length < 3 || length > NEAREST_MAX_CHARS)
    return NULL;
  most = length <= 5 ? 1 : 2;
  for (glong size = MAX (1, length - (glong) most); size <= length + (glong) most; size++)
    {
      GPtrArray *words;

      if ((guint) size >= self->by_size->len)
        break;
      words = g_ptr_array_index (self->by_size, size);
      for (guint i = 0; i < words->len; i++)
        {
          const char *candidate = g_ptr_array_index (words, i);
          guint distance = ethos_search_edit_distance (word, candidate, MIN (most, best_distance));
          guint count;

          if (distance > most || distance > best_distance || distance == 0)
            continue;
          count = ethos_search_vocab_count (self, candidate);
          if (distance < best_distance || count > best_count
              || (count == best_count && strcmp (candidate, best) < 0))
            {
              best = candidate;
              best_distance = distance;
              best_count = count;
            }
        }
    }
  return best;
}

/* @text as the codes' index reads it: lower case, without accents. */
char *
ethos_search_fold (const char *text)
{
  g_autofree char *lower = g_utf8_casefold (text, -1);
  g_autofree char *split = g_utf8_normalize (lower, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);

  for (const char *p = split; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
