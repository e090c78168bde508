/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-diary-model"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "case-fixture.h"
#include "ethos-diary-model.h"
#include "ethos-entry-store.h"

/* The diary as a list model follows each write with the fewest rows changed: one entry added,
 * edited or removed is one row gone, come, moved or redrawn, so that a list view keeps its place
 * and its other rows; and after every write the model holds exactly what the diary holds. */

/* A view's copy of the model: the ids it shows, kept up to date from items-changed alone, as a
 * list view keeps its rows. */
typedef struct
{
  EthosDiaryModel *model;
  int              kind;
  const char      *from;
  const char      *to;
  GArray          *ids;
  guint            signals;
  guint            most_removed;
  guint            most_added;
} View;

static gint64
id_at (GListModel *model, guint position)
{
  g_autoptr (EthosEntry) entry = g_list_model_get_item (model, position);

  g_assert_nonnull (entry);
  return entry->id;
}

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, View *view)
{
  g_assert_cmpuint (position + removed, <=, view->ids->len);
  g_array_remove_range (view->ids, position, removed);
  for (guint i = 0; i < added; i++)
    {
      gint64 id = id_at (model, position + i);

      g_array_insert_val (view->ids, position + i, id);
    }
  view->signals++;
  view->most_removed = MAX (view->most_removed, removed);
  view->most_added = MAX (view->most_added, added);
}

static void
view_init (View *view, EthosStore *store, int kind, const char *from, const char *to)
{
  view->model = ethos_diary_model_new (store, kind);
  view->kind = kind;
  view->from = from;
  view->to = to;
  if (from != NULL || to != NULL)
    ethos_diary_model_set_range (view->model, from, to);
  view->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (view->model)); i++)
    {
      gint64 id = id_at (G_LIST_MODEL (view->model), i);

      g_array_append_val (view->ids, id);
    }
  g_signal_connect (view->model, "items-changed", G_CALLBACK (on_items_changed), view);
}

static void
view_clear (View *view)
{
  g_clear_object (&view->model);
  g_clear_pointer (&view->ids, g_array_unref);
}

/* The view's rows, the model read afresh and the diary all agree, newest first. */
static void
assert_view_matches (View *view, EthosStore *store)
{
  g_autoptr (GPtrArray) oldest_first = ethos_store_list_entries (store, view->kind, view->from,
                                                                 view->to, FALSE, NULL);
  GListModel *model = G_LIST_MODEL (view->model);

  g_assert_nonnull (oldest_first);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, oldest_first->len);
  g_assert_cmpuint (view->ids->len, ==, oldest_first->len);
  for (guint i = 0; i < oldest_first->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (oldest_first, oldest_first->len - 1 - i);

      g_assert_cmpint (g_array_index (view->ids, gint64, i), ==, entry->id);
      g_assert_cmpint (id_at (model, i), ==, entry->id);
    }
}

static EthosEntry *
entry_on (EthosEntryKind kind, const char *date)
{
  EthosEntry *entry = ethos_entry_new (kind);

  g_free (entry->date);
  entry->date = g_strdup (date);
  entry->minutes = 60;
  if (kind == ETHOS_ENTRY_CPD)
    {
      g_free (entry->title);
      entry->title = g_strdup ("Reading on attachment");
    }
  return entry;
}

static void
diary_setup (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2024);

  store_fixture_setup (fixture, data);
  /* 400 entries over about two years, more than three of the model's pages, some days with
   * two, so that ties on the date are ordered by id. */
  for (guint i = 0; i < 400; i++)
    {
      char iso[11];

      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);
      g_ptr_array_add (entries, entry_on (i % 3 == 0 ? ETHOS_ENTRY_CPD : ETHOS_ENTRY_SUPERVISION,
                                          iso));
      if (i % 4 != 0)
        g_date_add_days (date, 2);
    }
  g_assert_true (ethos_store_add_entries (fixture->store, entries, &error));
  g_assert_no_error (error);
}

typedef void (*Write) (EthosStore *store, gpointer data);

/* Runs @write, then checks that each view is the diary again, and, for a write of one entry,
 * that it got there by one row or two (one gone and one come), never by a reload. */
static void
check_write (View *views, guint n_views, EthosStore *store, gboolean one_entry)
{
  for (guint i = 0; i < n_views; i++)
    {
      assert_view_matches (&views[i], store);
      if (one_entry)
        {
          g_assert_cmpuint (views[i].signals, <=, 2);
          g_assert_cmpuint (views[i].most_removed, <=, 1);
          g_assert_cmpuint (views[i].most_added, <=, 1);
        }
      views[i].signals = views[i].most_removed = views[i].most_added = 0;
    }
}

static void
test_one_entry_writes (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  View views[3] = { { 0 } };
  g_autoptr (EthosEntry) newest = entry_on (ETHOS_ENTRY_SUPERVISION, "2026-01-01");
  g_autoptr (EthosEntry) middle = entry_on (ETHOS_ENTRY_CPD, "2024-09-15");
  g_autoptr (EthosEntry) old = entry_on (ETHOS_ENTRY_SUPERVISION, "2023-06-01");
  g_autoptr (GError) error = NULL;
  EthosEntry *tied;

  view_init (&views[0], store, -1, NULL, NULL);
  view_init (&views[1], store, ETHOS_ENTRY_CPD, NULL, NULL);
  view_init (&views[2], store, ETHOS_ENTRY_SUPERVISION, "2024-06-01", "2024-12-31");
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_assert_cmpuint (views[i].ids->len, >, 20);

  /* Added at the top, in the middle (past the first page), and before them all. */
  g_assert_true (ethos_store_add_entry (store, newest, &error));
  check_write (views, G_N_ELEMENTS (views), store, TRUE);
  g_assert_cmpint (g_array_index (views[0].ids, gint64, 0), ==, newest->id);
  g_assert_true (ethos_store_add_entry (store, middle, &error));
  check_write (views, G_N_ELEMENTS (views), store, TRUE);
  g_assert_true (ethos_store_add_entry (store, old, &error));
  check_write (views, G_N_ELEMENTS (views), store, TRUE);
  g_assert_cmpint (g_array_index (views[0].ids, gint64, views[0].ids->len - 1), ==, old->id);

  /* One more on a day that has entries: after them, as the newest of its day. */
  tied = entry_on (ETHOS_ENTRY_SUPERVISION, "2024-09-15");
  g_assert_true (ethos_store_add_entry (store, tied, &error));
  check_write (views, G_N_ELEMENTS (views), store, TRUE);
  g_clear_object (&tied);

  /* Edited in place: its row alone is redrawn, where it was. */
  views[0].signals = 0;
  middle->minutes = 90;
  g_assert_true (ethos_store_update_entry (store, middle, &error));
  g_assert_cmpuint (views[0].signals, ==, 1);
  check_write (views, G_N_ELEMENTS (views), store, TRUE);

  /* Moved to another date: out of the range's view, up in the others. */
  g_free (middle->date);
  middle->date = g_strdup ("2025-11-30");
  g_assert_true (ethos_store_update_entry (store, middle, &error));
  check_write (views, G_N_ELEMENTS (views), store, TRUE);
  g_free (old->date);
  old->date = g_strdup ("2024-07-04");
  g_assert_true (ethos_store_update_entry (store, old, &error));
  check_write (views, G_N_ELEMENTS (views), store, TRUE);

  /* Removed: from the middle, and from the top. */
  g_assert_true (ethos_store_delete_entry (store, old->id, &error));
  check_write (views, G_N_ELEMENTS (views), store, TRUE);
  g_assert_true (ethos_store_delete_entry (store, newest->id, &error));
  check_write (views, G_N_ELEMENTS (views), store, TRUE);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    view_clear (&views[i]);
}

/* Many entries at once (an import) or a refused write: the model is still the diary. */
static void
test_many_and_refused (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  View view = { 0 };
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (EthosEntry) bad = entry_on (ETHOS_ENTRY_SUPERVISION, "2024-02-30");
  g_autoptr (GError) error = NULL;

  view_init (&view, store, -1, NULL, NULL);
  g_ptr_array_add (entries, entry_on (ETHOS_ENTRY_CPD, "2024-03-03"));
  g_ptr_array_add (entries, entry_on (ETHOS_ENTRY_SUPERVISION, "2025-10-10"));
  g_ptr_array_add (entries, entry_on (ETHOS_ENTRY_SUPERVISION, "2022-01-01"));
  g_assert_true (ethos_store_add_entries (store, entries, &error));
  g_assert_no_error (error);
  check_write (&view, 1, store, FALSE);

  g_assert_false (ethos_store_add_entry (store, bad, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (view.signals, ==, 0);
  check_write (&view, 1, store, TRUE);
  view_clear (&view);
}

/* What the Diary's list asks of the model besides its rows: which row starts a month (its
 * heading shows above it), where an entry is (the open one, selected), and where a day is (Go
 * to Date), each against the diary read oldest first. */
static void
test_months_and_places (StoreFixture *fixture, gconstpointer data)
{
  EthosStore *store = fixture->store;
  static const char *const days[] = { "2024-03-15", "2024-03-16", "2025-01-01", "2025-12-31" };
  struct
  {
    int         kind;
    const char *from;
    const char *to;
  } views[] = {
    { -1, NULL, NULL },
    { ETHOS_ENTRY_CPD, NULL, NULL },
    { ETHOS_ENTRY_SUPERVISION, "2024-06-01", "2024-12-31" },
  };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr (EthosDiaryModel) model = ethos_diary_model_new (store, views[v].kind);
      g_autoptr (GPtrArray) oldest_first = NULL;
      g_autoptr (EthosEntry) other_kind = entry_on (ETHOS_ENTRY_CPD, "2024-07-01");
      g_autoptr (GError) error = NULL;
      guint n, position = 0;

      ethos_diary_model_set_range (model, views[v].from, views[v].to);
      oldest_first = ethos_store_list_entries (store, views[v].kind, views[v].from, views[v].to,
                                               FALSE, NULL);
      n = oldest_first->len;
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
      for (guint i = 0; i < n; i++)
        {
          EthosEntry *entry = g_ptr_array_index (oldest_first, n - 1 - i);
          EthosEntry *above = i > 0 ? g_ptr_array_index (oldest_first, n - i) : NULL;
          gboolean first = above == NULL || strncmp (above->date, entry->date, 7) != 0;

          g_assert_cmpint (ethos_diary_model_starts_month (model, i), ==, first);
          g_assert_true (ethos_diary_model_find (model, entry, &position));
          g_assert_cmpuint (position, ==, i);
        }
      g_assert_false (ethos_diary_model_starts_month (model, n));

      /* Not shown by this view: not found, not a row that happens to be at its place. */
      other_kind->id = ((EthosEntry *) g_ptr_array_index (oldest_first, 0))->id;
      other_kind->kind = views[v].kind == ETHOS_ENTRY_CPD ? ETHOS_ENTRY_SUPERVISION
                                                           : ETHOS_ENTRY_CPD;
      if (views[v].kind >= 0)
        g_assert_false (ethos_diary_model_find (model, other_kind, &position));

      /* A day: the newest entry on it or before it; before them all, the oldest. */
      for (guint d = 0; d < G_N_ELEMENTS (days); d++)
        {
          guint expected = n - 1;

          for (guint i = 0; i < n; i++)
            if (strcmp (((EthosEntry *) g_ptr_array_index (oldest_first, n - 1 - i))->date,
                        days[d]) <= 0)
              {
                expected = i;
                break;
              }
          g_assert_true (ethos_diary_model_find_date (model, days[d], &position, &error));
          g_assert_no_error (error);
          g_assert_cmpuint (position, ==, expected);
        }
      g_assert_true (ethos_diary_model_find_date (model, "2030-01-01", &position, NULL));
      g_assert_cmpuint (position, ==, 0);
      g_assert_true (ethos_diary_model_find_date (model, "1990-01-01", &position, NULL));
      g_assert_cmpuint (position, ==, n - 1);
      g_assert_cmpint (ethos_diary_model_covers (model, "2024-05-31"), ==, views[v].from == NULL);
      g_assert_true (ethos_diary_model_covers (model, "2024-06-01"));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  STORE_TEST_WITH ("/diary-model/one-entry-writes", diary_setup, test_one_entry_writes);
  STORE_TEST_WITH ("/diary-model/many-and-refused", diary_setup, test_many_and_refused);
  STORE_TEST_WITH ("/diary-model/months-and-places", diary_setup, test_months_and_places);
  return g_test_run ();
}
