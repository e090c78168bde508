/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-screenshots"

#include "config.h"

#include "ethos-date.h"
#include "ui-test-util.h"
#include <adwaita.h>
#include <stdlib.h>

#include "ethos-application.h"
#include "ethos-codes-page-private.h"
#include "ethos-diary-page.h"
#include "ethos-entry-editor.h"
#include "ethos-event-dialog.h"
#include "ethos-export-dialog.h"
#include "ethos-reminder-dialog.h"
#include "ethos-standard-dialog.h"
#include "ethos-note-store.h"
#include "ethos-preferences-window.h"
#include "ethos-welcome-window.h"
#include "ethos-window.h"

/* build-aux/dev screenshots: each page of Ethos, as the program shows it, rendered from a diary
 * (a demo one) to PNGs for the README, the metainfo and a person to look at: light at
 * 1100×720, dark, and 360 px wide; then with text at 1.5× and in high contrast, to look for
 * clipping and for what disappears. Run under an X server (the script starts one). */

#define WIDTH 1100
#define HEIGHT 720
#define NARROW 360
/* 96 dpi × 1.5, in GTK's 1/1024ths: GNOME's "Large Text" is 1.25, its text scaling goes to 3. */
#define LARGE_TEXT_DPI (96 * 1024 * 3 / 2)

static EthosStore *store;
static EthosWindow *window;

typedef struct
{
  const char *suffix;  /* of each file name: overview-dark.png */
  int         width;
  gboolean    dark;
  gboolean    large_text;
  gboolean    high_contrast;
} Variant;

static const Variant variants[] = {
  { "", WIDTH, FALSE, FALSE, FALSE },
  { "-dark", WIDTH, TRUE, FALSE, FALSE },
  { "-narrow", NARROW, FALSE, FALSE, FALSE },
  { "-large-text", WIDTH, FALSE, TRUE, FALSE },
  { "-high-contrast", WIDTH, FALSE, FALSE, TRUE },
};

/* What a practitioner would have made of the demo diary: a bookmarked clause with a note. */
static void
stage (void)
{
  g_autoptr (GError) error = NULL;

  if (!ethos_store_set_bookmarked (store, "cosrt", "26", TRUE, &error)
      || !ethos_store_set_note (store, "cosrt", "26",
                                "Enhanced DBS renewed through the Update Service in March; "
                                "next full check due with the new contract.",
                                &error))
    g_error ("Could not prepare the demo diary: %s", error->message);
}

static gboolean
follows_high_contrast (gpointer variant)
{
  return ((const Variant *) variant)->high_contrast
         == adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}

static void
apply (const Variant *variant)
{
  g_autoptr (GSettings) a11y = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = g_settings_schema_source_lookup (
    source, "org.gnome.desktop.a11y.interface", TRUE);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      variant->dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                    : ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi",
                variant->large_text ? LARGE_TEXT_DPI : 96 * 1024, NULL);
  /* libadwaita follows GNOME's high-contrast setting (gsettings-desktop-schemas). */
  if (schema == NULL)
    {
      if (variant->high_contrast)
        g_error ("High contrast needs org.gnome.desktop.a11y.interface (gsettings-desktop-schemas)");
    }
  else
    {
      a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
      g_settings_set_boolean (a11y, "high-contrast", variant->high_contrast);
    }
  ui_resize (GTK_WINDOW (window), variant->width, HEIGHT);
  ui_wait_until (follows_high_contrast, (gpointer) variant,
                 "libadwaita to follow the high-contrast setting");
}

static void
render (const char *page, const Variant *variant)
{
  g_autofree char *name = g_strdup_printf ("%s%s.png", page, variant->suffix);

  ui_render_png (GTK_WIDGET (window), name);
  g_print ("%s\n", name);
}

/* A window of its own (a dialog), at @width or 360 px, rendered and closed. */
static void
render_dialog (GtkWidget *dialog, const char *name, int width, const Variant *variant)
{
  g_autofree char *file = g_strdup_printf ("%s%s.png", name, variant->suffix);

  gtk_window_set_default_size (GTK_WINDOW (dialog), variant->width < WIDTH ? NARROW : width,
                               HEIGHT);
  gtk_window_present (GTK_WINDOW (dialog));
  ui_await_mapped (dialog);
  ui_render_png (dialog, file);
  g_print ("%s\n", file);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
show_page (const char *name)
{
  g_autofree char *action = g_strdup_printf ("win.page-%s", name);

  AdwViewStack *stack = ADW_VIEW_STACK (ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK,
                                                        NULL, NULL));

  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  ui_await (g_strcmp0 (adw_view_stack_get_visible_child_name (stack), name) == 0);
}

/* The newest supervision session: what the diary is mostly for. */
static void
open_latest_session (EthosDiaryPage *diary)
{
  EthosEntryEditor *editor = ethos_diary_page_get_editor (diary);

  for (guint position = 0; ethos_diary_page_open_position (diary, position); position++)
    if (ethos_entry_editor_get_entry (editor)->kind == ETHOS_ENTRY_SUPERVISION)
      return;
  g_error ("No supervision in the diary: make it with ethos-cli demo");
}

/* The welcome, each of its pages, as a new diary shows it. */
static void
render_welcome (const Variant *variant, const char *today)
{
  for (guint page = 0; page < 6; page++)
    {
      GtkWidget *welcome = ethos_welcome_window_new (store, NULL, GTK_WINDOW (window), today);
      g_autofree char *file = g_strdup_printf ("welcome-%u%s.png", page + 1, variant->suffix);

      gtk_window_set_default_size (GTK_WINDOW (welcome), variant->width < WIDTH ? NARROW : 700,
                                   HEIGHT);
      gtk_window_present (GTK_WINDOW (welcome));
      ui_await_mapped (welcome);
      ethos_welcome_window_go_to (ETHOS_WELCOME_WINDOW (welcome), page);
      ui_wait_ms (600);
      if (ethos_welcome_window_get_page (ETHOS_WELCOME_WINDOW (welcome)) != page)
        {
          gtk_window_destroy (GTK_WINDOW (welcome));
          break;
        }
      ui_render_png (welcome, file);
      g_print ("%s\n", file);
      gtk_window_destroy (GTK_WINDOW (welcome));
    }
}

static void
render_variant (const Variant *variant)
{
  EthosCodesPage *codes = ethos_window_get_codes_page (window);
  g_autofree char *today = ethos_date_today_iso ();
  GtkWidget *dialog;

  apply (variant);

  show_page ("overview");
  render ("overview", variant);

  show_page ("codes");
  /* The code's contents beside the clause (a theme may have been shown before). */
  ethos_codes_page_open_code (codes, "cosrt");
  if (!ethos_codes_page_open_clause (codes, "cosrt", "26"))
    g_error ("COSRT 26 is not in the codes");
  render ("codes", variant);

  ethos_codes_page_show_theme (codes, "confidentiality");
  render ("themes", variant);

  show_page ("diary");
  open_latest_session (ethos_window_get_diary_page (window));
  render ("diary", variant);

  show_page ("reminders");
  render ("reminders", variant);

  show_page ("overview");
  render_dialog (ethos_preferences_window_new (store, GTK_WINDOW (window)), "preferences", 800,
                 variant);
  render_dialog (ethos_reminder_dialog_new (store, GTK_WINDOW (window), NULL), "reminder-dialog",
                 480, variant);
  dialog = ethos_event_dialog_new (store, GTK_WINDOW (window));
  ethos_event_dialog_fill (ETHOS_EVENT_DIALOG (dialog), 0, "2026-11-20");
  render_dialog (dialog, "event-dialog", 480, variant);
  dialog = ethos_standard_dialog_new (store, GTK_WINDOW (window), today);
  ethos_standard_dialog_fill (ETHOS_STANDARD_DIALOG (dialog), "2024-05-10", "2027-01-15", NULL,
                              "2027-03-01", NULL);
  render_dialog (dialog, "standard-dialog", 520, variant);
  render_dialog (ethos_export_dialog_new (store, GTK_WINDOW (window), TRUE, today),
                 "export-dialog", 560, variant);
  render_welcome (variant, today);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosApplication) application = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *output = NULL;
  g_autoptr (GOptionContext) context = g_option_context_new ("— render Ethos's pages to PNGs");
  GOptionEntry entries[] = {
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &data_dir, "The diary to show", "DIR" },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, "Where the PNGs go", "DIR" },
    { NULL },
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || data_dir == NULL || output == NULL)
    {
      g_printerr ("usage: ethos-screenshots --data-dir DIR --output DIR%s%s\n",
                  error != NULL ? ": " : "", error != NULL ? error->message : "");
      return 2;
    }
  g_setenv ("ETHOS_SCREENSHOT_DIR", output, TRUE);
  ui_init ();

  /* The application, so that the window is the one the program shows. */
  application = ethos_application_new ();
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (application), NULL, &error))
    g_error ("%s", error->message);

  if ((store = ethos_store_open (data_dir, &error)) == NULL)
    g_error ("%s", error->message);
  stage ();
  window = ui_open_window (GTK_APPLICATION (application), store, WIDTH, HEIGHT);

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    render_variant (&variants[i]);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  return EXIT_SUCCESS;
}
