/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <string.h>

#include "ethos-entry-store.h"
#include "ethos-store-private.h"

/* Where a write moved an entry in the diary's order, so that a view of the diary can move one
 * row (and keep its place) rather than read 100,000 entries again. */

/* Within a transaction, before the write to entry @id (0: one being added): notes where it was,
 * and where it will be (@after; NULL: being removed). */
gboolean
ethos_store_note_entry_write (EthosStore *self, gint64 id, EthosEntry *after, GError **error)
{
  EthosEntryMove move = { .id = id };

  if (id > 0)
    {
      sqlite3_stmt *stmt = ethos_store_prepare (self,
                                                "SELECT kind, date FROM entries WHERE id = ?1",
                                                error);
      EthosStep step;
      EthosEntryKind kind = ETHOS_ENTRY_SUPERVISION;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      step = ethos_store_step (self, stmt, error);
      if (step == ETHOS_STEP_ROW)
        {
          ethos_entry_kind_from_string (ethos_store_column_text (stmt, 0), &kind);
          move.old_kind = kind;
          g_strlcpy (move.old_date, ethos_store_column_text (stmt, 1), sizeof move.old_date);
        }
      sqlite3_reset (stmt);
      if (step == ETHOS_STEP_ERROR)
        return FALSE;
      /* No such entry: the write itself says so. */
    }
  if (after != NULL)
    {
      move.new_kind = after->kind;
      g_strlcpy (move.new_date, after->date, sizeof move.new_date);
    }
  if (self->pending_moves++ == 0)
    self->pending_move = move;
  return TRUE;
}

/* The id of an entry added is known once it is written. */
void
ethos_store_note_entry_id (EthosStore *self, gint64 id)
{
  if (self->pending_moves == 1 && self->pending_move.id == 0)
    self->pending_move.id = id;
}

/**
 * ethos_store_get_entry_move:
 * @self: the store
 * @move: (out caller-allocates): where the entry went
 *
 * While #EthosStore::changed says %ETHOS_STORE_CHANGE_ENTRIES for a write of this program that
 * added, edited or removed exactly one entry: fills @move and returns %TRUE. %FALSE when the
 * write touched many (an import), or is another program's, or outside the signal: a view then
 * reads the diary again.
 */
gboolean
ethos_store_get_entry_move (EthosStore *self, EthosEntryMove *move)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (move != NULL, FALSE);

  if (self->said_moves != 1)
    return FALSE;
  *move = self->said_move;
  return TRUE;
}

/**
 * ethos_store_count_entries_before:
 * @self: the store
 * @kind: an #EthosEntryKind, or -1 for both
 * @from: (nullable): the first date counted, or %NULL
 * @to: (nullable): the last date counted, or %NULL
 * @date: the place's date
 * @id: the place's entry, which is not counted
 * @count: (out): the entries of @kind from @from to @to that come before @date and @id in
 *   the diary's order (newest first: by date, then by id, both descending)
 * @error: a failed read
 *
 * The position an entry dated @date with id @id has, or had, in a view of the diary.
 */
gboolean
ethos_store_count_entries_before (EthosStore  *self,
                                  int          kind,
                                  const char  *from,
                                  const char  *to,
                                  const char  *date,
                                  gint64       id,
                                  guint       *count,
                                  GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean read;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL && count != NULL, FALSE);

  /* The kind named outright, so that SQLite walks the kind's own index, newest first, and
   * stops at @date: a place near the top costs as little as the few entries above it. The
   * entry itself is never counted, wherever it is now. */
  stmt = ethos_store_prepare (self,
                              kind >= 0
                                ? "SELECT count(*) FROM entries WHERE kind = ?5 "
                                  "AND date >= ?1 AND NOT (date = ?1 AND id <= ?2) AND id != ?2 "
                                  "AND (?3 IS NULL OR date >= ?3) AND (?4 IS NULL OR date <= ?4)"
                                : "SELECT count(*) FROM entries "
                                  "WHERE date >= ?1 AND NOT (date = ?1 AND id <= ?2) AND id != ?2 "
                                  "AND (?3 IS NULL OR date >= ?3) AND (?4 IS NULL OR date <= ?4)",
                              error);
  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, date);
  sqlite3_bind_int64 (stmt, 2, id);
  ethos_store_bind_text (stmt, 3, from);
  ethos_store_bind_text (stmt, 4, to);
  if (kind >= 0)
    ethos_store_bind_text (stmt, 5, ethos_entry_kind_to_string ((EthosEntryKind) kind));
  read = ethos_store_step (self, stmt, error) == ETHOS_STEP_ROW;
  if (read)
    *count = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return read;
}
