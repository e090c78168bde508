/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-toast"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-announcer.h"
#include "ethos-toast.h"

/* A page says what happened (a write that failed, something that could not be read) in a toast
 * on the window's overlay, wherever the page sits in it. */

/* Adds @toast (taking it) to the nearest toast overlay above @widget; with none above it (a page
 * not in a window yet), nowhere. */
void
ethos_toast_add (GtkWidget *widget, AdwToast *toast)
{
  GtkWidget *overlay;
  g_autofree char *plain = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_object_unref (toast);
      return;
    }
  /* libadwaita 1.2 sends nothing a screen reader hears when a toast appears: said as well. The
   * title is markup. */
  if (pango_parse_markup (adw_toast_get_title (toast), -1, 0, NULL, &plain, NULL, NULL))
    ethos_announce (widget, plain);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* @text is plain text: a toast's title is markup in libadwaita 1.2, and an error message may
 * hold a "<" or an "&" (a file name, SQLite's own words). */
void
ethos_toast_show (GtkWidget *widget, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  ethos_toast_add (widget, adw_toast_new (escaped));
}

/* A toast saying @text (plain text) with an Undo button: @undo, called as
 * void undo (AdwToast *toast, gpointer data), takes back what was done. @data is @undo's, freed
 * with @destroy when the toast has gone, whether Undo was pressed or not. */
void
ethos_toast_show_undo (GtkWidget      *widget,
                       const char     *text,
                       GCallback       undo,
                       gpointer        data,
                       GDestroyNotify  destroy)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", undo, data,
                         (GClosureNotify) (void (*) (void)) destroy, 0);
  ethos_toast_add (widget, toast);
}
