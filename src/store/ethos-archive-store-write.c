/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-archive-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-archive-store-private.h"
#include "ethos-limits.h"
#include "ethos-store-private.h"

/* An archive put into an empty diary: every row checked against the schema before anything is
 * written, then one transaction, whose references are checked before it commits. */

typedef struct
{
  char    *name;
  gboolean integer; /* INTEGER affinity: a whole number; otherwise text */
} Column;

static void
column_clear (gpointer data)
{
  g_free (((Column *) data)->name);
}

/* The columns of @table the archive holds, in the schema's order. */
static GArray *
table_columns (EthosStore *self, const EthosArchiveTable *table, GError **error)
{
  g_autoptr (GArray) columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_autofree char *sql = g_strdup_printf ("PRAGMA table_info (\"%s\")", table->name);
  sqlite3_stmt *stmt;
  EthosStep step;

  g_array_set_clear_func (columns, column_clear);
  stmt = ethos_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      const char *type = (const char *) sqlite3_column_text (stmt, 2);
      Column column;

      if (table->left_out != NULL && g_str_equal (name, table->left_out))
        continue;
      column.name = g_strdup (name);
      column.integer = type != NULL && strstr (type, "INT") != NULL;
      g_array_append_val (columns, column);
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&columns);
}

static gboolean
invalid (GError **error, const char *table, guint row, const char *why)
{
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
               _("The archive’s “%s” row %u cannot be read: %s"), table, row + 1, why);
  return FALSE;
}

/* Checks each row of @table: exactly its columns, each of its type, text within bounds. */
static gboolean
check_rows (const EthosArchiveTable *table, GArray *columns, GPtrArray *rows, GError **error)
{
  for (guint r = 0; r < rows->len; r++)
    {
      GVariant *row = g_ptr_array_index (rows, r);
      guint n = 0;

      if (!g_variant_is_of_type (row, G_VARIANT_TYPE ("a{smv}")))
        return invalid (error, table->name, r, _("it is not a record"));
      for (guint c = 0; c < columns->len; c++)
        {
          Column *column = &g_array_index (columns, Column, c);
          g_autoptr (GVariant) value = NULL;
          g_autoptr (GVariant) inner = NULL;
          g_autofree char *why = NULL;

          if (!g_variant_lookup (row, column->name, "mv", &inner))
            {
              why = g_strdup_printf (_("it has no “%s”"), column->name);
              return invalid (error, table->name, r, why);
            }
          n++;
          if (inner == NULL)
            continue;
          if (column->integer && !g_variant_is_of_type (inner, G_VARIANT_TYPE_INT64))
            why = g_strdup_printf (_("its “%s” is not a whole number"), column->name);
          else if (!column->integer && !g_variant_is_of_type (inner, G_VARIANT_TYPE_STRING))
            why = g_strdup_printf (_("its “%s” is not text"), column->name);
          else if (!column->integer)
            {
              gsize length;
              const char *text = g_variant_get_string (inner, &length);

              if (length > ETHOS_ARCHIVE_TEXT_BYTES_MAX || !g_utf8_validate (text, length, NULL))
                why = g_strdup_printf (_("its “%s” is longer than Ethos keeps"), column->name);
            }
          if (why != NULL)
            return invalid (error, table->name, r, why);
        }
      if (g_variant_n_children (row) != n)
        return invalid (error, table->name, r, _("it has fields Ethos does not know"));
      if (g_str_equal (table->name, "codes"))
        {
          g_autoptr (GVariant) origin = NULL;

          g_variant_lookup (row, "origin", "mv", &origin);
          if (origin == NULL || !g_variant_is_of_type (origin, G_VARIANT_TYPE_STRING)
              || !g_str_equal (g_variant_get_string (origin, NULL), "imported"))
            return invalid (error, table->name, r, _("only imported codes are kept in an archive"));
        }
    }
  return TRUE;
}

static gboolean
insert_rows (EthosStore              *self,
             const EthosArchiveTable *table,
             GArray                  *columns,
             GPtrArray               *rows,
             GError                 **error)
{
  g_autoptr (GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;

  g_string_append_printf (sql, "INSERT INTO \"%s\" (", table->name);
  for (guint c = 0; c < columns->len; c++)
    g_string_append_printf (sql, "%s\"%s\"", c > 0 ? ", " : "",
                            g_array_index (columns, Column, c).name);
  g_string_append (sql, ") VALUES (");
  for (guint c = 0; c < columns->len; c++)
    g_string_append_printf (sql, "%s?%u", c > 0 ? ", " : "", c + 1);
  g_string_append (sql, ")");

  stmt = ethos_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  for (guint r = 0; r < rows->len; r++)
    {
      GVariant *row = g_ptr_array_index (rows, r);
      g_autoptr (GError) step_error = NULL;

      for (guint c = 0; c < columns->len; c++)
        {
          g_autoptr (GVariant) inner = NULL;

          g_variant_lookup (row, g_array_index (columns, Column, c).name, "mv", &inner);
          if (inner == NULL)
            sqlite3_bind_null (stmt, (int) c + 1);
          else if (g_variant_is_of_type (inner, G_VARIANT_TYPE_INT64))
            sqlite3_bind_int64 (stmt, (int) c + 1, g_variant_get_int64 (inner));
          else
            ethos_store_bind_text (stmt, (int) c + 1, g_variant_get_string (inner, NULL));
        }
      if (!ethos_store_step_done (self, stmt, &step_error))
        {
          sqlite3_clear_bindings (stmt);
          return invalid (error, table->name, r, step_error->message);
        }
    }
  sqlite3_clear_bindings (stmt);
  return TRUE;
}

/* The clauses of the imported codes, searchable as ethos-code-store.c makes them. */
static gboolean
index_imported_clauses (EthosStore *self, GError **error)
{
  return ethos_store_exec (self,
                           "INSERT INTO clause_search (rowid, heading, text) "
                           "  SELECT c.id, CASE WHEN c.title IS NOT NULL AND c.title <> '' "
                           "    THEN c.title ELSE c.section END, c.text FROM clauses c "
                           "  JOIN codes k ON k.id = c.code_id "
                           "  WHERE k.origin = 'imported' AND NOT c.is_section",
                           error)
         && ethos_store_exec (self,
                              "INSERT INTO clause_words (rowid, heading, text) "
                              "  SELECT c.id, CASE WHEN c.title IS NOT NULL AND c.title <> '' "
                              "    THEN c.title ELSE c.section END, c.text FROM clauses c "
                              "  JOIN codes k ON k.id = c.code_id "
                              "  WHERE k.origin = 'imported' AND NOT c.is_section",
                              error);
}

/* Each evidence row with a size gets its file's bytes from @fill, in blocks. */
static gboolean
fill_evidence (EthosStore           *self,
               GPtrArray            *rows,
               EthosArchiveFillFunc  fill,
               gpointer              user_data,
               GError              **error)
{
  g_autofree guint8 *buffer = g_malloc (ETHOS_ARCHIVE_BLOCK);
  gint64 total = 0;

  for (guint r = 0; r < rows->len; r++)
    {
      GVariant *row = g_ptr_array_index (rows, r);
      g_autoptr (GVariant) id_value = NULL;
      g_autoptr (GVariant) size_value = NULL;
      sqlite3_stmt *stmt;
      sqlite3_blob *blob = NULL;
      gint64 id, size;
      int rc;

      g_variant_lookup (row, "id", "mv", &id_value);
      g_variant_lookup (row, "size", "mv", &size_value);
      if (id_value == NULL || size_value == NULL)
        continue;
      id = g_variant_get_int64 (id_value);
      size = g_variant_get_int64 (size_value);
      total += size;
      if (size < 0 || size > ETHOS_EVIDENCE_BYTES_MAX || total > ETHOS_EVIDENCE_TOTAL_BYTES_MAX)
        return invalid (error, "evidence", r, _("its file is larger than Ethos keeps"));

      stmt = ethos_store_prepare (self, "UPDATE evidence SET content = zeroblob (?2) WHERE id = ?1",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, size);
      if (!ethos_store_step_done (self, stmt, error))
        return FALSE;
      if (size == 0)
        continue;
      rc = sqlite3_blob_open (ethos_store_get_db (self), "main", "evidence", "content", id, 1,
                              &blob);
      for (gint64 offset = 0; rc == SQLITE_OK && offset < size; offset += ETHOS_ARCHIVE_BLOCK)
        {
          int length = (int) MIN (ETHOS_ARCHIVE_BLOCK, size - offset);

          if (!fill (id, buffer, (gsize) length, user_data, error))
            {
              sqlite3_blob_close (blob);
              return FALSE;
            }
          rc = sqlite3_blob_write (blob, buffer, length, (int) offset);
        }
      if (blob != NULL)
        sqlite3_blob_close (blob);
      if (rc != SQLITE_OK)
        {
          g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
                       _("Could not keep evidence file %lld: %s"), (long long) id,
                       sqlite3_errstr (rc));
          return FALSE;
        }
    }
  return TRUE;
}

/* Any row that points at a row the archive does not hold. */
static gboolean
check_references (EthosStore *self, GError **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self, "PRAGMA foreign_key_check", error);
  EthosStep step;

  if (stmt == NULL)
    return FALSE;
  step = ethos_store_step (self, stmt, error);
  if (step == ETHOS_STEP_ROW)
    g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                 _("The archive’s “%s” row with id %lld points to a “%s” row it "
                   "does not hold"),
                 (const char *) sqlite3_column_text (stmt, 0), (long long) sqlite3_column_int64 (stmt, 1),
                 (const char *) sqlite3_column_text (stmt, 2));
  sqlite3_reset (stmt);
  return step == ETHOS_STEP_DONE;
}

static gboolean
write_all (EthosStore           *self,
           GHashTable           *tables,
           GPtrArray            *all_columns,
           EthosArchiveFillFunc  fill,
           gpointer              user_data,
           GError              **error)
{
  gboolean empty;

  if (!ethos_store_archive_is_empty (self, &empty, error))
    return FALSE;
  if (!empty)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_EXISTS,
                   _("This diary already holds records: an archive is imported only into an "
                     "empty data folder"));
      return FALSE;
    }
  if (!ethos_store_exec (self, "PRAGMA defer_foreign_keys = ON", error))
    return FALSE;
  /* What a new data folder made for itself gives way to the archive's own. */
  for (guint i = ethos_archive_n_tables; i-- > 0;)
    {
      const EthosArchiveTable *table = &ethos_archive_table_list[i];
      g_autofree char *sql = g_strdup_printf ("DELETE FROM \"%s\"%s%s", table->name,
                                              table->where != NULL ? " WHERE " : "",
                                              table->where != NULL ? table->where : "");

      if (!ethos_store_exec (self, sql, error))
        return FALSE;
    }
  for (guint i = 0; i < ethos_archive_n_tables; i++)
    {
      const EthosArchiveTable *table = &ethos_archive_table_list[i];

      if (!insert_rows (self, table, g_ptr_array_index (all_columns, i),
                        g_hash_table_lookup (tables, table->name), error))
        return FALSE;
    }
  return index_imported_clauses (self, error)
         && fill_evidence (self, g_hash_table_lookup (tables, "evidence"), fill, user_data, error)
         && check_references (self, error);
}

/* Puts the archive's @tables (table name -> GPtrArray of rows) into this diary, which must hold
 * nothing of the practitioner's yet, in one transaction; nothing is written when any row is
 * wrong. @schema is the schema the archive was made from. */
gboolean
ethos_store_archive_write (EthosStore            *self,
                           int                    schema,
                           GHashTable            *tables,
                           EthosArchiveFillFunc   fill,
                           gpointer               user_data,
                           GError               **error)
{
  g_autoptr (GPtrArray) all_columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  if (schema != ethos_store_get_schema_version (self))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   schema > ethos_store_get_schema_version (self)
                     ? _("The archive was made by a newer version of Ethos: update Ethos to "
                         "import it")
                     : _("The archive was made by an older version of Ethos, whose archives "
                         "this one cannot read yet"));
      return FALSE;
    }
  for (guint i = 0; i < ethos_archive_n_tables; i++)
    {
      const EthosArchiveTable *table = &ethos_archive_table_list[i];
      GPtrArray *rows = g_hash_table_lookup (tables, table->name);
      GArray *columns;

      if (rows == NULL)
        {
          g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                       _("The archive has no “%s”"), table->name);
          return FALSE;
        }
      columns = table_columns (self, table, error);
      if (columns == NULL)
        return FALSE;
      g_ptr_array_add (all_columns, columns);
      if (!check_rows (table, columns, rows, error))
        return FALSE;
    }

  if (!ethos_store_begin (self, error))
    return FALSE;
  if (!write_all (self, tables, all_columns, fill, user_data, error))
    {
      ethos_store_rollback (self);
      return FALSE;
    }
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_ALL);
  return ethos_store_commit (self, error);
}
