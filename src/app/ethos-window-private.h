/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The main window's insides, shared by ethos-window.c, ethos-window-actions.c,
 * ethos-window-dialogs.c, ethos-window-export.c and ethos-window-import.c. */

#include "ethos-overview-page.h"
#include "ethos-window.h"

G_BEGIN_DECLS

struct _EthosWindow
{
  AdwApplicationWindow parent_instance;

  AdwViewStack        *stack;
  AdwToastOverlay     *toast_overlay;
  gboolean             closing_anyway;
  EthosCodesPage      *codes_page;
  EthosDiaryPage      *diary_page;
  EthosOverviewPage   *overview_page;
  EthosRemindersPage  *reminders_page;
  /* Each page is made the first time it is shown or needed, in its place in the stack: start-up
   * makes only the page on show. A page not made yet is NULL above. */
  AdwBin              *overview_slot;
  AdwBin              *codes_slot;
  AdwBin              *diary_slot;
  AdwBin              *reminders_slot;
  GtkWidget           *new_button;
  GtkMenuButton       *primary_menu_button;
  GMenuModel          *new_menu;      /* the two menus, made into popovers when first opened */
  GMenuModel          *primary_menu;
  double               pointer_x;     /* where the last motion the pages saw was, or -1 */
  double               pointer_y;

  EthosStore          *store;
  GSettings           *settings;
  GtkFileChooserNative *export_chooser;
  GtkWidget           *export_dialog; /* a weak pointer: the export dialog while it is open */
  GFile               *export_file;   /* for tests: where exports go, without asking */
  GtkWidget           *diary_focus;   /* a weak pointer: where the focus was in the Diary */
  int                  diary_caret;   /* its cursor when it lost the focus, or -1 */
  const char          *focus_page;    /* the page to focus once laid out (interned) */
  guint                focus_source;
};

/* ethos-window.c */
GtkWidget *ethos_window_page (EthosWindow *self, const char *name);

/* ethos-window-actions.c */
void       ethos_window_actions_class_init (GtkWidgetClass *widget_class);

/* ethos-window-focus.c */
void       ethos_window_show_page_focused (EthosWindow *self, const char *name);
void       ethos_window_focus_init (EthosWindow *self);
void       ethos_window_focus_dispose (EthosWindow *self);

/* ethos-window-dialogs.c */
void       ethos_window_open_preferences (EthosWindow *self, const char *page);
GtkWidget *ethos_window_present_welcome (EthosWindow *self);
void       ethos_window_confirm_close_unsaved (EthosWindow *self);
GtkWidget *ethos_window_open_plan (EthosWindow *self);
GtkWidget *ethos_window_open_client_hours (EthosWindow *self);

/* ethos-window-export.c */
void       ethos_window_start_export (EthosWindow *self, gboolean pdf);

/* ethos-window-import.c */
void       ethos_window_start_import (EthosWindow *self);
void       ethos_window_start_export_all (EthosWindow *self);

G_END_DECLS
