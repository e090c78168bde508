/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"
#include "ethos-window.h"

G_BEGIN_DECLS

/* Each test case on its own: what it needs is made before it and taken down after it, so that
 * no case sees what an earlier one in the same program left behind (nor depends on running
 * after it). */

typedef void (*UiTestFunc) (void);

void         ui_test_add (const char *path,
                          UiTestFunc  set_up,
                          UiTestFunc  test,
                          UiTestFunc  tear_down);
void         ui_start_clean (void);
EthosWindow *ui_open_window (GtkApplication *application, EthosStore *store, int width, int height);
void         ui_close_windows (void);

G_END_DECLS
