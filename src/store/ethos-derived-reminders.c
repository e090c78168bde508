/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-derived-reminders"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-derived-reminders.h"
#include "ethos-entry-store.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"
#include "ethos-store-private.h"
#include "ethos-totals-store.h"

/* Reminders the diary itself raises, kept up to date by the store, so that reading them never
 * writes: in the same transaction as every write to the diary or the profile (see
 * ethos_store_commit()), once at opening (for the window, once the check put off at opening
 * has passed), and by the notifier as the days pass, as of the day it plans for:
 * - supervision: due after the last session logged by the longest gap the practitioner's
 *   bodies allow (the smallest Supervision.MaxGapDays, with their own numbers), or
 *   ETHOS_SUPERVISION_GAP_DAYS when none sets one;
 * - CPD: for each body with a target, due ETHOS_CPD_SHORTFALL_DAYS before the current period
 *   ends while the target is unmet; gone once it is met.
 * Each is one row, found by its source ("supervision-gap", "cpd-shortfall:bacp"). */

/* The row is only touched (and the change said) when something it says has changed. */
static gboolean
upsert (EthosStore *self, const char *source, EthosReminderKind kind, const char *title,
        const char *notes, const char *due, const char *leads, GError **error)
{
  g_autofree char *now = ethos_store_now_utc ();
  sqlite3_stmt *stmt = ethos_store_prepare (self,
                                            "INSERT INTO reminders (title, kind, due, anchor, "
                                            "  lead_days, source, created, updated, notes) "
                                            "VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?6, ?7) "
                                            "ON CONFLICT (source) WHERE source IS NOT NULL DO UPDATE "
                                            "SET title = ?1, notes = ?7, done = 0, updated = ?6, "
                                            "  due = ?3, anchor = ?3 "
                                            "WHERE due <> ?3 OR done OR title <> ?1 OR notes <> ?7",
                                            error);

  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, title);
  ethos_store_bind_text (stmt, 2, ethos_reminder_kind_to_string (kind));
  ethos_store_bind_text (stmt, 3, due);
  ethos_store_bind_text (stmt, 4, leads);
  ethos_store_bind_text (stmt, 5, source);
  ethos_store_bind_text (stmt, 6, now);
  ethos_store_bind_text (stmt, 7, notes != NULL ? notes : "");
  if (!ethos_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (ethos_store_get_db (self)) > 0)
    ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_REMINDERS);
  return TRUE;
}

static gboolean
retire (EthosStore *self, const char *source, GError **error)
{
  sqlite3_stmt *stmt = ethos_store_prepare (self,
                                            "UPDATE reminders SET done = 1 "
                                            "WHERE source = ?1 AND NOT done",
                                            error);

  if (stmt == NULL)
    return FALSE;
  ethos_store_bind_text (stmt, 1, source);
  if (!ethos_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (ethos_store_get_db (self)) > 0)
    ethos_store_mark_changed (self, ETHOS_STORE_CHANGE_REMINDERS);
  return TRUE;
}

/* The longest gap between supervision sessions the practitioner's bodies allow: the smallest
 * Supervision.MaxGapDays among them (their own numbers applied), the first listed on a tie. Sets
 * @body to the rules of the body it comes from, or to NULL when none sets one: the gap is then
 * ETHOS_SUPERVISION_GAP_DAYS. Returns 0 on error. */
int
ethos_store_supervision_gap_days (EthosStore *self, EthosBodyRules **body, GError **error)
{
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (EthosBodyRules) smallest = NULL;
  int days = ETHOS_SUPERVISION_GAP_DAYS;

  g_return_val_if_fail (body != NULL, 0);

  *body = NULL;
  if ((memberships = ethos_store_list_memberships (self, error)) == NULL)
    return 0;
  for (guint i = 0; i < memberships->len; i++)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i);
      g_autoptr (EthosBodyRules) rules = ethos_store_load_body_rules (self, membership->body_id, NULL);

      if (rules == NULL || rules->max_gap_days == ETHOS_RULE_NOT_SET)
        continue;
      if (smallest == NULL || rules->max_gap_days < days)
        {
          days = rules->max_gap_days;
          g_clear_pointer (&smallest, ethos_body_rules_free);
          smallest = g_steal_pointer (&rules);
        }
    }
  *body = g_steal_pointer (&smallest);
  return days;
}

static gboolean
update_supervision (EthosStore *self, const char *today, GError **error)
{
  g_autoptr (GPtrArray) last = NULL;
  EthosEntry *entry;
  GDate date;
  g_autofree char *due = NULL;
  g_autofree char *title = NULL;
  g_autofree char *notes = NULL;
  g_autoptr (EthosBodyRules) body = NULL;
  g_autofree char *tomorrow = NULL;
  int gap;

  if (!ethos_date_parse (today, &date, error))
    return FALSE;
  g_date_add_days (&date, 1);
  tomorrow = ethos_date_to_iso (&date);
  last = ethos_store_list_entries_page (self, ETHOS_ENTRY_SUPERVISION, tomorrow, 0, 1, error);
  if (last == NULL)
    return FALSE;
  if (last->len == 0)
    return retire (self, "supervision-gap", error); /* nothing logged: nothing to measure from */
  if ((gap = ethos_store_supervision_gap_days (self, &body, error)) == 0)
    return FALSE;
  entry = g_ptr_array_index (last, 0);
  ethos_date_parse (entry->date, &date, NULL);
  g_date_add_days (&date, (guint) gap);
  due = ethos_date_to_iso (&date);
  {
    g_autofree char *last_day = ethos_date_format_iso (entry->date, ETHOS_DATE_LONG);

    title = g_strdup_printf (_("Supervision: the last session was on %s"), last_day);
  }
  if (body != NULL)
    /* TRANSLATORS: %s is a professional body's short name such as BACP; %d a number of days */
    notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%s’s rule: at most %d day from one supervision session "
                                          "to the next.",
                                          "%s’s rule: at most %d days from one supervision session "
                                          "to the next.",
                                          (gulong) gap),
                             body->short_name, gap);
  else
    notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "None of your bodies sets a longest gap between "
                                          "supervision sessions: Ethos reminds you %d day after "
                                          "the last one.",
                                          "None of your bodies sets a longest gap between "
                                          "supervision sessions: Ethos reminds you %d days after "
                                          "the last one.",
                                          (gulong) gap),
                             gap);
  return upsert (self, "supervision-gap", ETHOS_REMINDER_KIND_SUPERVISION, title, notes, due,
                 "7,1", error);
}

static gboolean
update_cpd (EthosStore *self, const char *today, GError **error)
{
  g_autoptr (GPtrArray) memberships = ethos_store_list_memberships (self, error);

  if (memberships == NULL)
    return FALSE;
  for (guint i = 0; i < memberships->len; i++)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i);
      g_autoptr (EthosBodyRules) rules = ethos_store_load_body_rules (self, membership->body_id, NULL);
      g_autofree char *source = g_strdup_printf ("cpd-shortfall:%s", membership->body_id);
      g_autoptr (GArray) periods = NULL;
      EthosCpdPeriod *period;
      GDate end, raise_on, now;

      if (rules == NULL || rules->cpd_target_minutes <= 0)
        continue;
      periods = ethos_store_cpd_totals (self, rules, today, today, error);
      if (periods == NULL)
        return FALSE;
      if (periods->len == 0)
        continue;
      period = &g_array_index (periods, EthosCpdPeriod, periods->len - 1);
      if (period->target == ETHOS_CHECK_MET || !ethos_date_parse (period->period_end, &end, NULL))
        {
          if (!retire (self, source, error))
            return FALSE;
          continue;
        }
      raise_on = end;
      g_date_subtract_days (&raise_on, ETHOS_CPD_SHORTFALL_DAYS);
      ethos_date_parse (today, &now, NULL);
      if (g_date_compare (&now, &raise_on) >= 0)
        {
          g_autofree char *ends = ethos_date_format_iso (period->period_end, ETHOS_DATE_LONG);
          int target = period->target_minutes / 60;
          /* Translators: a body's short name (NCPS), the whole hours of CPD done and needed,
           * and the day the period ends */
          g_autofree char *title = g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "CPD for %s: %d of %d hour, period ends %s",
                         "CPD for %s: %d of %d hours, period ends %s", (gulong) MAX (target, 0)),
            rules->short_name, period->minutes / 60, target, ends);

          if (!upsert (self, source, ETHOS_REMINDER_KIND_CPD, title, NULL, period->period_end,
                       "30,7", error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Within the caller's transaction: the supervision gap and the CPD shortfall as of @today. */
gboolean
ethos_store_derive_reminders (EthosStore *self, const char *today, GError **error)
{
  g_autoptr (GError) local_error = NULL;

  if (update_supervision (self, today, &local_error) && update_cpd (self, today, &local_error))
    return TRUE;
  if (local_error == NULL)
    g_set_error (&local_error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_FAILED,
                 _("Could not write to the database"));
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* Brings the supervision gap and the CPD shortfall up to date, as of @today, in a transaction
 * of its own. Writes keep them up to date; this is for the days passing with no write (the
 * notifier, as of the day it plans for). It is a write, so while the check put off at opening
 * (ETHOS_STORE_OPEN_CHECK_LATER) is owed, it writes nothing and waits for nothing: the store
 * does it itself once the check has passed. "changed" says ETHOS_STORE_CHANGE_REMINDERS only
 * when a reminder changed. */
gboolean
ethos_store_update_derived_reminders (EthosStore *self, const char *today, GError **error)
{
  g_return_val_if_fail (ETHOS_IS_STORE (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (!ethos_store_is_checked (self))
    return TRUE;
  if (!ethos_store_begin (self, error))
    return FALSE;
  if (!ethos_store_derive_reminders (self, today, error))
    {
      ethos_store_rollback (self);
      return FALSE;
    }
  return ethos_store_commit (self, error);
}

/* At opening, once writing may go ahead (and the day's backup is made): the day may have moved
 * on since the last write. A failure is only logged (a database that cannot be written to can
 * still be read); the next write tries again. */
void
ethos_store_derive_reminders_today (EthosStore *self)
{
  g_autofree char *today = ethos_store_today (self);
  g_autoptr (GError) error = NULL;

  if (!ethos_store_begin_without_backup (self, &error))
    goto fail;
  if (!ethos_store_derive_reminders (self, today, &error))
    {
      ethos_store_rollback (self);
      goto fail;
    }
  if (ethos_store_commit (self, &error))
    return;

fail:
  g_debug ("The diary’s own reminders were not brought up to date at opening: %s",
           error->message);
}
