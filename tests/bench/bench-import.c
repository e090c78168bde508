/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-import"

#include "config.h"

#include "bench-report.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "ethos-import-store.h"
#include "ethos-import.h"
#include "ethos-table-reader.h"

/* Importing 10,000 rows of CPD from a CSV (issue 20; goal under 2 s): reading the file, mapping
 * and reading every row, looking for duplicates and writing the batch, into a new diary each
 * round. Prints "import_10000_rows p50 p95" in milliseconds. */

#define ROWS 10000

static char *
write_csv (const char *dir)
{
  g_autoptr (GString) csv = g_string_new ("My CPD log\nDate,Course / activity,Hours,Type,"
                                          "What I learned\n");
  char *path = g_build_filename (dir, "cpd.csv", NULL);
  static const char *const types[] = { "Webinar", "Reading", "Course", "Peer" };

  for (guint i = 0; i < ROWS; i++)
    g_string_append_printf (csv, "%02u/%02u/%u,\"Activity %u, part %u\",%u:%02u,%s,\"Notes\n%u\"\n",
                            i % 28 + 1, i / 28 % 12 + 1, 2000 + i / 336, i, i % 7, i % 6 + 1,
                            i % 4 * 15, types[i % 4], i);
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));
  return path;
}

int
main (int argc, char **argv)
{
  g_autoptr (GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *tmp = g_dir_make_tmp ("ethos-bench-import-XXXXXX", NULL);
  g_autofree char *csv = write_csv (tmp);
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, 1, 2030);
  for (guint round = 0; round < 5; round++)
    {
      g_autofree char *data = g_strdup_printf ("%s/data-%u", tmp, round);
      g_autoptr (EthosStore) store = ethos_store_open (data, NULL);
      g_autoptr (GError) error = NULL;
      gint64 batch = 0;
      guint added = 0, skipped, duplicates;

      TIME (samples, {
        g_autoptr (EthosTable) table = ethos_table_read_file (csv, &error);
        g_autoptr (EthosImport) import = table != NULL
                                           ? ethos_import_new (table, NULL, &today, &error)
                                           : NULL;

        if (import != NULL && ethos_store_mark_import_duplicates (store, import, &error))
          {
            ethos_import_count (import, &added, &skipped, &duplicates);
            ethos_store_import_entries (store, import, "cpd.csv", &batch, &error);
          }
      });
      if (error != NULL || added != ROWS || batch == 0)
        {
          fprintf (stderr, "bench-import: %s (%u rows added)\n",
                   error != NULL ? error->message : "not every row imported", added);
          return 1;
        }
    }
  bench_report ("import_10000_rows", samples);
  {
    const char *rm[] = { "rm", "-rf", tmp, NULL };

    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  return 0;
}
