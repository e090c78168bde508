/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-overview-rows"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "overview-test-util.h"

#include "ethos-info-row.h"
#include "ethos-entry-store.h"
#include "ethos-reminder-store.h"

/* The Overview page's other rows under Xvfb, on 23 November 2026: a body this Ethos does not
 * know, COSRT's checks besides the monthly minimum, reminders, and what other programs write
 * reaching the page. Each state is rendered to a PNG for a person to look at. */

static void
test_unknown_body (void)
{
  g_autoptr (EthosStore) other = ui_open_store (NULL, 0, 0);
  static const char *const bodies[] = { "ncps", "retired-body", NULL };

  /* A body this Ethos no longer ships: said on its rows and counted, never guessed at. */
  set_bodies (other, bodies);
  show_page (other);
  refresh (TODAY);
  g_assert_nonnull (find_label ("1 thing needs attention"));
  g_assert_nonnull (ui_find_widget (overview_window (), GTK_TYPE_LABEL, ui_label_contains,
                                 (gpointer) "Ethos could not read the rules of retired-body."));
  g_assert_cmpuint (n_labels ("retired-body"), ==, 2);
  g_assert_nonnull (ui_find_widget (overview_window (), GTK_TYPE_LABEL, ui_label_contains,
                                 (gpointer) "does not know a body “retired-body”"));
  ui_render_png (overview_window (), "overview-unknown-body.png");
}

static void
test_other_checks (void)
{
  g_autoptr (EthosStore) cosrt = ui_open_store (NULL, 0, 0);
  static const char *const bodies[] = { "cosrt", NULL };
  const struct
  {
    int minutes, group_size, client_hours;
  } sessions[] = { { 60, -1, 12 }, { 30, -1, 6 }, { 150, 3, 8 } };

  /* Working towards COSRT accreditation this month: 60 minutes (12 client hours), 30 (6 h), 150
   * in a group of 3 (8 h), which COSRT counts half. Group supervision is 46% of the 165 minutes
   * credited (COSRT allows 25%), and 165 fall short of the 260 the 26 client hours ask for: as
   * things stand both fail, and the headline says so. */
  set_bodies (cosrt, bodies);
  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    {
      g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

      entry->date = g_strdup_printf ("2026-11-0%u", i + 2);
      entry->minutes = sessions[i].minutes;
      entry->format = sessions[i].group_size > 0 ? ETHOS_SUPERVISION_FORMAT_GROUP
                                                 : ETHOS_SUPERVISION_FORMAT_INDIVIDUAL;
      entry->group_size = sessions[i].group_size;
      entry->client_minutes = sessions[i].client_hours * 60;
      g_assert_true (ethos_store_add_entry (cosrt, entry, NULL));
    }
  show_page (cosrt);
  refresh (TODAY);
  g_assert_nonnull (find_label ("2 things need attention"));
  g_assert_true (gtk_widget_has_css_class (headline (), "warning"));
  g_assert_nonnull (ui_find_label_containing (overview_window (),
                                              "COSRT: Group supervision is 46% of the credited "
                                              "time; at most 25% may be."));
  g_assert_nonnull (ui_find_widget (overview_window (), GTK_TYPE_LABEL, ui_label_contains,
                                    (gpointer) "group supervision is 46% of it (at most 25%)"));
  g_assert_nonnull (ui_find_widget (overview_window (), GTK_TYPE_LABEL, ui_label_contains,
                                    (gpointer) "260 minutes needed for the client hours recorded"));
  g_assert_cmpuint (n_icons ("dialog-warning-symbolic"), ==, 2); /* the headline's, COSRT's */
  ui_render_png (overview_window (), "overview-cosrt.png");
}

static void
test_reminders (void)
{
  g_autoptr (EthosStore) other = ui_open_store (NULL, 0, 0);
  static const char *const bodies[] = { "bacp", NULL };
  const struct
  {
    const char       *title;
    EthosReminderKind kind;
    const char       *due;
  } items[] = {
    { "Indemnity insurance", ETHOS_REMINDER_KIND_INSURANCE, "2026-11-20" },
    { "DBS recheck", ETHOS_REMINDER_KIND_DBS, "2027-05-10" },
  };

  gint64 first_id = 0;

  /* An overdue renewal needs attention and counts; the DBS recheck shows under Renewals. */
  set_bodies (other, bodies);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr (EthosReminder) reminder = ethos_reminder_new (items[i].kind);

      g_free (reminder->title);
      reminder->title = g_strdup (items[i].title);
      reminder->due = g_strdup (items[i].due);
      g_assert_true (ethos_store_add_reminder (other, reminder, NULL));
      if (first_id == 0)
        first_id = reminder->id;
    }
  show_page (other);
  refresh (TODAY);
  g_assert_nonnull (ui_find_label_containing (overview_window (), "Overdue by 3 days"));
  g_assert_nonnull (find_label ("1 thing needs action now"));
  g_assert_nonnull (find_label ("Indemnity insurance overdue by 3 days."));
  g_assert_nonnull (ui_find_label_containing (overview_window (), "Renewals"));
  g_assert_nonnull (ui_find_label_containing (overview_window (), "Due 10 May 2027"));
  /* Each opens its reminder on the Reminders page. */
  {
    GtkWidget *row = gtk_widget_get_ancestor (
      ui_find_label_containing (overview_window (), "Overdue by 3 days"), ETHOS_TYPE_INFO_ROW);
    GVariant *target;

    g_assert_nonnull (row);
    g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==,
                     "win.show-reminder");
    target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
    g_assert_nonnull (target);
    g_assert_cmpint (g_variant_get_int64 (target), ==, first_id);
  }
  ui_render_png (overview_window (), "overview-reminders.png");
}

/* Iterates the main loop until a label on screen reads @text exactly (fails after 10 s). */
static void
await_label (const char *text)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  while (find_label (text) == NULL && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
  if (find_label (text) == NULL)
    g_error ("“%s” never showed", text);
}

/* The page follows the store, and through it other programs: a reminder the CLI adds, and then
 * marks done, reaches the Overview with nothing asking it to read again. */
static void
test_follows_other_programs (void)
{
  g_autoptr (EthosStore) other = ui_open_store (NULL, 0, 0);
  static const char *const bodies[] = { "bacp", NULL };
  const char *dir = ethos_store_get_data_dir (other);
  g_autofree char *id = NULL;
  g_autofree char *done = NULL;

  set_bodies (other, bodies);
  show_page (other);
  ethos_overview_page_set_today (overview_page (), TODAY);
  ethos_store_watch_other_writers (other);
  await_label ("You’re in good standing");

  id = ui_run_cli (dir, "reminders", "add", "--title", "Indemnity insurance", "--due", "2026-11-20",
                "--kind", "insurance", NULL);
  await_label ("1 thing needs action now");
  g_assert_nonnull (find_label ("Indemnity insurance overdue by 3 days."));

  done = ui_run_cli (dir, "reminders", "done", id, "--on", "2026-11-23", NULL);
  await_label ("You’re in good standing");
  g_assert_null (find_label ("Indemnity insurance overdue by 3 days."));

  /* The window's own write reaches it at once: no main loop needed. */
  add_supervision_to (other, "2026-11-02", 90);
  g_assert_nonnull (find_label ("90 of 90 minutes credited"));
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-overview-rows-XXXXXX");

  ui_test_add ("/overview-page/unknown-body", set_up_empty_window, test_unknown_body,
               overview_forget_window);
  ui_test_add ("/overview-page/other-checks", set_up_empty_window, test_other_checks,
               overview_forget_window);
  ui_test_add ("/overview-page/reminders", set_up_empty_window, test_reminders,
               overview_forget_window);
  ui_test_add ("/overview-page/follows-other-programs", set_up_empty_window,
               test_follows_other_programs, overview_forget_window);
  return g_test_run ();
}
