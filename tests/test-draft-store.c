/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-draft-store"

#include "config.h"

#include "case-fixture.h"
#include "ethos-draft-store.h"
#include "ethos-entry-store.h"

/* Drafts in the store: any text typed survives as it was; one draft at most changes an entry;
 * an entry written from a draft takes its place in one go; a draft is never counted. */

static void
test_text_as_typed (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosDraft) draft = ethos_draft_new (ETHOS_ENTRY_CPD, 0);
  g_autoptr (GPtrArray) drafts = NULL;
  EthosDraft *back;
  const char *odd = "it's \"quoted\", {'braced': 1}, a\ttab,\nnew line, ünïcödé, \\ and ''";

  ethos_draft_set (draft, "title", odd);
  ethos_draft_set (draft, "hours", "1:75");
  draft->problem = g_strdup ("“1:75” is not a number of hours");
  g_assert_true (ethos_store_keep_draft (fixture->store, draft, NULL));
  g_assert_cmpint (draft->id, >, 0);

  drafts = ethos_store_list_drafts (fixture->store, NULL);
  g_assert_cmpuint (drafts->len, ==, 1);
  back = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (ethos_draft_get (back, "title"), ==, odd);
  g_assert_cmpstr (ethos_draft_get (back, "hours"), ==, "1:75");
  g_assert_cmpstr (ethos_draft_get (back, "never typed"), ==, "");
  g_assert_cmpstr (back->problem, ==, "“1:75” is not a number of hours");
  g_assert_cmpint (back->kind, ==, ETHOS_ENTRY_CPD);
  /* Never an entry. */
  g_assert_cmpuint (ethos_store_count_entries (fixture->store, -1), ==, 0);
}

static void
test_becomes_an_entry (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosDraft) draft = ethos_draft_new (ETHOS_ENTRY_CPD, 0);
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_CPD);
  g_autoptr (EthosEntry) bad = NULL;
  g_autoptr (GPtrArray) left = NULL;

  ethos_draft_set (draft, "title", "Ethics day");
  g_assert_true (ethos_store_keep_draft (fixture->store, draft, NULL));
  g_free (entry->date);
  entry->date = g_strdup ("2026-11-02");
  g_free (entry->title);
  entry->title = g_strdup ("Ethics day");
  entry->minutes = 360;

  /* A write that fails leaves the draft. */
  bad = ethos_entry_copy (entry);
  bad->minutes = 0;
  g_assert_false (ethos_store_save_drafted_entry (fixture->store, bad, draft->id, NULL));
  left = ethos_store_list_drafts (fixture->store, NULL);
  g_assert_cmpuint (left->len, ==, 1);
  g_clear_pointer (&left, g_ptr_array_unref);

  g_assert_true (ethos_store_save_drafted_entry (fixture->store, entry, draft->id, NULL));
  g_assert_cmpint (entry->id, >, 0);
  left = ethos_store_list_drafts (fixture->store, NULL);
  g_assert_cmpuint (left->len, ==, 0);
  g_assert_cmpuint (ethos_store_count_entries (fixture->store, ETHOS_ENTRY_CPD), ==, 1);
}

/* Changes to an entry: one draft each, found by the entry, gone with it. */
static void
test_changes_to_an_entry (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autoptr (EthosDraft) first = NULL;
  g_autoptr (EthosDraft) second = NULL;
  g_autoptr (EthosDraft) found = NULL;
  g_autoptr (EthosDraft) gone = NULL;
  g_autoptr (GPtrArray) drafts = NULL;
  g_autoptr (GError) error = NULL;

  g_free (entry->date);
  entry->date = g_strdup ("2026-11-18");
  entry->minutes = 90;
  g_free (entry->supervisor);
  entry->supervisor = g_strdup ("Dr Ann Example");
  g_assert_true (ethos_store_add_entry (fixture->store, entry, NULL));

  first = ethos_draft_new (ETHOS_ENTRY_SUPERVISION, entry->id);
  ethos_draft_set (first, "minutes", "lots");
  g_assert_true (ethos_store_keep_draft (fixture->store, first, NULL));
  second = ethos_draft_new (ETHOS_ENTRY_SUPERVISION, entry->id);
  ethos_draft_set (second, "minutes", "ninety");
  g_assert_true (ethos_store_keep_draft (fixture->store, second, NULL));
  drafts = ethos_store_list_drafts (fixture->store, NULL);
  g_assert_cmpuint (drafts->len, ==, 1);
  found = ethos_store_get_draft_for_entry (fixture->store, entry->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ethos_draft_get (found, "minutes"), ==, "ninety");

  g_assert_true (ethos_store_delete_entry (fixture->store, entry->id, NULL));
  gone = ethos_store_get_draft_for_entry (fixture->store, entry->id, &error);
  g_assert_no_error (error);
  g_assert_null (gone);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  STORE_TEST ("/draft-store/text-as-typed", test_text_as_typed);
  STORE_TEST ("/draft-store/becomes-an-entry", test_becomes_an_entry);
  STORE_TEST ("/draft-store/changes-to-an-entry", test_changes_to_an_entry);

  return g_test_run ();
}
