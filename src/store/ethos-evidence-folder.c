/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-evidence-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ethos-limits.h"
#include "ethos-store-private.h"

/* The evidence folder an Ethos before schema 10 kept files in (<data dir>/evidence/), taken
 * into the database; and what "ethos-cli check" says of the evidence: a row without its file,
 * a file not whole, a file in the old folder that no entry names. */

static char *
evidence_folder (EthosStore *self)
{
  return g_build_filename (ethos_store_get_data_dir (self), "evidence", NULL);
}

/* Takes the file @path into evidence row @id, as one transaction; then removes it. A file that
 * cannot be read is left as it is (the check reports its row as missing its file). */
static gboolean
take_in (EthosStore *self, gint64 id, const char *path, GError **error)
{
  g_autoptr (GError) unreadable = NULL;
  sqlite3_stmt *stmt;
  struct stat st;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0);

  if (fd < 0 || fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size > ETHOS_EVIDENCE_BYTES_MAX)
    {
      g_message ("Evidence file %s left where it is: not a regular file Ethos can keep", path);
      if (fd >= 0)
        close (fd);
      return TRUE;
    }
  if (!ethos_store_begin (self, error))
    goto fail;
  stmt = ethos_store_prepare (self, "UPDATE evidence SET size = ?2, content = zeroblob (?2) "
                                    "WHERE id = ?1", error);
  if (stmt == NULL)
    goto rollback;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, st.st_size);
  if (!ethos_store_step_done (self, stmt, error))
    goto rollback;
  if (!ethos_store_read_into_evidence (self, fd, id, st.st_size, path, &unreadable))
    {
      /* A file that cannot be read is no reason not to open the diary. */
      g_message ("Evidence file %s left where it is: %s", path, unreadable->message);
      ethos_store_rollback (self);
      close (fd);
      return TRUE;
    }
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_ENTRIES);
  if (!ethos_store_commit (self, error))
    goto fail;
  close (fd);
  /* Killed before this, the file is removed at the next open: its row has it now. */
  g_unlink (path);
  return TRUE;

rollback:
  ethos_store_rollback (self);
fail:
  close (fd);
  return FALSE;
}

/* The row naming @stored_as: its id, and whether it holds its file. FALSE when no row names it
 * or when it could not be read (@error set). */
static gboolean
find_row (EthosStore *self, const char *stored_as, gint64 *id, gboolean *held, GError **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self,
                                            "SELECT id, content IS NOT NULL FROM evidence "
                                            "WHERE stored_as = ?1",
                                            error);
  EthosStep step;

  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, stored_as);
  if ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      *id = sqlite3_column_int64 (stmt, 0);
      *held = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  return step == ETHOS_STEP_ROW;
}

/* At each open: the old folder's files, each into the row that names it (or removed, when the
 * row already holds it); files no row names stay. The folder goes when it is empty. Only a
 * folder of the data folder's own, never through a symlink. */
gboolean
ethos_store_take_in_evidence_folder (EthosStore *self, GError **error)
{
  g_autofree char *folder = evidence_folder (self);
  GDir *dir;
  const char *name;
  GStatBuf st;

  if (g_lstat (folder, &st) != 0 || !S_ISDIR (st.st_mode))
    return TRUE;
  if ((dir = g_dir_open (folder, 0, NULL)) == NULL)
    return TRUE;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr (GError) failure = NULL;
      gboolean held = FALSE;
      gint64 id = 0;

      if (!find_row (self, name, &id, &held, &failure))
        {
          if (failure == NULL)
            continue;
          g_dir_close (dir);
          g_propagate_error (error, g_steal_pointer (&failure));
          return FALSE;
        }
      if (held)
        g_unlink (path);
      else if (!take_in (self, id, path, error))
        {
          g_dir_close (dir);
          return FALSE;
        }
    }
  g_dir_close (dir);
  g_rmdir (folder);
  return TRUE;
}

/* Adds to @found what is wrong with the evidence: rows without their file or with a file not
 * whole, and files in the old folder no row names. */
gboolean
ethos_store_check_evidence (EthosStore *self, GStrvBuilder *found, guint *n_found, GError **error)
{
  g_autofree char *folder = evidence_folder (self);
  sqlite3_stmt *stmt;
  EthosStep step;
  GDir *dir;
  const char *name;

  stmt = ethos_store_prepare (self,
                              "SELECT v.file_name, e.date, v.content IS NULL FROM evidence v "
                              "JOIN entries e ON e.id = v.entry_id "
                              "WHERE v.content IS NULL OR length (v.content) IS NOT v.size "
                              "ORDER BY e.date, v.id",
                              error);
  if (stmt == NULL)
    return FALSE;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      const char *file = ethos_store_column_text (stmt, 0);
      const char *date = ethos_store_column_text (stmt, 1);
      g_autofree char *line
        = sqlite3_column_int (stmt, 2)
            ? g_strdup_printf (_("The evidence file “%s” of the entry of %s is missing"), file, date)
            : g_strdup_printf (_("The evidence file “%s” of the entry of %s is not whole"), file,
                               date);

      g_strv_builder_add (found, line);
      (*n_found)++;
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return FALSE;

  if ((dir = g_dir_open (folder, 0, NULL)) == NULL)
    return TRUE;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr (GError) failure = NULL;
      gboolean held = FALSE;
      gint64 id = 0;

      if (!find_row (self, name, &id, &held, &failure) && failure == NULL)
        {
          g_autofree char *path = g_build_filename (folder, name, NULL);
          g_autofree char *line = g_strdup_printf (_("%s is a file in the evidence folder that "
                                                     "no entry names"),
                                                   path);

          g_strv_builder_add (found, line);
          (*n_found)++;
        }
    }
  g_dir_close (dir);
  return TRUE;
}
