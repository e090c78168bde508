/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fault-writer"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "ethos-entry-store.h"

/* fault-writer DATA_DIR TAG COUNT: a program that writes to the diary as the window does, for
 * the crash and concurrency tests. It opens the store once and adds COUNT supervision entries
 * (0: until it is killed), each linked to a clause, so that its transaction reads before it
 * writes, and with notes from a few words to several pages long. Once ethos_store_add_entry has
 * returned it prints "ID TAG-N" and flushes: a write the user was told is saved. Any failure is
 * one line on stderr and exit 1. */

int
main (int argc, char **argv)
{
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GError) error = NULL;
  guint64 count;

  if (argc != 4)
    {
      fprintf (stderr, "usage: fault-writer DATA_DIR TAG COUNT\n");
      return 2;
    }
  count = g_ascii_strtoull (argv[3], NULL, 10);

  store = ethos_store_open (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "fault-writer: %s\n", error->message);
      return 1;
    }

  for (guint64 n = 1; count == 0 || n <= count; n++)
    {
      g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
      g_autofree char *mark = g_strdup_printf ("%s-%" G_GUINT64_FORMAT, argv[2], n);
      g_autoptr (GString) notes = g_string_new (mark);

      /* Every seventh entry is longer than a page, so its transaction writes overflow pages. */
      for (guint i = 0; i < (n % 7 == 0 ? 400 : n % 5); i++)
        g_string_append (notes, " Brought a rupture and its repair; stayed curious.");
      g_free (entry->date);
      entry->date = g_strdup_printf ("2024-%02u-%02u", (guint) (n % 12) + 1, (guint) (n % 28) + 1);
      entry->minutes = 60;
      g_free (entry->supervisor);
      entry->supervisor = g_strdup_printf ("Supervisor %s", argv[2]);
      g_free (entry->notes);
      entry->notes = g_string_free (g_steal_pointer (&notes), FALSE);
      g_ptr_array_add (entry->clauses, g_strdup ("cosrt:26"));

      if (!ethos_store_add_entry (store, entry, &error))
        {
          fprintf (stderr, "fault-writer: %s: %s\n", mark, error->message);
          return 1;
        }
      printf ("%" G_GINT64_FORMAT " %s\n", entry->id, mark);
      fflush (stdout);
    }
  return 0;
}
