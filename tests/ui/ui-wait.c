/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ui-wait"

#include "config.h"

#include "ui-test-util.h"

/* The quiet that ui_wait_idle() asks for: this many turns of QUIET_TURN_MS with nothing else
 * to run, together longer than a frame (16 ms) so that a running frame clock is seen. */
#define QUIET_TURNS 3
#define QUIET_TURN_MS 10

/* How often a wait looks at its condition when nothing in the main loop happens (a condition
 * outside it, such as the X server's focus). */
#define POLL_MS 10

static guint
deadline_s (void)
{
  const char *slow = g_getenv ("ETHOS_TEST_SLOW");
  guint64 factor = slow != NULL ? g_ascii_strtoull (slow, NULL, 10) : 1;

  return UI_WAIT_DEADLINE_S * (guint) CLAMP (factor, 1, 20);
}

static gboolean
wake (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* One turn of the main loop, blocking until something is ready; FALSE (the test failed) once
 * the deadline has passed. */
gboolean
ui_wait_step (UiWait *wait, const char *file, int line, const char *func, const char *what)
{
  if (wait->deadline == 0)
    {
      wait->deadline = g_get_monotonic_time () + deadline_s () * G_USEC_PER_SEC;
      wait->wake_source = g_timeout_add (POLL_MS, wake, NULL);
    }
  else if (g_get_monotonic_time () > wait->deadline)
    {
      g_autofree char *message = g_strdup_printf ("waited %u s for %s", deadline_s (), what);

      ui_wait_end (wait);
      g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
      return FALSE;
    }
  g_main_context_iteration (NULL, TRUE);
  return TRUE;
}

void
ui_wait_end (UiWait *wait)
{
  g_clear_handle_id (&wait->wake_source, g_source_remove);
}

void
ui_wait_until_at (const char *file,
                  int         line,
                  const char *func,
                  UiCondition condition,
                  gpointer    data,
                  const char *what)
{
  UiWait wait = UI_WAIT_INIT;

  while (!condition (data) && ui_wait_step (&wait, file, line, func, what))
    ;
  ui_wait_end (&wait);
}

static gboolean
note_fired (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* A timer at the lowest priority runs only when nothing else is ready: QUIET_TURNS of them in a
 * row, with nothing run in between, is a main loop with nothing left to do. */
void
ui_wait_idle (void)
{
  gint64 deadline = g_get_monotonic_time () + deadline_s () * G_USEC_PER_SEC;
  guint quiet = 0;

  while (quiet < QUIET_TURNS)
    {
      gboolean fired = FALSE;
      gboolean busy = FALSE;
      guint timer = g_timeout_add_full (G_PRIORITY_LOW, QUIET_TURN_MS, note_fired, &fired, NULL);

      while (!fired)
        {
          if (g_get_monotonic_time () > deadline)
            {
              g_autofree char *message = g_strdup_printf (
                "waited %u s for the main loop to have nothing left to run", deadline_s ());

              g_source_remove (timer);
              g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
              return;
            }
          g_main_context_iteration (NULL, TRUE);
          busy |= !fired;
        }
      quiet = busy ? 0 : quiet + 1;
    }
}

/* Runs what the main loop has ready (events, idle callbacks) and what that makes ready, until
 * nothing is, QUIET_TURNS times over; timers and animations are not waited for. */
void
ui_drain (void)
{
  guint quiet = 0;

  while (quiet < QUIET_TURNS)
    {
      if (g_main_context_pending (NULL))
        {
          g_main_context_iteration (NULL, FALSE);
          quiet = 0;
        }
      else
        quiet++;
    }
}

/* Kept for a wait that is about time itself (none of the tests has one now). */
void
ui_wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

typedef struct
{
  GtkWidget *root;
  GType      type;
  gboolean (*match) (GtkWidget *widget, gpointer data);
  gpointer   data;
  GtkWidget *found;
} Search;

static gboolean
found (gpointer data)
{
  Search *search = data;

  search->found = ui_find_widget (search->root, search->type, search->match, search->data);
  return search->found != NULL;
}

/* The first mapped widget of @type under @root that @match accepts, once there is one; @what
 * names it for the failure. */
GtkWidget *
ui_await_widget (GtkWidget  *root,
                 GType       type,
                 gboolean  (*match) (GtkWidget *widget, gpointer data),
                 gpointer    data,
                 const char *what)
{
  Search search = { root, type, match, data, NULL };

  ui_wait_until (found, &search, what);
  return search.found;
}

/* A label on screen under @root with @needle in its text. */
GtkWidget *
ui_await_label (GtkWidget *root, const char *needle)
{
  g_autofree char *what = g_strdup_printf ("a label containing “%s” in %s", needle,
                                           G_OBJECT_TYPE_NAME (root));

  return ui_await_widget (root, GTK_TYPE_LABEL, ui_label_contains, (gpointer) needle, what);
}

static gboolean
no_label (gpointer data)
{
  Search *search = data;

  return !found (search);
}

/* No label on screen under @root has @needle in its text (any more). */
void
ui_await_no_label (GtkWidget *root, const char *needle)
{
  Search search = { root, GTK_TYPE_LABEL, ui_label_contains, (gpointer) needle, NULL };
  g_autofree char *what = g_strdup_printf ("no label containing “%s” in %s", needle,
                                           G_OBJECT_TYPE_NAME (root));

  ui_wait_until (no_label, &search, what);
}

/* On screen as a person would see it: mapped, in a window the X server shows, laid out. */
static gboolean
on_screen (gpointer data)
{
  GtkWidget *widget = data;
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;

  return gtk_widget_get_mapped (widget) && surface != NULL && gdk_surface_get_mapped (surface)
         && gtk_widget_get_width (GTK_WIDGET (native)) > 0;
}

/* @widget on screen (a window just presented: shown by the X server, laid out and drawn). */
void
ui_await_mapped (GtkWidget *widget)
{
  g_autofree char *what = g_strdup_printf ("%s to be on screen", G_OBJECT_TYPE_NAME (widget));

  ui_wait_until (on_screen, widget, what);
  ui_wait_idle ();
}

static gboolean
has_focus_in (gpointer data)
{
  GtkWidget *widget = data;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The focus of @widget's window on @widget or inside it (an entry's text). */
void
ui_await_focus_in (GtkWidget *widget)
{
  g_autofree char *what = ui_describe_widget (widget);
  g_autofree char *message = g_strdup_printf ("the focus in %s", what);

  ui_wait_until (has_focus_in, widget, message);
}

static gboolean
toplevel_shown (gpointer type)
{
  GtkWindow *window = ui_find_toplevel (GPOINTER_TO_SIZE (type));

  return window != NULL && on_screen (window);
}

/* The window of @type that has just been asked for, once it is on screen and laid out. */
GtkWindow *
ui_await_toplevel (GType type)
{
  g_autofree char *what = g_strdup_printf ("a %s on screen", g_type_name (type));

  ui_wait_until (toplevel_shown, GSIZE_TO_POINTER (type), what);
  ui_wait_idle ();
  return ui_find_toplevel (type);
}

static gboolean
toplevel_gone (gpointer type)
{
  return ui_find_toplevel (GPOINTER_TO_SIZE (type)) == NULL;
}

void
ui_await_no_toplevel (GType type)
{
  g_autofree char *what = g_strdup_printf ("no %s open", g_type_name (type));

  ui_wait_until (toplevel_gone, GSIZE_TO_POINTER (type), what);
}

typedef struct
{
  GtkWidget *window;
  int        before;
} Resize;

static gboolean
resized (gpointer data)
{
  Resize *resize = data;

  return gtk_widget_get_width (resize->window) != resize->before;
}

/* As a person drags @window to @width × @height: once it has a new width (the X server has
 * resized it; its content may hold it wider than asked), and the pages have been laid out at
 * it. */
void
ui_resize (GtkWindow *window, int width, int height)
{
  Resize resize = { GTK_WIDGET (window), gtk_widget_get_width (GTK_WIDGET (window)) };
  g_autofree char *what = g_strdup_printf ("%s to change from %d px wide (asked for %d)",
                                           G_OBJECT_TYPE_NAME (window), resize.before, width);
  int asked_before, asked_height;

  gtk_window_get_default_size (window, &asked_before, &asked_height);
  gtk_window_set_default_size (window, width, height);
  if (width != asked_before)
    ui_wait_until (resized, &resize, what);
  ui_wait_idle ();
}

static gboolean
search_ran (gpointer searches)
{
  return *(guint *) searches > 0;
}

static void
note_search (guint *searches)
{
  (*searches)++;
}

/* @text typed into @search_entry (a GtkSearchEntry), once the search it starts has run: the
 * entry tells of a change only after a pause for more typing. */
void
ui_search (GtkWidget *search_entry, const char *text)
{
  guint searches = 0;
  gulong handler = g_signal_connect_swapped (search_entry, "search-changed",
                                             G_CALLBACK (note_search), &searches);
  g_autofree char *what = g_strdup_printf ("the search for “%s” to run", text);

  gtk_editable_set_text (GTK_EDITABLE (search_entry), text);
  ui_wait_until (search_ran, &searches, what);
  g_signal_handler_disconnect (search_entry, handler);
  ui_wait_idle ();
}
