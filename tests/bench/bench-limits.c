/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-limits"

#include "config.h"

#include "bench-report.h"
#include "case-fixture.h"

#include <stdio.h>

#include "ethos-audit-pack.h"
#include "ethos-code-store.h"
#include "ethos-entry-store.h"
#include "ethos-limits.h"

/* The largest input Ethos takes, each in a store of its own: a code at every import limit (as
 * many paragraphs as allowed, one clause as long as allowed, just under the size), imported and
 * then searched for "a", which matches a word in every clause; and the audit pack of one
 * supervision session whose note is 100,000 characters without a space. Prints "name p50 p95"
 * lines in milliseconds. Usage: bench-limits. */

static const char *const words[] = {
  "members", "must", "keep", "clients", "safe", "and", "their", "records", "confidential",
  "within", "the", "law", "at", "all", "times",
};

static GString *
code_at_the_limits (void)
{
  GString *code = g_string_new ("# A code at the limits\n\n1. ");
  GRand *rand = g_rand_new_with_seed (15);

  for (guint i = 0; i + 1 < ETHOS_CLAUSE_CHARS_MAX; i++)
    g_string_append_c (code, "abcdefghi "[i % 10]);
  g_string_append (code, "z\n\n");
  /* The other paragraphs share what is left of the size. */
  for (guint i = 2; i < ETHOS_CODE_BLOCKS_MAX; i++)
    {
      gsize end = code->len + (ETHOS_CODE_BYTES_MAX - 50000 - code->len) / (ETHOS_CODE_BLOCKS_MAX - i);

      g_string_append_printf (code, "%u.%u.", i / 1000 + 1, i % 1000);
      while (code->len < end)
        g_string_append_printf (code, " %s", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append (code, ".\n\n");
    }
  g_rand_free (rand);
  g_assert_cmpuint (code->len, <=, ETHOS_CODE_BYTES_MAX);
  return code;
}

/* A new store in a folder of its own under @top. */
static EthosStore *
open_new (const char *top, guint n)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("%u", n);
  g_autofree char *dir = g_build_filename (top, name, NULL);
  EthosStore *store = ethos_store_open (dir, &error);

  g_assert_no_error (error);
  return store;
}

int
main (int argc, char **argv)
{
  g_autoptr (GString) code = code_at_the_limits ();
  g_autoptr (GArray) import = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) search = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) pack = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosEntry) session = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autoptr (GError) error = NULL;
  g_autofree char *top = g_dir_make_tmp ("ethos-bench-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint round = 0; round < 5; round++)
    {
      g_autofree char *id = g_strdup_printf ("limits-%u", round);
      g_autofree char *imported = NULL;

      g_clear_object (&store);
      store = open_new (top, round);
      TIME (import, imported = ethos_store_import_code (store, code->str, code->len, id, NULL, NULL,
                                                        &error));
      g_assert_no_error (error);
    }
  for (guint round = 0; round < 20; round++)
    {
      g_autoptr (GPtrArray) hits = NULL;

      TIME (search, hits = ethos_store_search_clauses (store, "a", NULL, 20, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (hits->len, ==, 20);
    }

  g_clear_object (&store);
  store = open_new (top, 5);
  session->date = g_strdup ("2026-03-02");
  session->minutes = 60;
  session->notes = g_strnfill (100000, 'x');
  g_assert_true (ethos_store_add_entry (store, session, &error));
  for (guint round = 0; round < 10; round++)
    {
      g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
      guint flagged = 0;

      TIME (pack, ethos_audit_pack_write (store, "2026-03-01", "2026-03-31", "2026-04-01", FALSE,
                                          out, &flagged, &error));
      g_assert_no_error (error);
    }

  g_clear_object (&store);
  remove_tree (top);

  bench_report ("codes_import_at_limit", import);
  bench_report ("codes_search_a_at_limit", search);
  bench_report ("audit_pack_long_note", pack);
  return 0;
}
