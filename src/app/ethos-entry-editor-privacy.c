/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-entry-editor-private.h"
#include "ethos-privacy-scan.h"

/* The editor's privacy marks: what in the notes could identify a client is underlined, and said
 * calmly above them, without ever blocking a save. */

/* The @i-th of the editor's notes, or NULL past the last. */
GtkTextView *
ethos_entry_editor_note_view (EthosEntryEditor *self, guint i)
{
  GtkTextView *views[] = { self->notes_view, self->actions_view, self->outcomes_view,
                           self->reflection_view, self->impact_view };

  return i < G_N_ELEMENTS (views) ? views[i] : NULL;
}

static void
scan_view (EthosEntryEditor *self, GtkTextView *view, GArray *all)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *text = ethos_entry_editor_buffer_text (view);
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
void
ethos_entry_editor_update_privacy (EthosEntryEditor *self)
{
  g_autoptr (GArray) all = g_array_new (FALSE, FALSE, sizeof (EthosFinding));
  g_autofree char *described = NULL;

  /* The fields of the other kind are empty, so scanning every view costs nothing extra. */
  for (guint i = 0; ethos_entry_editor_note_view (self, i) != NULL; i++)
    scan_view (self, ethos_entry_editor_note_view (self, i), all);

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

static void
on_text_changed_cb (EthosEntryEditor *self)
{
  if (self->loading)
    return;
  ethos_entry_editor_update_privacy (self);
  ethos_entry_editor_on_changed_cb (self);
}

/* Marks and saves @view's text as it is typed. */
void
ethos_entry_editor_watch_note (EthosEntryEditor *self, GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  gtk_text_buffer_create_tag (buffer, "privacy", "underline", PANGO_UNDERLINE_ERROR, NULL);
  g_signal_connect_swapped (buffer, "changed", G_CALLBACK (on_text_changed_cb), self);
}
