/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminders-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-reminder-row.h"
#include "ethos-reminder-status.h"
#include "ethos-reminders-page-private.h"

/* The Reminders page's parts: boxed lists by status (Overdue, Due soon, Later, Snoozed, Done),
 * each bound to its group of the page's EthosReminderGroups, the empty state and the problem
 * said in place of the lists. They are made once; which show is up to the reading. */

static const EthosReminderStatus list_status[ETHOS_REMINDERS_PAGE_N_LISTS] = {
  ETHOS_REMINDER_STATUS_OVERDUE, ETHOS_REMINDER_STATUS_DUE_SOON, ETHOS_REMINDER_STATUS_UPCOMING,
  ETHOS_REMINDER_STATUS_SNOOZED,
};

static GtkWidget *
create_row (gpointer item, gpointer data)
{
  EthosRemindersPage *self = data;

  return ethos_reminder_row_new (self->store, item, &self->shown_day);
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
  ethos_accessible_name_by_label (standard);
  ethos_accessible_name_by_label (add);
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

/* A boxed list for the reminders of @status, named for screen readers by its title. */
static GtkWidget *
boxed_list_new (EthosReminderStatus status)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ethos_reminder_status_title (status), -1);
  return list;
}

/* The page's parts, made once; which show is up to the reading. */
void
ethos_reminders_page_build (EthosRemindersPage *self)
{
  GtkWidget *done_list = boxed_list_new (ETHOS_REMINDER_STATUS_DONE);
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
  ethos_accessible_name_by_label (self->event);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->event), "reminders.record-event");
  gtk_widget_set_tooltip_text (self->event, _("A caution, a suspension, a complaint upheld, a "
                                              "data breach: Ethos adds the reports it calls for"));
  gtk_widget_set_halign (self->event, GTK_ALIGN_END);
  gtk_box_append (self->box, self->event);

  for (guint i = 0; i < ETHOS_REMINDERS_PAGE_N_LISTS; i++)
    {
      GListModel *model = ethos_reminder_groups_get_group (self->groups, list_status[i]);
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *list = boxed_list_new (list_status[i]);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                       ethos_reminder_status_title (list_status[i]));
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
  gtk_list_box_append (GTK_LIST_BOX (done_list), self->done_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->done_group), done_list);
  gtk_widget_set_visible (self->done_group, FALSE);
  g_signal_connect_object (done, "items-changed", G_CALLBACK (on_done_changed_cb), self, 0);
  gtk_box_append (self->box, self->done_group);
}
