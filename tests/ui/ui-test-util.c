/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ui-test-util"

#include "config.h"

#include <stdarg.h>

#include <sqlite3.h>
#include <string.h>

#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ui-test-util.h"

#include "ethos-demo.h"

/* The first mapped widget of @type under @root that @match accepts (any, when NULL). */
GtkWidget *
ui_find_widget (GtkWidget *root, GType type, UiMatch match, gpointer data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root)
      && (match == NULL || match (root, data)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_find_widget (child, type, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

gboolean
ui_label_contains (GtkWidget *widget, gpointer needle)
{
  return strstr (gtk_label_get_label (GTK_LABEL (widget)), needle) != NULL;
}

GtkWidget *
ui_find_label_containing (GtkWidget *root, const char *needle)
{
  return ui_find_widget (root, GTK_TYPE_LABEL, ui_label_contains, (gpointer) needle);
}

/* ETHOS_SCREENSHOT_DIR, or screenshots/ in the test build folder. */
char *
ui_screenshot_dir (void)
{
  const char *dir = g_getenv ("ETHOS_SCREENSHOT_DIR");
  char *path = dir != NULL ? g_strdup (dir)
                           : g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL
                                                 ? g_getenv ("G_TEST_BUILDDIR")
                                                 : ".",
                                               "screenshots", NULL);

  g_mkdir_with_parents (path, 0700);
  return path;
}

void
ui_render_png (GtkWidget *window, const char *name)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *dir = ui_screenshot_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  int width, height;

  /* What was asked of the window before (a page, a size, a style) laid out and drawn. */
  ui_await_mapped (window);
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, (float) width, (float) height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("rendered %s (%d×%d)", path, width, height);
}

/* GTK and libadwaita, with Ethos's own styles as AdwApplication loads them in the program. */
/* A PDF viewer that opens nothing and ends at once, chosen before any installed one, so that
 * opening evidence launches no real program from a test (set before GLib reads the folders). */
static void
use_quiet_viewer (const char *parent, const char *config_dir)
{
  g_autofree char *data = g_build_filename (parent, "data", NULL);
  g_autofree char *apps = g_build_filename (data, "applications", NULL);
  g_autofree char *viewer = g_build_filename (apps, "ethos-test-viewer.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (config_dir, "mimeapps.list", NULL);

  g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (config_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (viewer,
                                      "[Desktop Entry]\nType=Application\nName=Quiet viewer\n"
                                      "Exec=true %f\nMimeType=application/pdf;\nNoDisplay=true\n",
                                      -1, NULL));
  g_assert_true (g_file_set_contents (mimeapps,
                                      "[Default Applications]\n"
                                      "application/pdf=ethos-test-viewer.desktop\n",
                                      -1, NULL));
  g_setenv ("XDG_DATA_HOME", data, TRUE);
}

/* A test program's start: a private folder made from @tmp_template (returned, for the records)
 * with the configuration and the runtime folder under it (the login entry Ethos may write goes
 * there, set before GLib reads it), then GLib's tests and ui_init(). */
char *
ui_test_init (int *argc, char ***argv, const char *tmp_template)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *config_dir = NULL;
  g_autofree char *runtime_dir = NULL;
  char *dir = g_dir_make_tmp (tmp_template, &error);

  g_assert_no_error (error);
  config_dir = g_build_filename (dir, "config", NULL);
  runtime_dir = g_build_filename (dir, "runtime", NULL);
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  /* Files written for a viewer to open stay in the test's folder. */
  g_assert_cmpint (g_mkdir_with_parents (runtime_dir, 0700), ==, 0);
  g_setenv ("XDG_RUNTIME_DIR", runtime_dir, TRUE);
  use_quiet_viewer (dir, config_dir);
  g_test_init (argc, argv, NULL);
  ui_init ();
  return dir;
}

void
ui_init (void)
{
  g_autoptr (GtkCssProvider) provider = NULL;

  /* GTK's test accessibility backend keeps what a screen reader would be told, for
   * ui_assert_controls_named(), without a bus to talk to (build-aux/dev sets none). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_init ();
  adw_init ();
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/org/ethosapp/Ethos/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  /* The title buttons GNOME shows (Xvfb has no desktop settings, and GTK's fallback adds
   * minimise and maximise), so narrow windows are measured as a user would see them. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  /* A steady text cursor: a blinking one fades in and out frame by frame for 10 s after each
   * key, so the main loop would never have nothing left to do (ui_wait_idle). */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
  /* GNOME's interface font (fonts-cantarell), rather than whatever fontconfig picks. */
  g_object_set (gtk_settings_get_default (), "gtk-font-name", "Cantarell 11", NULL);
}

/* The first open window of @type (a dialog the code under test opened), or NULL. */
GtkWindow *
ui_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not ours to free */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_WINDOW (toplevel);
    }
  return NULL;
}

/* Accessible names ---------------------------------------------------------------------------
 *
 * What a screen reader says for a control is its accessible name. GTK 4.8 computes it (in
 * gtk_at_context_get_name) from the control's own GTK_ACCESSIBLE_PROPERTY_LABEL, then from the
 * LABEL property of each widget it is GTK_ACCESSIBLE_RELATION_LABELLED_BY (one level, not
 * further); with neither, it falls back to the widget's type name ("GtkButton"), which is no
 * name at all. Text a control merely shows is not its name: GtkButton:label and GtkCheckButton:
 * label set the property, an icon-name only relates the button to its unlabelled image, a
 * GtkLabel becomes a name through its mnemonic-widget (as AdwButtonContent, AdwActionRow and
 * AdwEntryRow wire theirs), and an AdwActionRow names a suffix only when it is the row's
 * activatable-widget. The checks below read those same attributes through GTK's testing API. */

/* The roles of what a person operates or reads as one thing, and so must hear named. */
static gboolean
role_needs_name (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_DIALOG:
    case GTK_ACCESSIBLE_ROLE_GRID:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_LIST:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO:
    case GTK_ACCESSIBLE_ROLE_METER:
    case GTK_ACCESSIBLE_ROLE_PROGRESS_BAR:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TAB:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
    case GTK_ACCESSIBLE_ROLE_TREE_GRID:
    case GTK_ACCESSIBLE_ROLE_WINDOW:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The accessible label property of @widget, or NULL when it has none. */
static char *
accessible_label (GtkWidget *widget)
{
  char *label;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  /* The testing API returns the value when it differs from the one asked about: ask about a
   * label no widget has. */
  label = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
  if (label != NULL && g_strstrip (label)[0] == '\0')
    g_clear_pointer (&label, g_free);
  return label;
}

static void
collect_widgets (GtkWidget *widget, GHashTable *known)
{
  g_hash_table_add (known, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, known);
}

/* Every widget of every open window (and their popovers), to resolve relations against. */
static GHashTable *
known_widgets (void)
{
  GHashTable *known = g_hash_table_new (NULL, NULL);
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      collect_widgets (toplevel, known);
    }
  return known;
}

/* The accessible labels of the widgets @widget is labelled by, in order (NULL for one with
 * none), or NULL without the relation. The testing API prints a reference list as
 * "Type<address>…"; the addresses are looked up among the widgets of the open windows. */
static GPtrArray *
labelled_by_labels (GtkWidget *widget, GHashTable *known)
{
  g_autofree char *printed = NULL;
  GPtrArray *labels;

  if (!gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                         GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return NULL;
  labels = g_ptr_array_new_with_free_func (g_free);
  printed = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                                GTK_ACCESSIBLE_RELATION_LABELLED_BY, NULL);
  for (const char *p = printed != NULL ? strstr (printed, "<0x") : NULL; p != NULL;
       p = strstr (p + 1, "<0x"))
    {
      gpointer address = GSIZE_TO_POINTER ((gsize) g_ascii_strtoull (p + 3, NULL, 16));

      g_ptr_array_add (labels, g_hash_table_contains (known, address)
                                 ? accessible_label (GTK_WIDGET (address))
                                 : NULL);
    }
  return labels;
}

/* The accessible name of @widget as GTK 4.8 gives it to AT-SPI (gtk_at_context_get_name): its
 * label, then the labels of the widgets it is labelled by; a related widget with no label
 * adds its type name when nothing came before it. NULL when the name is empty or has such a
 * type name in it: a screen reader would say "GtkImage". */
char *
ui_accessible_name (GtkWidget *widget)
{
  g_autoptr (GHashTable) known = known_widgets ();
  g_autoptr (GPtrArray) related = labelled_by_labels (widget, known);
  g_autofree char *own = accessible_label (widget);
  g_autoptr (GString) name = g_string_new (own);

  for (guint i = 0; related != NULL && i < related->len; i++)
    {
      const char *part = g_ptr_array_index (related, i);

      if (part == NULL && name->len == 0)
        return NULL;
      if (part == NULL)
        continue;
      if (name->len > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, part);
    }
  return name->len > 0 ? g_strdup (name->str) : NULL;
}

/* The id @widget has in its template or .ui file, or NULL (GtkBuilder names the others
 * "___object_N___"). */
static const char *
buildable_id (GtkWidget *widget)
{
  const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget));

  return id != NULL && !g_str_has_prefix (id, "___object_") ? id : NULL;
}

/* How a person finds @widget in the source: its type, id in the template, style classes, the
 * row it sits in, and the path of types and ids above it. */
char *
ui_describe_widget (GtkWidget *widget)
{
  GString *text = g_string_new (G_OBJECT_TYPE_NAME (widget));
  const char *id = buildable_id (widget);
  g_auto (GStrv) classes = gtk_widget_get_css_classes (widget);
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  GPtrArray *path = g_ptr_array_new ();

  if (id != NULL)
    g_string_append_printf (text, "#%s", id);
  g_string_append_printf (text, " (css %s", gtk_widget_get_css_name (widget));
  for (guint i = 0; classes[i] != NULL; i++)
    g_string_append_printf (text, ".%s", classes[i]);
  g_string_append_c (text, ')');
  if (GTK_IS_BUTTON (widget) && gtk_button_get_icon_name (GTK_BUTTON (widget)) != NULL)
    g_string_append_printf (text, " icon %s", gtk_button_get_icon_name (GTK_BUTTON (widget)));
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)))
    g_string_append_printf (text, " icon %s",
                            gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)));
  if (row != NULL && row != widget)
    g_string_append_printf (text, " in the row “%s”",
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  for (GtkWidget *up = gtk_widget_get_parent (widget); up != NULL; up = gtk_widget_get_parent (up))
    {
      const char *up_id = buildable_id (up);

      /* Ethos's own widgets and the ones with ids say where; the plain boxes between do not. */
      if (up_id != NULL)
        g_ptr_array_insert (path, 0, g_strdup_printf ("%s#%s", G_OBJECT_TYPE_NAME (up), up_id));
      else if (g_str_has_prefix (G_OBJECT_TYPE_NAME (up), "Ethos") || gtk_widget_get_parent (up) == NULL)
        g_ptr_array_insert (path, 0, g_strdup (G_OBJECT_TYPE_NAME (up)));
    }
  g_string_append (text, " at ");
  for (guint i = 0; i < path->len; i++)
    {
      g_string_append (text, g_ptr_array_index (path, i));
      g_string_append (text, i + 1 < path->len ? " > " : "");
      g_free (g_ptr_array_index (path, i));
    }
  g_ptr_array_free (path, TRUE);
  return g_string_free (text, FALSE);
}

/* Would AT-SPI show @widget at all? GTK 4.8 leaves out hidden widgets, those with the roles
 * none and presentation, and those marked hidden. */
static gboolean
presented (GtkWidget *widget)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
  g_autofree char *hidden = NULL;

  if (!gtk_widget_get_visible (widget) || role == GTK_ACCESSIBLE_ROLE_NONE
      || role == GTK_ACCESSIBLE_ROLE_PRESENTATION)
    return FALSE;
  /* The testing API returns NULL when the state is the one asked about. */
  hidden = gtk_test_accessible_check_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN,
                                            TRUE);
  return hidden != NULL;
}

/* A list that can take no focus, as AdwComboRow's display of its value: read as part of its
 * row, never landed on. */
static gboolean
inert_list (GtkWidget *widget)
{
  switch ((int) gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)))
    {
    case GTK_ACCESSIBLE_ROLE_LIST:
    case GTK_ACCESSIBLE_ROLE_GRID:
    case GTK_ACCESSIBLE_ROLE_TREE_GRID:
      return !gtk_widget_get_can_focus (widget);
    default:
      return FALSE;
    }
}

static void
collect_unnamed (GtkWidget *widget, GPtrArray *problems, guint *checked)
{
  /* What is not on screen (a page not shown, a closed popover) is checked where it shows. */
  if (!gtk_widget_get_mapped (widget))
    return;
  if (presented (widget) && gtk_widget_is_sensitive (widget)
      && role_needs_name (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)))
      && !inert_list (widget))
    {
      g_autofree char *name = ui_accessible_name (widget);

      (*checked)++;
      if (g_test_verbose () && name != NULL)
        {
          g_autofree char *described = ui_describe_widget (widget);

          g_test_message ("“%s”: %s", name, described);
        }
      if (name == NULL)
        g_ptr_array_add (problems, ui_describe_widget (widget));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, problems, checked);
}

/* The controls on screen under @root that a screen reader would announce with no name, each
 * described by ui_describe_widget(); @n_checked (if not NULL) is set to how many controls were
 * looked at. */
GPtrArray *
ui_unnamed_controls (GtkWidget *root, guint *n_checked)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  guint checked = 0;

  collect_unnamed (root, problems, &checked);
  if (n_checked != NULL)
    *n_checked = checked;
  return problems;
}

/* Fails the test (and goes on, so that one run names them all), naming each control under
 * @root that has no accessible name; @where says which state of which page was checked. */
void
ui_assert_controls_named (GtkWidget *root, const char *where)
{
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GString) report = g_string_new (NULL);
  GtkWidget *probe = g_object_ref_sink (gtk_label_new ("probe"));
  guint checked = 0;
  gboolean has_context = gtk_test_accessible_has_property (GTK_ACCESSIBLE (probe),
                                                           GTK_ACCESSIBLE_PROPERTY_LABEL);

  g_object_unref (probe);
  if (!has_context)
    {
      g_test_fail_printf ("%s: GTK keeps no accessible attributes (GTK_A11Y=none?): call "
                          "ui_init() before anything else", where);
      return;
    }
  problems = ui_unnamed_controls (root, &checked);
  /* Nothing on screen to check is a page or dialog that never showed, not a pass. */
  if (checked == 0)
    {
      g_test_fail_printf ("%s: no control on screen to check", where);
      return;
    }
  for (guint i = 0; i < problems->len; i++)
    g_string_append_printf (report, "\n  %s", (char *) g_ptr_array_index (problems, i));
  /* GLib keeps only the last failure's words: each report goes to the log as well. */
  if (problems->len > 0)
    {
      g_test_message ("%s: %u control(s) with no accessible name:%s", where, problems->len,
                      report->str);
      g_test_fail_printf ("%s: %u control(s) with no accessible name:%s", where, problems->len,
                          report->str);
    }
  else
    g_test_message ("%s: all %u controls on screen have an accessible name", where, checked);
}

/* The records in @data_dir (a new folder when NULL), with @n_demo_entries of the demo diary
 * (made from @seed) when not 0. */
EthosStore *
ui_open_store (const char *data_dir, guint n_demo_entries, guint seed)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *made = NULL;
  EthosStore *store;

  if (data_dir == NULL)
    made = g_dir_make_tmp ("ethos-ui-case-XXXXXX", &error);
  g_assert_no_error (error);
  store = ethos_store_open (data_dir != NULL ? data_dir : made, &error);
  g_assert_no_error (error);
  if (n_demo_entries > 0)
    {
      g_assert_true (ethos_demo_fill (store, n_demo_entries, seed, &error));
      g_assert_no_error (error);
    }
  return store;
}

/* @sql run on @store's database through a connection of its own, as another program (or a
 * failing disk) would change the records under the window: a table dropped makes the reads
 * that use it fail for real. */
void
ui_store_exec (EthosStore *store, const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (ethos_store_get_path (store), &db, SQLITE_OPEN_READWRITE,
                                    NULL),
                   ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* The number @sql (one row, one column) answers on @store's database, read through a
 * connection of its own: for what the window keeps but does not show (a reminder's history). */
int
ui_store_count (EthosStore *store, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int count;

  g_assert_cmpint (sqlite3_open_v2 (ethos_store_get_path (store), &db, SQLITE_OPEN_READONLY,
                                    NULL),
                   ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK
      || sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return count;
}

/* A registered EthosApplication, for its accelerators, its shortcuts window and About: one for
 * the program, as GApplication has one object path on the bus. */
EthosApplication *
ui_register_application (void)
{
  g_autoptr (GError) error = NULL;
  EthosApplication *application = ethos_application_new ();

  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  return application;
}

/* The practitioner the widget tests judge: in full-time practice, an accredited member of BACP,
 * a registrant of NCPS, working towards COSRT accreditation, so that each body's rules bind
 * them as the tests expect. Bodies of other classes keep none. */
void
ui_give_classes (EthosStore *store)
{
  static const char *const classes[][2] = {
    { "bacp", "accredited" },
    { "ncps", "registrant" },
    { "cosrt", "pre-accreditation" },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) memberships = ethos_store_list_memberships (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < memberships->len; i++)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i);

      for (guint c = 0; c < G_N_ELEMENTS (classes); c++)
        if (g_str_equal (membership->body_id, classes[c][0]))
          g_assert_true (ethos_store_set_membership_class (store, classes[c][0], classes[c][1],
                                                           &error));
      g_assert_no_error (error);
    }
  g_assert_true (ethos_store_set_practice (store, ETHOS_PRACTICE_FULL_TIME, 0, &error));
}

/* Answers the message dialog headed @heading with @response, as a click on its button would. */
void
ui_answer_dialog (const char *heading, const char *response)
{
  GtkWindow *dialog;

  ui_await ((dialog = ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, heading);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (dialog);
}

/* Runs ethos-cli (ETHOS_CLI) on @dir with the arguments after it, NULL-ended; fails the test
 * when it fails, saying what it said; returns what it printed, stripped. */
char *
ui_run_cli (const char *dir, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *arg;
  va_list args;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("ETHOS_CLI"));
  g_ptr_array_add (argv, (gpointer) "--data-dir");
  g_ptr_array_add (argv, (gpointer) dir);
  va_start (args, dir);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_nonnull (g_ptr_array_index (argv, 0));
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("ethos-cli failed: %s", err);
  return g_strstrip (g_steal_pointer (&out));
}
