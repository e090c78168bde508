/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ethos-private-dir.h"
#include "ethos-store.h"

/* A folder that is the user's own: Ethos keeps notes about clients only in a folder that the
 * user running it owns, that no one else may enter, and that is where its name says, not where
 * a link leads. A folder Ethos made, or the user's own made wider, is made owner-only; one that
 * belongs to someone else, or a link, is refused and left exactly as it is: writing into
 * another user's folder puts the notes where they can read them (and into a database of theirs,
 * whose triggers run as we write), and changing the mode of what a link leads to changes
 * someone else's folder. The folders above the last one are the user's to keep (their home);
 * only the last part of the name is not followed if it is a link. */

static void
set_refused (GError **error, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
set_refused (GError **error, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
                                                format, args));
  va_end (args);
}

/* Why @dir cannot be made a folder of ours: it is a link, or not a folder, or the system said
 * no (@saved). */
static void
set_not_ours (const char *dir, int saved, GError **error)
{
  GStatBuf st;
  gboolean seen = g_lstat (dir, &st) == 0;

  if (seen && S_ISLNK (st.st_mode))
    set_refused (error,
                 _("%s is a symbolic link: Ethos keeps notes about clients only in a folder of "
                   "your own, never through a link; put the folder itself there or choose "
                   "another with --data-dir"),
                 dir);
  else if (seen && !S_ISDIR (st.st_mode))
    set_refused (error, _("%s is not a folder: move it aside or choose another folder with "
                          "--data-dir"),
                 dir);
  else
    g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO,
                 _("Could not make the folder %s yours alone: %s"), dir, g_strerror (saved));
}

/* Makes @dir (and the folders above it) owner-only if it is missing and @create is set; a
 * missing folder is otherwise left missing. Tightens a folder of ours that others may enter,
 * and refuses, changing nothing, a link, something that is not a folder, or another user's
 * folder. */
gboolean
ethos_private_dir_prepare (const char *dir, gboolean create, GError **error)
{
  struct stat st;
  gboolean seen;
  int fd;

  if (create && g_lstat (dir, &st) != 0 && errno == ENOENT
      && g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO,
                   _("Could not create the folder %s: %s"), dir, g_strerror (errno));
      return FALSE;
    }
  /* What is checked is what is changed: the folder held open, so that a folder put in its place
   * meanwhile is neither taken for it nor changed. */
  fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC, 0);
  if (fd < 0 && errno == ENOENT && !create)
    return TRUE;
  seen = fd >= 0 && fstat (fd, &st) == 0;
  if (seen && st.st_uid != geteuid ())
    set_refused (error,
                 _("%s belongs to another user (uid %u): Ethos keeps notes about clients only "
                   "in a folder of your own; move it aside or choose another with --data-dir"),
                 dir, (guint) st.st_uid);
  else if (!seen || ((st.st_mode & 0077) != 0 && fchmod (fd, st.st_mode & 0700) != 0))
    set_not_ours (dir, errno, error);
  else
    {
      close (fd);
      return TRUE;
    }
  if (fd >= 0)
    close (fd);
  return FALSE;
}

/* Refuses @path if it is a link, not a file, or another user's; a missing file passes, with
 * @st's mode 0. @st gets what the file is otherwise. Called once the folder it is in is known
 * to be ours and owner-only, so that no one else can put anything in its place afterwards. */
gboolean
ethos_private_file_check (const char *path, GStatBuf *st, GError **error)
{
  if (g_lstat (path, st) != 0)
    {
      st->st_mode = 0;
      if (errno == ENOENT)
        return TRUE;
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_IO, _("Could not read %s: %s"),
                   path, g_strerror (errno));
      return FALSE;
    }
  if (S_ISLNK (st->st_mode))
    set_refused (error,
                 _("%s is a symbolic link: Ethos keeps notes about clients only in a database "
                   "file of your own, never through a link; put the file itself there or choose "
                   "another folder with --data-dir"),
                 path);
  else if (!S_ISREG (st->st_mode))
    set_refused (error, _("%s is not a database file: move it aside or choose another folder "
                          "with --data-dir"),
                 path);
  else if (st->st_uid != geteuid ())
    set_refused (error,
                 _("%s belongs to another user (uid %u): Ethos writes notes about clients only "
                   "into a database of your own; move it aside or choose another folder with "
                   "--data-dir"),
                 path, (guint) st->st_uid);
  else
    return TRUE;
  return FALSE;
}
