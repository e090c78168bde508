/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-application.h"
#include "ethos-store.h"
#include "ethos-window.h"
#include "ui-test-case.h"
#include "ui-wait.h"

G_BEGIN_DECLS

/* What the widget tests share: finding what is on screen as a user sees it, and rendering a
 * window to a PNG for a person to look at. (Waiting is in ui-wait.h, each test case on its own
 * in ui-test-case.h.) */

typedef gboolean (*UiMatch) (GtkWidget *widget, gpointer data);

char      *ui_test_init (int *argc, char ***argv, const char *tmp_template);
void       ui_init (void);
GtkWidget *ui_find_widget (GtkWidget *root, GType type, UiMatch match, gpointer data);
gboolean   ui_label_contains (GtkWidget *widget, gpointer needle);
GtkWidget *ui_find_label_containing (GtkWidget *root, const char *needle);
char      *ui_screenshot_dir (void);
void       ui_render_png (GtkWidget *window, const char *name);
void       ui_render_dark_and_narrow (GtkWidget *window, const char *name);
GtkWindow *ui_find_toplevel (GType type);
EthosStore *ui_open_store (const char *data_dir, guint n_demo_entries, guint seed);
void       ui_store_exec (EthosStore *store, const char *sql);
int        ui_store_count (EthosStore *store, const char *sql);
void       ui_give_classes (EthosStore *store);
EthosApplication *ui_register_application (void);
void       ui_answer_dialog (const char *heading, const char *response);
char      *ui_run_cli (const char *dir, ...) G_GNUC_NULL_TERMINATED;

/* Accessibility: what a screen reader would announce (ui-test-util.c explains GTK 4.8's rules).
 * ui_assert_controls_named() fails the test on a control with no accessible name. */
char      *ui_accessible_name (GtkWidget *widget);
char      *ui_describe_widget (GtkWidget *widget);
GPtrArray *ui_unnamed_controls (GtkWidget *root, guint *n_checked);
void       ui_assert_controls_named (GtkWidget *root, const char *where);

G_END_DECLS
