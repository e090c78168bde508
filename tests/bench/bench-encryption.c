/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-encryption"

#include "config.h"

#include "bench-report.h"

#include <stdio.h>

#include "ethos-demo.h"
#include "ethos-entry-search.h"
#include "ethos-entry-store.h"
#include "ethos-rules-store.h"
#include "ethos-totals-store.h"

/* Encrypted against plain (issue 19): the same demo diary made twice in SCRATCH, once plain and
 * once encrypted with a raw 256-bit key (as a key from the keyring will be), then for each the
 * open (checks included), diary search, twelve months' totals and a write. Prints "name p50 p95"
 * lines in milliseconds: plain_* and encrypted_*. Usage: bench-encryption SCRATCH [ENTRIES]. */

static const char raw_key[] =
  "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'";

static const char *const queries[] = {
  "ending", "shame", "rupture repair", "supervisor", "contract", "boundaries", "grief",
  "safeguarding", "fees", "online work", "countertransf", "tiredness", "referral", "silence",
};

static EthosStore *
open_diary (const char *dir, const char *key)
{
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 11, 20, 9, 0, 0);
  EthosStoreOpenOptions options = { .flags = ETHOS_STORE_OPEN_DEFAULT, .key = key };
  g_autoptr (GError) error = NULL;
  EthosStore *store = ethos_store_open_with_options (dir, now, &options, &error);

  if (store == NULL)
    g_error ("bench-encryption: %s", error->message);
  return store;
}

static void
measure (const char *name, const char *dir, const char *key, guint entries)
{
  g_autoptr (GArray) open = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) search = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) write = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (EthosStore) store = open_diary (dir, key);
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *label = NULL;

  if (!ethos_demo_fill (store, entries, 19, &error))
    g_error ("bench-encryption: %s", error->message);
  g_clear_object (&store);

  for (guint round = 0; round < 6; round++)
    {
      TIME (open, store = open_diary (dir, key));
      if (round < 5)
        g_clear_object (&store);
    }
  rules = ethos_store_load_first_body_rules (store, NULL);
  if (rules == NULL)
    rules = ethos_body_rules_new_unset ();

  for (guint round = 0; round < 4; round++)
    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        g_autoptr (EthosDiaryMatches) matches = NULL;

        TIME (search, matches = ethos_store_search_diary (store, queries[i],
                                                          ETHOS_DIARY_ORDER_NEWEST, 100, NULL,
                                                          NULL));
        g_assert_nonnull (matches);
      }
  for (guint round = 0; round < 11; round++)
    {
      g_autoptr (GArray) months = NULL;
      g_autoptr (GArray) periods = NULL;

      TIME (totals, months = ethos_store_supervision_totals (store, rules, "2025-12", "2026-11", NULL);
            periods = ethos_store_cpd_totals (store, rules, "2025-12-01", "2026-11-23", NULL));
      g_assert_nonnull (months);
      g_assert_nonnull (periods);
    }
  for (guint round = 0; round < 21; round++)
    {
      g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
      gboolean added;

      g_free (entry->date);
      entry->date = g_strdup ("2026-11-19");
      entry->minutes = 60;
      g_free (entry->supervisor);
      entry->supervisor = g_strdup ("Dr Ann Example");
      TIME (write, added = ethos_store_add_entry (store, entry, NULL));
      g_assert_true (added);
    }

  label = g_strdup_printf ("%s_open", name);
  bench_report (label, open);
  g_free (label);
  label = g_strdup_printf ("%s_diary_search", name);
  bench_report (label, search);
  g_free (label);
  label = g_strdup_printf ("%s_totals", name);
  bench_report (label, totals);
  g_free (label);
  label = g_strdup_printf ("%s_write", name);
  bench_report (label, write);
}

int
main (int argc, char **argv)
{
  g_autofree char *plain = NULL;
  g_autofree char *encrypted = NULL;
  guint entries = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 100000;

  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-encryption SCRATCH [ENTRIES]\n");
      return 2;
    }
  if (ethos_store_get_encryption_library () == NULL)
    {
      fprintf (stderr, "bench-encryption: this Ethos was built without encryption\n");
      return 77;
    }
  plain = g_build_filename (argv[1], "plain", NULL);
  encrypted = g_build_filename (argv[1], "encrypted", NULL);
  measure ("plain", plain, NULL, entries);
  measure ("encrypted", encrypted, raw_key, entries);
  return 0;
}
