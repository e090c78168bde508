/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-search-words"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "ethos-data.h"
#include "ethos-search-vocab.h"
#include "ethos-search-words.h"

/* The words of a question that say nothing about what is asked ("when can I…", "what if…"): a
 * search gives them no weight, unless they are all that was typed. */
static const char *const stop_words[] = {
  "a", "about", "after", "all", "am", "an", "and", "any", "are", "as", "at", "be", "been",
  "before", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had",
  "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on",
  "or", "our", "should", "so", "some", "than", "that", "the", "their", "them", "then", "there",
  "these", "they", "this", "those", "to", "us", "was", "we", "were", "what", "when", "where",
  "whether", "which", "who", "whom", "why", "will", "with", "would", "you", "your",
};

gboolean
ethos_search_is_stop_word (const char *folded)
{
  static GHashTable *set;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      set = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
        g_hash_table_add (set, (gpointer) stop_words[i]);
      g_once_init_leave (&once, 1);
    }
  return g_hash_table_contains (set, folded);
}

/* The words of @text as the codes' index splits and folds them: runs of letters and digits,
 * lower case, without accents. */
GStrv
ethos_search_split_words (const char *text)
{
  g_autofree char *folded = ethos_search_fold (text);
  g_autoptr (GStrvBuilder) words = g_strv_builder_new ();
  g_autoptr (GString) word = g_string_new (NULL);

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        g_strv_builder_add (words, word->str);
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  return g_strv_builder_end (words);
}

/* data/search-synonyms.txt: one group a line, its members (words or phrases) separated by ";",
 * "#" starting a comment. Each group is a GStrv of its members, folded, words separated by one
 * space; members with no words, and groups of fewer than two, are left out. */
GPtrArray *
ethos_search_synonyms_parse (const char *text)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto (GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr (GStrvBuilder) group = g_strv_builder_new ();
      char *comment = strchr (lines[i], '#');
      g_auto (GStrv) members = NULL;
      GStrv built;

      if (comment != NULL)
        *comment = '\0';
      members = g_strsplit (lines[i], ";", -1);
      for (guint j = 0; members[j] != NULL; j++)
        {
          g_auto (GStrv) words = ethos_search_split_words (members[j]);

          if (words[0] != NULL)
            {
              g_autofree char *member = g_strjoinv (" ", words);

              g_strv_builder_add (group, member);
            }
        }
      built = g_strv_builder_end (group);
      if (g_strv_length (built) >= 2)
        g_ptr_array_add (groups, built);
      else
        g_strfreev (built);
    }
  return groups;
}

/* The shipped list, read once. */
GPtrArray *
ethos_search_synonyms_shipped (void)
{
  static GPtrArray *groups;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      g_autoptr (GBytes) bytes = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *text = NULL;

      ethos_data_init ();
      bytes = g_resources_lookup_data ("/org/ethosapp/Ethos/data/search-synonyms.txt",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL)
        g_warning ("Could not read the search synonyms: %s", error->message);
      else
        text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      groups = ethos_search_synonyms_parse (text);
      g_once_init_leave (&once, 1);
    }
  return groups;
}

/* A word as a synonym list compares it: without a plural's "s". */
static char *
synonym_key (const char *words)
{
  g_auto (GStrv) parts = g_strsplit (words, " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gsize length = strlen (parts[i]);

      if (length > 3 && parts[i][length - 1] == 's' && parts[i][length - 2] != 's')
        parts[i][length - 1] = '\0';
    }
  return g_strjoinv (" ", parts);
}

/* The group of @synonyms (may be NULL) that @words (folded, one space between them) is a
 * member of, singular or plural alike, and in @member the member it is; NULL when none. */
GStrv
ethos_search_synonyms_find (GPtrArray *synonyms, const char *words, const char **member)
{
  g_autofree char *key = synonym_key (words);

  for (guint g = 0; synonyms != NULL && g < synonyms->len; g++)
    {
      GStrv group = g_ptr_array_index (synonyms, g);

      for (guint m = 0; group[m] != NULL; m++)
        {
          g_autofree char *other = synonym_key (group[m]);

          if (g_str_equal (other, key))
            {
              *member = group[m];
              return group;
            }
        }
    }
  *member = NULL;
  return NULL;
}
