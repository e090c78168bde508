/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-write"

#include "config.h"

#include "bench-report.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>

#include "ethos-application.h"
#include "ethos-entry-store.h"
#include "ethos-reminder-store.h"
#include "ethos-window.h"

/* How soon a write reaches the pages: the real window on an existing diary (made by "ethos-cli
 * demo"), every page made, the Overview in view. For a new supervision entry and for a
 * reminder marked done, it times the store's "changed" from its first handler to its last (the
 * view models read again and the pages show it), and to the end of the next frame painted,
 * with that frame's layout and paint apart (the rest is waiting for the frame clock's tick).
 * Prints "name p50 p95" lines in milliseconds. It writes to the diary: give it a copy.
 * Usage: bench-write DATA_DIR. */

static gint64 emitted, handled, begun, laid_out, painted;

static void
on_first_cb (void)
{
  emitted = g_get_monotonic_time ();
}

static void
on_last_cb (void)
{
  handled = g_get_monotonic_time ();
}

/* The first frame after the pages were told: when it began, when its layout (measuring and
 * allocating the widgets) ended, and when it was painted (a snapshot, then the renderer). */
static void
on_before_paint_cb (GdkFrameClock *clock)
{
  if (begun == 0 && handled != 0)
    begun = g_get_monotonic_time ();
}

static void
on_layout_cb (GdkFrameClock *clock)
{
  if (laid_out == 0 && begun != 0)
    laid_out = g_get_monotonic_time ();
}

static void
on_after_paint_cb (GdkFrameClock *clock)
{
  if (painted == 0 && laid_out != 0)
    painted = g_get_monotonic_time ();
}

typedef struct
{
  GArray *to_pages;
  GArray *to_frame;
  GArray *layout;
  GArray *paint;
} Timings;

static Timings *
timings_new (void)
{
  Timings *timings = g_new (Timings, 1);

  timings->to_pages = g_array_new (FALSE, FALSE, sizeof (double));
  timings->to_frame = g_array_new (FALSE, FALSE, sizeof (double));
  timings->layout = g_array_new (FALSE, FALSE, sizeof (double));
  timings->paint = g_array_new (FALSE, FALSE, sizeof (double));
  return timings;
}

static void
timings_clear (Timings *timings)
{
  g_array_set_size (timings->to_pages, 0);
  g_array_set_size (timings->to_frame, 0);
  g_array_set_size (timings->layout, 0);
  g_array_set_size (timings->paint, 0);
}

static void
timings_report (Timings *timings, const char *what)
{
  g_autofree char *to_pages = g_strdup_printf ("write_%s_to_pages", what);
  g_autofree char *to_frame = g_strdup_printf ("write_%s_to_frame", what);
  g_autofree char *layout = g_strdup_printf ("write_%s_frame_layout", what);
  g_autofree char *paint = g_strdup_printf ("write_%s_frame_paint", what);

  bench_report (to_pages, timings->to_pages);
  bench_report (to_frame, timings->to_frame);
  bench_report (layout, timings->layout);
  bench_report (paint, timings->paint);
}

static void
timings_free (Timings *timings)
{
  g_array_unref (timings->to_pages);
  g_array_unref (timings->to_frame);
  g_array_unref (timings->layout);
  g_array_unref (timings->paint);
  g_free (timings);
}

static void
append_ms (GArray *array, gint64 from, gint64 to)
{
  double ms = (to - from) / 1000.0;

  g_array_append_val (array, ms);
}

static gboolean
on_tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Lets what is pending run, for at most 300 ms (something may always be pending). */
static void
settle (void)
{
  gint64 deadline = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs @write, then the main loop until a frame has been painted after it. */
static void
measure (GtkWidget *window, void (*write) (EthosStore *), EthosStore *store, Timings *timings)
{
  gint64 deadline;

  emitted = handled = begun = laid_out = painted = 0;
  write (store);
  g_assert (handled != 0);
  gtk_widget_queue_draw (window);
  deadline = g_get_monotonic_time () + 2 * G_TIME_SPAN_SECOND;
  while (painted == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert (painted != 0);
  append_ms (timings->to_pages, emitted, handled);
  append_ms (timings->to_frame, emitted, painted);
  append_ms (timings->layout, begun, laid_out);
  append_ms (timings->paint, laid_out, painted);
  settle ();
}

static guint day;

static void
add_session (EthosStore *store)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  entry->date = g_strdup_printf ("2026-11-%02u", 1 + day++ % 20);
  entry->minutes = 60;
  g_assert (ethos_store_add_entry (store, entry, NULL));
}

static gint64 reminder_id;

static void
mark_done (EthosStore *store)
{
  g_autoptr (EthosReminder) reminder = ethos_store_get_reminder (store, reminder_id, NULL);

  g_assert (reminder != NULL);
  g_assert (ethos_store_complete_reminder (store, reminder, reminder->due, NULL));
}

int
main (int argc, char **argv)
{
  static const char *const pages[] = { "win.page-codes", "win.page-diary", "win.page-reminders",
                                       "win.page-overview" };
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosApplication) application = NULL;
  g_autoptr (EthosReminder) reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_MEMBERSHIP);
  Timings *entry = timings_new ();
  Timings *done = timings_new ();
  GdkFrameClock *clock;
  EthosWindow *window;

  if (argc != 2)
    {
      fprintf (stderr, "usage: bench-write DATA_DIR\n");
      return 2;
    }
  gtk_init ();
  adw_init ();
  /* A wake-up every 10 ms, so that waiting always comes back to look at the clock. */
  g_timeout_add (10, on_tick_cb, NULL);
  store = ethos_store_open (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "bench-write: %s\n", error->message);
      return 1;
    }
  g_free (reminder->title);
  reminder->title = g_strdup ("Membership renewal");
  reminder->due = g_strdup ("2026-12-01");
  reminder->every = g_strdup ("1y");
  g_assert (ethos_store_add_reminder (store, reminder, NULL));
  reminder_id = reminder->id;

  /* Before any page: the first handler. After every page's: the last. */
  g_signal_connect (store, "changed", G_CALLBACK (on_first_cb), NULL);
  g_signal_connect_after (store, "changed", G_CALLBACK (on_last_cb), NULL);

  application = ethos_application_new ();
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_assert (g_application_register (G_APPLICATION (application), NULL, NULL));
  window = ethos_window_new (GTK_APPLICATION (application), store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), pages[i], NULL);
      settle ();
    }
  /* After GTK's own handlers, which were connected when the window was shown. */
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), NULL);
  g_signal_connect (clock, "layout", G_CALLBACK (on_layout_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);

  for (guint round = 0; round < 22; round++)
    {
      measure (GTK_WIDGET (window), add_session, store, entry);
      measure (GTK_WIDGET (window), mark_done, store, done);
      /* The first round is a warm-up. */
      if (round == 0)
        {
          timings_clear (entry);
          timings_clear (done);
        }
    }
  timings_report (entry, "entry");
  timings_report (done, "done");
  timings_free (entry);
  timings_free (done);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
