/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-supervisor-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-store-private.h"
#include "ethos-supervisor-store.h"

/* The supervisors the diary knows, with their contact details: listed, found by name or id,
 * added and changed. A supervisor is also added, by name alone, when an entry names one not
 * known yet (ethos-entry-store.c). Names are unique, whatever their case. */

#define COLUMNS                                                                                    \
  "s.id, s.name, s.email, s.phone, s.accreditation, "                                              \
  "(SELECT count(*) FROM entries WHERE supervisor_id = s.id) "

static EthosSupervisor *
read_row (sqlite3_stmt *stmt)
{
  EthosSupervisor *supervisor = ethos_supervisor_new ();

  supervisor->id = sqlite3_column_int64 (stmt, 0);
  supervisor->name = ethos_store_column_dup (stmt, 1);
  supervisor->email = ethos_store_column_dup_nullable (stmt, 2);
  supervisor->phone = ethos_store_column_dup_nullable (stmt, 3);
  supervisor->accreditation = ethos_store_column_dup_nullable (stmt, 4);
  supervisor->n_sessions = (guint) sqlite3_column_int (stmt, 5);
  return supervisor;
}

/* Every supervisor, by name. */
GPtrArray *
ethos_store_list_supervisor_records (EthosStore *self, GError **error)
{
  g_autoptr (GPtrArray) supervisors = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ethos_supervisor_free);
  sqlite3_stmt *stmt;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self,
                              "SELECT " COLUMNS "FROM supervisors s ORDER BY s.name COLLATE NOCASE",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    g_ptr_array_add (supervisors, read_row (stmt));
  sqlite3_reset (stmt);
  return step == ETHOS_STEP_ERROR ? NULL : g_steal_pointer (&supervisors);
}

/* The supervisor @name_or_id names: an id ("3"), or a name in any case. */
EthosSupervisor *
ethos_store_find_supervisor (EthosStore *self, const char *name_or_id, GError **error)
{
  g_autofree char *name = g_strstrip (g_strdup (name_or_id));
  guint64 id = 0;
  gboolean by_id = g_ascii_string_to_unsigned (name, 10, 1, G_MAXINT64, &id, NULL);
  EthosSupervisor *supervisor = NULL;
  sqlite3_stmt *stmt;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self,
                              by_id ? "SELECT " COLUMNS "FROM supervisors s WHERE s.id = ?1"
                                    : "SELECT " COLUMNS "FROM supervisors s WHERE s.name = ?1",
                              error);
  if (stmt == NULL)
    return NULL;
  if (by_id)
    sqlite3_bind_int64 (stmt, 1, (sqlite3_int64) id);
  else
    ethos_store_bind_text (stmt, 1, name);
  step = ethos_store_step (self, stmt, error);
  if (step == ETHOS_STEP_ROW)
    supervisor = read_row (stmt);
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_DONE)
    g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                 by_id ? _("There is no supervisor %s") : _("There is no supervisor called %s"),
                 name);
  return supervisor;
}

static void
name_taken (GError **error, const char *name)
{
  g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_EXISTS,
               _("There is already a supervisor called %s"), name);
}

/* Writes @supervisor (checked first) as a new supervisor, or over the one with its id. */
static gboolean
write_supervisor (EthosStore *self, EthosSupervisor *supervisor, GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!ethos_supervisor_check (supervisor, error))
    return FALSE;
  if (supervisor->id == 0)
    stmt = ethos_store_prepare (self,
                                "INSERT INTO supervisors (name, email, phone, accreditation) "
                                "VALUES (?2, ?3, ?4, ?5)",
                                error);
  else
    stmt = ethos_store_prepare (self,
                                "UPDATE supervisors SET name = ?2, email = ?3, phone = ?4, "
                                "accreditation = ?5 WHERE id = ?1",
                                error);
  if (stmt == NULL || !ethos_store_begin (self, error))
    return FALSE;
  if (supervisor->id != 0)
    sqlite3_bind_int64 (stmt, 1, supervisor->id);
  ethos_store_bind_text (stmt, 2, supervisor->name);
  ethos_store_bind_text (stmt, 3, supervisor->email);
  ethos_store_bind_text (stmt, 4, supervisor->phone);
  ethos_store_bind_text (stmt, 5, supervisor->accreditation);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      name_taken (error, supervisor->name);
      goto failed;
    }
  if (rc != SQLITE_DONE)
    {
      ethos_store_set_error (self, error, _("Could not save the supervisor"));
      goto failed;
    }
  if (sqlite3_changes (ethos_store_get_db (self)) == 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("There is no supervisor %lld"), (long long) supervisor->id);
      goto failed;
    }
  if (supervisor->id == 0)
    supervisor->id = sqlite3_last_insert_rowid (ethos_store_get_db (self));
  /* A new name is how the diary's sessions name them. */
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_PROFILE | ETHOS_STORE_CHANGE_ENTRIES);
  if (ethos_store_commit (self, error))
    return TRUE;
  supervisor->id = 0;
  return FALSE;

failed:
  ethos_store_rollback (self);
  return FALSE;
}

/* Adds @supervisor; returns its id, or 0 with @error (a name already kept, a detail that is
 * not what it says). */
gint64
ethos_store_add_supervisor (EthosStore *self, EthosSupervisor *supervisor, GError **error)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), 0);
  g_return_val_if_fail (supervisor->id == 0, 0);

  return write_supervisor (self, supervisor, error) ? supervisor->id : 0;
}

/* Changes the supervisor with @supervisor's id to its name and details. */
gboolean
ethos_store_update_supervisor (EthosStore *self, EthosSupervisor *supervisor, GError **error)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (supervisor->id > 0, FALSE);

  return write_supervisor (self, supervisor, error);
}
