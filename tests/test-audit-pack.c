/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-audit-pack"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "case-fixture.h"
#include "ethos-audit-pack.h"
#include "ethos-entry-store.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"

/* The audit pack judges each month as the Overview does: a month not over on the day the pack
 * is made is "in progress", never "not met" (it said "not met" of a month with 26 days to go),
 * and a month that is over and short is "not met". */

static void
add_session (EthosStore *store, const char *date, int minutes)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autoptr (GError) error = NULL;

  entry->date = g_strdup (date);
  entry->minutes = minutes;
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
}

static void
test_months_as_the_overview_judges_them (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  g_autoptr (GError) error = NULL;
  g_autofree char *pdf = case_path (&fixture->base, "pack.pdf");
  g_autoptr (GPtrArray) memberships = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_membership_free);
  EthosMembership *bacp = g_new0 (EthosMembership, 1);
  g_autoptr (GFile) file = g_file_new_for_path (pdf);
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autofree char *text = NULL;
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  guint flagged = 0;
  int status = 0;

  bacp->body_id = g_strdup ("bacp");
  g_ptr_array_add (memberships, bacp);
  g_assert_true (ethos_store_set_memberships (store, memberships, &error));
  /* BACP's 1.5 hours a month bind an accredited member. */
  g_assert_true (ethos_store_set_membership_class (store, "bacp", "accredited", &error));
  add_session (store, "2026-10-06", 90);
  add_session (store, "2026-11-03", 60);
  add_session (store, "2026-12-02", 60);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ethos_audit_pack_write (store, "2026-10-01", "2026-12-31", "2026-12-05",
                                         G_OUTPUT_STREAM (stream), &flagged, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error));

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (g_regex_match_simple ("October 2026 +1 +90 +90 +90 met", text, 0, 0) ? text : NULL);
  /* The pack says whom the rules were read for, each rule in words and where it comes from. */
  g_assert_nonnull (strstr (text, "Membership class: Accredited member"));
  g_assert_nonnull (strstr (text, "At least 90 minutes of supervision credited in each calendar"));
  g_assert_nonnull (strstr (text, "https://www.bacp.co.uk/supervision/"));
  g_assert_nonnull (g_regex_match_simple ("every 8 client hours: BACP sets this for\\s+Student, "
                                          "not for your class",
                                          text, 0, 0) ? text : NULL);
  g_assert_nonnull (g_regex_match_simple ("November 2026 +1 +60 +60 +90 not met", text, 0, 0) ? text : NULL);
  g_assert_nonnull (g_regex_match_simple ("December 2026 +1 +60 +60 +90 in progress", text, 0, 0) ? text : NULL);
}

int
main (int argc, char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);
  STORE_TEST ("/audit-pack/months-as-the-overview-judges-them",
              test_months_as_the_overview_judges_them);
  return g_test_run ();
}
