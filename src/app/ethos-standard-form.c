/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standard-form"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-autostart.h"
#include "ethos-code-store.h"
#include "ethos-combo-row-labels.h"
#include "ethos-date.h"
#include "ethos-date-row.h"
#include "ethos-membership-group.h"
#include "ethos-profile-store.h"
#include "ethos-recurrence.h"
#include "ethos-reminder-store.h"
#include "ethos-rules-store.h"
#include "ethos-standard-form.h"
#include "ethos-standard-preview.h"
#include "ethos-standard-reminders.h"

/* The reminders every practitioner needs, from the dates they know: the dates go in, the
 * reminders Ethos would add (for their bodies, clause-linked) are shown as they type, with what
 * is kept already marked as such, and a switch for the notifier at login. Shared by the
 * Standard Reminders assistant and the first-run welcome, which say when to add. */

struct _EthosStandardForm
{
  AdwPreferencesPage   parent_instance;

  EthosStore          *store;
  char                *today;
  GPtrArray           *planned; /* EthosReminder: what adding would add */
  GStrv                body_ids;
  GError              *bodies_error; /* the profile's bodies could not be read */
  gboolean             ready;   /* every date typed can be read, and what it needs was read */
  GError              *problem; /* why it is not ready, as error_label says */

  AdwEntryRow         *dbs_row;
  AdwEntryRow         *insurance_row;
  AdwEntryRow         *accreditation_row;
  AdwEntryRow         *ico_row;
  EthosMembershipGroup *membership_group; /* a renewal date per body */
  AdwActionRow        *insurance_passed_row; /* asked when the date typed has passed */
  AdwActionRow        *ico_passed_row;
  GtkToggleButton     *insurance_lapsed_button;
  GtkToggleButton     *ico_lapsed_button;
  AdwComboRow         *tax_row;       /* in EthosTaxFiling's order */
  GtkSwitch           *self_employed_switch;
  GtkLabel            *error_label;
  AdwPreferencesGroup *preview_group;
  GtkListBox          *preview_list;
  AdwPreferencesGroup *autostart_group;
  GtkSwitch           *autostart_switch;
};

G_DEFINE_FINAL_TYPE (EthosStandardForm, ethos_standard_form, ADW_TYPE_PREFERENCES_PAGE)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define N_DATE_ROWS 4

/* The rows of the dates the practitioner knows, in EthosStandardDates' order (the memberships'
 * are in their own group). */
static void
date_rows (EthosStandardForm *self, AdwEntryRow *rows[N_DATE_ROWS])
{
  rows[0] = self->dbs_row;
  rows[1] = self->insurance_row;
  rows[2] = self->accreditation_row;
  rows[3] = self->ico_row;
}

/* A date a person is typing, as ISO ("" when empty): marked on its row, and named, when it
 * cannot be read. */
static char *
read_row (AdwEntryRow *row, GError **error)
{
  return ethos_date_row_read (ETHOS_DATE_ROW (row), FALSE, error);
}

/* A date read_row() gave, for the preview: NULL when empty or when it could not be read (it is
 * left out, marked on its row: the rest is shown as it will be). */
static const char *
nonempty (const char *iso)
{
  return iso != NULL && iso[0] != '\0' ? iso : NULL;
}


static GPtrArray *
read_reminders (EthosStandardForm *self, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  GPtrArray *reminders = ethos_store_list_reminders (self->store, FALSE, &local_error);

  if (reminders == NULL)
    g_set_error (error, local_error->domain, local_error->code,
                 _("Could not read your reminders: %s"), local_error->message);
  return reminders;
}

/* A renewal date that has passed is not quietly moved a year on: its row asks whether it was
 * renewed (a new date is typed) or lapsed (@button), in core's words. Returns whether it lapsed. */
static gboolean
ask_if_passed (EthosStandardForm *self,
               const char        *renewal,
               AdwActionRow      *question,
               GtkToggleButton   *button)
{
  g_autofree char *asked = ethos_standard_renewal_passed (renewal, self->today);

  if (asked != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (question), asked);
  gtk_widget_set_visible (GTK_WIDGET (question), asked != NULL);
  return asked != NULL && gtk_toggle_button_get_active (button);
}

/* Works out, from what is typed now, what adding would add, and shows it. */
static void
update (EthosStandardForm *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) standard = NULL;
  g_autoptr (GPtrArray) existing = NULL;
  EthosStandardDates dates = { 0 };
  AdwEntryRow *rows[N_DATE_ROWS];
  char *isos[N_DATE_ROWS] = { NULL };
  gboolean ok = TRUE;
  GtkWidget *child;

  if (self->store == NULL)
    return;
  date_rows (self, rows);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr (GError) row_error = NULL;

      if ((isos[i] = read_row (rows[i], &row_error)) == NULL && ok)
        {
          ok = FALSE;
          error = g_steal_pointer (&row_error);
        }
    }
  dates.memberships = ethos_membership_group_read (self->membership_group, &dates.n_memberships,
                                                   ok ? &error : NULL);
  g_ptr_array_set_size (self->planned, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_list))) != NULL)
    gtk_list_box_remove (self->preview_list, child);

  if (self->bodies_error != NULL)
    g_set_error_literal (ok ? &error : NULL, self->bodies_error->domain, self->bodies_error->code,
                         self->bodies_error->message);
  else
    {
      /* The dates that can be read, each bad one marked and said below: what it can show. */
      g_autoptr (GError) plan_error = NULL;

      dates.dbs_certificate = nonempty (isos[0]);
      dates.insurance_renewal = nonempty (isos[1]);
      dates.accreditation_renewal = nonempty (isos[2]);
      dates.ico_renewal = nonempty (isos[3]);
      dates.insurance_lapsed = ask_if_passed (self, dates.insurance_renewal,
                                              self->insurance_passed_row,
                                              self->insurance_lapsed_button);
      dates.ico_lapsed = ask_if_passed (self, dates.ico_renewal, self->ico_passed_row,
                                        self->ico_lapsed_button);
      dates.tax = (EthosTaxFiling) adw_combo_row_get_selected (self->tax_row);
      dates.newly_self_employed = gtk_switch_get_active (self->self_employed_switch);
      standard = ethos_standard_reminders ((const char *const *) self->body_ids, self->today,
                                           &dates, &plan_error);
      if (error == NULL)
        error = g_steal_pointer (&plan_error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (isos); i++)
    g_free (isos[i]);
  /* Reminders already kept that could not be read would be added again. */
  if (standard != NULL)
    {
      g_autoptr (GError) read_error = NULL;

      if ((existing = read_reminders (self, &read_error)) == NULL)
        {
          g_clear_pointer (&standard, g_ptr_array_unref);
          g_clear_error (&error);
          error = g_steal_pointer (&read_error);
        }
    }
  gtk_label_set_label (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  /* Ready to add only when every date typed can be read. */
  self->ready = standard != NULL && error == NULL;
  g_clear_error (&self->problem);
  self->problem = g_steal_pointer (&error);
  gtk_widget_set_visible (GTK_WIDGET (self->preview_list), standard != NULL);
  if (standard != NULL)
    {
      for (guint i = 0; i < standard->len; i++)
        ethos_store_apply_default_leads (self->store, g_ptr_array_index (standard, i));
      for (guint i = 0; i < standard->len; i++)
        {
          EthosReminder *reminder = g_ptr_array_index (standard, i);
          gboolean kept = ethos_standard_preview_is_kept (existing, reminder);

          gtk_list_box_append (self->preview_list,
                               ethos_standard_preview_row (self->store, reminder, kept));
          if (!kept)
            g_ptr_array_add (self->planned, g_object_ref (reminder));
        }
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_date_changed_cb (EthosStandardForm *self)
{
  update (self);
}

/* The login switch changes nothing in the preview: those who show the form only hear of it. */
static void
on_autostart_changed_cb (EthosStandardForm *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The bodies named, for the preview's description: "For BACP and COSRT members" reads best as
 * a plain list of short names. A name is the body's as shipped (the practitioner's overrides
 * change numbers, not names), so nothing is read from the records; a body this Ethos does not
 * ship is named by its id. */
static void
describe_bodies (EthosStandardForm *self)
{
  g_autoptr (GString) names = g_string_new (NULL);
  g_autofree char *description = NULL;

  for (guint i = 0; self->body_ids != NULL && self->body_ids[i] != NULL; i++)
    {
      g_autoptr (EthosBodyRules) rules = ethos_body_rules_load_shipped (self->body_ids[i], NULL);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, rules != NULL ? rules->short_name : self->body_ids[i]);
    }
  if (names->len == 0)
    description = g_strdup (_("No professional bodies are in your profile yet, so none of their "
                              "codes’ own reminders are included"));
  else
    description = g_strdup_printf (_("Including what the codes of your bodies ask for: %s"),
                                   names->str);
  adw_preferences_group_set_description (self->preview_group, description);
}

static void
ethos_standard_form_dispose (GObject *object)
{
  EthosStandardForm *self = ETHOS_STANDARD_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_STANDARD_FORM);
  g_clear_object (&self->store);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->planned, g_ptr_array_unref);
  g_clear_pointer (&self->body_ids, g_strfreev);
  g_clear_error (&self->bodies_error);
  g_clear_error (&self->problem);

  G_OBJECT_CLASS (ethos_standard_form_parent_class)->dispose (object);
}

static void
ethos_standard_form_class_init (EthosStandardFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_standard_form_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (ETHOS_TYPE_DATE_ROW);
  g_type_ensure (ETHOS_TYPE_MEMBERSHIP_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-standard-form.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, dbs_row);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, insurance_row);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, insurance_passed_row);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, ico_passed_row);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, insurance_lapsed_button);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, ico_lapsed_button);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, membership_group);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, accreditation_row);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, ico_row);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, tax_row);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, self_employed_switch);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, error_label);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, preview_group);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, preview_list);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, autostart_group);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardForm, autostart_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_autostart_changed_cb);
}

static void
ethos_standard_form_init (EthosStandardForm *self)
{
  self->planned = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  ethos_combo_row_wrap_labels (self->tax_row);
  ethos_accessible_name_by_label (GTK_WIDGET (self->insurance_lapsed_button));
  ethos_accessible_name_by_label (GTK_WIDGET (self->ico_lapsed_button));
  gtk_switch_set_active (self->autostart_switch, ethos_autostart_suggested ());
}

/* Public API --------------------------------------------------------------------------------- */

/* @today: YYYY-MM-DD, the day the reminders are counted from; @body_ids: the bodies whose
 * codes' reminders are included. */
void
ethos_standard_form_setup (EthosStandardForm *self,
                           EthosStore        *store,
                           const char        *today,
                           const char *const *body_ids)
{
  AdwEntryRow *rows[N_DATE_ROWS];

  g_return_if_fail (ETHOS_IS_STANDARD_FORM (self));
  g_return_if_fail (ETHOS_IS_STORE (store));

  g_set_object (&self->store, store);
  g_free (self->today);
  self->today = g_strdup (today);
  /* "Today" in a row is the day the form counts from. */
  date_rows (self, rows);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    ethos_date_row_set_today (ETHOS_DATE_ROW (rows[i]), today);
  ethos_membership_group_set_today (self->membership_group, today);
  ethos_standard_form_set_body_ids (self, body_ids);
}

/* The same, for the bodies in the profile; when they cannot be read, the form says so and
 * nothing can be added (the codes' own reminders would be missing). */
void
ethos_standard_form_setup_from_profile (EthosStandardForm *self,
                                        EthosStore        *store,
                                        const char        *today)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) body_ids = NULL;

  g_return_if_fail (ETHOS_IS_STANDARD_FORM (self));
  g_return_if_fail (ETHOS_IS_STORE (store));

  g_clear_error (&self->bodies_error);
  if ((body_ids = ethos_store_list_body_ids (store, &error)) == NULL)
    self->bodies_error = g_error_new (error->domain, error->code,
                                      _("Could not read your professional bodies: %s"),
                                      error->message);
  ethos_standard_form_setup (self, store, today, (const char *const *) body_ids);
}

void
ethos_standard_form_set_body_ids (EthosStandardForm *self, const char *const *body_ids)
{
  g_return_if_fail (ETHOS_IS_STANDARD_FORM (self));

  g_strfreev (self->body_ids);
  self->body_ids = g_strdupv ((GStrv) body_ids);
  /* Emits "changed": the preview is brought up to date below, once. */
  g_signal_handlers_block_by_func (self->membership_group, on_date_changed_cb, self);
  ethos_membership_group_set_bodies (self->membership_group, body_ids);
  g_signal_handlers_unblock_by_func (self->membership_group, on_date_changed_cb, self);
  if (self->store == NULL)
    return;
  describe_bodies (self);
  update (self);
}

void
ethos_standard_form_set_show_autostart (EthosStandardForm *self, gboolean show)
{
  g_return_if_fail (ETHOS_IS_STANDARD_FORM (self));

  gtk_widget_set_visible (GTK_WIDGET (self->autostart_group), show);
}

gboolean
ethos_standard_form_get_autostart (EthosStandardForm *self)
{
  g_return_val_if_fail (ETHOS_IS_STANDARD_FORM (self), FALSE);

  return gtk_switch_get_active (self->autostart_switch);
}

/* Whether what is typed can be added: every date can be read, and the bodies and reminders it
 * needs could be. If not, @error says why (as the form does). */
gboolean
ethos_standard_form_is_ready (EthosStandardForm *self, GError **error)
{
  g_return_val_if_fail (ETHOS_IS_STANDARD_FORM (self), FALSE);

  if (!self->ready && self->problem != NULL)
    g_propagate_error (error, g_error_copy (self->problem));
  return self->ready;
}

/* The day the last DBS certificate was issued, as ISO, or NULL when none is typed or it cannot
 * be read: the welcome keeps it as the certificate's record too. */
char *
ethos_standard_form_get_dbs_issued (EthosStandardForm *self)
{
  g_autofree char *iso = NULL;

  g_return_val_if_fail (ETHOS_IS_STANDARD_FORM (self), NULL);

  iso = read_row (self->dbs_row, NULL);
  return iso != NULL && iso[0] != '\0' ? g_steal_pointer (&iso) : NULL;
}

/* How many reminders adding would add now. */
guint
ethos_standard_form_count_new (EthosStandardForm *self)
{
  g_return_val_if_fail (ETHOS_IS_STANDARD_FORM (self), 0);

  return self->planned->len;
}

/* Adds what is planned, in one transaction (the login entry is the caller's). Returns how many
 * reminders were added, or -1 with @error when the dates cannot be read or nothing could be
 * kept. */
int
ethos_standard_form_add (EthosStandardForm *self, GError **error)
{
  g_return_val_if_fail (ETHOS_IS_STANDARD_FORM (self), -1);
  g_return_val_if_fail (self->store != NULL, -1);

  update (self);
  if (!ethos_standard_form_is_ready (self, error))
    return -1;
  if (self->planned->len == 0)
    return 0;
  return ethos_store_add_missing_reminders (self->store, self->planned, error);
}

/* The field a dialog showing the form focuses first. */
GtkWidget *
ethos_standard_form_get_first_field (EthosStandardForm *self)
{
  g_return_val_if_fail (ETHOS_IS_STANDARD_FORM (self), NULL);

  return GTK_WIDGET (self->dbs_row);
}

void
ethos_standard_form_show_error (EthosStandardForm *self, const char *message)
{
  g_return_if_fail (ETHOS_IS_STANDARD_FORM (self));

  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL && message[0] != '\0');
}

/* For tests: the dates a practitioner types (NULL leaves a row as it is); @membership goes in
 * the first body's row. */
void
ethos_standard_form_fill (EthosStandardForm *self,
                          const char        *dbs,
                          const char        *insurance,
                          const char        *membership,
                          const char        *accreditation,
                          const char        *ico)
{
  const char *texts[] = { dbs, insurance, accreditation, ico };
  AdwEntryRow *rows[N_DATE_ROWS];

  g_return_if_fail (ETHOS_IS_STANDARD_FORM (self));

  date_rows (self, rows);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (texts[i] != NULL)
      gtk_editable_set_text (GTK_EDITABLE (rows[i]), texts[i]);
  if (membership != NULL)
    ethos_membership_group_fill (self->membership_group, membership);
}
