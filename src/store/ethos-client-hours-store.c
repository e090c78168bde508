/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-client-hours-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-client-hours-store.h"
#include "ethos-date.h"
#include "ethos-store-private.h"

/* The client-hours log, a month to a row. */

/* Every month logged, oldest first (EthosClientMonth). */
GArray *
ethos_store_list_client_hours (EthosStore *self, GError **error)
{
  g_autoptr (GArray) months = g_array_new (FALSE, TRUE, sizeof (EthosClientMonth));
  sqlite3_stmt *stmt;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);

  stmt = ethos_store_prepare (self, "SELECT month, minutes FROM client_hours ORDER BY month",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      EthosClientMonth month = { { 0 }, sqlite3_column_int (stmt, 1) };

      g_strlcpy (month.month, ethos_store_column_text (stmt, 0), sizeof month.month);
      g_array_append_val (months, month);
    }
  sqlite3_reset (stmt);
  return step == ETHOS_STEP_ERROR ? NULL : g_steal_pointer (&months);
}

/* Logs @minutes of client work in @month (YYYY-MM), in place of what was logged for it. */
gboolean
ethos_store_set_client_hours (EthosStore *self, const char *month, int minutes, GError **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  if (!ethos_month_check (month, error))
    return FALSE;
  if (minutes < 0 || minutes > ETHOS_CLIENT_MONTH_MAX_MINUTES)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION,
                   _("A month holds at most %d hours of client work"),
                   ETHOS_CLIENT_MONTH_MAX_MINUTES / 60);
      return FALSE;
    }
  stmt = ethos_store_prepare (self,
                              "INSERT INTO client_hours (month, minutes) VALUES (?1, ?2) "
                              "ON CONFLICT (month) DO UPDATE SET minutes = ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, month);
  sqlite3_bind_int (stmt, 2, minutes);
  return ethos_store_write_one (self, stmt, ETHOS_STORE_CHANGE_ENTRIES, error);
}
