/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-privacy-warning"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>

#include "ethos-privacy-scan.h"
#include "ethos-window.h"

/* The privacy warning where the counsellor is typing: a postcode typed into Reflection is said
 * just under Reflection, in core's words, with a "why" beside it, and the text being typed does
 * not move. */

static EthosStore *store;
static EthosWindow *window;

static gboolean
is_view_labelled (GtkWidget *widget, gpointer heading)
{
  GtkWidget *title = gtk_widget_get_prev_sibling (gtk_widget_get_parent (widget));

  return GTK_IS_LABEL (title) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (title)), heading) == 0;
}

static double
top_of (GtkWidget *widget)
{
  double x = 0, y = 0;

  g_assert_true (gtk_widget_translate_coordinates (widget, GTK_WIDGET (window), 0, 0, &x, &y));
  return y;
}

static void
test_beside_the_field (void)
{
  GtkWidget *reflection;
  GtkWidget *warning;
  GtkWidget *why;
  double before;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-cpd", NULL);
  ui_await ((reflection = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW,
                                          is_view_labelled, (gpointer) "Reflection"))
            != NULL);
  ui_wait_idle ();
  before = top_of (reflection);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (reflection)),
                            "We met near her flat at SW1A 1AA, which she chose.", -1);

  warning = ui_await_label (GTK_WIDGET (window), "This may identify a client: a postcode.");
  /* Under Reflection, in the same column, and Reflection where it was. */
  ui_wait_idle ();
  g_assert_cmpfloat (top_of (reflection), ==, before);
  g_assert_cmpfloat (top_of (warning), >, top_of (reflection));
  g_assert_true (gtk_widget_is_ancestor (warning, gtk_widget_get_parent (
    gtk_widget_get_parent (reflection))));
  ui_render_png (GTK_WIDGET (window), "privacy-warning.png");

  /* Why, in core's words. */
  why = ui_find_widget (gtk_widget_get_parent (warning), GTK_TYPE_MENU_BUTTON, NULL, NULL);
  g_assert_nonnull (why);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_popover_get_child (
                     gtk_menu_button_get_popover (GTK_MENU_BUTTON (why))))),
                   ==, ethos_privacy_why ());

  /* Gone when the postcode is. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (reflection)),
                            "We met near her flat, which she chose.", -1);
  ui_await (!gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (
    warning, GTK_TYPE_REVEALER))));
}

static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
  window = ui_open_window (NULL, store, 1100, 1000);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-privacy-XXXXXX");

  ui_test_add ("/privacy-warning/beside-the-field", set_up, test_beside_the_field, tear_down);
  return g_test_run ();
}
