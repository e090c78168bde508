/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-entry-editor-private.h"
#include "ethos-privacy-scan.h"

/* The editor's privacy marks: what in a note could identify a client is underlined, and said
 * calmly just under that note, in core's words, without ever blocking a save. */

/* The @i-th of the editor's notes, or NULL past the last. */
GtkTextView *
ethos_entry_editor_note_view (EthosEntryEditor *self, guint i)
{
  GtkTextView *views[] = { self->notes_view, self->actions_view, self->outcomes_view,
                           self->reflection_view, self->impact_view };

  return i < G_N_ELEMENTS (views) ? views[i] : NULL;
}

/* Marks in @view what could identify a client, and says what beside it. */
static void
scan_view (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *text = ethos_entry_editor_buffer_text (view);
  g_autoptr (GArray) findings = ethos_privacy_scan (text, -1);
  g_autofree char *warning = ethos_privacy_warning (findings);
  GtkRevealer *revealer = g_object_get_data (G_OBJECT (view), "privacy-revealer");
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
    }
  if (warning != NULL)
    gtk_label_set_label (g_object_get_data (G_OBJECT (view), "privacy-label"), warning);
  gtk_revealer_set_reveal_child (revealer, warning != NULL);
}

/* Marks what could identify a client in every note, and says what under each: below the text,
 * so that the text being typed never moves. */
void
ethos_entry_editor_update_privacy (EthosEntryEditor *self)
{
  /* The fields of the other kind are empty, so scanning every view costs nothing extra. */
  for (guint i = 0; ethos_entry_editor_note_view (self, i) != NULL; i++)
    scan_view (ethos_entry_editor_note_view (self, i));
}

static gboolean
scan_typed (gpointer data)
{
  EthosEntryEditor *self = data;

  self->privacy_source = 0;
  ethos_entry_editor_update_privacy (self);
  return G_SOURCE_REMOVE;
}

/* Typed in a note: scanned for what may identify a client once the character is drawn (an idle
 * of low priority, after the text's own layout and the frame: issue 21), once for a burst of
 * keys; saved a moment after the typing stops. */
static void
on_text_changed_cb (EthosEntryEditor *self)
{
  if (self->loading)
    return;
  if (self->privacy_source == 0)
    self->privacy_source = g_idle_add_full (G_PRIORITY_LOW, scan_typed, self, NULL);
  ethos_entry_editor_on_changed_cb (self);
}

/* The warning under @view (hidden until there is something to say), with a "why" beside it. */
static GtkWidget *
make_warning (GtkTextView *view)
{
  GtkWidget *revealer = gtk_revealer_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *why = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *explanation = gtk_label_new (ethos_privacy_why ());

  gtk_revealer_set_transition_type (GTK_REVEALER (revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_label_set_wrap (GTK_LABEL (explanation), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (explanation), 40);
  gtk_widget_set_margin_start (explanation, 6);
  gtk_widget_set_margin_end (explanation, 6);
  gtk_widget_set_margin_top (explanation, 6);
  gtk_widget_set_margin_bottom (explanation, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), explanation);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (why), _("Why?"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (why), popover);
  gtk_widget_set_valign (why, GTK_ALIGN_START);
  gtk_widget_add_css_class (why, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (why), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Why this may identify a client"), -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), why);
  gtk_revealer_set_child (GTK_REVEALER (revealer), box);
  g_object_set_data (G_OBJECT (view), "privacy-revealer", revealer);
  g_object_set_data (G_OBJECT (view), "privacy-label", label);
  return revealer;
}

/* Marks and saves @view's text as it is typed; its warning goes under the frame it sits in. */
void
ethos_entry_editor_watch_note (EthosEntryEditor *self, GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkWidget *frame = gtk_widget_get_parent (GTK_WIDGET (view));

  gtk_text_buffer_create_tag (buffer, "privacy", "underline", PANGO_UNDERLINE_ERROR, NULL);
  g_signal_connect_swapped (buffer, "changed", G_CALLBACK (on_text_changed_cb), self);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (frame)), make_warning (view), frame);
}
