/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-entry-editor-private.h"
#include "ethos-entry-store.h"
#include "ethos-announcer.h"
#include "ethos-style.h"

/* The editor's saving: a moment after the practitioner stops typing, said quietly; an entry not
 * complete yet is said in place and kept as a draft (ethos-entry-editor-draft.c), and a write
 * that fails is kept and tried again. */

/* How long after a failed write it is tried again. */
#define RETRY_DELAY_S 3
#define SAVE_DELAY_MS 500

void
ethos_entry_editor_set_status (EthosEntryEditor *self, const char *text, gboolean error)
{
  ethos_style_set_status (self->status_label, text, error);
  /* Said as well as shown: "Saving…", "Saved", what is missing. */
  if (g_strcmp0 (text, self->status_said) == 0)
    return;
  g_free (self->status_said);
  self->status_said = g_strdup (text);
  if (text != NULL && text[0] != '\0')
    ethos_announce (GTK_WIDGET (self), text);
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

  entry = ethos_entry_editor_read_form (self, &error);
  if (entry == NULL)
    {
      g_autoptr (GError) failure = NULL;

      /* Not an entry yet: what was typed is kept as a draft, as it is. */
      if (ethos_entry_editor_keep_draft (self, error->message, &failure))
        {
          if (self->draft_id == 0)
            {
              g_autofree char *message = g_strdup_printf (_("Not saved yet. %s"), error->message);

              ethos_entry_editor_set_status (self, message, TRUE);
            }
          self->write_failed = FALSE;
          return FALSE;
        }
      g_clear_error (&error);
      error = g_steal_pointer (&failure);
      saved = FALSE;
    }
  else
    saved = ethos_store_save_drafted_entry (self->store, entry, self->draft_id, &error);
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
  self->draft_id = 0;
  g_set_object (&self->entry, entry);
  ethos_entry_editor_set_status (self, _("Saved"), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.attach", TRUE);
  g_signal_emit (self, ethos_entry_editor_signals[ETHOS_ENTRY_EDITOR_SAVED], 0, entry->id);
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

static gboolean
say_saving (gpointer data)
{
  EthosEntryEditor *self = data;

  self->saving_source = 0;
  if (self->save_source != 0)
    ethos_entry_editor_set_status (self, _("Saving…"), FALSE);
  return G_SOURCE_REMOVE;
}

/* Something typed: saved a moment after the typing stops. "Saving…" is said once what was typed
 * is drawn (an idle of low priority, after the text's own layout and the frame), so that the
 * status line never takes the frame the character should be in (issue 21). */
void
ethos_entry_editor_on_changed_cb (EthosEntryEditor *self)
{
  if (self->loading || self->entry == NULL)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, on_save_timeout, self);
  if (self->saving_source == 0)
    self->saving_source = g_idle_add_full (G_PRIORITY_LOW, say_saving, self, NULL);
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
