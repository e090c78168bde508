/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "diary-test-util"

#include "config.h"

#include "diary-test-util.h"

EthosEntryEditor *
diary_editor (EthosWindow *window)
{
  return ethos_diary_page_get_editor (ethos_window_get_diary_page (window));
}

/* Whether @window's editor has a new entry of @kind open, not yet saved. */
gboolean
diary_editing_new (EthosWindow *window, EthosEntryKind kind)
{
  EthosEntry *entry = ethos_entry_editor_get_entry (diary_editor (window));

  return entry != NULL && entry->id == 0 && entry->kind == kind;
}
