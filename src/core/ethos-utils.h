/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* g_set_str() arrived in GLib 2.76; Ethos targets 2.74. */
static inline gboolean
ethos_set_str (char **str_pointer, const char *new_str)
{
  char *copy;

  if (*str_pointer == new_str || (*str_pointer != NULL && new_str != NULL
                                  && g_str_equal (*str_pointer, new_str)))
    return FALSE;
  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;
  return TRUE;
}

G_END_DECLS
