/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-preferences-window"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>

#include "ethos-backup-store.h"
#include "ethos-entry-store.h"
#include "ethos-preferences-window.h"
#include "ethos-window.h"

/* Preferences → Backups: the backups listed newest first with what made them; Back Up Now adds
 * one; restoring one brings the records back (the window shows them) and keeps what was there
 * as a backup; a file that is not an Ethos backup is refused and nothing changes. */

static EthosStore *store;
static EthosWindow *window;

static void
add_session (const char *date)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  g_free (entry->date);
  entry->date = g_strdup (date);
  entry->minutes = 60;
  g_assert_true (ethos_store_add_entry (store, entry, NULL));
}

static guint
n_rows (EthosPreferencesWindow *preferences)
{
  GtkWidget *list = ui_find_widget (GTK_WIDGET (preferences), GTK_TYPE_LIST_BOX, NULL, NULL);
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

static EthosPreferencesWindow *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ETHOS_IS_PREFERENCES_WINDOW (toplevel))
        return ETHOS_PREFERENCES_WINDOW (toplevel);
    }
  return NULL;
}

static gboolean
is_back_up_now (GtkWidget *widget, gpointer data)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Back Up Now") == 0;
}

static void
test_backups (void)
{
  g_autoptr (GDateTime) then = g_date_time_new_local (2026, 11, 20, 9, 15, 0);
  g_autofree char *manual = NULL;
  g_autofree char *text_file = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  EthosPreferencesWindow *preferences;
  GtkWidget *back_up;
  guint rows;

  add_session ("2026-11-02");
  manual = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, then, &error);
  g_assert_no_error (error);
  add_session ("2026-11-16");
  g_assert_cmpuint (ethos_store_count_entries (store, -1), ==, 2);

  /* As the main menu opens it (Ctrl+,). */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  ui_wait_ms (300);
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences), "Friday 20 November 2026, 09:15"));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences), "Made by you"));
  rows = n_rows (preferences);
  before = ethos_backups_list (ethos_store_get_data_dir (store), NULL);
  g_assert_cmpuint (rows, ==, before->len);
  ui_render_png (GTK_WIDGET (preferences), "preferences-backups.png");

  back_up = ui_find_widget (GTK_WIDGET (preferences), GTK_TYPE_BUTTON, is_back_up_now, NULL);
  g_assert_nonnull (back_up);
  g_signal_emit_by_name (back_up, "clicked");
  ui_wait_ms (100);
  g_assert_cmpuint (n_rows (preferences), ==, rows + 1);

  /* Not a backup: refused, the records as they were. */
  text_file = g_build_filename (ethos_store_get_data_dir (store), "notes.txt", NULL);
  g_assert_true (g_file_set_contents (text_file, "my notes, not a database\n", -1, NULL));
  g_assert_false (ethos_preferences_window_restore (preferences, text_file, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (ethos_store_count_entries (store, -1), ==, 2);

  /* The backup of the 20th: one session again, and the window's Diary says so. */
  g_assert_true (ethos_preferences_window_restore (preferences, manual, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ethos_store_count_entries (store, -1), ==, 1);
  ui_wait_ms (200);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  ui_wait_ms (200);
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (window), "2 Nov 2026"));
  g_assert_null (ui_find_label_containing (GTK_WIDGET (window), "16 Nov 2026"));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences), "Before a restore"));
  after = ethos_backups_list (ethos_store_get_data_dir (store), NULL);
  g_assert_cmpuint (after->len, ==, before->len + 2);

  gtk_window_set_default_size (GTK_WINDOW (preferences), 360, 640);
  ui_wait_ms (200);
  ui_render_png (GTK_WIDGET (preferences), "preferences-backups-narrow.png");
  gtk_window_destroy (GTK_WINDOW (preferences));
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data_dir = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  ui_init ();

  data_dir = g_dir_make_tmp ("ethos-ui-preferences-XXXXXX", &error);
  g_assert_no_error (error);
  store = ethos_store_open (data_dir, &error);
  g_assert_no_error (error);
  window = ethos_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_ms (300);

  g_test_add_func ("/preferences/backups", test_backups);

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  return status;
}
