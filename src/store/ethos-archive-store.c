/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-archive-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-archive-store-private.h"
#include "ethos-store-private.h"

/* The whole diary, table by table, for the archive a practitioner takes elsewhere. Every table
 * of the schema is either here or stated as left out below, with the reason; the test
 * test-archive fails when a table is added that is neither. */

const EthosArchiveTable ethos_archive_table_list[] = {
  /* The practitioner: profile keys (name, practice, insurance and DBS records…), bodies and
   * membership classes, their overridden rules, opening balances, months without clients,
   * the client-hours log, supervisors. */
  { "profile", "key", NULL, NULL, FALSE },
  { "profile_bodies", "position, body_id", NULL, NULL, FALSE },
  { "body_overrides", "body_id, key", NULL, NULL, FALSE },
  { "opening_balances", "body_id, period_start", NULL, NULL, FALSE },
  { "month_breaks", "month", NULL, NULL, FALSE },
  { "client_hours", "month", NULL, NULL, FALSE },
  { "supervisors", "id", NULL, NULL, FALSE },
  /* Codes the practitioner imported (the shipped ones come with Ethos), clause by clause; the
   * clauses' row ids are the database's own and are made again. */
  { "codes", "id", "origin = 'imported'", NULL, FALSE },
  { "clauses", "code_id, position",
    "code_id IN (SELECT id FROM codes WHERE origin = 'imported')", "id", FALSE },
  { "bookmarks", "code_id, ref", NULL, NULL, FALSE },
  { "clause_notes", "code_id, ref", NULL, NULL, FALSE },
  /* The diary. Evidence files' bytes are files of their own in the archive. Imports are kept
   * as batches (the entries say which), so that one can still be undone after the move. */
  { "import_batch", "id", NULL, NULL, FALSE },
  { "entries", "id", NULL, NULL, FALSE },
  { "entry_clauses", "entry_id, code_id, ref", NULL, NULL, FALSE },
  { "evidence", "id", NULL, "content", FALSE },
  { "drafts", "id", NULL, NULL, FALSE },
  { "cpd_plan_items", "id", NULL, NULL, FALSE },
  { "cpd_plan_links", "entry_id", NULL, NULL, FALSE },
  /* Reminders with their history, and events. Reminders Ethos keeps itself (a source) are
   * taken too, so that their history is; they are brought up to date as usual. */
  { "reminders", "id", NULL, NULL, TRUE },
  { "reminder_completions", "rowid", NULL, NULL, FALSE },
  { "reminder_fired", "reminder_id, due, stage", NULL, NULL, FALSE },
  { "events", "id", NULL, NULL, FALSE },
};
const guint ethos_archive_n_tables = G_N_ELEMENTS (ethos_archive_table_list);

/* Left out: the search indexes (and their shadow tables), made again from the rows above. */
static const char *const left_out_prefixes[] = {
  "clause_search",
  "clause_words",
  "entry_search",
  "sqlite_",
};

const char * const *
ethos_archive_tables (guint *n_tables)
{
  static const char *names[G_N_ELEMENTS (ethos_archive_table_list) + 1];

  for (guint i = 0; i < ethos_archive_n_tables; i++)
    names[i] = ethos_archive_table_list[i].name;
  if (n_tables != NULL)
    *n_tables = ethos_archive_n_tables;
  return names;
}

const EthosArchiveTable *
ethos_archive_find_table (const char *name)
{
  for (guint i = 0; i < ethos_archive_n_tables; i++)
    if (g_str_equal (ethos_archive_table_list[i].name, name))
      return &ethos_archive_table_list[i];
  return NULL;
}

gboolean
ethos_archive_is_table (const char *name)
{
  return ethos_archive_find_table (name) != NULL;
}

/* The tables of the schema that the archive neither takes nor states as left out: none, or
 * the archive has forgotten one. */
char **
ethos_store_archive_uncovered_tables (EthosStore *self, GError **error)
{
  g_autoptr (GStrvBuilder) found = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  EthosStep step;

  stmt = ethos_store_prepare (self, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "ORDER BY name", error);
  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      gboolean covered = ethos_archive_is_table (name);

      for (guint i = 0; !covered && i < G_N_ELEMENTS (left_out_prefixes); i++)
        covered = g_str_has_prefix (name, left_out_prefixes[i]);
      if (!covered)
        g_strv_builder_add (found, name);
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_strv_builder_end (found);
}

char *
ethos_archive_select_sql (const EthosArchiveTable *table)
{
  return g_strdup_printf ("SELECT * FROM \"%s\"%s%s ORDER BY %s", table->name,
                          table->where != NULL ? " WHERE " : "",
                          table->where != NULL ? table->where : "", table->order);
}

/* Calls @func with each row of @table the archive keeps, in a stable order, so that the same
 * diary always gives the same archive. */
gboolean
ethos_store_archive_read (EthosStore           *self,
                          const char           *table_name,
                          EthosArchiveRowFunc   func,
                          gpointer              user_data,
                          GError              **error)
{
  const EthosArchiveTable *table = ethos_archive_find_table (table_name);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  EthosStep step;
  gboolean ok = TRUE;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);

  sql = ethos_archive_select_sql (table);
  stmt = ethos_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  while (ok && (step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      GVariantBuilder row;
      int n = sqlite3_column_count (stmt);

      g_variant_builder_init (&row, G_VARIANT_TYPE ("a{smv}"));
      for (int i = 0; i < n; i++)
        {
          const char *column = sqlite3_column_name (stmt, i);
          GVariant *value = NULL;

          if (!ok || (table->left_out != NULL && g_str_equal (column, table->left_out)))
            continue;
          switch (sqlite3_column_type (stmt, i))
            {
            case SQLITE_INTEGER:
              value = g_variant_new_int64 (sqlite3_column_int64 (stmt, i));
              break;
            case SQLITE_FLOAT:
              value = g_variant_new_double (sqlite3_column_double (stmt, i));
              break;
            case SQLITE_TEXT:
              value = g_variant_new_string ((const char *) sqlite3_column_text (stmt, i));
              break;
            case SQLITE_BLOB:
              /* No column but evidence's content (left out above) holds bytes: one that does
               * is not something the archive can say, so it stops rather than lose it. */
              g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
                           _("The diary’s “%s” holds bytes in “%s”, which an archive cannot "
                             "keep"),
                           table->name, column);
              ok = FALSE;
              break;
            default:
              break;
            }
          g_variant_builder_add (&row, "{smv}", column, value);
        }
      {
        g_autoptr (GVariant) built = g_variant_ref_sink (g_variant_builder_end (&row));

        if (ok)
          ok = func (table->name, built, user_data, error);
      }
    }
  sqlite3_reset (stmt);
  return ok && step != ETHOS_STEP_ERROR;
}

/* Gives the bytes of evidence row @id to @func in blocks, as they are in the database
 * (decrypted, when the diary is encrypted: the archive is the person's own plain copy). */
gboolean
ethos_store_archive_read_evidence (EthosStore             *self,
                                   gint64                  id,
                                   EthosArchiveBlockFunc   func,
                                   gpointer                user_data,
                                   GError                **error)
{
  sqlite3_blob *blob = NULL;
  g_autofree guint8 *buffer = NULL;
  int size;
  int rc;

  rc = sqlite3_blob_open (ethos_store_get_db (self), "main", "evidence", "content", id, 0, &blob);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
                   _("Could not read evidence file %lld: %s"), (long long) id,
                   sqlite3_errmsg (ethos_store_get_db (self)));
      if (blob != NULL)
        sqlite3_blob_close (blob);
      return FALSE;
    }
  size = sqlite3_blob_bytes (blob);
  buffer = g_malloc (ETHOS_ARCHIVE_BLOCK);
  for (int offset = 0; offset < size; offset += ETHOS_ARCHIVE_BLOCK)
    {
      int length = MIN (ETHOS_ARCHIVE_BLOCK, size - offset);

      rc = sqlite3_blob_read (blob, buffer, length, offset);
      if (rc != SQLITE_OK)
        {
          g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
                       _("Could not read evidence file %lld: %s"), (long long) id,
                       sqlite3_errstr (rc));
          sqlite3_blob_close (blob);
          return FALSE;
        }
      if (!func (buffer, (gsize) length, user_data, error))
        {
          sqlite3_blob_close (blob);
          return FALSE;
        }
    }
  sqlite3_blob_close (blob);
  return TRUE;
}

/* Whether the diary holds nothing of the practitioner's yet: only what Ethos makes in a new
 * data folder (the shipped codes, and the reminders it keeps itself). */
gboolean
ethos_store_archive_is_empty (EthosStore *self, gboolean *empty, GError **error)
{
  *empty = TRUE;
  for (guint i = 0; *empty && i < ethos_archive_n_tables; i++)
    {
      const EthosArchiveTable *table = &ethos_archive_table_list[i];
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt;
      EthosStep step;

      if (table->derived_column)
        sql = g_strdup_printf ("SELECT 1 FROM \"%s\" WHERE source IS NULL LIMIT 1", table->name);
      else
        sql = g_strdup_printf ("SELECT 1 FROM \"%s\"%s%s LIMIT 1", table->name,
                               table->where != NULL ? " WHERE " : "",
                               table->where != NULL ? table->where : "");
      stmt = ethos_store_prepare (self, sql, error);
      if (stmt == NULL)
        return FALSE;
      step = ethos_store_step (self, stmt, error);
      sqlite3_reset (stmt);
      if (step == ETHOS_STEP_ERROR)
        return FALSE;
      if (step == ETHOS_STEP_ROW)
        *empty = FALSE;
    }
  return TRUE;
}
