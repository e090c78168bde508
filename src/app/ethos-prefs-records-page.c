/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-prefs-records-page"

#include "config.h"

#include "ethos-combo-row-labels.h"

#include <glib/gi18n.h>

#include "ethos-core-enums.h"
#include "ethos-date-row.h"
#include "ethos-field.h"
#include "ethos-prefs-records-page.h"
#include "ethos-records-store.h"
#include "ethos-supervisors-group.h"

/* Preferences → Records: what an audit asks to see besides the diary. The indemnity insurance
 * and the DBS certificate (one row per field of EthosRecords), and the supervisors with their
 * contact details (EthosSupervisorsGroup). As on the Profile page, a field is kept on Enter or
 * on leaving its row, a date also when it is picked, the level as it is chosen: the records
 * kept, with that one field changed, are written through the store in one transaction. What
 * core refuses (an impossible date, a certificate number that is not 12 digits, cover that ends
 * before it starts) is said under the group with the row marked, and nothing is written. */

/* Where the DBS fields start in ethos_record_fields (the insurance's come before), and the
 * level's place: watch_row() in init names each row's place the same way. */
#define FIRST_DBS_FIELD 5
#define LEVEL_FIELD     7

struct _EthosPrefsRecordsPage
{
  AdwPreferencesPage     parent_instance;

  AdwEntryRow           *insurer_row;
  AdwEntryRow           *policy_row;
  AdwEntryRow           *cover_from_row;
  AdwEntryRow           *cover_to_row;
  AdwEntryRow           *amount_row;
  AdwEntryRow           *certificate_row;
  AdwEntryRow           *issued_row;
  AdwComboRow           *level_row;
  AdwEntryRow           *update_service_row;
  AdwEntryRow           *renews_row;
  GtkLabel              *insurance_error;
  GtkLabel              *dbs_error;
  EthosSupervisorsGroup *supervisors_group;

  /* The row of each field of EthosRecords, in its order; NULL for the level. */
  AdwEntryRow           *rows[10];
  char                  *problems[10]; /* what each field could not take, until it is typed again */
  EthosStore            *store;
  gboolean               loading; /* the rows are being filled, not typed in */
};

G_DEFINE_FINAL_TYPE (EthosPrefsRecordsPage, ethos_prefs_records_page, ADW_TYPE_PREFERENCES_PAGE)

static void
show_error (GtkLabel *label, const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

/* Under each group, what each of its marked fields could not take, in the fields' order: a
 * second refusal does not hide the first. */
static void
set_problem (EthosPrefsRecordsPage *self, guint field, const char *message)
{
  g_autoptr (GString) insurance = g_string_new (NULL);
  g_autoptr (GString) dbs = g_string_new (NULL);

  g_free (self->problems[field]);
  self->problems[field] = g_strdup (message);
  for (guint i = 0; i < G_N_ELEMENTS (self->problems); i++)
    {
      GString *out = i < FIRST_DBS_FIELD ? insurance : dbs;

      if (self->problems[i] == NULL)
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, self->problems[i]);
    }
  show_error (self->insurance_error, insurance->len > 0 ? insurance->str : NULL);
  show_error (self->dbs_error, dbs->len > 0 ? dbs->str : NULL);
}

/* The level chosen, as its nick; NULL for Not Given. The rows list Not Given, then the levels
 * in the enum's order. */
static const char *
selected_level (EthosPrefsRecordsPage *self)
{
  g_autoptr (GEnumClass) levels = g_type_class_ref (ETHOS_TYPE_DBS_LEVEL);
  guint selected = adw_combo_row_get_selected (self->level_row);
  GEnumValue *value;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  value = g_enum_get_value (levels, (int) selected - 1);
  return value != NULL ? value->value_nick : NULL;
}

static guint
level_position (const char *nick)
{
  g_autoptr (GEnumClass) levels = g_type_class_ref (ETHOS_TYPE_DBS_LEVEL);
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (levels, nick) : NULL;

  return value != NULL ? (guint) value->value + 1 : 0;
}

/* Writes @value (NULL: not given) as field @field of the records kept. */
static gboolean
keep_field (EthosPrefsRecordsPage *self, guint field, const char *value, GError **error)
{
  g_autoptr (EthosRecords) records = ethos_store_get_records (self->store, error);
  g_autofree char *kept = NULL;
  char **slot;

  if (records == NULL)
    return FALSE;
  slot = ethos_records_field (records, field);
  kept = g_steal_pointer (slot);
  *slot = g_strdup (value);
  /* Compared as core keeps it: "0012 3456 7890" is the number kept already. */
  if (!ethos_records_check (records, error))
    return FALSE;
  if (g_strcmp0 (*slot, kept) == 0)
    return TRUE;
  return ethos_store_set_records (self->store, records, error);
}

/* Enter, leaving the row, or a day picked: keeps what the row holds, or says why not. */
static void
on_row_commit_cb (AdwEntryRow *row, EthosPrefsRecordsPage *self)
{
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field"));
  g_autoptr (GError) error = NULL;
  g_autofree char *value = NULL;

  if (self->store == NULL || self->loading)
    return;
  if (ETHOS_IS_DATE_ROW (row))
    value = ethos_date_row_read (ETHOS_DATE_ROW (row), FALSE, &error);
  else
    value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  if (value != NULL
      && !ethos_field_check (ADW_PREFERENCES_ROW (row),
                             keep_field (self, field, value[0] != '\0' ? value : NULL, &error),
                             &error))
    g_clear_pointer (&value, g_free);
  /* A day kept is shown as every kept day is, however it was typed. */
  if (value != NULL && ETHOS_IS_DATE_ROW (row))
    {
      self->loading = TRUE;
      ethos_date_row_show (ETHOS_DATE_ROW (row), value);
      self->loading = FALSE;
    }
  set_problem (self, field, value == NULL ? error->message : NULL);
}

static void
on_row_leave_cb (GtkEventController *focus, EthosPrefsRecordsPage *self)
{
  on_row_commit_cb (ADW_ENTRY_ROW (gtk_event_controller_get_widget (focus)), self);
}

/* Typing again takes the mark and the sentence away until the row is left. */
static void
on_row_changed_cb (AdwEntryRow *row, EthosPrefsRecordsPage *self)
{
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field"));

  if (self->loading)
    return;
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  set_problem (self, field, NULL);
}

static void
on_level_selected_cb (EthosPrefsRecordsPage *self)
{
  g_autoptr (GError) error = NULL;

  if (self->store == NULL || self->loading)
    return;
  if (!keep_field (self, LEVEL_FIELD, selected_level (self), &error))
    {
      g_autoptr (EthosRecords) kept = ethos_store_get_records (self->store, NULL);

      /* Back as it is kept; the group says why. */
      self->loading = TRUE;
      adw_combo_row_set_selected (self->level_row,
                                  level_position (kept != NULL ? kept->dbs_level : NULL));
      self->loading = FALSE;
      set_problem (self, LEVEL_FIELD, error->message);
      return;
    }
  set_problem (self, LEVEL_FIELD, NULL);
}

static void
watch_row (EthosPrefsRecordsPage *self, AdwEntryRow *row, guint field)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->rows[field] = row;
  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field));
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_row_commit_cb), self);
  g_signal_connect (row, "changed", G_CALLBACK (on_row_changed_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_row_leave_cb), self);
  if (ETHOS_IS_DATE_ROW (row))
    g_signal_connect (row, "date-picked", G_CALLBACK (on_row_commit_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
}

/* Reads the records again. */
void
ethos_prefs_records_page_reload (EthosPrefsRecordsPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosRecords) records = NULL;

  g_return_if_fail (ETHOS_IS_PREFS_RECORDS_PAGE (self));

  ethos_supervisors_group_set_store (self->supervisors_group, self->store);
  if (self->store == NULL)
    return;
  if ((records = ethos_store_get_records (self->store, &error)) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read your records: %s"),
                                                  error->message);

      show_error (self->insurance_error, message);
      return;
    }
  self->loading = TRUE;
  for (guint i = 0; i < ethos_n_record_fields; i++)
    if (self->rows[i] != NULL)
      {
        const char *value = *ethos_records_field (records, i);

        if (ETHOS_IS_DATE_ROW (self->rows[i]))
          ethos_date_row_show (ETHOS_DATE_ROW (self->rows[i]), value);
        else
          gtk_editable_set_text (GTK_EDITABLE (self->rows[i]), value != NULL ? value : "");
        gtk_widget_remove_css_class (GTK_WIDGET (self->rows[i]), "error");
      }
  adw_combo_row_set_selected (self->level_row, level_position (records->dbs_level));
  self->loading = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (self->problems); i++)
    g_clear_pointer (&self->problems[i], g_free);
  set_problem (self, 0, NULL);
}

void
ethos_prefs_records_page_set_store (EthosPrefsRecordsPage *self, EthosStore *store)
{
  g_return_if_fail (ETHOS_IS_PREFS_RECORDS_PAGE (self));

  g_set_object (&self->store, store);
  ethos_prefs_records_page_reload (self);
}

static void
ethos_prefs_records_page_dispose (GObject *object)
{
  EthosPrefsRecordsPage *self = ETHOS_PREFS_RECORDS_PAGE (object);

  /* Rows losing the focus as they go keep nothing. */
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_PREFS_RECORDS_PAGE);
  for (guint i = 0; i < G_N_ELEMENTS (self->problems); i++)
    g_clear_pointer (&self->problems[i], g_free);

  G_OBJECT_CLASS (ethos_prefs_records_page_parent_class)->dispose (object);
}

static void
ethos_prefs_records_page_class_init (EthosPrefsRecordsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_prefs_records_page_dispose;

  g_type_ensure (ETHOS_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-prefs-records-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRecordsPage, insurer_row);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRecordsPage, policy_row);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRecordsPage, cover_from_row);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRecordsPage, cover_to_row);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRecordsPage, amount_row);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRecordsPage, certificate_row);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRecordsPage, issued_row);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRecordsPage, level_row);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRecordsPage, update_service_row);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRecordsPage, renews_row);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRecordsPage, insurance_error);
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRecordsPage, dbs_error);
}

static void
ethos_prefs_records_page_init (EthosPrefsRecordsPage *self)
{
  g_autoptr (GEnumClass) levels = NULL;
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  ethos_combo_row_wrap_labels (self->level_row);
  watch_row (self, self->insurer_row, 0);
  watch_row (self, self->policy_row, 1);
  watch_row (self, self->cover_from_row, 2);
  watch_row (self, self->cover_to_row, 3);
  watch_row (self, self->amount_row, 4);
  watch_row (self, self->certificate_row, 5);
  watch_row (self, self->issued_row, 6);
  watch_row (self, self->update_service_row, 8);
  watch_row (self, self->renews_row, 9);

  /* The levels in core's words, after Not Given. */
  gtk_string_list_append (names, _("Not Given"));
  levels = g_type_class_ref (ETHOS_TYPE_DBS_LEVEL);
  for (guint i = 0; i < levels->n_values; i++)
    gtk_string_list_append (names, ethos_dbs_level_name (levels->values[i].value_nick));
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (names));
  g_signal_connect_swapped (self->level_row, "notify::selected", G_CALLBACK (on_level_selected_cb),
                            self);

  self->supervisors_group = ETHOS_SUPERVISORS_GROUP (ethos_supervisors_group_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self),
                            ADW_PREFERENCES_GROUP (self->supervisors_group));
}
