/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminders-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-day-clock.h"
#include "ethos-event-dialog.h"
#include "ethos-reminder-dialog.h"
#include "ethos-reminder-groups.h"
#include "ethos-reminder-row.h"
#include "ethos-reminder-status.h"
#include "ethos-reminder-store.h"
#include "ethos-accessible.h"
#include "ethos-reminders-page.h"
#include "ethos-toast.h"
#include "ethos-standard-dialog.h"

/* The Reminders page: boxed lists by status (Overdue, Due soon, Later, Snoozed, Done), each
 * row with Done and a snooze menu; adding a reminder and recording an event open dialogs. The
 * status, how it is said and which snoozes are offered are core's (ethos-reminder-status.c).
 * Each list is bound to its group of an EthosReminderGroups, which a write changes by the rows
 * it touched alone: the other rows, the focus and the scroll stay. */

#define N_LISTS 4 /* the groups shown as lists; Done is folded in an expander row */

static const EthosReminderStatus list_status[N_LISTS] = {
  ETHOS_REMINDER_STATUS_OVERDUE, ETHOS_REMINDER_STATUS_DUE_SOON, ETHOS_REMINDER_STATUS_UPCOMING,
  ETHOS_REMINDER_STATUS_SNOOZED,
};

struct _EthosRemindersPage
{
  GtkWidget   parent_instance;

  GtkScrolledWindow *scroller;
  GtkBox     *box;
  GtkWidget  *problem;  /* the reminders could not be read */
  GtkWidget  *empty;    /* there are none yet */
  GtkWidget  *event;
  GtkWidget  *lists[N_LISTS];
  GtkWidget  *done_group;
  GtkWidget  *done_row;
  GPtrArray  *done_rows;
  EthosReminderGroups *groups;
  EthosStore *store;
  char       *today; /* for tests; NULL for the real day */
  GDate       shown_day; /* the day rows are made for */
  GtkWidget  *landed; /* the row shown from a notification, marked for a moment */
  guint       landed_source;
};

G_DEFINE_FINAL_TYPE (EthosRemindersPage, ethos_reminders_page, GTK_TYPE_WIDGET)

static char *
today_iso (EthosRemindersPage *self)
{
  if (self->today != NULL)
    return g_strdup (self->today);
  return ethos_date_today_iso ();
}

static void
parse_today (EthosRemindersPage *self, GDate *today)
{
  g_autofree char *iso = today_iso (self);

  if (!ethos_date_parse (iso, today, NULL))
    g_assert_not_reached ();
}

/* The reminder @id as stored now, or NULL with what went wrong said in a toast (another program
 * may have removed it). */
static EthosReminder *
read_reminder (EthosRemindersPage *self, gint64 id)
{
  g_autoptr (GError) error = NULL;
  EthosReminder *reminder = ethos_store_get_reminder (self->store, id, &error);

  if (reminder == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the reminder: %s"),
                                                  error->message);

      ethos_toast_show (GTK_WIDGET (self), message);
    }
  return reminder;
}

static void
reminders_done (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosRemindersPage *self = ETHOS_REMINDERS_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr (EthosReminder) reminder = read_reminder (self, id);
  g_autoptr (GError) error = NULL;
  g_autofree char *today = today_iso (self);

  if (reminder == NULL)
    return;
  if (!ethos_store_complete_reminder (self->store, reminder, today, &error))
    {
      ethos_toast_show (GTK_WIDGET (self), error->message);
      return;
    }
  if (!reminder->done)
    {
      g_autofree char *next = ethos_date_format_iso (reminder->due, ETHOS_DATE_LONG);
      g_autofree char *message = g_strdup_printf (_("Done; next due %s"), next);

      ethos_toast_show (GTK_WIDGET (self), message);
    }
  else
    ethos_toast_show (GTK_WIDGET (self), _("Done"));
}

static void
snooze (EthosRemindersPage *self, gint64 id, int days)
{
  g_autoptr (EthosReminder) reminder = read_reminder (self, id);
  g_autoptr (GError) error = NULL;
  GDate date;

  parse_today (self, &date);
  if (reminder == NULL || !ethos_reminder_can_snooze (reminder, &date, days))
    return;
  g_date_add_days (&date, (guint) days);
  g_free (reminder->snoozed_until);
  reminder->snoozed_until = ethos_date_to_iso (&date);
  if (!ethos_store_update_reminder (self->store, reminder, &error))
    ethos_toast_show (GTK_WIDGET (self), error->message);
}

static void
reminders_snooze (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gint64 id;
  int days;

  g_variant_get (parameter, "(xi)", &id, &days);
  snooze (ETHOS_REMINDERS_PAGE (widget), id, days);
}

static void
reminders_add (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosRemindersPage *self = ETHOS_REMINDERS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog = ethos_reminder_dialog_new (self->store, GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                                  : NULL,
                                                 NULL);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_standard_added_cb (EthosRemindersPage *self, int added)
{
  g_autofree char *message = NULL;

  if (added > 0)
    {
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %d reminder",
                                              "Added %d reminders", added),
                                 added);
      ethos_toast_show (GTK_WIDGET (self), message);
    }
}

static void
reminders_standard (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosRemindersPage *self = ETHOS_REMINDERS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *today = today_iso (self);
  GtkWidget *dialog = ethos_standard_dialog_new (self->store,
                                                 GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                 today);

  g_signal_connect_swapped (dialog, "added", G_CALLBACK (on_standard_added_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reminders_record_event (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosRemindersPage *self = ETHOS_REMINDERS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog = ethos_event_dialog_new (self->store, GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                               : NULL);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reminders_open (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosRemindersPage *self = ETHOS_REMINDERS_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr (EthosReminder) reminder = read_reminder (self, id);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (reminder == NULL)
    return;
  dialog = ethos_reminder_dialog_new (self->store, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      reminder);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_row (gpointer item, gpointer data)
{
  EthosRemindersPage *self = data;

  return ethos_reminder_row_new (item, &self->shown_day);
}

/* Done ones are history: folded away until asked for, their rows made again when one is
 * added (they are few: only one-offs end up here). */
static void
on_done_changed_cb (GListModel *done, guint position, guint removed, guint added,
                    EthosRemindersPage *self)
{
  guint n = g_list_model_get_n_items (done);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reminder",
                                                         "%u reminders", n),
                                            n);

  for (guint i = 0; i < self->done_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self->done_row),
                             g_ptr_array_index (self->done_rows, i));
  g_ptr_array_set_size (self->done_rows, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (EthosReminder) reminder = g_list_model_get_item (done, i);
      GtkWidget *row = create_row (reminder, self);

      g_ptr_array_add (self->done_rows, row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self->done_row), row);
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->done_row), count);
  gtk_widget_set_visible (self->done_group, n > 0);
}

static void
on_list_changed_cb (GListModel *model, guint position, guint removed, guint added,
                    GtkWidget *group)
{
  gtk_widget_set_visible (group, g_list_model_get_n_items (model) > 0);
}

/* Reads the reminders again; the groups change the rows that now read differently. */
static void
reload (EthosRemindersPage *self)
{
  g_autoptr (GPtrArray) reminders = NULL;
  g_autoptr (GError) error = NULL;
  GDate today;

  parse_today (self, &today);
  reminders = ethos_store_list_reminders (self->store, TRUE, &error);
  gtk_widget_set_visible (self->problem, reminders == NULL);
  if (reminders == NULL)
    {
      adw_status_page_set_description (ADW_STATUS_PAGE (self->problem), error->message);
      reminders = g_ptr_array_new ();
    }
  /* Rows made from now on are as of today; on a new day the groups make again each row that
   * reads differently ("due in 3 days" is now "due in 2 days"). */
  self->shown_day = today;
  ethos_reminder_groups_update (self->groups, reminders, &today);
  gtk_widget_set_visible (self->empty, error == NULL && reminders->len == 0);
  gtk_widget_set_visible (self->event, reminders->len > 0);
}

/* The empty state: none yet, and the two ways to begin. */
static GtkWidget *
make_empty_state (void)
{
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *choices = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *standard = gtk_button_new_with_mnemonic (_("_Set Up Your Reminders…"));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add One Reminder"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "alarm-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Reminders Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("Tell Ethos when your DBS certificate was issued and "
                                     "when your insurance and memberships renew, and it "
                                     "will remind you in good time"));
  gtk_widget_add_css_class (standard, "pill");
  gtk_widget_add_css_class (standard, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (standard), "reminders.standard");
  gtk_widget_add_css_class (add, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "reminders.add");
  gtk_widget_set_halign (choices, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (choices), standard);
  gtk_box_append (GTK_BOX (choices), add);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), choices);
  gtk_widget_set_vexpand (status, TRUE);
  return status;
}

/* The page's parts, made once; which show is up to reload(). */
static void
build (EthosRemindersPage *self)
{
  GtkWidget *done_list = gtk_list_box_new ();
  GListModel *done = ethos_reminder_groups_get_group (self->groups, ETHOS_REMINDER_STATUS_DONE);

  self->problem = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->problem), "dialog-warning-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->problem),
                             _("Ethos Could Not Read Your Reminders"));
  gtk_box_append (self->box, self->problem);
  self->empty = make_empty_state ();
  gtk_box_append (self->box, self->empty);

  /* Adding a reminder is the header's + (and Ctrl+Alt+N); an event is worth a button of its
   * own, as its deadlines are the most pressing. One button keeps a 360 px window possible. */
  self->event = gtk_button_new_with_mnemonic (_("Record an _Event…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->event), "reminders.record-event");
  gtk_widget_set_tooltip_text (self->event, _("A caution, a suspension, a complaint upheld, a "
                                              "data breach: Ethos adds the reports it calls for"));
  gtk_widget_set_halign (self->event, GTK_ALIGN_END);
  gtk_box_append (self->box, self->event);

  for (guint i = 0; i < N_LISTS; i++)
    {
      GListModel *model = ethos_reminder_groups_get_group (self->groups, list_status[i]);
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *list = gtk_list_box_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                       ethos_reminder_status_title (list_status[i]));
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      ethos_reminder_status_title (list_status[i]), -1);
      gtk_list_box_bind_model (GTK_LIST_BOX (list), model, create_row, self, NULL);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
      gtk_widget_set_visible (group, FALSE);
      g_signal_connect_object (model, "items-changed", G_CALLBACK (on_list_changed_cb), group, 0);
      gtk_box_append (self->box, group);
      self->lists[i] = group;
    }

  self->done_group = adw_preferences_group_new ();
  self->done_row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->done_row),
                                 ethos_reminder_status_title (ETHOS_REMINDER_STATUS_DONE));
  ethos_accessible_name_expander_row (ADW_EXPANDER_ROW (self->done_row));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (done_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (done_list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (done_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ethos_reminder_status_title (ETHOS_REMINDER_STATUS_DONE), -1);
  gtk_list_box_append (GTK_LIST_BOX (done_list), self->done_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->done_group), done_list);
  gtk_widget_set_visible (self->done_group, FALSE);
  g_signal_connect_object (done, "items-changed", G_CALLBACK (on_done_changed_cb), self, 0);
  gtk_box_append (self->box, self->done_group);
}

static gboolean
on_landed_timeout_cb (gpointer data)
{
  EthosRemindersPage *self = data;

  self->landed_source = 0;
  if (self->landed != NULL)
    gtk_widget_remove_css_class (self->landed, "landed");
  g_clear_weak_pointer (&self->landed);
  return G_SOURCE_REMOVE;
}

static GtkWidget *
find_row (GtkWidget *widget, gint64 id)
{
  if (ADW_IS_ACTION_ROW (widget)
      && GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "reminder-id")) == (gsize) id)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = find_row (child, id);

      if (row != NULL)
        return row;
    }
  return NULL;
}

/* Brings the reminder @id into view, focused and marked for a few seconds (it was opened from
 * a notification). Returns FALSE when it is no longer there. */
gboolean
ethos_reminders_page_show_reminder (EthosRemindersPage *self, gint64 id)
{
  GtkWidget *row;

  g_return_val_if_fail (ETHOS_IS_REMINDERS_PAGE (self), FALSE);

  reload (self);
  if ((row = find_row (GTK_WIDGET (self->box), id)) == NULL)
    return FALSE;
  g_clear_handle_id (&self->landed_source, g_source_remove);
  if (self->landed != NULL)
    gtk_widget_remove_css_class (self->landed, "landed");
  g_set_weak_pointer (&self->landed, row);
  {
    GtkWidget *expander = gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW);

    if (expander != NULL)
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  }
  gtk_widget_add_css_class (row, "landed");
  /* The viewport scrolls to the focused row. */
  gtk_widget_grab_focus (row);
  self->landed_source = g_timeout_add_seconds (4, on_landed_timeout_cb, self);
  return TRUE;
}

/* The reminder row marked as just opened, for tests; NULL when none is. */
GtkWidget *
ethos_reminders_page_get_landed_row (EthosRemindersPage *self)
{
  return self->landed;
}

static void
ethos_reminders_page_dispose (GObject *object)
{
  EthosRemindersPage *self = ETHOS_REMINDERS_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->landed_source, g_source_remove);
  g_clear_weak_pointer (&self->landed);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->done_rows, g_ptr_array_unref);
  g_clear_object (&self->groups);

  G_OBJECT_CLASS (ethos_reminders_page_parent_class)->dispose (object);
}

static void
ethos_reminders_page_class_init (EthosRemindersPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_reminders_page_dispose;
  gtk_widget_class_install_action (widget_class, "reminders.add", NULL, reminders_add);
  gtk_widget_class_install_action (widget_class, "reminders.snooze", "(xi)", reminders_snooze);
  gtk_widget_class_install_action (widget_class, "reminders.done", "x", reminders_done);
  gtk_widget_class_install_action (widget_class, "reminders.open", "x", reminders_open);
  gtk_widget_class_install_action (widget_class, "reminders.standard", NULL, reminders_standard);
  gtk_widget_class_install_action (widget_class, "reminders.record-event", NULL,
                                   reminders_record_event);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ethos_reminders_page_init (EthosRemindersPage *self)
{
  GtkWidget *clamp = adw_clamp_new ();

  gtk_widget_add_css_class (GTK_WIDGET (self), "reminders-page");

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_widget_set_margin_top (GTK_WIDGET (self->box), 24);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->box), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (self->box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->box), 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->box));
  gtk_scrolled_window_set_child (self->scroller, clamp);
  gtk_widget_set_parent (GTK_WIDGET (self->scroller), GTK_WIDGET (self));
  self->groups = ethos_reminder_groups_new ();
  self->done_rows = g_ptr_array_new ();
  build (self);
}

static void
on_store_changed_cb (EthosStore *store, EthosStoreChange change, EthosRemindersPage *self)
{
  if (change & ETHOS_STORE_CHANGE_REMINDERS)
    reload (self);
}

GtkWidget *
ethos_reminders_page_new (EthosStore *store)
{
  EthosRemindersPage *self = g_object_new (ETHOS_TYPE_REMINDERS_PAGE, NULL);

  self->store = g_object_ref (store);
  /* The page follows the store: its own writes, the dialogs', other programs' (the notifier's
   * Done, the CLI), and the day changing. Nothing else tells it to read again. */
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  g_signal_connect_object (ethos_day_clock_get_default (), "day-changed", G_CALLBACK (reload),
                           self, G_CONNECT_SWAPPED);
  reload (self);
  return GTK_WIDGET (self);
}

/* Lays the page out as of @today (YYYY-MM-DD; NULL for the real day). */
void
ethos_reminders_page_set_today (EthosRemindersPage *self, const char *today)
{
  g_return_if_fail (ETHOS_IS_REMINDERS_PAGE (self));

  g_free (self->today);
  self->today = g_strdup (today);
  reload (self);
}
