/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui-test-util.h"

#include "ethos-diary-page.h"
#include "ethos-entry.h"

G_BEGIN_DECLS

/* What the Diary's tests share: the editor in a window and what it has open, and the list's
 * rows. */

EthosWindow      *diary_open_window (EthosStore *store);
EthosStore       *diary_open_case (guint n_entries, EthosWindow **window);
EthosEntryEditor *diary_editor (EthosWindow *window);
gboolean          diary_editing_new (EthosWindow *window, EthosEntryKind kind);
gint64            diary_open_id (EthosWindow *window);

/* The Diary's list as shown: its rows laid out, top to bottom. */
typedef struct
{
  EthosEntry *entry;
  GtkWidget  *item;    /* the list's row */
  GtkWidget  *heading; /* the month's heading in it */
  GtkWidget  *icon;
  GtkWidget  *snippet; /* a search result's words around what was found */
} DiaryRow;

GtkWidget        *diary_page_child (EthosWindow *window, const char *id);
GArray           *diary_rows_shown (EthosWindow *window);
guint             diary_n_rows_shown (EthosWindow *window);
DiaryRow          diary_row_at (EthosWindow *window, guint i);
gboolean          diary_find_row (EthosWindow *window, gint64 id, DiaryRow *found);
gint64            diary_selected_id (EthosWindow *window);

G_END_DECLS
