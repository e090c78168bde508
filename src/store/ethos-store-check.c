/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-store-private.h"

/* SQLite's full integrity check, and Ethos's schema as its migrations make it. @problems gets what it found (NULL when sound). Returns FALSE
 * with @error only when the check itself could not run. */
gboolean
ethos_store_check_integrity (EthosStore *self, GStrv *problems, GError **error)
{
  g_autoptr (GStrvBuilder) found = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  gboolean sound = TRUE;
  EthosStep step;

  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);

  stmt = ethos_store_prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;
  /* A failure is said in the check's own words, below. */
  while ((step = ethos_store_step (self, stmt, NULL)) == ETHOS_STEP_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        {
          g_strv_builder_add (found, line);
          sound = FALSE;
        }
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    {
      ethos_store_set_error (self, error, _("The integrity check could not run"));
      return FALSE;
    }

  stmt = ethos_store_prepare (self, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((step = ethos_store_step (self, stmt, NULL)) == ETHOS_STEP_ROW)
    {
      g_autofree char *line = g_strdup_printf (_("a row in %s refers to a missing row in %s"),
                                               sqlite3_column_text (stmt, 0),
                                               sqlite3_column_text (stmt, 2));

      g_strv_builder_add (found, line);
      sound = FALSE;
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    {
      ethos_store_set_error (self, error, _("The integrity check could not run"));
      return FALSE;
    }

  {
    g_autofree char *name = NULL;
    g_autofree char *line = NULL;

    /* Names alone would say "sound" with a trigger of someone else's in it. */
    switch (ethos_store_schema_difference (self->db, self->schema_version, &name))
      {
      case ETHOS_SCHEMA_SAME:
        break;
      case ETHOS_SCHEMA_MISSING:
        line = g_strdup_printf (_("Ethos's “%s” is missing from the database"), name);
        break;
      case ETHOS_SCHEMA_ADDED:
        line = g_strdup_printf (_("“%s” is not Ethos's: it was added to the database by "
                                  "something else"),
                                name);
        break;
      case ETHOS_SCHEMA_CHANGED:
        line = g_strdup_printf (_("Ethos's “%s” has been changed by something else"), name);
        break;
      case ETHOS_SCHEMA_UNREADABLE:
      default:
        line = g_strdup (_("The database's list of its tables cannot be read"));
        break;
      }
    if (line != NULL)
      {
        g_strv_builder_add (found, line);
        sound = FALSE;
      }
  }

  {
    guint n_evidence = 0;

    if (!ethos_store_check_evidence (self, found, &n_evidence, error))
      return FALSE;
    if (n_evidence > 0)
      sound = FALSE;
  }

  if (problems != NULL)
    *problems = sound ? NULL : g_strv_builder_end (found);
  return TRUE;
}
