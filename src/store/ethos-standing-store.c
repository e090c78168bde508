/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standing-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-client-hours-store.h"
#include "ethos-date.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-store.h"
#include "ethos-rules-store.h"
#include "ethos-standing-store.h"
#include "ethos-store-private.h"
#include "ethos-totals-store.h"

/* Reads what the standing evaluator (src/core/ethos-standing.c) needs, and asks it: the
 * profile's bodies and their rules, the client-hours log, supervision from the first of last month and CPD from the
 * start of the earliest body's period, both up to @today (a session booked for later this month
 * has not happened yet), the diary's first day, the last session and the open reminders. Reads
 * only: nothing here writes. */

/* The first entry's date (NULL when the diary is empty) and the last supervision session on or
 * before @today (NULL when none). */
static gboolean
read_diary_dates (EthosStore  *self,
                  const char  *today,
                  char       **first,
                  char       **last_supervision,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  EthosStep step;

  stmt = ethos_store_prepare (self,
                              "SELECT (SELECT min (date) FROM entries), "
                              "  (SELECT max (date) FROM entries "
                              "   WHERE kind = 'supervision' AND date <= ?1)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  step = ethos_store_step (self, stmt, error);
  if (step == ETHOS_STEP_ROW)
    {
      *first = ethos_store_column_dup_nullable (stmt, 0);
      *last_supervision = ethos_store_column_dup_nullable (stmt, 1);
    }
  sqlite3_reset (stmt);
  /* An aggregate always gives a row: none is a failed read. */
  if (step == ETHOS_STEP_DONE)
    ethos_store_set_error (self, error, _("Could not read the diary"));
  return step == ETHOS_STEP_ROW;
}

/* The diary's first day in @first: NULL when it is empty. FALSE when it could not be read. */
gboolean
ethos_store_get_diary_start (EthosStore *self, char **first, GError **error)
{
  g_autofree char *last = NULL;

  return read_diary_dates (self, "0000-00-00", first, &last, error);
}

typedef struct
{
  EthosBodyRules     *rules;
  GError             *error;
  char               *anchor;
  EthosBalanceLookup  lookup;
} BodyData;

static void
body_data_clear (gpointer data)
{
  BodyData *body = data;

  g_clear_pointer (&body->rules, ethos_body_rules_free);
  g_clear_error (&body->error);
  g_clear_pointer (&body->anchor, g_free);
}

/**
 * ethos_store_get_standing:
 * @today: the day to answer for
 *
 * Returns: (transfer full): the standing as of @today, or %NULL with @error set when the
 *   profile, the diary or the reminders could not be read. A body whose rules cannot be read
 *   is in the answer with its error.
 */
EthosStanding *
ethos_store_get_standing (EthosStore *self, const GDate *today, GError **error)
{
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (GArray) data = g_array_new (FALSE, TRUE, sizeof (BodyData));
  g_autoptr (GArray) bodies = g_array_new (FALSE, TRUE, sizeof (EthosStandingBody));
  g_autoptr (GStringChunk) strings = g_string_chunk_new (1024);
  g_autoptr (GArray) supervision = NULL;
  g_autoptr (GArray) cpd = NULL;
  g_autoptr (GPtrArray) reminders = NULL;
  g_autofree char *today_iso = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last_supervision = NULL;
  g_auto (GStrv) breaks = NULL;
  g_autoptr (GArray) client_months = NULL;
  EthosStandingInput input = { 0 };
  char supervision_from[11], cpd_from[11];

  g_return_val_if_fail (ETHOS_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  memberships = ethos_store_list_memberships (self, error);
  if (memberships == NULL)
    return NULL;
  g_array_set_clear_func (data, body_data_clear);
  g_array_set_size (data, memberships->len);
  g_array_set_size (bodies, memberships->len);
  for (guint i = 0; i < memberships->len; i++)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i);
      BodyData *body = &g_array_index (data, BodyData, i);
      EthosStandingBody *in = &g_array_index (bodies, EthosStandingBody, i);

      body->rules = ethos_store_load_body_rules (self, membership->body_id, &body->error);
      body->anchor = ethos_store_get_cpd_anchor (self, membership->body_id);
      body->lookup.store = self;
      body->lookup.body_id = membership->body_id;
      in->body_id = membership->body_id;
      in->rules = body->rules;
      in->error = body->error != NULL ? body->error->message : NULL;
      in->cpd_anchor = body->anchor;
      in->membership_class = membership->membership_class;
      in->opening = ethos_store_lookup_opening_balance;
      in->opening_data = &body->lookup;
    }

  input.today = today;
  input.bodies = (const EthosStandingBody *) bodies->data;
  input.n_bodies = bodies->len;
  ethos_standing_reading_range (&input, supervision_from, cpd_from);
  today_iso = ethos_date_to_iso (today);

  supervision = ethos_store_read_supervision_facts (self, supervision_from, today_iso, strings,
                                                    error);
  if (supervision == NULL)
    return NULL;
  cpd = ethos_store_read_cpd_facts (self, cpd_from, today_iso, strings, error);
  if (cpd == NULL)
    return NULL;
  if (!read_diary_dates (self, today_iso, &first, &last_supervision, error))
    return NULL;
  reminders = ethos_store_list_reminders (self, FALSE, error);
  if (reminders == NULL)
    return NULL;
  breaks = ethos_store_list_break_months (self, error);
  if (breaks == NULL)
    return NULL;
  client_months = ethos_store_list_client_hours (self, error);
  if (client_months == NULL)
    return NULL;

  input.supervision = (const EthosSupervisionFact *) supervision->data;
  input.n_supervision = supervision->len;
  input.cpd = (const EthosCpdFact *) cpd->data;
  input.n_cpd = cpd->len;
  input.diary_start = first;
  input.last_supervision = last_supervision;
  input.reminders = (EthosReminder *const *) reminders->pdata;
  input.n_reminders = reminders->len;
  input.breaks = (const char *const *) breaks;
  input.client_months = (const EthosClientMonth *) client_months->data;
  input.n_client_months = client_months->len;
  return ethos_standing_evaluate (&input);
}
