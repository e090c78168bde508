/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-read-errors"

#include "config.h"

#include "ui-test-util.h"

#include "ethos-event-dialog.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-store.h"
#include "ethos-standard-dialog.h"

/* A dialog that cannot read what it needs says so in the dialog, and adds nothing: the
 * practitioner's bodies (which decide the deadlines an event sets and the codes' own reminders)
 * are made unreadable under it, as a damaged file or another program would. */

static EthosStore *store;

static void
set_up (void)
{
  g_autoptr (GPtrArray) memberships = g_ptr_array_new ();
  EthosMembership bacp = { (char *) "bacp", NULL };

  store = ui_open_store (NULL, 0, 0);
  g_ptr_array_add (memberships, &bacp);
  g_assert_true (ethos_store_set_memberships (store, memberships, NULL));
  ui_store_exec (store, "DROP TABLE profile_bodies");
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

static guint
n_reminders (void)
{
  g_autoptr (GPtrArray) reminders = ethos_store_list_reminders (store, TRUE, NULL);

  g_assert_nonnull (reminders);
  return reminders->len;
}

/* Standard Reminders: without the bodies, the codes' own reminders would be left out; the dialog
 * says why and cannot add. */
static void
test_standard_dialog (void)
{
  EthosStandardDialog *dialog = ETHOS_STANDARD_DIALOG (
    ethos_standard_dialog_new (store, NULL, "2026-11-23"));
  guint before = n_reminders ();

  gtk_window_present (GTK_WINDOW (dialog));
  ethos_standard_dialog_fill (dialog, "2024-05-10", "2027-01-15", NULL, NULL, NULL);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (dialog), "Could not read your professional bodies"));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog), "no such table"));
  g_assert_cmpint (ethos_standard_dialog_add (dialog), ==, -1);
  g_assert_cmpuint (n_reminders (), ==, before);
}

/* Record an Event: the deadlines cannot be worked out, which is said where they would be shown
 * (not "none of your bodies sets a deadline"), and nothing is recorded. */
static void
test_event_dialog (void)
{
  EthosEventDialog *dialog = ETHOS_EVENT_DIALOG (ethos_event_dialog_new (store, NULL));
  guint before = n_reminders ();

  gtk_window_present (GTK_WINDOW (dialog));
  ethos_event_dialog_fill (dialog, 0, "2026-11-20");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (dialog), "Could not read your professional bodies"));
  g_assert_null (ui_find_label_containing (GTK_WIDGET (dialog), "sets a deadline"));
  g_assert_false (ethos_event_dialog_record (dialog));
  g_assert_cmpuint (n_reminders (), ==, before);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-read-errors-XXXXXX");

  ui_test_add ("/read-errors/standard-dialog", set_up, test_standard_dialog, tear_down);
  ui_test_add ("/read-errors/event-dialog", set_up, test_event_dialog, tear_down);
  return g_test_run ();
}
