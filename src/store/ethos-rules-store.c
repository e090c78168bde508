/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-rules-store"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-entry.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"

/* A body's rules as they apply to this practitioner: the shipped numbers (data/bodies) with the
 * practitioner's own overrides on top. */

static EthosBodyRules *
load_shipped (const char *body_id, const EthosPractitioner *practitioner, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  EthosBodyRules *rules = ethos_body_rules_shipped (body_id, practitioner, &local_error);

  /* A body Ethos does not know is not found, as any missing record is. */
  if (g_error_matches (local_error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE))
    g_set_error_literal (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                         local_error->message);
  else if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return rules;
}

/* The ids of the bodies Ethos knows, sorted. */
GStrv
ethos_body_ids_shipped (void)
{
  return ethos_body_rules_shipped_ids ();
}

/* The body's own numbers, as Ethos ships them, for nobody in particular. */
EthosBodyRules *
ethos_body_rules_load_shipped (const char *body_id, GError **error)
{
  return load_shipped (body_id, NULL, error);
}

static EthosBodyRules *
load_for_practitioner (EthosStore *self, const char *body_id, GError **error)
{
  g_autofree char *membership_class = ethos_store_get_membership_class (self, body_id);
  EthosPractitioner practitioner = { membership_class, ETHOS_PRACTICE_NOT_SET, 0 };

  practitioner.practice = ethos_store_get_practice (self, &practitioner.percent);
  return load_shipped (body_id, &practitioner, error);
}

/* The body's numbers as they bind this practitioner (their class and practice), without their
 * own: what Preferences shows as the body's. */
EthosBodyRules *
ethos_store_load_body_rules_published (EthosStore *self, const char *body_id, GError **error)
{
  return load_for_practitioner (self, body_id, error);
}

/* The body's numbers as they bind this practitioner: for their class and practice, with their
 * own numbers on top. */
EthosBodyRules *
ethos_store_load_body_rules (EthosStore *self, const char *body_id, GError **error)
{
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autoptr (GHashTable) overrides = NULL;
  GHashTableIter iter;
  gpointer key, value;

  rules = load_for_practitioner (self, body_id, error);
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

/* Whether one of the practitioner's bodies counts hours of CPD on @topic (BABCP: cbt-skills),
 * as their class binds them: the editor asks about it only then. */
gboolean
ethos_store_counts_cpd_topic (EthosStore *self, const char *topic)
{
  g_auto (GStrv) ids = ethos_store_list_body_ids (self, NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autoptr (EthosBodyRules) rules = ethos_store_load_body_rules (self, ids[i], NULL);

      if (rules != NULL && rules->cpd_topic != ETHOS_RULE_NOT_SET
          && g_strcmp0 (ethos_cpd_topics[rules->cpd_topic], topic) == 0)
        return TRUE;
    }
  return FALSE;
}
