/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-overview-page"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ethos-info-row.h"
#include "ethos-entry-store.h"
#include "ethos-overview-page.h"
#include "ethos-reminder-store.h"
#include "ethos-profile-store.h"

/* The Overview page under Xvfb, as a practitioner reads it on 23 November 2026: in good
 * standing, then short of BACP's monthly minimum, early in a month, with nothing in the diary
 * and with no bodies named; at full width, at 360 px and in dark style. Each state is rendered
 * to a PNG (in ETHOS_SCREENSHOT_DIR, or the build folder) for a person to look at. */

#define TODAY "2026-11-23"

static EthosStore *store;
static GtkWindow *window;
static EthosOverviewPage *page;

static gboolean
label_is (GtkWidget *widget, gpointer text)
{
  return g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* The label showing exactly @text, on screen. */
static GtkWidget *
find_label (const char *text)
{
  return ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, label_is, (gpointer) text);
}

static void
count_labels (GtkWidget *root, const char *text, guint *count)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) && label_is (root, (gpointer) text))
    (*count)++;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_labels (child, text, count);
}

static guint
n_labels (const char *text)
{
  guint count = 0;

  count_labels (GTK_WIDGET (window), text, &count);
  return count;
}

static gboolean
image_is (GtkWidget *widget, gpointer icon_name)
{
  return g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), icon_name) == 0;
}

static void
count_icons (GtkWidget *root, const char *icon_name, guint *count)
{
  if (GTK_IS_IMAGE (root) && gtk_widget_get_mapped (root) && image_is (root, (gpointer) icon_name))
    (*count)++;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_icons (child, icon_name, count);
}

/* How many @icon_name icons show, the headline's included. */
static guint
n_icons (const char *icon_name)
{
  guint count = 0;

  count_icons (GTK_WIDGET (window), icon_name, &count);
  return count;
}

static EthosStore *
open_store (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data_dir = g_dir_make_tmp ("ethos-ui-overview-XXXXXX", &error);
  EthosStore *opened;

  g_assert_no_error (error);
  opened = ethos_store_open (data_dir, &error);
  g_assert_no_error (error);
  return opened;
}

static void
set_bodies (EthosStore *target, const char *const *body_ids)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) memberships = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_membership_free);

  for (guint i = 0; body_ids[i] != NULL; i++)
    {
      EthosMembership *membership = g_new0 (EthosMembership, 1);

      membership->body_id = g_strdup (body_ids[i]);
      g_ptr_array_add (memberships, membership);
    }
  g_assert_true (ethos_store_set_memberships (target, memberships, &error));
  g_assert_no_error (error);
}

static gint64
add_supervision (const char *date, int minutes, EthosSupervisionFormat format, int group_size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  entry->date = g_strdup (date);
  entry->minutes = minutes;
  entry->format = format;
  entry->group_size = group_size;
  g_free (entry->supervisor);
  entry->supervisor = g_strdup ("Dr Okafor");
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
  return entry->id;
}

static void
add_cpd (const char *date, int minutes, const char *title)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_CPD);

  entry->date = g_strdup (date);
  entry->minutes = minutes;
  g_free (entry->title);
  entry->title = g_strdup (title);
  g_assert_true (ethos_store_add_entry (store, entry, &error));
  g_assert_no_error (error);
}

static void
add_supervision_to (EthosStore *target, const char *date, int minutes)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  entry->date = g_strdup (date);
  entry->minutes = minutes;
  g_assert_true (ethos_store_add_entry (target, entry, &error));
  g_assert_no_error (error);
}

static void
delete_entry (gint64 id)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (ethos_store_delete_entry (store, id, &error));
  g_assert_no_error (error);
}

/* Puts a page on @target in the window, in place of the one before. */
static void
show_page (EthosStore *target)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("Overview", NULL));
  gtk_box_append (GTK_BOX (box), header);
  page = ETHOS_OVERVIEW_PAGE (ethos_overview_page_new (target));
  gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));
  adw_window_set_content (ADW_WINDOW (window), box);
}

static void
refresh (const char *today)
{
  ethos_overview_page_set_today (page, today);
  ui_wait_idle ();
}

static void
set_width (int width)
{
  ui_resize (window, width, 700);
}

static GtkWidget *
headline (void)
{
  GtkWidget *label = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, ui_label_contains,
                                  (gpointer) "standing");

  if (label == NULL)
    label = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, ui_label_contains,
                            (gpointer) "attention");
  return label != NULL ? label
                       : ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, ui_label_contains,
                                         (gpointer) "action now");
}

static gint64 first_session, second_session;

/* Each case on its own records, in a window of its own (no case sees what another left). */

/* The window, with no page in it yet. */
static void
set_up_window (void)
{
  window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (window, 1000, 700);
}

static void
present_window (void)
{
  gtk_window_present (window);
  ui_await_mapped (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
}

/* A BACP and NCPS member with nothing recorded yet, the page on their records. */
static void
set_up (void)
{
  static const char *const bodies[] = { "bacp", "ncps", NULL };

  set_up_window ();
  store = open_store ();
  set_bodies (store, bodies);
  show_page (store);
  present_window ();
}

/* Cases that show records of their own in the window. */
static void
set_up_empty_window (void)
{
  set_up_window ();
  present_window ();
}

static void
tear_down (void)
{
  /* The window has been closed (ui_test_add), and the page with it. */
  window = NULL;
  page = NULL;
  g_clear_object (&store);
}

/* November: 60 + 60 minutes one to one, credited in full by both bodies. A session booked for
 * December is not the last one. 12 hours of CPD since December 2025, 30 asked by NCPS. */
static void
set_up_good_standing (void)
{
  set_up ();
  add_supervision ("2026-10-14", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1);
  first_session = add_supervision ("2026-11-05", 60, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1);
  second_session = add_supervision ("2026-11-12", 60, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1);
  add_supervision ("2026-12-02", 60, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1);
  add_cpd ("2026-03-10", 6 * 60, "Working with shame");
  add_cpd ("2026-09-20", 6 * 60, "Ethics in online practice");
  add_cpd ("2025-10-01", 8 * 60, "Before this period");
}

/* The same, read on 23 November. */
static void
set_up_good_standing_today (void)
{
  set_up_good_standing ();
  refresh (TODAY);
}

/* The same, November's two sessions replaced by one of 45 minutes one to one on the 5th. */
static void
set_up_short_november (void)
{
  set_up_good_standing ();
  delete_entry (first_session);
  delete_entry (second_session);
  first_session = add_supervision ("2026-11-05", 45, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1);
}

static void
test_good_standing (void)
{
  GtkWidget *bar, *row, *focus;

  refresh (TODAY);
  g_assert_nonnull (find_label ("You’re in good standing"));
  g_assert_false (gtk_widget_has_css_class (headline (), "warning"));
  g_assert_nonnull (find_label ("Supervision this month meets each body’s monthly minimum."));

  g_assert_nonnull (find_label ("Supervision this month"));
  g_assert_nonnull (find_label ("November 2026"));
  g_assert_nonnull (find_label ("BACP"));
  g_assert_nonnull (find_label ("NCPS"));
  g_assert_cmpuint (n_labels ("120 of 90 minutes credited"), ==, 2);
  /* Both minimums met, both ticked, besides the headline's tick. */
  g_assert_cmpuint (n_icons ("emblem-ok-symbolic"), ==, 3);
  g_assert_cmpuint (n_icons ("dialog-warning-symbolic"), ==, 0);
  g_assert_nonnull (find_label ("Last supervision"));
  g_assert_nonnull (find_label ("12 November 2026 (11 days ago)"));

  g_assert_nonnull (find_label ("CPD this period"));
  g_assert_nonnull (find_label ("Since 1 December 2025"));
  g_assert_nonnull (find_label ("12 of 30 hours"));
  g_assert_nonnull (find_label ("12 hours · no target set"));
  bar = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LEVEL_BAR, NULL, NULL);
  g_assert_nonnull (bar);
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (GTK_LEVEL_BAR (bar)), 0.4, 1e-9);
  g_assert_cmpfloat (gtk_level_bar_get_max_value (GTK_LEVEL_BAR (bar)), ==, 1.0);
  ui_render_png (GTK_WIDGET (window), "overview.png");

  /* A keyboard user reading the CPD rows stays on the same row through a refresh. */
  row = gtk_widget_get_ancestor (find_label ("12 of 30 hours"), ETHOS_TYPE_INFO_ROW);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (row));
  refresh (TODAY);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (ETHOS_IS_INFO_ROW (focus));
  g_assert_cmpstr (ethos_info_row_get_subtitle (ETHOS_INFO_ROW (focus)), ==, "12 of 30 hours");
}

static void
test_narrow_and_dark (void)
{
  GtkWidget *label;

  set_width (360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  /* Everything still there, and nothing wider than the window. */
  label = find_label ("12 November 2026 (11 days ago)");
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_widget_get_width (label), <, 360);
  label = find_label ("Supervision this month meets each body’s monthly minimum.");
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_widget_get_width (label), <, 360);
  g_assert_nonnull (find_label ("12 of 30 hours"));
  ui_render_png (GTK_WIDGET (window), "overview-narrow.png");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  set_width (1000);
  g_assert_nonnull (find_label ("You’re in good standing"));
  ui_render_png (GTK_WIDGET (window), "overview-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  ui_wait_idle ();
}

static void
test_needs_attention (void)
{
  /* November: one group session of 90 minutes for three people. BACP counts half of it, 45
   * minutes, short of its 90; NCPS counts group time in full. On the 23rd that is a month not
   * over yet: said, not counted (the minimum is for the whole month). */
  delete_entry (first_session);
  delete_entry (second_session);
  first_session = add_supervision ("2026-11-05", 90, ETHOS_SUPERVISION_FORMAT_GROUP, 3);

  refresh (TODAY);
  g_assert_nonnull (find_label ("You’re in good standing"));
  g_assert_nonnull (find_label ("Supervision this month is not at the minimum yet, with 8 days "
                                "to go."));
  g_assert_nonnull (find_label ("45 of 90 minutes credited so far this month"));
  g_assert_nonnull (find_label ("90 of 90 minutes credited"));
  g_assert_cmpuint (n_icons ("dialog-warning-symbolic"), ==, 0);
  g_assert_cmpuint (n_icons ("emblem-ok-symbolic"), ==, 2); /* the headline's, NCPS's */

  /* On 1 December November is over and BACP's minimum was not met: counted, named with the
   * month, and the headline says it needs action. */
  refresh ("2026-12-01");
  g_assert_nonnull (find_label ("1 thing needs action now"));
  g_assert_true (gtk_widget_has_css_class (headline (), "error"));
  g_assert_nonnull (find_label ("BACP: Only 45 of 90 minutes credited in November 2026."));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (window),
                                              "Only 45 of 90 minutes credited in November 2026"));
  g_assert_cmpuint (n_icons ("dialog-error-symbolic"), ==, 1);   /* the headline's */
  g_assert_cmpuint (n_icons ("dialog-warning-symbolic"), ==, 1); /* BACP's row */
  g_assert_nonnull (find_label ("5 November 2026 (26 days ago)"));
  ui_render_png (GTK_WIDGET (window), "overview-attention.png");

  set_width (360);
  ui_render_png (GTK_WIDGET (window), "overview-attention-narrow.png");
  set_width (1000);

  /* 45 minutes one to one: short for both. */
  delete_entry (first_session);
  first_session = add_supervision ("2026-11-05", 45, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, -1);
  refresh ("2026-12-01");
  g_assert_nonnull (find_label ("2 things need action now"));
  g_assert_nonnull (find_label ("BACP: Only 45 of 90 minutes credited in November 2026. NCPS: "
                                "Only 45 of 90 minutes credited in November 2026."));
  g_assert_cmpuint (n_icons ("dialog-warning-symbolic"), ==, 2);
}

static void
test_early_in_month (void)
{
  /* However late in the month, a minimum not reached yet is said, not counted. */
  refresh ("2026-11-10");
  g_assert_nonnull (find_label ("You’re in good standing"));
  g_assert_false (gtk_widget_has_css_class (headline (), "warning"));
  g_assert_nonnull (find_label ("Supervision this month is not at the minimum yet, with 21 days "
                                "to go."));
  g_assert_cmpuint (n_labels ("45 of 90 minutes credited so far this month"), ==, 2);
  g_assert_cmpuint (n_icons ("dialog-warning-symbolic"), ==, 0);
  g_assert_nonnull (find_label ("5 November 2026 (5 days ago)"));

  refresh ("2026-11-30");
  g_assert_nonnull (find_label ("You’re in good standing"));
  g_assert_nonnull (find_label ("Supervision this month is not at the minimum yet, with 1 day "
                                "to go."));
  refresh ("2026-11-05");
  g_assert_nonnull (find_label ("5 November 2026 (today)"));
}

static void
test_empty_diary (void)
{
  g_autoptr (EthosStore) empty = open_store ();
  static const char *const bodies[] = { "bacp", "ncps", NULL };

  set_bodies (empty, bodies);
  show_page (empty);
  refresh (TODAY);
  /* Nothing to judge last month by, and this month not over: nothing is failing yet. */
  g_assert_nonnull (find_label ("You’re in good standing"));
  g_assert_nonnull (find_label ("Supervision this month is not at the minimum yet, with 8 days "
                                "to go."));
  g_assert_cmpuint (n_labels ("Nothing recorded so far this month · 90 minutes needed"), ==, 2);
  g_assert_nonnull (find_label ("No supervision recorded yet"));
  g_assert_nonnull (find_label ("0 of 30 hours · nothing recorded yet"));
  g_assert_nonnull (find_label ("Nothing recorded yet · no target set"));
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (ui_find_widget (GTK_WIDGET (window),
                                                                          GTK_TYPE_LEVEL_BAR,
                                                                          NULL, NULL))),
                     ==, 0.0);
  ui_render_png (GTK_WIDGET (window), "overview-empty-diary.png");
}

static void
test_unknown_body (void)
{
  g_autoptr (EthosStore) other = open_store ();
  static const char *const bodies[] = { "ncps", "retired-body", NULL };

  /* A body this Ethos no longer ships: said on its rows and counted, never guessed at. */
  set_bodies (other, bodies);
  show_page (other);
  refresh (TODAY);
  g_assert_nonnull (find_label ("1 thing needs attention"));
  g_assert_nonnull (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, ui_label_contains,
                                 (gpointer) "Ethos could not read the rules of retired-body."));
  g_assert_cmpuint (n_labels ("retired-body"), ==, 2);
  g_assert_nonnull (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, ui_label_contains,
                                 (gpointer) "does not know a body “retired-body”"));
  ui_render_png (GTK_WIDGET (window), "overview-unknown-body.png");
}

static void
test_other_checks (void)
{
  g_autoptr (EthosStore) cosrt = open_store ();
  static const char *const bodies[] = { "cosrt", NULL };
  const struct
  {
    int minutes, group_size, client_hours;
  } sessions[] = { { 60, -1, 12 }, { 30, -1, 6 }, { 150, 5, 8 } };

  /* A COSRT member this month: 60 minutes (12 client hours), 30 (6 h), 150 in a group of 5
   * (8 h). Group supervision is 63% of it (COSRT allows 25%), and 240 minutes fall short of the
   * 260 the 26 client hours ask for: as things stand both fail, and the headline says so. */
  set_bodies (cosrt, bodies);
  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    {
      g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

      entry->date = g_strdup_printf ("2026-11-0%u", i + 2);
      entry->minutes = sessions[i].minutes;
      entry->format = sessions[i].group_size > 0 ? ETHOS_SUPERVISION_FORMAT_GROUP
                                                 : ETHOS_SUPERVISION_FORMAT_INDIVIDUAL;
      entry->group_size = sessions[i].group_size;
      entry->client_minutes = sessions[i].client_hours * 60;
      g_assert_true (ethos_store_add_entry (cosrt, entry, NULL));
    }
  show_page (cosrt);
  refresh (TODAY);
  g_assert_nonnull (find_label ("2 things need attention"));
  g_assert_true (gtk_widget_has_css_class (headline (), "warning"));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (window),
                                              "COSRT: Group supervision is 63% of the credited "
                                              "time; at most 25% may be."));
  g_assert_nonnull (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, ui_label_contains,
                                    (gpointer) "group supervision is 63% of it (at most 25%)"));
  g_assert_nonnull (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, ui_label_contains,
                                    (gpointer) "260 minutes needed for the client hours recorded"));
  g_assert_cmpuint (n_icons ("dialog-warning-symbolic"), ==, 2); /* the headline's, COSRT's */
  ui_render_png (GTK_WIDGET (window), "overview-cosrt.png");
}

static void
test_reminders (void)
{
  g_autoptr (EthosStore) other = open_store ();
  static const char *const bodies[] = { "bacp", NULL };
  const struct
  {
    const char       *title;
    EthosReminderKind kind;
    const char       *due;
  } items[] = {
    { "Indemnity insurance", ETHOS_REMINDER_KIND_INSURANCE, "2026-11-20" },
    { "DBS recheck", ETHOS_REMINDER_KIND_DBS, "2027-05-10" },
  };

  gint64 first_id = 0;

  /* An overdue renewal needs attention and counts; the DBS recheck shows under Renewals. */
  set_bodies (other, bodies);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr (EthosReminder) reminder = ethos_reminder_new (items[i].kind);

      g_free (reminder->title);
      reminder->title = g_strdup (items[i].title);
      reminder->due = g_strdup (items[i].due);
      g_assert_true (ethos_store_add_reminder (other, reminder, NULL));
      if (first_id == 0)
        first_id = reminder->id;
    }
  show_page (other);
  refresh (TODAY);
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (window), "Overdue by 3 days"));
  g_assert_nonnull (find_label ("1 thing needs action now"));
  g_assert_nonnull (find_label ("Indemnity insurance overdue by 3 days."));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (window), "Renewals"));
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (window), "Due 10 May 2027"));
  /* Each opens its reminder on the Reminders page. */
  {
    GtkWidget *row = gtk_widget_get_ancestor (
      ui_find_label_containing (GTK_WIDGET (window), "Overdue by 3 days"), ETHOS_TYPE_INFO_ROW);
    GVariant *target;

    g_assert_nonnull (row);
    g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==,
                     "win.show-reminder");
    target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
    g_assert_nonnull (target);
    g_assert_cmpint (g_variant_get_int64 (target), ==, first_id);
  }
  ui_render_png (GTK_WIDGET (window), "overview-reminders.png");
}

/* Runs ethos-cli on @dir with the arguments after it; returns what it printed, stripped. */
static char *
run_cli (const char *dir, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
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
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_strstrip (g_steal_pointer (&out));
}

/* Iterates the main loop until a label on screen reads @text exactly (fails after 10 s). */
static void
await_label (const char *text)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  while (find_label (text) == NULL && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
  if (find_label (text) == NULL)
    g_error ("“%s” never showed", text);
}

/* The page follows the store, and through it other programs: a reminder the CLI adds, and then
 * marks done, reaches the Overview with nothing asking it to read again. */
static void
test_follows_other_programs (void)
{
  g_autoptr (EthosStore) other = open_store ();
  static const char *const bodies[] = { "bacp", NULL };
  const char *dir = ethos_store_get_data_dir (other);
  g_autofree char *id = NULL;
  g_autofree char *done = NULL;

  set_bodies (other, bodies);
  show_page (other);
  ethos_overview_page_set_today (page, TODAY);
  ethos_store_watch_other_writers (other);
  await_label ("You’re in good standing");

  id = run_cli (dir, "reminders", "add", "--title", "Indemnity insurance", "--due", "2026-11-20",
                "--kind", "insurance", NULL);
  await_label ("1 thing needs action now");
  g_assert_nonnull (find_label ("Indemnity insurance overdue by 3 days."));

  done = run_cli (dir, "reminders", "done", id, "--on", "2026-11-23", NULL);
  await_label ("You’re in good standing");
  g_assert_null (find_label ("Indemnity insurance overdue by 3 days."));

  /* The window's own write reaches it at once: no main loop needed. */
  add_supervision_to (other, "2026-11-02", 90);
  g_assert_nonnull (find_label ("90 of 90 minutes credited"));
}

static void
test_no_bodies (void)
{
  g_autoptr (EthosStore) empty = open_store ();

  show_page (empty);
  refresh (TODAY);
  g_assert_nonnull (find_label ("Tell Ethos which bodies you belong to"));
  /* A button to Preferences → Profile, not a command to type. */
  {
    GtkWidget *label = find_label ("_Choose Your Bodies…");
    GtkWidget *button = label != NULL ? gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON) : NULL;
    GVariant *target;

    g_assert_nonnull (button);
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                     "win.preferences-page");
    target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
    g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "profile");
    g_assert_null (ui_find_label_containing (GTK_WIDGET (window), "ethos-cli"));
  }
  /* No headline: there is nothing to be in good standing with. */
  g_assert_null (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, ui_label_contains,
                              (gpointer) "good standing"));
  g_assert_nonnull (find_label ("Last supervision"));
  g_assert_nonnull (find_label ("No supervision recorded yet"));
  g_assert_null (find_label ("CPD this period"));
  ui_render_png (GTK_WIDGET (window), "overview-no-bodies.png");

  set_width (360);
  g_assert_cmpint (gtk_widget_get_width (find_label ("Tell Ethos which bodies you belong to")),
                   <, 360);
  ui_render_png (GTK_WIDGET (window), "overview-no-bodies-narrow.png");
  set_width (1000);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-overview-XXXXXX");

  ui_test_add ("/overview-page/good-standing", set_up_good_standing, test_good_standing,
               tear_down);
  ui_test_add ("/overview-page/narrow-and-dark", set_up_good_standing_today, test_narrow_and_dark,
               tear_down);
  ui_test_add ("/overview-page/needs-attention", set_up_good_standing, test_needs_attention,
               tear_down);
  ui_test_add ("/overview-page/early-in-month", set_up_short_november, test_early_in_month,
               tear_down);
  ui_test_add ("/overview-page/empty-diary", set_up_empty_window, test_empty_diary, tear_down);
  ui_test_add ("/overview-page/unknown-body", set_up_empty_window, test_unknown_body, tear_down);
  ui_test_add ("/overview-page/other-checks", set_up_empty_window, test_other_checks, tear_down);
  ui_test_add ("/overview-page/reminders", set_up_empty_window, test_reminders, tear_down);
  ui_test_add ("/overview-page/follows-other-programs", set_up_empty_window,
               test_follows_other_programs, tear_down);
  ui_test_add ("/overview-page/no-bodies", set_up_empty_window, test_no_bodies, tear_down);
  return g_test_run ();
}
