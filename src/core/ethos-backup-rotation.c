/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-backup-rotation"

#include "config.h"

#include "ethos-backup-rotation.h"

/* Which daily backups to delete. A daily backup stays while it is one of the @keep_daily newest
 * daily backups, or the first daily backup of its month and that month is one of the
 * @keep_monthly newest months with a daily backup (so the monthlies reach back a year when Ethos
 * is used every month). Counting backups rather than calendar days means that a fortnight away
 * from the computer never leaves fewer backups behind.
 *
 * Backups of every other kind (manual, pre-migration, pre-restore) are never chosen: each comes
 * from a deliberate, rare event (an upgrade, a restore, the practitioner asking) and may be the
 * only copy of the data as it was before it; they stay until the practitioner deletes them. */

static int
month_of (EthosBackupInfo *info)
{
  return g_date_time_get_year (info->created) * 12 + g_date_time_get_month (info->created) - 1;
}

/* @backups: EthosBackupInfo of any kinds, in any order. Returns the daily backups to delete (a
 * new array holding references), newest first. */
GPtrArray *
ethos_backup_rotation_expired (GPtrArray *backups, guint keep_daily, guint keep_monthly)
{
  g_autoptr (GPtrArray) daily = g_ptr_array_new ();
  g_autoptr (GHashTable) kept = g_hash_table_new (NULL, NULL);
  GPtrArray *expired = g_ptr_array_new_with_free_func (g_object_unref);
  guint months = 0;

  for (guint i = 0; i < backups->len; i++)
    {
      EthosBackupInfo *info = g_ptr_array_index (backups, i);

      if (info->kind == ETHOS_BACKUP_DAILY)
        g_ptr_array_add (daily, info);
    }
  g_ptr_array_sort (daily, ethos_backup_info_compare_newest_first);

  for (guint i = 0; i < daily->len && i < keep_daily; i++)
    g_hash_table_add (kept, g_ptr_array_index (daily, i));

  /* Newest first, so a month's first backup is the last of its run. */
  for (guint i = 0; i < daily->len && months < keep_monthly; i++)
    {
      EthosBackupInfo *info = g_ptr_array_index (daily, i);

      if (i + 1 == daily->len || month_of (g_ptr_array_index (daily, i + 1)) != month_of (info))
        {
          g_hash_table_add (kept, info);
          months++;
        }
    }

  for (guint i = 0; i < daily->len; i++)
    if (!g_hash_table_contains (kept, g_ptr_array_index (daily, i)))
      g_ptr_array_add (expired, g_object_ref (g_ptr_array_index (daily, i)));
  return expired;
}
