/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-accessibility"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-application.h"
#include "ethos-demo.h"
#include "ethos-error-window.h"
#include "ethos-event-dialog.h"
#include "ethos-client-hours-dialog.h"
#include "ethos-export-dialog.h"
#include "ethos-plan-dialog.h"
#include "ethos-plan-store.h"
#include "ethos-preferences-window.h"
#include "ethos-reminder-dialog.h"
#include "ethos-reminder-store.h"
#include "ethos-standard-dialog.h"
#include "ethos-store.h"
#include "ethos-welcome-window.h"
#include "ethos-window.h"

/* What a screen reader would announce: every control on every page, in the states a
 * practitioner meets them with a real diary (a demo one), in each dialog and at 360 px, has an
 * accessible name. The walker itself is tested first, on controls with and without one. */

static EthosApplication *application;
static EthosStore *store;
static EthosWindow *window;

static gboolean
has_id (GtkWidget *widget, gpointer id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

static gboolean
is_primary (GtkWidget *widget, gpointer data)
{
  return gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

/* Opens the popover of @button, checks it, closes it. */
static void
check_popover (GtkWidget *button, const char *where)
{
  GtkWidget *popover;

  g_assert_nonnull (button);
  /* Focused, a button below the fold is scrolled into view (and the popover onto a monitor). */
  gtk_widget_grab_focus (button);
  ui_wait_idle ();
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  ui_await_mapped (popover);
  ui_assert_controls_named (GTK_WIDGET (window), where);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  ui_await (!gtk_widget_get_mapped (popover));
}

/* Shows the page @name, laid out. */
static void
show_page (const char *name)
{
  g_autofree char *action = g_strdup_printf ("win.page-%s", name);
  AdwViewStack *stack = ADW_VIEW_STACK (ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK,
                                                        NULL, NULL));

  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  ui_await (g_strcmp0 (adw_view_stack_get_visible_child_name (stack), name) == 0);
  ui_wait_idle ();
}

static gboolean
clause_open (const char *code_id, const char *ref)
{
  EthosClause *clause = ethos_clause_reader_get_clause (
    ethos_codes_page_get_reader (ethos_window_get_codes_page (window)));

  return clause != NULL && g_strcmp0 (clause->code_id, code_id) == 0
         && g_strcmp0 (clause->ref, ref) == 0;
}

static EthosEntry *
editor_entry (void)
{
  return ethos_entry_editor_get_entry (
    ethos_diary_page_get_editor (ethos_window_get_diary_page (window)));
}

/* Whether the Diary's editor has an entry from the diary open. */
static gboolean
editing_saved (void)
{
  return editor_entry () != NULL && editor_entry ()->id != 0;
}

/* Whether the Diary's editor has a new entry of @kind open. */
static gboolean
editing_new (EthosEntryKind kind)
{
  return editor_entry () != NULL && editor_entry ()->id == 0 && editor_entry ()->kind == kind;
}

/* The walker --------------------------------------------------------------------------------- */

static const char walker_ui[] =
  "<interface>"
  "<object class='GtkWindow' id='probe_window'><property name='title'>Probe</property>"
  "<child><object class='GtkBox'><property name='orientation'>vertical</property>"
  /* Unnamed: an icon alone, a label child without a mnemonic, an entry with a label beside
   * it, a switch in a row that does not name it, an icon menu button, a text view. */
  "<child><object class='GtkButton' id='bare_icon'><property name='icon-name'>edit-copy-symbolic</property>"
  "  <property name='tooltip-text'>Copy</property></object></child>"
  "<child><object class='GtkButton' id='label_child'><child><object class='GtkLabel'>"
  "  <property name='label'>Shown, not named</property></object></child></object></child>"
  "<child><object class='GtkLabel'><property name='label'>Name</property></object></child>"
  "<child><object class='GtkEntry' id='bare_entry'/></child>"
  "<child><object class='GtkListBox'><property name='selection-mode'>none</property>"
  "  <child><object class='AdwActionRow'><property name='title'>Autostart</property>"
  "    <child><object class='GtkSwitch' id='loose_switch'/></child></object></child>"
  "  <child><object class='AdwActionRow'><property name='title'>Wired</property>"
  "    <property name='activatable-widget'>wired_switch</property>"
  "    <child><object class='GtkSwitch' id='wired_switch'/></child></object></child>"
  "  <child><object class='AdwEntryRow' id='entry_row'><property name='title'>Title</property></object></child>"
  "  <accessibility><property name='label'>Rows</property></accessibility>"
  "</object></child>"
  "<child><object class='GtkMenuButton' id='bare_menu'><property name='icon-name'>open-menu-symbolic</property></object></child>"
  "<child><object class='GtkTextView' id='bare_text'/></child>"
  /* Named: the same with a label given, a mnemonic label, a labelled-by relation. */
  "<child><object class='GtkButton' id='named_icon'><property name='icon-name'>edit-copy-symbolic</property>"
  "  <accessibility><property name='label'>Copy the clause</property></accessibility></object></child>"
  "<child><object class='GtkButton' id='labelled_button'><property name='label'>_Save</property>"
  "  <property name='use-underline'>true</property></object></child>"
  "<child><object class='GtkButton' id='content_button'><child><object class='AdwButtonContent'>"
  "  <property name='icon-name'>document-open-symbolic</property><property name='label'>_Import</property>"
  "  <property name='use-underline'>true</property></object></child></object></child>"
  "<child><object class='GtkLabel' id='note_label'><property name='label'>Your note</property></object></child>"
  "<child><object class='GtkTextView' id='named_text'><accessibility>"
  "  <relation name='labelled-by'>note_label</relation></accessibility></object></child>"
  "<child><object class='GtkLabel'><property name='label'>_Reflection</property>"
  "  <property name='use-underline'>true</property><property name='mnemonic-widget'>mnemonic_text</property></object></child>"
  "<child><object class='GtkTextView' id='mnemonic_text'/></child>"
  "<child><object class='GtkMenuButton' id='named_menu'><property name='icon-name'>open-menu-symbolic</property>"
  "  <accessibility><property name='label'>Main menu</property></accessibility></object></child>"
  "<child><object class='GtkCheckButton' id='check'><property name='label'>Only this code</property></object></child>"
  "<child><object class='GtkButton' id='off_button'><property name='icon-name'>edit-delete-symbolic</property>"
  "  <property name='sensitive'>false</property></object></child>"
  "<child><object class='GtkButton' id='hidden_button'><property name='icon-name'>edit-delete-symbolic</property>"
  "  <property name='visible'>false</property></object></child>"
  "</object></child></object></interface>";

static gboolean
mentions (GPtrArray *problems, const char *id)
{
  g_autofree char *needle = g_strdup_printf ("#%s ", id);

  for (guint i = 0; i < problems->len; i++)
    if (strstr (g_ptr_array_index (problems, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_walker (void)
{
  g_autoptr (GtkBuilder) builder = gtk_builder_new_from_string (walker_ui, -1);
  GtkWindow *probe = GTK_WINDOW (gtk_builder_get_object (builder, "probe_window"));
  const char *unnamed[] = { "bare_icon", "label_child", "bare_entry", "loose_switch", "bare_menu",
                            "bare_text" };
  const char *named[] = { "wired_switch", "entry_row", "named_icon", "labelled_button",
                          "content_button", "named_text", "mnemonic_text", "named_menu", "check",
                          /* not operable now, or not there */
                          "off_button", "hidden_button" };
  g_autoptr (GPtrArray) problems = NULL;
  g_autofree char *name = NULL;

  gtk_window_present (probe);
  ui_await_mapped (GTK_WIDGET (probe));
  problems = ui_unnamed_controls (GTK_WIDGET (probe), NULL);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("found: %s", (char *) g_ptr_array_index (problems, i));
  for (guint i = 0; i < G_N_ELEMENTS (unnamed); i++)
    if (!mentions (problems, unnamed[i]))
      g_test_fail_printf ("the walker missed the unnamed %s", unnamed[i]);
  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (mentions (problems, named[i]))
      g_test_fail_printf ("the walker reported the named %s", named[i]);

  /* Names are what GTK gives AT-SPI: the label property, then the labelled-by label. */
  name = ui_accessible_name (GTK_WIDGET (gtk_builder_get_object (builder, "named_text")));
  g_assert_cmpstr (name, ==, "Your note");
  g_clear_pointer (&name, g_free);
  name = ui_accessible_name (GTK_WIDGET (gtk_builder_get_object (builder, "wired_switch")));
  g_assert_cmpstr (name, ==, "Wired");
  g_clear_pointer (&name, g_free);
  name = ui_accessible_name (GTK_WIDGET (gtk_builder_get_object (builder, "content_button")));
  g_assert_cmpstr (name, ==, "Import");
  g_clear_pointer (&name, g_free);
  name = ui_accessible_name (GTK_WIDGET (gtk_builder_get_object (builder, "mnemonic_text")));
  g_assert_cmpstr (name, ==, "Reflection");
  gtk_window_destroy (probe);
}

/* The pages ---------------------------------------------------------------------------------- */

static void
test_overview (void)
{
  show_page ("overview");
  ui_assert_controls_named (GTK_WIDGET (window), "Overview");
}

static void
test_codes (void)
{
  EthosCodesPage *codes;
  GtkWidget *search;

  show_page ("codes");
  codes = ethos_window_get_codes_page (window);
  g_assert_true (ethos_codes_page_open_clause (codes, "cosrt", "26"));
  ui_await (clause_open ("cosrt", "26"));
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (window), "Codes, a clause open");

  ethos_codes_page_show_theme (codes, "insurance");
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (window), "Codes, a theme compared");

  ethos_codes_page_show_bookmarks (codes);
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (window), "Codes, the bookmarks");

  search = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  ui_search (search, "insurance");
  ui_assert_controls_named (GTK_WIDGET (window), "Codes, searching");
}

/* Opens the list of a drop-down, checks it, closes it. */
static void
check_drop_down (const char *id, const char *where)
{
  GtkWidget *drop_down = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, has_id,
                                         (gpointer) id);
  GtkWidget *button = ui_find_widget (drop_down, GTK_TYPE_TOGGLE_BUTTON, NULL, NULL);

  g_assert_nonnull (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  ui_await_widget (drop_down, GTK_TYPE_POPOVER, NULL, NULL, where);
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (window), where);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), FALSE);
  ui_await (ui_find_widget (drop_down, GTK_TYPE_POPOVER, NULL, NULL) == NULL);
}

static void
test_diary (void)
{
  show_page ("diary");
  g_assert_true (ethos_diary_page_open_position (ethos_window_get_diary_page (window), 0));
  ui_await (editing_saved ());
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (window), "Diary, an entry open");

  check_popover (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, has_id, "link_button"),
                 "Diary, linking a clause");
  check_drop_down ("kind_filter", "Diary, choosing a kind of entry");
  check_drop_down ("period_filter", "Diary, choosing a period");
  check_popover (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, has_id,
                                 "go_to_date_button"),
                 "Diary, going to a date");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-cpd", NULL);
  ui_await (editing_new (ETHOS_ENTRY_CPD));
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (window), "Diary, a new CPD activity");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-supervision", NULL);
  ui_await (editing_new (ETHOS_ENTRY_SUPERVISION));
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (window), "Diary, a new supervision session");
}

static void
test_reminders (void)
{
  show_page ("reminders");
  ui_assert_controls_named (GTK_WIDGET (window), "Reminders");
}

static void
test_menus (void)
{
  show_page ("reminders");
  check_popover (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, has_id, "new_button"),
                 "the “+” menu");
  check_popover (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, is_primary, NULL),
                 "the main menu");
}

/* The dialogs -------------------------------------------------------------------------------- */

static const char *const preference_pages[] = { "profile", "records", "requirements", "reminders",
                                                 "backups", "appearance" };

/* Opens every AdwExpanderRow under @widget, so that what they fold away is on screen. */
static void
expand_all (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget) && adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (widget)))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    expand_all (child);
}

static void
test_dialogs (void)
{
  g_autoptr (GPtrArray) reminders = ethos_store_list_reminders (store, FALSE, NULL);
  g_autoptr (GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                                                  "The records folder cannot be read");
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-reminder", NULL);
  dialog = ui_await_toplevel (ETHOS_TYPE_REMINDER_DIALOG);
  ui_assert_controls_named (GTK_WIDGET (dialog), "Add a Reminder");
  gtk_window_destroy (dialog);

  g_assert_cmpuint (reminders->len, >, 0);
  dialog = GTK_WINDOW (ethos_reminder_dialog_new (store, GTK_WINDOW (window),
                                                  g_ptr_array_index (reminders, 0)));
  gtk_window_present (dialog);
  ui_await_mapped (GTK_WIDGET (dialog));
  ui_assert_controls_named (GTK_WIDGET (dialog), "Edit the Reminder");
  gtk_window_destroy (dialog);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.record-event", NULL);
  dialog = ui_await_toplevel (ETHOS_TYPE_EVENT_DIALOG);
  ethos_event_dialog_fill (ETHOS_EVENT_DIALOG (dialog), 0, "2026-11-02");
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (dialog), "Record an Event");
  gtk_window_destroy (dialog);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.standard-reminders", NULL);
  dialog = ui_await_toplevel (ETHOS_TYPE_STANDARD_DIALOG);
  ethos_standard_dialog_fill (ETHOS_STANDARD_DIALOG (dialog), "2024-05-10", "2027-01-15", NULL,
                              NULL, NULL);
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (dialog), "Standard Reminders");
  gtk_window_destroy (dialog);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL);
  dialog = ui_await_toplevel (ETHOS_TYPE_EXPORT_DIALOG);
  ui_assert_controls_named (GTK_WIDGET (dialog), "Export the Audit Pack");
  g_assert_true (ethos_export_dialog_select_period (ETHOS_EXPORT_DIALOG (dialog),
                                                    ETHOS_EXPORT_PERIOD_CUSTOM));
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (dialog), "Export the Audit Pack, a custom period");
  gtk_window_destroy (dialog);

  {
    g_autoptr (EthosPlanItem) item = ethos_plan_item_new ();

    item->title = g_strdup ("Couples work course");
    g_assert_cmpint (ethos_store_add_plan_item (store, item, NULL), >, 0);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cpd-plan", NULL);
  dialog = ui_await_toplevel (ETHOS_TYPE_PLAN_DIALOG);
  expand_all (GTK_WIDGET (dialog));
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (dialog), "CPD Plan, each item opened");
  gtk_window_destroy (dialog);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.client-hours", NULL);
  dialog = ui_await_toplevel (ETHOS_TYPE_CLIENT_HOURS_DIALOG);
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (dialog), "Client Hours");
  gtk_window_destroy (dialog);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  dialog = ui_await_toplevel (ETHOS_TYPE_PREFERENCES_WINDOW);
  ui_assert_controls_named (GTK_WIDGET (dialog), "Preferences");
  expand_all (GTK_WIDGET (dialog));
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (dialog), "Preferences, each body opened");
  for (guint i = 0; i < G_N_ELEMENTS (preference_pages); i++)
    {
      g_autofree char *where = g_strdup_printf ("Preferences, the %s page", preference_pages[i]);

      ethos_preferences_window_show_page (ETHOS_PREFERENCES_WINDOW (dialog), preference_pages[i]);
      ui_wait_idle ();
      g_assert_cmpstr (adw_preferences_window_get_visible_page_name (ADW_PREFERENCES_WINDOW (dialog)),
                       ==, preference_pages[i]);
      ui_assert_controls_named (GTK_WIDGET (dialog), where);
    }
  /* Searching, should the window let it (it does once it has several pages). */
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (dialog), TRUE);
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (dialog), "Preferences, with search");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ui_find_widget (GTK_WIDGET (dialog),
                                                                   GTK_TYPE_TOGGLE_BUTTON, has_id,
                                                                   "search_button")),
                                TRUE);
  ui_search (ui_await_widget (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY, NULL, NULL,
                              "the search in Preferences"),
             "backup");
  ui_assert_controls_named (GTK_WIDGET (dialog), "Preferences, searching");
  gtk_window_destroy (dialog);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.welcome", NULL);
  dialog = ui_await_toplevel (ETHOS_TYPE_WELCOME_WINDOW);
  for (guint page = 0; page < 4; page++)
    {
      g_autofree char *where = g_strdup_printf ("Set Up Ethos, step %u", page + 1);

      ethos_welcome_window_go_to (ETHOS_WELCOME_WINDOW (dialog), page);
      ui_wait_idle ();
      g_assert_cmpuint (ethos_welcome_window_get_page (ETHOS_WELCOME_WINDOW (dialog)), ==, page);
      ui_assert_controls_named (GTK_WIDGET (dialog), where);
    }
  gtk_window_destroy (dialog);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  dialog = ui_await_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  ui_assert_controls_named (GTK_WIDGET (dialog), "Keyboard Shortcuts");
  gtk_widget_set_visible (GTK_WIDGET (dialog), FALSE);

  gtk_widget_activate_action (GTK_WIDGET (window), "app.about", NULL);
  dialog = ui_await_toplevel (ADW_TYPE_ABOUT_WINDOW);
  ui_assert_controls_named (GTK_WIDGET (dialog), "About Ethos");
  gtk_window_destroy (dialog);

  dialog = GTK_WINDOW (ethos_error_window_new (NULL, NULL, error));
  gtk_window_present (dialog);
  ui_await_mapped (GTK_WIDGET (dialog));
  ui_assert_controls_named (GTK_WIDGET (dialog), "The window for records that cannot be opened");
  gtk_window_destroy (dialog);
}

/* 360 px: the leaflets fold and back buttons appear. */
static void
test_narrow (void)
{
  GtkWidget *bar = ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR, NULL, NULL);
  guint n_buttons = 0;

  /* The switcher at the window's foot is made when it is first needed. */
  g_assert_nonnull (bar);
  g_assert_false (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  ui_resize (GTK_WINDOW (window), 360, 720);
  g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  g_assert_true (adw_view_switcher_bar_get_stack (ADW_VIEW_SWITCHER_BAR (bar))
                 == ADW_VIEW_STACK (ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL,
                                                    NULL)));
  for (GtkWidget *button = ui_find_widget (bar, GTK_TYPE_TOGGLE_BUTTON, NULL, NULL);
       button != NULL; button = gtk_widget_get_next_sibling (button))
    n_buttons += GTK_IS_TOGGLE_BUTTON (button) && gtk_widget_get_mapped (button);
  g_assert_cmpuint (n_buttons, ==, 4);
  show_page ("overview");
  ui_assert_controls_named (GTK_WIDGET (window), "Overview at 360 px");
  show_page ("codes");
  g_assert_true (ethos_codes_page_open_clause (ethos_window_get_codes_page (window), "cosrt", "107"));
  ui_await (clause_open ("cosrt", "107"));
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (window), "Codes at 360 px, a clause open");
  show_page ("diary");
  g_assert_true (ethos_diary_page_open_position (ethos_window_get_diary_page (window), 1));
  ui_await (editing_saved ());
  ui_wait_idle ();
  ui_assert_controls_named (GTK_WIDGET (window), "Diary at 360 px, an entry open");
  show_page ("reminders");
  ui_assert_controls_named (GTK_WIDGET (window), "Reminders at 360 px");
}

/* Text at 1.5× (GNOME's text scaling) and libadwaita's high contrast (GNOME's setting, read
 * through gsettings-desktop-schemas): every page still fits a 360 px window, and is rendered
 * for a person to look at. */
static void
test_large_text_and_high_contrast (void)
{
  static const char *const pages[] = { "overview", "codes", "diary", "reminders" };
  g_autoptr (GSettings) a11y = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = g_settings_schema_source_lookup (
    source, "org.gnome.desktop.a11y.interface", TRUE);

  g_assert_nonnull (schema);
  a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);
  ui_await (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));

  for (guint narrow = 0; narrow < 2; narrow++)
    {
      ui_resize (GTK_WINDOW (window), narrow ? 360 : 1100, 720);
      for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
        {
          g_autofree char *name = g_strdup_printf ("a11y-%s%s.png", pages[i], narrow ? "-narrow" : "");
          int min_width, min_height;

          show_page (pages[i]);
          gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL,
                              NULL, NULL);
          gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, min_width, &min_height,
                              NULL, NULL, NULL);
          g_test_message ("%s at 1.5× text: at least %d×%d", pages[i], min_width, min_height);
          /* Nothing grows the window past a phone's width or a small laptop's height. */
          g_assert_cmpint (min_width, <=, 360);
          g_assert_cmpint (min_height, <=, 720);
          ui_render_png (GTK_WIDGET (window), name);
          ui_assert_controls_named (GTK_WIDGET (window), name);
        }
    }
  /* The next test starts with both as they were (ui_start_clean). */
}

/* A window of the program's application, on a demo diary of its own, for each test. */
static void
set_up (void)
{
  store = ui_open_store (NULL, 500, 7);
  window = ui_open_window (GTK_APPLICATION (application), store, 1100, 720);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-a11y-XXXXXX");
  int status;

  application = ui_register_application ();
  ui_test_add ("/accessibility/walker", NULL, test_walker, NULL);
  ui_test_add ("/accessibility/overview", set_up, test_overview, tear_down);
  ui_test_add ("/accessibility/codes", set_up, test_codes, tear_down);
  ui_test_add ("/accessibility/diary", set_up, test_diary, tear_down);
  ui_test_add ("/accessibility/reminders", set_up, test_reminders, tear_down);
  ui_test_add ("/accessibility/menus", set_up, test_menus, tear_down);
  ui_test_add ("/accessibility/dialogs", set_up, test_dialogs, tear_down);
  ui_test_add ("/accessibility/narrow", set_up, test_narrow, tear_down);
  ui_test_add ("/accessibility/large-text-and-high-contrast", set_up,
               test_large_text_and_high_contrast, tear_down);
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
