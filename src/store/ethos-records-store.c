/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-records-store"

#include "config.h"

#include "ethos-records-store.h"
#include "ethos-store-private.h"

/* The insurance and DBS records, kept in the profile under the keys core names for them
 * (ethos_record_fields): read together, and written together in one transaction after core has
 * checked them, so that a policy is never kept with half of its dates. */

EthosRecords *
ethos_store_get_records (EthosStore *self, GError **error)
{
  g_autoptr (EthosRecords) records = ethos_records_new ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self, "SELECT value FROM profile WHERE key = ?1", error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < ethos_n_record_fields; i++)
    {
      EthosStep step;

      ethos_store_bind_text (stmt, 1, ethos_record_fields[i].key);
      step = ethos_store_step (self, stmt, error);
      if (step == ETHOS_STEP_ROW)
        *ethos_records_field (records, i) = ethos_store_column_dup_nullable (stmt, 0);
      sqlite3_reset (stmt);
      if (step == ETHOS_STEP_ERROR)
        return NULL;
    }
  return g_steal_pointer (&records);
}

/* Replaces the records with @records (checked, and normalised, first: nothing is written when
 * a field is wrong). A field that is NULL is removed. */
gboolean
ethos_store_set_records (EthosStore *self, EthosRecords *records, GError **error)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  if (!ethos_records_check (records, error) || !ethos_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < ethos_n_record_fields; i++)
    {
      const char *value = *ethos_records_field (records, i);
      sqlite3_stmt *stmt;

      if (value == NULL)
        stmt = ethos_store_prepare (self, "DELETE FROM profile WHERE key = ?1", error);
      else
        stmt = ethos_store_prepare (self,
                                    "INSERT INTO profile (key, value) VALUES (?1, ?2) "
                                    "ON CONFLICT (key) DO UPDATE SET value = ?2",
                                    error);
      if (stmt == NULL)
        goto failed;
      ethos_store_bind_text (stmt, 1, ethos_record_fields[i].key);
      if (value != NULL)
        ethos_store_bind_text (stmt, 2, value);
      if (!ethos_store_step_done (self, stmt, error))
        goto failed;
    }
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_PROFILE);
  return ethos_store_commit (self, error);

failed:
  ethos_store_rollback (self);
  return FALSE;
}
