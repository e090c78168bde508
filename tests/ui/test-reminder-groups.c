/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reminder-groups"

#include "config.h"

#include "ethos-date.h"
#include "ethos-reminder-groups.h"

/* The Reminders page's groups follow a change by the rows it touches alone: a reminder marked
 * done or snoozed moves one row between two groups and leaves every other row as it was. */

static const EthosReminderStatus shown[] = {
  ETHOS_REMINDER_STATUS_OVERDUE, ETHOS_REMINDER_STATUS_DUE_SOON, ETHOS_REMINDER_STATUS_UPCOMING,
  ETHOS_REMINDER_STATUS_SNOOZED, ETHOS_REMINDER_STATUS_DONE,
};

typedef struct
{
  GString *said; /* "group position removed added", one a line */
} Log;

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, gpointer data)
{
  Log *log = g_object_get_data (G_OBJECT (model), "log");
  guint group = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (model), "group"));

  g_string_append_printf (log->said, "%u %u %u %u\n", group, position, removed, added);
}

static EthosReminder *
reminder (gint64 id, const char *title, const char *due)
{
  EthosReminder *reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_INSURANCE);

  reminder->id = id;
  g_free (reminder->title);
  reminder->title = g_strdup (title);
  g_free (reminder->due);
  reminder->due = g_strdup (due);
  return reminder;
}

/* What the store would read: a fresh copy of each, in order. */
static GPtrArray *
read_again (EthosReminder **list, guint n)
{
  GPtrArray *copies = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (copies, ethos_reminder_copy (list[i]));
  return copies;
}

static char *
titles (EthosReminderGroups *groups, EthosReminderStatus status)
{
  GListModel *model = ethos_reminder_groups_get_group (groups, status);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (EthosReminder) item = g_list_model_get_item (model, i);

      g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", item->title);
    }
  return g_string_free (text, FALSE);
}

static void
assert_titles (EthosReminderGroups *groups, EthosReminderStatus status, const char *expected)
{
  g_autofree char *text = titles (groups, status);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_moves_only_what_changed (void)
{
  g_autoptr (EthosReminderGroups) groups = ethos_reminder_groups_new ();
  EthosReminder *list[6];
  Log log = { g_string_new (NULL) };
  g_autoptr (GPtrArray) read = NULL;
  g_autoptr (GDate) today = g_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  g_autoptr (GDate) tomorrow = g_date_new_dmy (2, G_DATE_DECEMBER, 2026);
  g_autoptr (EthosReminder) kept = NULL;
  g_autoptr (EthosReminder) again = NULL;

  list[0] = reminder (1, "Insurance", "2026-11-20");   /* overdue */
  list[1] = reminder (2, "DBS", "2026-11-28");         /* overdue */
  list[2] = reminder (3, "ICO fee", "2026-12-10");     /* due soon */
  list[3] = reminder (4, "Membership", "2027-03-01");  /* later */
  list[4] = reminder (5, "Accreditation", "2027-06-01");
  list[5] = reminder (6, "Tax return", "2027-09-01");
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      GListModel *model = ethos_reminder_groups_get_group (groups, shown[i]);

      g_object_set_data (G_OBJECT (model), "log", &log);
      g_object_set_data (G_OBJECT (model), "group", GUINT_TO_POINTER (i));
      g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), NULL);
    }
  /* Due today is shown with due soon. */
  g_assert_true (ethos_reminder_groups_get_group (groups, ETHOS_REMINDER_STATUS_DUE_TODAY)
                 == ethos_reminder_groups_get_group (groups, ETHOS_REMINDER_STATUS_DUE_SOON));

  read = read_again (list, G_N_ELEMENTS (list));
  ethos_reminder_groups_update (groups, read, today);
  assert_titles (groups, ETHOS_REMINDER_STATUS_OVERDUE, "Insurance, DBS");
  assert_titles (groups, ETHOS_REMINDER_STATUS_DUE_SOON, "ICO fee");
  assert_titles (groups, ETHOS_REMINDER_STATUS_UPCOMING, "Membership, Accreditation, Tax return");
  kept = g_list_model_get_item (ethos_reminder_groups_get_group (groups,
                                                                 ETHOS_REMINDER_STATUS_UPCOMING),
                                1);

  /* The same reminders read again: nothing is said. */
  g_string_truncate (log.said, 0);
  g_clear_pointer (&read, g_ptr_array_unref);
  read = read_again (list, G_N_ELEMENTS (list));
  ethos_reminder_groups_update (groups, read, today);
  g_assert_cmpstr (log.said->str, ==, "");

  /* The DBS recheck snoozed: one row out of Overdue, one into Snoozed. */
  list[1]->snoozed_until = g_strdup ("2026-12-03");
  g_clear_pointer (&read, g_ptr_array_unref);
  read = read_again (list, G_N_ELEMENTS (list));
  ethos_reminder_groups_update (groups, read, today);
  g_assert_cmpstr (log.said->str, ==, "0 1 1 0\n3 0 0 1\n");
  assert_titles (groups, ETHOS_REMINDER_STATUS_SNOOZED, "DBS");

  /* The membership renamed: its row alone is made again; the accreditation's is the same. */
  g_string_truncate (log.said, 0);
  g_free (list[3]->title);
  list[3]->title = g_strdup ("BACP membership");
  g_clear_pointer (&read, g_ptr_array_unref);
  read = read_again (list, G_N_ELEMENTS (list));
  ethos_reminder_groups_update (groups, read, today);
  g_assert_cmpstr (log.said->str, ==, "2 0 1 1\n");
  again = g_list_model_get_item (ethos_reminder_groups_get_group (groups,
                                                                  ETHOS_REMINDER_STATUS_UPCOMING),
                                 1);
  g_assert_true (again == kept);

  /* Tomorrow the ICO fee is a day nearer: its row says so, and only rows that read differently
   * change ("overdue by 12 days" is now 13, so the overdue insurance is made again too). */
  g_string_truncate (log.said, 0);
  g_clear_pointer (&read, g_ptr_array_unref);
  read = read_again (list, G_N_ELEMENTS (list));
  ethos_reminder_groups_update (groups, read, tomorrow);
  g_assert_true (g_strstr_len (log.said->str, -1, "1 0 1 1\n") != NULL);
  g_assert_true (g_strstr_len (log.said->str, -1, "0 0 1 1\n") != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (list); i++)
    g_object_unref (list[i]);
  g_string_free (log.said, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reminder-groups/moves-only-what-changed", test_moves_only_what_changed);
  return g_test_run ();
}
