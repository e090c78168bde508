/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-dialog"

#include "config.h"

#include <string.h>

#include "ui-test-util.h"

#include "ethos-entry-store.h"
#include "ethos-import-dialog.h"
#include "ethos-import-fields.h"
#include "ethos-import-item.h"
#include "ethos-import-preview.h"
#include "ethos-welcome-window.h"

/* Import Records… and Export Everything… as a practitioner uses them: a CPD log kept in a
 * spreadsheet, with a title line over a header of its own words, a row that cannot be read and
 * one already in the diary, is shown row by row before anything is written; a column taken as
 * something else changes the rows; the duplicate is left unticked; Import adds exactly the rows
 * ticked, and the toast's Undo takes them out again. A file that is not a table says so in place
 * and writes nothing. Everything exported from one diary goes into a fresh one, and not into one
 * that has records. */

static EthosStore *store;
static EthosWindow *window;

static const char records_csv[] =
  "My CPD log 2025,,,,\n"
  "Session date,Duration,Course / activity,Provider,What I learned\n"
  "14/01/2025,1h 30m,Attachment workshop,Tavistock,Repair after ruptures\n"
  "03/02/2025,1:30,Ethics webinar,BACP,\n"
  "sometime in spring,1 hour,Peer reading group,,\n"
  "10/03/2025,2 hrs,Reading on shame,,\n";

static char *
write_file (const char *name, const char *text, gssize length)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (ethos_store_get_data_dir (store), name, NULL);

  g_assert_true (g_file_set_contents (path, text, length, &error));
  g_assert_no_error (error);
  return path;
}

static int
n_entries (void)
{
  return ui_store_count (store, "SELECT count (*) FROM entries");
}

static void
add_cpd (const char *date, int minutes, const char *title)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_CPD);
  g_autoptr (GError) error = NULL;

  g_free (entry->date);
  entry->date = g_strdup (date);
  entry->minutes = minutes;
  g_free (entry->title);
  entry->title = g_strdup (title);
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
}

static GtkWidget *
open_file (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GtkWidget *dialog = ethos_window_import_file (window, file);

  ui_await (ethos_import_dialog_is_ready (ETHOS_IMPORT_DIALOG (dialog)));
  ui_wait_idle ();
  return dialog;
}

static gboolean
is_named (GtkWidget *widget, gpointer name)
{
  g_autofree char *accessible = ui_accessible_name (widget);

  return g_strcmp0 (accessible, name) == 0;
}

static GtkDropDown *
column_drop_down (GtkWidget *dialog, const char *header)
{
  g_autofree char *name = g_strdup_printf ("Column “%s” taken as", header);

  return GTK_DROP_DOWN (ui_await_widget (dialog, GTK_TYPE_DROP_DOWN, is_named, name, name));
}

static GtkCheckButton *
row_check (GtkWidget *dialog, guint row)
{
  g_autofree char *name = g_strdup_printf ("Import row %u", row);

  return GTK_CHECK_BUTTON (ui_await_widget (dialog, GTK_TYPE_CHECK_BUTTON, is_named, name, name));
}

static gboolean
is_button_labelled (GtkWidget *widget, gpointer label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0
         && gtk_widget_is_visible (widget);
}

static void
press (GtkWidget *within, const char *label)
{
  GtkWidget *button = ui_await_widget (within, GTK_TYPE_BUTTON, is_button_labelled,
                                       (gpointer) label, label);

  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
is_error_saying (GtkWidget *widget, gpointer needle)
{
  return gtk_widget_has_css_class (widget, "error") && gtk_widget_is_visible (widget)
         && ui_label_contains (widget, needle);
}

/* @dialog at 1280 and 360 px wide, light and dark: NAME.png, NAME-narrow.png, NAME-dark.png. */
static void
render_three_ways (GtkWidget *dialog, const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *wide = g_strdup_printf ("%s.png", name);
  g_autofree char *narrow = g_strdup_printf ("%s-narrow.png", name);
  g_autofree char *dark = g_strdup_printf ("%s-dark.png", name);

  ui_resize (GTK_WINDOW (dialog), 1280, 800);
  ui_render_png (dialog, wide);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_wait_idle ();
  ui_render_png (dialog, dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  ui_resize (GTK_WINDOW (dialog), 360, 720);
  g_assert_cmpint (gtk_widget_get_width (dialog), <=, 360);
  ui_render_png (dialog, narrow);
  ui_resize (GTK_WINDOW (dialog), 1000, 700);
}

static const EthosImportRow *
row_numbered (EthosImport *import, guint number)
{
  for (guint i = 0; i < ethos_import_get_n_rows (import); i++)
    if (ethos_import_get_row (import, i)->row == number)
      return ethos_import_get_row (import, i);
  g_assert_not_reached ();
}

static void
test_table (void)
{
  g_autofree char *path = write_file ("cpd-log.csv", records_csv, -1);
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *dialog;
  EthosImport *import;

  add_cpd ("2025-03-10", 120, "Reading on shame");
  dialog = open_file (path);
  import = ethos_import_dialog_get_import (ETHOS_IMPORT_DIALOG (dialog));
  g_assert_nonnull (import);

  /* Each row as it will be stored; the one that cannot be read with its reason; the one
   * already in the diary marked and unticked. */
  g_assert_nonnull (ui_await_label (dialog, "2 entries to add, 1 left out, 1 likely duplicate"));
  g_assert_nonnull (ui_find_label_containing (dialog, ": Attachment workshop"));
  g_assert_nonnull (ui_find_label_containing (dialog, "14 Jan 2025"));
  g_assert_nonnull (ui_find_label_containing (dialog, "Left out: "));
  g_assert_nonnull (ui_find_label_containing (dialog, "Likely already in the diary"));
  g_assert_false (gtk_check_button_get_active (row_check (dialog, 6)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (row_check (dialog, 5))));
  g_assert_true (gtk_check_button_get_active (row_check (dialog, 3)));
  g_assert_cmpuint (gtk_drop_down_get_selected (column_drop_down (dialog, "Course / activity")),
                    ==, ETHOS_IMPORT_FIELD_TITLE);
  render_three_ways (dialog, "import-preview");
  ui_assert_controls_named (dialog, "the import preview");

  /* The provider's column taken as the title: the rows are read again and say so; the course
   * column, which was the title, is no longer imported. */
  gtk_drop_down_set_selected (column_drop_down (dialog, "Provider"), ETHOS_IMPORT_FIELD_TITLE);
  g_assert_nonnull (ui_await_label (dialog, ": Tavistock"));
  ui_await_no_label (dialog, ": Attachment workshop");
  g_assert_cmpstr (row_numbered (import, 3)->entry->title, ==, "Tavistock");
  g_assert_cmpuint (gtk_drop_down_get_selected (column_drop_down (dialog, "Course / activity")),
                    ==, ETHOS_IMPORT_FIELD_IGNORE);
  /* And back. */
  gtk_drop_down_set_selected (column_drop_down (dialog, "Course / activity"),
                              ETHOS_IMPORT_FIELD_TITLE);
  gtk_drop_down_set_selected (column_drop_down (dialog, "Provider"), ETHOS_IMPORT_FIELD_PROVIDER);
  g_assert_nonnull (ui_await_label (dialog, ": Attachment workshop"));
  g_assert_cmpstr (row_numbered (import, 3)->entry->provider, ==, "Tavistock");
  g_assert_false (gtk_check_button_get_active (row_check (dialog, 6)));

  /* The webinar unticked: Import adds the workshop alone. */
  gtk_check_button_set_active (row_check (dialog, 4), FALSE);
  g_assert_nonnull (ui_await_label (dialog, "1 entry to add, 1 left out, 1 likely duplicate"));
  g_assert_cmpint (n_entries (), ==, 1);
  press (dialog, "_Import");
  ui_await_no_toplevel (ETHOS_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Imported 1 entry from “cpd-log.csv”"));
  g_assert_cmpint (n_entries (), ==, 2);
  entries = ethos_store_list_entries (store, -1, "2025-01-14", "2025-01-14", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (((EthosEntry *) g_ptr_array_index (entries, 0))->title, ==,
                   "Attachment workshop");
  g_assert_cmpint (((EthosEntry *) g_ptr_array_index (entries, 0))->minutes, ==, 90);
  g_assert_cmpint (ui_store_count (store, "SELECT count (*) FROM entries WHERE title = "
                                          "'Ethics webinar'"),
                   ==, 0);

  /* Undo takes out the import, and only it. */
  press (GTK_WIDGET (window), "_Undo");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Removed the 1 imported entry"));
  g_assert_cmpint (n_entries (), ==, 1);
  g_assert_cmpint (ui_store_count (store, "SELECT count (*) FROM entries WHERE title = "
                                          "'Reading on shame'"),
                   ==, 1);
}

/* Not a table: said in place of the preview, with no Import to press, and nothing written. */
static void
test_bad_file (void)
{
  g_autofree char *text = write_file ("notes.csv", "Dear diary\nNothing here is a record\n", -1);
  g_autofree char *fake = write_file ("log.xlsx", "this is not a spreadsheet", -1);
  GtkWidget *dialog;

  dialog = open_file (text);
  g_assert_nonnull (ui_await_label (dialog, "Could Not Read “notes.csv”"));
  g_assert_nonnull (ui_find_label_containing (dialog, "No header row"));
  g_assert_null (ui_find_widget (dialog, GTK_TYPE_BUTTON, is_button_labelled, "_Import"));
  render_three_ways (dialog, "import-bad-file");
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = open_file (fake);
  g_assert_nonnull (ui_await_label (dialog, "Could Not Read “log.xlsx”"));
  g_assert_null (ui_find_widget (dialog, GTK_TYPE_BUTTON, is_button_labelled, "_Import"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (n_entries (), ==, 0);
}

/* Export Everything from a diary of 25 entries, then the archive into a fresh diary: asked
 * first with what it holds, then all of it there; into a diary with records, refused in place. */
static void
test_archive (void)
{
  g_autofree char *archive = NULL;
  g_autoptr (GFile) file = NULL;
  GtkWidget *dialog;
  int exported;

  g_clear_object (&store);
  ui_close_windows ();
  store = ui_open_store (NULL, 25, 3);
  window = ui_open_window (NULL, store, 1100, 800);
  exported = n_entries ();
  g_assert_cmpint (exported, >, 0);
  archive = g_build_filename (ethos_store_get_data_dir (store), "everything.zip", NULL);
  file = g_file_new_for_path (archive);
  ethos_window_export_all_to (window, file);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Exported everything to "
                                                         "“everything.zip”"));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (window), "The archive is not encrypted"));
  g_assert_true (g_file_test (archive, G_FILE_TEST_IS_REGULAR));

  /* Into a diary with records: nothing written, said in place. */
  dialog = open_file (archive);
  g_assert_nonnull (ui_await_label (dialog, "Import This Diary?"));
  press (dialog, "_Import");
  g_assert_nonnull (ui_await_widget (dialog, GTK_TYPE_LABEL, is_error_saying,
                                     "Nothing was imported: ", "the archive refused"));
  g_assert_cmpint (n_entries (), ==, exported);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Into a fresh diary. */
  ui_close_windows ();
  g_clear_object (&store);
  store = ui_open_store (NULL, 0, 0);
  window = ui_open_window (NULL, store, 1100, 800);
  dialog = open_file (archive);
  g_assert_nonnull (ui_await_label (dialog, "Import This Diary?"));
  {
    g_autofree char *holds = g_strdup_printf ("%d entries", exported);

    g_assert_nonnull (ui_find_label_containing (dialog, holds));
  }
  render_three_ways (dialog, "import-archive");
  press (dialog, "_Import");
  ui_await_no_toplevel (ETHOS_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Imported “everything.zip”"));
  g_assert_cmpint (n_entries (), ==, exported);
}

/* A calendar: the reminders it gives listed, the items left out with their reasons; Import adds
 * those listed, and a second import of the same calendar adds none. */
static void
test_calendar (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "ical", "reminders.ics",
                                                 NULL);
  g_autofree char *added = NULL;
  GtkWidget *dialog;
  int before, after;

  before = ui_store_count (store, "SELECT count (*) FROM reminders");
  dialog = open_file (path);
  g_assert_nonnull (ui_await_label (dialog, "reminders to add"));
  g_assert_nonnull (ui_find_label_containing (dialog, "DBS recheck"));
  g_assert_nonnull (ui_find_label_containing (dialog, "Left Out"));
  g_assert_nonnull (ui_find_label_containing (dialog, "no start date"));
  render_three_ways (dialog, "import-calendar");
  ui_assert_controls_named (dialog, "a calendar's import");
  press (dialog, "_Import");
  ui_await_no_toplevel (ETHOS_TYPE_IMPORT_DIALOG);
  after = ui_store_count (store, "SELECT count (*) FROM reminders");
  g_assert_cmpint (after, >, before);
  added = g_strdup_printf ("Added %d reminders from “reminders.ics”", after - before);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), added));

  dialog = open_file (path);
  g_assert_nonnull (ui_await_label (dialog, "0 reminders to add"));
  g_assert_nonnull (ui_find_label_containing (dialog, "it is already among your reminders"));
  g_assert_false (gtk_widget_get_sensitive (ui_await_widget (dialog, GTK_TYPE_BUTTON,
                                                             is_button_labelled, "_Import",
                                                             "the Import button")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (ui_store_count (store, "SELECT count (*) FROM reminders"), ==, after);
}

/* A file handed to Ethos from outside (app.import-file, with its path): the same preview over
 * the diary's window, with no chooser; a relative path opens nothing. */
static void
test_app_action (void)
{
  g_autofree char *path = write_file ("cpd-log.csv", records_csv, -1);
  EthosApplication *application = ui_register_application ();
  GtkWidget *dialog;

  gtk_window_destroy (GTK_WINDOW (window));
  window = ui_open_window (GTK_APPLICATION (application), store, 1100, 800);
  g_action_group_activate_action (G_ACTION_GROUP (application), "import-file",
                                  g_variant_new_string ("cpd-log.csv"));
  ui_wait_idle ();
  g_assert_null (ui_find_toplevel (ETHOS_TYPE_IMPORT_DIALOG));

  g_action_group_activate_action (G_ACTION_GROUP (application), "import-file",
                                  g_variant_new_string (path));
  dialog = GTK_WIDGET (ui_await_toplevel (ETHOS_TYPE_IMPORT_DIALOG));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_nonnull (ui_await_label (dialog, "3 entries to add, 1 left out"));
  g_assert_cmpint (n_entries (), ==, 0);
}

static gboolean
chooser_titled (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel))
          && g_strcmp0 (gtk_window_get_title (GTK_WINDOW (toplevel)), title) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The welcome's last page offers the practitioner's own records beside a code: Ethos finishes
 * setting up, then asks for the file; and the main menu's Import Records… asks the same. */
static void
test_welcome (void)
{
  g_autoptr (GtkWidget) welcome = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.welcome", NULL);
  welcome = g_object_ref (GTK_WIDGET (ui_await_toplevel (ETHOS_TYPE_WELCOME_WINDOW)));
  ethos_welcome_window_go_to (ETHOS_WELCOME_WINDOW (welcome), 3);
  ui_await (ethos_welcome_window_get_page (ETHOS_WELCOME_WINDOW (welcome)) == 3);
  ui_wait_idle ();
  press (welcome, "Import Your _Records…");
  ui_await (chooser_titled ("Import Records"));
  g_assert_false (gtk_widget_get_visible (welcome));
}

static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
  window = ui_open_window (NULL, store, 1100, 800);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-import-XXXXXX");

  ui_test_add ("/import-dialog/table", set_up, test_table, tear_down);
  ui_test_add ("/import-dialog/bad-file", set_up, test_bad_file, tear_down);
  ui_test_add ("/import-dialog/archive", set_up, test_archive, tear_down);
  ui_test_add ("/import-dialog/calendar", set_up, test_calendar, tear_down);
  ui_test_add ("/import-dialog/welcome", set_up, test_welcome, tear_down);
  ui_test_add ("/import-dialog/app-action", set_up, test_app_action, tear_down);
  return g_test_run ();
}
