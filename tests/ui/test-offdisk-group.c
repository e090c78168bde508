/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-offdisk-group"

#include "config.h"

#include <glib/gstdio.h>

#include "prefs-test-util.h"
#include "ethos-backup-copy.h"
#include "ethos-backup-store.h"

/* Preferences → Privacy → Copies Off This Disk (issue 19): with no place chosen it says the
 * backups stay on this disk; with one, that no copy has been made there yet, as a warning;
 * Copy Now makes one and the warning goes; a copy more than a week old is warned about again;
 * Stop Copying forgets the place. */

static EthosStore *store;
static EthosWindow *window;
static char *tmp_dir;

static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
  window = ui_open_window (NULL, store, 1000, 800);
}

static void
tear_down (void)
{
  ui_close_windows ();
  g_clear_object (&store);
}

static gboolean
button_labelled (GtkWidget *widget, gpointer label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
button_tipped (GtkWidget *widget, gpointer tip)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), tip) == 0;
}

static GtkWidget *
button_in (GtkWidget *row, const char *label)
{
  GtkWidget *button = ui_find_widget (row, GTK_TYPE_BUTTON, button_labelled, (gpointer) label);

  g_assert_nonnull (button);
  return button;
}

static gboolean
is_warning_icon (GtkWidget *widget, gpointer data)
{
  return g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), "dialog-warning-symbolic") == 0;
}

static void
test_place_and_copies (void)
{
  g_autofree char *place = g_build_filename (tmp_dir, "stick", NULL);
  g_autofree char *record = g_build_filename (ethos_store_get_data_dir (store),
                                              "offdisk-copy.ini", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *backup = NULL;
  EthosPreferencesWindow *preferences;
  GtkWidget *place_row;
  GtkWidget *state;
  GtkWidget *icon;

  preferences = prefs_open (window, "privacy");
  place_row = prefs_find_row (preferences, NULL, "Place for Copies");
  ui_await_label (GTK_WIDGET (preferences), "Backups are kept on this disk only");
  /* Nothing to stop: no such button shown (only what is on screen is found). */
  g_assert_null (ui_find_widget (place_row, GTK_TYPE_BUTTON, button_tipped, "Stop Copying"));
  prefs_close (preferences);

  /* A place chosen (as the CLI does; the window's chooser is the desktop's own), a backup to
   * copy: no copy yet, and that is a warning. */
  g_assert_cmpint (g_mkdir_with_parents (place, 0700), ==, 0);
  g_assert_true (ethos_store_set_backup_destination (store, place, &error));
  g_assert_no_error (error);
  backup = ethos_store_backup (store, ETHOS_BACKUP_MANUAL, now, &error);
  g_assert_no_error (error);
  preferences = prefs_open (window, "privacy");
  place_row = prefs_find_row (preferences, NULL, "Place for Copies");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (place_row)), ==, place);
  state = gtk_widget_get_parent (ui_await_label (GTK_WIDGET (preferences),
                                                 "No copy has been made in"));
  while (state != NULL && !ADW_IS_ACTION_ROW (state))
    state = gtk_widget_get_parent (state);
  g_assert_nonnull (state);
  icon = ui_find_widget (state, GTK_TYPE_IMAGE, is_warning_icon, NULL);
  g_assert_nonnull (icon);
  g_assert_true (gtk_widget_get_visible (icon));
  prefs_render_three_ways (preferences, "privacy-offdisk-never");

  /* Copy Now: the copy is there, and the warning goes. */
  g_signal_emit_by_name (button_in (state, "Copy _Now"), "clicked");
  ui_await_label (GTK_WIDGET (preferences), "The last copy off this disk was made");
  g_assert_false (gtk_widget_get_visible (icon));
  g_assert_nonnull (ethos_backup_destination_newest (place));
  g_assert_true (g_file_test (record, G_FILE_TEST_EXISTS));
  prefs_close (preferences);

  /* The drive unplugged, and its last copy noted years ago: warned about again. */
  {
    g_autofree char *away = g_strconcat (place, "-unplugged", NULL);

    g_assert_cmpint (g_rename (place, away), ==, 0);
  }
  {
    g_autoptr (GKeyFile) note = g_key_file_new ();

    g_assert_true (g_key_file_load_from_file (note, record, G_KEY_FILE_NONE, NULL));
    g_key_file_set_string (note, "Copy off this disk", "Made",
                           "2020-01-01T09:00:00Z");
    g_assert_true (g_key_file_save_to_file (note, record, NULL));
  }
  preferences = prefs_open (window, "privacy");
  ui_await_label (GTK_WIDGET (preferences), "more than a week");
  state = prefs_find_row (preferences, NULL, "Place for Copies");
  prefs_render_three_ways (preferences, "privacy-offdisk-stale");

  /* Stop Copying: the place is forgotten. */
  g_signal_emit_by_name (ui_find_widget (state, GTK_TYPE_BUTTON, button_tipped, "Stop Copying"),
                         "clicked");
  ui_await_label (GTK_WIDGET (preferences), "Backups are kept on this disk only");
  g_assert_null (ethos_store_get_backup_destination (store));
  prefs_close (preferences);
}

int
main (int argc, char **argv)
{
  tmp_dir = ui_test_init (&argc, &argv, "ethos-ui-offdisk-XXXXXX");
  ui_test_add ("/preferences/privacy/copies-off-this-disk", set_up, test_place_and_copies,
               tear_down);
  return g_test_run ();
}
