/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminder-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-code-store.h"
#include "ethos-combo-row-labels.h"
#include "ethos-date-row.h"
#include "ethos-entry-row.h"
#include "ethos-profile-store.h"
#include "ethos-recurrence.h"
#include "ethos-reminder-dialog.h"
#include "ethos-reminder-store.h"

/* Add or edit a reminder: the kind first (it brings its lead days and a title), then the dates.
 * A refusal is said in the dialog, which stays open with what was typed. A reminder being edited
 * can be deleted: the dialog says "delete" with its id and closes, and whoever opened it deletes
 * it (the Reminders page, with an Undo). */

struct _EthosReminderDialog
{
  AdwWindow      parent_instance;

  EthosStore    *store;
  EthosReminder *reminder;
  AdwComboRow   *kind_row;
  AdwEntryRow   *title_row;
  AdwEntryRow   *due_row;
  AdwEntryRow   *time_row;
  AdwEntryRow   *every_row;
  GtkSwitch     *completion_switch;
  AdwEntryRow   *lead_row;
  AdwEntryRow   *clause_row;
  AdwEntryRow   *notes_row;
  GtkLabel      *error_label;
  GtkWidget     *delete_group;
  gboolean       title_edited;
};

G_DEFINE_FINAL_TYPE (EthosReminderDialog, ethos_reminder_dialog, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  DELETE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A title for each kind, in the order of EthosReminderKind, which the kind row lists. */
static const char *const kind_titles[] = {
  N_("DBS recheck"),      N_("DBS Update Service renewal"), N_("Indemnity insurance renewal"),
  N_("Membership renewal"), N_("Accreditation renewal"),    N_("ICO data protection fee"),
  N_("Annual written undertaking"), N_("Report to the body"), N_("Supervision"),
  N_("CPD"),              N_("Self Assessment tax return"), N_("Reminder"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_titles) == ETHOS_REMINDER_N_KINDS);

static const char *
text_or_null (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return text[0] != '\0' ? text : NULL;
}

static void
on_kind_changed_cb (EthosReminderDialog *self)
{
  guint index = adw_combo_row_get_selected (self->kind_row);
  g_autofree char *leads = ethos_store_get_default_leads (self->store, (EthosReminderKind) index);

  /* The kind brings its lead days (as the practitioner set them for that kind), and its title
   * until the practitioner writes their own. */
  gtk_editable_set_text (GTK_EDITABLE (self->lead_row), leads);
  if (!self->title_edited)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), _(kind_titles[index]));
      self->title_edited = FALSE;
    }
}

static void
on_title_changed_cb (EthosReminderDialog *self)
{
  self->title_edited = TRUE;
}

static void
show_error (EthosReminderDialog *self, const char *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* The clause as the practitioner wrote it ("COSRT 26"), as the link the store keeps: the
 * reminder's own link while its citation is left as shown (a clause of a code removed since
 * stays), NULL for none. FALSE, with the row marked and @error set, for a clause not found. */
static gboolean
read_clause (EthosReminderDialog *self, char **link, GError **error)
{
  const char *written = text_or_null (self->clause_row);
  g_autofree char *shown = NULL;

  *link = NULL;
  if (written == NULL)
    return TRUE;
  if (self->reminder != NULL && self->reminder->clause != NULL)
    shown = ethos_store_cite_link (self->store, self->reminder->clause, NULL);
  if (g_strcmp0 (shown, written) == 0)
    {
      *link = g_strdup (self->reminder->clause);
      return TRUE;
    }
  *link = ethos_store_find_cited_clause (self->store, written, error);
  if (*link == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->clause_row), "error");
      g_prefix_error (error, _("Clause: "));
      return FALSE;
    }
  return TRUE;
}

static void
on_clause_changed_cb (EthosReminderDialog *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->clause_row), "error");
}

/* Saves; returns FALSE (and says why in the dialog) when it cannot. */
gboolean
ethos_reminder_dialog_save (EthosReminderDialog *self)
{
  g_autoptr (EthosReminder) reminder = self->reminder != NULL
                                          ? ethos_reminder_copy (self->reminder)
                                          : ethos_reminder_new (ETHOS_REMINDER_KIND_CUSTOM);
  g_autoptr (GError) error = NULL;
  g_autofree char *due = ethos_date_row_read (ETHOS_DATE_ROW (self->due_row), TRUE, &error);
  g_autofree char *clause = NULL;
  EthosRecurrence recurrence;
  const char *every = text_or_null (self->every_row);
  gboolean saved;

  if (due == NULL || !read_clause (self, &clause, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  reminder->kind = (EthosReminderKind) adw_combo_row_get_selected (self->kind_row);
  g_free (reminder->title);
  reminder->title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  g_free (reminder->due);
  reminder->due = g_steal_pointer (&due);
  if (self->reminder == NULL || g_strcmp0 (self->reminder->due, reminder->due) != 0)
    {
      g_free (reminder->anchor);
      reminder->anchor = g_strdup (reminder->due);
    }
  g_free (reminder->due_time);
  reminder->due_time = g_strdup (text_or_null (self->time_row));
  g_free (reminder->clause);
  reminder->clause = g_steal_pointer (&clause);
  g_free (reminder->notes);
  reminder->notes = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));
  reminder->from_completion = gtk_switch_get_active (self->completion_switch);
  if (!ethos_recurrence_parse (every, &recurrence, &error)
      || !ethos_reminder_parse_leads (reminder, gtk_editable_get_text (GTK_EDITABLE (self->lead_row)),
                                      &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  g_free (reminder->every);
  reminder->every = ethos_recurrence_to_string (&recurrence);

  saved = reminder->id == 0 ? ethos_store_add_reminder (self->store, reminder, &error)
                            : ethos_store_update_reminder (self->store, reminder, &error);
  if (!saved)
    {
      show_error (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, reminder->id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked_cb (EthosReminderDialog *self)
{
  ethos_reminder_dialog_save (self);
}

static void
on_delete_clicked_cb (EthosReminderDialog *self)
{
  g_signal_emit (self, signals[DELETE], 0, self->reminder->id);
  gtk_window_close (GTK_WINDOW (self));
}

static GtkWidget *
entry_row (const char *title)
{
  /* An entry row a screen reader hears (ethos-entry-row.c). */
  GtkWidget *row = ethos_entry_row_new (title);

  /* Enter in any field saves, as Save does. */
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  return row;
}

static void
ethos_reminder_dialog_dispose (GObject *object)
{
  EthosReminderDialog *self = ETHOS_REMINDER_DIALOG (object);

  g_clear_object (&self->reminder);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ethos_reminder_dialog_parent_class)->dispose (object);
}

static void
ethos_reminder_dialog_class_init (EthosReminderDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_reminder_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[DELETE] = g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close",
                                       NULL);
}

static void
ethos_reminder_dialog_init (EthosReminderDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *what = adw_preferences_group_new ();
  GtkWidget *when = adw_preferences_group_new ();
  GtkWidget *more = adw_preferences_group_new ();
  GtkWidget *completion_row = adw_action_row_new ();
  GtkWidget *delete = gtk_button_new_with_mnemonic (_("_Delete Reminder"));
  GtkStringList *kinds = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kind_titles); i++)
    gtk_string_list_append (kinds, _(kind_titles[i]));

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 640);
  ethos_accessible_name_by_label (cancel);
  ethos_accessible_name_by_label (save);
  ethos_accessible_name_by_label (delete);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);

  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Kind"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  ethos_combo_row_wrap_labels (self->kind_row);
  g_object_unref (kinds);
  self->title_row = ADW_ENTRY_ROW (entry_row (_("Title")));
  self->due_row = ADW_ENTRY_ROW (ethos_date_row_new (_("Due Date")));
  adw_entry_row_set_activates_default (self->due_row, TRUE);
  self->time_row = ADW_ENTRY_ROW (entry_row (_("Time, for Deadlines in Hours (HH:MM)")));
  self->every_row = ADW_ENTRY_ROW (entry_row (_("Repeat Every (3y, 1m, 2w; Empty for Once)")));
  self->lead_row = ADW_ENTRY_ROW (entry_row (_("Remind Me, Days Before (30,7,1)")));
  self->clause_row = ADW_ENTRY_ROW (entry_row (_("Clause, as Cited (COSRT 26)")));
  self->notes_row = ADW_ENTRY_ROW (entry_row (_("Notes")));
  self->completion_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->completion_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (completion_row),
                                 _("Count the Next One From When It Is Done"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (completion_row), GTK_WIDGET (self->completion_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (completion_row),
                                         GTK_WIDGET (self->completion_switch));

  /* Titled, so that each list of rows has a name a screen reader can say. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (what), _("Reminder"));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (when), _("When"));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (more), _("Clause and Notes"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (what), GTK_WIDGET (self->kind_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (what), GTK_WIDGET (self->title_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (when), GTK_WIDGET (self->due_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (when), GTK_WIDGET (self->time_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (when), GTK_WIDGET (self->every_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (when), completion_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (when), GTK_WIDGET (self->lead_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (more), GTK_WIDGET (self->clause_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (more), GTK_WIDGET (self->notes_row));

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->error_label), 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (more), GTK_WIDGET (self->error_label));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (what));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (when));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (more));
  /* No confirmation: the page's toast has an Undo. */
  self->delete_group = adw_preferences_group_new ();
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_widget_add_css_class (delete, "pill");
  gtk_widget_set_halign (delete, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (delete, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->delete_group), delete);
  gtk_widget_set_visible (self->delete_group, FALSE);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (self->delete_group));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
  /* The kind first: it fills in the rest. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->kind_row));

  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (on_kind_changed_cb),
                            self);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (on_title_changed_cb), self);
  g_signal_connect_swapped (self->clause_row, "changed", G_CALLBACK (on_clause_changed_cb), self);
}

/* A dialog to add a reminder, or to edit @reminder. */
GtkWidget *
ethos_reminder_dialog_new (EthosStore *store, GtkWindow *parent, EthosReminder *reminder)
{
  EthosReminderDialog *self = g_object_new (ETHOS_TYPE_REMINDER_DIALOG, "transient-for", parent,
                                            NULL);
  g_autofree char *leads = NULL;

  self->store = g_object_ref (store);
  if (reminder == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add a Reminder"));
      adw_combo_row_set_selected (self->kind_row, 0);
      on_kind_changed_cb (self);
      self->title_edited = FALSE;
      return GTK_WIDGET (self);
    }
  self->reminder = ethos_reminder_copy (reminder);
  gtk_window_set_title (GTK_WINDOW (self), reminder->id == 0 ? _("Add a Reminder")
                                                             : _("Edit the Reminder"));
  gtk_widget_set_visible (self->delete_group, reminder->id != 0);
  adw_combo_row_set_selected (self->kind_row, reminder->kind);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), reminder->title);
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), reminder->due);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), reminder->due_time != NULL ? reminder->due_time : "");
  gtk_editable_set_text (GTK_EDITABLE (self->every_row), reminder->every);
  gtk_switch_set_active (self->completion_switch, reminder->from_completion);
  leads = ethos_reminder_leads_to_string (reminder);
  gtk_editable_set_text (GTK_EDITABLE (self->lead_row), leads);
  if (reminder->clause != NULL)
    {
      g_autofree char *cited = ethos_store_cite_link (store, reminder->clause, NULL);

      gtk_editable_set_text (GTK_EDITABLE (self->clause_row),
                             cited != NULL ? cited : reminder->clause);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), reminder->notes);
  self->title_edited = TRUE;
  return GTK_WIDGET (self);
}

/* For tests: the rows a practitioner fills in. */
void
ethos_reminder_dialog_fill (EthosReminderDialog *self,
                            const char          *title,
                            const char          *due,
                            const char          *every)
{
  if (title != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  if (due != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->due_row), due);
  if (every != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->every_row), every);
}
