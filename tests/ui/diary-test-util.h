/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui-test-util.h"

#include "ethos-diary-page.h"
#include "ethos-entry.h"

G_BEGIN_DECLS

/* What the Diary's tests share: the editor in a window, and what it has open. */

EthosWindow      *diary_open_window (EthosStore *store);
EthosEntryEditor *diary_editor (EthosWindow *window);
gboolean          diary_editing_new (EthosWindow *window, EthosEntryKind kind);

G_END_DECLS
