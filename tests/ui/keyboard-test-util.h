/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui-test-util.h"

#include "ethos-application.h"
#include "ethos-store.h"
#include "ethos-window.h"

G_BEGIN_DECLS

/* The program's application, and each case's store and window (keyboard_set_up). */
extern EthosApplication *application;
extern EthosStore *store;
extern EthosWindow *window;

char       *keyboard_test_init (int *argc, char ***argv, const char *tmp_template);
void        keyboard_set_up (void);
void        keyboard_tear_down (void);

void        x_focus (GtkWindow *target);
void        press (const char *accelerator);
void        type (const char *text);

GtkWidget  *focus_of (GtkWindow *in);
gboolean    focus_in (GtkWindow *in, GtkWidget *widget);
void        assert_focus_in (GtkWindow *in, GtkWidget *widget);
gboolean    has_id (GtkWidget *widget, gpointer id);
GtkWidget  *by_id (GtkWidget *root, GType type, const char *id);
GtkWidget  *row (GtkWidget *root, const char *title);
gboolean    button_labelled (GtkWidget *widget, gpointer label);
GPtrArray  *tab_cycle (const char *key, guint limit);
guint       landed_at (GPtrArray *visited, GtkWidget *widget, const char *what);
void        await_closed (GType type);
gboolean    clause_open (EthosCodesPage *codes, const char *ref);
const char *page (void);

G_END_DECLS
