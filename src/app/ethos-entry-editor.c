/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-code-store.h"
#include "ethos-date.h"
#include "ethos-entry-editor.h"
#include "ethos-entry-store.h"
#include "ethos-privacy-scan.h"

/* The Diary's editor: one supervision session or CPD activity. It saves as the practitioner
 * types (a moment after they stop), says so quietly, and says in place why it cannot when the
 * entry is not complete yet; what was typed always stays. Notes are scanned for what could
 * identify a client, and marked, without ever blocking. */

#define SAVE_DELAY_MS 500

struct _EthosEntryEditor
{
  GtkWidget             parent_instance;

  GtkStack             *stack;
  GtkScrolledWindow    *scroller;
  GtkLabel             *kind_label;
  GtkLabel             *status_label;
  GtkRevealer          *privacy_revealer;
  GtkLabel             *privacy_label;
  AdwPreferencesGroup  *supervision_group;
  AdwPreferencesGroup  *cpd_group;
  AdwPreferencesGroup  *clauses_group;
  AdwPreferencesGroup  *evidence_group;
  AdwEntryRow          *date_row;
  AdwEntryRow          *end_date_row;
  AdwEntryRow          *minutes_row;
  AdwEntryRow          *hours_row;
  AdwEntryRow          *supervisor_row;
  GtkMenuButton        *supervisor_button;
  AdwComboRow          *format_row;
  AdwEntryRow          *group_size_row;
  AdwComboRow          *mode_row;
  AdwEntryRow          *client_hours_row;
  AdwEntryRow          *title_row;
  AdwEntryRow          *provider_row;
  AdwComboRow          *cpd_kind_row;
  GtkWidget            *notes_box;
  GtkWidget            *actions_box;
  GtkWidget            *outcomes_box;
  GtkWidget            *impact_box;
  GtkTextView          *notes_view;
  GtkTextView          *actions_view;
  GtkTextView          *outcomes_view;
  GtkTextView          *reflection_view;
  GtkTextView          *impact_view;
  GtkPopover           *link_popover;
  GtkSearchEntry       *link_search;
  GtkListBox           *link_results;

  EthosStore           *store;
  EthosEntry           *entry;      /* what is shown; id 0 until first saved */
  GPtrArray            *clause_rows;
  GPtrArray            *evidence_rows;
  guint                 save_source;
  gboolean              loading;
  GtkFileChooserNative *chooser;
};

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

static void
set_status (EthosEntryEditor *self, const char *text, gboolean error)
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
                                ETHOS_MINUTES_PER_DAY, &entry->minutes, error))
        return NULL;
      TAKE_TEXT (supervisor, self->supervisor_row);
      g_free (entry->format);
      entry->format = g_strdup (ethos_supervision_formats[adw_combo_row_get_selected (self->format_row)]);
      g_free (entry->mode);
      entry->mode = g_strdup (ethos_supervision_modes[adw_combo_row_get_selected (self->mode_row)]);
      text = gtk_editable_get_text (GTK_EDITABLE (self->group_size_row));
      entry->group_size = -1;
      if (g_strcmp0 (entry->format, "individual") != 0
          && !ethos_count_parse (text, 2, 100, &entry->group_size, error))
        return NULL;
      text = gtk_editable_get_text (GTK_EDITABLE (self->client_hours_row));
      entry->client_minutes = -1;
      if (text[0] != '\0' && !ethos_hours_parse (text, 100000 * 60, &entry->client_minutes, error))
        return NULL;
      TAKE_VIEW (notes, self->notes_view);
      TAKE_VIEW (actions, self->actions_view);
    }
  else
    {
      GDate start, end;
      int days = 1;

      TAKE_TEXT (end_date, self->end_date_row);
      g_strstrip (entry->end_date);
      if (entry->end_date[0] != '\0' && ethos_date_parse (entry->date, &start, NULL)
          && ethos_date_parse (entry->end_date, &end, NULL) && g_date_compare (&start, &end) <= 0)
        days = g_date_days_between (&start, &end) + 1;
      if (!ethos_hours_parse (gtk_editable_get_text (GTK_EDITABLE (self->hours_row)),
                              days * ETHOS_MINUTES_PER_DAY, &entry->minutes, error))
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

static gboolean
save_now (EthosEntryEditor *self)
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

      set_status (self, message, TRUE);
      return FALSE;
    }
  saved = entry->id == 0 ? ethos_store_add_entry (self->store, entry, &error)
                         : ethos_store_update_entry (self->store, entry, &error);
  if (!saved)
    {
      g_autofree char *message = g_strdup_printf (_("Not saved: %s"), error->message);

      set_status (self, message, TRUE);
      return FALSE;
    }
  g_set_object (&self->entry, entry);
  set_status (self, _("Saved"), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.attach", TRUE);
  g_signal_emit (self, signals[SAVED], 0, entry->id);
  return TRUE;
}

static gboolean
on_save_timeout (gpointer data)
{
  EthosEntryEditor *self = data;

  self->save_source = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_changed_cb (EthosEntryEditor *self)
{
  if (self->loading || self->entry == NULL)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, on_save_timeout, self);
  set_status (self, _("Saving…"), FALSE);
}

static void
on_text_changed_cb (EthosEntryEditor *self)
{
  if (self->loading)
    return;
  update_privacy (self);
  on_changed_cb (self);
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
  on_changed_cb (self);
}

/* Clause links and evidence ------------------------------------------------------------------- */

static void rebuild_link_rows (EthosEntryEditor *self);

static void
on_unlink_clicked_cb (GtkButton *button, EthosEntryEditor *self)
{
  const char *link = g_object_get_data (G_OBJECT (button), "link");

  for (guint i = 0; i < self->entry->clauses->len; i++)
    if (g_str_equal (g_ptr_array_index (self->entry->clauses, i), link))
      {
        g_ptr_array_remove_index (self->entry->clauses, i);
        break;
      }
  rebuild_link_rows (self);
  on_changed_cb (self);
}

static void
rebuild_link_rows (EthosEntryEditor *self)
{
  for (guint i = 0; i < self->clause_rows->len; i++)
    adw_preferences_group_remove (self->clauses_group, g_ptr_array_index (self->clause_rows, i));
  g_ptr_array_set_size (self->clause_rows, 0);

  for (guint i = 0; self->entry != NULL && i < self->entry->clauses->len; i++)
    {
      const char *link = g_ptr_array_index (self->entry->clauses, i);
      g_auto (GStrv) parts = g_strsplit (link, ":", 2);
      g_autoptr (EthosClause) clause = ethos_store_get_clause (self->store, parts[0], parts[1], NULL);
      g_autofree char *title = g_strdup_printf ("%s %s", parts[0], parts[1] != NULL ? parts[1] : "");
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (clause != NULL && ethos_clause_get_heading (clause) != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ethos_clause_get_heading (clause));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Unlink"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Unlink this clause"), -1);
      g_object_set_data_full (G_OBJECT (remove), "link", g_strdup (link), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_unlink_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->clauses_group, row);
      g_ptr_array_add (self->clause_rows, row);
    }
}

static void
on_link_result_activated_cb (GtkListBox *box, GtkListBoxRow *row, EthosEntryEditor *self)
{
  const char *link = g_object_get_data (G_OBJECT (row), "link");

  if (self->entry == NULL || link == NULL)
    return;
  for (guint i = 0; i < self->entry->clauses->len; i++)
    if (g_str_equal (g_ptr_array_index (self->entry->clauses, i), link))
      {
        gtk_popover_popdown (self->link_popover);
        return;
      }
  g_ptr_array_add (self->entry->clauses, g_strdup (link));
  rebuild_link_rows (self);
  gtk_popover_popdown (self->link_popover);
  on_changed_cb (self);
}

static void
on_link_search_changed_cb (EthosEntryEditor *self)
{
  g_autoptr (GPtrArray) hits = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->link_results))) != NULL)
    gtk_list_box_remove (self->link_results, child);
  hits = ethos_store_search_clauses (self->store,
                                     gtk_editable_get_text (GTK_EDITABLE (self->link_search)),
                                     NULL, 30, NULL);
  for (guint i = 0; hits != NULL && i < hits->len; i++)
    {
      EthosSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *markup = ethos_search_hit_format_snippet (hit, "<b>", "</b>", TRUE);
      g_autofree char *place = g_strdup_printf ("%s %s", hit->code_id, hit->ref);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title = gtk_label_new (place);
      GtkWidget *snippet = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "caption-heading");
      gtk_label_set_markup (GTK_LABEL (snippet), markup);
      gtk_label_set_xalign (GTK_LABEL (snippet), 0);
      gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (snippet), 40);
      gtk_label_set_lines (GTK_LABEL (snippet), 2);
      gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), snippet);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data_full (G_OBJECT (row), "link",
                              g_strdup_printf ("%s:%s", hit->code_id, hit->ref), g_free);
      gtk_list_box_append (self->link_results, row);
    }
}

static void
on_evidence_open_cb (GtkButton *button, EthosEntryEditor *self)
{
  g_autofree char *path = ethos_store_get_evidence_path (self->store,
                                                         g_object_get_data (G_OBJECT (button),
                                                                            "stored-as"));
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (GError) error = NULL;

  if (uri == NULL || !g_app_info_launch_default_for_uri (uri, NULL, &error))
    set_status (self, error != NULL ? error->message : _("The file cannot be opened"), TRUE);
}

static void
rebuild_evidence_rows (EthosEntryEditor *self)
{
  for (guint i = 0; i < self->evidence_rows->len; i++)
    adw_preferences_group_remove (self->evidence_group, g_ptr_array_index (self->evidence_rows, i));
  g_ptr_array_set_size (self->evidence_rows, 0);

  for (guint i = 0; self->entry != NULL && i < self->entry->evidence->len; i++)
    {
      const char *stored_as = g_ptr_array_index (self->entry->evidence, i);
      /* Stored as "<entry>-<time>-<name>": show the name the practitioner gave it. */
      const char *name = strchr (stored_as, '-') != NULL && strchr (strchr (stored_as, '-') + 1, '-')
                           ? strchr (strchr (stored_as, '-') + 1, '-') + 1
                           : stored_as;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *open = gtk_button_new_from_icon_name ("document-open-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (open, "flat");
      gtk_widget_set_tooltip_text (open, _("Open"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Open this file"), -1);
      g_object_set_data_full (G_OBJECT (open), "stored-as", g_strdup (stored_as), g_free);
      g_signal_connect (open, "clicked", G_CALLBACK (on_evidence_open_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
      adw_preferences_group_add (self->evidence_group, row);
      g_ptr_array_add (self->evidence_rows, row);
    }
}

gboolean
ethos_entry_editor_attach_file (EthosEntryEditor *self, GFile *file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *stored = NULL;

  g_return_val_if_fail (ETHOS_IS_ENTRY_EDITOR (self), FALSE);

  /* Evidence belongs to a saved entry. */
  if (self->entry == NULL || (self->entry->id == 0 && !save_now (self)))
    return FALSE;
  stored = path != NULL ? ethos_store_add_evidence (self->store, self->entry->id, path, &error)
                        : NULL;
  if (stored == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Not attached: %s"),
                                                  error != NULL ? error->message
                                                                : _("not a local file"));
      set_status (self, message, TRUE);
      return FALSE;
    }
  g_ptr_array_add (self->entry->evidence, g_steal_pointer (&stored));
  rebuild_evidence_rows (self);
  set_status (self, _("Saved"), FALSE);
  return TRUE;
}

static void
on_chooser_response_cb (GtkNativeDialog *dialog, int response, EthosEntryEditor *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        ethos_entry_editor_attach_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
editor_attach (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosEntryEditor *self = ETHOS_ENTRY_EDITOR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Attach Evidence"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
editor_delete (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosEntryEditor *self = ETHOS_ENTRY_EDITOR (widget);

  if (self->entry != NULL)
    g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

/* The supervisor row offers the supervisors already in the diary. */
static void
rebuild_supervisor_menu (EthosEntryEditor *self)
{
  g_auto (GStrv) names = ethos_store_list_supervisors (self->store);
  g_autoptr (GMenu) menu = g_menu_new ();

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new (names[i], NULL);

      g_menu_item_set_action_and_target_value (item, "editor.supervisor",
                                               g_variant_new_string (names[i]));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->supervisor_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->supervisor_button), names != NULL && names[0] != NULL);
}

static void
editor_supervisor (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosEntryEditor *self = ETHOS_ENTRY_EDITOR (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->supervisor_row), g_variant_get_string (parameter, NULL));
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

  if (self->save_source != 0)
    save_now (self);
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
  adw_combo_row_set_selected (self->format_row, index_of (ethos_supervision_formats, entry->format));
  gtk_editable_set_text (GTK_EDITABLE (self->group_size_row), group);
  adw_combo_row_set_selected (self->mode_row, index_of (ethos_supervision_modes, entry->mode));
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
  rebuild_supervisor_menu (self);
  rebuild_link_rows (self);
  rebuild_evidence_rows (self);
  self->loading = FALSE;

  update_privacy (self);
  set_status (self, entry->id == 0 ? _("New: saved once it is complete") : "", FALSE);
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

  return self->save_source == 0 || save_now (self);
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
    save_now (self);
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

  gtk_widget_class_install_action (widget_class, "editor.attach", NULL, editor_attach);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, editor_delete);
  gtk_widget_class_install_action (widget_class, "editor.supervisor", "s", editor_supervisor);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ethos_entry_editor_init (EthosEntryEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

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
      g_signal_connect_swapped (entries[i], "changed", G_CALLBACK (on_changed_cb), self);
  }
  g_signal_connect_swapped (self->format_row, "notify::selected", G_CALLBACK (on_format_changed_cb),
                            self);
  g_signal_connect_swapped (self->mode_row, "notify::selected", G_CALLBACK (on_changed_cb), self);
  g_signal_connect_swapped (self->cpd_kind_row, "notify::selected", G_CALLBACK (on_changed_cb), self);
  for (guint i = 0; text_views (self, i) != NULL; i++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_views (self, i));

      gtk_text_buffer_create_tag (buffer, "privacy", "underline", PANGO_UNDERLINE_ERROR, NULL);
      g_signal_connect_swapped (buffer, "changed", G_CALLBACK (on_text_changed_cb), self);
    }
  g_signal_connect_swapped (self->link_search, "search-changed",
                            G_CALLBACK (on_link_search_changed_cb), self);
  g_signal_connect (self->link_results, "row-activated", G_CALLBACK (on_link_result_activated_cb),
                    self);
}

GtkWidget *
ethos_entry_editor_new (EthosStore *store)
{
  return g_object_new (ETHOS_TYPE_ENTRY_EDITOR, "store", store, NULL);
}
