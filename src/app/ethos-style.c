/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-style"

#include "config.h"

#include "ethos-style.h"

/* Preferences → Appearance: the style-variant setting ("default", "light", "dark") applied to
 * libadwaita's style manager, at start-up and whenever it changes; and how a quiet status line
 * looks. */

/* "default" follows the system: light unless the desktop asks for dark. */
AdwColorScheme
ethos_style_color_scheme (const char *variant)
{
  if (g_strcmp0 (variant, "light") == 0)
    return ADW_COLOR_SCHEME_FORCE_LIGHT;
  if (g_strcmp0 (variant, "dark") == 0)
    return ADW_COLOR_SCHEME_FORCE_DARK;
  return ADW_COLOR_SCHEME_DEFAULT;
}

static void
on_style_variant_changed_cb (GSettings *settings, const char *key, gpointer data)
{
  g_autofree char *variant = g_settings_get_string (settings, "style-variant");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ethos_style_color_scheme (variant));
}

/* Applies the setting now and on each change, for as long as @settings lives. */
void
ethos_style_follow_settings (GSettings *settings)
{
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_signal_connect (settings, "changed::style-variant", G_CALLBACK (on_style_variant_changed_cb),
                    NULL);
  on_style_variant_changed_cb (settings, "style-variant", NULL);
}

/* Says @text in @label, a status line ("Saving…", "Saved"): dimmed, or as an error. */
void
ethos_style_set_status (GtkLabel *label, const char *text, gboolean error)
{
  gtk_label_set_label (label, text);
  if (error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
    }
}
