/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-citation"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-citation.h"
#include "ethos-code-blocks.h"

/* How a person cites a clause, wherever Ethos shows one: "COSRT 26", "COSRT 107(m)", "Atrium
 * Code of Practice 9.6", "IPT UK summary 5". The refs the parser gives ("107.m", "summary.5",
 * "supervision.3"; docs/code-format.md) are ids, for links and the command line's JSON; this
 * says one the way the code numbers itself. The window, the command line, the exports and the
 * notifier all cite through ethos_citation_format(). */

static gboolean
is_number (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;
  return TRUE;
}

/* "107.m" as "107(m)", "1.2.a.i" as "1.2(a)(i)", "9.6" as it is: the number as printed, with
 * each lettered or roman item under it in brackets. */
static void
append_number (GString *out, const char *number)
{
  g_auto (GStrv) parts = g_strsplit (number, ".", -1);
  gboolean item = FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      item = item || !g_ascii_isdigit (parts[i][0]);
      if (item)
        g_string_append_printf (out, "(%s)", parts[i]);
      else
        g_string_append_printf (out, "%s%s", i > 0 ? "." : "", parts[i]);
    }
}

/* Whether @slug, the start of a ref, was made from @heading: its slug, or its slug with the
 * "-2" a repeated heading takes. */
static gboolean
heading_made (const char *heading, const char *slug)
{
  g_autofree char *plain = ethos_code_slugify (heading);
  g_autofree char *part = ethos_code_part_heading_slug (heading);
  gsize length = strlen (plain);

  if (g_strcmp0 (part, slug) == 0 || g_str_equal (plain, slug))
    return TRUE;
  return strncmp (slug, plain, length) == 0 && slug[length] == '-'
         && is_number (slug + length + 1);
}

static void
append_separated (GString *out, const char *separator, const char *text)
{
  if (out->len > 0)
    g_string_append (out, separator);
  g_string_append (out, text);
}

/* @name's clause @ref as a person writes it. @name is the code's short name
 * (ethos_code_info_get_citation(): "COSRT", "Atrium Code of Practice"), or NULL for the ref
 * alone, where the code goes without saying. @heading, or NULL, is the title of the heading the
 * ref stands under (a heading's own title for a heading): a paragraph the code does not number
 * is cited by it, "Western Valleys IPN Group statement, Supervision, paragraph 3". Without it, or
 * for a ref whose words are a prefix the code's numbers take, the words are said as they are:
 * "IPT UK summary 5". */
char *
ethos_citation_format (const char *name, const char *ref, const char *heading)
{
  GString *out;
  const char *dot;
  g_autofree char *slug = NULL;
  const char *rest;

  g_return_val_if_fail (ref != NULL, NULL);

  out = g_string_new (name);
  if (ref[0] == '\0' || g_ascii_isdigit (ref[0]))
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      append_number (out, ref);
      return g_string_free (out, FALSE);
    }

  dot = strchr (ref, '.');
  slug = dot != NULL ? g_strndup (ref, (gsize) (dot - ref)) : g_strdup (ref);
  rest = dot != NULL && dot[1] != '\0' ? dot + 1 : NULL;
  if (heading != NULL && heading[0] != '\0' && (rest == NULL || heading_made (heading, slug)))
    {
      if (rest == NULL)
        append_separated (out, ", ", heading);
      else if (is_number (rest))
        {
          /* Translators: a paragraph that a code does not number, counted under the heading it
           * stands under: "Supervision, paragraph 3". A code's name may come before it. */
          g_autofree char *paragraph = g_strdup_printf (C_("citation", "%s, paragraph %s"),
                                                        heading, rest);

          append_separated (out, ", ", paragraph);
        }
      else
        {
          append_separated (out, ", ", heading);
          g_string_append_c (out, ' ');
          append_number (out, rest);
        }
      return g_string_free (out, FALSE);
    }

  /* The words of the ref, as words: "summary 5", "ground rules 1". */
  g_strdelimit (slug, "-", ' ');
  append_separated (out, " ", slug);
  if (rest != NULL)
    {
      g_string_append_c (out, ' ');
      append_number (out, rest);
    }
  return g_string_free (out, FALSE);
}

/* @clause of the code whose short name is @name, as a person writes it ("COSRT 26"). */
char *
ethos_citation_for_clause (const char *name, EthosClause *clause)
{
  g_return_val_if_fail (ETHOS_IS_CLAUSE (clause), NULL);

  return ethos_citation_format (name, clause->ref,
                                clause->is_section ? clause->title : clause->section);
}

/* "COSRT 26 · Develop and maintain your professional performance": where a clause stands, for a
 * list of search results or bookmarks, cited as ethos_citation_format() cites it, with the
 * heading it stands under (or its own title) unless the citation says it already. */
char *
ethos_citation_format_place (const char *name, const char *ref, const char *heading)
{
  g_autofree char *cited = ethos_citation_format (name, ref, heading);

  if (heading == NULL || strstr (cited, heading) != NULL)
    return g_steal_pointer (&cited);
  return g_strdup_printf ("%s · %s", cited, heading);
}

/* @clause's ref in an outline of its code, under the headings: a paragraph the code does not
 * number shows only the number Ethos counted under its heading ("3"), the tree saying the rest;
 * others as ethos_citation_format() says them without the code's name ("107(m)", "summary 5"). */
char *
ethos_citation_outline_ref (EthosClause *clause)
{
  gsize length;

  g_return_val_if_fail (ETHOS_IS_CLAUSE (clause), NULL);

  length = clause->parent != NULL ? strlen (clause->parent) : 0;
  if (clause->parent != NULL && !g_ascii_isdigit (clause->parent[0])
      && g_str_has_prefix (clause->ref, clause->parent) && clause->ref[length] == '.')
    return g_strdup (clause->ref + length + 1);
  return ethos_citation_format (NULL, clause->ref, NULL);
}

/* @written, a citation as a person typed it, folded so that it compares with how Ethos cites
 * (ethos_citation_format()) however it was spaced, cased or punctuated: "COSRT 107(m)",
 * "cosrt 107.m", "Cosrt 107 m" and "cosrt:107m" all fold to "cosrt 107 m". Letters and digits
 * are kept, folded for case; anything else, and the change from digits to letters or back,
 * separates words, which are joined by one space. */
char *
ethos_citation_fold (const char *written)
{
  g_autofree char *folded = NULL;
  GString *out;
  gboolean gap = FALSE;
  int last = 0; /* 1 after a digit, 2 after a letter */

  g_return_val_if_fail (written != NULL, NULL);

  folded = g_utf8_casefold (written, -1);
  out = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int kind = g_unichar_isdigit (c) ? 1 : g_unichar_isalpha (c) ? 2 : 0;

      if (kind == 0)
        {
          gap = TRUE;
          continue;
        }
      if (out->len > 0 && (gap || kind != last))
        g_string_append_c (out, ' ');
      g_string_append_unichar (out, c);
      gap = FALSE;
      last = kind;
    }
  return g_string_free (out, FALSE);
}

/* What @folded (ethos_citation_fold()) says after the code's @folded_name, "26" of "cosrt 26"
 * after "cosrt": "" when it says only the name, NULL when it does not start with it. */
const char *
ethos_citation_after_name (const char *folded, const char *folded_name)
{
  gsize length;

  g_return_val_if_fail (folded != NULL && folded_name != NULL, NULL);

  length = strlen (folded_name);
  if (length == 0 || strncmp (folded, folded_name, length) != 0)
    return NULL;
  if (folded[length] == '\0')
    return folded + length;
  return folded[length] == ' ' ? folded + length + 1 : NULL;
}
