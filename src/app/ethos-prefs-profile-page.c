/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-prefs-profile-page"

#include "config.h"

#include "ethos-combo-row-labels.h"

#include <glib/gi18n.h>

#include "ethos-date-row.h"
#include "ethos-accessible.h"
#include "ethos-breaks-group.h"
#include "ethos-class-row.h"
#include "ethos-prefs-profile-page.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"

/* Preferences → Profile: the practitioner's name, and the bodies Ethos knows, each with a
 * switch (a member or not), the membership number and, for a body with CPD periods, the date
 * one of them starts. A switch is kept as it is turned; text on Enter or on leaving its row.
 * Each change is one transaction; what cannot be taken is said under it and nothing is kept. */

typedef struct
{
  char           *body_id;
  AdwExpanderRow *row;
  GtkSwitch      *member;
  AdwEntryRow    *number_row;
  AdwEntryRow    *anchor_row; /* NULL for a body without CPD periods */
  AdwComboRow    *class_row;  /* NULL for a body that names no classes */
  AdwActionRow   *error_row;
} BodyRows;

struct _EthosPrefsProfilePage
{
  AdwPreferencesPage   parent_instance;

  AdwEntryRow         *name_row;
  AdwComboRow         *practice_row;
  AdwActionRow        *percent_row;
  GtkSpinButton       *percent_spin;
  GtkLabel            *name_error;
  AdwPreferencesGroup *bodies_group;
  EthosBreaksGroup    *breaks_group;

  EthosStore          *store;
  GPtrArray           *bodies; /* BodyRows, each owned by its row */
};

G_DEFINE_FINAL_TYPE (EthosPrefsProfilePage, ethos_prefs_profile_page, ADW_TYPE_PREFERENCES_PAGE)

enum
{
  CHANGED,
  BODIES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
body_rows_free (BodyRows *rows)
{
  g_free (rows->body_id);
  g_free (rows);
}

static char *
stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
show_body_error (BodyRows *rows, AdwEntryRow *culprit, const char *message)
{
  if (rows->number_row != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (rows->number_row), "error");
  if (rows->anchor_row != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (rows->anchor_row), "error");
  if (culprit != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (culprit), "error");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->error_row),
                                 message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (rows->error_row), message != NULL);
}

static int
find_membership (GPtrArray *memberships, const char *body_id)
{
  for (guint i = 0; i < memberships->len; i++)
    if (g_str_equal (((EthosMembership *) g_ptr_array_index (memberships, i))->body_id, body_id))
      return (int) i;
  return -1;
}

static void on_practice_changed_cb (EthosPrefsProfilePage *self);

/* The name ------------------------------------------------------------------------------------ */

static void
on_name_commit_cb (EthosPrefsProfilePage *self)
{
  g_autofree char *name = stripped_text (self->name_row);
  g_autofree char *kept = NULL;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;
  kept = ethos_store_get_name (self->store);
  if (g_strcmp0 (name, kept != NULL ? kept : "") == 0)
    return;
  if (!ethos_store_set_name (self->store, name, &error))
    {
      gtk_label_set_label (self->name_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->name_error), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_name_changed_cb (EthosPrefsProfilePage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->name_error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
}

/* The practice ---------------------------------------------------------------------------------
 * The rows list the practices in the enum's order. */

static void
show_practice (EthosPrefsProfilePage *self, EthosPractice practice, int percent)
{
  g_signal_handlers_block_by_func (self->practice_row, on_practice_changed_cb, self);
  g_signal_handlers_block_by_func (self->percent_spin, on_practice_changed_cb, self);
  adw_combo_row_set_selected (self->practice_row, practice);
  gtk_spin_button_set_value (self->percent_spin, percent);
  g_signal_handlers_unblock_by_func (self->practice_row, on_practice_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->percent_spin, on_practice_changed_cb, self);
  gtk_widget_set_visible (GTK_WIDGET (self->percent_row), practice == ETHOS_PRACTICE_PART_TIME);
}

static void
on_practice_changed_cb (EthosPrefsProfilePage *self)
{
  EthosPractice practice = (EthosPractice) adw_combo_row_get_selected (self->practice_row);
  int percent = gtk_spin_button_get_value_as_int (self->percent_spin);
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->percent_row), practice == ETHOS_PRACTICE_PART_TIME);
  if (!ethos_store_set_practice (self->store, practice, percent, &error))
    {
      int kept_percent = 0;
      EthosPractice kept = ethos_store_get_practice (self->store, &kept_percent);

      show_practice (self, kept, kept_percent);
      gtk_label_set_label (self->name_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->name_error), TRUE);
      return;
    }
  /* The Requirements show the numbers as they bind this practice. */
  g_signal_emit (self, signals[CHANGED], 0);
  g_signal_emit (self, signals[BODIES_CHANGED], 0);
}

/* A body ------------------------------------------------------------------------------------- */

static void
on_class_selected_cb (AdwComboRow *row, GParamSpec *pspec, BodyRows *rows)
{
  EthosPrefsProfilePage *self = g_object_get_data (G_OBJECT (rows->row), "page");
  g_autoptr (GError) error = NULL;

  if (self == NULL || self->store == NULL
      || adw_combo_row_get_selected (row) == GTK_INVALID_LIST_POSITION)
    return;
  if (!ethos_store_set_membership_class (self->store, rows->body_id,
                                         ethos_class_row_get_class (row), &error))
    {
      show_body_error (rows, NULL, error->message);
      return;
    }
  show_body_error (rows, NULL, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
  g_signal_emit (self, signals[BODIES_CHANGED], 0);
}

/* A row choosing the practitioner's class in the body, for a body that names classes. */
static void
add_class_row (BodyRows *rows, const EthosBodyRules *rules, EthosMembership *membership)
{
  rows->class_row = ADW_COMBO_ROW (ethos_class_row_new (
    rules, membership != NULL ? membership->membership_class : NULL, _("Membership Class")));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (rows->class_row),
                               _("Whom each of the body's rules binds"));
  g_signal_connect (rows->class_row, "notify::selected", G_CALLBACK (on_class_selected_cb), rows);
  adw_expander_row_add_row (rows->row, GTK_WIDGET (rows->class_row));
}

static void
on_member_toggled_cb (GtkSwitch *member, GParamSpec *pspec, EthosPrefsProfilePage *self)
{
  BodyRows *rows = g_object_get_data (G_OBJECT (member), "rows");
  gboolean active = gtk_switch_get_active (member);
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (GError) error = NULL;
  int index;

  if (self->store == NULL)
    return;
  if ((memberships = ethos_store_list_memberships (self->store, &error)) == NULL)
    goto fail;
  index = find_membership (memberships, rows->body_id);
  if (active && index < 0)
    {
      EthosMembership *membership = g_new0 (EthosMembership, 1);
      g_autofree char *number = stripped_text (rows->number_row);

      membership->body_id = g_strdup (rows->body_id);
      membership->membership_number = number[0] != '\0' ? g_strdup (number) : NULL;
      g_ptr_array_add (memberships, membership);
    }
  else if (!active && index >= 0)
    g_ptr_array_remove_index (memberships, (guint) index);
  else
    return;
  if (!ethos_store_set_memberships (self->store, memberships, &error))
    goto fail;
  show_body_error (rows, NULL, NULL);
  /* A new member's number is asked for next. */
  adw_expander_row_set_expanded (rows->row, active);
  g_signal_emit (self, signals[CHANGED], 0);
  g_signal_emit (self, signals[BODIES_CHANGED], 0);
  return;

fail:
  /* Back as it is kept; the row says why. */
  g_signal_handlers_block_by_func (member, on_member_toggled_cb, self);
  gtk_switch_set_active (member, !active);
  g_signal_handlers_unblock_by_func (member, on_member_toggled_cb, self);
  show_body_error (rows, NULL, error->message);
}

static void
on_number_commit_cb (BodyRows *rows)
{
  EthosPrefsProfilePage *self = g_object_get_data (G_OBJECT (rows->row), "page");
  g_autofree char *number = stripped_text (rows->number_row);
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (GError) error = NULL;
  EthosMembership *membership;
  int index;

  if (self == NULL || self->store == NULL)
    return;
  if ((memberships = ethos_store_list_memberships (self->store, &error)) == NULL)
    {
      show_body_error (rows, rows->number_row, error->message);
      return;
    }
  if ((index = find_membership (memberships, rows->body_id)) < 0)
    return;
  membership = g_ptr_array_index (memberships, index);
  if (g_strcmp0 (membership->membership_number != NULL ? membership->membership_number : "",
                 number) == 0)
    return;
  g_free (membership->membership_number);
  membership->membership_number = number[0] != '\0' ? g_strdup (number) : NULL;
  if (!ethos_store_set_memberships (self->store, memberships, &error))
    {
      show_body_error (rows, rows->number_row, error->message);
      return;
    }
  show_body_error (rows, NULL, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_anchor_commit_cb (BodyRows *rows)
{
  EthosPrefsProfilePage *self = g_object_get_data (G_OBJECT (rows->row), "page");
  g_autoptr (GError) error = NULL;
  g_autofree char *date = ethos_date_row_read (ETHOS_DATE_ROW (rows->anchor_row), FALSE, &error);
  g_autofree char *kept = NULL;

  if (self == NULL || self->store == NULL)
    return;
  kept = ethos_store_get_cpd_anchor (self->store, rows->body_id);
  if (date != NULL && g_strcmp0 (date, kept != NULL ? kept : "") == 0)
    {
      show_body_error (rows, NULL, NULL);
      return;
    }
  if (date == NULL
      || !ethos_store_set_cpd_anchor (self->store, rows->body_id, date[0] != '\0' ? date : NULL,
                                      &error))
    {
      show_body_error (rows, rows->anchor_row, error->message);
      return;
    }
  show_body_error (rows, NULL, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_body_text_changed_cb (BodyRows *rows)
{
  show_body_error (rows, NULL, NULL);
}

/* Enter or leaving the row keeps what is typed. */
static void
commit_on_leave (AdwEntryRow *row, GCallback commit, BodyRows *rows)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (row, "entry-activated", commit, rows);
  g_signal_connect_swapped (focus, "leave", commit, rows);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_body_text_changed_cb), rows);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
}

static BodyRows *
add_body (EthosPrefsProfilePage *self, const char *body_id, EthosMembership *membership)
{
  g_autoptr (EthosBodyRules) rules = ethos_body_rules_load_shipped (body_id, NULL);
  BodyRows *rows = g_new0 (BodyRows, 1);
  g_autofree char *label = NULL;

  rows->body_id = g_strdup (body_id);
  rows->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rows->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->row),
                                 rules != NULL ? rules->short_name : body_id);
  adw_expander_row_set_subtitle (rows->row, rules != NULL ? rules->name
                                                          : _("Not a body this Ethos knows"));
  ethos_accessible_name_expander_row (rows->row);
  /* The rows' own: their callbacks may run as they go. */
  g_object_set_data_full (G_OBJECT (rows->row), "rows", rows, (GDestroyNotify) body_rows_free);
  g_object_set_data (G_OBJECT (rows->row), "page", self);

  rows->member = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (rows->member), GTK_ALIGN_CENTER);
  /* Translators: a body's short name, "Member of BACP" */
  label = g_strdup_printf (_("Member of %s"), rules != NULL ? rules->short_name : body_id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (rows->member), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_switch_set_active (rows->member, membership != NULL);
  adw_expander_row_add_action (rows->row, GTK_WIDGET (rows->member));
  g_object_bind_property (rows->member, "active", rows->row, "enable-expansion",
                          G_BINDING_SYNC_CREATE);
  adw_expander_row_set_expanded (rows->row, FALSE);
  g_object_set_data (G_OBJECT (rows->member), "rows", rows);
  g_signal_connect (rows->member, "notify::active", G_CALLBACK (on_member_toggled_cb), self);

  rows->number_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->number_row), _("Membership Number"));
  if (membership != NULL && membership->membership_number != NULL)
    gtk_editable_set_text (GTK_EDITABLE (rows->number_row), membership->membership_number);
  commit_on_leave (rows->number_row, G_CALLBACK (on_number_commit_cb), rows);
  adw_expander_row_add_row (rows->row, GTK_WIDGET (rows->number_row));
  if (rules != NULL && rules->classes->len > 0)
    add_class_row (rows, rules, membership);

  /* A body with CPD periods for some of its members: the date is kept whatever the class. */
  if (rules != NULL && (rules->cpd_period_months != ETHOS_RULE_NOT_SET
                        || ethos_body_rules_get_scope (rules, "CPD.PeriodMonths") != NULL))
    {
      g_autofree char *anchor = ethos_store_get_cpd_anchor (self->store, body_id);

      rows->anchor_row = ADW_ENTRY_ROW (ethos_date_row_new (_("A CPD Period Starts")));
      if (anchor != NULL)
        gtk_editable_set_text (GTK_EDITABLE (rows->anchor_row), anchor);
      commit_on_leave (rows->anchor_row, G_CALLBACK (on_anchor_commit_cb), rows);
      g_signal_connect_swapped (rows->anchor_row, "date-picked", G_CALLBACK (on_anchor_commit_cb), rows);
      adw_expander_row_add_row (rows->row, GTK_WIDGET (rows->anchor_row));
    }

  rows->error_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rows->error_row), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (rows->error_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (rows->error_row), FALSE);
  adw_expander_row_add_row (rows->row, GTK_WIDGET (rows->error_row));

  adw_preferences_group_add (self->bodies_group, GTK_WIDGET (rows->row));
  g_ptr_array_add (self->bodies, rows);
  return rows;
}

/* Reads the profile again. */
void
ethos_prefs_profile_page_reload (EthosPrefsProfilePage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) memberships = NULL;
  g_autofree char *name = NULL;
  g_auto (GStrv) known = ethos_body_ids_shipped ();

  g_return_if_fail (ETHOS_IS_PREFS_PROFILE_PAGE (self));

  for (guint i = 0; i < self->bodies->len; i++)
    adw_preferences_group_remove (self->bodies_group,
                                  GTK_WIDGET (((BodyRows *) g_ptr_array_index (self->bodies, i))->row));
  g_ptr_array_set_size (self->bodies, 0);
  if (self->store == NULL)
    return;

  name = ethos_store_get_name (self->store);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
  {
    int percent = 0;
    EthosPractice practice = ethos_store_get_practice (self->store, &percent);

    show_practice (self, practice, percent);
  }
  memberships = ethos_store_list_memberships (self->store, &error);
  if (memberships == NULL)
    {
      adw_preferences_group_set_description (self->bodies_group, error->message);
      return;
    }
  /* The practitioner's bodies first, in their order (the first is the one the diary shows
   * first), then the others Ethos knows. */
  for (guint i = 0; i < memberships->len; i++)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i);

      add_body (self, membership->body_id, membership);
    }
  for (guint i = 0; known[i] != NULL; i++)
    if (find_membership (memberships, known[i]) < 0)
      add_body (self, known[i], NULL);
}

void
ethos_prefs_profile_page_set_store (EthosPrefsProfilePage *self, EthosStore *store)
{
  g_return_if_fail (ETHOS_IS_PREFS_PROFILE_PAGE (self));

  g_set_object (&self->store, store);
  ethos_breaks_group_set_store (self->breaks_group, store);
  ethos_prefs_profile_page_reload (self);
}

static void
ethos_prefs_profile_page_dispose (GObject *object)
{
  EthosPrefsProfilePage *self = ETHOS_PREFS_PROFILE_PAGE (object);

  /* Rows losing the focus as they go keep nothing. */
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_PREFS_PROFILE_PAGE);
  g_clear_pointer (&self->bodies, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_prefs_profile_page_parent_class)->dispose (object);
}

static void
ethos_prefs_profile_page_class_init (EthosPrefsProfilePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_prefs_profile_page_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[BODIES_CHANGED] = g_signal_new ("bodies-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-prefs-profile-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsProfilePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsProfilePage, name_error);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsProfilePage, practice_row);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsProfilePage, percent_row);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsProfilePage, percent_spin);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsProfilePage, bodies_group);
  gtk_widget_class_bind_template_callback (widget_class, on_name_commit_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_practice_changed_cb);
}

static void
ethos_prefs_profile_page_init (EthosPrefsProfilePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ethos_combo_row_wrap_labels (self->practice_row);
  self->bodies = g_ptr_array_new ();
  self->breaks_group = ETHOS_BREAKS_GROUP (ethos_breaks_group_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (self->breaks_group));
}
