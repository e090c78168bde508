/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-rules-store"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ethos-data.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"

/* A body's rules as they apply to this practitioner: the shipped numbers (data/bodies) with the
 * practitioner's own overrides on top. */

#define BODIES_PATH "/org/ethosapp/Ethos/data/bodies"

static int
compare_strings (const void *a, const void *b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* The ids of the bodies Ethos knows, sorted. */
GStrv
ethos_body_ids_shipped (void)
{
  g_auto (GStrv) names = NULL;
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  GStrv sorted;

  ethos_data_init ();
  names = g_resources_enumerate_children (BODIES_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".ini"))
      {
        g_autofree char *id = g_strndup (names[i], strlen (names[i]) - 4);
        g_strv_builder_add (ids, id);
      }
  sorted = g_strv_builder_end (ids);
  qsort (sorted, g_strv_length (sorted), sizeof (char *), compare_strings);
  return sorted;
}

static EthosBodyRules *
load_shipped (const char *body_id, const EthosPractitioner *practitioner, GError **error)
{
  g_autofree char *path = g_strdup_printf (BODIES_PATH "/%s.ini", body_id);
  g_autoptr (GBytes) bytes = NULL;

  ethos_data_init ();
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("Ethos does not know a body “%s” (see “ethos-cli profile bodies”)"), body_id);
      return NULL;
    }
  return ethos_body_rules_parse_for (bytes, practitioner, error);
}

/* The body's own numbers, as Ethos ships them, for nobody in particular. */
EthosBodyRules *
ethos_body_rules_load_shipped (const char *body_id, GError **error)
{
  return load_shipped (body_id, NULL, error);
}

/* The body's numbers as they bind this practitioner: for their class and practice, with their
 * own numbers on top. */
EthosBodyRules *
ethos_store_load_body_rules (EthosStore *self, const char *body_id, GError **error)
{
  g_autofree char *membership_class = ethos_store_get_membership_class (self, body_id);
  EthosPractitioner practitioner = { membership_class, ETHOS_PRACTICE_NOT_SET, 0 };
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autoptr (GHashTable) overrides = NULL;
  GHashTableIter iter;
  gpointer key, value;

  practitioner.practice = ethos_store_get_practice (self, &practitioner.percent);
  rules = load_shipped (body_id, &practitioner, error);
  if (rules == NULL)
    return NULL;
  overrides = ethos_store_get_body_overrides (self, body_id, error);
  if (overrides == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, overrides);
  while (g_hash_table_iter_next (&iter, &key, &value))
    /* An override this Ethos no longer accepts is skipped, not fatal: the shipped number holds. */
    if (!ethos_body_rules_override (rules, key, value, NULL))
      g_warning ("Ignoring the override %s=%s for %s", (char *) key, (char *) value, body_id);
  return g_steal_pointer (&rules);
}

/* The rules of the first body in the profile, or NULL (no error) when the profile has none. */
EthosBodyRules *
ethos_store_load_first_body_rules (EthosStore *self, GError **error)
{
  g_autoptr (GPtrArray) memberships = ethos_store_list_memberships (self, error);
  EthosMembership *first;

  if (memberships == NULL || memberships->len == 0)
    return NULL;
  first = g_ptr_array_index (memberships, 0);
  return ethos_store_load_body_rules (self, first->body_id, error);
}

/* Checks the value against the body's rules before keeping it. */
gboolean
ethos_store_override_body_rule (EthosStore  *self,
                                const char  *body_id,
                                const char  *key,
                                const char  *value,
                                GError     **error)
{
  g_autoptr (EthosBodyRules) rules = load_shipped (body_id, NULL, error);

  if (rules == NULL || !ethos_body_rules_override (rules, key, value != NULL ? value : "", error))
    return FALSE;
  return ethos_store_set_body_override (self, body_id, key, value, error);
}
