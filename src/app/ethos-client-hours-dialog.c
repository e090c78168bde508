/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-client-hours-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-accessible.h"
#include "ethos-client-hours-dialog.h"
#include "ethos-client-hours-store.h"
#include "ethos-date.h"
#include "ethos-duration.h"
#include "ethos-field.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"

/* The client-hours log: how far it goes towards what each body's accreditation asks for (core's
 * words, cited; "not set" where a body publishes no number), then the months, newest first, each
 * with its hours to type (as every length of time in Ethos: "12", "12:30", "12h") and the
 * running total at that month. The twelve months to this one are always there, with every
 * month logged before them; an earlier month is added by name. A month's hours are kept on
 * Enter or on leaving the field; what cannot be read is said under that month, the field
 * marked and what was typed left as it is, and nothing is written. */

typedef struct
{
  char        month[8];
  AdwActionRow *row;
  GtkEntry    *entry;
  AdwActionRow *error_row;
  EthosClientHoursDialog *dialog;
} MonthRows;

struct _EthosClientHoursDialog
{
  AdwWindow            parent_instance;

  EthosStore          *store;
  char                *today;

  AdwPreferencesGroup *targets_group;
  GPtrArray           *target_rows;
  AdwPreferencesGroup *months_group;
  GPtrArray           *months;      /* MonthRows, newest first */
  AdwEntryRow         *earlier_row; /* kept last in the months group */
  GtkLabel            *error_label; /* the log could not be read, or an earlier month refused */
};

G_DEFINE_FINAL_TYPE (EthosClientHoursDialog, ethos_client_hours_dialog, ADW_TYPE_WINDOW)

static void
show_error (EthosClientHoursDialog *self, const char *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
show_month_error (MonthRows *rows, const char *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->error_row),
                                 message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (rows->error_row), message != NULL);
  if (message == NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (rows->row), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (rows->entry), "error");
    }
}

/* Hours as a person would type them back: "12", "12:30". */
static char *
hours_text (int minutes)
{
  return minutes % 60 == 0 ? g_strdup_printf ("%d", minutes / 60)
                           : g_strdup_printf ("%d:%02d", minutes / 60, minutes % 60);
}

static const EthosClientMonth *
find_month (const GArray *logged, const char *month)
{
  for (guint i = 0; i < logged->len; i++)
    if (strcmp (g_array_index (logged, EthosClientMonth, i).month, month) == 0)
      return &g_array_index (logged, EthosClientMonth, i);
  return NULL;
}

/* Each body's target, as core says it, under the months' totals. */
static void
show_targets (EthosClientHoursDialog *self, const GArray *logged)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) body_ids = ethos_store_list_body_ids (self->store, &error);
  g_autofree char *total = ethos_client_hours_describe_total (logged);

  for (guint i = 0; i < self->target_rows->len; i++)
    adw_preferences_group_remove (self->targets_group, g_ptr_array_index (self->target_rows, i));
  g_ptr_array_set_size (self->target_rows, 0);
  adw_preferences_group_set_description (self->months_group, total);
  for (guint i = 0; (body_ids != NULL && body_ids[i] != NULL) || i == 0; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autoptr (EthosBodyRules) body = NULL;
      g_autofree char *progress = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      if (body_ids == NULL || body_ids[0] == NULL
          || (body = ethos_store_load_body_rules (self->store, body_ids[i], &error)) == NULL)
        {
          g_autofree char *message = error != NULL
                                       ? g_strdup_printf (_("Could not read your bodies’ "
                                                            "rules: %s"),
                                                          error->message)
                                       : NULL;

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                         message != NULL ? message
                                                         : ethos_client_hours_no_bodies ());
          adw_preferences_group_add (self->targets_group, row);
          g_ptr_array_add (self->target_rows, row);
          return;
        }
      progress = ethos_client_hours_progress (body, logged, self->today);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), progress);
      if (body->accreditation_client_hours > 0 && body->accreditation_source != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), body->accreditation_source);
      adw_preferences_group_add (self->targets_group, row);
      g_ptr_array_add (self->target_rows, row);
    }
}

/* The running totals and the targets, as the log now stands; FALSE when it cannot be read. */
static gboolean
show_totals (EthosClientHoursDialog *self)
{
  g_autoptr (GArray) logged = NULL;
  g_autoptr (GError) error = NULL;

  if ((logged = ethos_store_list_client_hours (self->store, &error)) == NULL)
    {
      g_autofree char *message = g_strdup_printf (
        _("Ethos could not read your client hours: %s. Run “ethos-cli check” and restore a "
          "backup if it finds damage."),
        error->message);

      show_error (self, message);
      return FALSE;
    }
  for (guint i = 0; i < self->months->len; i++)
    {
      MonthRows *rows = g_ptr_array_index (self->months, i);
      g_autofree char *running = ethos_client_hours_describe_running (
        ethos_client_hours_up_to (logged, rows->month));

      adw_action_row_set_subtitle (rows->row, running);
    }
  show_targets (self, logged);
  return TRUE;
}

/* Keeps what @rows' field holds for its month; FALSE with @error when it cannot be read. */
static gboolean
keep_month (MonthRows *rows, GError **error)
{
  EthosClientHoursDialog *self = rows->dialog;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (rows->entry));
  g_autoptr (GArray) logged = ethos_store_list_client_hours (self->store, error);
  const EthosClientMonth *kept;
  int minutes = 0;

  if (logged == NULL)
    return FALSE;
  kept = find_month (logged, rows->month);
  /* An empty field is no hours: nothing to write for a month never logged. */
  if (text[strspn (text, " ")] == '\0')
    {
      if (kept == NULL || kept->minutes == 0)
        return TRUE;
    }
  else if (!ethos_duration_parse (text, ETHOS_DURATION_HOURS, ETHOS_CLIENT_MONTH_MAX_MINUTES,
                                  &minutes, error))
    return FALSE;
  if (kept != NULL && kept->minutes == minutes)
    return TRUE;
  return ethos_store_set_client_hours (self->store, rows->month, minutes, error);
}

static void
on_month_commit_cb (GtkWidget *entry, MonthRows *rows)
{
  g_autoptr (GError) error = NULL;

  if (rows->dialog->store == NULL)
    return;
  if (!ethos_field_check (ADW_PREFERENCES_ROW (rows->row), keep_month (rows, &error), &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (rows->entry), "error");
      show_month_error (rows, error->message);
      return;
    }
  show_month_error (rows, NULL);
  show_totals (rows->dialog);
}

static void
on_month_leave_cb (GtkEventController *focus, MonthRows *rows)
{
  on_month_commit_cb (gtk_event_controller_get_widget (focus), rows);
}

static void
on_month_changed_cb (GtkEditable *entry, MonthRows *rows)
{
  show_month_error (rows, NULL);
}

/* Rows for @month, placed among the others newest first, showing @minutes (or empty for a
 * month not logged, @minutes < 0). */
static MonthRows *
add_month (EthosClientHoursDialog *self, const char *month, int minutes)
{
  MonthRows *rows = g_new0 (MonthRows, 1);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char *first = g_strdup_printf ("%s-01", month);
  g_autofree char *title = ethos_date_format_iso (first, ETHOS_DATE_MONTH);
  g_autofree char *name = g_strdup_printf (_("Client hours in %s"), title);
  g_autofree char *text = minutes >= 0 ? hours_text (minutes) : NULL;
  guint position = 0;

  g_strlcpy (rows->month, month, sizeof rows->month);
  rows->dialog = self;
  rows->row = ADW_ACTION_ROW (adw_action_row_new ());
  /* The rows' own: their callbacks may run as they go. */
  g_object_set_data_full (G_OBJECT (rows->row), "rows", rows, g_free);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->row), title);
  rows->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (rows->entry), text != NULL ? text : "");
  gtk_editable_set_width_chars (GTK_EDITABLE (rows->entry), 6);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (rows->entry), 6);
  gtk_entry_set_alignment (rows->entry, 1);
  gtk_entry_set_placeholder_text (rows->entry, _("Hours"));
  gtk_entry_set_input_hints (rows->entry, GTK_INPUT_HINT_NO_SPELLCHECK);
  gtk_widget_set_valign (GTK_WIDGET (rows->entry), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (rows->entry), _("Hours, as 12, 12:30 or 12h"));
  g_signal_connect (rows->entry, "activate", G_CALLBACK (on_month_commit_cb), rows);
  g_signal_connect (rows->entry, "changed", G_CALLBACK (on_month_changed_cb), rows);
  g_signal_connect (focus, "leave", G_CALLBACK (on_month_leave_cb), rows);
  gtk_widget_add_controller (GTK_WIDGET (rows->entry), focus);
  adw_action_row_add_suffix (rows->row, GTK_WIDGET (rows->entry));
  adw_action_row_set_activatable_widget (rows->row, GTK_WIDGET (rows->entry));
  ethos_accessible_name_only (GTK_WIDGET (rows->entry), name);

  rows->error_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rows->error_row), FALSE);
  adw_action_row_set_title_lines (rows->error_row, 0);
  gtk_widget_add_css_class (GTK_WIDGET (rows->error_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (rows->error_row), FALSE);

  while (position < self->months->len
         && strcmp (((MonthRows *) g_ptr_array_index (self->months, position))->month, month) > 0)
    position++;
  g_ptr_array_insert (self->months, position, rows);
  return rows;
}

/* Puts the months' rows in the group in their order, the earlier-month row last. */
static void
place_months (EthosClientHoursDialog *self)
{
  for (guint i = 0; i < self->months->len; i++)
    {
      MonthRows *rows = g_ptr_array_index (self->months, i);

      if (gtk_widget_get_parent (GTK_WIDGET (rows->row)) != NULL)
        {
          g_object_ref (rows->row);
          g_object_ref (rows->error_row);
          adw_preferences_group_remove (self->months_group, GTK_WIDGET (rows->row));
          adw_preferences_group_remove (self->months_group, GTK_WIDGET (rows->error_row));
        }
      else
        {
          g_object_ref_sink (rows->row);
          g_object_ref_sink (rows->error_row);
        }
    }
  if (gtk_widget_get_parent (GTK_WIDGET (self->earlier_row)) != NULL)
    adw_preferences_group_remove (self->months_group, GTK_WIDGET (self->earlier_row));
  for (guint i = 0; i < self->months->len; i++)
    {
      MonthRows *rows = g_ptr_array_index (self->months, i);

      adw_preferences_group_add (self->months_group, GTK_WIDGET (rows->row));
      adw_preferences_group_add (self->months_group, GTK_WIDGET (rows->error_row));
      g_object_unref (rows->error_row);
      g_object_unref (rows->row);
    }
  adw_preferences_group_add (self->months_group, GTK_WIDGET (self->earlier_row));
}

/* Reads the log again: the twelve months to this one and every month logged. */
static void
reload (EthosClientHoursDialog *self)
{
  g_autoptr (GArray) logged = NULL;
  g_autoptr (GError) error = NULL;
  GDate date;

  for (guint i = 0; i < self->months->len; i++)
    {
      MonthRows *rows = g_ptr_array_index (self->months, i);

      adw_preferences_group_remove (self->months_group, GTK_WIDGET (rows->error_row));
      adw_preferences_group_remove (self->months_group, GTK_WIDGET (rows->row));
    }
  g_ptr_array_set_size (self->months, 0);
  show_error (self, NULL);
  if ((logged = ethos_store_list_client_hours (self->store, &error)) == NULL
      || !ethos_date_parse (self->today, &date, &error))
    {
      show_totals (self);
      return;
    }
  g_date_set_day (&date, 1);
  for (guint i = 0; i < 12; i++)
    {
      char month[8];
      const EthosClientMonth *kept;

      g_snprintf (month, sizeof month, "%04d-%02d", g_date_get_year (&date),
                  g_date_get_month (&date));
      kept = find_month (logged, month);
      add_month (self, month, kept != NULL ? kept->minutes : -1);
      g_date_subtract_months (&date, 1);
    }
  for (guint i = 0; i < logged->len; i++)
    {
      const EthosClientMonth *kept = &g_array_index (logged, EthosClientMonth, i);
      gboolean shown = FALSE;

      for (guint j = 0; j < self->months->len && !shown; j++)
        shown = strcmp (((MonthRows *) g_ptr_array_index (self->months, j))->month,
                        kept->month) == 0;
      if (!shown)
        add_month (self, kept->month, kept->minutes);
    }
  place_months (self);
  show_totals (self);
}

/* An earlier month, typed as YYYY-MM, gets its row (written once hours are typed in it). */
static void
on_earlier_cb (EthosClientHoursDialog *self)
{
  g_autofree char *month = g_strstrip (g_strdup (gtk_editable_get_text (
                                         GTK_EDITABLE (self->earlier_row))));
  g_autoptr (GError) error = NULL;
  MonthRows *rows = NULL;

  if (month[0] == '\0')
    return;
  if (!ethos_field_check (ADW_PREFERENCES_ROW (self->earlier_row),
                          ethos_month_check (month, &error), &error))
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  for (guint i = 0; i < self->months->len && rows == NULL; i++)
    if (strcmp (((MonthRows *) g_ptr_array_index (self->months, i))->month, month) == 0)
      rows = g_ptr_array_index (self->months, i);
  if (rows == NULL)
    {
      rows = add_month (self, month, -1);
      place_months (self);
      show_totals (self);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->earlier_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (rows->entry));
}

static void
on_earlier_changed_cb (EthosClientHoursDialog *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->earlier_row), "error");
  show_error (self, NULL);
}

/* Another program wrote: the log is read again (the dialog's own writes are shown as made). */
static void
on_store_changed_cb (EthosClientHoursDialog *self, EthosStoreChange change)
{
  if ((change & ETHOS_STORE_CHANGE_ALL) == ETHOS_STORE_CHANGE_ALL)
    reload (self);
}

static void
ethos_client_hours_dialog_dispose (GObject *object)
{
  EthosClientHoursDialog *self = ETHOS_CLIENT_HOURS_DIALOG (object);

  /* Fields losing the focus as they go keep nothing. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->months, g_ptr_array_unref);
  g_clear_pointer (&self->target_rows, g_ptr_array_unref);
  g_clear_object (&self->earlier_row);

  G_OBJECT_CLASS (ethos_client_hours_dialog_parent_class)->dispose (object);
}

static void
ethos_client_hours_dialog_finalize (GObject *object)
{
  g_free (ETHOS_CLIENT_HOURS_DIALOG (object)->today);

  G_OBJECT_CLASS (ethos_client_hours_dialog_parent_class)->finalize (object);
}

static void
ethos_client_hours_dialog_class_init (EthosClientHoursDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_client_hours_dialog_dispose;
  G_OBJECT_CLASS (klass)->finalize = ethos_client_hours_dialog_finalize;

  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close",
                                       NULL);
}

static void
ethos_client_hours_dialog_init (EthosClientHoursDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();

  self->months = g_ptr_array_new ();
  self->target_rows = g_ptr_array_new ();
  gtk_window_set_title (GTK_WINDOW (self), _("Client Hours"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 680);

  self->targets_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->targets_group, _("Towards Accreditation"));

  self->months_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->months_group, _("Client Hours by Month"));
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->error_label), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_preferences_group_add (self->months_group, GTK_WIDGET (self->error_label));

  self->earlier_row = g_object_ref_sink (ADW_ENTRY_ROW (adw_entry_row_new ()));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->earlier_row),
                                 _("An Earlier Month, as YYYY-MM"));
  adw_entry_row_set_show_apply_button (self->earlier_row, TRUE);
  g_signal_connect_swapped (self->earlier_row, "apply", G_CALLBACK (on_earlier_cb), self);
  g_signal_connect_swapped (self->earlier_row, "entry-activated", G_CALLBACK (on_earlier_cb),
                            self);
  g_signal_connect_swapped (self->earlier_row, "changed", G_CALLBACK (on_earlier_changed_cb),
                            self);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->targets_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->months_group);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* The client-hours log over @parent, its months and targets as on @today (ISO). */
GtkWidget *
ethos_client_hours_dialog_new (EthosStore *store, GtkWindow *parent, const char *today)
{
  EthosClientHoursDialog *self = g_object_new (ETHOS_TYPE_CLIENT_HOURS_DIALOG, "transient-for",
                                               parent, NULL);

  g_return_val_if_fail (today != NULL, NULL);

  self->store = g_object_ref (store);
  self->today = g_strdup (today);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  reload (self);
  return GTK_WIDGET (self);
}
