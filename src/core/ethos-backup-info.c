/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-backup-info"

#include "config.h"

#include "ethos-backup-info.h"

/* Backup file names say when and why: "ethos-2026-11-23T091500-daily.db". The time is the wall
 * time of the "now" the backup was made with (local time in the programs), so names sort by
 * time and a day's backups share a prefix. */

G_DEFINE_FINAL_TYPE (EthosBackupInfo, ethos_backup_info, G_TYPE_OBJECT)

static const char *const kind_names[ETHOS_BACKUP_N_KINDS] = {
  [ETHOS_BACKUP_DAILY] = "daily",
  [ETHOS_BACKUP_MANUAL] = "manual",
  [ETHOS_BACKUP_PRE_MIGRATION] = "pre-migration",
  [ETHOS_BACKUP_PRE_RESTORE] = "pre-restore",
};

static void
ethos_backup_info_finalize (GObject *object)
{
  EthosBackupInfo *self = ETHOS_BACKUP_INFO (object);

  g_free (self->path);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (ethos_backup_info_parent_class)->finalize (object);
}

static void
ethos_backup_info_class_init (EthosBackupInfoClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_backup_info_finalize;
}

static void
ethos_backup_info_init (EthosBackupInfo *self)
{
  self->schema_version = -1;
}

EthosBackupInfo *
ethos_backup_info_new (void)
{
  return g_object_new (ETHOS_TYPE_BACKUP_INFO, NULL);
}

const char *
ethos_backup_kind_to_string (EthosBackupKind kind)
{
  g_return_val_if_fail ((guint) kind < ETHOS_BACKUP_N_KINDS, NULL);

  return kind_names[kind];
}

char *
ethos_backup_file_name (GDateTime *when, EthosBackupKind kind)
{
  g_autofree char *stamp = g_date_time_format (when, "%Y-%m-%dT%H%M%S");

  return g_strdup_printf ("ethos-%s-%s.db", stamp, ethos_backup_kind_to_string (kind));
}

static gboolean
parse_kind (const char *text, EthosBackupKind *kind)
{
  for (guint i = 0; i < ETHOS_BACKUP_N_KINDS; i++)
    if (g_str_equal (text, kind_names[i]))
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

static int
group_int (GMatchInfo *match, int group)
{
  g_autofree char *text = g_match_info_fetch (match, group);

  return (int) g_ascii_strtoll (text, NULL, 10);
}

/* Reads a name ethos_backup_file_name() made, and the "ethos-before-schema-N-STAMPZ.db" names
 * of the backups earlier versions made before a migration. Anything else is not a backup (a file
 * being written is named ".tmp-…"). @created comes back in local time. */
gboolean
ethos_backup_parse_file_name (const char *name, GDateTime **created, EthosBackupKind *kind)
{
  static GRegex *current, *legacy;
  g_autoptr (GMatchInfo) match = NULL;
  g_autoptr (GDateTime) when = NULL;

  if (g_once_init_enter (&current))
    g_once_init_leave (&current,
                       g_regex_new ("^ethos-([0-9]{4})-([0-9]{2})-([0-9]{2})"
                                    "T([0-9]{2})([0-9]{2})([0-9]{2})-([a-z-]+)\\.db$",
                                    G_REGEX_OPTIMIZE, 0, NULL));
  if (g_once_init_enter (&legacy))
    g_once_init_leave (&legacy,
                       g_regex_new ("^ethos-before-schema-[0-9]+-([0-9]{4})([0-9]{2})([0-9]{2})"
                                    "T([0-9]{2})([0-9]{2})([0-9]{2})Z\\.db$",
                                    G_REGEX_OPTIMIZE, 0, NULL));

  if (g_regex_match (current, name, 0, &match))
    {
      g_autofree char *kind_text = g_match_info_fetch (match, 7);

      if (parse_kind (kind_text, kind))
        when = g_date_time_new_local (group_int (match, 1), group_int (match, 2),
                                      group_int (match, 3), group_int (match, 4),
                                      group_int (match, 5), group_int (match, 6));
    }
  else
    {
      g_clear_pointer (&match, g_match_info_unref);
      if (g_regex_match (legacy, name, 0, &match))
        {
          g_autoptr (GDateTime) utc = g_date_time_new_utc (group_int (match, 1),
                                                           group_int (match, 2),
                                                           group_int (match, 3),
                                                           group_int (match, 4),
                                                           group_int (match, 5),
                                                           group_int (match, 6));

          *kind = ETHOS_BACKUP_PRE_MIGRATION;
          if (utc != NULL)
            when = g_date_time_to_local (utc);
        }
    }
  if (when == NULL)
    return FALSE;
  *created = g_steal_pointer (&when);
  return TRUE;
}

/* For g_ptr_array_sort(): newest first; the name decides between backups of the same second. */
int
ethos_backup_info_compare_newest_first (gconstpointer a, gconstpointer b)
{
  EthosBackupInfo *x = *(EthosBackupInfo **) a;
  EthosBackupInfo *y = *(EthosBackupInfo **) b;
  int by_time = g_date_time_compare (y->created, x->created);

  return by_time != 0 ? by_time : g_strcmp0 (y->path, x->path);
}
