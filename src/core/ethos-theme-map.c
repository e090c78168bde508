/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-theme-map"

#include "config.h"

#include <gio/gio.h>

#include "ethos-data.h"
#include "ethos-theme-map.h"

/* data/themes.ini: one group per theme, Name and Description, then one key per code id listing
 * refs separated by ";". */

void
ethos_clause_ref_free (EthosClauseRef *ref)
{
  if (ref == NULL)
    return;
  g_free (ref->code_id);
  g_free (ref->ref);
  g_free (ref);
}

void
ethos_theme_free (EthosTheme *theme)
{
  if (theme == NULL)
    return;
  g_free (theme->id);
  g_free (theme->name);
  g_free (theme->description);
  g_clear_pointer (&theme->clauses, g_ptr_array_unref);
  g_free (theme);
}

GPtrArray *
ethos_theme_map_parse (GBytes *bytes, GError **error)
{
  g_autoptr (GKeyFile) keyfile = g_key_file_new ();
  g_autoptr (GPtrArray) themes = NULL;
  g_auto (GStrv) groups = NULL;

  if (!g_key_file_load_from_bytes (keyfile, bytes, G_KEY_FILE_NONE, error))
    return NULL;

  themes = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_theme_free);
  groups = g_key_file_get_groups (keyfile, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      EthosTheme *theme = g_new0 (EthosTheme, 1);
      g_auto (GStrv) keys = g_key_file_get_keys (keyfile, groups[i], NULL, NULL);

      theme->id = g_strdup (groups[i]);
      theme->name = ethos_data_get_string (keyfile, groups[i], "Name", "theme");
      theme->description = ethos_data_get_string (keyfile, groups[i], "Description",
                                                   "theme description");
      theme->clauses = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_clause_ref_free);
      if (theme->name == NULL)
        theme->name = g_strdup (groups[i]);

      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          g_auto (GStrv) refs = NULL;

          if (g_str_equal (keys[k], "Name") || g_str_equal (keys[k], "Description"))
            continue;
          refs = g_key_file_get_string_list (keyfile, groups[i], keys[k], NULL, NULL);
          for (guint r = 0; refs != NULL && refs[r] != NULL; r++)
            {
              EthosClauseRef *ref;

              g_strstrip (refs[r]);
              if (refs[r][0] == '\0')
                continue;
              ref = g_new0 (EthosClauseRef, 1);
              ref->code_id = g_strdup (keys[k]);
              ref->ref = g_strdup (refs[r]);
              g_ptr_array_add (theme->clauses, ref);
            }
        }
      g_ptr_array_add (themes, theme);
    }
  return g_steal_pointer (&themes);
}

/* The map compiled into Ethos. It is shipped data, so failing to read it is a bug. */
GPtrArray *
ethos_theme_map_load_shipped (void)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *themes;

  ethos_data_init ();
  bytes = g_resources_lookup_data ("/org/ethosapp/Ethos/data/themes.ini",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL || (themes = ethos_theme_map_parse (bytes, &error)) == NULL)
    g_error ("The shipped theme map cannot be read: %s", error->message);
  return themes;
}

EthosTheme *
ethos_theme_map_find (GPtrArray *themes, const char *id)
{
  g_return_val_if_fail (themes != NULL, NULL);

  for (guint i = 0; i < themes->len; i++)
    {
      EthosTheme *theme = g_ptr_array_index (themes, i);

      if (g_strcmp0 (theme->id, id) == 0)
        return theme;
    }
  return NULL;
}
