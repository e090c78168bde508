/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "diary-test-util"

#include "config.h"

#include "diary-test-util.h"

/* A window on @store at full width, showing the Diary. */
EthosWindow *
diary_open_window (EthosStore *store)
{
  EthosWindow *window = ui_open_window (NULL, store, 1100, 720);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  return window;
}

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
