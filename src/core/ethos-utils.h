/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

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

/* The nick of @value of the registered enum @type: the word the CLI's JSON and the exports use
 * ("due-soon", "not-met"). */
static inline const char *
ethos_enum_nick (GType type, int value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  /* The class of a registered static enum lives as long as the program. */
  g_type_class_unref (klass);
  g_return_val_if_fail (found != NULL, NULL);
  return found->value_nick;
}

G_END_DECLS
