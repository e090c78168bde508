/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-application"

#include "config.h"

#include "ethos-application-private.h"
#include "ethos-window.h"

/* app.import-file(s): the import dialog for the file at that absolute path or URI, over the
 * diary's window, as Import Records… opens it once its chooser has given the file (for a file
 * handed over from outside: the AT-SPI test, later "Open With"). Nothing without a diary's
 * window (the unlock dialog, the welcome over a first start). */
void
ethos_application_import_file (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  const char *name = g_variant_get_string (parameter, NULL);
  g_autoptr (GFile) file = NULL;

  if (!g_path_is_absolute (name) && g_uri_peek_scheme (name) == NULL)
    {
      g_message ("import-file takes an absolute path or a URI, not “%s”", name);
      return;
    }
  file = g_file_new_for_commandline_arg (name);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (data)); l != NULL; l = l->next)
    if (ETHOS_IS_WINDOW (l->data))
      {
        gtk_window_present (l->data);
        ethos_window_import_file (l->data, file);
        return;
      }
  g_message ("No diary is open to import “%s” into", name);
}
