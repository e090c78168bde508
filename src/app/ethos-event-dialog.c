/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-event-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-combo-row-labels.h"
#include "ethos-date.h"
#include "ethos-date-row.h"
#include "ethos-entry-row.h"
#include "ethos-event-deadlines.h"
#include "ethos-event-dialog.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-store.h"

/* Record an event (a caution, a suspension, a data breach …): the deadlines it creates for the
 * practitioner's bodies are shown before anything is written. */

struct _EthosEventDialog
{
  AdwWindow            parent_instance;

  EthosStore          *store;
  AdwComboRow         *kind_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *time_row;
  AdwEntryRow         *notes_row;
  AdwPreferencesGroup *preview;
  GPtrArray           *preview_rows;
  GPtrArray           *deadlines;
  GtkWidget           *record_button;
};

G_DEFINE_FINAL_TYPE (EthosEventDialog, ethos_event_dialog, ADW_TYPE_WINDOW)

enum
{
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Names for ethos_event_kinds, in its order. */
static const char *const kind_names[] = {
  N_("A police caution"), N_("A criminal charge"), N_("A conviction"),
  N_("Another body's finding"), N_("A suspension or removal"), N_("A restriction on practice"),
  N_("An upheld complaint"), N_("Successful civil proceedings"), N_("Police action"),
  N_("Workplace disciplinary proceedings"), N_("A personal data breach"),
};

/* The deadlines are shown before anything is written; when the profile's bodies cannot be
 * read, that is said instead, and nothing can be recorded (the deadlines would be missing). */
static void
update_preview (EthosEventDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) bodies = ethos_store_list_body_ids (self->store, &error);
  g_autofree char *message = NULL;
  g_autofree char *date = NULL;
  const char *time = gtk_editable_get_text (GTK_EDITABLE (self->time_row));
  GtkWidget *row;

  for (guint i = 0; i < self->preview_rows->len; i++)
    adw_preferences_group_remove (self->preview, g_ptr_array_index (self->preview_rows, i));
  g_ptr_array_set_size (self->preview_rows, 0);
  g_clear_pointer (&self->deadlines, g_ptr_array_unref);

  if (bodies == NULL)
    message = g_strdup_printf (_("Could not read your professional bodies: %s"), error->message);
  else if ((date = ethos_date_row_read (ETHOS_DATE_ROW (self->date_row), TRUE, &error)) != NULL)
    self->deadlines = ethos_event_deadlines (ethos_event_kinds[adw_combo_row_get_selected (
                                               self->kind_row)],
                                             date, time[0] != '\0' ? time : NULL,
                                             (const char *const *) bodies, &error);
  if (self->deadlines == NULL || self->deadlines->len == 0)
    {
      if (message == NULL)
        message = g_strdup (error != NULL ? error->message
                                          : _("None of your bodies' codes sets a deadline for "
                                              "this; check your bodies' own rules"));
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
      g_ptr_array_add (self->preview_rows, row);
      adw_preferences_group_add (self->preview, row);
      gtk_widget_set_sensitive (self->record_button, error == NULL);
      return;
    }
  for (guint i = 0; i < self->deadlines->len; i++)
    {
      EthosDeadline *deadline = g_ptr_array_index (self->deadlines, i);
      g_autofree char *due = ethos_date_format_iso (deadline->due, ETHOS_DATE_LONG);
      g_autofree char *by = deadline->due_time != NULL
                              /* Translators: a deadline: its day, and the time on it */
                              ? g_strdup_printf (_("by %s at %s"), due, deadline->due_time)
                              /* Translators: a deadline's day */
                              : g_strdup_printf (_("by %s"), due);
      g_autofree char *subtitle = deadline->note != NULL && deadline->note[0] != '\0'
                                    ? g_strdup_printf ("%s · %s", by, deadline->note)
                                    : g_strdup (by);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), deadline->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "mail-send-symbolic");
      g_ptr_array_add (self->preview_rows, row);
      adw_preferences_group_add (self->preview, row);
    }
  gtk_widget_set_sensitive (self->record_button, TRUE);
}

gboolean
ethos_event_dialog_record (EthosEventDialog *self)
{
  g_autoptr (GPtrArray) reminders = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  const char *time = gtk_editable_get_text (GTK_EDITABLE (self->time_row));
  g_autofree char *date = NULL;

  update_preview (self);
  /* The preview has read the date: there are deadlines only when it could. */
  if (self->deadlines == NULL
      || (date = ethos_date_row_read (ETHOS_DATE_ROW (self->date_row), TRUE, NULL)) == NULL)
    return FALSE;
  for (guint i = 0; i < self->deadlines->len; i++)
    g_ptr_array_add (reminders, ethos_deadline_to_reminder (g_ptr_array_index (self->deadlines, i)));
  if (ethos_store_add_event (self->store,
                             ethos_event_kinds[adw_combo_row_get_selected (self->kind_row)],
                             date, time[0] != '\0' ? time : NULL,
                             gtk_editable_get_text (GTK_EDITABLE (self->notes_row)), reminders,
                             &error)
      == 0)
    {
      adw_preferences_group_set_description (self->preview, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[RECORDED], 0);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_record_clicked_cb (EthosEventDialog *self)
{
  ethos_event_dialog_record (self);
}

static void
ethos_event_dialog_dispose (GObject *object)
{
  EthosEventDialog *self = ETHOS_EVENT_DIALOG (object);

  g_clear_pointer (&self->preview_rows, g_ptr_array_unref);
  g_clear_pointer (&self->deadlines, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ethos_event_dialog_parent_class)->dispose (object);
}

static void
ethos_event_dialog_class_init (EthosEventDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_event_dialog_dispose;
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close",
                                       NULL);
}

static GtkWidget *
entry_row (const char *title)
{
  /* An entry row a screen reader hears (ethos-entry-row.c). */
  GtkWidget *row = ethos_entry_row_new (title);

  /* Enter in any field records the event, as Record does. */
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  return row;
}

static void
ethos_event_dialog_init (EthosEventDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *what = adw_preferences_group_new ();
  GtkStringList *kinds = gtk_string_list_new (NULL);
  g_autofree char *today = ethos_date_today_iso ();

  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    gtk_string_list_append (kinds, _(kind_names[i]));
  self->preview_rows = g_ptr_array_new ();
  gtk_window_set_title (GTK_WINDOW (self), _("Record an Event"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 600);

  self->record_button = gtk_button_new_with_mnemonic (_("_Record"));
  ethos_accessible_name_by_label (self->record_button);
  ethos_accessible_name_by_label (cancel);
  gtk_widget_add_css_class (self->record_button, "suggested-action");
  g_signal_connect_swapped (self->record_button, "clicked", G_CALLBACK (on_record_clicked_cb), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->record_button);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);

  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("What Happened"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  ethos_combo_row_wrap_labels (self->kind_row);
  g_object_unref (kinds);
  self->date_row = ADW_ENTRY_ROW (ethos_date_row_new (_("When")));
  adw_entry_row_set_activates_default (self->date_row, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  self->time_row = ADW_ENTRY_ROW (entry_row (_("Time, if Known (HH:MM)")));
  self->notes_row = ADW_ENTRY_ROW (entry_row (_("Notes")));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (what), _("The Event"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (what), GTK_WIDGET (self->kind_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (what), GTK_WIDGET (self->date_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (what), GTK_WIDGET (self->time_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (what), GTK_WIDGET (self->notes_row));

  self->preview = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->preview, _("Reports This Calls For"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (what));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->preview);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->record_button);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->kind_row));

  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (update_preview), self);
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (update_preview), self);
  g_signal_connect_swapped (self->time_row, "changed", G_CALLBACK (update_preview), self);
}

GtkWidget *
ethos_event_dialog_new (EthosStore *store, GtkWindow *parent)
{
  EthosEventDialog *self = g_object_new (ETHOS_TYPE_EVENT_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  update_preview (self);
  return GTK_WIDGET (self);
}

/* For tests: choose the event (an index of ethos_event_kinds) and its date. */
void
ethos_event_dialog_fill (EthosEventDialog *self, guint kind, const char *date)
{
  adw_combo_row_set_selected (self->kind_row, kind);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
}

guint
ethos_event_dialog_count_deadlines (EthosEventDialog *self)
{
  return self->deadlines != NULL ? self->deadlines->len : 0;
}
