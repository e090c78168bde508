/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-evidence-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ethos-entry-store.h"
#include "ethos-limits.h"
#include "ethos-store-private.h"

/* Evidence: the files kept with a CPD entry (a certificate, a handout), held inside the database
 * itself, so that a backup is the whole record and a restore brings the files back with their
 * entries. A file is read in and written out in blocks, through SQLite's incremental blob I/O,
 * so neither holds a whole file in memory. Ethos before schema 10 kept them as files in
 * <data dir>/evidence/: they are taken in at the first open. */

#define BLOCK (64 * 1024)

/* Opens @path to be kept: a regular file (a FIFO would wait for ever) within the limits. */
static int
open_evidence_source (EthosStore *self, const char *path, gint64 *size, GError **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  sqlite3_stmt *stmt;
  gint64 kept = 0;
  struct stat st;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);

  if (fd < 0 || fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("“%s” is not a file that can be kept as evidence"), path);
      goto fail;
    }
  if (st.st_size > ETHOS_EVIDENCE_BYTES_MAX)
    {
      g_autofree char *most = g_format_size (ETHOS_EVIDENCE_BYTES_MAX);

      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("“%s” is larger than Ethos keeps as evidence (at most %s a file)"), name,
                   most);
      goto fail;
    }
  stmt = ethos_store_prepare (self, "SELECT coalesce (sum (length (content)), 0) FROM evidence",
                              error);
  if (stmt == NULL)
    goto fail;
  if (ethos_store_step (self, stmt, error) != ETHOS_STEP_ROW)
    {
      sqlite3_reset (stmt);
      goto fail;
    }
  kept = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (kept + st.st_size > ETHOS_EVIDENCE_TOTAL_BYTES_MAX)
    {
      g_autofree char *most = g_format_size (ETHOS_EVIDENCE_TOTAL_BYTES_MAX);

      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("“%s” would take the evidence Ethos keeps past its limit of %s in all"), name,
                   most);
      goto fail;
    }
  *size = st.st_size;
  return fd;

fail:
  if (fd >= 0)
    close (fd);
  return -1;
}

/* Reads @size bytes of @fd (the file @path) into the content of evidence row @id, made
 * zeroblob(@size); the caller holds the transaction. */
gboolean
ethos_store_read_into_evidence (EthosStore  *self,
                                int          fd,
                                gint64       id,
                                gint64       size,
                                const char  *path,
                                GError     **error)
{
  sqlite3_blob *blob = NULL;
  g_autofree char *buffer = g_malloc (BLOCK);
  gint64 done = 0;
  int rc = sqlite3_blob_open (ethos_store_get_db (self), "main", "evidence", "content", id, 1,
                              &blob);

  while (rc == SQLITE_OK && done < size)
    {
      gssize got = read (fd, buffer, MIN (BLOCK, size - done));

      if (got < 0 && errno == EINTR)
        continue;
      if (got <= 0)
        {
          sqlite3_blob_close (blob);
          g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO,
                       got < 0 ? _("Could not read %s: %s") : _("Could not read %s: %s changed "
                                                                  "while it was being read"),
                       path, got < 0 ? g_strerror (errno) : path);
          return FALSE;
        }
      rc = sqlite3_blob_write (blob, buffer, (int) got, (int) done);
      done += got;
    }
  if (blob != NULL && sqlite3_blob_close (blob) != SQLITE_OK && rc == SQLITE_OK)
    rc = sqlite3_errcode (ethos_store_get_db (self));
  if (rc != SQLITE_OK)
    {
      ethos_store_set_error (self, error, _("Could not keep the file in the database"));
      return FALSE;
    }
  return TRUE;
}

/* Inserts evidence row for @entry_id named @file_name and @stored_as, and reads @fd into it;
 * the caller holds the transaction. */
static gboolean
insert_evidence (EthosStore  *self,
                 gint64       entry_id,
                 const char  *file_name,
                 const char  *stored_as,
                 int          fd,
                 gint64       size,
                 const char  *path,
                 GError     **error)
{
  g_autofree char *now = ethos_store_now_utc ();
  sqlite3_stmt *stmt = ethos_store_prepare (self,
                                            "INSERT INTO evidence (entry_id, file_name, "
                                            "  stored_as, added, size, content) "
                                            "VALUES (?1, ?2, ?3, ?4, ?5, zeroblob (?5))",
                                            error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  ethos_store_bind_text (stmt, 2, file_name);
  ethos_store_bind_text (stmt, 3, stored_as);
  ethos_store_bind_text (stmt, 4, now);
  sqlite3_bind_int64 (stmt, 5, size);
  return ethos_store_step_done (self, stmt, error)
         && ethos_store_read_into_evidence (self, fd, sqlite3_last_insert_rowid (ethos_store_get_db (self)), size,
                            path, error);
}

/* Keeps the file at @path with the entry @entry_id, inside the transaction the caller holds.
 * Returns the name it is stored as ("<entry>-<time>-<file name>"). */
char *
ethos_store_keep_evidence (EthosStore *self, gint64 entry_id, const char *path, GError **error)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *stored_as = NULL;
  gint64 size = 0;
  int fd = open_evidence_source (self, path, &size, error);
  gboolean ok;

  if (fd < 0)
    return NULL;
  stored_as = g_strdup_printf ("%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "-%s", entry_id,
                               g_get_real_time (), base);
  ok = insert_evidence (self, entry_id, base, stored_as, fd, size, path, error);
  close (fd);
  return ok ? g_steal_pointer (&stored_as) : NULL;
}

/* Keeps the file at @path with the entry @entry_id, as one transaction. */
char *
ethos_store_add_evidence (EthosStore *self, gint64 entry_id, const char *path, GError **error)
{
  g_autoptr (EthosEntry) entry = NULL;
  g_autofree char *stored_as = NULL;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  entry = ethos_store_get_entry (self, entry_id, error);
  if (entry == NULL || !ethos_store_begin (self, error))
    return NULL;
  if (!ethos_store_note_entry_write (self, entry_id, entry, error)
      || (stored_as = ethos_store_keep_evidence (self, entry_id, path, error)) == NULL)
    {
      ethos_store_rollback (self);
      return NULL;
    }
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_ENTRIES);
  if (!ethos_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&stored_as);
}

/* Creates @dir/@name owner-only, never over a file there: "name (2)" and on if it is taken. */
static int
create_unique (const char *dir, const char *name, char **path)
{
  g_autofree char *stem = g_strdup (name);
  char *dot = strrchr (stem, '.');
  const char *extension = "";

  if (dot != NULL && dot != stem)
    {
      extension = name + (dot - stem);
      *dot = '\0';
    }
  for (int i = 1; i < 1000; i++)
    {
      g_autofree char *file = i == 1 ? g_strdup (name)
                                     : g_strdup_printf ("%s (%d)%s", stem, i, extension);
      int fd;

      g_free (*path);
      *path = g_build_filename (dir, file, NULL);
      fd = g_open (*path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
      if (fd >= 0 || errno != EEXIST)
        return fd;
    }
  errno = EEXIST;
  return -1;
}

/* Writes the evidence file @stored_as into the folder @dir, under the name it had. Returns the
 * new file's path. */
char *
ethos_store_save_evidence (EthosStore *self, const char *stored_as, const char *dir, GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *buffer = g_malloc (BLOCK);
  sqlite3_blob *blob = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int size, fd, rc;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self, "SELECT id, file_name FROM evidence WHERE stored_as = ?1 "
                                    "AND content IS NOT NULL", error);
  if (stmt == NULL)
    return NULL;
  ethos_store_bind_text (stmt, 1, stored_as);
  if ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      name = ethos_store_column_dup (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  if (step == ETHOS_STEP_DONE)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("There is no evidence file “%s”"), stored_as);
      return NULL;
    }
  /* A name from the database goes into a folder: never a path. */
  g_strdelimit (name, G_DIR_SEPARATOR_S, '_');
  if (name[0] == '\0' || g_str_equal (name, ".") || g_str_equal (name, ".."))
    {
      g_free (name);
      name = g_strdup ("evidence");
    }

  if (sqlite3_blob_open (ethos_store_get_db (self), "main", "evidence", "content", id, 0, &blob)
      != SQLITE_OK)
    {
      ethos_store_set_error (self, error, _("Could not read the evidence file"));
      sqlite3_blob_close (blob);
      return NULL;
    }
  if ((fd = create_unique (dir, name, &path)) < 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not create %s: %s"),
                   path, g_strerror (errno));
      sqlite3_blob_close (blob);
      return NULL;
    }
  size = sqlite3_blob_bytes (blob);
  rc = SQLITE_OK;
  for (int done = 0; rc == SQLITE_OK && done < size;)
    {
      int n = MIN (BLOCK, size - done);

      rc = sqlite3_blob_read (blob, buffer, n, done);
      if (rc == SQLITE_OK && write (fd, buffer, n) != n)
        rc = SQLITE_IOERR;
      done += n;
    }
  sqlite3_blob_close (blob);
  if (close (fd) != 0 && rc == SQLITE_OK)
    rc = SQLITE_IOERR;
  if (rc != SQLITE_OK)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not write %s: %s"),
                   path, rc == SQLITE_IOERR ? g_strerror (errno) : sqlite3_errstr (rc));
      g_unlink (path);
      return NULL;
    }
  return g_steal_pointer (&path);
}
