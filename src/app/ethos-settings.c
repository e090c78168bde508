/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-settings"

#include "config.h"

#include "ethos-settings.h"

/* Ethos's settings (org.ethosapp.Ethos), or NULL when their schema is not installed: a build run
 * from its folder without GSETTINGS_SCHEMA_DIR, or a test that does without them. Whatever asks
 * goes on without what they keep (window size, style, the welcome answered). */
GSettings *
ethos_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE))
                          == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}
