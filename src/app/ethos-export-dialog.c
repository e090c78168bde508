/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-combo-row-labels.h"
#include "ethos-date.h"
#include "ethos-date-input.h"
#include "ethos-date-row.h"
#include "ethos-export-dialog.h"
#include "ethos-flagged-group.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"
#include "ethos-standing-store.h"

/* Before an export leaves the machine: the period it covers (a choice core works out from
 * today), and the entries in that period that may identify a client, listed before anything is
 * written, with the choice to remove those details or export as written. The dialog writes
 * nothing: it says "export" with that choice, and whoever opened it asks where and writes. */

struct _EthosExportDialog
{
  AdwWindow         parent_instance;

  EthosStore       *store;
  gboolean          pdf;
  char             *today;

  /* What the periods are worked out from, read once. */
  GPtrArray        *rules;   /* EthosBodyRules, or NULL where a body's could not be read */
  GPtrArray        *anchors; /* char *, or NULL: the day each body's CPD period starts */
  char             *diary_start;
  EthosExportPeriod periods[ETHOS_EXPORT_N_PERIODS]; /* as the period row lists them */
  guint             n_periods;

  AdwPreferencesGroup *period_group;
  AdwComboRow      *period_row;
  GtkWidget        *from_row;
  GtkWidget        *to_row;
  EthosFlaggedGroup *flagged_group;
  GtkLabel         *error_label;
  GtkWidget        *redact_button;
  GtkWidget        *as_written_button;
  GtkWidget        *export_button;

  char              from[11];
  char              to[11];
  gboolean          range_known;
};

G_DEFINE_FINAL_TYPE (EthosExportDialog, ethos_export_dialog, ADW_TYPE_WINDOW)

enum
{
  EXPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (EthosExportDialog *self, const char *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static EthosExportPeriod
selected_period (EthosExportDialog *self)
{
  guint index = adw_combo_row_get_selected (self->period_row);

  return index < self->n_periods ? self->periods[index] : ETHOS_EXPORT_PERIOD_LAST_12_MONTHS;
}

static EthosExportFacts
facts_of (EthosExportDialog *self)
{
  EthosExportFacts facts = {
    .today = self->today,
    .rules = (const EthosBodyRules *const *) self->rules->pdata,
    .cpd_anchors = (const char *const *) self->anchors->pdata,
    .n_bodies = self->rules->len,
    .diary_start = self->diary_start,
  };

  return facts;
}

/* A custom day as typed, as ISO, without marking the row: the period is worked out as the
 * practitioner types, and said wrong only when they ask to export. NULL when it cannot be
 * read yet. */
static char *
quiet_day (EthosExportDialog *self, GtkWidget *row)
{
  GDate today, date;

  if (!ethos_date_parse (self->today, &today, NULL)
      || !ethos_date_parse_human (gtk_editable_get_text (GTK_EDITABLE (row)), &today, &date, NULL))
    return NULL;
  return ethos_date_to_iso (&date);
}

/* The buttons that say what will be written: a choice only when there is one to make. */
static void
show_buttons (EthosExportDialog *self, gboolean can_export)
{
  gboolean choice = self->range_known
                    && ethos_flagged_group_get_n_flagged (self->flagged_group) > 0;

  gtk_widget_set_visible (self->redact_button, choice);
  gtk_widget_set_visible (self->as_written_button, choice);
  gtk_widget_set_visible (self->export_button, !choice);
  gtk_widget_set_sensitive (self->redact_button, can_export);
  gtk_widget_set_sensitive (self->as_written_button, can_export);
  gtk_widget_set_sensitive (self->export_button, can_export);
}

/* An entry that may identify a client, opened to change it: the export is left, as Cancel
 * leaves it, and the window shows the entry. */
static void
on_open_entry_cb (EthosExportDialog *self, gint64 id)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-entry", "x", id);
  gtk_window_close (GTK_WINDOW (self));
}

/* The entries of the period that may identify a client, listed. */
static void
list_flagged (EthosExportDialog *self)
{
  g_autoptr (GError) error = NULL;

  if (!ethos_flagged_group_show (self->flagged_group, self->store, self->from, self->to, &error))
    {
      g_autofree char *message = g_strdup_printf (
        _("Ethos could not read the diary, so it cannot say what in it may identify a client: "
          "%s. Run “ethos-cli check” and restore a backup if it finds damage."),
        error->message);

      show_error (self, message);
      show_buttons (self, FALSE);
      return;
    }
  show_error (self, NULL);
  show_buttons (self, TRUE);
}

/* The period chosen, worked out again (and its entries scanned again) after any change to it. */
static void
refresh (EthosExportDialog *self)
{
  EthosExportPeriod period = selected_period (self);
  EthosExportFacts facts = facts_of (self);
  gboolean custom = period == ETHOS_EXPORT_PERIOD_CUSTOM;
  g_autofree char *custom_from = custom ? quiet_day (self, self->from_row) : NULL;
  g_autofree char *custom_to = custom ? quiet_day (self, self->to_row) : NULL;
  g_autoptr (GError) error = NULL;

  gtk_widget_set_visible (self->from_row, custom);
  gtk_widget_set_visible (self->to_row, custom);
  self->range_known = ethos_export_period_range (period, &facts, custom_from, custom_to,
                                                 self->from, self->to, &error);
  if (!self->range_known)
    {
      /* A custom day not (yet) readable is said under the rows when Export is pressed; days
       * the wrong way round are said at once. */
      adw_preferences_group_set_description (self->period_group,
                                             custom && (custom_from == NULL || custom_to == NULL)
                                               ? _("Give the first and last days.")
                                               : error->message);
      ethos_flagged_group_clear (self->flagged_group,
                                 _("Once the period is known, the entries in it that may "
                                   "identify a client are listed here."));
      show_buttons (self, custom);
      return;
    }
  {
    g_autofree char *said = ethos_export_period_describe (self->from, self->to);

    /* Under the group's title, not in the row, where it would squeeze the choice out at
     * 360 px. */
    adw_preferences_group_set_description (self->period_group, said);
  }
  list_flagged (self);
}

/* Custom starts from the period shown before it, to be changed rather than typed whole. */
static void
on_period_changed_cb (EthosExportDialog *self)
{
  if (selected_period (self) == ETHOS_EXPORT_PERIOD_CUSTOM && self->range_known
      && gtk_editable_get_text (GTK_EDITABLE (self->from_row))[0] == '\0'
      && gtk_editable_get_text (GTK_EDITABLE (self->to_row))[0] == '\0')
    {
      g_autofree char *from = g_strdup (self->from);
      g_autofree char *to = g_strdup (self->to);

      gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
      gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
    }
  refresh (self);
}

static void
respond (EthosExportDialog *self, gboolean redact)
{
  if (selected_period (self) == ETHOS_EXPORT_PERIOD_CUSTOM)
    {
      EthosExportFacts facts = facts_of (self);
      g_autoptr (GError) error = NULL;
      g_autofree char *from = ethos_date_row_read (ETHOS_DATE_ROW (self->from_row), TRUE, &error);
      g_autofree char *to = from != NULL ? ethos_date_row_read (ETHOS_DATE_ROW (self->to_row),
                                                                TRUE, &error)
                                         : NULL;

      if (to == NULL || !ethos_export_period_range (ETHOS_EXPORT_PERIOD_CUSTOM, &facts, from, to,
                                                    self->from, self->to, &error))
        {
          show_error (self, error->message);
          return;
        }
    }
  if (!self->range_known)
    return;
  g_signal_emit (self, signals[EXPORT], 0, redact);
}

static void
on_redact_clicked_cb (EthosExportDialog *self)
{
  respond (self, TRUE);
}

static void
on_as_written_clicked_cb (EthosExportDialog *self)
{
  respond (self, FALSE);
}

static GtkWidget *
pill (const char *label, gboolean suggested, GCallback callback, EthosExportDialog *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  ethos_accessible_name_by_label (button);
  gtk_widget_add_css_class (button, "pill");
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

static void
ethos_export_dialog_dispose (GObject *object)
{
  EthosExportDialog *self = ETHOS_EXPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->rules, g_ptr_array_unref);
  g_clear_pointer (&self->anchors, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_export_dialog_parent_class)->dispose (object);
}

static void
ethos_export_dialog_finalize (GObject *object)
{
  EthosExportDialog *self = ETHOS_EXPORT_DIALOG (object);

  g_free (self->today);
  g_free (self->diary_start);

  G_OBJECT_CLASS (ethos_export_dialog_parent_class)->finalize (object);
}

static void
ethos_export_dialog_class_init (EthosExportDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_export_dialog_dispose;
  G_OBJECT_CLASS (klass)->finalize = ethos_export_dialog_finalize;

  /* The practitioner chose to export; the argument: with details that may identify a client
   * removed. */
  signals[EXPORT] = g_signal_new ("export", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close",
                                       NULL);
}

static void
ethos_export_dialog_init (EthosExportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *actions = adw_preferences_group_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_body_rules_free);
  self->anchors = g_ptr_array_new_with_free_func (g_free);

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 640);
  ethos_accessible_name_by_label (cancel);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);

  self->period_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->period_row), _("Dates"));
  self->from_row = ethos_date_row_new (_("From"));
  self->to_row = ethos_date_row_new (_("To"));
  self->period_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->period_group, _("Period"));
  adw_preferences_group_add (self->period_group, GTK_WIDGET (self->period_row));
  adw_preferences_group_add (self->period_group, self->from_row);
  adw_preferences_group_add (self->period_group, self->to_row);

  self->flagged_group = ETHOS_FLAGGED_GROUP (ethos_flagged_group_new ());
  g_signal_connect_swapped (self->flagged_group, "open-entry", G_CALLBACK (on_open_entry_cb), self);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  self->redact_button = pill (_("_Redact and Export"), TRUE, G_CALLBACK (on_redact_clicked_cb),
                              self);
  self->as_written_button = pill (_("Export as _Written"), FALSE,
                                  G_CALLBACK (on_as_written_clicked_cb), self);
  /* Nothing to redact: redact is no different from as written, and says so if that changes. */
  self->export_button = pill (_("_Export"), TRUE, G_CALLBACK (on_redact_clicked_cb), self);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (buttons), self->redact_button);
  gtk_box_append (GTK_BOX (buttons), self->as_written_button);
  gtk_box_append (GTK_BOX (buttons), self->export_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (actions), buttons);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->period_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (self->flagged_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (actions));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* The bodies' rules and CPD periods and the diary's first day; FALSE with @error when the
 * profile or the diary cannot be read. */
static gboolean
read_facts (EthosExportDialog *self, GError **error)
{
  g_autoptr (GPtrArray) memberships = ethos_store_list_memberships (self->store, error);

  if (memberships == NULL || !ethos_store_get_diary_start (self->store, &self->diary_start, error))
    return FALSE;
  for (guint i = 0; i < memberships->len; i++)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i);

      /* A body whose rules cannot be read offers no CPD year; the Overview says why. */
      g_ptr_array_add (self->rules, ethos_store_load_body_rules (self->store, membership->body_id,
                                                                 NULL));
      g_ptr_array_add (self->anchors, ethos_store_get_cpd_anchor (self->store,
                                                                  membership->body_id));
    }
  return TRUE;
}

/* The export dialog for the audit pack (@pdf) or the diary's CSV, its periods worked out from
 * @today (ISO). */
GtkWidget *
ethos_export_dialog_new (EthosStore *store, GtkWindow *parent, gboolean pdf, const char *today)
{
  EthosExportDialog *self = g_object_new (ETHOS_TYPE_EXPORT_DIALOG, "transient-for", parent,
                                          NULL);
  g_autoptr (GtkStringList) titles = gtk_string_list_new (NULL);
  g_autoptr (GError) error = NULL;
  EthosExportFacts facts;

  g_return_val_if_fail (today != NULL, NULL);

  self->store = g_object_ref (store);
  self->pdf = pdf;
  self->today = g_strdup (today);
  gtk_window_set_title (GTK_WINDOW (self), pdf ? _("Export the Audit Pack")
                                               : _("Export the Diary as CSV"));
  ethos_date_row_set_today (ETHOS_DATE_ROW (self->from_row), today);
  ethos_date_row_set_today (ETHOS_DATE_ROW (self->to_row), today);
  if (!read_facts (self, &error))
    {
      g_autofree char *message = g_strdup_printf (
        _("Ethos could not read your profile or diary: %s. Run “ethos-cli check” and restore a "
          "backup if it finds damage."),
        error->message);

      show_error (self, message);
    }
  facts = facts_of (self);
  for (EthosExportPeriod p = 0; p < ETHOS_EXPORT_N_PERIODS; p++)
    if (ethos_export_period_available (p, &facts))
      {
        self->periods[self->n_periods++] = p;
        gtk_string_list_append (titles, ethos_export_period_title (p));
      }
  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (titles));
  ethos_combo_row_wrap_labels (self->period_row);
  adw_combo_row_set_selected (self->period_row, 0);
  g_signal_connect_swapped (self->period_row, "notify::selected",
                            G_CALLBACK (on_period_changed_cb), self);
  g_signal_connect_swapped (self->from_row, "changed", G_CALLBACK (refresh), self);
  g_signal_connect_swapped (self->to_row, "changed", G_CALLBACK (refresh), self);
  if (error != NULL)
    show_buttons (self, FALSE);
  else
    refresh (self);
  return GTK_WIDGET (self);
}

/* Whether it exports the audit pack (a PDF) rather than the diary's CSV. */
gboolean
ethos_export_dialog_get_pdf (EthosExportDialog *self)
{
  g_return_val_if_fail (ETHOS_IS_EXPORT_DIALOG (self), FALSE);

  return self->pdf;
}

/* The first and last days (ISO) the export will cover; FALSE while the period is not known (a
 * custom day not given). */
gboolean
ethos_export_dialog_get_range (EthosExportDialog *self, char **from, char **to)
{
  g_return_val_if_fail (ETHOS_IS_EXPORT_DIALOG (self), FALSE);

  if (!self->range_known)
    return FALSE;
  *from = g_strdup (self->from);
  *to = g_strdup (self->to);
  return TRUE;
}

/* How many entries the dialog lists as perhaps identifying a client. */
guint
ethos_export_dialog_get_n_flagged (EthosExportDialog *self)
{
  g_return_val_if_fail (ETHOS_IS_EXPORT_DIALOG (self), 0);

  return ethos_flagged_group_get_n_flagged (self->flagged_group);
}

/* For tests: chooses @period in the period row, as a click would; FALSE when it is not offered. */
gboolean
ethos_export_dialog_select_period (EthosExportDialog *self, EthosExportPeriod period)
{
  g_return_val_if_fail (ETHOS_IS_EXPORT_DIALOG (self), FALSE);

  for (guint i = 0; i < self->n_periods; i++)
    if (self->periods[i] == period)
      {
        adw_combo_row_set_selected (self->period_row, i);
        return TRUE;
      }
  return FALSE;
}

/* For tests: types the custom period's days. */
void
ethos_export_dialog_set_custom (EthosExportDialog *self, const char *from, const char *to)
{
  g_return_if_fail (ETHOS_IS_EXPORT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
}
