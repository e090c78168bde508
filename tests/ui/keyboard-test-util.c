/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "keyboard-test"

#include "config.h"

#include <X11/XKBlib.h>
#include <X11/extensions/XTest.h>
#include <gdk/x11/gdkx.h>

#include "keyboard-test-util.h"

#include "ethos-date.h"
#include "ethos-reminder-store.h"

/* What the keyboard tests (test-keyboard-focus, test-keyboard-tasks) share: real key presses
 * through the X server's XTest extension, where the focus is, Tab round a window, and a window
 * on a demo diary for each case. */

EthosApplication *application;
EthosStore *store;
EthosWindow *window;
static Display *xdisplay;

/* Keys ----------------------------------------------------------------------------------------- */

/* The X server's focus on @target, as a window manager gives it to a window that opens. */
void
x_focus (GtkWindow *target)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (target));

  g_assert_nonnull (surface);
  XRaiseWindow (xdisplay, gdk_x11_surface_get_xid (surface));
  XSetInputFocus (xdisplay, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
  XFlush (xdisplay);
  ui_await (gtk_window_is_active (target));
}

static void
x_key (KeySym keysym, gboolean down)
{
  KeyCode code = XKeysymToKeycode (xdisplay, keysym);

  g_assert_cmpuint (code, !=, 0);
  XTestFakeKeyEvent (xdisplay, code, down, CurrentTime);
}

/* Presses @accelerator ("<Control>f", "Tab", "<Shift>Tab") as a person would, and returns once
 * the window has handled it: the X server has sent the key's events by the time it answers a
 * round trip (XSync), and the main loop then runs what they set going (ui_drain). */
void
press (const char *accelerator)
{
  guint keyval = 0;
  GdkModifierType mods = 0;
  KeyCode code;

  g_assert_true (gtk_accelerator_parse (accelerator, &keyval, &mods));
  code = XKeysymToKeycode (xdisplay, keyval);
  g_assert_cmpuint (code, !=, 0);
  /* "question" is a shifted key. */
  if (XkbKeycodeToKeysym (xdisplay, code, 0, 0) != keyval
      && XkbKeycodeToKeysym (xdisplay, code, 0, 1) == keyval)
    mods |= GDK_SHIFT_MASK;
  if (mods & GDK_CONTROL_MASK)
    x_key (XK_Control_L, TRUE);
  if (mods & GDK_SHIFT_MASK)
    x_key (XK_Shift_L, TRUE);
  if (mods & GDK_ALT_MASK)
    x_key (XK_Alt_L, TRUE);
  x_key (keyval, TRUE);
  x_key (keyval, FALSE);
  if (mods & GDK_ALT_MASK)
    x_key (XK_Alt_L, FALSE);
  if (mods & GDK_SHIFT_MASK)
    x_key (XK_Shift_L, FALSE);
  if (mods & GDK_CONTROL_MASK)
    x_key (XK_Control_L, FALSE);
  XSync (xdisplay, False);
  ui_drain ();
}

void
type (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      char key[2] = { *p, '\0' };

      press (*p == '-' ? "minus" : key);
    }
}

/* Focus ---------------------------------------------------------------------------------------- */

GtkWidget *
focus_of (GtkWindow *in)
{
  return gtk_root_get_focus (GTK_ROOT (in));
}

/* Whether the focus is on @widget or inside it (an entry's text). */
gboolean
focus_in (GtkWindow *in, GtkWidget *widget)
{
  GtkWidget *focus = focus_of (in);

  return widget != NULL && focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Fails, saying where the focus is, unless it is on or inside @widget. */
void
assert_focus_in (GtkWindow *in, GtkWidget *widget)
{
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;

  if (focus_in (in, widget))
    return;
  expected = ui_describe_widget (widget);
  actual = focus_of (in) != NULL ? ui_describe_widget (focus_of (in)) : g_strdup ("nothing");
  g_error ("the focus should be in %s\nbut is on %s", expected, actual);
}

gboolean
has_id (GtkWidget *widget, gpointer id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

GtkWidget *
by_id (GtkWidget *root, GType type, const char *id)
{
  GtkWidget *found = ui_find_widget (root, type, has_id, (gpointer) id);

  if (found == NULL)
    g_error ("no %s #%s on screen", g_type_name (type), id);
  return found;
}

static gboolean
row_titled (GtkWidget *widget, gpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

GtkWidget *
row (GtkWidget *root, const char *title)
{
  GtkWidget *found = ui_find_widget (root, ADW_TYPE_PREFERENCES_ROW, row_titled, (gpointer) title);

  if (found == NULL)
    g_error ("no row “%s” on screen", title);
  return found;
}

gboolean
button_labelled (GtkWidget *widget, gpointer label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* Presses Tab until the focus comes back to where it started (at most @limit times), and
 * returns the widgets it landed on, in order. Fails if it never comes back: a trap. */
GPtrArray *
tab_cycle (const char *key, guint limit)
{
  GPtrArray *visited = g_ptr_array_new ();
  GtkWidget *start;

  /* What is on screen laid out (a list's rows are made then), for Tab to go through. */
  ui_wait_idle ();
  start = focus_of (GTK_WINDOW (window));

  g_assert_nonnull (start);
  for (guint i = 0; i < limit; i++)
    {
      GtkWidget *focus;

      press (key);
      focus = focus_of (GTK_WINDOW (window));
      g_assert_nonnull (focus);
      if (focus == start)
        return visited;
      g_ptr_array_add (visited, focus);
    }
  for (guint i = 0; i < visited->len; i++)
    {
      g_autofree char *where = ui_describe_widget (g_ptr_array_index (visited, i));

      g_test_message ("  %s", where);
    }
  g_error ("%s did not come back to where it started in %u presses", key, limit);
}

/* Where in @visited the focus first landed on or inside @widget; fails when it never did. */
guint
landed_at (GPtrArray *visited, GtkWidget *widget, const char *what)
{
  for (guint i = 0; i < visited->len; i++)
    {
      GtkWidget *focus = g_ptr_array_index (visited, i);

      if (focus == widget || gtk_widget_is_ancestor (focus, widget))
        return i;
    }
  for (guint i = 0; i < visited->len; i++)
    {
      g_autofree char *where = ui_describe_widget (g_ptr_array_index (visited, i));

      g_test_message ("  %s", where);
    }
  g_error ("Tab never reaches %s", what);
}

void
await_closed (GType type)
{
  ui_await_no_toplevel (type);
  x_focus (GTK_WINDOW (window));
}

gboolean
clause_open (EthosCodesPage *codes, const char *ref)
{
  EthosClause *clause = ethos_clause_reader_get_clause (ethos_codes_page_get_reader (codes));

  return clause != NULL && g_strcmp0 (clause->ref, ref) == 0;
}

const char *
page (void)
{
  AdwViewStack *stack = ADW_VIEW_STACK (ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK,
                                                        NULL, NULL));

  return adw_view_stack_get_visible_child_name (stack);
}

/* A reminder due in three days from the real today (the window knows no other), so that the
 * Overview lists one that needs attention whatever day the suite runs. */
static void
add_reminder_due_soon (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosReminder) reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_INSURANCE);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) due = g_date_time_add_days (now, 3);

  g_free (reminder->title);
  reminder->title = g_strdup ("Indemnity insurance renewal");
  reminder->due = ethos_date_time_to_iso (due);
  ethos_reminder_set_default_leads (reminder);
  g_assert_true (ethos_store_add_reminder (store, reminder, &error));
  g_assert_no_error (error);
}

/* A window of the program's application, on a demo diary of its own (with a reminder due soon),
 * for each test. */
void
keyboard_set_up (void)
{
  store = ui_open_store (NULL, 300, 11);
  add_reminder_due_soon ();
  window = ui_open_window (GTK_APPLICATION (application), store, 1100, 720);
}

void
keyboard_tear_down (void)
{
  g_clear_object (&store);
}

/* ui_test_init(), then XTest on the display and the program's application, for the cases. */
char *
keyboard_test_init (int *argc, char ***argv, const char *tmp_template)
{
  char *config_parent = ui_test_init (argc, argv, tmp_template);
  int event_base, error_base, major, minor;

  xdisplay = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  g_assert_true (XTestQueryExtension (xdisplay, &event_base, &error_base, &major, &minor));
  application = ui_register_application ();
  return config_parent;
}
