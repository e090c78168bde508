/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-profile-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-profile-store.h"
#include "ethos-store-private.h"

/* The practitioner: their name, the bodies they belong to with membership numbers, their own
 * numbers for a body's rules, and the hours they had done before Ethos. */

void
ethos_membership_free (EthosMembership *membership)
{
  if (membership == NULL)
    return;
  g_free (membership->body_id);
  g_free (membership->membership_number);
  g_free (membership->membership_class);
  g_free (membership);
}

/* The profile's value for @key, NULL when it has none. A value that cannot be read is NULL
 * too, and said in the log: these getters have no error to give. */
char *
ethos_store_profile_value (EthosStore *self, const char *key)
{
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt = ethos_store_prepare (self, "SELECT value FROM profile WHERE key = ?1",
                                            &error);
  char *value = NULL;

  if (stmt != NULL)
    {
      ethos_store_bind_text (stmt, 1, key);
      if (ethos_store_step (self, stmt, &error) == ETHOS_STEP_ROW)
        value = ethos_store_column_dup_nullable (stmt, 0);
      sqlite3_reset (stmt);
    }
  if (error != NULL)
    g_warning ("Could not read the profile's %s: %s", key, error->message);
  return value;
}

/* Sets the profile's @key to @value, or removes it when @value is NULL, as one write. */
gboolean
ethos_store_set_profile_value (EthosStore *self, const char *key, const char *value, GError **error)
{
  sqlite3_stmt *stmt;

  if (value == NULL)
    stmt = ethos_store_prepare (self, "DELETE FROM profile WHERE key = ?1", error);
  else
    stmt = ethos_store_prepare (self,
                                "INSERT INTO profile (key, value) VALUES (?1, ?2) "
                                "ON CONFLICT (key) DO UPDATE SET value = ?2",
                                error);
  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, key);
  if (value != NULL)
    ethos_store_bind_text (stmt, 2, value);
  return ethos_store_write_one (self, stmt, ETHOS_STORE_CHANGE_PROFILE, error);
}

char *
ethos_store_get_name (EthosStore *self)
{
  return ethos_store_profile_value (self, "name");
}

gboolean
ethos_store_set_name (EthosStore *self, const char *name, GError **error)
{
  if (name == NULL || !g_utf8_validate (name, -1, NULL) || g_utf8_strlen (name, -1) > 200)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("The name must be text of at most 200 characters"));
      return FALSE;
    }
  return ethos_store_set_profile_value (self, "name", name, error);
}

GPtrArray *
ethos_store_list_memberships (EthosStore *self, GError **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_membership_free);
  sqlite3_stmt *stmt;
  EthosStep step;

  stmt = ethos_store_prepare (self,
                              "SELECT body_id, membership_number, membership_class FROM profile_bodies "
                              "ORDER BY position",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      EthosMembership *membership = g_new0 (EthosMembership, 1);

      membership->body_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      membership->membership_number = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      membership->membership_class = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (list, membership);
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&list);
}

/* The ids of the bodies in the profile, in order; NULL when they cannot be read. */
GStrv
ethos_store_list_body_ids (EthosStore *self, GError **error)
{
  g_autoptr (GPtrArray) memberships = ethos_store_list_memberships (self, error);
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();

  if (memberships == NULL)
    return NULL;
  for (guint i = 0; i < memberships->len; i++)
    g_strv_builder_add (ids, ((EthosMembership *) g_ptr_array_index (memberships, i))->body_id);
  return g_strv_builder_end (ids);
}

/* Replaces the list of bodies, in order, in one transaction. A body that stays keeps the
 * membership class it had (ethos_store_set_membership_class () sets that). */
gboolean
ethos_store_set_memberships (EthosStore *self, GPtrArray *memberships, GError **error)
{
  sqlite3_stmt *stmt;

  if (!ethos_store_begin (self, error))
    return FALSE;
  /* Every row is moved out of the way, then the bodies listed are put back in order. */
  stmt = ethos_store_prepare (self, "UPDATE profile_bodies SET position = -1 - position", error);
  if (stmt == NULL || !ethos_store_step_done (self, stmt, error))
    goto fail;
  for (guint i = 0; i < memberships->len; i++)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i);

      stmt = ethos_store_prepare (self,
                                  "INSERT INTO profile_bodies (body_id, position, membership_number) "
                                  "VALUES (?1, ?2, ?3) ON CONFLICT (body_id) DO UPDATE "
                                  "SET position = ?2, membership_number = ?3",
                                  error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_text (stmt, 1, membership->body_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, (int) i);
      if (membership->membership_number != NULL)
        sqlite3_bind_text (stmt, 3, membership->membership_number, -1, SQLITE_TRANSIENT);
      if (!ethos_store_step_done (self, stmt, error))
        goto fail;
    }
  stmt = ethos_store_prepare (self, "DELETE FROM profile_bodies WHERE position < 0", error);
  if (stmt == NULL || !ethos_store_step_done (self, stmt, error))
    goto fail;
  ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_PROFILE);
  return ethos_store_commit (self, error);

fail:
  ethos_store_rollback (self);
  return FALSE;
}

/* The practitioner's own numbers for a body: key ("Supervision.MonthlyMinutes") to value. */
GHashTable *
ethos_store_get_body_overrides (EthosStore *self, const char *body_id, GError **error)
{
  g_autoptr (GHashTable) overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  EthosStep step;

  stmt = ethos_store_prepare (self, "SELECT key, value FROM body_overrides WHERE body_id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, body_id, -1, SQLITE_TRANSIENT);
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    g_hash_table_insert (overrides, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&overrides);
}

/* Sets an override; NULL goes back to the body's own number. The caller checks the value. */
gboolean
ethos_store_set_body_override (EthosStore  *self,
                               const char  *body_id,
                               const char  *key,
                               const char  *value,
                               GError     **error)
{
  sqlite3_stmt *stmt;

  if (value == NULL)
    stmt = ethos_store_prepare (self, "DELETE FROM body_overrides WHERE body_id = ?1 AND key = ?2",
                                error);
  else
    stmt = ethos_store_prepare (self,
                                "INSERT INTO body_overrides (body_id, key, value) VALUES (?1, ?2, ?3) "
                                "ON CONFLICT (body_id, key) DO UPDATE SET value = ?3",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, body_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
  if (value != NULL)
    sqlite3_bind_text (stmt, 3, value, -1, SQLITE_TRANSIENT);
  return ethos_store_write_one (self, stmt, ETHOS_STORE_CHANGE_PROFILE, error);
}

/* The minutes done before Ethos in the period from @period_start; 0 when none were given, or
 * when they cannot be read (said in the log). */
int
ethos_store_get_opening_balance (EthosStore *self, const char *body_id, const char *period_start)
{
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt;
  int minutes = 0;

  stmt = ethos_store_prepare (self,
                              "SELECT minutes FROM opening_balances "
                              "WHERE body_id = ?1 AND period_start = ?2",
                              &error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, body_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, period_start, -1, SQLITE_TRANSIENT);
      if (ethos_store_step (self, stmt, &error) == ETHOS_STEP_ROW)
        minutes = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }
  if (error != NULL)
    g_warning ("Could not read an opening balance: %s", error->message);
  return minutes;
}

gboolean
ethos_store_set_opening_balance (EthosStore  *self,
                                 const char  *body_id,
                                 const char  *period_start,
                                 int          minutes,
                                 GError     **error)
{
  sqlite3_stmt *stmt;

  if (minutes < 0)
    {
      g_set_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_INVALID,
                   _("An opening balance cannot be negative"));
      return FALSE;
    }
  stmt = ethos_store_prepare (self,
                              "INSERT INTO opening_balances (body_id, period_start, minutes) "
                              "VALUES (?1, ?2, ?3) "
                              "ON CONFLICT (body_id, period_start) DO UPDATE SET minutes = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, body_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, period_start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, minutes);
  return ethos_store_write_one (self, stmt, ETHOS_STORE_CHANGE_PROFILE, error);
}

/* The first day of one of a body's CPD periods (a renewal date): the periods are counted from
 * it. NULL when the practitioner has not given one. */
char *
ethos_store_get_cpd_anchor (EthosStore *self, const char *body_id)
{
  g_autofree char *key = g_strdup_printf ("cpd-period-start:%s", body_id);

  return ethos_store_profile_value (self, key);
}

gboolean
ethos_store_set_cpd_anchor (EthosStore *self, const char *body_id, const char *date, GError **error)
{
  g_autofree char *key = g_strdup_printf ("cpd-period-start:%s", body_id);

  return ethos_store_set_profile_value (self, key, date, error);
}

/* The time of day reminders are shown ("09:00" unless the practitioner chose another). */
char *
ethos_store_get_notify_time (EthosStore *self)
{
  char *value = ethos_store_profile_value (self, "notify-time");

  return value != NULL ? value : g_strdup ("09:00");
}

gboolean
ethos_store_set_notify_time (EthosStore *self, const char *time, GError **error)
{
  return ethos_store_set_profile_value (self, "notify-time", time, error);
}

/* The lead days a new reminder of @kind starts with: the practitioner's own, or the kind's
 * default. */
char *
ethos_store_get_default_leads (EthosStore *self, EthosReminderKind kind)
{
  g_autofree char *key = g_strdup_printf ("leads:%s", ethos_reminder_kind_to_string (kind));
  char *value = ethos_store_profile_value (self, key);

  if (value == NULL)
    {
      g_autoptr (EthosReminder) template = ethos_reminder_new (kind);

      value = ethos_reminder_leads_to_string (template);
    }
  return value;
}

/* Sets the lead days new reminders of @kind start with ("30,7"); NULL goes back to the kind's
 * default. Refuses leads that cannot be read, writing nothing. Reminders already kept keep
 * their own. */
gboolean
ethos_store_set_default_leads (EthosStore         *self,
                               EthosReminderKind   kind,
                               const char         *leads,
                               GError            **error)
{
  const char *word = ethos_reminder_kind_to_string (kind);
  g_autofree char *key = NULL;
  g_autoptr (EthosReminder) check = NULL;
  g_autofree char *normal = NULL;

  g_return_val_if_fail (word != NULL, FALSE);

  key = g_strdup_printf ("leads:%s", word);
  if (leads == NULL)
    return ethos_store_set_profile_value (self, key, NULL, error);
  check = ethos_reminder_new (kind);
  if (!ethos_reminder_parse_leads (check, leads, error))
    return FALSE;
  normal = ethos_reminder_leads_to_string (check);
  return ethos_store_set_profile_value (self, key, normal, error);
}

/* Gives @reminder the lead days the practitioner chose for its kind. */
void
ethos_store_apply_default_leads (EthosStore *self, EthosReminder *reminder)
{
  g_autofree char *leads = ethos_store_get_default_leads (self, reminder->kind);

  ethos_reminder_parse_leads (reminder, leads, NULL);
}
