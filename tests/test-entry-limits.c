/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-entry-limits"

#include "config.h"

#include "ethos-date.h"
#include "ethos-entry.h"
#include "ethos-limits.h"

/* The most a duration may be, which the editor and the CLI read what is typed against and the
 * store checks again: one answer, so that an entry the form takes is never refused on save. */

static EthosEntry *
cpd_over (const char *date, const char *end_date)
{
  EthosEntry *entry = ethos_entry_new (ETHOS_ENTRY_CPD);

  g_free (entry->date);
  entry->date = g_strdup (date);
  g_free (entry->end_date);
  entry->end_date = g_strdup (end_date);
  g_free (entry->title);
  entry->title = g_strdup ("A course");
  return entry;
}

static void
test_session (void)
{
  g_autoptr (EthosEntry) session = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  g_free (session->date);
  session->date = g_strdup ("2026-03-02");
  g_assert_cmpint (ethos_entry_max_minutes (session), ==, 24 * 60);
  session->minutes = 24 * 60;
  g_assert_true (ethos_entry_validate (session, NULL));
  session->minutes = 24 * 60 + 1;
  g_assert_false (ethos_entry_validate (session, NULL));

  /* Client hours: the limit the check uses, not one more. */
  session->minutes = 60;
  session->client_minutes = ETHOS_CLIENT_MINUTES_MAX;
  g_assert_true (ethos_entry_validate (session, NULL));
  session->client_minutes = ETHOS_CLIENT_MINUTES_MAX + 1;
  g_assert_false (ethos_entry_validate (session, NULL));
}

static void
test_cpd_days (void)
{
  g_autoptr (EthosEntry) one_day = cpd_over ("2026-03-02", "");
  g_autoptr (EthosEntry) three_days = cpd_over ("2026-03-02", "2026-03-04");
  g_autoptr (EthosEntry) backwards = cpd_over ("2026-03-04", "2026-03-02");
  g_autoptr (EthosEntry) unreadable = cpd_over ("2026-03-02", "4 March");
  g_autoptr (EthosEntry) months = cpd_over ("2026-03-01", "2026-05-31");

  g_assert_cmpint (ethos_entry_max_minutes (one_day), ==, 24 * 60);
  g_assert_cmpint (ethos_entry_max_minutes (three_days), ==, 3 * 24 * 60);
  /* Dates the wrong way round or unreadable allow one day; validation says why they are wrong. */
  g_assert_cmpint (ethos_entry_max_minutes (backwards), ==, 24 * 60);
  g_assert_cmpint (ethos_entry_max_minutes (unreadable), ==, 24 * 60);
  g_assert_cmpint (ethos_entry_max_minutes (months), ==, ETHOS_CPD_DAYS_MAX * 24 * 60);

  /* What the bound allows is stored; a minute more is refused. */
  three_days->minutes = ethos_entry_max_minutes (three_days);
  g_assert_true (ethos_entry_validate (three_days, NULL));
  three_days->minutes++;
  g_assert_false (ethos_entry_validate (three_days, NULL));

  /* A span longer than one entry may hold is refused whatever its hours. */
  months->minutes = 60;
  g_assert_false (ethos_entry_validate (months, NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/entry-limits/session", test_session);
  g_test_add_func ("/entry-limits/cpd-days", test_cpd_days);
  return g_test_run ();
}
