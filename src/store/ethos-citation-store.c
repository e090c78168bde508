/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-code-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-citation.h"
#include "ethos-code-store.h"
#include "ethos-store-private.h"

/* Clauses as a person writes them, read back to the links entries and reminders keep: "COSRT 26"
 * (or "cosrt 26", "COSRT, Good Therapy, paragraph 1", the id "cosrt:26" itself) is the link
 * "cosrt:26". The window's fields and the command line's --clause take a clause this way; every
 * write checks its links here too. */

/* The code @folded (ethos_citation_fold()) starts with, by the name it is cited by or its id,
 * the longest such name winning ("IPT UK" over a code cited as "IPT"); its clause, folded, in
 * @rest. */
static EthosCodeInfo *
code_cited (GPtrArray *codes, const char *folded, const char **rest)
{
  EthosCodeInfo *best = NULL;
  gsize best_length = 0;

  for (guint i = 0; i < codes->len; i++)
    {
      EthosCodeInfo *info = g_ptr_array_index (codes, i);
      const char *names[] = { ethos_code_info_get_citation (info), info->id };

      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        {
          g_autofree char *name = ethos_citation_fold (names[n]);
          const char *after = ethos_citation_after_name (folded, name);

          if (after != NULL && strlen (name) > best_length)
            {
              best = info;
              best_length = strlen (name);
              *rest = after;
            }
        }
    }
  return best;
}

/* Whether @clause is what @rest (folded) says: as Ethos cites it, or by its ref's words. */
static gboolean
clause_is (EthosClause *clause, const char *rest)
{
  g_autofree char *cited = ethos_citation_for_clause (NULL, clause);
  g_autofree char *folded = ethos_citation_fold (cited);
  g_autofree char *ref = ethos_citation_fold (clause->ref);

  return g_str_equal (folded, rest) || g_str_equal (ref, rest);
}

/* The link ("cosrt:26") of the clause @written cites ("COSRT 26"), of a code Ethos holds; NULL,
 * with @error saying what was not found (ETHOS_STORE_ERROR_NOT_FOUND) or missing
 * (ETHOS_STORE_ERROR_INVALID), otherwise. */
char *
ethos_store_find_cited_clause (EthosStore *self, const char *written, GError **error)
{
  g_autofree char *folded = NULL;
  g_autoptr (GPtrArray) codes = NULL;
  g_autoptr (GPtrArray) clauses = NULL;
  g_autofree char *stripped = NULL;
  EthosCodeInfo *info;
  EthosClause *found = NULL;
  const char *rest = NULL;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);
  g_return_val_if_fail (written != NULL, NULL);

  stripped = g_strstrip (g_strdup (written));
  folded = ethos_citation_fold (stripped);
  if (folded[0] == '\0')
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("Write the clause as the code is cited, for example “COSRT 26”"));
      return NULL;
    }
  codes = ethos_store_list_codes (self, error);
  if (codes == NULL)
    return NULL;
  info = code_cited (codes, folded, &rest);
  if (info == NULL)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("“%s” names no code Ethos holds: write the code’s name and the clause, "
                     "for example “COSRT 26”"),
                   stripped);
      return NULL;
    }
  clauses = ethos_store_list_clauses (self, info->id, error);
  if (clauses == NULL)
    return NULL;
  for (guint i = 0; rest[0] != '\0' && i < clauses->len; i++)
    {
      EthosClause *clause = g_ptr_array_index (clauses, i);

      if (clause->is_section || !clause_is (clause, rest))
        continue;
      if (found == NULL)
        found = clause;
      else
        {
          /* A heading a code repeats ("Good Therapy" twice in COSRT's front matter) cites two
           * paragraphs alike: either could be meant, so neither is taken. Their ids tell them
           * apart. */
          g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                       _("“%s” could be more than one clause of %s: write it by its id, %s:%s or "
                         "%s:%s"),
                       stripped, info->title, info->id, found->ref, info->id, clause->ref);
          return NULL;
        }
    }
  if (found != NULL)
    return g_strdup_printf ("%s:%s", info->id, found->ref);
  if (rest[0] == '\0')
    {
      g_autofree char *example = NULL;

      /* A numbered clause if the code has one: front matter ("COSRT, Good Therapy, paragraph
       * 1") makes a poor example, and may be a citation two paragraphs share. */
      for (guint pass = 0; example == NULL && pass < 2; pass++)
        for (guint i = 0; example == NULL && i < clauses->len; i++)
          {
            EthosClause *clause = g_ptr_array_index (clauses, i);

            if (!clause->is_section && (pass == 1 || g_ascii_isdigit (clause->ref[0])))
              example = ethos_citation_for_clause (ethos_code_info_get_citation (info), clause);
          }
      /* Translators: the first %s is a code's short name ("COSRT"), the second one of its
       * clauses as a person writes it ("COSRT 1") */
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("Which clause of %s? Write it after the name, for example “%s”"),
                   ethos_code_info_get_citation (info), example != NULL ? example : "");
      return NULL;
    }
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
               _("“%s” is not a clause of %s"), stripped, info->title);
  return NULL;
}

/* Whether @link ("cosrt:26") names a clause Ethos holds (not a heading); @error says why not. */
gboolean
ethos_store_check_clause_link (EthosStore *self, const char *link, GError **error)
{
  const char *colon;
  g_autofree char *code = NULL;
  sqlite3_stmt *stmt;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (link != NULL, FALSE);

  colon = strchr (link, ':');
  if (colon == NULL || colon == link || colon[1] == '\0')
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("“%s” is not a clause: write it as the code is cited, for example “COSRT 26”"),
                   link);
      return FALSE;
    }
  code = g_strndup (link, (gsize) (colon - link));
  stmt = ethos_store_prepare (self,
                              "SELECT 1 FROM clauses WHERE code_id = ?1 AND ref = ?2 "
                              "AND NOT is_section",
                              error);
  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, code);
  ethos_store_bind_text (stmt, 2, colon + 1);
  step = ethos_store_step (self, stmt, error);
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_DONE)
    {
      g_autofree char *cited = ethos_store_cite (self, code, colon + 1, NULL);

      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("There is no clause %s"), cited != NULL ? cited : link);
    }
  return step == ETHOS_STEP_ROW;
}
