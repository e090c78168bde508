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
 * open (checks included), diary search, twelve months' totals and a write, each taken on the two
 * in turn. Prints "name p50 p95" lines in milliseconds: plain_* and encrypted_*. Usage: bench-encryption SCRATCH [ENTRIES]. */

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

/* One of the two diaries and its figures. */
typedef struct
{
  const char     *name;
  const char     *dir;
  const char     *key;
  EthosStore     *store;
  EthosBodyRules *rules;
  GArray         *open, *search, *totals, *write;
} Diary;

static void
diary_fill (Diary *diary, guint entries)
{
  g_autoptr (EthosStore) store = open_diary (diary->dir, diary->key);
  g_autoptr (GError) error = NULL;

  if (!ethos_demo_fill (store, entries, 19, &error))
    g_error ("bench-encryption: %s", error->message);
  diary->open = g_array_new (FALSE, FALSE, sizeof (double));
  diary->search = g_array_new (FALSE, FALSE, sizeof (double));
  diary->totals = g_array_new (FALSE, FALSE, sizeof (double));
  diary->write = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
diary_open (Diary *diary, gboolean keep)
{
  TIME (diary->open, diary->store = open_diary (diary->dir, diary->key));
  if (!keep)
    g_clear_object (&diary->store);
  else if ((diary->rules = ethos_store_load_first_body_rules (diary->store, NULL)) == NULL)
    diary->rules = ethos_body_rules_new_unset ();
}

static void
diary_search (Diary *diary, const char *query)
{
  g_autoptr (EthosDiaryMatches) matches = NULL;

  TIME (diary->search, matches = ethos_store_search_diary (diary->store, query,
                                                           ETHOS_DIARY_ORDER_NEWEST, 100, NULL,
                                                           NULL));
  g_assert_nonnull (matches);
}

static void
diary_totals (Diary *diary)
{
  g_autoptr (GArray) months = NULL;
  g_autoptr (GArray) periods = NULL;

  TIME (diary->totals,
        months = ethos_store_supervision_totals (diary->store, diary->rules, "2025-12", "2026-11",
                                                 NULL);
        periods = ethos_store_cpd_totals (diary->store, diary->rules, "2025-12-01", "2026-11-23",
                                          NULL));
  g_assert_nonnull (months);
  g_assert_nonnull (periods);
}

static void
diary_write (Diary *diary)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  gboolean added;

  g_free (entry->date);
  entry->date = g_strdup ("2026-11-19");
  entry->minutes = 60;
  g_free (entry->supervisor);
  entry->supervisor = g_strdup ("Dr Ann Example");
  TIME (diary->write, added = ethos_store_add_entry (diary->store, entry, NULL));
  g_assert_true (added);
}

static void
diary_report (Diary *diary)
{
  const struct { const char *what; GArray *times; } figures[] = {
    { "open", diary->open }, { "diary_search", diary->search },
    { "totals", diary->totals }, { "write", diary->write },
  };

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_autofree char *label = g_strdup_printf ("%s_%s", diary->name, figures[i].what);

      bench_report (label, figures[i].times);
      g_array_unref (figures[i].times);
    }
  g_clear_object (&diary->store);
  g_clear_pointer (&diary->rules, ethos_body_rules_free);
}

/* Each measure taken on the two diaries in turn, round after round, so that the machine's
 * noise falls on both alike (a write is under a millisecond: a burst of other work in one
 * diary's rounds was once a tenth of its figure). */
static void
measure (Diary *diaries, guint n_diaries, guint entries)
{
  for (guint d = 0; d < n_diaries; d++)
    diary_fill (&diaries[d], entries);
  for (guint round = 0; round < 6; round++)
    for (guint d = 0; d < n_diaries; d++)
      diary_open (&diaries[d], round == 5);
  for (guint round = 0; round < 4; round++)
    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      for (guint d = 0; d < n_diaries; d++)
        diary_search (&diaries[d], queries[i]);
  for (guint round = 0; round < 11; round++)
    for (guint d = 0; d < n_diaries; d++)
      diary_totals (&diaries[d]);
  for (guint round = 0; round < 51; round++)
    for (guint d = 0; d < n_diaries; d++)
      diary_write (&diaries[d]);
  for (guint d = 0; d < n_diaries; d++)
    diary_report (&diaries[d]);
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
  {
    Diary diaries[] = { { .name = "plain", .dir = plain, .key = NULL },
                        { .name = "encrypted", .dir = encrypted, .key = raw_key } };

    measure (diaries, G_N_ELEMENTS (diaries), entries);
  }
  return 0;
}
