/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-codes-window"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ethos-code-store.h"
#include "ethos-note-store.h"
#include "ethos-window.h"

/* The window under Xvfb, used as a practitioner would: search, open a clause, bookmark it,
 * write a note, compare a theme, import a code; at full width, at 360 px and in dark style.
 * Each state is rendered to a PNG (in ETHOS_SCREENSHOT_DIR, or the build folder) for a person
 * to look at. */

static EthosStore *store;
static EthosWindow *window;

static EthosCodesPage *
page (void)
{
  return ethos_window_get_codes_page (window);
}

static EthosClause *
open_clause (void)
{
  return ethos_clause_reader_get_clause (ethos_codes_page_get_reader (page ()));
}

static gboolean
clause_is (const char *ref)
{
  EthosClause *clause = open_clause ();

  return clause != NULL && g_strcmp0 (clause->ref, ref) == 0;
}

static guint
n_codes (void)
{
  g_autoptr (GPtrArray) codes = ethos_store_list_codes (store, NULL);

  return codes->len;
}

static gboolean
note_is (const char *code_id, const char *ref, const char *expected)
{
  g_autofree char *note = ethos_store_get_note (store, code_id, ref, NULL);

  return g_strcmp0 (note, expected) == 0;
}

static void
test_search_and_read (void)
{
  GtkWidget *entry;
  GtkWidget *where;

  /* Ctrl+F from the Overview goes to the Codes page's search. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  entry = ui_await_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL, NULL,
                           "the Codes page's search");
  g_assert_nonnull (entry);
  ui_await_focus_in (entry);
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_focus (entry)
                 || gtk_widget_get_focus_child (entry) != NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), "indemnity");
  /* A result row names the code and the clause. */
  where = ui_await_label (GTK_WIDGET (window), "Atrium Code of Practice 9.5");
  g_assert_nonnull (where);
  ui_render_png (GTK_WIDGET (window), "codes-search.png");

  /* Enter opens the best match in the reader. */
  g_signal_emit_by_name (entry, "activate");
  ui_await (open_clause () != NULL);
  g_assert_cmpstr (open_clause ()->code_id, ==, "atrium-practice");
  g_assert_cmpstr (open_clause ()->ref, ==, "9.5");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "adequate indemnity insurance"));

  /* 9.5 is about insurance, a yearly duty: the reader offers a reminder for it. */
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Remind Me"));

  /* Next and previous move through the code. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-clause", NULL);
  ui_await (clause_is ("9.6"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-clause", NULL);
  ui_await (clause_is ("9.5"));
}

static void
test_bookmark_and_note (void)
{
  GtkWidget *note;
  GtkTextBuffer *buffer;
  g_autofree char *saved = NULL;

  g_assert_true (ethos_codes_page_open_clause (page (), "cosrt", "26"));
  ui_await (clause_is ("26"));
  g_assert_false (ethos_store_is_bookmarked (store, "cosrt", "26"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.bookmark", NULL);
  ui_await (ethos_store_is_bookmarked (store, "cosrt", "26"));

  /* The note is saved as it is typed, without any Save button. */
  note = ui_await_widget (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW, NULL, NULL, "the note");
  g_assert_nonnull (note);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (note));
  gtk_text_buffer_set_text (buffer, "Enhanced DBS renewed via the Update Service, March.", -1);
  ui_await (note_is ("cosrt", "26", "Enhanced DBS renewed via the Update Service, March."));
  saved = ethos_store_get_note (store, "cosrt", "26", NULL);
  g_assert_cmpstr (saved, ==, "Enhanced DBS renewed via the Update Service, March.");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Saved"));
  ui_render_png (GTK_WIDGET (window), "codes-clause.png");

  /* The bookmark is listed. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.bookmarks", NULL);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "COSRT 26 · Apply knowledge, experience"));
  ui_render_png (GTK_WIDGET (window), "codes-bookmarks.png");
}

/* A note that cannot be read is said in its place, and the view cannot be typed into: an empty
 * note typed over would be saved over the kept one. */
static void
test_note_read_failure_is_said (void)
{
  GtkWidget *note;

  g_assert_true (ethos_store_set_note (store, "cosrt", "26", "Renew in March.", NULL));
  ui_store_exec (store, "DROP TABLE clause_notes");
  g_assert_true (ethos_codes_page_open_clause (page (), "cosrt", "26"));
  ui_await (clause_is ("26"));
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Could not read your note"));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (window), "no such table"));
  note = ui_await_widget (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW, NULL, NULL, "the note");
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (note)));
}

static void
test_theme (void)
{
  ethos_codes_page_show_theme (page (), "insurance");
  /* What each code says, grouped by code. */
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Atrium Code of Practice"));
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Good Therapy: COSRT"));
  ui_render_png (GTK_WIDGET (window), "codes-theme.png");
}

static void
test_import (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ethos-ui-import-XXXXXX", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "code.pdf", NULL);
  g_autofree char *good_path = g_build_filename (dir, "tpa.md", NULL);
  g_autoptr (GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr (GFile) good = g_file_new_for_path (good_path);
  g_autoptr (GPtrArray) before = ethos_store_list_codes (store, NULL);
  g_autoptr (GPtrArray) after_bad = NULL;
  g_autoptr (GPtrArray) after_good = NULL;
  g_autofree char *many_path = g_build_filename (dir, "many.txt", NULL);
  g_autoptr (GFile) many = g_file_new_for_path (many_path);
  g_autoptr (GString) paragraphs = g_string_new (NULL);

  g_assert_true (g_file_set_contents (bad_path, "%PDF-1.7\n\0\0\x01\x02\xff", 15, NULL));
  for (guint i = 0; i < 10001; i++)
    g_string_append (paragraphs, "a\n\n");
  g_assert_true (g_file_set_contents (many_path, paragraphs->str, paragraphs->len, NULL));
  g_assert_true (g_file_set_contents (good_path,
                                      "# The Practitioners' Association Code\n\n"
                                      "1. Members must have monthly supervision.\n"
                                      "2. Members must report a caution within 7 days.\n",
                                      -1, NULL));

  /* Refused, said in place, nothing changed. */
  g_assert_false (ethos_codes_page_import_file (page (), bad));
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "not plain text"));
  after_bad = ethos_store_list_codes (store, NULL);
  g_assert_cmpuint (after_bad->len, ==, before->len);
  ui_render_png (GTK_WIDGET (window), "codes-import-error.png");
  /* Past a limit (ethos-limits.h): the limit is named where the import was started. */
  g_assert_false (ethos_codes_page_import_file (page (), many));
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "more than 10,000 paragraphs"));
  g_assert_cmpuint (n_codes (), ==, before->len);

  g_assert_true (ethos_codes_page_import_file (page (), good));
  ui_await (n_codes () == before->len + 1);
  after_good = ethos_store_list_codes (store, NULL);
  g_assert_cmpuint (after_good->len, ==, before->len + 1);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "report a caution within 7 days"));
}

static void
test_narrow_and_dark (void)
{
  AdwLeaflet *leaflet;

  ui_resize (GTK_WINDOW (window), 360, 720);
  leaflet = ADW_LEAFLET (ui_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL, NULL));
  g_assert_nonnull (leaflet);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);

  g_assert_true (ethos_codes_page_open_clause (page (), "cosrt", "107"));
  ui_await (g_strcmp0 (adw_leaflet_get_visible_child_name (leaflet), "reader") == 0);
  ui_render_png (GTK_WIDGET (window), "codes-narrow-reader.png");
  adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  ui_render_png (GTK_WIDGET (window), "codes-narrow-sidebar.png");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  ui_resize (GTK_WINDOW (window), 1100, 720);
  g_assert_true (ethos_codes_page_open_clause (page (), "iapt-confidentiality", "2.1"));
  ui_await (clause_is ("2.1"));
  ui_wait_idle ();
  /* A clause with no renewal or deadline offers no reminder. */
  g_assert_null (ui_find_label_containing (GTK_WIDGET (window), "Remind Me"));
  ui_render_png (GTK_WIDGET (window), "codes-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* A window of its own on new records, for each test. */
/* A label on show whose whole text is @text. */
static GtkWidget *
find_shown_label (GtkWidget *root, const char *text)
{
  if (!gtk_widget_is_drawable (root))
    return NULL;
  if (GTK_IS_LABEL (root) && g_str_equal (gtk_label_get_text (GTK_LABEL (root)), text))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Issue 17 in the window: a misspelt word corrected and said, the count, each code's results
 * under its name, and a sub-clause with the words that lead into it. */
static void
test_corrected_and_grouped (void)
{
  GtkWidget *entry;
  GtkWidget *summary;
  GtkWidget *group;
  GtkWidget *snippet;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  entry = ui_await_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL, NULL,
                           "the Codes page's search");
  gtk_editable_set_text (GTK_EDITABLE (entry), "indemnty");
  summary = ui_await_label (GTK_WIDGET (window), "Showing results for “indemnity”");
  g_assert_true (gtk_widget_is_drawable (summary));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (summary)), " clauses in 2 codes"));
  /* Each code's name over its results, shown. */
  group = find_shown_label (GTK_WIDGET (window), "COSRT");
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_has_css_class (group, "heading"));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (window), "Atrium Code of Practice"));
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Atrium Code of Practice 9.5"));
  ui_render_png (GTK_WIDGET (window), "codes-search-corrected.png");

  gtk_editable_set_text (GTK_EDITABLE (entry), "police");
  snippet = ui_await_label (GTK_WIDGET (window), "anywhere in the world: you have accepted a caution");
  g_assert_true (gtk_widget_is_drawable (snippet));
  g_assert_null (ui_find_label_containing (GTK_WIDGET (window), "Showing results for"));
  ui_render_png (GTK_WIDGET (window), "codes-search-sub-clause.png");
}

static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
  window = ui_open_window (NULL, store, 1100, 720);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

/* The same, on the Codes page. */
static void
set_up_codes (void)
{
  set_up ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-codes", NULL);
  ui_wait_idle ();
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-XXXXXX");

  ui_test_add ("/codes-window/search-and-read", set_up, test_search_and_read, tear_down);
  ui_test_add ("/codes-window/corrected-and-grouped", set_up, test_corrected_and_grouped, tear_down);
  ui_test_add ("/codes-window/bookmark-and-note", set_up_codes, test_bookmark_and_note, tear_down);
  ui_test_add ("/codes-window/note-read-failure-is-said", set_up_codes,
               test_note_read_failure_is_said, tear_down);
  ui_test_add ("/codes-window/theme", set_up_codes, test_theme, tear_down);
  ui_test_add ("/codes-window/import", set_up_codes, test_import, tear_down);
  ui_test_add ("/codes-window/narrow-and-dark", set_up_codes, test_narrow_and_dark, tear_down);
  return g_test_run ();
}
