/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include "ethos-backup-copy.h"
#include "ethos-backup-store.h"
#include "ethos-offdisk-store.h"
#include "ethos-store-private.h"

/* When the last copy off this disk was made, and the copy made when the drive comes (issue 19).
 * A USB drive is mostly unplugged, so when its last copy was made cannot be read from it: each
 * copy that read back whole is noted in "offdisk-copy.ini" in the data folder (where, when, which
 * file; owner-only, replaced whole). Not in the database: a restore must not bring back an older
 * note, and noting a copy is no change to the diary. A destination with no note (copies made
 * before there were notes, or another place set since) is judged by the newest copy there, by
 * its name, while it can be read. */

#define RECORD_NAME  "offdisk-copy.ini"
#define RECORD_GROUP "Copy off this disk"

static char *
record_path (const char *data_dir)
{
  return g_build_filename (data_dir, RECORD_NAME, NULL);
}

/* Notes that @copy was made in @dest at @now. A note that cannot be written is said in the log:
 * the copy itself is there. */
void
ethos_offdisk_note_copy (const char *data_dir, const char *dest, const char *copy, GDateTime *now)
{
  g_autoptr (GKeyFile) record = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = record_path (data_dir);
  g_autofree char *made = g_date_time_format_iso8601 (now);
  g_autofree char *text = NULL;
  gsize length = 0;

  g_key_file_set_string (record, RECORD_GROUP, "Destination", dest);
  g_key_file_set_string (record, RECORD_GROUP, "Made", made);
  g_key_file_set_string (record, RECORD_GROUP, "Copy", copy);
  text = g_key_file_to_data (record, &length, NULL);
  if (!g_file_set_contents_full (path, text, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, &error))
    g_message ("Could not note the copy off this disk in %s: %s", path, error->message);
}

/* When the noted copy was made, if it was made in @dest. */
static GDateTime *
noted_copy (const char *data_dir, const char *dest)
{
  g_autoptr (GKeyFile) record = g_key_file_new ();
  g_autofree char *path = record_path (data_dir);
  g_autofree char *where = NULL;
  g_autofree char *made = NULL;

  if (!g_key_file_load_from_file (record, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  where = g_key_file_get_string (record, RECORD_GROUP, "Destination", NULL);
  made = g_key_file_get_string (record, RECORD_GROUP, "Made", NULL);
  if (g_strcmp0 (where, dest) != 0 || made == NULL)
    return NULL;
  return g_date_time_new_from_iso8601 (made, NULL);
}

/* When the newest copy in the place set now was made: noted, or by the newest name there. NULL
 * when no place is set or no copy is known there. */
GDateTime *
ethos_store_get_last_offdisk_copy (EthosStore *self)
{
  g_autofree char *dest = NULL;
  g_autoptr (GDateTime) noted = NULL;
  g_autoptr (GDateTime) named = NULL;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  if ((dest = ethos_store_get_backup_destination (self)) == NULL)
    return NULL;
  noted = noted_copy (ethos_store_get_data_dir (self), dest);
  named = ethos_backup_destination_newest (dest);
  if (noted == NULL || (named != NULL && g_date_time_compare (named, noted) > 0))
    return g_steal_pointer (&named);
  return g_steal_pointer (&noted);
}

/* Where the copies off this disk stand at @now (ethos_offdisk_judge(): the rule and its
 * sentence are core's). @last_copy (if not NULL) gets when the last copy was made, or NULL;
 * @sentence, the state said. For the window's Privacy page and ethos-cli alike. */
EthosOffdiskState
ethos_store_get_offdisk_state (EthosStore *self, GDateTime *now, GDateTime **last_copy,
                               char **sentence)
{
  g_autofree char *dest = NULL;
  g_autoptr (GDateTime) last = NULL;
  EthosOffdiskState state;

  g_return_val_if_fail (ETHOS_IS_STORE (self), ETHOS_OFFDISK_NOT_SET);
  g_return_val_if_fail (now != NULL, ETHOS_OFFDISK_NOT_SET);

  dest = ethos_store_get_backup_destination (self);
  last = ethos_store_get_last_offdisk_copy (self);
  state = ethos_offdisk_judge (dest, last, now, sentence);
  if (last_copy != NULL)
    *last_copy = g_steal_pointer (&last);
  return state;
}

static gboolean
same_day (GDateTime *a, GDateTime *b)
{
  g_autoptr (GDateTime) local = g_date_time_to_timezone (a, g_date_time_get_timezone (b));

  return g_date_time_get_year (local) == g_date_time_get_year (b)
         && g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (b);
}

/* The copy noted as made in @dest on @now's day, if it is still there; else NULL. */
static char *
copy_of_the_day (const char *data_dir, const char *dest, GDateTime *now)
{
  g_autoptr (GKeyFile) record = g_key_file_new ();
  g_autoptr (GDateTime) made = noted_copy (data_dir, dest);
  g_autofree char *path = record_path (data_dir);
  g_autofree char *copy = NULL;

  if (made == NULL || !same_day (made, now)
      || !g_key_file_load_from_file (record, path, G_KEY_FILE_NONE, NULL)
      || (copy = g_key_file_get_string (record, RECORD_GROUP, "Copy", NULL)) == NULL
      || !g_file_test (copy, G_FILE_TEST_IS_REGULAR))
    return NULL;
  return g_steal_pointer (&copy);
}

/* What the notifier does when a drive is plugged in, and when it starts: when the place for
 * copies is set and there, and no copy made there on @now's day is there, the day's backup is
 * made (if the day has none yet) and copied there. @copied gets the copy's path, or NULL when
 * none was due (no place set, not there, or today's there already). A copy that could not be
 * made is FALSE with @error. */
gboolean
ethos_store_copy_off_disk_if_due (EthosStore *self, GDateTime *now, char **copied, GError **error)
{
  const char *data_dir;
  g_autofree char *dest = NULL;
  g_autofree char *copy = NULL;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (copied != NULL)
    *copied = NULL;
  data_dir = ethos_store_get_data_dir (self);
  dest = ethos_store_get_backup_destination (self);
  if (dest == NULL || !g_file_test (dest, G_FILE_TEST_IS_DIR))
    return TRUE;
  if ((copy = copy_of_the_day (data_dir, dest, now)) != NULL)
    return TRUE;
  /* The day's backup, if it is still to be made, is copied as it is made; if it was made
   * earlier (the drive not there then), the newest backup is copied now. */
  if (!ethos_store_backup_daily (self, now, NULL, error))
    return FALSE;
  if ((copy = copy_of_the_day (data_dir, dest, now)) == NULL
      && (copy = ethos_store_copy_newest_backup (self, now, error)) == NULL)
    return FALSE;
  if (copied != NULL)
    *copied = g_steal_pointer (&copy);
  return TRUE;
}
