/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-preferences-records"

#include "config.h"

#include "prefs-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-records-store.h"
#include "ethos-supervisor-store.h"

/* Preferences → Records, as a practitioner uses it: the insurance and the DBS certificate typed
 * in (in the forms people write dates) are what the store keeps, and what the page shows when
 * opened again; what cannot be taken is said under its group with the row marked, and nothing
 * is written; the supervisors are listed, added and given their contact details; and what the
 * command line set is there on opening. Rendered at full width, at 360 px and in dark style. */

static EthosStore *store;
static EthosWindow *window;

static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
  window = ui_open_window (NULL, store, 1000, 700);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

static EthosRecords *
kept_records (void)
{
  g_autoptr (GError) error = NULL;
  EthosRecords *records = ethos_store_get_records (store, &error);

  g_assert_no_error (error);
  return records;
}

static const char *
row_text (EthosPreferencesWindow *preferences, const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (prefs_find_row (preferences, NULL, title)));
}

static void
type_in (EthosPreferencesWindow *preferences, const char *title, const char *text)
{
  prefs_type_and_leave (preferences, prefs_find_row (preferences, NULL, title), text);
}

static gboolean
has_error_mark (EthosPreferencesWindow *preferences, const char *title)
{
  return gtk_widget_has_css_class (prefs_find_row (preferences, NULL, title), "error");
}

/* preferences-NAME-wide.png and -wide-dark.png: Preferences at 1280 px, as on a laptop. */
static void
render_wide (EthosPreferencesWindow *preferences, const char *name)
{
  g_autofree char *light = g_strdup_printf ("preferences-%s-wide.png", name);
  g_autofree char *dark = g_strdup_printf ("preferences-%s-wide-dark.png", name);
  AdwStyleManager *style = adw_style_manager_get_default ();

  ui_resize (GTK_WINDOW (preferences), 1280, 800);
  ui_render_png (GTK_WIDGET (preferences), light);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_render_png (GTK_WIDGET (preferences), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  ui_resize (GTK_WINDOW (preferences), 800, 720);
}

/* The page showing, scrolled to its end: the supervisors. */
static void
scroll_to_end (EthosPreferencesWindow *preferences)
{
  GtkWidget *scrolled = ui_find_widget (GTK_WIDGET (preferences), GTK_TYPE_SCROLLED_WINDOW,
                                        NULL, NULL);
  GtkAdjustment *adjustment;

  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  /* Again once the rows opening have their height. */
  for (guint i = 0; i < 3; i++)
    {
      ui_wait_ms (150);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    }
  ui_drain ();
}

static void
count_write (guint *writes)
{
  (*writes)++;
}

/* A sentence in the error style, on screen. */
static gboolean
is_error_said (GtkWidget *widget, gpointer data)
{
  return gtk_widget_has_css_class (widget, "error")
         && gtk_label_get_label (GTK_LABEL (widget))[0] != '\0';
}

/* Every field, typed as people write it, kept as the store keeps it, and there on opening
 * again. */
static void
test_enter_each_record (void)
{
  EthosPreferencesWindow *preferences = prefs_open (window, "records");
  g_autoptr (EthosRecords) records = NULL;

  g_assert_cmpstr (adw_preferences_window_get_visible_page_name (ADW_PREFERENCES_WINDOW (preferences)),
                   ==, "records");
  type_in (preferences, "Insurer", "Hiscox");
  type_in (preferences, "Policy Number", "PL-123456");
  type_in (preferences, "Cover Starts", "01/04/2026");
  type_in (preferences, "Cover Ends", "31 March 2027");
  type_in (preferences, "Amount of Cover, as the Schedule Says It", "£6 million");
  type_in (preferences, "Certificate Number (12 Digits)", "0012 3456 7890");
  type_in (preferences, "Issued", "10/05/2024");
  adw_combo_row_set_selected (ADW_COMBO_ROW (prefs_find_row (preferences, NULL,
                                                             "Level of Check")), 3);
  ui_drain ();
  type_in (preferences, "Update Service Subscription ID", "C0123456");
  type_in (preferences, "Update Service Renews", "10 May 2027");
  g_assert_null (ui_find_widget (GTK_WIDGET (preferences), GTK_TYPE_LABEL, is_error_said, NULL));

  records = kept_records ();
  g_assert_cmpstr (records->insurer, ==, "Hiscox");
  g_assert_cmpstr (records->policy, ==, "PL-123456");
  g_assert_cmpstr (records->cover_from, ==, "2026-04-01");
  g_assert_cmpstr (records->cover_to, ==, "2027-03-31");
  g_assert_cmpstr (records->cover_amount, ==, "£6 million");
  g_assert_cmpstr (records->dbs_certificate, ==, "001234567890");
  g_assert_cmpstr (records->dbs_issued, ==, "2024-05-10");
  g_assert_cmpstr (records->dbs_level, ==, "enhanced");
  g_assert_cmpstr (records->update_service, ==, "C0123456");
  g_assert_cmpstr (records->update_service_renews, ==, "2027-05-10");
  /* Each day kept is shown one way, however it was typed. */
  g_assert_cmpstr (row_text (preferences, "Cover Starts"), ==, "1 April 2026");
  g_assert_cmpstr (row_text (preferences, "Issued"), ==, "10 May 2024");
  prefs_render_three_ways (preferences, "records");
  render_wide (preferences, "records");

  /* Left again as it is, the certificate number (kept without its spaces) writes nothing. */
  {
    guint writes = 0;
    gulong id = g_signal_connect_swapped (store, "changed", G_CALLBACK (count_write), &writes);

    type_in (preferences, "Certificate Number (12 Digits)", "0012 3456 7890");
    type_in (preferences, "Insurer", "Hiscox");
    g_signal_handler_disconnect (store, id);
    g_assert_cmpuint (writes, ==, 0);
  }

  /* Emptied, a field is no longer given. */
  type_in (preferences, "Policy Number", "  ");
  g_clear_pointer (&records, ethos_records_free);
  records = kept_records ();
  g_assert_null (records->policy);
  g_assert_cmpstr (records->insurer, ==, "Hiscox");
  prefs_close (preferences);

  /* Opened again: what is kept. */
  preferences = prefs_open (window, "records");
  g_assert_cmpstr (row_text (preferences, "Insurer"), ==, "Hiscox");
  g_assert_cmpstr (row_text (preferences, "Policy Number"), ==, "");
  g_assert_cmpstr (row_text (preferences, "Cover Ends"), ==, "31 March 2027");
  g_assert_cmpstr (row_text (preferences, "Certificate Number (12 Digits)"), ==, "001234567890");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (prefs_find_row (
                      preferences, NULL, "Level of Check"))), ==, 3);
  prefs_close (preferences);
}

/* An impossible date, a certificate number that is not 12 digits, cover that ends before it
 * starts: each said under its group, its row marked, what was typed left as it is, and nothing
 * written; put right, it is kept and the sentence goes. */
static void
test_refused_in_place (void)
{
  EthosPreferencesWindow *preferences = prefs_open (window, "records");
  g_autoptr (EthosRecords) records = NULL;
  GtkWidget *said;

  type_in (preferences, "Issued", "31/02/2024");
  said = ui_find_label_containing (GTK_WIDGET (preferences), "Issued: ");
  g_assert_nonnull (said);
  g_assert_true (gtk_widget_get_mapped (said));
  g_assert_true (has_error_mark (preferences, "Issued"));
  g_assert_cmpstr (row_text (preferences, "Issued"), ==, "31/02/2024");
  records = kept_records ();
  g_assert_null (records->dbs_issued);
  g_clear_pointer (&records, ethos_records_free);

  type_in (preferences, "Certificate Number (12 Digits)", "12345");
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences),
                                              "“12345” is not a DBS certificate number"));
  g_assert_true (has_error_mark (preferences, "Certificate Number (12 Digits)"));
  g_assert_cmpstr (row_text (preferences, "Certificate Number (12 Digits)"), ==, "12345");
  /* The date refused first is still said beside it. */
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences), "Issued: "));
  records = kept_records ();
  g_assert_null (records->dbs_certificate);
  g_clear_pointer (&records, ethos_records_free);

  type_in (preferences, "Cover Starts", "2026-04-01");
  type_in (preferences, "Cover Ends", "2026-03-01");
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences),
                                              "The cover must end after it starts"));
  g_assert_true (has_error_mark (preferences, "Cover Ends"));
  records = kept_records ();
  g_assert_cmpstr (records->cover_from, ==, "2026-04-01");
  g_assert_null (records->cover_to);
  g_clear_pointer (&records, ethos_records_free);
  prefs_render_three_ways (preferences, "records-refused");

  /* Put right: kept, and the sentence and the mark go. */
  type_in (preferences, "Cover Ends", "2027-03-31");
  g_assert_null (ui_find_label_containing (GTK_WIDGET (preferences), "The cover must end"));
  g_assert_false (has_error_mark (preferences, "Cover Ends"));
  type_in (preferences, "Certificate Number (12 Digits)", "001234567890");
  records = kept_records ();
  g_assert_cmpstr (records->cover_to, ==, "2027-03-31");
  g_assert_cmpstr (records->dbs_certificate, ==, "001234567890");
  g_assert_null (records->dbs_issued);
  prefs_close (preferences);
}

static GtkWidget *
detail_row (GtkWidget *expander, const char *title)
{
  return ui_await_widget (expander, ADW_TYPE_PREFERENCES_ROW, prefs_row_titled,
                          (gpointer) title, title);
}

static EthosSupervisor *
kept_supervisor (const char *name)
{
  g_autoptr (GError) error = NULL;
  EthosSupervisor *supervisor = ethos_store_find_supervisor (store, name, &error);

  g_assert_no_error (error);
  return supervisor;
}

/* A supervisor added by name opens on their details; each detail is kept as typed, a bad one is
 * refused in the supervisor's rows, and the row says how to reach them. */
static void
test_supervisors (void)
{
  EthosPreferencesWindow *preferences = prefs_open (window, "records");
  g_autoptr (EthosSupervisor) supervisor = NULL;
  GtkWidget *expander;
  GtkWidget *add = prefs_find_row (preferences, NULL, "Add a Supervisor, by Name");

  gtk_editable_set_text (GTK_EDITABLE (add), "Dr Ann Lee");
  g_signal_emit_by_name (add, "apply");
  ui_drain ();
  supervisor = kept_supervisor ("Dr Ann Lee");
  g_assert_null (supervisor->email);
  g_clear_pointer (&supervisor, ethos_supervisor_free);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add)), ==, "");

  expander = prefs_find_row (preferences, NULL, "Dr Ann Lee");
  g_assert_true (ADW_IS_EXPANDER_ROW (expander));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), ==,
                   "No contact details yet");

  /* Not an address: said in their rows, nothing kept. */
  prefs_type_and_leave (preferences, detail_row (expander, "Email Address"), "ann at example");
  g_assert_nonnull (ui_find_label_containing (expander, "is not an email address"));
  g_assert_true (gtk_widget_has_css_class (detail_row (expander, "Email Address"), "error"));
  supervisor = kept_supervisor ("Dr Ann Lee");
  g_assert_null (supervisor->email);
  g_clear_pointer (&supervisor, ethos_supervisor_free);
  /* Shown with the sentence in view. */
  scroll_to_end (preferences);
  prefs_render_three_ways (preferences, "records-supervisor-refused");

  prefs_type_and_leave (preferences, detail_row (expander, "Email Address"), "ann@example.org");
  g_assert_null (ui_find_label_containing (expander, "is not an email address"));
  prefs_type_and_leave (preferences, detail_row (expander, "Phone Number"), "01234 567890");
  prefs_type_and_leave (preferences, detail_row (expander, "Accreditation, as They Describe It"),
                        "BACP senior accredited supervisor");
  supervisor = kept_supervisor ("Dr Ann Lee");
  g_assert_cmpstr (supervisor->email, ==, "ann@example.org");
  g_assert_cmpstr (supervisor->phone, ==, "01234 567890");
  g_assert_cmpstr (supervisor->accreditation, ==, "BACP senior accredited supervisor");
  g_clear_pointer (&supervisor, ethos_supervisor_free);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), ==,
                   "ann@example.org · 01234 567890 · BACP senior accredited supervisor");

  /* A supervisor keeps a name. */
  prefs_type_and_leave (preferences, detail_row (expander, "Name"), "");
  g_assert_nonnull (ui_find_label_containing (expander, "A supervisor needs a name"));
  supervisor = kept_supervisor ("Dr Ann Lee");
  g_clear_pointer (&supervisor, ethos_supervisor_free);
  prefs_type_and_leave (preferences, detail_row (expander, "Name"), "Dr Ann Lee-Smith");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (expander)), ==,
                   "Dr Ann Lee-Smith");
  supervisor = kept_supervisor ("Dr Ann Lee-Smith");
  g_assert_cmpstr (supervisor->email, ==, "ann@example.org");
  g_clear_pointer (&supervisor, ethos_supervisor_free);

  /* A second with the same name, whatever its case, is refused where it was typed. */
  add = prefs_find_row (preferences, NULL, "Add a Supervisor, by Name");
  gtk_editable_set_text (GTK_EDITABLE (add), "dr ann lee-smith");
  g_signal_emit_by_name (add, "apply");
  ui_drain ();
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences),
                                              "There is already a supervisor called"));
  g_assert_true (gtk_widget_has_css_class (add, "error"));
  {
    g_autoptr (GPtrArray) all = ethos_store_list_supervisor_records (store, NULL);

    g_assert_cmpuint (all->len, ==, 1);
  }
  scroll_to_end (preferences);
  prefs_render_three_ways (preferences, "records-supervisors");
  render_wide (preferences, "records-supervisors");
  prefs_close (preferences);
}

/* Runs ethos-cli on the store's folder with the arguments after it. */
static void
run_cli (const char *first, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;
  const char *arg;
  va_list args;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("ETHOS_CLI"));
  g_ptr_array_add (argv, (gpointer) "--data-dir");
  g_ptr_array_add (argv, (gpointer) ethos_store_get_data_dir (store));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_nonnull (g_ptr_array_index (argv, 0));
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("ethos-cli failed: %s", err);
}

/* What the command line set is what Preferences shows. */
static void
test_cli_shows (void)
{
  EthosPreferencesWindow *preferences;
  GtkWidget *expander;

  run_cli ("profile", "set", "--insurer", "Balens", "--policy", "BA-42", "--cover-from",
           "2026-06-01", "--cover-to", "2027-05-31", "--cover-amount", "£5 million",
           "--dbs-certificate", "009876543210", "--dbs-issued", "2025-01-15", "--dbs-level",
           "enhanced-barred", "--update-service", "C7654321", NULL);
  run_cli ("supervisors", "add", "--name", "Sam Jones", "--email", "sam@example.org",
           "--accreditation", "UKCP registered supervisor", NULL);
  preferences = prefs_open (window, "records");
  g_assert_cmpstr (row_text (preferences, "Insurer"), ==, "Balens");
  g_assert_cmpstr (row_text (preferences, "Policy Number"), ==, "BA-42");
  g_assert_cmpstr (row_text (preferences, "Cover Starts"), ==, "1 June 2026");
  g_assert_cmpstr (row_text (preferences, "Cover Ends"), ==, "31 May 2027");
  g_assert_cmpstr (row_text (preferences, "Amount of Cover, as the Schedule Says It"), ==,
                   "£5 million");
  g_assert_cmpstr (row_text (preferences, "Certificate Number (12 Digits)"), ==, "009876543210");
  g_assert_cmpstr (row_text (preferences, "Issued"), ==, "15 January 2025");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (prefs_find_row (
                      preferences, NULL, "Level of Check"))), ==, 4);
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (preferences),
                                              "Enhanced, with barred lists"));
  g_assert_cmpstr (row_text (preferences, "Update Service Subscription ID"), ==, "C7654321");
  g_assert_cmpstr (row_text (preferences, "Update Service Renews"), ==, "");
  expander = prefs_find_row (preferences, NULL, "Sam Jones");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), ==,
                   "sam@example.org · UKCP registered supervisor");
  /* Leaving a row with what the CLI set changes nothing. */
  type_in (preferences, "Insurer", "Balens");
  g_assert_null (ui_find_widget (GTK_WIDGET (preferences), GTK_TYPE_LABEL, is_error_said, NULL));
  prefs_close (preferences);
}

/* Supervisors that cannot be read are said so in their group, not shown as none; the
 * insurance and DBS, read apart, are still there to change. */
static void
test_supervisors_unreadable (void)
{
  EthosPreferencesWindow *preferences;

  run_cli ("profile", "set", "--insurer", "Balens", NULL);
  ui_store_exec (store, "DROP TABLE supervisors");
  preferences = prefs_open (window, "records");
  g_assert_nonnull (ui_await_label (GTK_WIDGET (preferences), "Could not read your supervisors: "));
  g_assert_cmpstr (row_text (preferences, "Insurer"), ==, "Balens");
  prefs_close (preferences);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-records-XXXXXX");

  ui_test_add ("/preferences/records/enter-each", set_up, test_enter_each_record, tear_down);
  ui_test_add ("/preferences/records/refused-in-place", set_up, test_refused_in_place,
               tear_down);
  ui_test_add ("/preferences/records/supervisors", set_up, test_supervisors, tear_down);
  ui_test_add ("/preferences/records/from-the-cli", set_up, test_cli_shows, tear_down);
  ui_test_add ("/preferences/records/supervisors-unreadable", set_up,
               test_supervisors_unreadable, tear_down);
  return g_test_run ();
}
