/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-supervisors-group"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-field.h"
#include "ethos-supervisor-store.h"
#include "ethos-supervisors-group.h"

/* Preferences → Records → Supervisors: each supervisor the diary knows (added here, by the CLI,
 * or by naming them in a session), as a row that opens on their name, email address, phone
 * number and accreditation, the details an audit asks for. A detail is kept on Enter or on
 * leaving its row; what core refuses (no name, an address without an "@") is said in the
 * supervisor's rows with the field marked, and nothing is written. A new supervisor is added by
 * name at the end, and opens to take their details. */

enum
{
  DETAIL_NAME,
  DETAIL_EMAIL,
  DETAIL_PHONE,
  DETAIL_ACCREDITATION,
  N_DETAILS
};

typedef struct
{
  gint64                 id;
  AdwExpanderRow        *row;
  AdwEntryRow           *details[N_DETAILS];
  AdwActionRow          *error_row;
  EthosSupervisorsGroup *group;
} SupervisorRows;

struct _EthosSupervisorsGroup
{
  AdwPreferencesGroup parent_instance;

  AdwEntryRow        *add_row;     /* kept last; ours, as it leaves the group on each reload */
  GtkLabel           *error_label; /* for the list and for adding */
  GPtrArray          *rows;        /* each supervisor's expander row */

  EthosStore         *store;
};

G_DEFINE_FINAL_TYPE (EthosSupervisorsGroup, ethos_supervisors_group, ADW_TYPE_PREFERENCES_GROUP)

static char **
detail_slot (EthosSupervisor *supervisor, guint detail)
{
  switch (detail)
    {
    case DETAIL_NAME:
      return &supervisor->name;
    case DETAIL_EMAIL:
      return &supervisor->email;
    case DETAIL_PHONE:
      return &supervisor->phone;
    default:
      return &supervisor->accreditation;
    }
}

static void
show_error (EthosSupervisorsGroup *self, const char *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message == NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->add_row), "error");
}

static void
show_rows_error (SupervisorRows *rows, const char *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->error_row),
                                 message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (rows->error_row), message != NULL);
}

/* The row's name and how to reach them, as kept. */
static void
show_supervisor (SupervisorRows *rows, const EthosSupervisor *supervisor)
{
  g_autofree char *contact = ethos_supervisor_describe_contact (supervisor);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->row), supervisor->name);
  adw_expander_row_set_subtitle (rows->row,
                                 contact != NULL ? contact : _("No contact details yet"));
  ethos_accessible_name_expander_row (rows->row);
}

static gboolean
keep_detail (SupervisorRows *rows, guint detail, const char *text, GError **error)
{
  EthosStore *store = rows->group->store;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, rows->id);
  g_autoptr (EthosSupervisor) supervisor = ethos_store_find_supervisor (store, id, error);
  char **slot;

  if (supervisor == NULL)
    return FALSE;
  slot = detail_slot (supervisor, detail);
  if (g_strcmp0 (*slot != NULL ? *slot : "", text) == 0)
    return TRUE;
  g_free (*slot);
  *slot = g_strdup (text);
  if (!ethos_store_update_supervisor (store, supervisor, error))
    return FALSE;
  show_supervisor (rows, supervisor);
  return TRUE;
}

static void
on_detail_commit_cb (AdwEntryRow *entry, SupervisorRows *rows)
{
  guint detail = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "detail"));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr (GError) error = NULL;

  if (rows->group->store == NULL)
    return;
  if (!ethos_field_check (ADW_PREFERENCES_ROW (entry),
                          keep_detail (rows, detail, text, &error), &error))
    {
      show_rows_error (rows, error->message);
      return;
    }
  show_rows_error (rows, NULL);
}

static void
on_detail_leave_cb (GtkEventController *focus, SupervisorRows *rows)
{
  on_detail_commit_cb (ADW_ENTRY_ROW (gtk_event_controller_get_widget (focus)), rows);
}

static void
on_detail_changed_cb (AdwEntryRow *entry, SupervisorRows *rows)
{
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  show_rows_error (rows, NULL);
}

static SupervisorRows *
add_supervisor_rows (EthosSupervisorsGroup *self, const EthosSupervisor *supervisor)
{
  static const char *const titles[N_DETAILS] = {
    N_("Name"), N_("Email Address"), N_("Phone Number"), N_("Accreditation, as They Describe It"),
  };
  SupervisorRows *rows = g_new0 (SupervisorRows, 1);

  rows->id = supervisor->id;
  rows->group = self;
  rows->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rows->row), FALSE);
  /* The rows' own: their callbacks may run as they go. */
  g_object_set_data_full (G_OBJECT (rows->row), "rows", rows, g_free);
  for (guint i = 0; i < N_DETAILS; i++)
    {
      AdwEntryRow *entry = ADW_ENTRY_ROW (adw_entry_row_new ());
      GtkEventController *focus = gtk_event_controller_focus_new ();
      const char *value = *detail_slot ((EthosSupervisor *) supervisor, i);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _(titles[i]));
      gtk_editable_set_text (GTK_EDITABLE (entry), value != NULL ? value : "");
      g_object_set_data (G_OBJECT (entry), "detail", GUINT_TO_POINTER (i));
      g_signal_connect (entry, "entry-activated", G_CALLBACK (on_detail_commit_cb), rows);
      g_signal_connect (entry, "changed", G_CALLBACK (on_detail_changed_cb), rows);
      g_signal_connect (focus, "leave", G_CALLBACK (on_detail_leave_cb), rows);
      gtk_widget_add_controller (GTK_WIDGET (entry), focus);
      adw_expander_row_add_row (rows->row, GTK_WIDGET (entry));
      rows->details[i] = entry;
    }
  adw_entry_row_set_input_purpose (rows->details[DETAIL_EMAIL],
                                  GTK_INPUT_PURPOSE_EMAIL);
  adw_entry_row_set_input_purpose (rows->details[DETAIL_PHONE],
                                  GTK_INPUT_PURPOSE_PHONE);

  rows->error_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rows->error_row), FALSE);
  adw_action_row_set_title_lines (rows->error_row, 0);
  gtk_widget_add_css_class (GTK_WIDGET (rows->error_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (rows->error_row), FALSE);
  adw_expander_row_add_row (rows->row, GTK_WIDGET (rows->error_row));

  show_supervisor (rows, supervisor);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (rows->row));
  g_ptr_array_add (self->rows, rows->row);
  return rows;
}

/* Reads the supervisors again, and opens the one with @open_id (0 for none). */
static void
reload (EthosSupervisorsGroup *self, gint64 open_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) supervisors = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  if (gtk_widget_get_parent (GTK_WIDGET (self->add_row)) != NULL)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->add_row));
  if (self->store == NULL)
    return;
  if ((supervisors = ethos_store_list_supervisor_records (self->store, &error)) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read your supervisors: %s"),
                                                  error->message);

      show_error (self, message);
      return;
    }
  for (guint i = 0; i < supervisors->len; i++)
    {
      EthosSupervisor *supervisor = g_ptr_array_index (supervisors, i);
      SupervisorRows *rows = add_supervisor_rows (self, supervisor);

      adw_expander_row_set_expanded (rows->row, supervisor->id == open_id);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->add_row));
}

static void
on_add_cb (EthosSupervisorsGroup *self)
{
  g_autoptr (EthosSupervisor) supervisor = ethos_supervisor_new ();
  g_autoptr (GError) error = NULL;
  gint64 id;

  supervisor->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_row))));
  if (self->store == NULL || supervisor->name[0] == '\0')
    return;
  if ((id = ethos_store_add_supervisor (self->store, supervisor, &error)) == 0)
    {
      ethos_field_check (ADW_PREFERENCES_ROW (self->add_row), FALSE, &error);
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
  /* Open on their details, which come next. */
  reload (self, id);
}

static void
on_add_changed_cb (EthosSupervisorsGroup *self)
{
  show_error (self, NULL);
}

void
ethos_supervisors_group_set_store (EthosSupervisorsGroup *self, EthosStore *store)
{
  g_return_if_fail (ETHOS_IS_SUPERVISORS_GROUP (self));

  g_set_object (&self->store, store);
  show_error (self, NULL);
  reload (self, 0);
}

GtkWidget *
ethos_supervisors_group_new (void)
{
  return g_object_new (ETHOS_TYPE_SUPERVISORS_GROUP, NULL);
}

static void
ethos_supervisors_group_dispose (GObject *object)
{
  EthosSupervisorsGroup *self = ETHOS_SUPERVISORS_GROUP (object);

  /* Rows losing the focus as they go keep nothing. */
  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->add_row);

  G_OBJECT_CLASS (ethos_supervisors_group_parent_class)->dispose (object);
}

static void
ethos_supervisors_group_class_init (EthosSupervisorsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_supervisors_group_dispose;
}

static void
ethos_supervisors_group_init (EthosSupervisorsGroup *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Supervisors"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("An audit asks how to reach your supervisor. A "
                                           "supervisor you name in a session is listed here too."));

  self->add_row = g_object_ref_sink (ADW_ENTRY_ROW (adw_entry_row_new ()));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row),
                                 _("Add a Supervisor, by Name"));
  adw_entry_row_set_show_apply_button (self->add_row, TRUE);
  g_signal_connect_swapped (self->add_row, "apply", G_CALLBACK (on_add_cb), self);
  g_signal_connect_swapped (self->add_row, "entry-activated", G_CALLBACK (on_add_cb), self);
  g_signal_connect_swapped (self->add_row, "changed", G_CALLBACK (on_add_changed_cb), self);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->error_label));
}
