/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-limits.h"
#include "ethos-code-store.h"
#include "ethos-date.h"
#include "ethos-entry-editor-private.h"
#include "ethos-layout.h"
#include "ethos-entry-store.h"
#include "ethos-privacy-scan.h"

/* The Diary's editor: one supervision session or CPD activity. It saves as the practitioner
 * types (a moment after they stop), says so quietly, and says in place why it cannot when the
 * entry is not complete yet; what was typed always stays. Notes are scanned for what could
 * identify a client, and marked, without ever blocking. */

/* How long after a failed write it is tried again. */
#define RETRY_DELAY_S 3
#define SAVE_DELAY_MS 500


G_DEFINE_FINAL_TYPE (EthosEntryEditor, ethos_entry_editor, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum
{
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkTextView *
text_views (EthosEntryEditor *self, guint i)
{
  GtkTextView *views[] = { self->notes_view, self->actions_view, self->outcomes_view,
                           self->reflection_view, self->impact_view };

  return i < G_N_ELEMENTS (views) ? views[i] : NULL;
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_buffer_text (GtkTextView *view, const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

void
ethos_entry_editor_set_status (EthosEntryEditor *self, const char *text, gboolean error)
{
  gtk_label_set_label (self->status_label, text);
  if (error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }
}

static guint
index_of (const char *const *choices, const char *value)
{
  for (guint i = 0; choices[i] != NULL; i++)
    if (g_strcmp0 (choices[i], value) == 0)
      return i;
  return 0;
}

/* Privacy ------------------------------------------------------------------------------------ */

static void
scan_view (EthosEntryEditor *self, GtkTextView *view, GArray *all)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *text = buffer_text (view);
  g_autoptr (GArray) findings = ethos_privacy_scan (text, -1);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "privacy", &start, &end);
  for (guint i = 0; i < findings->len; i++)
    {
      EthosFinding *finding = &g_array_index (findings, EthosFinding, i);

      gtk_text_buffer_get_iter_at_offset (buffer, &start,
                                          (int) g_utf8_pointer_to_offset (text, text + finding->start));
      gtk_text_buffer_get_iter_at_offset (buffer, &end,
                                          (int) g_utf8_pointer_to_offset (text, text + finding->end));
      gtk_text_buffer_apply_tag_by_name (buffer, "privacy", &start, &end);
      g_array_append_val (all, *finding);
    }
}

/* Marks what could identify a client in every note, and says what, calmly, above them. */
static void
update_privacy (EthosEntryEditor *self)
{
  g_autoptr (GArray) all = g_array_new (FALSE, FALSE, sizeof (EthosFinding));
  g_autofree char *described = NULL;

  /* The fields of the other kind are empty, so scanning every view costs nothing extra. */
  for (guint i = 0; text_views (self, i) != NULL; i++)
    scan_view (self, text_views (self, i), all);

  described = ethos_privacy_describe (all);
  if (described != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("This may identify a client: %s. Ethos saves "
                                                    "it all the same; consider leaving it out."),
                                                  described);

      gtk_label_set_label (self->privacy_label, message);
    }
  gtk_revealer_set_reveal_child (self->privacy_revealer, described != NULL);
}

/* Saving ------------------------------------------------------------------------------------- */

/* Reads the form into a copy of the entry. Numbers that cannot be read are said in place. */
static EthosEntry *
read_form (EthosEntryEditor *self, GError **error)
{
  g_autoptr (EthosEntry) entry = ethos_entry_copy (self->entry);
  const char *text;

#define TAKE_TEXT(field, row)                                                                      \
  g_free (entry->field);                                                                           \
  entry->field = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)))
#define TAKE_VIEW(field, view)                                                                     \
  g_free (entry->field);                                                                           \
  entry->field = buffer_text (view)

  TAKE_TEXT (date, self->date_row);
  g_strstrip (entry->date);
  TAKE_VIEW (reflection, self->reflection_view);
  if (entry->kind == ETHOS_ENTRY_SUPERVISION)
    {
      if (!ethos_minutes_parse (gtk_editable_get_text (GTK_EDITABLE (self->minutes_row)),
                                ethos_entry_max_minutes (entry), &entry->minutes, error))
        return NULL;
      TAKE_TEXT (supervisor, self->supervisor_row);
      /* The rows list the formats and modes in the enums' order. */
      entry->format = (EthosSupervisionFormat) adw_combo_row_get_selected (self->format_row);
      entry->mode = (EthosSupervisionMode) adw_combo_row_get_selected (self->mode_row);
      text = gtk_editable_get_text (GTK_EDITABLE (self->group_size_row));
      entry->group_size = -1;
      if (entry->format != ETHOS_SUPERVISION_FORMAT_INDIVIDUAL
          && !ethos_count_parse (text, ETHOS_GROUP_SIZE_MIN, ETHOS_GROUP_SIZE_MAX, &entry->group_size, error))
        return NULL;
      text = gtk_editable_get_text (GTK_EDITABLE (self->client_hours_row));
      entry->client_minutes = -1;
      if (text[0] != '\0' && !ethos_hours_parse (text, ETHOS_CLIENT_MINUTES_MAX, &entry->client_minutes, error))
        return NULL;
      TAKE_VIEW (notes, self->notes_view);
      TAKE_VIEW (actions, self->actions_view);
    }
  else
    {
      TAKE_TEXT (end_date, self->end_date_row);
      g_strstrip (entry->end_date);
      /* The most hours depend on the days the entry spans, so its dates are taken first. */
      if (!ethos_hours_parse (gtk_editable_get_text (GTK_EDITABLE (self->hours_row)),
                              ethos_entry_max_minutes (entry), &entry->minutes, error))
        return NULL;
      TAKE_TEXT (title, self->title_row);
      TAKE_TEXT (provider, self->provider_row);
      g_free (entry->cpd_kind);
      entry->cpd_kind = g_strdup (ethos_cpd_kinds[adw_combo_row_get_selected (self->cpd_kind_row)]);
      TAKE_VIEW (outcomes, self->outcomes_view);
      TAKE_VIEW (impact, self->impact_view);
    }
#undef TAKE_TEXT
#undef TAKE_VIEW
  if (!ethos_entry_validate (entry, error))
    return NULL;
  return g_steal_pointer (&entry);
}

static gboolean on_save_timeout (gpointer data);

gboolean
ethos_entry_editor_save_now (EthosEntryEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosEntry) entry = NULL;
  gboolean saved;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->entry == NULL || self->store == NULL)
    return TRUE;

  entry = read_form (self, &error);
  if (entry == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Not saved yet: %s"), error->message);

      ethos_entry_editor_set_status (self, message, TRUE);
      return FALSE;
    }
  saved = entry->id == 0 ? ethos_store_add_entry (self->store, entry, &error)
                         : ethos_store_update_entry (self->store, entry, &error);
  if (!saved)
    {
      g_autofree char *message = NULL;

      /* The disk is full, the folder read-only, the database busy for long: what was typed
       * stays here, and is tried again until it is written. */
      message = g_strdup_printf (_("Not saved: %s. What you typed is kept here, and Ethos tries "
                                   "again every few seconds."),
                                 error->message);
      ethos_entry_editor_set_status (self, message, TRUE);
      self->write_failed = TRUE;
      self->save_source = g_timeout_add_seconds (RETRY_DELAY_S, on_save_timeout, self);
      return FALSE;
    }
  self->write_failed = FALSE;
  g_set_object (&self->entry, entry);
  ethos_entry_editor_set_status (self, _("Saved"), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.attach", TRUE);
  g_signal_emit (self, signals[SAVED], 0, entry->id);
  return TRUE;
}

static gboolean
on_save_timeout (gpointer data)
{
  EthosEntryEditor *self = data;

  self->save_source = 0;
  ethos_entry_editor_save_now (self);
  return G_SOURCE_REMOVE;
}

void
ethos_entry_editor_on_changed_cb (EthosEntryEditor *self)
{
  if (self->loading || self->entry == NULL)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, on_save_timeout, self);
  ethos_entry_editor_set_status (self, _("Saving…"), FALSE);
}

static void
on_text_changed_cb (EthosEntryEditor *self)
{
  if (self->loading)
    return;
  update_privacy (self);
  ethos_entry_editor_on_changed_cb (self);
}

static void
update_visible_fields (EthosEntryEditor *self)
{
  gboolean supervision = self->entry != NULL && self->entry->kind == ETHOS_ENTRY_SUPERVISION;
  gboolean group = adw_combo_row_get_selected (self->format_row) != 0;

  gtk_widget_set_visible (GTK_WIDGET (self->supervision_group), supervision);
  gtk_widget_set_visible (GTK_WIDGET (self->cpd_group), !supervision);
  gtk_widget_set_visible (GTK_WIDGET (self->minutes_row), supervision);
  gtk_widget_set_visible (GTK_WIDGET (self->hours_row), !supervision);
  gtk_widget_set_visible (GTK_WIDGET (self->end_date_row), !supervision);
  gtk_widget_set_visible (GTK_WIDGET (self->group_size_row), supervision && group);
  gtk_widget_set_visible (self->notes_box, supervision);
  gtk_widget_set_visible (self->actions_box, supervision);
  gtk_widget_set_visible (self->outcomes_box, !supervision);
  gtk_widget_set_visible (self->impact_box, !supervision);
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_group), !supervision);
}

static void
on_format_changed_cb (EthosEntryEditor *self)
{
  update_visible_fields (self);
  ethos_entry_editor_on_changed_cb (self);
}

static void
editor_delete (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosEntryEditor *self = ETHOS_ENTRY_EDITOR (widget);

  if (self->entry != NULL)
    g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}


/* Public ------------------------------------------------------------------------------------- */

/* Shows @entry (a copy is edited), or nothing for NULL. What was being typed in the previous
 * entry is saved first. */
void
ethos_entry_editor_set_entry (EthosEntryEditor *self, EthosEntry *entry)
{
  g_autofree char *minutes = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *group = NULL;
  g_autofree char *client = NULL;

  g_return_if_fail (ETHOS_IS_ENTRY_EDITOR (self));

  /* Another entry does not replace one that could not be written: it would be lost. */
  if (self->save_source != 0 && !ethos_entry_editor_save_now (self) && self->write_failed
      && entry != NULL)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->write_failed = FALSE;
  g_clear_object (&self->entry);
  if (entry == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  self->entry = ethos_entry_copy (entry);
  self->loading = TRUE;

  gtk_label_set_label (self->kind_label, entry->kind == ETHOS_ENTRY_SUPERVISION
                                           ? _("Supervision Session")
                                           : _("CPD Activity"));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), entry->date != NULL ? entry->date : "");
  gtk_editable_set_text (GTK_EDITABLE (self->end_date_row),
                         entry->end_date != NULL ? entry->end_date : "");
  minutes = entry->minutes > 0 ? g_strdup_printf ("%d", entry->minutes) : g_strdup ("");
  hours = entry->minutes > 0 ? g_strdup_printf ("%g", entry->minutes / 60.0) : g_strdup ("");
  group = entry->group_size > 0 ? g_strdup_printf ("%d", entry->group_size) : g_strdup ("");
  client = entry->client_minutes >= 0 ? g_strdup_printf ("%g", entry->client_minutes / 60.0)
                                      : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->minutes_row), minutes);
  gtk_editable_set_text (GTK_EDITABLE (self->hours_row), hours);
  gtk_editable_set_text (GTK_EDITABLE (self->supervisor_row), entry->supervisor);
  adw_combo_row_set_selected (self->format_row, entry->format);
  gtk_editable_set_text (GTK_EDITABLE (self->group_size_row), group);
  adw_combo_row_set_selected (self->mode_row, entry->mode);
  gtk_editable_set_text (GTK_EDITABLE (self->client_hours_row), client);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), entry->title);
  gtk_editable_set_text (GTK_EDITABLE (self->provider_row), entry->provider);
  adw_combo_row_set_selected (self->cpd_kind_row, index_of (ethos_cpd_kinds, entry->cpd_kind));
  set_buffer_text (self->notes_view, entry->notes);
  set_buffer_text (self->actions_view, entry->actions);
  set_buffer_text (self->outcomes_view, entry->outcomes);
  set_buffer_text (self->reflection_view, entry->reflection);
  set_buffer_text (self->impact_view, entry->impact);
  update_visible_fields (self);
  ethos_entry_editor_rebuild_supervisor_menu (self);
  ethos_entry_editor_rebuild_link_rows (self);
  ethos_entry_editor_rebuild_evidence_rows (self);
  self->loading = FALSE;

  update_privacy (self);
  ethos_entry_editor_set_status (self, entry->id == 0 ? _("New: saved once it is complete") : "", FALSE);
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

/* Saves what is pending now (closing the window, leaving the page). */
gboolean
ethos_entry_editor_flush (EthosEntryEditor *self)
{
  g_return_val_if_fail (ETHOS_IS_ENTRY_EDITOR (self), FALSE);

  return self->save_source == 0 || ethos_entry_editor_save_now (self);
}

/* Whether what is in the editor could not be written (and is waiting to be). */
gboolean
ethos_entry_editor_has_unsaved (EthosEntryEditor *self)
{
  g_return_val_if_fail (ETHOS_IS_ENTRY_EDITOR (self), FALSE);

  return self->write_failed;
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
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_ENTRY_EDITOR);
  g_clear_object (&self->entry);
  g_clear_object (&self->store);
  g_clear_pointer (&self->clause_rows, g_ptr_array_unref);
  g_clear_pointer (&self->evidence_rows, g_ptr_array_unref);

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

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-entry-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, EthosEntryEditor, name)
  BIND (stack);
  BIND (scroller);
  BIND (kind_label);
  BIND (status_label);
  BIND (privacy_revealer);
  BIND (privacy_label);
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
  gtk_widget_init_template (GTK_WIDGET (self));
  ethos_layout_wrap_when_shown (self->notes_view);
  ethos_layout_wrap_when_shown (self->actions_view);
  ethos_layout_wrap_when_shown (self->outcomes_view);
  ethos_layout_wrap_when_shown (self->reflection_view);
  ethos_layout_wrap_when_shown (self->impact_view);

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
  g_signal_connect_swapped (self->format_row, "notify::selected", G_CALLBACK (on_format_changed_cb),
                            self);
  g_signal_connect_swapped (self->mode_row, "notify::selected", G_CALLBACK (ethos_entry_editor_on_changed_cb), self);
  g_signal_connect_swapped (self->cpd_kind_row, "notify::selected", G_CALLBACK (ethos_entry_editor_on_changed_cb), self);
  for (guint i = 0; text_views (self, i) != NULL; i++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_views (self, i));

      gtk_text_buffer_create_tag (buffer, "privacy", "underline", PANGO_UNDERLINE_ERROR, NULL);
      g_signal_connect_swapped (buffer, "changed", G_CALLBACK (on_text_changed_cb), self);
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
