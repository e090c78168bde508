/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-search-query"

#include "config.h"

#include "ethos-search-query.h"

/* Turns what a person typed into an FTS5 query that cannot be a syntax error: every word is
 * quoted, so AND, NOT, NEAR, *, ^, : and brackets are just text. Words joined by punctuation
 * ("non-exploitation", "9.6") and "quoted phrases" become phrases; the words are all required.
 * With @prefix_last the last word also matches longer words, for search as you type.
 * Returns NULL when the input has no words at all. */
char *
ethos_search_query_to_fts (const char *input, gboolean prefix_last)
{
  g_autoptr (GString) query = g_string_new (NULL);
  g_autoptr (GString) phrase = g_string_new (NULL);
  gboolean in_quotes = FALSE;
  gboolean in_word = FALSE;
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean last_open = FALSE;
  guint n_terms = 0;
  const char *p;

  if (input == NULL)
    return NULL;

  for (p = input;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean ends_chunk = c == 0 || c == '"' || (!in_quotes && g_unichar_isspace (c));

      if (ends_chunk)
        {
          if (phrase->len > 0)
            {
              /* A repeated word adds nothing but cost; a pasted page is cut to its first
               * terms, so search stays instant whatever is typed. */
              if (!g_hash_table_contains (seen, phrase->str) && n_terms < ETHOS_SEARCH_MAX_TERMS
                  && phrase->len <= ETHOS_SEARCH_MAX_TERM_BYTES)
                {
                  if (query->len > 0)
                    g_string_append_c (query, ' ');
                  g_string_append_printf (query, "\"%s\"", phrase->str);
                  g_hash_table_add (seen, g_strdup (phrase->str));
                  n_terms++;
                  last_open = c == 0 && !in_quotes;
                }
              g_string_truncate (phrase, 0);
            }
          in_word = FALSE;
          if (c == 0)
            break;
          if (c == '"')
            in_quotes = !in_quotes;
          continue;
        }

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        {
          if (!in_word && phrase->len > 0)
            g_string_append_c (phrase, ' ');
          g_string_append_unichar (phrase, c);
          in_word = TRUE;
        }
      else
        in_word = FALSE;
    }

  if (query->len == 0)
    return NULL;
  if (prefix_last && last_open)
    g_string_append_c (query, '*');
  return g_string_free (g_steal_pointer (&query), FALSE);
}
