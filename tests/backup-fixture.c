/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "backup-fixture"

#include "config.h"

#include <string.h>

#include "backup-fixture.h"
#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"
#include "ethos-entry-store.h"

/* A private data folder for each backup test, and what the tests look at: the backups folder,
 * the database file, the diary. */

void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("ethos-test-backup-XXXXXX", &error);

  g_assert_no_error (error);
  fixture->dir = g_build_filename (tmp, "data", NULL);
  fixture->path = g_build_filename (fixture->dir, "ethos.db", NULL);
  fixture->backups = g_build_filename (fixture->dir, "backups", NULL);
}

void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->dir);

  remove_tree (parent);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->backups);
}

GDateTime *
at (int year, int month, int day, int hour, int minute)
{
  return g_date_time_new_local (year, month, day, hour, minute, 0);
}

EthosStore *
open_at (Fixture *fixture, GDateTime *now)
{
  g_autoptr (GError) error = NULL;
  EthosStore *store = ethos_store_open_at (fixture->dir, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The names in the backups folder, sorted; hidden (temporary) files too. */
GStrv
folder_names (Fixture *fixture)
{
  g_autoptr (GDir) dir = g_dir_open (fixture->backups, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return (GStrv) g_ptr_array_steal (names, NULL);
}

guint
count_kind (Fixture *fixture, EthosBackupKind kind)
{
  g_autoptr (GPtrArray) backups = ethos_backups_list (fixture->dir, NULL);
  guint n = 0;

  g_assert_nonnull (backups);
  for (guint i = 0; i < backups->len; i++)
    n += ((EthosBackupInfo *) g_ptr_array_index (backups, i))->kind == kind;
  return n;
}

void
add_session (EthosStore *store, const char *date, const char *supervisor)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autoptr (GError) error = NULL;

  g_free (entry->date);
  entry->date = g_strdup (date);
  entry->minutes = 60;
  g_free (entry->supervisor);
  entry->supervisor = g_strdup (supervisor);
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
}

/* The supervisors of the diary's sessions, oldest first, as "Ann,Bob". */
char *
sessions (EthosStore *store)
{
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GString) names = g_string_new (NULL);

  entries = ethos_store_list_entries (store, ETHOS_ENTRY_SUPERVISION, NULL, NULL, FALSE, NULL);
  g_assert_nonnull (entries);
  for (guint i = 0; i < entries->len; i++)
    g_string_append_printf (names, "%s%s", names->len > 0 ? "," : "",
                            ((EthosEntry *) g_ptr_array_index (entries, i))->supervisor);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Restoring @file is refused as bad input, saying @says, and neither the database nor the
 * backups change. */
void
assert_restore_refused (Fixture *fixture, const char *file, GDateTime *now, const char *says)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *before = digest (fixture->path);
  g_autofree char *after = NULL;
  g_auto (GStrv) names_before = folder_names (fixture);
  g_auto (GStrv) names_after = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  g_assert_false (ethos_backups_restore (fixture->dir, file, now, &kept, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID);
  if (strstr (error->message, says) == NULL)
    g_error ("%s: “%s” does not say “%s”", file, error->message, says);
  g_assert_null (kept);
  after = digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  /* No pre-restore backup, no copy left behind. */
  names_after = folder_names (fixture);
  g_assert_true (g_strv_equal ((const char *const *) names_after,
                               (const char *const *) names_before));
}
