/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-practice-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-client-hours.h"
#include "ethos-practice-store.h"
#include "ethos-rules-store.h"
#include "ethos-store-private.h"

void
ethos_month_break_free (EthosMonthBreak *month_break)
{
  if (month_break == NULL)
    return;
  g_free (month_break->note);
  g_free (month_break);
}

/* Whether @sql (a query with one parameter) finds a row for @key. FALSE with @error set when it
 * cannot be read. */
static gboolean
row_exists (EthosStore *self, const char *sql, const char *key, gboolean *exists, GError **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self, sql, error);
  EthosStep step;

  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, key);
  step = ethos_store_step (self, stmt, error);
  sqlite3_reset (stmt);
  *exists = step == ETHOS_STEP_ROW;
  return step != ETHOS_STEP_ERROR;
}

/* The practitioner's class in @body_id, or NULL when they have not given one. */
char *
ethos_store_get_membership_class (EthosStore *self, const char *body_id)
{
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt = ethos_store_prepare (self,
                                            "SELECT membership_class FROM profile_bodies "
                                            "WHERE body_id = ?1",
                                            &error);
  char *value = NULL;

  if (stmt != NULL)
    {
      ethos_store_bind_text (stmt, 1, body_id);
      if (ethos_store_step (self, stmt, &error) == ETHOS_STEP_ROW)
        value = ethos_store_column_dup_nullable (stmt, 0);
      sqlite3_reset (stmt);
    }
  if (error != NULL)
    g_warning ("Could not read the membership class in %s: %s", body_id, error->message);
  return value;
}

/* Sets the practitioner's class in a body of their profile: one the body names (NULL: not
 * given). */
gboolean
ethos_store_set_membership_class (EthosStore  *self,
                                  const char  *body_id,
                                  const char  *membership_class,
                                  GError     **error)
{
  g_autoptr (EthosBodyRules) rules = ethos_body_rules_load_shipped (body_id, error);
  sqlite3_stmt *stmt;
  gboolean member = FALSE;

  if (rules == NULL)
    return FALSE;
  if (!row_exists (self, "SELECT 1 FROM profile_bodies WHERE body_id = ?1", body_id, &member,
                   error))
    return FALSE;
  if (!member)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("%s is not one of your bodies: add it to your profile first"),
                   rules->short_name);
      return FALSE;
    }
  if (membership_class != NULL && !ethos_body_rules_check_class (rules, membership_class, error))
    return FALSE;
  stmt = ethos_store_prepare (self,
                              "UPDATE profile_bodies SET membership_class = ?2 WHERE body_id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, body_id);
  if (membership_class != NULL)
    ethos_store_bind_text (stmt, 2, membership_class);
  return ethos_store_write_one (self, stmt, ETHOS_STORE_CHANGE_PROFILE, error);
}

/* Full- or part-time (not set until the practitioner says), and for part-time the share of
 * full time in percent (0 when not given). Kept as one profile value, "full-time",
 * "part-time" or "part-time:40", so that one write changes both. */
EthosPractice
ethos_store_get_practice (EthosStore *self, int *percent)
{
  g_autofree char *text = ethos_store_profile_value (self, "practice");
  g_auto (GStrv) parts = g_strsplit (text != NULL ? text : "", ":", 2);
  EthosPractice practice = ETHOS_PRACTICE_NOT_SET;
  guint64 number = 0;

  if (text != NULL && !ethos_practice_from_string (parts[0], &practice, NULL))
    practice = ETHOS_PRACTICE_NOT_SET;
  if (percent != NULL)
    *percent = practice == ETHOS_PRACTICE_PART_TIME && parts[0] != NULL && parts[1] != NULL
                   && g_ascii_string_to_unsigned (parts[1], 10, 1, 99, &number, NULL)
                 ? (int) number
                 : 0;
  return practice;
}

gboolean
ethos_store_set_practice (EthosStore *self, EthosPractice practice, int percent, GError **error)
{
  g_autofree char *value = NULL;

  if (practice == ETHOS_PRACTICE_PART_TIME && percent != 0 && (percent < 1 || percent > 99))
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                   _("Part-time practice is from 1%% to 99%% of full time: %d%% is not"), percent);
      return FALSE;
    }
  if (practice == ETHOS_PRACTICE_PART_TIME && percent > 0)
    value = g_strdup_printf ("%s:%d", ethos_practice_to_string (practice), percent);
  else if (practice != ETHOS_PRACTICE_NOT_SET)
    value = g_strdup (ethos_practice_to_string (practice));
  return ethos_store_set_profile_value (self, "practice", value, error);
}

/* The months marked as without clients, oldest first. */
GPtrArray *
ethos_store_list_month_breaks (EthosStore *self, GError **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_month_break_free);
  sqlite3_stmt *stmt;
  EthosStep step;

  stmt = ethos_store_prepare (self, "SELECT month, note FROM month_breaks ORDER BY month", error);
  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      EthosMonthBreak *month_break = g_new0 (EthosMonthBreak, 1);

      g_strlcpy (month_break->month, (const char *) sqlite3_column_text (stmt, 0),
                 sizeof month_break->month);
      month_break->note = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (list, month_break);
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&list);
}

/* Marks @month (YYYY-MM) as one without clients, with a note (or replaces its note). */
gboolean
ethos_store_set_month_break (EthosStore *self, const char *month, const char *note,
                             GError **error)
{
  sqlite3_stmt *stmt;

  if (!ethos_month_check (month, error))
    return FALSE;
  if (note != NULL && (!g_utf8_validate (note, -1, NULL) || g_utf8_strlen (note, -1) > 2000))
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT,
                   _("The note must be text of at most 2,000 characters"));
      return FALSE;
    }
  stmt = ethos_store_prepare (self,
                              "INSERT INTO month_breaks (month, note) VALUES (?1, ?2) "
                              "ON CONFLICT (month) DO UPDATE SET note = ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, month);
  ethos_store_bind_text (stmt, 2, note != NULL ? note : "");
  return ethos_store_write_one (self, stmt, ETHOS_STORE_CHANGE_ENTRIES, error);
}

gboolean
ethos_store_remove_month_break (EthosStore *self, const char *month, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean marked = FALSE;

  if (!ethos_month_check (month, error)
      || !row_exists (self, "SELECT 1 FROM month_breaks WHERE month = ?1", month, &marked, error))
    return FALSE;
  if (!marked)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND,
                   _("%s is not marked as a month without clients"), month);
      return FALSE;
    }
  stmt = ethos_store_prepare (self, "DELETE FROM month_breaks WHERE month = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, month);
  return ethos_store_write_one (self, stmt, ETHOS_STORE_CHANGE_ENTRIES, error);
}

/* The months marked as without clients, as YYYY-MM, for the standing; NULL on error. */
GStrv
ethos_store_list_break_months (EthosStore *self, GError **error)
{
  g_autoptr (GPtrArray) breaks = ethos_store_list_month_breaks (self, error);
  g_autoptr (GStrvBuilder) months = g_strv_builder_new ();

  if (breaks == NULL)
    return NULL;
  for (guint i = 0; i < breaks->len; i++)
    g_strv_builder_add (months, ((EthosMonthBreak *) g_ptr_array_index (breaks, i))->month);
  return g_strv_builder_end (months);
}
