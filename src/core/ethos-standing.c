/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standing"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-standing-private.h"

/* The standing evaluator: from the profile's bodies and their rules, the diary's facts and the
 * open reminders, as of a day it is given (it never reads the clock), it says for each body how
 * this month's and last month's supervision and this CPD period stand, check by check, and
 * decides the headline:
 * - not met: a completed month failed a check, or a reminder is overdue (and not snoozed);
 * - attention: something fails as things stand in the current month or period (other than a
 *   minimum not reached yet while there is time), a body's rules could not be read, or a
 *   reminder is due soon;
 * - good: nothing failing or at risk.
 * A month's checks are in ethos-standing-month.c, the CPD period's in ethos-standing-cpd.c, the
 * headline and its explanation in ethos-standing-headline.c. */

G_DEFINE_BOXED_TYPE (EthosStanding, ethos_standing, ethos_standing_ref, ethos_standing_unref)

/* A renewal: what lapses, and the registration with it, when it is missed. */
static gboolean
is_renewal (EthosReminderKind kind)
{
  switch (kind)
    {
    case ETHOS_REMINDER_KIND_DBS:
    case ETHOS_REMINDER_KIND_INSURANCE:
    case ETHOS_REMINDER_KIND_MEMBERSHIP:
    case ETHOS_REMINDER_KIND_ACCREDITATION:
      return TRUE;
    default:
      return FALSE;
    }
}

void
ethos_standing_first_of_month (const GDate *day, int months_back, GDate *first)
{
  *first = *day;
  g_date_set_day (first, 1);
  if (months_back > 0)
    g_date_subtract_months (first, (guint) months_back);
  if (g_date_get_year (first) < 1900)
    g_date_set_dmy (first, 1, G_DATE_JANUARY, 1900);
}


/* The days the facts must cover: supervision from the first of last month, CPD from the start
 * of the earliest body's period. */
void
ethos_standing_reading_range (const EthosStandingInput *input,
                              char                      supervision_from[11],
                              char                      cpd_from[11])
{
  g_autofree char *today = ethos_date_to_iso (input->today);
  g_autofree char *month = NULL;
  GDate first;

  /* Last month, and for a minimum met on average, the months before it in its window. */
  guint back = 1;

  for (guint i = 0; i < input->n_bodies; i++)
    if (input->bodies[i].rules != NULL
        && input->bodies[i].rules->average_months != ETHOS_RULE_NOT_SET)
      back = MAX (back, (guint) input->bodies[i].rules->average_months);
  ethos_standing_first_of_month (input->today, (int) back, &first);
  month = ethos_date_to_iso (&first);
  g_strlcpy (supervision_from, month, 11);
  g_strlcpy (cpd_from, today, 11);
  for (guint i = 0; i < input->n_bodies; i++)
    {
      char start[11], end[11];

      if (input->bodies[i].rules == NULL)
        continue;
      ethos_standing_cpd_period (input->bodies[i].rules, input->bodies[i].cpd_anchor,
                                 input->today, start, end);
      if (strcmp (start, cpd_from) < 0)
        g_strlcpy (cpd_from, start, 11);
    }
}

static void
body_standing_free (gpointer data)
{
  EthosBodyStanding *body = data;

  g_free (body->body_id);
  g_free (body->name);
  g_free (body->membership_class);
  g_free (body->error);
  ethos_standing_month_clear (&body->supervision);
  ethos_standing_month_clear (&body->last_month);
  ethos_standing_cpd_clear (&body->cpd);
  g_free (body);
}

static void
reminder_standing_free (gpointer data)
{
  EthosReminderStanding *reminder = data;

  g_free (reminder->title);
  g_free (reminder->when);
  g_free (reminder);
}

static EthosBodyStanding *
evaluate_body (const EthosStandingBody *body, const EthosStandingInput *input)
{
  EthosBodyStanding *standing = g_new0 (EthosBodyStanding, 1);
  const EthosBodyRules *rules = body->rules;
  GDate this_month, last_month;

  standing->membership_class = g_strdup (body->membership_class);
  if (rules == NULL)
    {
      standing->body_id = g_strdup (body->body_id);
      standing->name = g_strdup (body->body_id);
      standing->error = g_strdup (body->error != NULL ? body->error
                                                      : _("Ethos could not read this body’s rules"));
      standing->status = ETHOS_CHECK_STATUS_UNKNOWN;
      standing->verdict = ETHOS_VERDICT_ATTENTION;
      return standing;
    }
  standing->body_id = g_strdup (rules->id);
  standing->name = g_strdup (ethos_standing_body_name (rules));

  ethos_standing_first_of_month (input->today, 0, &this_month);
  ethos_standing_first_of_month (input->today, 1, &last_month);
  ethos_standing_fill_month (&standing->supervision, rules, input, &this_month, TRUE);
  ethos_standing_fill_month (&standing->last_month, rules, input, &last_month, FALSE);
  ethos_standing_fill_cpd (&standing->cpd, body, input);

  standing->status = MAX (MAX (standing->supervision.status, standing->last_month.status),
                          standing->cpd.status);
  for (guint i = 0; i < standing->supervision.checks->len; i++)
    standing->needs_profile |= ethos_standing_needs_profile (
      rules, ((EthosStandingCheck *) g_ptr_array_index (standing->supervision.checks, i))->rule);
  for (guint i = 0; i < standing->cpd.checks->len; i++)
    standing->needs_profile |= ethos_standing_needs_profile (
      rules, ((EthosStandingCheck *) g_ptr_array_index (standing->cpd.checks, i))->rule);
  if (ethos_check_status_counts (standing->last_month.status))
    standing->verdict = ETHOS_VERDICT_NOT_MET;
  else if (ethos_check_status_counts (standing->supervision.status)
           || ethos_check_status_counts (standing->cpd.status))
    standing->verdict = ETHOS_VERDICT_ATTENTION;
  else
    standing->verdict = ETHOS_VERDICT_GOOD;
  return standing;
}

static int
compare_reminders (gconstpointer a, gconstpointer b)
{
  const EthosReminderStanding *x = *(EthosReminderStanding *const *) a;
  const EthosReminderStanding *y = *(EthosReminderStanding *const *) b;
  int by_due = strcmp (x->due, y->due);

  return by_due != 0 ? by_due : (x->id > y->id) - (x->id < y->id);
}

static void
evaluate_reminders (EthosStanding *standing, const EthosStandingInput *input)
{
  for (guint i = 0; i < input->n_reminders; i++)
    {
      EthosReminder *reminder = input->reminders[i];
      EthosReminderStanding *item;
      EthosReminderStatus status;
      int days_left;

      status = ethos_reminder_status (reminder, input->today, &days_left);
      if (status == ETHOS_REMINDER_STATUS_DONE)
        continue;
      item = g_new0 (EthosReminderStanding, 1);
      item->id = reminder->id;
      item->title = g_strdup (reminder->title);
      item->kind = reminder->kind;
      g_strlcpy (item->due, reminder->due != NULL ? reminder->due : "", sizeof item->due);
      item->status = status;
      item->days_left = days_left;
      item->renewal = is_renewal (reminder->kind);
      item->when = ethos_reminder_due_sentence (days_left);
      g_ptr_array_add (standing->reminders, item);
    }
  g_ptr_array_sort (standing->reminders, compare_reminders);
}


/**
 * ethos_standing_evaluate:
 * @input: the profile, the facts, the reminders and the day
 *
 * Returns: (transfer full): the standing as of @input->today.
 */
EthosStanding *
ethos_standing_evaluate (const EthosStandingInput *input)
{
  EthosStanding *standing;
  g_autofree char *today = NULL;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->today != NULL && g_date_valid (input->today), NULL);
  g_return_val_if_fail (input->bodies != NULL || input->n_bodies == 0, NULL);

  standing = g_new0 (EthosStanding, 1);
  g_atomic_ref_count_init (&standing->ref_count);
  today = ethos_date_to_iso (input->today);
  g_strlcpy (standing->as_of, today, sizeof standing->as_of);
  standing->bodies = g_ptr_array_new_with_free_func (body_standing_free);
  standing->reminders = g_ptr_array_new_with_free_func (reminder_standing_free);

  for (guint i = 0; i < input->n_bodies; i++)
    g_ptr_array_add (standing->bodies, evaluate_body (&input->bodies[i], input));
  evaluate_reminders (standing, input);
  g_strlcpy (standing->last_supervision,
             input->last_supervision != NULL ? input->last_supervision : "",
             sizeof standing->last_supervision);
  standing->last_supervision_text =
    ethos_standing_describe_last_supervision (input->last_supervision, input->today);
  ethos_standing_decide_headline (standing, input->today);
  return standing;
}

EthosStanding *
ethos_standing_ref (EthosStanding *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ethos_standing_unref (EthosStanding *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_ptr_array_unref (self->bodies);
  g_ptr_array_unref (self->reminders);
  g_free (self->headline);
  g_free (self->explanation);
  g_free (self->last_supervision_text);
  g_free (self);
}
