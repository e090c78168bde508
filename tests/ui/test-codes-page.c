/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-codes-page"

#include "config.h"

#include "ui-test-util.h"
#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>
#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "ethos-citation.h"
#include "ethos-code-store.h"
#include "ethos-profile-store.h"
#include "ethos-settings.h"
#include "ethos-window.h"

/* The Codes page as a practitioner moves about it, with real clicks (the X server's XTest
 * extension): it opens on a code of one of their bodies, then on the clause they last read; a
 * click on a clause leaves the list where it was and selects none of the clause's text; the
 * panes keep their widths from code to code; a clause's title takes two lines before it is cut
 * short. */

static EthosStore *store;
static EthosWindow *window;
static Display *xdisplay;

static EthosCodesPage *
page (void)
{
  return ethos_window_get_codes_page (window);
}

static GtkWidget *
part (const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (page ()), ETHOS_TYPE_CODES_PAGE,
                                                   name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static GtkLabel *
reader_text (void)
{
  return GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (ethos_codes_page_get_reader (page ())),
                                                   ETHOS_TYPE_CLAUSE_READER, "text_label"));
}

static EthosClause *
open_clause (void)
{
  return ethos_clause_reader_get_clause (ethos_codes_page_get_reader (page ()));
}

static gboolean
clause_is (const char *code_id, const char *ref)
{
  EthosClause *clause = open_clause ();

  return clause != NULL && g_strcmp0 (clause->code_id, code_id) == 0
         && g_strcmp0 (clause->ref, ref) == 0;
}

static const char *
contents_title (void)
{
  return gtk_label_get_label (GTK_LABEL (part ("contents_title")));
}

static const char *
code_title (const char *code_id)
{
  static char *title;
  g_autoptr (EthosCodeInfo) info = ethos_store_get_code (store, code_id, NULL);

  g_assert_nonnull (info);
  g_free (title);
  title = g_strdup (info->title);
  return title;
}

static GtkAdjustment *
clause_adjustment (void)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (part ("clause_view"), GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static void
set_bodies (const char *const *body_ids)
{
  g_autoptr (GPtrArray) memberships = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ethos_membership_free);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; body_ids[i] != NULL; i++)
    {
      EthosMembership *membership = g_new0 (EthosMembership, 1);

      membership->body_id = g_strdup (body_ids[i]);
      g_ptr_array_add (memberships, membership);
    }
  g_assert_true (ethos_store_set_memberships (store, memberships, &error));
  g_assert_no_error (error);
}

/* The window, on the Codes page, at @width × @height. */
static void
open_codes (int width, int height)
{
  window = ui_open_window (NULL, store, width, height);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-codes", NULL);
  ui_await_mapped (part ("clause_view"));
  ui_wait_idle ();
}

/* Clicks ------------------------------------------------------------------------------------- */

/* A press and release of the first button at @widget's middle, through the X server as a mouse
 * gives it; returns once the window has handled it. */
static void
x_click (GtkWidget *widget)
{
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.f,
                                                 gtk_widget_get_height (widget) / 2.f);
  graphene_point_t in_window;
  double surface_x, surface_y;
  int root_x, root_y;
  Window child;

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (gtk_widget_get_native (widget)),
                                           &middle, &in_window));
  gtk_native_get_surface_transform (gtk_widget_get_native (widget), &surface_x, &surface_y);
  XTranslateCoordinates (xdisplay, gdk_x11_surface_get_xid (surface),
                         DefaultRootWindow (xdisplay), (int) (in_window.x + surface_x),
                         (int) (in_window.y + surface_y), &root_x, &root_y, &child);
  XTestFakeMotionEvent (xdisplay, -1, root_x, root_y, CurrentTime);
  XSync (xdisplay, False);
  ui_drain ();
  XTestFakeButtonEvent (xdisplay, 1, True, CurrentTime);
  XTestFakeButtonEvent (xdisplay, 1, False, CurrentTime);
  XSync (xdisplay, False);
  ui_wait_idle ();
}

/* The row of the code called @title in the sidebar. */
static GtkWidget *
code_row (const char *title)
{
  GtkWidget *label = ui_find_widget (part ("codes_list"), GTK_TYPE_LABEL, ui_label_contains,
                                     (gpointer) title);

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
}

static void
click_code (const char *code_id)
{
  const char *title = code_title (code_id);

  x_click (code_row (title));
  ui_await (g_strcmp0 (contents_title (), title) == 0);
  ui_wait_idle ();
}

/* The clause rows of the open code that the list shows whole, top to bottom. */
static GPtrArray *
whole_rows (void)
{
  GtkWidget *view = part ("clause_view");
  GtkWidget *scroller = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *item = gtk_widget_get_first_child (view); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *box = gtk_widget_get_first_child (item);
      graphene_rect_t bounds;

      /* Sections are headings, not clauses: their ref label is hidden. */
      if (box == NULL || !gtk_widget_get_child_visible (item) || !gtk_widget_get_mapped (item)
          || !gtk_widget_get_visible (gtk_widget_get_first_child (box))
          || !gtk_widget_compute_bounds (item, scroller, &bounds))
        continue;
      if (bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller))
        g_ptr_array_add (rows, item);
    }
  return rows;
}

/* Whether the list shows the open clause's row whole, selected. */
static gboolean
open_clause_shown (void)
{
  g_autoptr (GPtrArray) rows = whole_rows ();
  g_autofree char *outline_ref = ethos_citation_outline_ref (open_clause ());

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *item = g_ptr_array_index (rows, i);
      GtkWidget *ref = gtk_widget_get_first_child (gtk_widget_get_first_child (item));

      if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (ref)), outline_ref) == 0)
        return (gtk_widget_get_state_flags (item) & GTK_STATE_FLAG_SELECTED) != 0;
    }
  return FALSE;
}

static gint
by_top (gconstpointer a, gconstpointer b)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (part ("clause_view"), GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t ra, rb;

  g_assert_true (gtk_widget_compute_bounds (*(GtkWidget **) a, scroller, &ra));
  g_assert_true (gtk_widget_compute_bounds (*(GtkWidget **) b, scroller, &rb));
  return ra.origin.y < rb.origin.y ? -1 : ra.origin.y > rb.origin.y;
}

/* Clicks the clause row the list shows whole at @index from the top (negative: from the bottom),
 * and returns once the reader shows its clause. */
static void
click_clause_row (int index)
{
  g_autoptr (GPtrArray) rows = whole_rows ();
  EthosClause *before = open_clause ();
  GtkWidget *row;

  g_ptr_array_sort (rows, by_top);
  g_assert_cmpuint (rows->len, >, 4);
  row = g_ptr_array_index (rows, index >= 0 ? (guint) index : rows->len - (guint) -index);
  x_click (row);
  ui_await (open_clause () != NULL && open_clause () != before);
  ui_wait_idle ();
}

/* Tests -------------------------------------------------------------------------------------- */

/* The first time, the page opens on a code of the practitioner's own bodies: BACP has none that
 * Ethos ships, so IPT UK's. */
static void
test_opens_on_a_body_code (void)
{
  set_bodies ((const char *[]) { "bacp", "ipt-uk", NULL });
  open_codes (1280, 800);
  g_assert_cmpstr (contents_title (), ==, code_title ("ipt-uk"));
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (code_row (code_title ("ipt-uk")))));
  g_assert_null (open_clause ());
  /* No row marked as read, the heading at the top included. */
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (
                      gtk_list_view_get_model (GTK_LIST_VIEW (part ("clause_view"))))),
                    ==, GTK_INVALID_LIST_POSITION);
  ui_render_png (GTK_WIDGET (window), "codes-page-opens-on-body.png");
}

/* With no body of theirs naming a code, the first code. */
static void
test_opens_on_first_code_without_bodies (void)
{
  g_autoptr (GPtrArray) codes = ethos_store_list_codes (store, NULL);
  EthosCodeInfo *first = g_ptr_array_index (codes, 0);

  set_bodies ((const char *[]) { "bacp", NULL });
  open_codes (1280, 800);
  g_assert_cmpstr (contents_title (), ==, first->title);
}

/* Opened again, it is where the practitioner left it: the clause they last read. */
static void
test_opens_on_last_clause (void)
{
  set_bodies ((const char *[]) { "ipt-uk", NULL });
  open_codes (1280, 800);
  click_code ("cosrt");
  gtk_adjustment_set_value (clause_adjustment (), 1500);
  ui_wait_idle ();
  click_clause_row (2);
  {
    g_autofree char *code_id = g_strdup (open_clause ()->code_id);
    g_autofree char *ref = g_strdup (open_clause ()->ref);

    ui_close_windows ();
    open_codes (1280, 800);
    ui_await (open_clause () != NULL);
    g_assert_true (clause_is (code_id, ref));
    g_assert_cmpstr (contents_title (), ==, code_title ("cosrt"));
    /* The list shows it, far down the code as it is. */
    ui_await (open_clause_shown ());
    g_assert_cmpfloat (gtk_adjustment_get_value (clause_adjustment ()), >, 0);
    g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (code_row (code_title ("cosrt")))));
    ui_render_png (GTK_WIDGET (window), "codes-page-opens-on-last-clause.png");
  }
}

/* A clause that is no longer there (its code removed, or changed) is passed over without a
 * word: the page opens as it would the first time. */
static void
test_last_clause_gone (void)
{
  g_autoptr (GSettings) settings = ethos_settings_new ();

  g_assert_nonnull (settings);
  set_bodies ((const char *[]) { "ipt-uk", NULL });
  g_settings_set (settings, "last-clause", "(ss)", "cosrt", "no-such-clause");
  open_codes (1280, 800);
  g_assert_null (open_clause ());
  g_assert_cmpstr (contents_title (), ==, code_title ("ipt-uk"));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (part ("error_revealer"))));

  ui_close_windows ();
  g_settings_set (settings, "last-clause", "(ss)", "no-such-code", "1");
  open_codes (1280, 800);
  g_assert_null (open_clause ());
  g_assert_cmpstr (contents_title (), ==, code_title ("ipt-uk"));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (part ("error_revealer"))));
}

/* A click on a clause opens it and leaves the list where it was, near the top, in the middle and
 * at the bottom of what it shows. */
static void
test_click_keeps_list (void)
{
  const int picks[] = { 1, 5, -2, -1 };
  double value;

  open_codes (1280, 800);
  click_code ("cosrt");
  gtk_adjustment_set_value (clause_adjustment (), 2000);
  ui_wait_idle ();
  value = gtk_adjustment_get_value (clause_adjustment ());
  g_assert_cmpfloat (value, >, 0);
  for (guint i = 0; i < G_N_ELEMENTS (picks); i++)
    {
      click_clause_row (picks[i]);
      g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (clause_adjustment ()), value, 0.5);
    }
  /* Next from the reader still brings its clause into view. */
  gtk_adjustment_set_value (clause_adjustment (), 0);
  ui_wait_idle ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-clause", NULL);
  ui_wait_idle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (clause_adjustment ()), >, 0);
}

/* Opening a clause selects none of its text, whether the reader is beside the list or, at a
 * phone's width, in its place. */
static void
test_open_selects_nothing (void)
{
  AdwLeaflet *leaflet;
  int start, end;

  open_codes (1280, 800);
  click_code ("cosrt");
  click_clause_row (3);
  g_assert_false (gtk_label_get_selection_bounds (reader_text (), &start, &end));
  /* The list keeps the keyboard, for the next clause down. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         part ("clause_view")));
  click_clause_row (4);
  g_assert_false (gtk_label_get_selection_bounds (reader_text (), &start, &end));

  ui_resize (GTK_WINDOW (window), 360, 720);
  leaflet = ADW_LEAFLET (part ("leaflet"));
  ui_await (adw_leaflet_get_folded (leaflet));
  adw_leaflet_set_visible_child_name (leaflet, "contents");
  ui_wait_idle ();
  click_clause_row (2);
  ui_await (g_strcmp0 (adw_leaflet_get_visible_child_name (leaflet), "reader") == 0);
  ui_wait_idle ();
  g_assert_false (gtk_label_get_selection_bounds (reader_text (), &start, &end));
  ui_render_png (GTK_WIDGET (window), "codes-page-narrow-opened.png");
}

typedef struct
{
  int sidebar, contents, reader;
} Widths;

/* The leaflet's pane that holds @widget. */
static int
pane_width (GtkWidget *widget)
{
  GtkWidget *leaflet = part ("leaflet");

  while (gtk_widget_get_parent (widget) != leaflet)
    widget = gtk_widget_get_parent (widget);
  return gtk_widget_get_width (widget);
}

static Widths
pane_widths (void)
{
  Widths widths = { pane_width (part ("search_entry")), pane_width (part ("contents_title")),
                    pane_width (GTK_WIDGET (ethos_codes_page_get_reader (page ()))) };

  return widths;
}

/* Switching codes, and opening a clause in each, moves no pane's edge. */
static void
test_pane_widths_stay (void)
{
  const int sizes[][2] = { { 1280, 800 }, { 1100, 720 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr (GPtrArray) codes = ethos_store_list_codes (store, NULL);
      Widths first;

      open_codes (sizes[s][0], sizes[s][1]);
      first = pane_widths ();
      g_test_message ("%d px: %d, %d, %d", sizes[s][0], first.sidebar, first.contents, first.reader);
      for (guint i = 0; i < codes->len; i++)
        {
          EthosCodeInfo *info = g_ptr_array_index (codes, i);

          for (guint opened = 0; opened < 2; opened++)
            {
              Widths now;

              if (opened == 0)
                click_code (info->id);
              else
                click_clause_row (1);
              now = pane_widths ();
              g_test_message ("%s%s: %d, %d, %d", info->id, opened ? " (a clause open)" : "",
                              now.sidebar, now.contents, now.reader);
              g_assert_cmpint (now.sidebar, ==, first.sidebar);
              g_assert_cmpint (now.contents, ==, first.contents);
              g_assert_cmpint (now.reader, ==, first.reader);
            }
        }
      /* Nor does a message in the sidebar. */
      {
        g_autoptr (GFile) missing = g_file_new_for_path ("/nonexistent/a-code-with-a-long-name.md");
        Widths now;

        g_assert_false (ethos_codes_page_import_file (page (), missing));
        ui_await (gtk_revealer_get_child_revealed (GTK_REVEALER (part ("error_revealer"))));
        now = pane_widths ();
        g_assert_cmpint (now.sidebar, ==, first.sidebar);
        g_assert_cmpint (now.contents, ==, first.contents);
      }
      ui_close_windows ();
    }
}

/* A clause's title in the middle column takes up to two lines, then is cut short. */
static void
test_titles_take_two_lines (void)
{
  g_autoptr (GPtrArray) rows = NULL;
  guint two_lines = 0, cut = 0;

  open_codes (1280, 800);
  click_code ("cosrt");
  rows = whole_rows ();
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *box = gtk_widget_get_first_child (g_ptr_array_index (rows, i));
      GtkLabel *title = GTK_LABEL (gtk_widget_get_next_sibling (gtk_widget_get_first_child (box)));
      PangoLayout *layout = gtk_label_get_layout (title);

      g_assert_cmpint (pango_layout_get_line_count (layout), <=, 2);
      two_lines += pango_layout_get_line_count (layout) == 2;
      cut += pango_layout_is_ellipsized (layout);
    }
  /* COSRT's clauses are sentences: most need the second line, and the long ones more. */
  g_assert_cmpuint (two_lines, >, rows->len / 2);
  g_assert_cmpuint (cut, >, 0);
  ui_render_png (GTK_WIDGET (window), "codes-page-titles.png");
}

/* Each case on new records. */
static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-codes-page-XXXXXX");
  int event_base, error_base, major, minor;

  xdisplay = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  g_assert_true (XTestQueryExtension (xdisplay, &event_base, &error_base, &major, &minor));

  ui_test_add ("/codes-page/opens-on-a-body-code", set_up, test_opens_on_a_body_code, tear_down);
  ui_test_add ("/codes-page/opens-on-first-code-without-bodies", set_up,
               test_opens_on_first_code_without_bodies, tear_down);
  ui_test_add ("/codes-page/opens-on-last-clause", set_up, test_opens_on_last_clause, tear_down);
  ui_test_add ("/codes-page/last-clause-gone", set_up, test_last_clause_gone, tear_down);
  ui_test_add ("/codes-page/click-keeps-list", set_up, test_click_keeps_list, tear_down);
  ui_test_add ("/codes-page/open-selects-nothing", set_up, test_open_selects_nothing, tear_down);
  ui_test_add ("/codes-page/pane-widths-stay", set_up, test_pane_widths_stay, tear_down);
  ui_test_add ("/codes-page/titles-take-two-lines", set_up, test_titles_take_two_lines, tear_down);
  return g_test_run ();
}
