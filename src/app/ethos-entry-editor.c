/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-editor"

#include "config.h"

#include "ethos-accessible.h"
#include "ethos-combo-row-labels.h"

#include <glib/gi18n.h>

#include "ethos-date-row.h"
#include "ethos-entry-editor-private.h"
#include "ethos-layout.h"

/* The Diary's editor: one supervision session or CPD activity. It saves as the practitioner
 * types (a moment after they stop), says so quietly, and says in place why it cannot when the
 * entry is not complete yet; what was typed always stays. Notes are scanned for what could
 * identify a client, and marked, without ever blocking. The form is filled and read in
 * ethos-entry-editor-form.c, saved in ethos-entry-editor-save.c, marked in
 * ethos-entry-editor-privacy.c; links and evidence are in ethos-entry-editor-links.c, the CPD
 * plan item in ethos-entry-editor-plan.c. */


G_DEFINE_FINAL_TYPE (EthosEntryEditor, ethos_entry_editor, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint ethos_entry_editor_signals[ETHOS_ENTRY_EDITOR_N_SIGNALS];

static void
editor_delete (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosEntryEditor *self = ETHOS_ENTRY_EDITOR (widget);

  if (self->entry != NULL)
    g_signal_emit (self, ethos_entry_editor_signals[ETHOS_ENTRY_EDITOR_DELETE_REQUESTED], 0);
}

/* Public ------------------------------------------------------------------------------------- */

/* Shows @entry (a copy is edited), or nothing for NULL. What was being typed in the previous
 * entry is saved first. */
void
ethos_entry_editor_set_entry (EthosEntryEditor *self, EthosEntry *entry)
{
  g_return_if_fail (ETHOS_IS_ENTRY_EDITOR (self));

  /* Another entry does not replace one that could not be written: it would be lost. */
  if (self->save_source != 0 && !ethos_entry_editor_save_now (self) && self->write_failed
      && entry != NULL)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->write_failed = FALSE;
  self->draft_id = 0;
  g_clear_object (&self->entry);
  if (entry == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  self->entry = ethos_entry_copy (entry);
  self->loading = TRUE;

  ethos_entry_editor_fill_form (self, entry);
  ethos_entry_editor_rebuild_supervisor_menu (self);
  ethos_entry_editor_rebuild_link_rows (self);
  ethos_entry_editor_rebuild_evidence_rows (self);
  ethos_entry_editor_set_status (self, entry->id == 0 ? _("New: saved once it is complete") : "", FALSE);
  /* Changes not saved yet, kept as a draft, go over what was saved. */
  ethos_entry_editor_load_draft (self);
  self->loading = FALSE;

  ethos_entry_editor_update_privacy (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.attach", TRUE);
  gtk_stack_set_visible_child_name (self->stack, "editor");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

EthosEntry *
ethos_entry_editor_get_entry (EthosEntryEditor *self)
{
  g_return_val_if_fail (ETHOS_IS_ENTRY_EDITOR (self), NULL);

  return self->entry;
}

void
ethos_entry_editor_focus_first (EthosEntryEditor *self)
{
  g_return_if_fail (ETHOS_IS_ENTRY_EDITOR (self));

  gtk_widget_grab_focus (self->entry != NULL && self->entry->kind == ETHOS_ENTRY_CPD
                           ? GTK_WIDGET (self->title_row)
                           : GTK_WIDGET (self->minutes_row));
}

/* GObject ------------------------------------------------------------------------------------ */

static void
ethos_entry_editor_dispose (GObject *object)
{
  EthosEntryEditor *self = ETHOS_ENTRY_EDITOR (object);

  if (self->save_source != 0)
    ethos_entry_editor_save_now (self);
  g_clear_handle_id (&self->saving_source, g_source_remove);
  g_clear_handle_id (&self->privacy_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_ENTRY_EDITOR);
  g_clear_object (&self->entry);
  g_clear_object (&self->store);
  g_clear_pointer (&self->clause_rows, g_ptr_array_unref);
  g_clear_pointer (&self->evidence_rows, g_ptr_array_unref);
  g_clear_pointer (&self->plan_ids, g_array_unref);
  g_clear_pointer (&self->plan_key, g_free);
  g_clear_pointer (&self->status_said, g_free);

  G_OBJECT_CLASS (ethos_entry_editor_parent_class)->dispose (object);
}

static void
ethos_entry_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  EthosEntryEditor *self = ETHOS_ENTRY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_entry_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  EthosEntryEditor *self = ETHOS_ENTRY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      if (self->store != NULL)
        ethos_entry_editor_watch_plan (self, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_entry_editor_class_init (EthosEntryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ethos_entry_editor_dispose;
  object_class->get_property = ethos_entry_editor_get_property;
  object_class->set_property = ethos_entry_editor_set_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, ETHOS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  ethos_entry_editor_signals[ETHOS_ENTRY_EDITOR_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  ethos_entry_editor_signals[ETHOS_ENTRY_EDITOR_DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);

  g_type_ensure (ETHOS_TYPE_DATE_ROW);
  g_type_ensure (ETHOS_TYPE_ENTRY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-entry-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, EthosEntryEditor, name)
  BIND (stack);
  BIND (delete_button);
  BIND (scroller);
  BIND (kind_label);
  BIND (status_label);
  BIND (supervision_group);
  BIND (cpd_group);
  BIND (clauses_group);
  BIND (evidence_group);
  BIND (date_row);
  BIND (end_date_row);
  BIND (minutes_row);
  BIND (hours_row);
  BIND (supervisor_row);
  BIND (format_row);
  BIND (group_size_row);
  BIND (mode_row);
  BIND (client_hours_row);
  BIND (title_row);
  BIND (provider_row);
  BIND (cpd_kind_row);
  BIND (plan_row);
  BIND (cbt_skills_row);
  BIND (cbt_skills_switch);
  BIND (notes_box);
  BIND (actions_box);
  BIND (outcomes_box);
  BIND (impact_box);
  BIND (notes_view);
  BIND (actions_view);
  BIND (outcomes_view);
  BIND (reflection_view);
  BIND (impact_view);
  BIND (link_popover);
  BIND (link_search);
  BIND (link_results);
#undef BIND

  gtk_widget_class_install_action (widget_class, "editor.attach", NULL, ethos_entry_editor_editor_attach);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, editor_delete);
  gtk_widget_class_install_action (widget_class, "editor.supervisor", "s", ethos_entry_editor_editor_supervisor);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ethos_entry_editor_init (EthosEntryEditor *self)
{
  GtkTextView *view;

  gtk_widget_init_template (GTK_WIDGET (self));
  ethos_accessible_name_by_label (self->delete_button);
  /* Choices named for a screen reader as the other rows' are (ethos-combo-row-labels.c). */
  ethos_combo_row_wrap_labels (self->format_row);
  ethos_combo_row_wrap_labels (self->mode_row);
  ethos_combo_row_wrap_labels (self->cpd_kind_row);

  self->supervisor_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->supervisor_button, "pan-down-symbolic");
  gtk_widget_set_valign (GTK_WIDGET (self->supervisor_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->supervisor_button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->supervisor_button), _("Your Supervisors"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->supervisor_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose one of your supervisors"), -1);
  adw_entry_row_add_suffix (self->supervisor_row, GTK_WIDGET (self->supervisor_button));

  self->clause_rows = g_ptr_array_new ();
  ethos_entry_editor_init_plan_row (self);
  self->evidence_rows = g_ptr_array_new ();

  {
    GtkWidget *entries[] = { GTK_WIDGET (self->date_row),         GTK_WIDGET (self->end_date_row),
                             GTK_WIDGET (self->minutes_row),      GTK_WIDGET (self->hours_row),
                             GTK_WIDGET (self->supervisor_row),   GTK_WIDGET (self->group_size_row),
                             GTK_WIDGET (self->client_hours_row), GTK_WIDGET (self->title_row),
                             GTK_WIDGET (self->provider_row) };

    for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
      g_signal_connect_swapped (entries[i], "changed", G_CALLBACK (ethos_entry_editor_on_changed_cb), self);
  }
  g_signal_connect_swapped (self->format_row, "notify::selected", G_CALLBACK (ethos_entry_editor_on_format_changed_cb),
                            self);
  g_signal_connect_swapped (self->mode_row, "notify::selected", G_CALLBACK (ethos_entry_editor_on_changed_cb), self);
  g_signal_connect_swapped (self->cpd_kind_row, "notify::selected", G_CALLBACK (ethos_entry_editor_on_changed_cb), self);
  g_signal_connect_swapped (self->cbt_skills_switch, "notify::active",
                            G_CALLBACK (ethos_entry_editor_on_changed_cb), self);
  for (guint i = 0; (view = ethos_entry_editor_note_view (self, i)) != NULL; i++)
    {
      ethos_layout_wrap_when_shown (view);
      ethos_entry_editor_watch_note (self, view);
    }
  g_signal_connect_swapped (self->link_search, "search-changed",
                            G_CALLBACK (ethos_entry_editor_on_link_search_changed_cb), self);
  g_signal_connect (self->link_results, "row-activated", G_CALLBACK (ethos_entry_editor_on_link_result_activated_cb),
                    self);
}

GtkWidget *
ethos_entry_editor_new (EthosStore *store)
{
  return g_object_new (ETHOS_TYPE_ENTRY_EDITOR, "store", store, NULL);
}
