/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-property"

#include "config.h"

#include <string.h>

#include "ethos-property.h"

/* The records keep their fields public, so that the store and the exports read them as plain
 * data; their properties are for widgets that bind to them. Setting one changes the field and
 * notifies only when the value is new, as G_PARAM_EXPLICIT_NOTIFY asks. */

void
ethos_property_set_string (GObject *object, GParamSpec *pspec, char **field, const char *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);
}

/* A field of plain data, @size bytes: compared and copied as it is. */
void
ethos_property_set_data (GObject       *object,
                         GParamSpec    *pspec,
                         gpointer       field,
                         gconstpointer  value,
                         gsize          size)
{
  if (memcmp (field, value, size) == 0)
    return;
  memcpy (field, value, size);
  g_object_notify_by_pspec (object, pspec);
}
