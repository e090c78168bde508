/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui-test-util.h"

#include "ethos-overview-page.h"

G_BEGIN_DECLS

/* The Overview page in a window of its own, as its tests show it: read on @TODAY unless a case
 * says otherwise. */

#define TODAY "2026-11-23"

void               set_up_window (void);
void               present_window (void);
void               set_up_empty_window (void);
void               overview_forget_window (void);
GtkWidget         *overview_window (void);
EthosOverviewPage *overview_page (void);
void               show_page (EthosStore *target);
void               refresh (const char *today);
void               set_width (int width);

void               set_bodies (EthosStore *target, const char *const *body_ids);
void               add_supervision_to (EthosStore *target, const char *date, int minutes);

GtkWidget         *find_label (const char *text);
guint              n_labels (const char *text);
guint              n_icons (const char *icon_name);
GtkWidget         *headline (void);

G_END_DECLS
