/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-diary-page"

#include "config.h"

#include "diary-test-util.h"
#include "ui-test-util.h"
#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ethos-draft-store.h"
#include "ethos-entry-store.h"
#include "ethos-profile-store.h"
#include "ethos-practice-store.h"
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

static EthosEntryEditor *
editor (void)
{
  return diary_editor (window);
}

static gboolean
editing_new (EthosEntryKind kind)
{
  return diary_editing_new (window, kind);
}

static gboolean
editing_saved (void)
{
  EthosEntry *entry = ethos_entry_editor_get_entry (editor ());

  return entry != NULL && entry->id != 0;
}

static void
test_empty (void)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "No Supervision Recorded Yet"));
  ui_render_png (GTK_WIDGET (window), "diary-empty.png");
}

static void
test_new_session_saves_as_you_type (void)
{
  GtkTextView *notes;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-supervision", NULL);
  ui_await (editing_new (ETHOS_ENTRY_SUPERVISION));
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Supervision Session"));
  gtk_editable_set_text (entry_row ("Date"), "2026-11-18");
  gtk_editable_set_text (entry_row ("Minutes"), "90");
  gtk_editable_set_text (entry_row ("Supervisor"), "Dr Ann Example");
  notes = text_view_labelled ("What You Brought");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes),
                            "A client (DOB 12/03/1987) wants to end abruptly; we looked at why.",
                            -1);

  /* Saved with no Save button, and the note is marked for what could identify the client. */
  ui_await (ethos_store_count_entries (store, ETHOS_ENTRY_SUPERVISION) == 1);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Saved"));
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "date of birth"));
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Dr Ann Example"));
  ui_render_png (GTK_WIDGET (window), "diary-editor.png");

  /* Impossible minutes are said in place and kept as typed, as a draft of the change; the last
   * good version stays saved. */
  gtk_editable_set_text (entry_row ("Minutes"), "2000");
  /* Said once the save was tried: only then is there a save that did not happen to check. */
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Kept as a draft"));
  {
    g_autoptr (GPtrArray) all = ethos_store_list_entries (store, -1, NULL, NULL, FALSE, NULL);
    g_autoptr (EthosDraft) draft = NULL;

    g_assert_cmpint (((EthosEntry *) g_ptr_array_index (all, 0))->minutes, ==, 90);
    draft = ethos_store_get_draft_for_entry (store, ((EthosEntry *) g_ptr_array_index (all, 0))->id,
                                             NULL);
    g_assert_nonnull (draft);
    g_assert_cmpstr (ethos_draft_get (draft, "minutes"), ==, "2000");
  }
}

static void
test_supervisor_is_picked (void)
{
  /* A second session offers the supervisor already known, rather than retyping. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-supervision", NULL);
  ui_await (editing_new (ETHOS_ENTRY_SUPERVISION));
  gtk_widget_activate_action (GTK_WIDGET (editor ()), "editor.supervisor", "s", "Dr Ann Example");
  ui_await (ethos_store_count_entries (store, ETHOS_ENTRY_SUPERVISION) == 2);
  g_assert_cmpstr (gtk_editable_get_text (entry_row ("Supervisor")), ==, "Dr Ann Example");
}

static void
test_incomplete_cpd_waits (void)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-cpd", NULL);
  ui_await (editing_new (ETHOS_ENTRY_CPD));
  gtk_editable_set_text (entry_row ("Hours"), "6.5");
  /* Said once the save was tried: only then is there a save that did not happen to check. */
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "needs a title"));
  g_assert_cmpuint (ethos_store_count_entries (store, ETHOS_ENTRY_CPD), ==, 0);
  gtk_editable_set_text (entry_row ("Title"), "Working with shame");
  ui_await (ethos_store_count_entries (store, ETHOS_ENTRY_CPD) == 1);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Working with shame"));

  /* Nothing in this practitioner's bodies counts CBT skills workshops: it is not asked. */
  g_assert_null (ui_find_widget (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, row_titled,
                                 (gpointer) "A CBT Skills Workshop"));
}

/* A BABCP member is asked whether an activity was a CBT skills workshop, which BABCP counts on
 * its own: kept with the entry as it is said. */
static void
test_cbt_skills_asked_of_babcp (void)
{
  g_autoptr (GPtrArray) memberships = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ethos_membership_free);
  EthosMembership *babcp = g_new0 (EthosMembership, 1);
  g_autoptr (GPtrArray) kept = NULL;
  GtkWidget *row;

  babcp->body_id = g_strdup ("babcp");
  g_ptr_array_add (memberships, babcp);
  g_assert_true (ethos_store_set_memberships (store, memberships, NULL));
  g_assert_true (ethos_store_set_membership_class (store, "babcp", "accredited", NULL));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-cpd", NULL);
  ui_await (editing_new (ETHOS_ENTRY_CPD));
  gtk_editable_set_text (entry_row ("Hours"), "6");
  gtk_editable_set_text (entry_row ("Title"), "CBT for OCD");
  row = ui_find_widget (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, row_titled,
                        (gpointer) "A CBT Skills Workshop");
  g_assert_nonnull (row);
  gtk_switch_set_active (GTK_SWITCH (ui_find_widget (row, GTK_TYPE_SWITCH, NULL, NULL)), TRUE);
  g_assert_true (ethos_entry_editor_flush (editor ()));
  kept = ethos_store_list_entries (store, ETHOS_ENTRY_CPD, NULL, NULL, FALSE, NULL);
  g_assert_cmpuint (kept->len, ==, 1);
  g_assert_cmpstr (((EthosEntry *) g_ptr_array_index (kept, 0))->topics, ==, "cbt-skills");
}

/* A certificate attached to an activity is kept inside the diary; Open writes it, owner-only,
 * into a private folder for the viewer (whether a viewer is installed here or not). */
static void
test_evidence_opens (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ethos-ui-certificate-XXXXXX", NULL);
  g_autofree char *certificate = g_build_filename (dir, "certificate.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (certificate);
  g_autoptr (GDir) runtime = NULL;
  g_autofree char *opened = NULL;
  g_autofree char *contents = NULL;
  const char *name;
  GtkWidget *row;
  GStatBuf st;

  g_assert_true (g_file_set_contents (certificate, "%PDF-1.4 Ethics day", -1, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-cpd", NULL);
  ui_await (editing_new (ETHOS_ENTRY_CPD));
  gtk_editable_set_text (entry_row ("Hours"), "6");
  gtk_editable_set_text (entry_row ("Title"), "Ethics day");
  g_assert_true (ethos_entry_editor_attach_file (editor (), file));
  /* The copy is the diary's: the original can go. */
  g_assert_cmpint (g_unlink (certificate), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  row = ui_find_widget (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, row_titled,
                        (gpointer) "certificate.pdf");
  g_assert_nonnull (row);
  g_signal_emit_by_name (ui_find_widget (row, GTK_TYPE_BUTTON, NULL, NULL), "clicked");

  runtime = g_dir_open (g_get_user_runtime_dir (), 0, NULL);
  g_assert_nonnull (runtime);
  while ((name = g_dir_read_name (runtime)) != NULL && opened == NULL)
    {
      g_autofree char *candidate = g_build_filename (g_get_user_runtime_dir (), name,
                                                     "certificate.pdf", NULL);

      if (g_str_has_prefix (name, "ethos-") && g_file_test (candidate, G_FILE_TEST_IS_REGULAR))
        opened = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (opened);
  g_assert_true (g_file_get_contents (opened, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "%PDF-1.4 Ethics day");
  g_assert_cmpint (g_stat (opened, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_delete (void)
{
  EthosDiaryPage *page = ethos_window_get_diary_page (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  g_assert_true (ethos_diary_page_open_position (page, 0));
  ui_await (editing_saved ());
  gtk_widget_activate_action (GTK_WIDGET (ethos_diary_page_get_editor (page)), "editor.delete", NULL);
  ui_await (ethos_store_count_entries (store, -1) == 2);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Entry deleted"));
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
  ui_await (editing_new (ETHOS_ENTRY_SUPERVISION));
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA query_only = ON", NULL, NULL, NULL), ==, SQLITE_OK);
  gtk_editable_set_text (entry_row ("Date"), "2026-11-20");
  gtk_editable_set_text (entry_row ("Minutes"), "75");
  gtk_editable_set_text (entry_row ("Supervisor"), "Sam Writer");
  /* Said once the write was tried and failed. */
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "tries again"));
  g_assert_nonnull (label ("Not saved"));
  g_assert_cmpuint (ethos_store_count_entries (store, ETHOS_ENTRY_SUPERVISION), ==, before);
  g_assert_cmpstr (gtk_editable_get_text (entry_row ("Supervisor")), ==, "Sam Writer");
  ui_render_png (GTK_WIDGET (window), "diary-not-saved.png");

  /* Closing now asks instead of losing it. */
  gtk_window_close (GTK_WINDOW (window));
  ui_await_toplevel (ADW_TYPE_MESSAGE_DIALOG);
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

  /* Writable again: saved on the next try (every 3 s), without typing. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA query_only = OFF", NULL, NULL, NULL), ==, SQLITE_OK);
  ui_await (ethos_store_count_entries (store, ETHOS_ENTRY_SUPERVISION) == before + 1);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Saved"));
}

static void
test_narrow_and_dark (void)
{
  EthosDiaryPage *page = ethos_window_get_diary_page (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  ui_resize (GTK_WINDOW (window), 360, 720);
  g_assert_true (ethos_diary_page_open_position (page, 0));
  ui_await (editing_saved ());
  ui_render_png (GTK_WIDGET (window), "diary-narrow-editor.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  ui_resize (GTK_WINDOW (window), 1100, 720);
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
  ui_await (editing_saved ());
  ui_wait_idle ();
  for (guint i = 0; i < 2; i++)
    {
      gboolean narrow = i == 0;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.page-codes", NULL);
      ui_await (!gtk_widget_get_mapped (GTK_WIDGET (page)));
      ui_resize (GTK_WINDOW (window), narrow ? 360 : 1100, 720);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
      /* Laid out at the width the window has now (not left at the one it had when hidden),
       * then what follows from that (the back button, the notes' wrapping) done. */
      ui_await (gtk_widget_get_width (GTK_WIDGET (page))
                == gtk_widget_get_width (GTK_WIDGET (window)));
      ui_wait_idle ();
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), ==,
                       gtk_widget_get_width (GTK_WIDGET (window)));
      g_assert_cmpint (gtk_widget_get_visible (back), ==, narrow);
      g_assert_cmpint (gtk_text_view_get_wrap_mode (text_view_labelled ("What You Brought")), ==,
                       GTK_WRAP_WORD_CHAR);
      ui_render_png (GTK_WIDGET (window), narrow ? "diary-shown-narrow.png" : "diary-shown-wide.png");
    }
}

static GtkWidget *
diary_search_entry (void)
{
  GtkWidget *search = ui_find_widget (GTK_WIDGET (ethos_window_get_diary_page (window)),
                                      GTK_TYPE_SEARCH_ENTRY, NULL, NULL);

  g_assert_nonnull (search);
  return search;
}

/* A search that cannot read the diary says so, with the reason, where the results would be:
 * never "no entry matches", which would tell the practitioner the entries are not there. */
static void
test_search_failure_is_said (void)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  ui_search (diary_search_entry (), "Ann");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Dr Ann Example"));

  ui_store_exec (store, "DROP TABLE entry_search");
  ui_search (diary_search_entry (), "Example");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Could Not Search the Diary"));
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "no such table"));
  g_assert_null (label ("No Entry Matches"));
  g_assert_null (label ("Dr Ann Example"));
  ui_render_png (GTK_WIDGET (window), "diary-search-failed.png");
}

/* The Diary shown, @sql run under it by another program, then the newest entry opened at once:
 * before the window hears of the change and reads its list again. */
static void
open_newest_after (const char *sql)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Dr Ann Example"));
  ui_store_exec (store, sql);
  ethos_diary_page_open_position (ethos_window_get_diary_page (window), 0);
}

/* An entry that cannot be read is not opened (an editor on what the list remembered would save
 * it back over the records): a toast says why. */
static void
test_open_failure_is_said (void)
{
  /* The list reads no evidence; opening an entry does. */
  open_newest_after ("DROP TABLE evidence");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Could not open the entry"));
  g_assert_nonnull (label ("no such table: evidence"));
  g_assert_null (ethos_entry_editor_get_entry (editor ()));
}

/* An entry another program deleted after the list was read is not the same as one that cannot
 * be read: the toast says it has gone. */
static void
test_open_deleted_is_said (void)
{
  open_newest_after ("DELETE FROM entries");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "no longer in the diary"));
  g_assert_null (label ("Could not open the entry"));
  g_assert_null (ethos_entry_editor_get_entry (editor ()));
}

/* A window of its own on new records, for each test. */
static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
  window = ui_open_window (NULL, store, 1100, 720);
}

static void
add_entry (EthosEntryKind kind, const char *date, int minutes, const char *who_or_what)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (kind);
  g_autoptr (GError) error = NULL;

  g_free (entry->date);
  entry->date = g_strdup (date);
  entry->minutes = minutes;
  if (kind == ETHOS_ENTRY_SUPERVISION)
    {
      g_free (entry->supervisor);
      entry->supervisor = g_strdup (who_or_what);
    }
  else
    {
      g_free (entry->title);
      entry->title = g_strdup (who_or_what);
    }
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
}

/* The session with Dr Ann Example that the practitioner typed in before. */
static void
set_up_one_session (void)
{
  set_up ();
  add_entry (ETHOS_ENTRY_SUPERVISION, "2026-11-18", 120, "Dr Ann Example");
}

/* Two sessions and a CPD activity, the newest a session. */
static void
set_up_three_entries (void)
{
  set_up_one_session ();
  add_entry (ETHOS_ENTRY_SUPERVISION, "2026-11-19", 90, "Dr Ann Example");
  add_entry (ETHOS_ENTRY_CPD, "2026-10-01", 390, "Working with shame");
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-diary-XXXXXX");

  ui_test_add ("/diary-page/empty", set_up, test_empty, tear_down);
  ui_test_add ("/diary-page/new-session-saves-as-you-type", set_up,
               test_new_session_saves_as_you_type, tear_down);
  ui_test_add ("/diary-page/supervisor-is-picked", set_up_one_session, test_supervisor_is_picked,
               tear_down);
  ui_test_add ("/diary-page/incomplete-cpd-waits", set_up, test_incomplete_cpd_waits, tear_down);
  ui_test_add ("/diary-page/cbt-skills-asked-of-babcp", set_up, test_cbt_skills_asked_of_babcp,
               tear_down);
  ui_test_add ("/diary-page/evidence-opens", set_up, test_evidence_opens, tear_down);
  ui_test_add ("/diary-page/delete", set_up_three_entries, test_delete, tear_down);
  ui_test_add ("/diary-page/export", set_up_three_entries, test_export, tear_down);
  ui_test_add ("/diary-page/write-failure-keeps-typing", set_up, test_write_failure_keeps_typing,
               tear_down);
  ui_test_add ("/diary-page/narrow-and-dark", set_up_three_entries, test_narrow_and_dark,
               tear_down);
  ui_test_add ("/diary-page/shown-after-resize", set_up_three_entries, test_shown_after_resize,
               tear_down);
  ui_test_add ("/diary-page/search-failure-is-said", set_up_three_entries,
               test_search_failure_is_said, tear_down);
  ui_test_add ("/diary-page/open-failure-is-said", set_up_three_entries, test_open_failure_is_said,
               tear_down);
  ui_test_add ("/diary-page/open-deleted-is-said", set_up_three_entries, test_open_deleted_is_said,
               tear_down);
  return g_test_run ();
}
