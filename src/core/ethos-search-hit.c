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
