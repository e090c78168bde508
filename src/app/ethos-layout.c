/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-layout"

#include "config.h"

#include "ethos-layout.h"

/* Two ways round one rule of GTK 4.8: while a widget lays out its children, a child that asks
 * for a new layout is not laid out again ("size allocation is god"), and whatever holds it can
 * be left without a size and drawn empty. That happened to the Diary: shown for the first time
 * since the window crossed the width at which its panes fold, it stayed blank. A leaflet folds
 * while it lays itself out, and a note that wraps finds its height while it is laid out; both
 * are made to wait until the layout is over. */

/* The leaflet is held weakly: the page may go between a fold and the idle that follows it. */
static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

static gboolean
follow_folded (gpointer data)
{
  GtkWidget *widget = data;
  GWeakRef *ref = g_object_get_data (G_OBJECT (widget), "ethos-leaflet");
  g_autoptr (AdwLeaflet) leaflet = ref != NULL ? g_weak_ref_get (ref) : NULL;

  g_object_set_data (G_OBJECT (widget), "ethos-leaflet-source", NULL);
  if (leaflet != NULL)
    gtk_widget_set_visible (widget, adw_leaflet_get_folded (leaflet));
  return G_SOURCE_REMOVE;
}

static void
on_folded_cb (AdwLeaflet *leaflet, GParamSpec *pspec, GtkWidget *widget)
{
  guint source;

  if (g_object_get_data (G_OBJECT (widget), "ethos-leaflet-source") != NULL)
    return;
  source = g_idle_add_full (G_PRIORITY_DEFAULT, follow_folded, g_object_ref (widget),
                            g_object_unref);
  g_object_set_data (G_OBJECT (widget), "ethos-leaflet-source", GUINT_TO_POINTER (source));
}

/* Shows @widget (a back button) only while @leaflet is folded. */
void
ethos_layout_show_when_folded (AdwLeaflet *leaflet, GtkWidget *widget)
{
  GWeakRef *ref;

  g_return_if_fail (ADW_IS_LEAFLET (leaflet));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, leaflet);
  g_object_set_data_full (G_OBJECT (widget), "ethos-leaflet", ref, (GDestroyNotify) weak_ref_free);
  gtk_widget_set_visible (widget, adw_leaflet_get_folded (leaflet));
  g_signal_connect_object (leaflet, "notify::folded", G_CALLBACK (on_folded_cb), widget, 0);
}

#define WRAP_KEY "ethos-wrap-mode"
#define WRAP_CLOCK_KEY "ethos-wrap-clock"
#define WRAP_HANDLER_KEY "ethos-wrap-handler"

static void
cancel_wrap (GtkTextView *view)
{
  GdkFrameClock *clock = g_object_get_data (G_OBJECT (view), WRAP_CLOCK_KEY);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (view), WRAP_HANDLER_KEY));

  if (clock != NULL && handler != 0)
    g_signal_handler_disconnect (clock, handler);
  g_object_set_data (G_OBJECT (view), WRAP_CLOCK_KEY, NULL);
  g_object_set_data (G_OBJECT (view), WRAP_HANDLER_KEY, NULL);
}

static void
on_after_paint_cb (GdkFrameClock *clock, GtkTextView *view)
{
  cancel_wrap (view);
  gtk_text_view_set_wrap_mode (view, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view),
                                                                         WRAP_KEY)));
}

/* Shown: it wraps once the frame that lays it out at its new width is drawn. */
static void
on_view_map_cb (GtkTextView *view)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (view));
  gulong handler;

  cancel_wrap (view);
  if (clock == NULL)
    return;
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), view);
  g_object_set_data (G_OBJECT (view), WRAP_CLOCK_KEY, clock);
  g_object_set_data (G_OBJECT (view), WRAP_HANDLER_KEY, GSIZE_TO_POINTER (handler));
  gtk_widget_queue_draw (GTK_WIDGET (view));
}

static void
on_view_unmap_cb (GtkTextView *view)
{
  cancel_wrap (view);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_NONE);
}

/* @view keeps its wrap mode on screen; off screen it does not wrap, so that coming back at
 * another width does not change its height in the middle of a layout. It wraps again once it
 * has been laid out and drawn. */
void
ethos_layout_wrap_when_shown (GtkTextView *view)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  g_object_set_data (G_OBJECT (view), WRAP_KEY,
                     GINT_TO_POINTER (gtk_text_view_get_wrap_mode (view)));
  if (!gtk_widget_get_mapped (GTK_WIDGET (view)))
    gtk_text_view_set_wrap_mode (view, GTK_WRAP_NONE);
  g_signal_connect (view, "map", G_CALLBACK (on_view_map_cb), NULL);
  g_signal_connect (view, "unmap", G_CALLBACK (on_view_unmap_cb), NULL);
}
