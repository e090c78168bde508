/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-diary-page"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-entry-store.h"
#include "ethos-store-private.h"
#include "ethos-window.h"

/* The Diary page as a practitioner uses it: the empty diary, a new session typed in and saved
 * without a Save button, a privacy warning in place, an incomplete CPD activity that waits, a
 * delete. Rendered to PNGs at full width, 360 px and in dark style. */

static EthosStore *store;
static EthosWindow *window;

static gboolean
row_titled (GtkWidget *widget, gpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
label (const char *needle)
{
  return ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, ui_label_contains, (gpointer) needle);
}

static GtkEditable *
entry_row (const char *title)
{
  GtkWidget *row = ui_find_widget (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, row_titled, (gpointer) title);

  if (row == NULL)
    g_error ("no entry row “%s” on screen", title);
  return GTK_EDITABLE (row);
}

static GtkTextView *
text_view_labelled (const char *heading)
{
  GtkWidget *title = label (heading);
  GtkWidget *box = gtk_widget_get_parent (title);
  GtkWidget *frame = gtk_widget_get_next_sibling (title);

  g_assert_nonnull (box);
  return GTK_TEXT_VIEW (gtk_frame_get_child (GTK_FRAME (frame)));
}

static void
test_empty (void)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  ui_wait_ms (200);
  g_assert_nonnull (label ("No Supervision Recorded Yet"));
  ui_render_png (GTK_WIDGET (window), "diary-empty.png");
}

static void
test_new_session_saves_as_you_type (void)
{
  GtkTextView *notes;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-supervision", NULL);
  ui_wait_ms (200);
  g_assert_nonnull (label ("Supervision Session"));
  gtk_editable_set_text (entry_row ("Date (YYYY-MM-DD)"), "2026-11-18");
  gtk_editable_set_text (entry_row ("Minutes"), "90");
  gtk_editable_set_text (entry_row ("Supervisor"), "Dr Ann Example");
  notes = text_view_labelled ("What You Brought");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes),
                            "A client (DOB 12/03/1987) wants to end abruptly; we looked at why.",
                            -1);
  ui_wait_ms (800);

  /* Saved with no Save button, and the note is marked for what could identify the client. */
  g_assert_cmpuint (ethos_store_count_entries (store, ETHOS_ENTRY_SUPERVISION), ==, 1);
  g_assert_nonnull (label ("Saved"));
  g_assert_nonnull (label ("date of birth"));
  g_assert_nonnull (label ("Dr Ann Example"));
  ui_render_png (GTK_WIDGET (window), "diary-editor.png");

  /* Impossible minutes are said in place; the last good version stays saved. */
  gtk_editable_set_text (entry_row ("Minutes"), "2000");
  ui_wait_ms (800);
  g_assert_nonnull (label ("Not saved yet"));
  {
    g_autoptr (GPtrArray) all = ethos_store_list_entries (store, -1, NULL, NULL, FALSE, NULL);
    g_assert_cmpint (((EthosEntry *) g_ptr_array_index (all, 0))->minutes, ==, 90);
  }
  gtk_editable_set_text (entry_row ("Minutes"), "120");
  ui_wait_ms (800);
}

static void
test_supervisor_is_picked (void)
{
  /* A second session offers the supervisor already known, rather than retyping. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-supervision", NULL);
  ui_wait_ms (200);
  gtk_widget_activate_action (GTK_WIDGET (ethos_diary_page_get_editor (
                                ethos_window_get_diary_page (window))),
                              "editor.supervisor", "s", "Dr Ann Example");
  ui_wait_ms (800);
  g_assert_cmpstr (gtk_editable_get_text (entry_row ("Supervisor")), ==, "Dr Ann Example");
  g_assert_cmpuint (ethos_store_count_entries (store, ETHOS_ENTRY_SUPERVISION), ==, 2);
}

static void
test_incomplete_cpd_waits (void)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-cpd", NULL);
  ui_wait_ms (200);
  gtk_editable_set_text (entry_row ("Hours"), "6.5");
  ui_wait_ms (800);
  g_assert_cmpuint (ethos_store_count_entries (store, ETHOS_ENTRY_CPD), ==, 0);
  g_assert_nonnull (label ("needs a title"));
  gtk_editable_set_text (entry_row ("Title"), "Working with shame");
  ui_wait_ms (800);
  g_assert_cmpuint (ethos_store_count_entries (store, ETHOS_ENTRY_CPD), ==, 1);
  g_assert_nonnull (label ("Working with shame"));
}

static void
test_delete (void)
{
  EthosDiaryPage *page = ethos_window_get_diary_page (window);

  g_assert_true (ethos_diary_page_open_position (page, 0));
  ui_wait_ms (200);
  gtk_widget_activate_action (GTK_WIDGET (ethos_diary_page_get_editor (page)), "editor.delete", NULL);
  ui_wait_ms (200);
  g_assert_cmpuint (ethos_store_count_entries (store, -1), ==, 2);
  g_assert_nonnull (label ("Entry deleted"));
}

static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ethos-ui-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (ethos_window_export_to (window, file, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpuint (length, >, 1000);
}

/* A write that fails (here: the database made read-only under the window) keeps what was typed
 * in the editor, says so, and saves it once writing works again, with no more typing; closing
 * the window meanwhile asks first. */
static void
test_write_failure_keeps_typing (void)
{
  sqlite3 *db = ethos_store_get_db (store);
  guint before = ethos_store_count_entries (store, ETHOS_ENTRY_SUPERVISION);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-supervision", NULL);
  ui_wait_ms (200);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA query_only = ON", NULL, NULL, NULL), ==, SQLITE_OK);
  gtk_editable_set_text (entry_row ("Date (YYYY-MM-DD)"), "2026-11-20");
  gtk_editable_set_text (entry_row ("Minutes"), "75");
  gtk_editable_set_text (entry_row ("Supervisor"), "Sam Writer");
  ui_wait_ms (800);
  g_assert_nonnull (label ("Not saved"));
  g_assert_nonnull (label ("tries again"));
  g_assert_cmpuint (ethos_store_count_entries (store, ETHOS_ENTRY_SUPERVISION), ==, before);
  g_assert_cmpstr (gtk_editable_get_text (entry_row ("Supervisor")), ==, "Sam Writer");
  ui_render_png (GTK_WIDGET (window), "diary-not-saved.png");

  /* Closing now asks instead of losing it. */
  gtk_window_close (GTK_WINDOW (window));
  ui_wait_ms (200);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    GtkWidget *dialog = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

        if (ADW_IS_MESSAGE_DIALOG (toplevel))
          dialog = GTK_WIDGET (toplevel);
      }
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                     "Your Entry Is Not Saved");
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  }

  /* Writable again: saved on the next try, without typing. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA query_only = OFF", NULL, NULL, NULL), ==, SQLITE_OK);
  ui_wait_ms (3600);
  g_assert_cmpuint (ethos_store_count_entries (store, ETHOS_ENTRY_SUPERVISION), ==, before + 1);
  g_assert_nonnull (label ("Saved"));
}

static void
test_narrow_and_dark (void)
{
  EthosDiaryPage *page = ethos_window_get_diary_page (window);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  ui_wait_ms (400);
  g_assert_true (ethos_diary_page_open_position (page, 0));
  ui_wait_ms (300);
  ui_render_png (GTK_WIDGET (window), "diary-narrow-editor.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  ui_wait_ms (400);
  ui_render_png (GTK_WIDGET (window), "diary-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* The widget with @id in its template, shown or not. */
static GtkWidget *
template_child (GtkWidget *root, const char *id)
{
  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (root)), id) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = template_child (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The window narrowed or widened while another page is shown: the Diary, shown again, is laid
 * out at the new width, with its back button only when folded and its notes wrapping (on a
 * busy machine it had been left blank: see ethos-layout.c). */
static void
test_shown_after_resize (void)
{
  EthosDiaryPage *page = ethos_window_get_diary_page (window);
  GtkWidget *back = template_child (GTK_WIDGET (page), "back_button");

  g_assert_nonnull (back);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  g_assert_true (ethos_diary_page_open_position (page, 0));
  ui_wait_ms (300);
  for (guint i = 0; i < 2; i++)
    {
      gboolean narrow = i == 0;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.page-codes", NULL);
      ui_wait_ms (200);
      gtk_window_set_default_size (GTK_WINDOW (window), narrow ? 360 : 1100, 720);
      ui_wait_ms (400);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
      ui_wait_ms (400);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), ==,
                       gtk_widget_get_width (GTK_WIDGET (window)));
      g_assert_cmpint (gtk_widget_get_visible (back), ==, narrow);
      g_assert_cmpint (gtk_text_view_get_wrap_mode (text_view_labelled ("What You Brought")), ==,
                       GTK_WRAP_WORD_CHAR);
      ui_render_png (GTK_WIDGET (window), narrow ? "diary-shown-narrow.png" : "diary-shown-wide.png");
    }
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data_dir = NULL;
  int status;

  data_dir = ui_test_init (&argc, &argv, "ethos-ui-diary-XXXXXX");
  store = ethos_store_open (data_dir, &error);
  g_assert_no_error (error);

  window = ethos_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_ms (500);

  g_test_add_func ("/diary-page/empty", test_empty);
  g_test_add_func ("/diary-page/new-session-saves-as-you-type", test_new_session_saves_as_you_type);
  g_test_add_func ("/diary-page/supervisor-is-picked", test_supervisor_is_picked);
  g_test_add_func ("/diary-page/incomplete-cpd-waits", test_incomplete_cpd_waits);
  g_test_add_func ("/diary-page/delete", test_delete);
  g_test_add_func ("/diary-page/export", test_export);
  g_test_add_func ("/diary-page/write-failure-keeps-typing", test_write_failure_keeps_typing);
  g_test_add_func ("/diary-page/narrow-and-dark", test_narrow_and_dark);
  g_test_add_func ("/diary-page/shown-after-resize", test_shown_after_resize);

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  return status;
}
