/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui-test-util.h"

G_BEGIN_DECLS

/* What the Reminders page's tests share (test-reminders-page.c, test-reminders-undo.c): each
 * case on new records, in a window of its own on the page. */

void reminders_set_up (EthosStore **store, EthosWindow **window);
void reminders_tear_down (EthosStore **store, EthosWindow **window);

G_END_DECLS
