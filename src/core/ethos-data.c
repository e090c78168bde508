/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-data"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "ethos-data-resources.h"
#include "ethos-data.h"

/* The shipped codes and maps are compiled into libethos as a GResource. Naming its getter here
 * keeps the linker from dropping it out of the static library; its constructor registers it. */
void
ethos_data_init (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      GResource *resource = ethos_data_get_resource ();

      g_autoptr (GBytes) probe = g_resources_lookup_data ("/org/ethosapp/Ethos/data/codes/cosrt.md",
                                                           0, NULL);

      if (probe == NULL)
        g_resources_register (resource);
      g_once_init_leave (&once, 1);
    }
}

/* A display string of a data file (a theme's Name, a duty's Title …) in the user's language: the
 * files are in English, and build-aux/data-strings.py gives translators each string with
 * @context. NULL when the key is not there. */
char *
ethos_data_get_string (GKeyFile *file, const char *group, const char *key, const char *context)
{
  g_autofree char *text = g_key_file_get_string (file, group, key, NULL);

  if (text == NULL || text[0] == '\0')
    return g_steal_pointer (&text);
  return g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, context, text));
}
