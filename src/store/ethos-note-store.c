/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-note-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-clause.h"
#include "ethos-note-store.h"
#include "ethos-store-private.h"

/* Bookmarks and personal notes on clauses, kept by (code id, ref) so that they outlive an
 * update of the code's text. */

gboolean
ethos_store_set_bookmarked (EthosStore  *self,
                            const char  *code_id,
                            const char  *ref,
                            gboolean     bookmarked,
                            GError     **error)
{
  g_autofree char *now = ethos_store_now_utc ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (code_id != NULL && ref != NULL, FALSE);

  if (bookmarked)
    stmt = ethos_store_prepare (self,
                                "INSERT INTO bookmarks (code_id, ref, created) VALUES (?1, ?2, ?3) "
                                "ON CONFLICT DO NOTHING",
                                error);
  else
    stmt = ethos_store_prepare (self, "DELETE FROM bookmarks WHERE code_id = ?1 AND ref = ?2",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, ref, -1, SQLITE_TRANSIENT);
  if (bookmarked)
    sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
  return ethos_store_write_one (self, stmt, ETHOS_STORE_CHANGE_CODES, error);
}

/* A bookmark that cannot be read is not shown as set (and is said in the log). */
gboolean
ethos_store_is_bookmarked (EthosStore *self, const char *code_id, const char *ref)
{
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  stmt = ethos_store_prepare (self, "SELECT 1 FROM bookmarks WHERE code_id = ?1 AND ref = ?2",
                              &error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, code_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, ref, -1, SQLITE_TRANSIENT);
      found = ethos_store_step (self, stmt, &error) == ETHOS_STEP_ROW;
      sqlite3_reset (stmt);
    }
  if (error != NULL)
    g_warning ("Could not read a bookmark: %s", error->message);
  return found;
}

/* The bookmarked clauses, newest first. A bookmark whose clause a code update removed is still
 * listed, with its ref, so that nothing the practitioner marked disappears silently. */
GPtrArray *
ethos_store_list_bookmarks (EthosStore *self, GError **error)
{
  g_autoptr (GPtrArray) clauses = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self,
                              "SELECT b.code_id, b.ref, c.parent, c.title, c.section, "
                              "  coalesce (c.text, ''), coalesce (c.level, 1), "
                              "  coalesce (c.position, 0) "
                              "FROM bookmarks b LEFT JOIN clauses c "
                              "  ON c.code_id = b.code_id AND c.ref = b.ref "
                              "ORDER BY b.created DESC, b.rowid DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      EthosClause *clause = ethos_clause_new ();

      clause->code_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      clause->ref = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      clause->parent = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      clause->title = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      clause->section = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      clause->text = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      clause->level = (guint) sqlite3_column_int (stmt, 6);
      clause->position = (guint) sqlite3_column_int (stmt, 7);
      g_ptr_array_add (clauses, clause);
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&clauses);
}

/* Saves the note; an empty note removes it. */
gboolean
ethos_store_set_note (EthosStore  *self,
                      const char  *code_id,
                      const char  *ref,
                      const char  *note,
                      GError     **error)
{
  g_autofree char *now = ethos_store_now_utc ();
  sqlite3_stmt *stmt;
  gboolean empty = note == NULL || note[0] == '\0';

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (code_id != NULL && ref != NULL, FALSE);

  if (!empty && !g_utf8_validate (note, -1, NULL))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("The note is not valid UTF-8 text"));
      return FALSE;
    }
  if (empty)
    stmt = ethos_store_prepare (self, "DELETE FROM clause_notes WHERE code_id = ?1 AND ref = ?2",
                                error);
  else
    stmt = ethos_store_prepare (self,
                                "INSERT INTO clause_notes (code_id, ref, note, updated) "
                                "VALUES (?1, ?2, ?3, ?4) "
                                "ON CONFLICT (code_id, ref) DO UPDATE SET note = ?3, updated = ?4",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, ref, -1, SQLITE_TRANSIENT);
  if (!empty)
    {
      sqlite3_bind_text (stmt, 3, note, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
    }
  return ethos_store_write_one (self, stmt, ETHOS_STORE_CHANGE_NOTES, error);
}

/* The note on a clause: NULL with no error when there is none, NULL with @error set when it
 * cannot be read (so that a page never offers an empty note to type over the kept one). */
char *
ethos_store_get_note (EthosStore *self, const char *code_id, const char *ref, GError **error)
{
  sqlite3_stmt *stmt;
  char *note = NULL;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ethos_store_prepare (self,
                              "SELECT note FROM clause_notes WHERE code_id = ?1 AND ref = ?2",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, ref, -1, SQLITE_TRANSIENT);
  if (ethos_store_step (self, stmt, error) == ETHOS_STEP_ROW)
    note = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return note;
}
