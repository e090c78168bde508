/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminders-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-day-clock.h"
#include "ethos-event-dialog.h"
#include "ethos-reminder-dialog.h"
#include "ethos-reminder-status.h"
#include "ethos-reminder-store.h"
#include "ethos-accessible.h"
#include "ethos-reminders-page.h"
#include "ethos-standard-dialog.h"

/* The Reminders page: boxed lists by status (Overdue, Due soon, Later, Snoozed, Done), each
 * row with Done and a snooze menu; adding a reminder and recording an event open dialogs. The
 * status, how it is said and which snoozes are offered are core's (ethos-reminder-status.c). */

struct _EthosRemindersPage
{
  GtkWidget   parent_instance;

  GtkScrolledWindow *scroller;
  GtkBox     *box;
  EthosStore *store;
  char       *today; /* for tests; NULL for the real day */
  GtkWidget  *landed; /* the row shown from a notification, marked for a moment */
  gboolean    done_expanded;
  guint       landed_source;
};

G_DEFINE_FINAL_TYPE (EthosRemindersPage, ethos_reminders_page, GTK_TYPE_WIDGET)

/* Each kind's icon; the kinds with none have the alarm. */
static const char *const kind_icons[ETHOS_REMINDER_N_KINDS] = {
  [ETHOS_REMINDER_KIND_DBS] = "security-high-symbolic",
  [ETHOS_REMINDER_KIND_DBS_UPDATE_SERVICE] = "security-high-symbolic",
  [ETHOS_REMINDER_KIND_INSURANCE] = "emblem-documents-symbolic",
  [ETHOS_REMINDER_KIND_MEMBERSHIP] = "avatar-default-symbolic",
  [ETHOS_REMINDER_KIND_ACCREDITATION] = "starred-symbolic",
  [ETHOS_REMINDER_KIND_ICO] = "channel-secure-symbolic",
  [ETHOS_REMINDER_KIND_REPORT] = "mail-send-symbolic",
  [ETHOS_REMINDER_KIND_TAX] = "x-office-spreadsheet-symbolic",
};

static char *
today_iso (EthosRemindersPage *self)
{
  if (self->today != NULL)
    return g_strdup (self->today);
  return ethos_date_today_iso ();
}

static void
show_toast (EthosRemindersPage *self, const char *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

static void
parse_today (EthosRemindersPage *self, GDate *today)
{
  g_autofree char *iso = today_iso (self);

  if (!ethos_date_parse (iso, today, NULL))
    g_assert_not_reached ();
}

/* "due in 4 days · 1 December 2026", "snoozed until 3 December 2026 · …" */
static char *
describe_due (EthosReminder *reminder, EthosReminderStatus status, int days_left)
{
  g_autofree char *when = NULL;
  g_autofree char *date = ethos_date_format_iso (reminder->due, ETHOS_DATE_LONG);

  if (status == ETHOS_REMINDER_STATUS_DONE)
    when = g_strdup (_("done"));
  else if (status == ETHOS_REMINDER_STATUS_SNOOZED)
    {
      g_autofree char *until = ethos_date_format_iso (reminder->snoozed_until, ETHOS_DATE_LONG);
      g_autofree char *due = ethos_reminder_due_phrase (days_left);

      /* Translators: the day a snooze ends, then "due in 4 days" */
      when = g_strdup_printf (_("snoozed until %s, %s"), until, due);
    }
  else
    when = ethos_reminder_due_phrase (days_left);
  if (reminder->clause != NULL)
    return g_strdup_printf ("%s · %s · %s", when, date, reminder->clause);
  return g_strdup_printf ("%s · %s", when, date);
}

static void
on_done_clicked_cb (GtkButton *button, EthosRemindersPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "reminder-id"));
  g_autoptr (EthosReminder) reminder = ethos_store_get_reminder (self->store, id, NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *today = today_iso (self);

  if (reminder == NULL)
    return;
  if (!ethos_store_complete_reminder (self->store, reminder, today, &error))
    {
      show_toast (self, error->message);
      return;
    }
  if (!reminder->done)
    {
      g_autofree char *next = ethos_date_format_iso (reminder->due, ETHOS_DATE_LONG);
      g_autofree char *message = g_strdup_printf (_("Done; next due %s"), next);

      show_toast (self, message);
    }
  else
    show_toast (self, _("Done"));
}

static void
snooze (EthosRemindersPage *self, gint64 id, int days)
{
  g_autoptr (EthosReminder) reminder = ethos_store_get_reminder (self->store, id, NULL);
  g_autoptr (GError) error = NULL;
  GDate date;

  parse_today (self, &date);
  if (reminder == NULL || !ethos_reminder_can_snooze (reminder, &date, days))
    return;
  g_date_add_days (&date, (guint) days);
  g_free (reminder->snoozed_until);
  reminder->snoozed_until = ethos_date_to_iso (&date);
  if (!ethos_store_update_reminder (self->store, reminder, &error))
    show_toast (self, error->message);
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
      show_toast (self, message);
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
on_row_activated_cb (AdwActionRow *row, EthosRemindersPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "reminder-id"));
  g_autoptr (EthosReminder) reminder = ethos_store_get_reminder (self->store, id, NULL);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (reminder == NULL)
    return;
  dialog = ethos_reminder_dialog_new (self->store, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      reminder);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_row (EthosRemindersPage *self, EthosReminder *reminder, const GDate *today)
{
  int days_left;
  EthosReminderStatus status = ethos_reminder_status (reminder, today, &days_left);
  g_autofree char *subtitle = describe_due (reminder, status, days_left);
  GtkWidget *row = adw_action_row_new ();
  const char *icon = kind_icons[reminder->kind] != NULL ? kind_icons[reminder->kind]
                                                        : "alarm-symbolic";

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), reminder->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "reminder-id", GSIZE_TO_POINTER (reminder->id));
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated_cb), self);

  if (!reminder->done)
    {
      GtkWidget *done = gtk_button_new_with_mnemonic (_("_Done"));
      GtkWidget *later = gtk_menu_button_new ();
      g_autoptr (GMenu) menu = g_menu_new ();
      g_autoptr (GMenuItem) day = g_menu_item_new (_("Snooze a Day"), NULL);
      g_autoptr (GMenuItem) week = g_menu_item_new (_("Snooze a Week"), NULL);

      gtk_widget_set_valign (done, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (done), "reminder-id", GSIZE_TO_POINTER (reminder->id));
      g_signal_connect (done, "clicked", G_CALLBACK (on_done_clicked_cb), self);
      gtk_accessible_update_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Mark done"), -1);
      g_menu_item_set_action_and_target_value (day, "reminders.snooze",
                                               g_variant_new ("(xi)", reminder->id, 1));
      g_menu_item_set_action_and_target_value (week, "reminders.snooze",
                                               g_variant_new ("(xi)", reminder->id, 7));
      /* Only the snoozes that end before a report's deadline. */
      if (ethos_reminder_can_snooze (reminder, today, 1))
        g_menu_append_item (menu, day);
      if (ethos_reminder_can_snooze (reminder, today, 7))
        g_menu_append_item (menu, week);
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (later), "alarm-symbolic");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (later), G_MENU_MODEL (menu));
      gtk_widget_set_valign (later, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (later, _("Snooze"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (later), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Snooze this reminder"), -1);
      gtk_widget_add_css_class (later, "flat");
      gtk_widget_set_sensitive (later, g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), later);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), done);
    }
  return row;
}

static void
on_done_expanded_cb (EthosRemindersPage *self, GParamSpec *pspec, AdwExpanderRow *row)
{
  self->done_expanded = adw_expander_row_get_expanded (row);
}

/* Reads the reminders again and lays them out by status. */
static void
reload (EthosRemindersPage *self)
{
  g_autoptr (GPtrArray) reminders = NULL;
  g_autoptr (GError) error = NULL;
  /* The groups, in the order shown, by status. */
  static const EthosReminderStatus group_status[] = {
    ETHOS_REMINDER_STATUS_OVERDUE, ETHOS_REMINDER_STATUS_DUE_SOON, ETHOS_REMINDER_STATUS_UPCOMING,
    ETHOS_REMINDER_STATUS_SNOOZED, ETHOS_REMINDER_STATUS_DONE,
  };
  GtkWidget *groups[G_N_ELEMENTS (group_status)] = { NULL };
  GtkWidget *done_row = NULL;
  GtkWidget *child;
  guint shown = 0;
  guint n_done = 0;
  GDate today;

  parse_today (self, &today);
  reminders = ethos_store_list_reminders (self->store, TRUE, &error);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->box))) != NULL)
    gtk_box_remove (self->box, child);
  if (reminders == NULL)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-warning-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Ethos Could Not Read Your Reminders"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status), error->message);
      gtk_box_append (self->box, status);
      return;
    }
  for (guint i = 0; i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);
      EthosReminderStatus status = ethos_reminder_status (reminder, &today, NULL);
      guint group = 0;

      if (status == ETHOS_REMINDER_STATUS_DUE_TODAY)
        status = ETHOS_REMINDER_STATUS_DUE_SOON;
      while (group_status[group] != status)
        group++;
      if (groups[group] == NULL)
        {
          groups[group] = adw_preferences_group_new ();
          if (status != ETHOS_REMINDER_STATUS_DONE)
            adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (groups[group]),
                                             ethos_reminder_status_title (status));
        }
      shown++;
      if (group != 4)
        {
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (groups[group]),
                                     create_row (self, reminder, &today));
          continue;
        }
      /* Done ones are history: folded away until asked for. */
      if (done_row == NULL)
        {
          done_row = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (done_row),
                                         ethos_reminder_status_title (status));
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (done_row), self->done_expanded);
          ethos_accessible_name_expander_row (ADW_EXPANDER_ROW (done_row));
          g_signal_connect_swapped (done_row, "notify::expanded",
                                    G_CALLBACK (on_done_expanded_cb), self);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (groups[group]), done_row);
        }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (done_row), create_row (self, reminder, &today));
      n_done++;
    }
  if (done_row != NULL)
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reminder",
                                                             "%u reminders", n_done),
                                                n_done);

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (done_row), count);
    }

  if (shown == 0)
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
      gtk_box_append (self->box, status);
      return;
    }
  {
    /* Adding a reminder is the header's + (and Ctrl+Alt+N); an event is worth a button of its
     * own, as its deadlines are the most pressing. One button keeps a 360 px window possible. */
    GtkWidget *event = gtk_button_new_with_mnemonic (_("Record an _Event…"));

    gtk_actionable_set_action_name (GTK_ACTIONABLE (event), "reminders.record-event");
    gtk_widget_set_tooltip_text (event, _("A caution, a suspension, a complaint upheld, a data "
                                          "breach: Ethos adds the reports it calls for"));
    gtk_widget_set_halign (event, GTK_ALIGN_END);
    gtk_box_append (self->box, event);
  }
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    if (groups[g] != NULL)
      gtk_box_append (self->box, groups[g]);
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

  G_OBJECT_CLASS (ethos_reminders_page_parent_class)->dispose (object);
}

static void
ethos_reminders_page_class_init (EthosRemindersPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_reminders_page_dispose;
  gtk_widget_class_install_action (widget_class, "reminders.add", NULL, reminders_add);
  gtk_widget_class_install_action (widget_class, "reminders.snooze", "(xi)", reminders_snooze);
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
