/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-drafts"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>

#include "ethos-draft-store.h"
#include "ethos-entry-store.h"
#include "ethos-window.h"

/* Drafts, as a counsellor meets them: an activity typed half-way ("lots" in Hours) is kept as
 * typed and listed as a draft; leaving it asks whether to keep it; opened again it is as it was
 * left, and it becomes an entry the moment it is complete. Nothing typed is lost. */

static EthosStore *store;
static EthosWindow *window;

static EthosDiaryPage *
page (void)
{
  return ethos_window_get_diary_page (window);
}

static EthosEntryEditor *
editor (void)
{
  return ethos_diary_page_get_editor (page ());
}

static gboolean
row_titled (GtkWidget *widget, gpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkEditable *
field (const char *title)
{
  GtkWidget *row = ui_find_widget (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, row_titled,
                                   (gpointer) title);

  if (row == NULL)
    g_error ("no field “%s” on screen", title);
  return GTK_EDITABLE (row);
}

static guint
n_drafts (void)
{
  g_autoptr (GPtrArray) drafts = ethos_store_list_drafts (store, NULL);

  g_assert_nonnull (drafts);
  return drafts->len;
}

static gboolean
editing (EthosEntryKind kind, gboolean saved)
{
  EthosEntry *entry = ethos_entry_editor_get_entry (editor ());

  return entry != NULL && entry->kind == kind && (entry->id != 0) == saved;
}

static gboolean
label_is (GtkWidget *widget, gpointer text)
{
  return g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* The row of the draft listed as @title. */
static GtkWidget *
draft_row (const char *title)
{
  GtkWidget *label = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, label_is,
                                     (gpointer) title);

  return label != NULL ? gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW) : NULL;
}

/* How wide the list beside the editor is (its search field spans it). */
static int
list_width (void)
{
  return gtk_widget_get_width (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL,
                                               NULL));
}

/* Whether a field on screen is marked as refused. */
static gboolean
any_marked (GtkWidget *widget, gpointer data)
{
  return gtk_widget_has_css_class (widget, "error");
}

/* The list of drafts' heading, while it is on screen. */
static GtkWidget *
drafts_heading (void)
{
  GtkWidget *heading = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, label_is,
                                       (gpointer) "Drafts");

  g_assert_nonnull (heading);
  return heading;
}

static void
test_kept_left_and_finished (void)
{
  GtkWidget *row;
  GtkWidget *heading;
  int width;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-cpd", NULL);
  ui_await (editing (ETHOS_ENTRY_CPD, FALSE));
  ui_await (list_width () > 0);
  width = list_width ();
  gtk_editable_set_text (field ("Title"), "Ethics day");
  gtk_editable_set_text (field ("Hours"), "1:75");
  ui_await (n_drafts () == 1);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Kept as a draft"));
  g_assert_cmpuint (ethos_store_count_entries (store, ETHOS_ENTRY_CPD), ==, 0);
  /* Listed above the diary, by what was typed, with why it is a draft; the list stays as wide
   * as it was, however long the why. */
  ui_await (draft_row ("Ethics day") != NULL);
  row = draft_row ("Ethics day");
  g_assert_nonnull (ui_find_label_containing (row, "“1:75” is not a length of time"));
  heading = drafts_heading ();
  ui_wait_idle ();
  g_assert_cmpint (list_width (), ==, width);
  ui_render_png (GTK_WIDGET (window), "diary-draft.png");

  /* Another entry opened: asked, and kept. */
  g_assert_true (ethos_diary_page_open_position (page (), 0));
  ui_answer_dialog ("Keep This Draft?", "keep");
  ui_await (editing (ETHOS_ENTRY_SUPERVISION, TRUE));
  g_assert_cmpuint (n_drafts (), ==, 1);

  /* Opened again, as it was left, and saved the moment it is complete. */
  gtk_widget_activate (draft_row ("Ethics day"));
  ui_await (editing (ETHOS_ENTRY_CPD, FALSE));
  g_assert_cmpstr (gtk_editable_get_text (field ("Title")), ==, "Ethics day");
  g_assert_cmpstr (gtk_editable_get_text (field ("Hours")), ==, "1:75");
  gtk_editable_set_text (field ("Hours"), "6");
  ui_await (ethos_store_count_entries (store, ETHOS_ENTRY_CPD) == 1);
  g_assert_cmpuint (n_drafts (), ==, 0);
  /* No drafts, no list of them. */
  ui_await (!gtk_widget_get_visible (gtk_widget_get_parent (heading)));
}

/* A draft's refused field is marked while it is open, and not on the entry opened after it. */
static void
test_mark_goes_with_draft (void)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-supervision", NULL);
  ui_await (editing (ETHOS_ENTRY_SUPERVISION, FALSE));
  gtk_editable_set_text (field ("Supervisor"), "Dr Bea Example");
  gtk_editable_set_text (field ("Minutes"), "1:75");
  ui_await (n_drafts () == 1);
  ui_wait_idle ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (field ("Minutes")), "error"));

  g_assert_true (ethos_diary_page_open_position (page (), 0));
  ui_answer_dialog ("Keep This Draft?", "keep");
  ui_await (editing (ETHOS_ENTRY_SUPERVISION, TRUE));
  ui_wait_idle ();
  g_assert_null (ui_find_widget (GTK_WIDGET (editor ()), ADW_TYPE_ENTRY_ROW, any_marked, NULL));
}

static void
test_discarded (void)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-supervision", NULL);
  ui_await (editing (ETHOS_ENTRY_SUPERVISION, FALSE));
  gtk_editable_set_text (field ("Supervisor"), "Dr Bea Example");
  gtk_editable_set_text (field ("Minutes"), "");
  ui_await (n_drafts () == 1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-cpd", NULL);
  ui_answer_dialog ("Keep This Draft?", "discard");
  ui_await (editing (ETHOS_ENTRY_CPD, FALSE));
  g_assert_cmpuint (n_drafts (), ==, 0);
  g_assert_cmpuint (ethos_store_count_entries (store, ETHOS_ENTRY_SUPERVISION), ==, 1);
}

/* Closing the window keeps what was typed, without asking. */
static void
test_close_keeps (void)
{
  g_autoptr (GPtrArray) drafts = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-cpd", NULL);
  ui_await (editing (ETHOS_ENTRY_CPD, FALSE));
  gtk_editable_set_text (field ("Title"), "Working with shame");
  gtk_window_close (GTK_WINDOW (window));
  drafts = ethos_store_list_drafts (store, NULL);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (ethos_draft_get (g_ptr_array_index (drafts, 0), "title"), ==,
                   "Working with shame");
  window = NULL;
}

/* Killed (kill -9) while an entry is half typed, the window loses nothing: what was typed is
 * there as a draft when the diary is opened again. */
static void
test_survives_kill (void)
{
  g_autofree char *typist = g_test_build_filename (G_TEST_BUILT, "draft-typist", NULL);
  g_autofree char *data_dir = g_strdup (ethos_store_get_data_dir (store));
  const char *argv[] = { typist, data_dir, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) drafts = NULL;
  g_autoptr (EthosStore) reopened = NULL;
  char said[16] = "";
  GPid pid;
  int out;
  FILE *from;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  from = fdopen (out, "r");
  g_assert_nonnull (fgets (said, sizeof said, from));
  g_assert_cmpstr (said, ==, "kept\n");
  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
  fclose (from);

  reopened = ethos_store_open (data_dir, &error);
  g_assert_no_error (error);
  drafts = ethos_store_list_drafts (reopened, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (ethos_draft_get (g_ptr_array_index (drafts, 0), "title"), ==,
                   "Supervising supervisors");
  g_assert_cmpstr (ethos_draft_get (g_ptr_array_index (drafts, 0), "hours"), ==, "lots");
  g_assert_cmpuint (ethos_store_count_entries (reopened, ETHOS_ENTRY_CPD), ==, 0);
}

static void
set_up (void)
{
  g_autoptr (EthosEntry) session = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  store = ui_open_store (NULL, 0, 0);
  g_free (session->date);
  session->date = g_strdup ("2026-11-18");
  session->minutes = 90;
  g_free (session->supervisor);
  session->supervisor = g_strdup ("Dr Ann Example");
  g_assert_true (ethos_store_add_entry (store, session, NULL));
  window = ui_open_window (NULL, store, 1100, 720);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-drafts-XXXXXX");

  ui_test_add ("/drafts/kept-left-and-finished", set_up, test_kept_left_and_finished, tear_down);
  ui_test_add ("/drafts/discarded", set_up, test_discarded, tear_down);
  ui_test_add ("/drafts/mark-goes-with-draft", set_up, test_mark_goes_with_draft, tear_down);
  ui_test_add ("/drafts/close-keeps", set_up, test_close_keeps, tear_down);
  ui_test_add ("/drafts/survives-kill", set_up, test_survives_kill, tear_down);
  return g_test_run ();
}
