/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "case-fixture.h"
#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"
#include "ethos-demo.h"
#include "ethos-entry-store.h"
#include "ethos-store-private.h"
#include "ethos-store.h"
#include "fuzz-common.h"

/* The restore, given backups with hostile schemas: the input is SQL run on a copy of a sound
 * backup (with the schema writable: triggers, views, tables added or swapped, SQL rewritten in
 * sqlite_schema, user_version changed), and the result restored into an empty data folder.
 * Whatever the input, the restore either refuses it, leaving no database behind, or leaves a
 * database that opens, is sound, has exactly Ethos's schema, and takes a new entry without
 * losing one. */

static char *work;
static char *template;
static gsize template_length;

/* A sound backup of a small diary, made once. */
static void
make_template (GDateTime *now)
{
  g_autofree char *dir = g_build_filename (work, "template", NULL);
  g_autoptr (EthosStore) store = ethos_store_open_at (dir, now, NULL);
  g_autofree char *backup = NULL;

  g_assert (store != NULL);
  g_assert (ethos_demo_fill (store, 12, 7, NULL));
  backup = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, now, NULL);
  g_assert (backup != NULL);
  g_assert (g_file_get_contents (backup, &template, &template_length, NULL));
}

static int
deny_attach (void *data, int action, const char *a, const char *b, const char *c, const char *d)
{
  return action == SQLITE_ATTACH || action == SQLITE_DETACH ? SQLITE_DENY : SQLITE_OK;
}

static int
stop_long_runs (void *data)
{
  return ++*(int *) data > 1000;
}

/* The copy of the sound backup, with @sql run on it as any program could. */
static void
tamper (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  int ticks = 0;

  g_assert (g_file_set_contents (path, template, template_length, NULL));
  g_assert (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK);
  /* Only this file: no other database attached, no file written elsewhere. */
  sqlite3_limit (db, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_set_authorizer (db, deny_attach, NULL);
  sqlite3_progress_handler (db, 1000, stop_long_runs, &ticks);
  sqlite3_exec (db, "PRAGMA writable_schema = ON", NULL, NULL, NULL);
  sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close_v2 (db);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GDateTime) now = g_date_time_new_local (2031, 12, 1, 9, 0, 0);
  g_autofree char *sql = fuzz_text (data, size);
  g_autofree char *lowered = g_ascii_strdown (sql, -1);
  g_autofree char *file = NULL;
  g_autofree char *live = NULL;
  g_autofree char *live_db = NULL;
  g_autoptr (GError) error = NULL;

  if (work == NULL)
    {
      work = g_dir_make_tmp ("ethos-fuzz-restore-XXXXXX", NULL);
      make_template (now);
    }
  /* VACUUM INTO writes a file wherever it is told. */
  if (strstr (lowered, "vacuum") != NULL)
    return 0;

  file = g_build_filename (work, "backup.db", NULL);
  live = g_build_filename (work, "data", NULL);
  live_db = g_build_filename (live, "ethos.db", NULL);
  remove_tree (live);
  ethos_backup_discard (file);
  tamper (file, sql);

  if (ethos_backups_restore (live, file, now, NULL, &error))
    {
      g_autoptr (EthosStore) store = ethos_store_open_at (live, now, &error);
      g_auto (GStrv) problems = NULL;
      guint before;

      g_assert (store != NULL);
      g_assert (ethos_store_check_integrity (store, &problems, NULL));
      if (problems != NULL)
        g_error ("Restored a database that is not sound: %s", problems[0]);
      before = ethos_store_count_entries (store, -1);
      g_assert (ethos_demo_fill (store, 1, 11, NULL));
      g_assert (ethos_store_count_entries (store, -1) == before + 1);
    }
  else
    {
      /* Refused: nothing was made where the database would be. */
      g_assert (error != NULL);
      g_assert (!g_file_test (live_db, G_FILE_TEST_EXISTS));
    }
  return 0;
}
