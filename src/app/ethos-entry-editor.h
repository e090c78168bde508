/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-draft.h"
#include "ethos-entry.h"
#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_ENTRY_EDITOR (ethos_entry_editor_get_type ())

G_DECLARE_FINAL_TYPE (EthosEntryEditor, ethos_entry_editor, ETHOS, ENTRY_EDITOR, GtkWidget)

GtkWidget  *ethos_entry_editor_new (EthosStore *store);
void        ethos_entry_editor_set_entry (EthosEntryEditor *self, EthosEntry *entry);
EthosEntry *ethos_entry_editor_get_entry (EthosEntryEditor *self);
gboolean    ethos_entry_editor_flush (EthosEntryEditor *self);
gboolean    ethos_entry_editor_has_unsaved (EthosEntryEditor *self);
gboolean    ethos_entry_editor_attach_file (EthosEntryEditor *self, GFile *file);
void        ethos_entry_editor_focus_first (EthosEntryEditor *self);
gboolean    ethos_entry_editor_open_draft (EthosEntryEditor  *self,
                                           EthosDraft        *draft,
                                           GError           **error);
gint64      ethos_entry_editor_get_draft_id (EthosEntryEditor *self);
EthosDraft *ethos_entry_editor_read_draft (EthosEntryEditor *self);

G_END_DECLS
