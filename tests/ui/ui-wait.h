/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Waiting for what a test expects, not for a time. The main loop runs until the condition
 * holds, for at most UI_WAIT_DEADLINE_S seconds (times ETHOS_TEST_SLOW, as under a
 * sanitizer); past that the test fails there, naming what it waited for. A condition that
 * holds already costs nothing, so a wait is put wherever the code under test may finish
 * later than the call that started it. */

#define UI_WAIT_DEADLINE_S 10

typedef gboolean (*UiCondition) (gpointer data);

/* One wait in progress (what ui_await() keeps on the stack). */
typedef struct
{
  gint64 deadline;
  guint  wake_source;
} UiWait;

#define UI_WAIT_INIT { 0, 0 }

gboolean ui_wait_step (UiWait     *wait,
                       const char *file,
                       int         line,
                       const char *func,
                       const char *what);
void     ui_wait_end (UiWait *wait);
void     ui_wait_until_at (const char *file,
                           int         line,
                           const char *func,
                           UiCondition condition,
                           gpointer    data,
                           const char *what);

/* Until @condition (@data) is true; @what says what was awaited, for the failure. */
#define ui_wait_until(condition, data, what) \
  ui_wait_until_at (__FILE__, __LINE__, G_STRFUNC, (condition), (data), (what))

/* Until @expression is true (looked at again after each turn of the main loop); the failure
 * quotes it. */
#define ui_await(expression)                                                      \
  G_STMT_START                                                                    \
  {                                                                               \
    UiWait ui_wait_ = UI_WAIT_INIT;                                               \
    while (!(expression)                                                          \
           && ui_wait_step (&ui_wait_, __FILE__, __LINE__, G_STRFUNC, #expression)) \
      ;                                                                           \
    ui_wait_end (&ui_wait_);                                                      \
  }                                                                               \
  G_STMT_END

/* Until the main loop has had nothing to run for a few turns of a frame: what was queued
 * (layout, drawing, idle callbacks, animations) has happened. The sign, before asserting
 * that something did not happen, that the code had its chance to do it. */
void ui_wait_idle (void);

/* What the main loop has ready now (events, idle callbacks) run, and what that made ready, but
 * no timer or animation waited for: quicker than ui_wait_idle(), for a key press handled. */
void ui_drain (void);

/* A fixed time, for a wait that is about time itself. Each use says why. */
void ui_wait_ms (guint ms);

/* The common conditions. Each returns once it holds, or fails the test naming it. */
GtkWidget *ui_await_widget (GtkWidget  *root,
                            GType       type,
                            gboolean  (*match) (GtkWidget *widget, gpointer data),
                            gpointer    data,
                            const char *what);
GtkWidget *ui_await_label (GtkWidget *root, const char *needle);
void       ui_await_no_label (GtkWidget *root, const char *needle);
void       ui_await_mapped (GtkWidget *widget);
void       ui_await_focus_in (GtkWidget *widget);
GtkWindow *ui_await_toplevel (GType type);
void       ui_await_no_toplevel (GType type);
void       ui_resize (GtkWindow *window, int width, int height);
void       ui_search (GtkWidget *search_entry, const char *text);

G_END_DECLS
