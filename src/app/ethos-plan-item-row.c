/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-plan-item-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-date-row.h"
#include "ethos-field.h"
#include "ethos-plan-item-row.h"
#include "ethos-plan-store.h"

/* One item of the CPD plan in the plan dialog: the planned activity as its title and where it
 * stands (core's words) under it; opened, its activity, need and target to change (kept on
 * Enter or on leaving the row; what core refuses is said in the item's rows with the field
 * marked, and nothing is written), whether it is done, the diary's activities that carry it
 * out, and a button to remove it, which the dialog asks about first. */

enum
{
  FIELD_TITLE,
  FIELD_NEED,
  FIELD_TARGET,
  N_FIELDS
};

struct _EthosPlanItemRow
{
  AdwExpanderRow parent_instance;

  EthosStore    *store;
  EthosPlanItem *item; /* as kept */
  char          *today;

  AdwEntryRow   *fields[N_FIELDS];
  GtkSwitch     *done_switch;
  AdwActionRow  *error_row;
  gboolean       showing; /* the switch is being set to what is kept, not by a person */
};

G_DEFINE_FINAL_TYPE (EthosPlanItemRow, ethos_plan_item_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  REMOVE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (EthosPlanItemRow *self, const char *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->error_row),
                                 message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_row), message != NULL);
}

/* The row's title and status, and its switch, as kept. */
static void
show_item (EthosPlanItemRow *self)
{
  g_autofree char *status = ethos_plan_item_status (self->item, self->today);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), self->item->title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), status);
  ethos_accessible_name_expander_row (ADW_EXPANDER_ROW (self));
  self->showing = TRUE;
  gtk_switch_set_active (self->done_switch, self->item->done != NULL);
  self->showing = FALSE;
}

/* @field's text as the item keeps it: a target as ISO ("" for none); NULL with @error (and the
 * row marked) when it cannot be read. */
static char *
read_field (EthosPlanItemRow *self, guint field, GError **error)
{
  AdwEntryRow *row = self->fields[field];

  if (field == FIELD_TARGET)
    return ethos_date_row_read (ETHOS_DATE_ROW (row), FALSE, error);
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char **
field_slot (EthosPlanItem *item, guint field)
{
  switch (field)
    {
    case FIELD_TITLE:
      return &item->title;
    case FIELD_NEED:
      return &item->need;
    default:
      return &item->target;
    }
}

/* Keeps what @field holds, if it changed; FALSE with @error when it is refused. */
static gboolean
keep_field (EthosPlanItemRow *self, guint field, GError **error)
{
  g_autofree char *text = read_field (self, field, error);
  g_autoptr (EthosPlanItem) changed = NULL;
  char **slot;

  if (text == NULL)
    return FALSE;
  if (g_strcmp0 (*field_slot (self->item, field) != NULL ? *field_slot (self->item, field) : "",
                 text)
      == 0)
    return TRUE;
  changed = ethos_plan_item_copy (self->item);
  slot = field_slot (changed, field);
  g_free (*slot);
  *slot = g_steal_pointer (&text);
  if (!ethos_store_update_plan_item (self->store, changed, error))
    return FALSE;
  ethos_plan_item_free (self->item);
  self->item = g_steal_pointer (&changed);
  show_item (self);
  return TRUE;
}

static void
on_field_commit_cb (AdwEntryRow *row, EthosPlanItemRow *self)
{
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field"));
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!ethos_field_check (ADW_PREFERENCES_ROW (row), keep_field (self, field, &error), &error))
    {
      show_error (self, error->message);
      return;
    }
  /* A target kept is shown as every kept day is, however it was typed ("tomorrow"). */
  if (field == FIELD_TARGET)
    ethos_date_row_show (ETHOS_DATE_ROW (row), self->item->target);
  show_error (self, NULL);
}

static void
on_field_leave_cb (GtkEventController *focus, EthosPlanItemRow *self)
{
  on_field_commit_cb (ADW_ENTRY_ROW (gtk_event_controller_get_widget (focus)), self);
}

static void
on_field_changed_cb (AdwEntryRow *row, EthosPlanItemRow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  show_error (self, NULL);
}

/* Done today, or not done after all; what could not be written is said, and the switch goes
 * back to what is kept. */
static void
on_done_changed_cb (EthosPlanItemRow *self)
{
  gboolean done = gtk_switch_get_active (self->done_switch);
  g_autoptr (GError) error = NULL;

  if (self->showing || self->store == NULL || done == (self->item->done != NULL))
    return;
  if (!ethos_store_set_plan_item_done (self->store, self->item->id, done ? self->today : NULL,
                                       &error))
    {
      show_error (self, error->message);
      show_item (self);
      return;
    }
  g_free (self->item->done);
  self->item->done = done ? g_strdup (self->today) : NULL;
  show_error (self, NULL);
  show_item (self);
}

static void
on_remove_clicked_cb (EthosPlanItemRow *self)
{
  g_signal_emit (self, signals[REMOVE_REQUESTED], 0);
}

static AdwEntryRow *
add_field (EthosPlanItemRow *self, guint field, AdwEntryRow *row, const char *title,
           const char *text)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (ETHOS_IS_DATE_ROW (row))
    ethos_date_row_show (ETHOS_DATE_ROW (row), text);
  else
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field));
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_field_commit_cb), self);
  g_signal_connect (row, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_field_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (row));
  self->fields[field] = row;
  return row;
}

static void
add_activity (EthosPlanItemRow *self, const EthosPlanActivity *activity)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("object-select-symbolic");
  g_autofree char *said = ethos_plan_activity_describe (activity);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), said);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Linked activity in the diary"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
}

static void
ethos_plan_item_row_dispose (GObject *object)
{
  EthosPlanItemRow *self = ETHOS_PLAN_ITEM_ROW (object);

  /* Fields losing the focus as they go keep nothing. */
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ethos_plan_item_row_parent_class)->dispose (object);
}

static void
ethos_plan_item_row_finalize (GObject *object)
{
  EthosPlanItemRow *self = ETHOS_PLAN_ITEM_ROW (object);

  g_clear_pointer (&self->item, ethos_plan_item_free);
  g_free (self->today);

  G_OBJECT_CLASS (ethos_plan_item_row_parent_class)->finalize (object);
}

static void
ethos_plan_item_row_class_init (EthosPlanItemRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_plan_item_row_dispose;
  G_OBJECT_CLASS (klass)->finalize = ethos_plan_item_row_finalize;

  /* The practitioner asked to remove the item; whoever shows it asks before removing it. */
  signals[REMOVE_REQUESTED] = g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                            0);
}

static void
ethos_plan_item_row_init (EthosPlanItemRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

/* A row for @item, with @activities (EthosPlanActivity: those linked to it), its target read
 * and its done day given as on @today (ISO). */
GtkWidget *
ethos_plan_item_row_new (EthosStore *store, const EthosPlanItem *item, GPtrArray *activities,
                         const char *today)
{
  EthosPlanItemRow *self = g_object_new (ETHOS_TYPE_PLAN_ITEM_ROW, NULL);
  GtkWidget *done_row = adw_action_row_new ();
  GtkWidget *remove_row = adw_action_row_new ();
  GtkWidget *remove = gtk_image_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *target = ethos_date_row_new (_("Target Date"));

  self->store = g_object_ref (store);
  self->item = ethos_plan_item_copy (item);
  self->today = g_strdup (today);

  add_field (self, FIELD_TITLE, ADW_ENTRY_ROW (adw_entry_row_new ()), _("Planned Activity"),
             item->title);
  add_field (self, FIELD_NEED, ADW_ENTRY_ROW (adw_entry_row_new ()), _("Learning Need"),
             item->need);
  ethos_date_row_set_today (ETHOS_DATE_ROW (target), today);
  add_field (self, FIELD_TARGET, ADW_ENTRY_ROW (target), _("Target Date"), item->target);

  self->done_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->done_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (done_row), _("Done"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (done_row), _("The need is met"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (done_row), GTK_WIDGET (self->done_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (done_row),
                                         GTK_WIDGET (self->done_switch));
  g_signal_connect_swapped (self->done_switch, "notify::active", G_CALLBACK (on_done_changed_cb),
                            self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), done_row);

  for (guint i = 0; activities != NULL && i < activities->len; i++)
    {
      const EthosPlanActivity *activity = g_ptr_array_index (activities, i);

      if (activity->plan_id == item->id)
        add_activity (self, activity);
    }

  self->error_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->error_row), FALSE);
  adw_action_row_set_title_lines (self->error_row, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->error_row));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("_Remove From Plan…"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (remove_row), TRUE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (remove_row), TRUE);
  gtk_widget_add_css_class (remove_row, "error");
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  g_signal_connect_swapped (remove_row, "activated", G_CALLBACK (on_remove_clicked_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), remove_row);

  show_item (self);
  return GTK_WIDGET (self);
}

/* The item as kept. */
const EthosPlanItem *
ethos_plan_item_row_get_item (EthosPlanItemRow *self)
{
  g_return_val_if_fail (ETHOS_IS_PLAN_ITEM_ROW (self), NULL);

  return self->item;
}
