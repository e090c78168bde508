/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-export-dialog"

#include "config.h"

#include <glib/gstdio.h>

#include "ui-test-util.h"
#include "overview-test-util.h"

#include "ethos-date.h"
#include "ethos-diary-page.h"
#include "ethos-entry-store.h"
#include "ethos-export-dialog.h"
#include "ethos-profile-store.h"

/* The window's export: the period chosen in a dialog, the entries in it that may identify a
 * client listed before anything is written, and what is written (redacted or as written) said
 * truly in the toast. The diary: a CPD day two months ago whose reflection names a postcode, a
 * clean session last month, and a session three years ago whose notes hold a phone number. */

static EthosStore *store;
static EthosWindow *window;
static char *dir;
static char today[11];
static char two_months_ago[11];
static char last_month[11];
static char three_years_ago[11];

static void
day_back (char out[11], guint months)
{
  g_autofree char *iso = NULL;
  GDate date;

  g_assert_true (ethos_date_parse (today, &date, NULL));
  g_date_subtract_months (&date, months);
  iso = ethos_date_to_iso (&date);
  g_strlcpy (out, iso, 11);
}

static void
add (EthosEntryKind kind, const char *date, const char *label, const char *notes,
     const char *reflection)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (kind);
  g_autoptr (GError) error = NULL;

  g_free (entry->date);
  entry->date = g_strdup (date);
  entry->minutes = 60;
  g_free (kind == ETHOS_ENTRY_CPD ? entry->title : entry->supervisor);
  if (kind == ETHOS_ENTRY_CPD)
    entry->title = g_strdup (label);
  else
    entry->supervisor = g_strdup (label);
  if (notes != NULL)
    {
      g_free (entry->notes);
      entry->notes = g_strdup (notes);
    }
  if (reflection != NULL)
    {
      g_free (entry->reflection);
      entry->reflection = g_strdup (reflection);
    }
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
}

static EthosExportDialog *
open_dialog (const char *action)
{
  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  return ETHOS_EXPORT_DIALOG (ui_await_toplevel (ETHOS_TYPE_EXPORT_DIALOG));
}

static void
assert_range (EthosExportDialog *dialog, const char *from, const char *to)
{
  g_autofree char *got_from = NULL;
  g_autofree char *got_to = NULL;

  g_assert_true (ethos_export_dialog_get_range (dialog, &got_from, &got_to));
  g_assert_cmpstr (got_from, ==, from);
  g_assert_cmpstr (got_to, ==, to);
}

static gboolean
is_button_labelled (GtkWidget *widget, gpointer label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The button labelled @label, as shown; NULL when it is not. */
static GtkWidget *
shown_button (EthosExportDialog *dialog, const char *label)
{
  return ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, is_button_labelled,
                         (gpointer) label);
}

static GtkWidget *
button (EthosExportDialog *dialog, const char *label)
{
  GtkWidget *found;

  ui_await ((found = shown_button (dialog, label)) != NULL);
  return found;
}

static gboolean
is_row_titled (GtkWidget *widget, gpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_error_saying (GtkWidget *widget, gpointer needle)
{
  return gtk_widget_has_css_class (widget, "error") && ui_label_contains (widget, needle);
}

static const char *
row_subtitle (EthosExportDialog *dialog, const char *title)
{
  GtkWidget *row = ui_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, is_row_titled,
                                   (gpointer) title);

  return row != NULL && gtk_widget_get_mapped (row)
           ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row))
           : NULL;
}

static char *
read_file (const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
export_to (const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  ethos_window_set_export_file (window, file);
}

/* Each period as the dialog works it out, and the flagged entries listed for each. */
static void
test_periods (void)
{
  EthosExportDialog *dialog = open_dialog ("win.export-csv");
  char twelve_months[11], cpd_start[11];
  g_autofree char *described = NULL;
  g_autofree char *unknown_from = NULL;
  g_autofree char *unknown_to = NULL;
  GDate date;

  /* The last twelve calendar months, this one with them: the default. */
  g_assert_true (ethos_date_parse (today, &date, NULL));
  g_date_set_day (&date, 1);
  g_date_subtract_months (&date, 11);
  g_assert_true (g_date_strftime (twelve_months, sizeof twelve_months, "%Y-%m-%d", &date) > 0);
  assert_range (dialog, twelve_months, today);
  {
    g_autofree char *first = ethos_date_format_iso (twelve_months, ETHOS_DATE_LONG);
    g_autofree char *last = ethos_date_format_iso (today, ETHOS_DATE_LONG);

    /* Said under the period's title. */
    described = g_strdup_printf ("%s to %s", first, last);
    g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog), described));
  }

  /* One entry in it may identify a client: listed by its title, date and what was found. */
  g_assert_cmpuint (ethos_export_dialog_get_n_flagged (dialog), ==, 1);
  g_assert_nonnull (row_subtitle (dialog, "Trauma workshop"));
  g_assert_true (g_str_has_suffix (row_subtitle (dialog, "Trauma workshop"), "· a postcode"));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog),
                                              "1 entry in this period may identify a client"));
  button (dialog, "_Redact and Export");
  button (dialog, "Export as _Written");
  g_assert_null (shown_button (dialog, "_Export"));
  ui_render_png (GTK_WIDGET (dialog), "export-dialog.png");
  ui_render_dark_and_narrow (GTK_WIDGET (dialog), "export-dialog");

  /* Since records began: from the session three years ago, whose phone number is listed too. */
  g_assert_true (ethos_export_dialog_select_period (dialog, ETHOS_EXPORT_PERIOD_SINCE_RECORDS_BEGAN));
  assert_range (dialog, three_years_ago, today);
  g_assert_cmpuint (ethos_export_dialog_get_n_flagged (dialog), ==, 2);
  g_assert_true (g_str_has_suffix (row_subtitle (dialog, "Sam Writer"), "· a phone number"));

  /* This CPD period: NCPS's, from the 6 April its year starts (BACP, listed first, has none). */
  g_assert_true (ethos_export_dialog_select_period (dialog, ETHOS_EXPORT_PERIOD_CPD_YEAR));
  g_assert_true (ethos_date_parse (today, &date, NULL));
  g_snprintf (cpd_start, sizeof cpd_start, "%04u-04-06",
              g_date_get_year (&date)
                - (g_date_get_month (&date) < 4
                   || (g_date_get_month (&date) == 4 && g_date_get_day (&date) < 6)));
  assert_range (dialog, cpd_start, today);

  /* Custom: days as people write them; the wrong way round said at once, and again beside
   * Export when it is pressed, with nothing written. */
  /* Custom starts from the period shown, to be changed. */
  g_assert_true (ethos_export_dialog_select_period (dialog, ETHOS_EXPORT_PERIOD_CUSTOM));
  assert_range (dialog, cpd_start, today);
  ethos_export_dialog_set_custom (dialog, "", "");
  g_assert_false (ethos_export_dialog_get_range (dialog, &unknown_from, &unknown_to));
  g_assert_nonnull (ui_await_label (GTK_WIDGET (dialog), "Give the first and last days."));
  ethos_export_dialog_set_custom (dialog, "31/12/2025", "1/1/2025");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (dialog), "The period cannot start on 31 December "
                                                         "2025, after it ends on 1 January 2025"));
  export_to ("never.csv");
  gtk_widget_activate (button (dialog, "_Export"));
  ui_await (ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, is_error_saying,
                           (gpointer) "cannot start on 31 December 2025")
            != NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  {
    g_autofree char *never = g_build_filename (dir, "never.csv", NULL);

    g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  }
  ethos_export_dialog_set_custom (dialog, "1/1/2025", "31/12/2025");
  assert_range (dialog, "2025-01-01", "2025-12-31");
}

/* Redact and Export: the CSV has each detail replaced, the toast says how many entries were
 * redacted, and the diary itself is as written. */
static void
test_redact_csv (void)
{
  EthosExportDialog *dialog = open_dialog ("win.export-csv");
  g_autofree char *csv = NULL;
  g_autoptr (GPtrArray) entries = NULL;

  export_to ("diary.csv");
  g_assert_true (ethos_export_dialog_select_period (dialog, ETHOS_EXPORT_PERIOD_SINCE_RECORDS_BEGAN));
  g_assert_cmpuint (ethos_export_dialog_get_n_flagged (dialog), ==, 2);
  gtk_widget_activate (button (dialog, "_Redact and Export"));
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Exported; 2 entries redacted"));
  ui_await_no_toplevel (ETHOS_TYPE_EXPORT_DIALOG);

  csv = read_file ("diary.csv");
  g_assert_nonnull (strstr (csv, "[postcode removed]"));
  g_assert_nonnull (strstr (csv, "[phone number removed]"));
  g_assert_null (strstr (csv, "SW1A 1AA"));
  g_assert_null (strstr (csv, "07700 900123"));
  /* Every entry of the period, the clean one as written. */
  g_assert_nonnull (strstr (csv, "Endings and beginnings"));
  g_assert_nonnull (strstr (csv, three_years_ago));

  entries = ethos_store_list_entries (store, ETHOS_ENTRY_CPD, NULL, NULL, FALSE, NULL);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_nonnull (strstr (((EthosEntry *) g_ptr_array_index (entries, 0))->reflection,
                            "SW1A 1AA"));
}

/* Export as Written: the audit pack keeps the postcode, and the toast says so. */
static void
test_as_written_pdf (void)
{
  EthosExportDialog *dialog = open_dialog ("win.export-pdf");
  g_autofree char *pdf = NULL;

  export_to ("pack.pdf");
  gtk_widget_activate (button (dialog, "Export as _Written"));
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window),
                                    "Exported; 1 entry in it may identify a client"));
  pdf = read_file ("pack.pdf");
  g_assert_true (g_str_has_prefix (pdf, "%PDF"));
}

/* A period with nothing flagged: no choice to make, one Export, and the toast says plainly. */
static void
test_nothing_flagged (void)
{
  EthosExportDialog *dialog = open_dialog ("win.export-csv");
  g_autofree char *csv = NULL;
  g_autofree char *last = ethos_date_format_iso (last_month, ETHOS_DATE_SHORT);

  g_assert_true (ethos_export_dialog_select_period (dialog, ETHOS_EXPORT_PERIOD_CUSTOM));
  /* The day as people write it ("5 Nov 2026"), read through the date row. */
  ethos_export_dialog_set_custom (dialog, last, last);
  assert_range (dialog, last_month, last_month);
  g_assert_cmpuint (ethos_export_dialog_get_n_flagged (dialog), ==, 0);
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog), "No entry in this period"));
  button (dialog, "_Export");
  g_assert_null (shown_button (dialog, "_Redact and Export"));
  g_assert_null (shown_button (dialog, "Export as _Written"));

  export_to ("month.csv");
  gtk_widget_activate (button (dialog, "_Export"));
  ui_await_no_toplevel (ETHOS_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (ui_await_label (GTK_WIDGET (window), "Exported"));
  csv = read_file ("month.csv");
  g_assert_nonnull (strstr (csv, "Endings and beginnings"));
  g_assert_null (strstr (csv, "Trauma workshop"));
}

/* An entry listed as one that may identify a client opens in the Diary, to be changed before
 * the export; the export is left as Cancel leaves it, nothing written. */
static void
test_open_flagged_entry (void)
{
  EthosExportDialog *dialog = open_dialog ("win.export-pdf");
  GtkWidget *row = ui_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, is_row_titled,
                                   (gpointer) "Trauma workshop");
  EthosEntryEditor *editor;
  EthosEntry *open;

  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_signal_emit_by_name (row, "activated");
  ui_await_no_toplevel (ETHOS_TYPE_EXPORT_DIALOG);
  editor = ethos_diary_page_get_editor (ETHOS_DIARY_PAGE (
    ui_find_widget (GTK_WIDGET (window), ETHOS_TYPE_DIARY_PAGE, NULL, NULL)));
  ui_await ((open = ethos_entry_editor_get_entry (editor)) != NULL);
  g_assert_cmpstr (open->title, ==, "Trauma workshop");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (
                     ADW_VIEW_STACK (ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL, NULL))),
                   ==, "diary");
  g_assert_null (ui_find_label_containing (GTK_WIDGET (window), "Exported"));
}

static void
set_up (void)
{
  const char *const bodies[] = { "bacp", "ncps", NULL };
  g_autoptr (GError) error = NULL;
  g_autofree char *now = ethos_date_today_iso ();

  g_strlcpy (today, now, sizeof today);
  day_back (two_months_ago, 2);
  day_back (last_month, 1);
  day_back (three_years_ago, 36);
  dir = g_dir_make_tmp ("ethos-ui-export-XXXXXX", &error);
  g_assert_no_error (error);

  store = ui_open_store (NULL, 0, 0);
  set_bodies (store, bodies);
  g_assert_true (ethos_store_set_cpd_anchor (store, "ncps", "2019-04-06", &error));
  g_assert_no_error (error);
  add (ETHOS_ENTRY_CPD, two_months_ago, "Trauma workshop", NULL,
       "Afterwards I walked past her road, SW1A 1AA, and wondered.");
  add (ETHOS_ENTRY_SUPERVISION, last_month, "Alex Reed", "Endings and beginnings.", NULL);
  add (ETHOS_ENTRY_SUPERVISION, three_years_ago, "Sam Writer",
       "Her mother rang the service on 07700 900123.", NULL);
  window = ui_open_window (NULL, store, 1100, 800);
}

static void
tear_down (void)
{
  g_clear_object (&store);
  g_clear_pointer (&dir, g_free);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-export-dialog-XXXXXX");

  ui_test_add ("/export-dialog/periods", set_up, test_periods, tear_down);
  ui_test_add ("/export-dialog/redact-csv", set_up, test_redact_csv, tear_down);
  ui_test_add ("/export-dialog/as-written-pdf", set_up, test_as_written_pdf, tear_down);
  ui_test_add ("/export-dialog/nothing-flagged", set_up, test_nothing_flagged, tear_down);
  ui_test_add ("/export-dialog/open-flagged-entry", set_up, test_open_flagged_entry, tear_down);
  return g_test_run ();
}
