/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-code-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-citation.h"
#include "ethos-code-store.h"
#include "ethos-store-private.h"

/* Reading the codes back: the list of codes, one code, its clauses, one clause, and full-text
 * search over them. Syncing the shipped codes, importing and removing are in
 * ethos-code-store.c. */

static EthosCodeInfo *
code_info_from_row (sqlite3_stmt *stmt)
{
  EthosCodeInfo *info = ethos_code_info_new ();

  info->id = ethos_store_column_dup_nullable (stmt, 0);
  info->title = ethos_store_column_dup_nullable (stmt, 1);
  info->publisher = ethos_store_column_dup_nullable (stmt, 2);
  info->date = ethos_store_column_dup_nullable (stmt, 3);
  info->source = ethos_store_column_dup_nullable (stmt, 4);
  info->citation = ethos_store_column_dup_nullable (stmt, 5);
  info->imported = g_strcmp0 (ethos_store_column_text (stmt, 6), "imported") == 0;
  info->clause_count = (guint) sqlite3_column_int (stmt, 7);
  return info;
}

#define CODE_INFO_COLUMNS                                                                          \
  "SELECT c.id, c.title, c.publisher, c.date, c.source, c.citation, c.origin, "                    \
  "  (SELECT count(*) FROM clauses WHERE code_id = c.id AND NOT is_section) "                      \
  "FROM codes c "

GPtrArray *
ethos_store_list_codes (EthosStore *self, GError **error)
{
  g_autoptr (GPtrArray) codes = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  /* Shipped codes first, in a fixed order; the practitioner's own after them. */
  stmt = ethos_store_prepare (self, CODE_INFO_COLUMNS "ORDER BY c.origin = 'imported', c.title",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    g_ptr_array_add (codes, code_info_from_row (stmt));
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&codes);
}

EthosCodeInfo *
ethos_store_get_code (EthosStore *self, const char *code_id, GError **error)
{
  sqlite3_stmt *stmt;
  EthosCodeInfo *info = NULL;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);
  g_return_val_if_fail (code_id != NULL, NULL);

  stmt = ethos_store_prepare (self, CODE_INFO_COLUMNS "WHERE c.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  ethos_store_bind_text (stmt, 1, code_id);
  if ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    info = code_info_from_row (stmt);
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_DONE)
    g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                 _("There is no code with the id “%s” (see “ethos-cli codes list”)"), code_id);
  return info;
}

#define CLAUSE_COLUMNS "SELECT code_id, ref, parent, title, section, text, level, position, is_section "

static EthosClause *
clause_from_row (sqlite3_stmt *stmt)
{
  EthosClause *clause = ethos_clause_new ();

  clause->code_id = ethos_store_column_dup_nullable (stmt, 0);
  clause->ref = ethos_store_column_dup_nullable (stmt, 1);
  clause->parent = ethos_store_column_dup_nullable (stmt, 2);
  clause->title = ethos_store_column_dup_nullable (stmt, 3);
  clause->section = ethos_store_column_dup_nullable (stmt, 4);
  clause->text = ethos_store_column_dup_nullable (stmt, 5);
  clause->level = (guint) sqlite3_column_int (stmt, 6);
  clause->position = (guint) sqlite3_column_int (stmt, 7);
  clause->is_section = sqlite3_column_int (stmt, 8) != 0;
  return clause;
}

GPtrArray *
ethos_store_list_clauses (EthosStore *self, const char *code_id, GError **error)
{
  g_autoptr (GPtrArray) clauses = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (EthosCodeInfo) info = NULL;
  sqlite3_stmt *stmt;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  info = ethos_store_get_code (self, code_id, error);
  if (info == NULL)
    return NULL;
  stmt = ethos_store_prepare (self,
                              CLAUSE_COLUMNS "FROM clauses WHERE code_id = ?1 ORDER BY position",
                              error);
  if (stmt == NULL)
    return NULL;
  ethos_store_bind_text (stmt, 1, code_id);
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    g_ptr_array_add (clauses, clause_from_row (stmt));
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&clauses);
}

EthosClause *
ethos_store_get_clause (EthosStore *self, const char *code_id, const char *ref, GError **error)
{
  sqlite3_stmt *stmt;
  EthosClause *clause = NULL;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self,
                              CLAUSE_COLUMNS "FROM clauses WHERE code_id = ?1 AND ref = ?2",
                              error);
  if (stmt == NULL)
    return NULL;
  ethos_store_bind_text (stmt, 1, code_id);
  ethos_store_bind_text (stmt, 2, ref);
  if ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    clause = clause_from_row (stmt);
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_DONE)
    {
      g_autoptr (EthosCodeInfo) info = ethos_store_get_code (self, code_id, error);

      if (info != NULL)
        g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                     _("%s has no clause “%s”"), info->title, ref);
    }
  return clause;
}

/* @ref of @code_id as a person cites it ("COSRT 26", "IPT UK summary 5"): ethos_citation_format()
 * with the code's short name and the heading the clause stands under. A code no longer held is
 * named by its id, a clause no longer in its code cited by its ref alone. NULL, with @error set,
 * only when a read fails. */
char *
ethos_store_cite (EthosStore *self, const char *code_id, const char *ref, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (EthosCodeInfo) info = NULL;
  g_autoptr (EthosClause) clause = NULL;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);
  g_return_val_if_fail (code_id != NULL && ref != NULL, NULL);

  info = ethos_store_get_code (self, code_id, &local_error);
  if (info != NULL)
    clause = ethos_store_get_clause (self, code_id, ref, &local_error);
  if (local_error != NULL
      && !g_error_matches (local_error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (clause != NULL)
    return ethos_citation_for_clause (ethos_code_info_get_citation (info), clause);
  return ethos_citation_format (info != NULL ? ethos_code_info_get_citation (info) : code_id, ref,
                                NULL);
}

/* A link as entries and reminders keep it ("cosrt:26"), cited as ethos_store_cite() does. */
char *
ethos_store_cite_link (EthosStore *self, const char *link, GError **error)
{
  g_auto (GStrv) parts = NULL;

  g_return_val_if_fail (link != NULL, NULL);

  parts = g_strsplit (link, ":", 2);
  if (parts[0] == NULL || parts[1] == NULL)
    return g_strdup (link);
  return ethos_store_cite (self, parts[0], parts[1], error);
}
