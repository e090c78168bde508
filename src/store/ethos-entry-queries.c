/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-entry-store.h"
#include "ethos-search-query.h"
#include "ethos-store-private.h"

/* Reading the diary back: one entry with its clause links and evidence, the lists that pages,
 * exports and totals read, counts, full-text search, and the supervisors' names. The writes are
 * in ethos-entry-store.c. */

#define ENTRY_COLUMNS                                                                              \
  "SELECT e.id, e.kind, e.date, e.end_date, e.minutes, coalesce (s.name, ''), e.format, "          \
  "  e.group_size, e.mode, e.client_minutes, e.title, e.provider, e.cpd_kind, e.notes, "           \
  "  e.actions, e.reflection, e.outcomes, e.impact, e.topics "                                     \
  "FROM entries e LEFT JOIN supervisors s ON s.id = e.supervisor_id "

static EthosEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  EthosEntryKind kind = ETHOS_ENTRY_SUPERVISION;
  EthosEntry *entry;

  ethos_entry_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &kind);
  entry = ethos_entry_new (kind);
  entry->id = sqlite3_column_int64 (stmt, 0);
#define TAKE(field, value) g_free (entry->field); entry->field = (value)
  TAKE (date, ethos_store_column_dup (stmt, 2));
  TAKE (end_date, ethos_store_column_dup_nullable (stmt, 3));
  entry->minutes = sqlite3_column_int (stmt, 4);
  TAKE (supervisor, ethos_store_column_dup (stmt, 5));
  /* The schema allows only the format's and mode's words, and NULL for CPD, which keeps the
   * default the entry was made with. */
  ethos_supervision_format_from_string (ethos_store_column_text (stmt, 6), &entry->format, NULL);
  entry->group_size = sqlite3_column_type (stmt, 7) == SQLITE_NULL ? -1
                                                                    : sqlite3_column_int (stmt, 7);
  ethos_supervision_mode_from_string (ethos_store_column_text (stmt, 8), &entry->mode, NULL);
  entry->client_minutes = sqlite3_column_type (stmt, 9) == SQLITE_NULL
                            ? -1
                            : sqlite3_column_int (stmt, 9);
  TAKE (title, ethos_store_column_dup (stmt, 10));
  TAKE (provider, ethos_store_column_dup (stmt, 11));
  TAKE (cpd_kind, ethos_store_column_dup_nullable (stmt, 12));
  TAKE (notes, ethos_store_column_dup (stmt, 13));
  TAKE (actions, ethos_store_column_dup (stmt, 14));
  TAKE (reflection, ethos_store_column_dup (stmt, 15));
  TAKE (outcomes, ethos_store_column_dup (stmt, 16));
  TAKE (impact, ethos_store_column_dup (stmt, 17));
  TAKE (topics, ethos_store_column_dup (stmt, 18));
#undef TAKE
  return entry;
}

/* Binds @kind at @index: its name, or NULL for -1 (both kinds). */
static void
bind_kind (sqlite3_stmt *stmt, int index, int kind)
{
  ethos_store_bind_text (stmt, index,
                         kind < 0 ? NULL : ethos_entry_kind_to_string ((EthosEntryKind) kind));
}

/* Steps @stmt to its end and resets it: an entry for each row, without links; NULL when
 * reading failed. */
static GPtrArray *
read_entries (EthosStore *self, sqlite3_stmt *stmt, GError **error)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  EthosStep step;

  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    g_ptr_array_add (entries, entry_from_row (stmt));
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&entries);
}

/* Each row's first column as text into @list, "" for NULL. */
static gboolean
read_texts (EthosStore *self, sqlite3_stmt *stmt, GPtrArray *list, GError **error)
{
  EthosStep step;

  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    g_ptr_array_add (list, ethos_store_column_dup (stmt, 0));
  sqlite3_reset (stmt);
  return step == ETHOS_STEP_DONE;
}

static gboolean
load_links (EthosStore *self, EthosEntry *entry, GError **error)
{
  sqlite3_stmt *stmt;
  EthosStep step;

  stmt = ethos_store_prepare (self,
                              "SELECT code_id || ':' || ref FROM entry_clauses WHERE entry_id = ?1 "
                              "ORDER BY rowid",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry->id);
  if (!read_texts (self, stmt, entry->clauses, error))
    return FALSE;

  stmt = ethos_store_prepare (self,
                              "SELECT stored_as FROM evidence WHERE entry_id = ?1 ORDER BY id",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry->id);
  if (!read_texts (self, stmt, entry->evidence, error))
    return FALSE;

  stmt = ethos_store_prepare (self, "SELECT plan_id FROM cpd_plan_links WHERE entry_id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry->id);
  step = ethos_store_step (self, stmt, error);
  entry->plan_id = step == ETHOS_STEP_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return step != ETHOS_STEP_ERROR;
}

/* Entry @id as a list shows it, without its links, in @entry; NULL in @entry (and TRUE) when there
 * is none. FALSE with @error when it could not be read. */
gboolean
ethos_store_read_entry_row (EthosStore *self, gint64 id, EthosEntry **entry, GError **error)
{
  sqlite3_stmt *stmt;
  EthosStep step;

  *entry = NULL;
  stmt = ethos_store_prepare (self, ENTRY_COLUMNS "WHERE e.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    *entry = entry_from_row (stmt);
  sqlite3_reset (stmt);
  return step != ETHOS_STEP_ERROR;
}

EthosEntry *
ethos_store_get_entry (EthosStore *self, gint64 id, GError **error)
{
  g_autoptr (EthosEntry) entry = NULL;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  if (!ethos_store_read_entry_row (self, id, &entry, error))
    return NULL;
  if (entry == NULL)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("There is no diary entry %lld"), (long long) id);
      return NULL;
    }
  if (!load_links (self, entry, error))
    return NULL;
  return g_steal_pointer (&entry);
}

/* Entries of @kind (-1 for both) between @from and @to (inclusive, either NULL for open), oldest
 * first, with their links: what exports and totals read. */
GPtrArray *
ethos_store_list_entries (EthosStore  *self,
                          int          kind,
                          const char  *from,
                          const char  *to,
                          gboolean     with_links,
                          GError     **error)
{
  g_autoptr (GPtrArray) entries = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self,
                              ENTRY_COLUMNS "WHERE (?1 IS NULL OR e.kind = ?1) "
                                            "AND (?2 IS NULL OR e.date >= ?2) "
                                            "AND (?3 IS NULL OR e.date <= ?3) "
                                            "ORDER BY e.date, e.id",
                              error);
  if (stmt == NULL)
    return NULL;
  bind_kind (stmt, 1, kind);
  ethos_store_bind_text (stmt, 2, from);
  ethos_store_bind_text (stmt, 3, to);
  if ((entries = read_entries (self, stmt, error)) == NULL)
    return NULL;
  for (guint i = 0; with_links && i < entries->len; i++)
    if (!load_links (self, g_ptr_array_index (entries, i), error))
      return NULL;
  return g_steal_pointer (&entries);
}

/* One page of the Diary, newest first, after the entry (@before_date, @before_id) — or from the
 * newest when @before_date is NULL. Keyset paging on an index: the cost does not grow with the
 * diary. */
GPtrArray *
ethos_store_list_entries_page (EthosStore  *self,
                               int          kind,
                               const char  *before_date,
                               gint64       before_id,
                               guint        limit,
                               GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self,
                              ENTRY_COLUMNS "WHERE (?1 IS NULL OR e.kind = ?1) "
                                            "AND (?2 IS NULL OR (e.date, e.id) < (?2, ?3)) "
                                            "ORDER BY e.date DESC, e.id DESC LIMIT ?4",
                              error);
  if (stmt == NULL)
    return NULL;
  bind_kind (stmt, 1, kind);
  ethos_store_bind_text (stmt, 2, before_date);
  sqlite3_bind_int64 (stmt, 3, before_id);
  sqlite3_bind_int (stmt, 4, (int) MIN (limit, 10000));
  return read_entries (self, stmt, error);
}

/* @limit entries from @offset in the Diary's order (newest first): for a list model that loads
 * the page a view scrolls to. */
GPtrArray *
ethos_store_list_entries_at (EthosStore  *self,
                             int          kind,
                             const char  *from,
                             const char  *to,
                             guint        offset,
                             guint        limit,
                             GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self,
                              ENTRY_COLUMNS "WHERE (?1 IS NULL OR e.kind = ?1) "
                                            "AND (?4 IS NULL OR e.date >= ?4) "
                                            "AND (?5 IS NULL OR e.date <= ?5) "
                                            "ORDER BY e.date DESC, e.id DESC LIMIT ?2 OFFSET ?3",
                              error);
  if (stmt == NULL)
    return NULL;
  bind_kind (stmt, 1, kind);
  sqlite3_bind_int (stmt, 2, (int) MIN (limit, 10000));
  sqlite3_bind_int64 (stmt, 3, offset);
  ethos_store_bind_text (stmt, 4, from);
  ethos_store_bind_text (stmt, 5, to);
  return read_entries (self, stmt, error);
}

/* Entries of @kind (-1 for both) between @from and @to, either NULL for open. A count that
 * cannot be read is 0, and said in the log. */
guint
ethos_store_count_entries_between (EthosStore *self, int kind, const char *from, const char *to)
{
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (ETHOS_IS_STORE (self), 0);

  stmt = ethos_store_prepare (self,
                              "SELECT count(*) FROM entries WHERE (?1 IS NULL OR kind = ?1) "
                              "AND (?2 IS NULL OR date >= ?2) AND (?3 IS NULL OR date <= ?3)",
                              &error);
  if (stmt != NULL)
    {
      bind_kind (stmt, 1, kind);
      ethos_store_bind_text (stmt, 2, from);
      ethos_store_bind_text (stmt, 3, to);
      if (ethos_store_step (self, stmt, &error) == ETHOS_STEP_ROW)
        count = (guint) sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  if (error != NULL)
    g_warning ("Could not count the diary's entries: %s", error->message);
  return count;
}

guint
ethos_store_count_entries (EthosStore *self, int kind)
{
  return ethos_store_count_entries_between (self, kind, NULL, NULL);
}

/* The supervisors the diary knows, by name, for picking rather than retyping. Names that
 * cannot be read are left out (and said in the log): the practitioner can still type one. */
GStrv
ethos_store_list_supervisors (EthosStore *self)
{
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self,
                              "SELECT s.name FROM supervisors s "
                              "WHERE EXISTS (SELECT 1 FROM entries WHERE supervisor_id = s.id) "
                              "ORDER BY s.name COLLATE NOCASE",
                              &error);
  while (stmt != NULL && ethos_store_step (self, stmt, &error) == ETHOS_STEP_ROW)
    g_strv_builder_add (names, ethos_store_column_text (stmt, 0));
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (error != NULL)
    g_warning ("Could not read the supervisors' names: %s", error->message);
  return g_strv_builder_end (names);
}
