/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-passphrase-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-passphrase-entry.h"

/* A field for a passphrase: its characters hidden, with an icon that shows them while wanted.
 * A GtkEntry rather than GTK 4.8's GtkPasswordEntry: that one leaves a handler behind when its
 * dialog is destroyed from a response (a crash seen in test-encrypted-window, a second passphrase
 * typed after a wrong one), and the dialogs that ask for passphrases are destroyed that way. */

static void
show_hidden (GtkEntry *entry, gboolean visible)
{
  gtk_entry_set_visibility (entry, visible);
  gtk_entry_set_icon_from_icon_name (entry, GTK_ENTRY_ICON_SECONDARY,
                                     visible ? "view-conceal-symbolic" : "view-reveal-symbolic");
  gtk_entry_set_icon_tooltip_text (entry, GTK_ENTRY_ICON_SECONDARY,
                                   visible ? _("Hide Passphrase") : _("Show Passphrase"));
}

static void
on_icon_press_cb (GtkEntry *entry, GtkEntryIconPosition position)
{
  if (position == GTK_ENTRY_ICON_SECONDARY)
    show_hidden (entry, !gtk_entry_get_visibility (entry));
}

/* A passphrase field named @name (read by screen readers, shown while it is empty). */
GtkWidget *
ethos_passphrase_entry_new (const char *name)
{
  GtkEntry *entry = GTK_ENTRY (gtk_entry_new ());

  gtk_entry_set_input_purpose (entry, GTK_INPUT_PURPOSE_PASSWORD);
  gtk_entry_set_input_hints (entry, GTK_INPUT_HINT_NO_SPELLCHECK | GTK_INPUT_HINT_PRIVATE);
  gtk_entry_set_placeholder_text (entry, name);
  gtk_entry_set_icon_activatable (entry, GTK_ENTRY_ICON_SECONDARY, TRUE);
  show_hidden (entry, FALSE);
  g_signal_connect (entry, "icon-press", G_CALLBACK (on_icon_press_cb), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return GTK_WIDGET (entry);
}
