/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-code-store"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ethos-utils.h"
#include "ethos-code-parser.h"
#include "ethos-code-store.h"
#include "ethos-store-private.h"

/* Writing the codes: the shipped ones brought up to those compiled in, a practitioner's own
 * imported and removed, each in one transaction with its search index. The reads are in
 * ethos-code-queries.c. */

#define SHIPPED_CODES_PATH "/org/ethosapp/Ethos/data/codes"

/* @hash gets the hash of the code's text as stored, NULL when the code is not there. */
static gboolean
stored_hash (EthosStore *self, const char *code_id, char **hash, GError **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self, "SELECT content_hash FROM codes WHERE id = ?1",
                                            error);
  EthosStep step;

  *hash = NULL;
  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, code_id);
  if ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    *hash = ethos_store_column_dup_nullable (stmt, 0);
  sqlite3_reset (stmt);
  return step != ETHOS_STEP_ERROR;
}

static gboolean
delete_code_rows (EthosStore *self, const char *code_id, GError **error)
{
  static const char *const deletes[] = {
    /* Both search indexes, then the clauses they index. */
    "DELETE FROM clause_search WHERE rowid IN (SELECT id FROM clauses WHERE code_id = ?1)",
    "DELETE FROM clause_words WHERE rowid IN (SELECT id FROM clauses WHERE code_id = ?1)",
    "DELETE FROM clauses WHERE code_id = ?1",
  };
  sqlite3_stmt *stmt;

  for (guint i = 0; i < G_N_ELEMENTS (deletes); i++)
    {
      stmt = ethos_store_prepare (self, deletes[i], error);
      if (stmt == NULL)
        return FALSE;
      ethos_store_bind_text (stmt, 1, code_id);
      if (!ethos_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Writes a parsed code and its search index; the caller holds the transaction. */
static gboolean
write_code (EthosStore   *self,
            EthosCodeDoc *doc,
            gboolean      imported,
            const char   *hash,
            GError      **error)
{
  g_autofree char *now = ethos_store_now_utc ();
  sqlite3_stmt *stmt;

  if (!delete_code_rows (self, doc->id, error))
    return FALSE;

  stmt = ethos_store_prepare (self,
                              "INSERT INTO codes (id, title, publisher, date, source, citation, "
                              "                   origin, content_hash, added) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                              "ON CONFLICT (id) DO UPDATE SET title = ?2, publisher = ?3, "
                              "  date = ?4, source = ?5, citation = ?6, origin = ?7, "
                              "  content_hash = ?8",
                              error);
  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, doc->id);
  ethos_store_bind_text (stmt, 2, doc->title != NULL ? doc->title : doc->id);
  ethos_store_bind_text (stmt, 3, doc->publisher);
  ethos_store_bind_text (stmt, 4, doc->date);
  ethos_store_bind_text (stmt, 5, doc->source);
  ethos_store_bind_text (stmt, 6, doc->citation);
  ethos_store_bind_text (stmt, 7, imported ? "imported" : "shipped");
  ethos_store_bind_text (stmt, 8, hash);
  ethos_store_bind_text (stmt, 9, now);
  if (!ethos_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < doc->clauses->len; i++)
    {
      EthosClause *clause = g_ptr_array_index (doc->clauses, i);
      sqlite3_int64 rowid;

      stmt = ethos_store_prepare (self,
                                  "INSERT INTO clauses (code_id, position, ref, parent, title, "
                                  "                     section, text, level, is_section) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      ethos_store_bind_text (stmt, 1, doc->id);
      sqlite3_bind_int (stmt, 2, (int) i);
      ethos_store_bind_text (stmt, 3, clause->ref);
      ethos_store_bind_text (stmt, 4, clause->parent);
      ethos_store_bind_text (stmt, 5, clause->title);
      ethos_store_bind_text (stmt, 6, clause->section);
      ethos_store_bind_text (stmt, 7, clause->text);
      sqlite3_bind_int (stmt, 8, (int) clause->level);
      sqlite3_bind_int (stmt, 9, clause->is_section);
      if (!ethos_store_step_done (self, stmt, error))
        return FALSE;
      rowid = sqlite3_last_insert_rowid (ethos_store_get_db (self));

      /* Headings alone are found through the clauses under them. */
      if (clause->is_section)
        continue;
      for (guint index = 0; index < 2; index++)
        {
          stmt = ethos_store_prepare (self,
                                      index == 0 ? "INSERT INTO clause_search (rowid, heading, text) "
                                                   "VALUES (?1, ?2, ?3)"
                                                 : "INSERT INTO clause_words (rowid, heading, text) "
                                                   "VALUES (?1, ?2, ?3)",
                                      error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, rowid);
          ethos_store_bind_text (stmt, 2, ethos_clause_get_heading (clause));
          ethos_store_bind_text (stmt, 3, clause->text);
          if (!ethos_store_step_done (self, stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Writes @doc in the transaction the caller began and commits it, or rolls it back. */
static gboolean
commit_code (EthosStore   *self,
             EthosCodeDoc *doc,
             gboolean      imported,
             const char   *hash,
             GError      **error)
{
  if (!write_code (self, doc, imported, hash, error))
    {
      ethos_store_rollback (self);
      return FALSE;
    }
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_CODES);
  return ethos_store_commit (self, error);
}

static char *
hash_bytes (const char *data, gsize length)
{
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}

/* Brings the shipped codes in the database up to the ones compiled in. A code whose text has
 * not changed costs one hash and one lookup; nothing is written. */
gboolean
ethos_code_store_sync_shipped (EthosStore *self, GError **error)
{
  g_auto (GStrv) names = NULL;

  names = g_resources_enumerate_children (SHIPPED_CODES_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_path ("/", SHIPPED_CODES_PATH, names[i], NULL);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      g_autoptr (EthosCodeDoc) doc = NULL;
      g_autofree char *hash = NULL;
      g_autofree char *current = NULL;
      gsize length;
      const char *data;

      if (bytes == NULL)
        return FALSE;
      data = g_bytes_get_data (bytes, &length);
      hash = hash_bytes (data, length);
      {
        g_autofree char *id = g_strndup (names[i], strcspn (names[i], "."));

        if (!stored_hash (self, id, &current, error))
          return FALSE;
        if (g_strcmp0 (current, hash) == 0)
          continue;

        doc = ethos_code_parse (data, length, error);
        if (doc == NULL)
          {
            g_prefix_error (error, "%s: ", names[i]);
            return FALSE;
          }
        if (g_strcmp0 (doc->id, id) != 0)
          ethos_code_doc_set_id (doc, id);
      }

      if (!ethos_store_begin (self, error))
        return FALSE;
      /* Another Ethos program starting at the same time may have synced it while we waited. */
      g_free (current);
      if (!stored_hash (self, doc->id, &current, error))
        {
          ethos_store_rollback (self);
          return FALSE;
        }
      if (g_strcmp0 (current, hash) == 0)
        {
          ethos_store_rollback (self);
          continue;
        }
      if (!commit_code (self, doc, FALSE, hash, error))
        return FALSE;
      g_debug ("Synced shipped code %s (%u clauses)", doc->id, doc->clauses->len);
    }
  return TRUE;
}

static char *
id_from_file_name (const char *file_name)
{
  g_autofree char *base = g_path_get_basename (file_name);
  char *dot = strrchr (base, '.');
  g_autofree char *slug = NULL;

  if (dot != NULL && dot != base)
    *dot = '\0';
  slug = ethos_code_slugify (base);
  if (strlen (slug) > 40)
    slug[40] = '\0';
  return g_steal_pointer (&slug);
}

/* Imports a practitioner's own code. The text is checked and parsed in full before anything is
 * written; the write is one transaction. Returns the new code's id. */
char *
ethos_store_import_code (EthosStore  *self,
                         const char  *data,
                         gsize        length,
                         const char  *code_id,
                         const char  *title,
                         const char  *file_name,
                         GError     **error)
{
  g_autoptr (EthosCodeDoc) doc = NULL;
  g_autoptr (EthosCodeInfo) existing = NULL;
  g_autoptr (GError) lookup_error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *hash = NULL;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  doc = ethos_code_parse (data, length, error);
  if (doc == NULL)
    return NULL;

  if (code_id != NULL)
    id = g_strdup (code_id);
  else if (doc->id != NULL)
    id = g_strdup (doc->id);
  else if (file_name != NULL)
    id = id_from_file_name (file_name);
  else
    id = ethos_code_slugify (doc->title != NULL ? doc->title : "my-code");

  if (!ethos_code_id_is_valid (id))
    {
      g_set_error (error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_BAD_ID,
                   _("“%s” cannot be a code id: use lower-case letters, digits and hyphens, at "
                     "most 40"),
                   id);
      return NULL;
    }
  existing = ethos_store_get_code (self, id, &lookup_error);
  if (existing != NULL)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_EXISTS,
                   _("A code with the id “%s” is already there: choose another id"), id);
      return NULL;
    }
  if (!g_error_matches (lookup_error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&lookup_error));
      return NULL;
    }

  ethos_code_doc_set_id (doc, id);
  if (title != NULL && title[0] != '\0')
    ethos_set_str (&doc->title, title);
  if (doc->title == NULL)
    doc->title = g_strdup (id);

  hash = hash_bytes (data, length);
  if (!ethos_store_begin (self, error))
    return NULL;
  if (!commit_code (self, doc, TRUE, hash, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
ethos_store_remove_code (EthosStore *self, const char *code_id, GError **error)
{
  g_autoptr (EthosCodeInfo) info = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  info = ethos_store_get_code (self, code_id, error);
  if (info == NULL)
    return FALSE;
  if (!info->imported)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("%s ships with Ethos and cannot be removed"), info->title);
      return FALSE;
    }
  if (!ethos_store_begin (self, error))
    return FALSE;
  if (!delete_code_rows (self, code_id, error)
      || (stmt = ethos_store_prepare (self, "DELETE FROM codes WHERE id = ?1", error)) == NULL)
    {
      ethos_store_rollback (self);
      return FALSE;
    }
  ethos_store_bind_text (stmt, 1, code_id);
  if (!ethos_store_step_done (self, stmt, error))
    {
      ethos_store_rollback (self);
      return FALSE;
    }
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_CODES);
  return ethos_store_commit (self, error);
}
