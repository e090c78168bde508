/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-editor"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-code-store.h"
#include "ethos-entry-editor-private.h"
#include "ethos-entry-store.h"

/* The editor's clause links (with a search of the codes to pick from), its evidence files and
 * the supervisor picker. */

/* Clause links and evidence ------------------------------------------------------------------- */

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
  ethos_entry_editor_rebuild_link_rows (self);
  ethos_entry_editor_on_changed_cb (self);
}

/* What a linked clause's row says under its title: the clause's heading; or that the clause
 * has gone from the code (an update removed it), or could not be read. */
static char *
describe_link (EthosEntryEditor *self, const char *code_id, const char *ref)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosClause) clause = ethos_store_get_clause (self->store, code_id, ref, &error);

  if (clause != NULL)
    return g_strdup (ethos_clause_get_heading (clause));
  if (g_error_matches (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND))
    return g_strdup (_("No longer in this code"));
  return g_strdup_printf (_("Could not read this clause: %s"), error->message);
}

void
ethos_entry_editor_rebuild_link_rows (EthosEntryEditor *self)
{
  for (guint i = 0; i < self->clause_rows->len; i++)
    adw_preferences_group_remove (self->clauses_group, g_ptr_array_index (self->clause_rows, i));
  g_ptr_array_set_size (self->clause_rows, 0);

  for (guint i = 0; self->entry != NULL && i < self->entry->clauses->len; i++)
    {
      const char *link = g_ptr_array_index (self->entry->clauses, i);
      g_auto (GStrv) parts = g_strsplit (link, ":", 2);
      g_autofree char *subtitle = describe_link (self, parts[0], parts[1] != NULL ? parts[1] : "");
      g_autofree char *cited = ethos_store_cite_link (self->store, link, NULL);
      /* A clause that cannot be read is said so below it; its title stays the link as kept. */
      const char *title = cited != NULL ? cited : link;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
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

void
ethos_entry_editor_on_link_result_activated_cb (GtkListBox *box, GtkListBoxRow *row, EthosEntryEditor *self)
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
  ethos_entry_editor_rebuild_link_rows (self);
  gtk_popover_popdown (self->link_popover);
  ethos_entry_editor_on_changed_cb (self);
}

/* A search of the codes that fails says so where its results would be. */
static void
show_link_search_error (EthosEntryEditor *self, const GError *error)
{
  g_autofree char *message = g_strdup_printf (_("Could not search the codes: %s"), error->message);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (message);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "error");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (self->link_results, row);
}

void
ethos_entry_editor_on_link_search_changed_cb (EthosEntryEditor *self)
{
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->link_results))) != NULL)
    gtk_list_box_remove (self->link_results, child);
  hits = ethos_store_search_clauses (self->store,
                                     gtk_editable_get_text (GTK_EDITABLE (self->link_search)),
                                     NULL, 30, &error);
  if (hits == NULL)
    {
      show_link_search_error (self, error);
      return;
    }
  for (guint i = 0; i < hits->len; i++)
    {
      EthosSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *markup = ethos_search_hit_format_snippet (hit, "<b>", "</b>", TRUE);
      g_autofree char *cited = ethos_store_cite (self->store, hit->code_id, hit->ref, NULL);
      const char *place = cited != NULL ? cited : hit->ref;
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

/* Evidence is kept inside the database: it is opened from a copy written for the purpose, in a
 * folder of this user's own that is emptied at logout (the runtime folder). */
static void
on_evidence_open_cb (GtkButton *button, EthosEntryEditor *self)
{
  g_autofree char *template = g_build_filename (g_get_user_runtime_dir (), "ethos-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autoptr (GError) error = NULL;

  if (g_mkdtemp_full (template, 0700) == NULL)
    g_set_error (&error, G_FILE_ERROR, g_file_error_from_errno (errno),
                 _("Could not make a folder to open the file from: %s"), g_strerror (errno));
  else
    path = ethos_store_save_evidence (self->store,
                                      g_object_get_data (G_OBJECT (button), "stored-as"),
                                      template, &error);
  if (path != NULL)
    uri = g_filename_to_uri (path, NULL, NULL);
  if (uri == NULL || !g_app_info_launch_default_for_uri (uri, NULL, error == NULL ? &error : NULL))
    ethos_entry_editor_set_status (self, error != NULL ? error->message : _("The file cannot be opened"), TRUE);
}

void
ethos_entry_editor_rebuild_evidence_rows (EthosEntryEditor *self)
{
  for (guint i = 0; i < self->evidence_rows->len; i++)
    adw_preferences_group_remove (self->evidence_group, g_ptr_array_index (self->evidence_rows, i));
  g_ptr_array_set_size (self->evidence_rows, 0);

  for (guint i = 0; self->entry != NULL && i < self->entry->evidence->len; i++)
    {
      const char *stored_as = g_ptr_array_index (self->entry->evidence, i);
      const char *name = ethos_entry_evidence_name (stored_as);
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
  if (self->entry == NULL || (self->entry->id == 0 && !ethos_entry_editor_save_now (self)))
    return FALSE;
  stored = path != NULL ? ethos_store_add_evidence (self->store, self->entry->id, path, &error)
                        : NULL;
  if (stored == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Not attached: %s"),
                                                  error != NULL ? error->message
                                                                : _("not a local file"));
      ethos_entry_editor_set_status (self, message, TRUE);
      return FALSE;
    }
  g_ptr_array_add (self->entry->evidence, g_steal_pointer (&stored));
  ethos_entry_editor_rebuild_evidence_rows (self);
  ethos_entry_editor_set_status (self, _("Saved"), FALSE);
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

void
ethos_entry_editor_editor_attach (GtkWidget *widget, const char *action_name, GVariant *parameter)
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

/* The supervisor row offers the supervisors already in the diary. */
void
ethos_entry_editor_rebuild_supervisor_menu (EthosEntryEditor *self)
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

void
ethos_entry_editor_editor_supervisor (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosEntryEditor *self = ETHOS_ENTRY_EDITOR (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->supervisor_row), g_variant_get_string (parameter, NULL));
}
