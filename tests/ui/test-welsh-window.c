/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-welsh-window"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>
#include <string.h>

#include "ethos-codes-page.h"
#include "ethos-diary-page.h"
#include "ethos-entry-store.h"
#include "ethos-event-dialog.h"
#include "ethos-i18n.h"
#include "ethos-overview-page.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-dialog.h"
#include "ethos-reminder-store.h"
#include "ethos-reminders-page.h"
#include "ethos-standard-dialog.h"
#include "ethos-window.h"

/* The window in Welsh, as a Welsh-speaking practitioner sees it: the pages' names, the
 * templates' labels, messages made in code, dates in Welsh words and Welsh counts; and the
 * longer Welsh labels still fit a 360 px window. Runs in cy_GB.UTF-8 (LOCPATH, from
 * tests/i18n/make-locales.sh) with the build's catalogues (ETHOS_LOCALEDIR). Each page is
 * rendered to a PNG, wide and narrow, for a person to look at. */

static EthosStore *store;
static EthosWindow *window;

static GtkWidget *
label (const char *needle)
{
  return ui_find_label_containing (GTK_WIDGET (window), needle);
}

/* Fails, naming @needle, unless a label on screen has it (once laid out). */
static void
assert_label (const char *needle)
{
  ui_await_label (GTK_WIDGET (window), needle);
}

/* Shows the page of @action ("win.page-NAME"), laid out. */
static void
show_page (const char *action)
{
  AdwViewStack *stack = ADW_VIEW_STACK (ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK,
                                                        NULL, NULL));
  const char *name = action + strlen ("win.page-");

  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  ui_await (g_strcmp0 (adw_view_stack_get_visible_child_name (stack), name) == 0);
  ui_wait_idle ();
}

static void
fill_store (void)
{
  static const char *const bodies[] = { "bacp", "ncps", NULL };
  g_autoptr (GPtrArray) memberships = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_membership_free);
  g_autoptr (EthosEntry) session = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autoptr (EthosEntry) course = ethos_entry_new (ETHOS_ENTRY_CPD);
  g_autoptr (EthosReminder) dbs = ethos_reminder_new (ETHOS_REMINDER_KIND_DBS);
  g_autoptr (EthosReminder) insurance = ethos_reminder_new (ETHOS_REMINDER_KIND_INSURANCE);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; bodies[i] != NULL; i++)
    {
      EthosMembership *membership = g_new0 (EthosMembership, 1);

      membership->body_id = g_strdup (bodies[i]);
      g_ptr_array_add (memberships, membership);
    }
  g_assert_true (ethos_store_set_memberships (store, memberships, &error));
  g_assert_no_error (error);
  ui_give_classes (store);

  session->date = g_strdup ("2026-11-03");
  session->minutes = 90;
  g_free (session->supervisor);
  session->supervisor = g_strdup ("Dr Gwenllian Rhys");
  g_assert_true (ethos_store_add_entry (store, session, &error));
  g_assert_no_error (error);

  course->date = g_strdup ("2026-10-15");
  course->minutes = 6 * 60;
  g_free (course->title);
  course->title = g_strdup ("Gweithio gyda chyplau");
  g_assert_true (ethos_store_add_entry (store, course, &error));
  g_assert_no_error (error);

  g_free (dbs->title);
  dbs->title = g_strdup ("Ailwirio DBS");
  dbs->due = g_strdup ("2026-12-13");
  g_assert_true (ethos_store_add_reminder (store, dbs, &error));
  g_assert_no_error (error);
  g_free (insurance->title);
  insurance->title = g_strdup ("Adnewyddu yswiriant indemniad");
  insurance->due = g_strdup ("2026-11-19");
  g_assert_true (ethos_store_add_reminder (store, insurance, &error));
  g_assert_no_error (error);
}

/* The pages by their Welsh names, and the Overview's summary. */
static void
test_overview (void)
{
  EthosOverviewPage *overview;

  show_page ("win.page-overview");
  overview = ETHOS_OVERVIEW_PAGE (ui_find_widget (GTK_WIDGET (window), ETHOS_TYPE_OVERVIEW_PAGE,
                                                  NULL, NULL));
  g_assert_nonnull (overview);
  ethos_overview_page_set_today (overview, "2026-11-22");
  ui_wait_idle ();

  assert_label ("Trosolwg");
  assert_label ("Codau");
  assert_label ("Dyddiadur");
  assert_label ("Atgoffa");
  g_assert_null (label ("Reminders"));
  /* October (the diary began with a course on the 15th) had no supervision for either body,
   * the insurance is overdue and the DBS recheck due soon: action needed now, counted in words
   * of the user's language. */
  assert_label ("Mae angen gweithredu ar 4 peth nawr");
  assert_label ("Dim ond 0 o 90 munud wedi’u credydu ym mis Hydref 2026");
  assert_label ("Goruchwyliaeth y mis hwn");
  /* The month and the last session, in Welsh words. */
  assert_label ("Tachwedd 2026");
  assert_label ("3 Tachwedd 2026 (19 diwrnod yn ôl)");
  ui_render_png (GTK_WIDGET (window), "welsh-overview.png");
}

/* Dates in running text and the snooze and done buttons from code; groups from code. */
static void
test_reminders (void)
{
  EthosRemindersPage *page = ethos_window_get_reminders_page (window);

  show_page ("win.page-reminders");
  ethos_reminders_page_set_today (page, "2026-11-22");
  assert_label ("Yn hwyr");
  assert_label ("3 diwrnod yn hwyr · 19 Tachwedd 2026");
  assert_label ("yn ddyledus ymhen 21 diwrnod · 13 Rhagfyr 2026");
  assert_label ("_Gorffen");
  assert_label ("Cofnodi _digwyddiad…");
  ui_render_png (GTK_WIDGET (window), "welsh-reminders.png");
}

/* At 360 px the Welsh labels wrap or ellipsize: none makes the window wider than the phone
 * width it is meant to fit. */
static void
assert_narrow (const char *what)
{
  int width = gtk_widget_get_width (GTK_WIDGET (window));

  if (width > 360)
    g_error ("%s: the window is %d px wide in Welsh, not 360", what, width);
}

static void
set_width (int width)
{
  ui_resize (GTK_WINDOW (window), width, 720);
}

/* A template's labels and a list row's short date. */
static void
test_diary (void)
{
  EthosDiaryPage *page = ethos_window_get_diary_page (window);

  show_page ("win.page-diary");
  assert_label ("3 Tach 2026");
  assert_label ("15 Hyd 2026");
  g_assert_true (ethos_diary_page_open_position (page, 0));
  assert_label ("Sesiwn goruchwylio");
  assert_label ("Ffordd o gyfarfod");
  assert_label ("Oriau cleient ers y sesiwn ddiwethaf");
  ui_render_png (GTK_WIDGET (window), "welsh-diary.png");
}

/* Theme names come from an English data file and reach the sidebar in Welsh. */
static void
test_codes (void)
{
  EthosCodesPage *page = ethos_window_get_codes_page (window);

  show_page ("win.page-codes");
  assert_label ("Cyfrinachedd");
  assert_label ("Eich llyfrgell");
  ethos_codes_page_show_theme (page, "confidentiality");
  assert_label ("Cadw’n gyfrinachol yr hyn y mae cleientiaid");
  ui_render_png (GTK_WIDGET (window), "welsh-codes.png");

  set_width (360);
  assert_narrow ("the Codes page");
  ui_render_png (GTK_WIDGET (window), "welsh-narrow-codes.png");
  set_width (1100);
}

/* The Overview, the Diary's editor and the Reminders at 360 px. (The Codes page is looked at
 * narrow in its own test, last: showing the Diary at 360 px after a theme was open in the Codes
 * page makes GTK warn that it snapshots the window's toast overlay before allocating it, in
 * English as well.) */
static void
test_narrow (void)
{
  static const struct
  {
    const char *action;
    const char *png;
  } pages[] = {
    { "win.page-overview", "welsh-narrow-overview.png" },
    { "win.page-diary", "welsh-narrow-diary.png" },
    { "win.page-reminders", "welsh-narrow-reminders.png" },
  };

  set_width (360);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      show_page (pages[i].action);
      assert_narrow (pages[i].action);
      ui_render_png (GTK_WIDGET (window), pages[i].png);
    }
  /* The narrow view switcher at the bottom names the pages in Welsh as well. */
  assert_label ("Atgoffa");
  set_width (1100);
}

/* The dialogs with the longest Welsh: the standard reminders' dates and the event's reports,
 * wide and at 360 px. */
static void
test_dialogs (void)
{
  static const char *const bodies[] = { "bacp", "cosrt", NULL };
  g_autoptr (GPtrArray) memberships = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_membership_free);
  GtkWidget *standard;
  GtkWidget *event;
  GtkWidget *added;

  for (guint i = 0; bodies[i] != NULL; i++)
    {
      EthosMembership *membership = g_new0 (EthosMembership, 1);

      membership->body_id = g_strdup (bodies[i]);
      g_ptr_array_add (memberships, membership);
    }
  g_assert_true (ethos_store_set_memberships (store, memberships, NULL));

  standard = ethos_standard_dialog_new (store, GTK_WINDOW (window), "2026-11-22");
  gtk_window_present (GTK_WINDOW (standard));
  ethos_standard_dialog_fill (ETHOS_STANDARD_DIALOG (standard), "2024-05-10", "2027-01-15", NULL,
                              NULL, NULL);
  ui_await_mapped (standard);
  if (ui_find_label_containing (standard, "Tystysgrif DBS ddiwethaf") == NULL)
    g_error ("The standard reminders dialog is not in Welsh");
  ui_render_png (standard, "welsh-standard-dialog.png");
  /* The DBS recheck is there already (its Welsh title was added above); the Update Service
   * renews a year from the certificate, then every year. */
  if (ui_find_label_containing (standard, "eisoes yn eich nodiadau atgoffa") == NULL)
    g_error ("The DBS recheck is not shown as there already, in Welsh");
  if (ui_find_label_containing (standard, "10 Mai 2027, yna bob blwyddyn") == NULL)
    g_error ("The DBS Update Service's date is not in Welsh");
  ui_resize (GTK_WINDOW (standard), 360, 640);
  g_assert_cmpint (gtk_widget_get_width (standard), <=, 360);
  ui_render_png (standard, "welsh-narrow-standard-dialog.png");
  gtk_window_destroy (GTK_WINDOW (standard));

  event = ethos_event_dialog_new (store, GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (event));
  ethos_event_dialog_fill (ETHOS_EVENT_DIALOG (event), 0, "2026-03-01");
  ui_await_mapped (event);
  g_assert_cmpuint (ethos_event_dialog_count_deadlines (ETHOS_EVENT_DIALOG (event)), ==, 1);
  /* COSRT 107: within 14 days, in Welsh, from the duty map's English. */
  if (ui_find_label_containing (event, "erbyn 15 Mawrth 2026 · yn ddi-oed (o fewn 14 diwrnod)") == NULL)
    g_error ("The report's deadline is not in Welsh");
  if (ui_find_label_containing (event, "Rhoi gwybod i COSRT am rybudd") == NULL)
    g_error ("The report's title is not in Welsh");
  ui_render_png (event, "welsh-event-dialog.png");
  ui_resize (GTK_WINDOW (event), 360, 640);
  g_assert_cmpint (gtk_widget_get_width (event), <=, 360);
  ui_render_png (event, "welsh-narrow-event-dialog.png");
  gtk_window_destroy (GTK_WINDOW (event));

  added = ethos_reminder_dialog_new (store, GTK_WINDOW (window), NULL);
  gtk_window_present (GTK_WINDOW (added));
  ui_await_mapped (added);
  if (ui_find_label_containing (added, "Ychwanegu nodyn atgoffa") == NULL)
    g_error ("The add-a-reminder dialog is not in Welsh");
  ui_render_png (added, "welsh-reminder-dialog.png");
  ui_resize (GTK_WINDOW (added), 360, 640);
  g_assert_cmpint (gtk_widget_get_width (added), <=, 360);
  ui_render_png (added, "welsh-narrow-reminder-dialog.png");
  gtk_window_destroy (GTK_WINDOW (added));
}

/* A window of its own, on new records filled as above, for each test. */
static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
  fill_store ();
  window = ui_open_window (NULL, store, 1100, 720);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = NULL;

  /* As ethos's main () does: the locale from the environment (cy_GB.UTF-8 here). */
  g_unsetenv ("LANGUAGE");
  ethos_i18n_init ();
  config_parent = ui_test_init (&argc, &argv, "ethos-ui-welsh-XXXXXX");

  ui_test_add ("/welsh-window/overview", set_up, test_overview, tear_down);
  ui_test_add ("/welsh-window/reminders", set_up, test_reminders, tear_down);
  ui_test_add ("/welsh-window/diary", set_up, test_diary, tear_down);
  ui_test_add ("/welsh-window/narrow", set_up, test_narrow, tear_down);
  ui_test_add ("/welsh-window/codes", set_up, test_codes, tear_down);
  ui_test_add ("/welsh-window/dialogs", set_up, test_dialogs, tear_down);
  return g_test_run ();
}
