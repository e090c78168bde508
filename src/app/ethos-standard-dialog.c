/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standard-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-autostart.h"
#include "ethos-date.h"
#include "ethos-profile-store.h"
#include "ethos-recurrence.h"
#include "ethos-reminder-store.h"
#include "ethos-rules-store.h"
#include "ethos-standard-dialog.h"
#include "ethos-standard-reminders.h"

/* The first-run assistant for the reminders every practitioner needs: the dates they know go
 * in, the reminders Ethos will add (for their bodies, clause-linked) are shown as they type,
 * and, if they agree, the notifier is started at login. Nothing is added twice. */

struct _EthosStandardDialog
{
  AdwWindow            parent_instance;

  EthosStore          *store;
  char                *today;
  GPtrArray           *planned; /* EthosReminder: what Add would add */
  GStrv                body_ids;

  AdwEntryRow         *dbs_row;
  AdwEntryRow         *insurance_row;
  AdwEntryRow         *membership_row;
  AdwEntryRow         *accreditation_row;
  AdwEntryRow         *ico_row;
  GtkLabel            *error_label;
  AdwPreferencesGroup *preview_group;
  GtkListBox          *preview_list;
  GtkSwitch           *autostart_switch;
  GtkWidget           *add_button;
};

G_DEFINE_FINAL_TYPE (EthosStandardDialog, ethos_standard_dialog, ADW_TYPE_WINDOW)

enum
{
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
date_or_null (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return text[0] != '\0' ? text : NULL;
}

/* A date a person is typing: marked on its row when it cannot be read. */
static gboolean
check_row (EthosStandardDialog *self, AdwEntryRow *row, GError **error)
{
  const char *text = date_or_null (row);
  GDate date;
  gboolean ok = text == NULL || ethos_date_parse (text, &date, error);

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  return ok;
}

static gboolean
already_kept (GPtrArray *existing, EthosReminder *reminder)
{
  for (guint i = 0; existing != NULL && i < existing->len; i++)
    {
      EthosReminder *kept = g_ptr_array_index (existing, i);

      if (g_strcmp0 (kept->kind, reminder->kind) == 0 && g_strcmp0 (kept->title, reminder->title) == 0)
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
preview_row (EthosReminder *reminder, gboolean kept)
{
  GtkWidget *row = adw_action_row_new ();
  EthosRecurrence recurrence;
  g_autofree char *every = NULL;
  g_autoptr (GString) subtitle = g_string_new (NULL);
  g_autofree char *date = ethos_date_format_iso (reminder->due, ETHOS_DATE_LONG);

  ethos_recurrence_parse (reminder->every, &recurrence, NULL);
  every = ethos_recurrence_describe (&recurrence);
  if (kept)
    g_string_append (subtitle, _("already in your reminders"));
  else
    g_string_append_printf (subtitle, _("%s, then %s"), date, every);
  if (reminder->clause != NULL)
    g_string_append_printf (subtitle, " · %s", reminder->clause);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), reminder->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), kept ? "object-select-symbolic"
                                                           : "alarm-symbolic");
  if (kept)
    gtk_widget_add_css_class (row, "dim-label");
  return row;
}

/* Works out, from what is typed now, what Add would add, and shows it. */
static void
update (EthosStandardDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) standard = NULL;
  g_autoptr (GPtrArray) existing = NULL;
  EthosStandardDates dates = { 0 };
  AdwEntryRow *rows[] = { self->dbs_row, self->insurance_row, self->membership_row,
                          self->accreditation_row, self->ico_row };
  gboolean ok = TRUE;
  GtkWidget *child;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr (GError) row_error = NULL;

      if (!check_row (self, rows[i], &row_error) && ok)
        {
          ok = FALSE;
          error = g_steal_pointer (&row_error);
        }
    }
  g_ptr_array_set_size (self->planned, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_list))) != NULL)
    gtk_list_box_remove (self->preview_list, child);

  if (ok)
    {
      dates.dbs_certificate = date_or_null (self->dbs_row);
      dates.insurance_renewal = date_or_null (self->insurance_row);
      dates.membership_renewal = date_or_null (self->membership_row);
      dates.accreditation_renewal = date_or_null (self->accreditation_row);
      dates.ico_renewal = date_or_null (self->ico_row);
      standard = ethos_standard_reminders ((const char *const *) self->body_ids, self->today,
                                           &dates, &error);
    }
  gtk_label_set_label (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  if (standard == NULL)
    {
      gtk_widget_set_sensitive (self->add_button, FALSE);
      return;
    }

  for (guint i = 0; i < standard->len; i++)
    ethos_store_apply_default_leads (self->store, g_ptr_array_index (standard, i));
  existing = ethos_store_list_reminders (self->store, FALSE, NULL);
  for (guint i = 0; i < standard->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (standard, i);
      gboolean kept = already_kept (existing, reminder);

      gtk_list_box_append (self->preview_list, preview_row (reminder, kept));
      if (!kept)
        g_ptr_array_add (self->planned, g_object_ref (reminder));
    }
  /* Turning the login entry on or off is worth saving on its own. */
  gtk_widget_set_sensitive (self->add_button,
                            self->planned->len > 0
                              || gtk_switch_get_active (self->autostart_switch)
                                   != ethos_autostart_is_enabled ());
}

static void
on_date_changed_cb (EthosStandardDialog *self)
{
  update (self);
}

/* Adds what is planned and sets the login entry as the switch says. Returns how many reminders
 * were added, or -1 when something could not be saved (said in the dialog, which stays open). */
int
ethos_standard_dialog_add (EthosStandardDialog *self)
{
  g_autoptr (GError) error = NULL;
  gboolean autostart = gtk_switch_get_active (self->autostart_switch);
  int added = 0;

  update (self);
  if (!gtk_widget_get_sensitive (self->add_button))
    return -1;
  if (self->planned->len > 0
      && (added = ethos_store_add_missing_reminders (self->store, self->planned, &error)) < 0)
    goto fail;
  if (autostart != ethos_autostart_is_enabled ()
      && !ethos_autostart_set_enabled (autostart, &error))
    goto fail;
  g_signal_emit (self, signals[ADDED], 0, added);
  gtk_window_close (GTK_WINDOW (self));
  return added;

fail:
  gtk_label_set_label (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  return -1;
}

static void
on_add_clicked_cb (EthosStandardDialog *self)
{
  ethos_standard_dialog_add (self);
}

static void
ethos_standard_dialog_dispose (GObject *object)
{
  EthosStandardDialog *self = ETHOS_STANDARD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_STANDARD_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->planned, g_ptr_array_unref);
  g_clear_pointer (&self->body_ids, g_strfreev);

  G_OBJECT_CLASS (ethos_standard_dialog_parent_class)->dispose (object);
}

static void
ethos_standard_dialog_class_init (EthosStandardDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_standard_dialog_dispose;

  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-standard-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosStandardDialog, dbs_row);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardDialog, insurance_row);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardDialog, membership_row);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardDialog, accreditation_row);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardDialog, ico_row);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardDialog, preview_list);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardDialog, autostart_switch);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardDialog, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
ethos_standard_dialog_init (EthosStandardDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->planned = g_ptr_array_new_with_free_func (g_object_unref);
}

/* The bodies named, for the preview's description: "For BACP and COSRT members" reads best as
 * a plain list of short names. */
static void
describe_bodies (EthosStandardDialog *self)
{
  g_autoptr (GString) names = g_string_new (NULL);
  g_autofree char *description = NULL;

  for (guint i = 0; self->body_ids[i] != NULL; i++)
    {
      EthosBodyRules *rules = ethos_store_load_body_rules (self->store, self->body_ids[i], NULL);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, rules != NULL && rules->short_name != NULL ? rules->short_name
                                                                        : self->body_ids[i]);
      g_clear_pointer (&rules, ethos_body_rules_free);
    }
  if (names->len == 0)
    description = g_strdup (_("No professional bodies are in your profile yet, so none of their "
                              "codes’ own reminders are included"));
  else
    description = g_strdup_printf (_("Including what the codes of your bodies ask for: %s"),
                                   names->str);
  adw_preferences_group_set_description (self->preview_group, description);
}

/* @today: YYYY-MM-DD, the day the reminders are counted from. */
GtkWidget *
ethos_standard_dialog_new (EthosStore *store, GtkWindow *parent, const char *today)
{
  EthosStandardDialog *self = g_object_new (ETHOS_TYPE_STANDARD_DIALOG, "transient-for", parent,
                                            NULL);
  g_autoptr (GPtrArray) memberships = ethos_store_list_memberships (store, NULL);
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();

  self->store = g_object_ref (store);
  self->today = g_strdup (today);
  for (guint i = 0; memberships != NULL && i < memberships->len; i++)
    g_strv_builder_add (ids, ((EthosMembership *) g_ptr_array_index (memberships, i))->body_id);
  self->body_ids = g_strv_builder_end (ids);
  describe_bodies (self);
  /* On until the practitioner says otherwise: reminders that come only with the window open
   * are easy to miss. Once they have answered, the switch shows their answer. */
  gtk_switch_set_active (self->autostart_switch,
                         !ethos_autostart_was_chosen () || ethos_autostart_is_enabled ());
  update (self);
  return GTK_WIDGET (self);
}

/* For tests: the dates a practitioner types (NULL leaves a row as it is). */
void
ethos_standard_dialog_fill (EthosStandardDialog *self,
                            const char          *dbs,
                            const char          *insurance,
                            const char          *membership,
                            const char          *accreditation,
                            const char          *ico)
{
  const char *texts[] = { dbs, insurance, membership, accreditation, ico };
  AdwEntryRow *rows[] = { self->dbs_row, self->insurance_row, self->membership_row,
                          self->accreditation_row, self->ico_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (texts[i] != NULL)
      gtk_editable_set_text (GTK_EDITABLE (rows[i]), texts[i]);
}

/* How many reminders Add would add now. */
guint
ethos_standard_dialog_count_new (EthosStandardDialog *self)
{
  return self->planned->len;
}
