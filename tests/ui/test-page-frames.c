/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-page-frames"

#include "config.h"

#include "ui-test-util.h"
#include <X11/keysym.h>
#include <X11/extensions/XTest.h>
#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "ethos-application.h"
#include "ethos-store.h"
#include "ethos-window.h"

/* A page shown under a resting pointer is drawn, and then nothing repaints: the window paints no
 * frame in the second after the view switcher's own transition (and a hover's) is over (issue 21: the scroll
 * bars were shown and faded for a second after each switch, though the pointer never moved). The
 * pointer is put over the middle of the window with the X server's XTest extension, as a
 * person's hand rests on the mouse. This test counts frames in a span of time, which is what it
 * is about: it waits for times, not for conditions. */

static EthosApplication *application;
static EthosStore *store;
static EthosWindow *window;
static Display *xdisplay;
static guint frames;

static void
on_after_paint_cb (GdkFrameClock *clock, gpointer data)
{
  frames++;
}

static void
on_time_up_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
}

/* Runs the main loop for @ms milliseconds. */
static void
run_for (guint ms)
{
  gboolean up = FALSE;

  g_timeout_add_once (ms, on_time_up_cb, &up);
  while (!up)
    g_main_context_iteration (NULL, TRUE);
}

static void
rest_pointer_over_window (void)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  Window xid = gdk_x11_surface_get_xid (surface), child;
  int x, y;

  XRaiseWindow (xdisplay, xid);
  XSetInputFocus (xdisplay, xid, RevertToParent, CurrentTime);
  XTranslateCoordinates (xdisplay, xid, DefaultRootWindow (xdisplay),
                         gtk_widget_get_width (GTK_WIDGET (window)) / 2,
                         gtk_widget_get_height (GTK_WIDGET (window)) / 2, &x, &y, &child);
  XTestFakeMotionEvent (xdisplay, -1, x, y, CurrentTime);
  XSync (xdisplay, False);
  run_for (300);
}

/* Ctrl and @digit pressed and let go, as a person switches pages. */
static void
press_ctrl (KeySym digit)
{
  KeyCode control = XKeysymToKeycode (xdisplay, XK_Control_L);
  KeyCode key = XKeysymToKeycode (xdisplay, digit);

  XTestFakeKeyEvent (xdisplay, control, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, key, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, key, False, CurrentTime);
  XTestFakeKeyEvent (xdisplay, control, False, CurrentTime);
  XSync (xdisplay, False);
}

static void
test_switch_then_still (void)
{
  static const char *const pages[] = { "codes", "diary", "reminders", "overview" };
  static const KeySym keys[] = { XK_2, XK_3, XK_4, XK_1 };
  GdkFrameClock *clock;

  rest_pointer_over_window ();
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
  /* Every page made first, so that what is counted is showing one, not making it. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *action = g_strdup_printf ("win.page-%s", pages[i]);

      gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
      run_for (1500);
    }
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      press_ctrl (keys[i]);
      /* The switcher's buttons take 200 ms to change, and a row that comes under the pointer
       * fades its hover in as long: both are over well within a second, on a loaded machine
       * too. The scroll bars, when they were shown, were hidden after a second, and faded. */
      run_for (1000);
      frames = 0;
      run_for (1000);
      if (frames != 0)
        g_error ("the %s page repainted %u times after it was drawn", pages[i], frames);
    }
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, NULL);
}

static void
set_up (void)
{
  store = ui_open_store (NULL, 300, 11);
  window = ui_open_window (GTK_APPLICATION (application), store, 1100, 720);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = NULL;
  int event_base, error_base, major, minor;
  int status;

  config_parent = ui_test_init (&argc, &argv, "ethos-ui-page-frames-XXXXXX");
  xdisplay = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  g_assert_true (XTestQueryExtension (xdisplay, &event_base, &error_base, &major, &minor));
  application = ui_register_application ();

  ui_test_add ("/page-frames/switch-then-still", set_up, test_switch_then_still, tear_down);
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
