/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-search-hit"

#include "config.h"

#include <string.h>

#include "ethos-search-hit.h"

G_DEFINE_FINAL_TYPE (EthosSearchHit, ethos_search_hit, G_TYPE_OBJECT)

static void
ethos_search_hit_finalize (GObject *object)
{
  EthosSearchHit *self = ETHOS_SEARCH_HIT (object);

  g_free (self->code_id);
  g_free (self->ref);
  g_free (self->heading);
  g_free (self->snippet);
  g_free (self->lead_in);

  G_OBJECT_CLASS (ethos_search_hit_parent_class)->finalize (object);
}

static void
ethos_search_hit_class_init (EthosSearchHitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_search_hit_finalize;
}

static void
ethos_search_hit_init (EthosSearchHit *self)
{
}

EthosSearchHit *
ethos_search_hit_new (void)
{
  return g_object_new (ETHOS_TYPE_SEARCH_HIT, NULL);
}

/* The snippet with its matches between @open and @close ("<b>" and "</b>" for Pango markup, with
 * @escape_markup; "[" and "]" for a terminal). */
char *
ethos_search_hit_format_snippet (EthosSearchHit *self,
                                 const char     *open,
                                 const char     *close,
                                 gboolean        escape_markup)
{
  GString *out;

  g_return_val_if_fail (ETHOS_IS_SEARCH_HIT (self), NULL);

  out = g_string_new (NULL);
  if (self->lead_in != NULL)
    {
      g_autofree char *lead_in = escape_markup ? g_markup_escape_text (self->lead_in, -1)
                                               : g_strdup (self->lead_in);

      g_string_append_printf (out, "%s ", lead_in);
    }
  for (const char *p = self->snippet != NULL ? self->snippet : ""; *p != '\0';)
    {
      const char *next = p + strcspn (p, ETHOS_SEARCH_MARK_START ETHOS_SEARCH_MARK_END);

      if (escape_markup)
        {
          g_autofree char *piece = g_markup_escape_text (p, next - p);
          g_string_append (out, piece);
        }
      else
        g_string_append_len (out, p, next - p);

      if (*next == ETHOS_SEARCH_MARK_START[0])
        g_string_append (out, open);
      else if (*next == ETHOS_SEARCH_MARK_END[0])
        g_string_append (out, close);
      else
        break;
      p = next + 1;
    }
  return g_string_free (out, FALSE);
}

/* The longest context kept before the first match, and the longest snippet, in bytes: a word of
 * thousands of letters is cut rather than shown whole. */
#define CUT_BEFORE_MAX 80
#define CUT_MAX 300

/* A snippet cut from a whole text highlighted by FTS5's highlight(): @n_words words from up to
 * three words before the first match (fewer for a short snippet), with "…" where the text goes on. For long texts, in place
 * of FTS5's snippet(), whose time grows with the square of the matches in the text (a clause
 * of 50,000 characters of "a a a" took three seconds a result); this takes one pass. */
char *
ethos_search_snippet_cut (const char *highlighted, guint n_words)
{
  const char *mark = strchr (highlighted, ETHOS_SEARCH_MARK_START[0]);
  const char *before[3] = { NULL, NULL, NULL };
  const char *start = highlighted;
  const char *p;
  GString *out = g_string_new (NULL);
  gboolean in_word = FALSE, in_mark = FALSE;
  guint words = 0, n_before = 0, backed = 0;

  /* The starts of the last three words before the first match. */
  for (p = highlighted; mark != NULL && p < mark; p = g_utf8_next_char (p))
    {
      gboolean letter = g_unichar_isalnum (g_utf8_get_char (p));

      if (letter && !in_word)
        before[n_before++ % 3] = p;
      in_word = letter;
    }
  if (mark != NULL)
    {
      start = mark;
      /* A quarter of the words at most, so that the match is always in. */
      for (guint i = MIN (n_before, MIN (3, n_words / 4)); i > 0; i--)
        {
          const char *word = before[(n_before - i) % 3];

          if (mark - word <= CUT_BEFORE_MAX)
            {
              start = word;
              backed = i;
              break;
            }
        }
    }

  in_word = FALSE;
  for (p = start; *p != '\0' && words < n_words && out->len < CUT_MAX; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean letter = g_unichar_isalnum (c);

      if (in_word && !letter)
        words++;
      if (words == n_words)
        break;
      in_word = letter;
      if (*p == ETHOS_SEARCH_MARK_START[0])
        in_mark = TRUE;
      else if (*p == ETHOS_SEARCH_MARK_END[0])
        in_mark = FALSE;
      g_string_append_unichar (out, c);
    }
  /* A match's end mark goes with it; one cut inside a match is closed. */
  if (*p == ETHOS_SEARCH_MARK_END[0] && in_mark)
    {
      g_string_append_c (out, *p++);
      in_mark = FALSE;
    }
  if (in_mark)
    g_string_append (out, ETHOS_SEARCH_MARK_END);

  while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);
  for (; *p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)); p = g_utf8_next_char (p))
    ;
  if (*p != '\0')
    g_string_append (out, "…");
  if (n_before > backed)
    g_string_prepend (out, "…");
  return g_string_free (out, FALSE);
}

/* The most words of a lead-in shown before a sub-clause's snippet. */
#define LEAD_IN_MAX_WORDS 16

/* What a sub-clause needs of its parent to be read alone: the parent's last sentence when it
 * leads into a list ("You must tell us without delay (within 14 days) if, anywhere in the
 * world:"), its last words only when long. NULL when the parent does not lead into its items. */
char *
ethos_search_lead_in (const char *parent_text)
{
  g_autofree char *text = g_strstrip (g_strdup (parent_text != NULL ? parent_text : ""));
  gsize length = strlen (text);
  const char *start = text;
  const char *words[LEAD_IN_MAX_WORDS];
  guint n_words = 0;
  gboolean in_word = FALSE;

  if (length == 0 || text[length - 1] != ':')
    return NULL;
  for (const char *p = text; *p != '\0'; p++)
    if ((*p == '.' || *p == '?' || *p == '!') && p[1] == ' ')
      start = p + 2;
  for (const char *p = start; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean letter = !g_unichar_isspace (g_utf8_get_char (p));

      if (letter && !in_word)
        words[n_words++ % LEAD_IN_MAX_WORDS] = p;
      in_word = letter;
    }
  if (n_words > LEAD_IN_MAX_WORDS)
    return g_strconcat ("…", words[n_words % LEAD_IN_MAX_WORDS], NULL);
  return g_strdup (start);
}
