/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-prefs-reminders-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-autostart.h"
#include "ethos-override-row.h"
#include "ethos-prefs-reminders-page.h"
#include "ethos-profile-store.h"
#include "ethos-reminder.h"

/* Preferences → Reminders: the time of day reminders are shown, whether the notifier runs in
 * the background (starting at login), and the days before its due date each kind of reminder
 * tells, for new reminders. Each change is kept at once, in one transaction. */

struct _EthosPrefsRemindersPage
{
  AdwPreferencesPage   parent_instance;

  GtkMenuButton       *time_button;
  GtkSpinButton       *hour_spin;
  GtkSpinButton       *minute_spin;
  GtkSwitch           *autostart_switch;
  GtkLabel            *error_label;
  AdwPreferencesGroup *leads_group;

  EthosStore          *store;
  GPtrArray           *lead_rows; /* EthosOverrideRow, owned by the group */
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (EthosPrefsRemindersPage, ethos_prefs_reminders_page,
                     ADW_TYPE_PREFERENCES_PAGE)

/* What this page keeps (the time of day, the days before) is read by the notifier and by the
 * reminder dialogs when they open, never by the window's pages: it tells nobody to read again. */

static void
show_error (EthosPrefsRemindersPage *self, const char *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Two digits, as a clock shows them: 09:05. */
static gboolean
on_spin_output_cb (GtkSpinButton *spin, gpointer data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
on_time_changed_cb (EthosPrefsRemindersPage *self)
{
  g_autofree char *time = NULL;
  g_autoptr (GError) error = NULL;

  time = g_strdup_printf ("%02d:%02d", gtk_spin_button_get_value_as_int (self->hour_spin),
                          gtk_spin_button_get_value_as_int (self->minute_spin));
  gtk_menu_button_set_label (self->time_button, time);
  {
    /* Translators: the name a screen reader gives the button that shows and changes the time
     * of day reminders are shown; %s is the time, "09:00" */
    g_autofree char *name = g_strdup_printf (_("Time reminders are shown, %s"), time);
    GtkWidget *inner = gtk_widget_get_first_child (GTK_WIDGET (self->time_button));

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->time_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    /* The row's title would be read after it again ("… 07:30 Time of Day"). */
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->time_button),
                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY);
    /* GTK 4.8's menu button takes the focus in a toggle button of its own, which a label
     * names by the time alone ("09:00"): named by the menu button, as an icon's is. */
    if (GTK_IS_BUTTON (inner))
      gtk_accessible_update_relation (GTK_ACCESSIBLE (inner), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      self->time_button, NULL, -1);
  }
  if (self->loading || self->store == NULL)
    return;
  if (!ethos_store_set_notify_time (self->store, time, &error))
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
}

static void
on_autostart_toggled_cb (EthosPrefsRemindersPage *self)
{
  gboolean active = gtk_switch_get_active (self->autostart_switch);
  g_autoptr (GError) error = NULL;

  if (self->loading || active == ethos_autostart_is_enabled ())
    return;
  if (!ethos_autostart_set_enabled (active, &error))
    {
      self->loading = TRUE;
      gtk_switch_set_active (self->autostart_switch, !active);
      self->loading = FALSE;
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
}

static gboolean
commit_leads (EthosOverrideRow *row, const char *text, gpointer data, GError **error)
{
  EthosPrefsRemindersPage *self = data;
  EthosReminderKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kind"));

  if (self->store == NULL)
    return TRUE;
  return ethos_store_set_default_leads (self->store, kind, text, error);
}

/* "90,30,7" as "90, 30, 7 days", or the day itself. */
static char *
describe_leads (const char *leads)
{
  g_auto (GStrv) days = g_strsplit (leads, ",", -1);
  g_autofree char *joined = NULL;

  if (leads[0] == '\0' || g_str_equal (leads, "0"))
    return g_strdup (_("Ethos’s default: on the day"));
  joined = g_strjoinv (", ", days);
  /* Translators: lead days, "90, 30, 7" */
  return g_strdup_printf (_("Ethos’s default: %s days before"), joined);
}

static void
add_lead_row (EthosPrefsRemindersPage *self, EthosReminderKind kind)
{
  g_autoptr (EthosReminder) template = ethos_reminder_new (kind);
  g_autofree char *standard = ethos_reminder_leads_to_string (template);
  g_autofree char *own = ethos_store_get_default_leads (self->store, kind);
  g_autofree char *said = describe_leads (standard);
  GtkWidget *row = ethos_override_row_new (ethos_reminder_kind_name (kind), NULL);

  g_object_set_data (G_OBJECT (row), "kind", GINT_TO_POINTER (kind));
  ethos_override_row_set_default (ETHOS_OVERRIDE_ROW (row), standard, said);
  ethos_override_row_set_value (ETHOS_OVERRIDE_ROW (row),
                                g_strcmp0 (own, standard) != 0 ? own : NULL);
  ethos_override_row_set_commit_func (ETHOS_OVERRIDE_ROW (row), commit_leads, self);
  adw_preferences_group_add (self->leads_group, row);
  g_ptr_array_add (self->lead_rows, row);
}

/* Reads the time, the login entry and the lead days again. */
void
ethos_prefs_reminders_page_reload (EthosPrefsRemindersPage *self)
{
  g_autofree char *time = NULL;
  int hour = 9, minute = 0;

  g_return_if_fail (ETHOS_IS_PREFS_REMINDERS_PAGE (self));

  for (guint i = 0; i < self->lead_rows->len; i++)
    adw_preferences_group_remove (self->leads_group, g_ptr_array_index (self->lead_rows, i));
  g_ptr_array_set_size (self->lead_rows, 0);
  if (self->store == NULL)
    return;

  self->loading = TRUE;
  time = ethos_store_get_notify_time (self->store);
  if (sscanf (time, "%d:%d", &hour, &minute) != 2)
    hour = 9, minute = 0;
  gtk_spin_button_set_value (self->hour_spin, hour);
  gtk_spin_button_set_value (self->minute_spin, minute);
  on_time_changed_cb (self);
  gtk_switch_set_active (self->autostart_switch, ethos_autostart_is_enabled ());
  self->loading = FALSE;
  for (EthosReminderKind kind = 0; kind < ETHOS_REMINDER_N_KINDS; kind++)
    add_lead_row (self, kind);
}

void
ethos_prefs_reminders_page_set_store (EthosPrefsRemindersPage *self, EthosStore *store)
{
  g_return_if_fail (ETHOS_IS_PREFS_REMINDERS_PAGE (self));

  g_set_object (&self->store, store);
  ethos_prefs_reminders_page_reload (self);
}

static void
ethos_prefs_reminders_page_dispose (GObject *object)
{
  EthosPrefsRemindersPage *self = ETHOS_PREFS_REMINDERS_PAGE (object);

  /* Rows losing the focus as they go keep nothing. */
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_PREFS_REMINDERS_PAGE);
  g_clear_pointer (&self->lead_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_prefs_reminders_page_parent_class)->dispose (object);
}

static void
ethos_prefs_reminders_page_class_init (EthosPrefsRemindersPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_prefs_reminders_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-prefs-reminders-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRemindersPage, time_button);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRemindersPage, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRemindersPage, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRemindersPage, autostart_switch);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRemindersPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRemindersPage, leads_group);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_autostart_toggled_cb);
}

static void
ethos_prefs_reminders_page_init (EthosPrefsRemindersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->lead_rows = g_ptr_array_new ();
}
