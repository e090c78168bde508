/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-field"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-field.h"

/* A field whose text cannot be taken is marked (the error style) and named in the sentence
 * that says why, so that "Hours: “1:75” is not a length of time" points at the row; what was
 * typed stays as it is. */

/* Marks @row for @ok (clears the mark when TRUE); when FALSE, @error (already set by the
 * reader that refused the text) gains the row's title in front. Returns @ok. */
gboolean
ethos_field_check (AdwPreferencesRow *row, gboolean ok, GError **error)
{
  g_return_val_if_fail (ADW_IS_PREFERENCES_ROW (row), ok);

  if (ok)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      return TRUE;
    }
  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  /* Translators: a field's name, before what is wrong with what was typed in it:
   * "Hours: “1:75” is not a length of time…" */
  g_prefix_error (error, _("%s: "), adw_preferences_row_get_title (row));
  return FALSE;
}
