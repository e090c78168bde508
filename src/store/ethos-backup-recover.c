/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-backup-recover"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ethos-backup-recover.h"
#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"
#include "ethos-store.h"

/* Recovering from a damaged database: the damaged file is set aside as it is (renamed, with its
 * -wal and -shm, never opened for writing, so it stays byte for byte for whoever may rescue
 * more from it), and the backup is restored into its place. If the restore fails, the damaged
 * file is put back: the folder is as it was. */

static const char *const suffixes[] = { "", "-wal", "-shm" };

/* The newest backup this Ethos can restore (not from a newer Ethos, with a readable header);
 * NULL when there is none. The restore checks it fully. */
EthosBackupInfo *
ethos_backups_newest_good (const char *data_dir)
{
  g_autoptr (GPtrArray) backups = ethos_backups_list (data_dir, NULL);

  for (guint i = 0; backups != NULL && i < backups->len; i++)
    {
      EthosBackupInfo *info = g_ptr_array_index (backups, i);

      if (info->schema_version > 0
          && info->schema_version <= ethos_store_get_supported_schema_version ())
        return g_object_ref (info);
    }
  return NULL;
}

static gboolean
move (const char *from, const char *to, GError **error)
{
  if (g_rename (from, to) == 0 || errno == ENOENT)
    return TRUE;
  {
    int saved = errno;

    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), _("Could not move %s: %s"),
                 from, g_strerror (saved));
  }
  return FALSE;
}

/* Sets the database in @data_dir aside and restores @backup in its place. On success
 * @set_aside (optional) names where the damaged file now is. */
gboolean
ethos_backups_recover (const char  *data_dir,
                       const char  *backup,
                       GDateTime   *now,
                       char       **set_aside,
                       GError     **error)
{
  g_autofree char *dir = data_dir != NULL ? g_strdup (data_dir) : ethos_store_default_data_dir ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H%M%S");
  g_autofree char *live = g_build_filename (dir, "ethos.db", NULL);
  g_autofree char *aside_name = g_strdup_printf ("ethos-damaged-%s.db", stamp);
  g_autofree char *aside = g_build_filename (dir, aside_name, NULL);
  guint moved = 0;

  if (g_file_test (aside, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST, _("%s is already there"), aside);
      return FALSE;
    }
  for (; moved < G_N_ELEMENTS (suffixes); moved++)
    {
      g_autofree char *from = g_strconcat (live, suffixes[moved], NULL);
      g_autofree char *to = g_strconcat (aside, suffixes[moved], NULL);

      if (!move (from, to, error))
        goto put_back;
    }
  if (ethos_backups_restore (dir, backup, now, NULL, error))
    {
      if (set_aside != NULL)
        *set_aside = g_steal_pointer (&aside);
      return TRUE;
    }

put_back:
  /* Whatever the failed restore left goes, and the damaged file comes back as it was. */
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *made = g_strconcat (live, suffixes[i], NULL);

      if (i < moved)
        g_unlink (made);
    }
  while (moved-- > 0)
    {
      g_autofree char *from = g_strconcat (aside, suffixes[moved], NULL);
      g_autofree char *to = g_strconcat (live, suffixes[moved], NULL);

      move (from, to, NULL);
    }
  return FALSE;
}
