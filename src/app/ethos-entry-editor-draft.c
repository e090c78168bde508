/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-draft-store.h"
#include "ethos-entry-editor-private.h"
#include "ethos-entry-store.h"

/* The editor's drafts: every field as it was typed, kept while the entry cannot be saved yet (a
 * title still missing, "1:75" in Hours), and put back into the form when the draft is opened
 * again, after a crash as after a change of mind. */

static void
take_row (EthosDraft *draft, const char *field, gpointer row)
{
  ethos_draft_set (draft, field, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
take_view (EthosDraft *draft, const char *field, GtkTextView *view)
{
  g_autofree char *text = ethos_entry_editor_buffer_text (view);

  ethos_draft_set (draft, field, text);
}

/* The form as it was typed, as a draft of the entry shown (the one the editor keeps, if any). */
EthosDraft *
ethos_entry_editor_read_draft (EthosEntryEditor *self)
{
  EthosDraft *draft = ethos_draft_new (self->entry->kind, self->entry->id);

  draft->id = self->draft_id;
  take_row (draft, "date", self->date_row);
  take_view (draft, "reflection", self->reflection_view);
  if (self->entry->kind == ETHOS_ENTRY_SUPERVISION)
    {
      take_row (draft, "minutes", self->minutes_row);
      take_row (draft, "supervisor", self->supervisor_row);
      ethos_draft_set (draft, "format", ethos_supervision_format_to_string (
                                          adw_combo_row_get_selected (self->format_row)));
      take_row (draft, "group-size", self->group_size_row);
      ethos_draft_set (draft, "mode", ethos_supervision_mode_to_string (
                                        adw_combo_row_get_selected (self->mode_row)));
      take_row (draft, "client-hours", self->client_hours_row);
      take_view (draft, "notes", self->notes_view);
      take_view (draft, "actions", self->actions_view);
    }
  else
    {
      take_row (draft, "end-date", self->end_date_row);
      take_row (draft, "hours", self->hours_row);
      take_row (draft, "title", self->title_row);
      take_row (draft, "provider", self->provider_row);
      ethos_draft_set (draft, "cpd-kind",
                       ethos_cpd_kinds[adw_combo_row_get_selected (self->cpd_kind_row)]);
      ethos_draft_set (draft, "cbt-skills",
                       gtk_switch_get_active (self->cbt_skills_switch) ? "yes" : "");
      {
        gint64 plan = ethos_entry_editor_get_plan_choice (self);
        g_autofree char *id = plan > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, plan) : NULL;

        ethos_draft_set (draft, "plan", id != NULL ? id : "");
      }
      take_view (draft, "outcomes", self->outcomes_view);
      take_view (draft, "impact", self->impact_view);
    }
  return draft;
}

/* Puts @field of @draft in @row; a field the draft does not have leaves the row as it is. */
static void
give_row (EthosDraft *draft, const char *field, gpointer row)
{
  if (g_hash_table_contains (draft->fields, field))
    gtk_editable_set_text (GTK_EDITABLE (row), ethos_draft_get (draft, field));
}

static void
give_view (EthosDraft *draft, const char *field, GtkTextView *view)
{
  if (g_hash_table_contains (draft->fields, field))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), ethos_draft_get (draft, field), -1);
}

/* Fills the form (already showing the entry the draft changes, or a new one) from @draft. */
static void
fill_draft (EthosEntryEditor *self, EthosDraft *draft)
{
  EthosSupervisionFormat format;
  EthosSupervisionMode mode;

  give_row (draft, "date", self->date_row);
  give_view (draft, "reflection", self->reflection_view);
  give_row (draft, "minutes", self->minutes_row);
  give_row (draft, "supervisor", self->supervisor_row);
  if (ethos_supervision_format_from_string (ethos_draft_get (draft, "format"), &format, NULL))
    adw_combo_row_set_selected (self->format_row, format);
  give_row (draft, "group-size", self->group_size_row);
  if (ethos_supervision_mode_from_string (ethos_draft_get (draft, "mode"), &mode, NULL))
    adw_combo_row_set_selected (self->mode_row, mode);
  give_row (draft, "client-hours", self->client_hours_row);
  give_view (draft, "notes", self->notes_view);
  give_view (draft, "actions", self->actions_view);
  give_row (draft, "end-date", self->end_date_row);
  give_row (draft, "hours", self->hours_row);
  give_row (draft, "title", self->title_row);
  give_row (draft, "provider", self->provider_row);
  for (guint i = 0; ethos_cpd_kinds[i] != NULL; i++)
    if (g_strcmp0 (ethos_cpd_kinds[i], ethos_draft_get (draft, "cpd-kind")) == 0)
      adw_combo_row_set_selected (self->cpd_kind_row, i);
  if (g_hash_table_contains (draft->fields, "cbt-skills"))
    gtk_switch_set_active (self->cbt_skills_switch, ethos_draft_get (draft, "cbt-skills")[0] != '\0');
  give_view (draft, "outcomes", self->outcomes_view);
  give_view (draft, "impact", self->impact_view);
  if (g_hash_table_contains (draft->fields, "plan"))
    ethos_entry_editor_choose_plan (self, g_ascii_strtoll (ethos_draft_get (draft, "plan"),
                                                           NULL, 10));
}

static void
say_draft (EthosEntryEditor *self, const char *problem)
{
  g_autofree char *message = g_strdup_printf (_("Kept as a draft. %s"), problem);

  ethos_entry_editor_set_status (self, message, TRUE);
}

/* After the entry shown was put in the form: the draft of changes to it, if there is one, goes
 * over it. */
void
ethos_entry_editor_load_draft (EthosEntryEditor *self)
{
  g_autoptr (EthosDraft) draft = NULL;
  g_autoptr (GError) error = NULL;

  self->draft_id = 0;
  if (self->entry == NULL || self->entry->id == 0)
    return;
  draft = ethos_store_get_draft_for_entry (self->store, self->entry->id, &error);
  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the draft of this entry: %s"),
                                                  error->message);

      ethos_entry_editor_set_status (self, message, TRUE);
      return;
    }
  if (draft == NULL)
    return;
  fill_draft (self, draft);
  self->draft_id = draft->id;
  say_draft (self, draft->problem);
}

/* Keeps the form as a draft, saying why it is not an entry yet (@problem). Returns FALSE when it
 * could not be written. */
gboolean
ethos_entry_editor_keep_draft (EthosEntryEditor *self, const char *problem, GError **error)
{
  g_autoptr (EthosDraft) draft = ethos_entry_editor_read_draft (self);

  /* A new entry with nothing typed in it is not worth a draft. */
  if (self->draft_id == 0 && self->entry->id == 0 && ethos_draft_is_empty (draft))
    return TRUE;
  draft->problem = g_strdup (problem);
  if (!ethos_store_keep_draft (self->store, draft, error))
    return FALSE;
  self->draft_id = draft->id;
  say_draft (self, problem);
  return TRUE;
}

/* Opens @draft: the entry it changes with its changes over it, or a new entry as typed. */
gboolean
ethos_entry_editor_open_draft (EthosEntryEditor *self, EthosDraft *draft, GError **error)
{
  g_autoptr (EthosEntry) entry = NULL;

  g_return_val_if_fail (ETHOS_IS_ENTRY_EDITOR (self), FALSE);
  g_return_val_if_fail (ETHOS_IS_DRAFT (draft), FALSE);

  entry = draft->entry_id != 0 ? ethos_store_get_entry (self->store, draft->entry_id, error)
                               : ethos_entry_new (draft->kind);
  if (entry == NULL)
    return FALSE;
  /* Changes to an entry come with it; a new one's draft is put in here. */
  ethos_entry_editor_set_entry (self, entry);
  if (draft->entry_id == 0)
    {
      self->loading = TRUE;
      fill_draft (self, draft);
      self->loading = FALSE;
      self->draft_id = draft->id;
      ethos_entry_editor_update_privacy (self);
      say_draft (self, draft->problem);
    }
  return TRUE;
}

/* The draft the editor keeps of what it shows; 0 when what it shows is saved. */
gint64
ethos_entry_editor_get_draft_id (EthosEntryEditor *self)
{
  g_return_val_if_fail (ETHOS_IS_ENTRY_EDITOR (self), 0);

  return self->draft_id;
}
