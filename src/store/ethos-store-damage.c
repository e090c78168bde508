/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-store-private.h"

/* The check at every open, before anything is written: is the file damaged? (HACKING.md,
 * "Encryption at rest: speed", says why an encrypted diary's check is the lighter one.) */

/* SQLite's quick check of @conn, for @self (whose file it is). Evaluating the CHECK constraints
 * of every row was most of its cost (with 100,000 entries, 0.3 s of 0.4 s); they are rules about
 * values, not the page structure that damage breaks, and pages overwritten with anything are
 * caught as well without them, so they are left to "ethos-cli check". (Memory-mapped reads would
 * save a little more, but turn a bad disk sector into a crash.) */
static gboolean
quick_check (EthosStore *self, EthosStore *conn, GError **error)
{
  g_autoptr (GError) failure = NULL;
  g_autofree char *problem = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!ethos_store_exec (conn, "PRAGMA ignore_check_constraints = ON", error))
    return FALSE;
  /* Run once per open, so not kept among the store's statements: its program covers every
   * table and index (some 150 KB for a small diary), which a long-lived store would carry. */
  if (sqlite3_prepare_v2 (conn->db, "PRAGMA quick_check(1)", -1, &stmt, NULL) != SQLITE_OK)
    {
      ethos_store_set_error (conn, error, _("Could not prepare a database query"));
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (problem == NULL && g_strcmp0 (ethos_store_column_text (stmt, 0), "ok") != 0)
      problem = ethos_store_column_dup (stmt, 0);
  if (rc != SQLITE_DONE && problem == NULL && ((rc & 0xff) == SQLITE_CORRUPT
                                               || (rc & 0xff) == SQLITE_NOTADB))
    problem = g_strdup (sqlite3_errmsg (conn->db));
  if (rc != SQLITE_DONE && problem == NULL)
    ethos_store_set_error (conn, &failure, _("Could not check the database for damage"));
  sqlite3_finalize (stmt);

  /* Nothing is ever written with the CHECK constraints off. */
  ethos_store_exec (conn, "PRAGMA ignore_check_constraints = OFF",
                    failure == NULL ? &failure : NULL);
  if (failure != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&failure));
      return FALSE;
    }
  if (problem != NULL)
    {
      const char *found = problem;

      g_strdelimit (problem, "\n", ' ');
      if (g_str_has_prefix (found, "*** in database main ***"))
        found += strlen ("*** in database main ***");
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT,
                   _("%s is damaged, so Ethos will not change it: restore it from a backup "
                     "(SQLite found: %s)"),
                   self->path, g_strstrip ((char *) found));
      return FALSE;
    }
  return TRUE;
}

/* Whether @self's database is sound enough to write to: SQLite's quick check, the walk of every
 * page of every table, index and the free list, on a connection of its own without the FTS5
 * module, so that the search index's tables are walked as the tables they are. Since SQLite
 * 3.44, quick_check with FTS5 loaded also tokenizes every entry again and compares it with the
 * search index (FTS5's consistency check: four fifths of the time with 100,000 entries, and
 * never run by the SQLite 3.40 of a -Dencryption=disabled build); that is a check of what the
 * index says, as quick_check never reads what any other row says, and it is left to "ethos-cli
 * check". An encrypted file's pages are each authenticated as they are read (their HMAC under
 * the diary's key), so there the walk also finds any changed byte in any page in use. */
gboolean
ethos_store_check_not_damaged (EthosStore *self, GError **error)
{
  g_autoptr (EthosStore) pages = NULL;

  pages = ethos_store_open_raw (self->data_dir, ETHOS_STORE_OPEN_DEFAULT,
                                self->key, error);
  if (pages == NULL)
    return FALSE;
  /* Only reads, each page once: SQLite's usual cache, and never a checkpoint at closing. */
  sqlite3_db_config (pages->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (sqlite3_drop_modules (pages->db, NULL) != SQLITE_OK
      || !ethos_store_exec (pages, "PRAGMA query_only = ON", error)
      || !ethos_store_exec (pages, "PRAGMA cache_size = -2000", error))
    {
      if (error != NULL && *error == NULL)
        ethos_store_set_error (pages, error, _("Could not check the database for damage"));
      return FALSE;
    }
  return quick_check (self, pages, error);
}
