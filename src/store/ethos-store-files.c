/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "ethos-backup-store.h"
#include "ethos-private-dir.h"
#include "ethos-store-private.h"

/* The database's file on disk: made owner-only, in a folder of the user's own, before SQLite
 * opens it (or, for ETHOS_STORE_OPEN_EXISTING, found there), and which file the store opened,
 * to tell later whether the one at its path is still it. */

/* SQLite creates the -wal and -shm files with the database file's mode, and leaves them as they
 * are after that. So a database put back by hand (a copy is 0644) is made owner-only, and working
 * files left from a time it could not be written (0400) take its mode again: they would keep
 * Ethos from writing once it can. Each must be a file of the user's own, not a link: one another
 * user left while the folder was open to them (a -wal or -journal is played into the database)
 * is refused. The folder is ours and owner-only by now, so no one else can put anything in their
 * place after this. */
static gboolean
check_private_files (const char *path, GError **error)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
  int mode = 0600;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (!ethos_private_file_check (file, &st, error))
        return FALSE;
      if (i == 0)
        mode = st.st_mode & 0700;
      if (st.st_mode != 0 && (int) (st.st_mode & 0777) != mode)
        g_chmod (file, mode);
    }
  return TRUE;
}

/* Creates the file owner-only before SQLite does, so it is never readable by others, even for
 * a moment. */
static gboolean
create_private_file (const char *path, GError **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);

  if (fd < 0 && errno != EEXIST)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not create %s: %s"),
                   path, g_strerror (errno));
      return FALSE;
    }
  if (fd >= 0)
    close (fd);
  return check_private_files (path, error);
}

/* ETHOS_STORE_OPEN_EXISTING: the database must be there already, and not empty: nothing is
 * created, and an empty file (a copy still being written) is not taken over as a new
 * database. */
static gboolean
find_existing (const char *path, GError **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND, _("%s is not there: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  if (st.st_size == 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("%s is empty, so it is not yet a database Ethos can read"), path);
      return FALSE;
    }
  return check_private_files (path, error);
}

/* Makes ready the file at @path in @data_dir for SQLite to open: the folders must be the user's
 * own (ethos-private-dir.c); the data folder and the file are made if need be, or with
 * ETHOS_STORE_OPEN_EXISTING in @flags must be there already. */
gboolean
ethos_store_prepare_file (const char           *data_dir,
                          const char           *path,
                          EthosStoreOpenFlags   flags,
                          GError              **error)
{
  gboolean existing = (flags & ETHOS_STORE_OPEN_EXISTING) != 0;
  g_autofree char *backups = ethos_backups_dir (data_dir);

  if (!ethos_private_dir_prepare (data_dir, !existing, error)
      || !ethos_private_dir_prepare (backups, FALSE, error))
    return FALSE;
  return existing ? find_existing (path, error) : create_private_file (path, error);
}

/* Remembers the file the store opened. SQLite's descriptor is its own, so this is taken from the
 * path just after SQLite opened it. */
void
ethos_store_remember_file (EthosStore *self)
{
  GStatBuf st;

  self->file_known = g_stat (self->path, &st) == 0;
  self->file_dev = self->file_known ? (guint64) st.st_dev : 0;
  self->file_ino = self->file_known ? (guint64) st.st_ino : 0;
}

/* Whether the file at the store's path is still the one it opened: the same, another put in its
 * place (renamed over it, or deleted and made again, perhaps with its folder), or none. The store
 * itself goes on reading the file it opened; what to do about it is the caller's. */
EthosStoreFile
ethos_store_check_file (EthosStore *self)
{
  GStatBuf st;

  g_return_val_if_fail (ETHOS_IS_STORE (self), ETHOS_STORE_FILE_SAME);

  if (g_stat (self->path, &st) != 0)
    return ETHOS_STORE_FILE_GONE;
  if (self->file_known
      && ((guint64) st.st_dev != self->file_dev || (guint64) st.st_ino != self->file_ino))
    return ETHOS_STORE_FILE_REPLACED;
  return ETHOS_STORE_FILE_SAME;
}

/* Copies what is left of @in to @out, through interrupted calls. FALSE when a read (@reading
 * set) or a write failed, with errno as the call left it, for the caller to say which file. */
gboolean
ethos_store_copy_fd (int in, int out, gboolean *reading)
{
  char buffer[64 * 1024];

  for (;;)
    {
      gssize got = read (in, buffer, sizeof buffer);

      if (got == 0)
        return TRUE;
      if (got < 0 && errno == EINTR)
        continue;
      *reading = TRUE;
      if (got < 0)
        return FALSE;
      *reading = FALSE;
      for (gssize done = 0; done < got;)
        {
          gssize n = write (out, buffer + done, got - done);

          if (n < 0 && errno == EINTR)
            continue;
          if (n < 0)
            return FALSE;
          done += n;
        }
    }
}
