/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-preferences-window"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>
#include <stdio.h>
#include <string.h>

#include "ethos-backup-store.h"
#include "ethos-entry-store.h"
#include "ethos-error-window.h"
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

  /* As the main menu opens it (Ctrl+,), at its first page; then Backups. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  preferences = ETHOS_PREFERENCES_WINDOW (ui_await_toplevel (ETHOS_TYPE_PREFERENCES_WINDOW));
  g_assert_nonnull (preferences);
  g_assert_cmpstr (adw_preferences_window_get_visible_page_name (ADW_PREFERENCES_WINDOW (preferences)),
                   ==, "profile");
  ethos_preferences_window_show_page (preferences, "backups");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (preferences), "Friday 20 November 2026, 09:15"));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences), "Made by you"));
  rows = n_rows (preferences);
  before = ethos_backups_list (ethos_store_get_data_dir (store), NULL);
  g_assert_cmpuint (rows, ==, before->len);
  ui_render_png (GTK_WIDGET (preferences), "preferences-backups.png");

  back_up = ui_find_widget (GTK_WIDGET (preferences), GTK_TYPE_BUTTON, is_back_up_now, NULL);
  g_assert_nonnull (back_up);
  g_signal_emit_by_name (back_up, "clicked");
  ui_await (n_rows (preferences) == rows + 1);
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
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "2 Nov 2026"));
  ui_wait_idle ();
  g_assert_null (ui_find_label_containing (GTK_WIDGET (window), "16 Nov 2026"));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences), "Before a restore"));
  after = ethos_backups_list (ethos_store_get_data_dir (store), NULL);
  g_assert_cmpuint (after->len, ==, before->len + 2);

  ui_resize (GTK_WINDOW (preferences), 360, 640);
  ui_render_png (GTK_WIDGET (preferences), "preferences-backups-narrow.png");
  gtk_window_destroy (GTK_WINDOW (preferences));
}

static char *
checksum_of (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* A damaged database: the window explains, offers the newest good backup, and restoring it
 * sets the damaged file aside byte for byte and opens the records again. */
static void
test_damaged_offers_backup (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ethos-ui-damaged-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "ethos.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *aside = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  /* Newer than the day's automatic backup made when the records were opened. */
  g_autoptr (GDateTime) then = g_date_time_add_minutes (now, 2);
  g_autofree char *offer = g_date_time_format (then, "the Backup of %-d %B %Y, %H:%M");
  g_autoptr (EthosStore) reopened = NULL;
  g_autoptr (GDir) listing = NULL;
  GtkWidget *error_window;
  const char *name;
  char garbage[4096];

  {
    g_autoptr (EthosStore) records = ethos_store_open (dir, &error);
    g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
    g_autofree char *backup = NULL;

    g_assert_no_error (error);
    g_free (entry->date);
    entry->date = g_strdup ("2026-11-19");
    entry->minutes = 90;
    g_assert_true (ethos_store_add_entry (records, entry, NULL));
    backup = ethos_store_backup (records, ETHOS_BACKUP_MANUAL, then, &error);
    g_assert_no_error (error);
  }
  /* Damage: the first page overwritten. */
  memset (garbage, 0x5a, sizeof garbage);
  {
    FILE *file = fopen (db, "r+b");

    g_assert_nonnull (file);
    g_assert_cmpuint (fwrite (garbage, 1, sizeof garbage, file), ==, sizeof garbage);
    fclose (file);
  }
  before = checksum_of (db);
  g_assert_null (ethos_store_open (dir, &error));
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT);

  error_window = ethos_error_window_new (NULL, dir, error);
  g_clear_error (&error);
  gtk_window_present (GTK_WINDOW (error_window));
  ui_await_mapped (error_window);
  g_assert_nonnull (ui_await_label (error_window, "Ethos Cannot Open Your Records"));
  g_assert_nonnull (ui_find_label_containing (error_window, offer));
  ui_render_png (error_window, "damaged-offers-backup.png");
  {
    g_autofree char *still = checksum_of (db);

    g_assert_cmpstr (still, ==, before);
  }

  g_assert_true (ethos_error_window_recover (ETHOS_ERROR_WINDOW (error_window), &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (error_window));

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "ethos-damaged-") && g_str_has_suffix (name, ".db"))
      aside = g_build_filename (dir, name, NULL);
  g_assert_nonnull (aside);
  {
    g_autofree char *kept = checksum_of (aside);

    g_assert_cmpstr (kept, ==, before);
  }
  reopened = ethos_store_open (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ethos_store_count_entries (reopened, -1), ==, 1);
}

/* Damaged with no backup to offer: said, and no button that cannot work. */
static void
test_damaged_without_backup (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ethos-ui-damaged-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "ethos.db", NULL);
  GtkWidget *error_window;

  g_assert_true (g_file_set_contents (db, "SQLite format 3\nthis is not a database at all", -1,
                                      NULL));
  g_assert_null (ethos_store_open (dir, &error));
  error_window = ethos_error_window_new (NULL, dir, error);
  gtk_window_present (GTK_WINDOW (error_window));
  ui_await_mapped (error_window);
  g_assert_nonnull (ui_await_label (error_window, "Ethos Cannot Open Your Records"));
  ui_wait_idle ();
  g_assert_null (ui_find_label_containing (error_window, "the Backup of"));
  gtk_window_destroy (GTK_WINDOW (error_window));
}

/* A window of its own on new records, for the test of Backups. */
static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
  window = ui_open_window (NULL, store, 1000, 700);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-preferences-XXXXXX");

  ui_test_add ("/preferences/backups", set_up, test_backups, tear_down);
  ui_test_add ("/recovery/damaged-offers-backup", NULL, test_damaged_offers_backup, NULL);
  ui_test_add ("/recovery/damaged-without-backup", NULL, test_damaged_without_backup, NULL);
  return g_test_run ();
}
