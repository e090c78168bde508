/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standing"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-core-enums.h"
#include "ethos-date.h"
#include "ethos-utils.h"
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
 * The checks themselves are in ethos-standing-checks.c. */

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

static void
first_of_month (const GDate *day, int months_back, GDate *first)
{
  *first = *day;
  g_date_set_day (first, 1);
  if (months_back > 0)
    g_date_subtract_months (first, (guint) months_back);
  if (g_date_get_year (first) < 1900)
    g_date_set_dmy (first, 1, G_DATE_JANUARY, 1900);
}

const char *
ethos_check_status_to_string (EthosCheckStatus status)
{
  return ethos_enum_nick (ETHOS_TYPE_CHECK_STATUS, (int) status);
}

const char *
ethos_verdict_to_string (EthosVerdict verdict)
{
  return ethos_enum_nick (ETHOS_TYPE_VERDICT, (int) verdict);
}

/* @status in words for a person, translated: "met", "not met", "in progress" … */
const char *
ethos_check_status_word (EthosCheckStatus status)
{
  switch (status)
    {
    case ETHOS_CHECK_STATUS_NOT_SET:
      return _("not set");
    case ETHOS_CHECK_STATUS_EXEMPT:
      return _("not judged");
    case ETHOS_CHECK_STATUS_MET:
      return _("met");
    case ETHOS_CHECK_STATUS_UNKNOWN:
      return _("not known");
    case ETHOS_CHECK_STATUS_IN_PROGRESS:
      return _("in progress");
    case ETHOS_CHECK_STATUS_NOT_MET:
      return _("not met");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* @check (a CPD period's target or kinds) judged on @today as the standing judges the current
 * period's: short with more than ETHOS_CPD_SHORTFALL_DAYS to go is in progress, short after
 * that is not met. For periods other than the current one (ethos-cli diary totals). */
EthosCheckStatus
ethos_standing_judge_cpd_check (EthosCheck check, const EthosCpdPeriod *period, const GDate *today)
{
  GDate end;

  g_return_val_if_fail (period != NULL && today != NULL, ETHOS_CHECK_STATUS_NOT_SET);

  if (!ethos_date_parse (period->period_end, &end, NULL))
    return ethos_standing_cumulative_status (check, G_MAXINT);
  return ethos_standing_cumulative_status (check, g_date_days_between (today, &end));
}

/**
 * ethos_standing_judge_month:
 * @month: YYYY-MM
 * @today: the day the month is judged on: a month not over by then is in progress
 * @diary_start: the diary's first day, or %NULL when it is empty
 *
 * One month of supervision judged as the standing judges this month and last: for a record
 * that spans many months (the audit pack), so that it never says otherwise.
 *
 * Returns: (transfer full): the month's checks.
 */
EthosSupervisionStanding *
ethos_standing_judge_month (const EthosBodyRules       *rules,
                            const EthosSupervisionFact *facts,
                            guint                       n_facts,
                            const char                 *month,
                            const GDate                *today,
                            const char                 *diary_start)
{
  EthosSupervisionStanding *judged = g_new0 (EthosSupervisionStanding, 1);
  EthosStandingInput input = { .today = today, .supervision = facts, .n_supervision = n_facts,
                               .diary_start = diary_start };
  g_autofree char *first_iso = g_strdup_printf ("%s-01", month);
  GDate first, this_month;

  g_return_val_if_fail (rules != NULL && today != NULL, NULL);
  if (!ethos_date_parse (first_iso, &first, NULL))
    g_return_val_if_reached (judged);
  first_of_month (today, 0, &this_month);
  ethos_standing_fill_month (judged, rules, &input, &first,
                             g_date_compare (&first, &this_month) >= 0);
  return judged;
}

void
ethos_supervision_standing_free (EthosSupervisionStanding *month)
{
  if (month == NULL)
    return;
  ethos_standing_month_clear (month);
  g_free (month);
}

const EthosStandingCheck *
ethos_supervision_standing_get_check (const EthosSupervisionStanding *month, const char *rule)
{
  for (guint i = 0; month->checks != NULL && i < month->checks->len; i++)
    {
      const EthosStandingCheck *check = g_ptr_array_index (month->checks, i);

      if (g_str_equal (check->rule, rule))
        return check;
    }
  return NULL;
}

/* Whether a check in @status takes the headline away from "good". */
gboolean
ethos_check_status_counts (EthosCheckStatus status)
{
  return status == ETHOS_CHECK_STATUS_NOT_MET;
}


/* The CPD period of @rules holding @today: counted from @cpd_anchor when the practitioner gave
 * it (TRUE). Otherwise (FALSE) a stand-in: the body's length of period from the first of the
 * month eleven months back, so twelve months with this one; with no length, from then until
 * today. */
gboolean
ethos_standing_cpd_period (const EthosBodyRules *rules,
                           const char           *cpd_anchor,
                           const GDate          *today,
                           char                  start[11],
                           char                  end[11])
{
  g_autofree char *day = ethos_date_to_iso (today);
  g_autofree char *first_iso = NULL;
  g_autofree char *last_iso = NULL;
  GDate first, last;

  g_return_val_if_fail (rules != NULL, FALSE);

  if (cpd_anchor != NULL && ethos_cpd_period_bounds (rules, cpd_anchor, day, start, end))
    return TRUE;
  first_of_month (today, 11, &first);
  last = *today;
  if (rules->cpd_period_months != ETHOS_RULE_NOT_SET)
    {
      last = first;
      g_date_add_months (&last, (guint) rules->cpd_period_months);
      g_date_subtract_days (&last, 1);
    }
  first_iso = ethos_date_to_iso (&first);
  last_iso = ethos_date_to_iso (&last);
  g_strlcpy (start, first_iso, 11);
  g_strlcpy (end, last_iso, 11);
  return FALSE;
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

  first_of_month (input->today, 1, &first);
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
  standing->name = g_strdup (rules->short_name[0] != '\0' ? rules->short_name : rules->name);

  first_of_month (input->today, 0, &this_month);
  first_of_month (input->today, 1, &last_month);
  ethos_standing_fill_month (&standing->supervision, rules, input, &this_month, TRUE);
  ethos_standing_fill_month (&standing->last_month, rules, input, &last_month, FALSE);
  ethos_standing_fill_cpd (&standing->cpd, body, input);

  standing->status = MAX (MAX (standing->supervision.status, standing->last_month.status),
                          standing->cpd.status);
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

/* "COSRT: Group supervision is 63% of the credited time; at most 25% may be." */
static void
add_failures (GPtrArray *items, const EthosBodyStanding *body, GPtrArray *checks)
{
  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      const EthosStandingCheck *check = g_ptr_array_index (checks, i);

      if (ethos_check_status_counts (check->status))
        /* Translators: a body ("COSRT") and what one of its checks found */
        g_ptr_array_add (items, g_strdup_printf (_("%s: %s."), body->name, check->detail));
    }
}

/* What the headline counts, the gravest first, one sentence each. */
static GPtrArray *
list_items (EthosStanding *standing)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < standing->bodies->len; i++)
    {
      EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      add_failures (items, body, body->last_month.checks);
    }
  for (guint i = 0; i < standing->reminders->len; i++)
    {
      EthosReminderStanding *reminder = g_ptr_array_index (standing->reminders, i);
      g_autofree char *summary = NULL;

      if (reminder->status != ETHOS_REMINDER_STATUS_OVERDUE)
        continue;
      summary = ethos_reminder_summary (reminder->title, reminder->days_left);
      /* Translators: a reminder's summary ("DBS recheck overdue by 2 days") as a sentence */
      g_ptr_array_add (items, g_strdup_printf (_("%s."), summary));
    }
  for (guint i = 0; i < standing->bodies->len; i++)
    {
      EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      if (body->error != NULL)
        g_ptr_array_add (items, g_strdup_printf (_("Ethos could not read the rules of %s."),
                                                 body->name));
      add_failures (items, body, body->supervision.checks);
      add_failures (items, body, body->cpd.checks);
    }
  for (guint i = 0; i < standing->reminders->len; i++)
    {
      EthosReminderStanding *reminder = g_ptr_array_index (standing->reminders, i);
      g_autofree char *summary = NULL;

      if (reminder->status != ETHOS_REMINDER_STATUS_DUE_SOON
          && reminder->status != ETHOS_REMINDER_STATUS_DUE_TODAY)
        continue;
      summary = ethos_reminder_summary (reminder->title, reminder->days_left);
      g_ptr_array_add (items, g_strdup_printf (_("%s."), summary));
    }
  return items;
}

/* The most sentences the explanation lists before "and N more". */
#define EXPLAINED_ITEMS 3

static char *
explain_good (EthosStanding *standing, const GDate *today)
{
  gboolean any_minimum = FALSE, short_so_far = FALSE;
  int days_left = (int) g_date_get_days_in_month (g_date_get_month (today),
                                                  g_date_get_year (today))
                  - (int) g_date_get_day (today) + 1;

  for (guint i = 0; i < standing->bodies->len; i++)
    {
      EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      if (body->supervision.target_minutes != ETHOS_RULE_NOT_SET)
        any_minimum = TRUE;
      if (body->supervision.target_minutes != ETHOS_RULE_NOT_SET
          && body->supervision.credited_minutes < body->supervision.target_minutes)
        short_so_far = TRUE;
    }
  if (short_so_far)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Supervision this month is not at the minimum yet, "
                                         "with %d day to go.",
                                         "Supervision this month is not at the minimum yet, "
                                         "with %d days to go.",
                                         (gulong) days_left),
                            days_left);
  if (any_minimum)
    return g_strdup (_("Supervision this month meets each body’s monthly minimum."));
  return g_strdup (_("None of your bodies sets a monthly supervision minimum."));
}

static void
decide_headline (EthosStanding *standing, const GDate *today)
{
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GString) explanation = g_string_new (NULL);
  guint n;

  standing->verdict = ETHOS_VERDICT_GOOD;
  for (guint i = 0; i < standing->bodies->len; i++)
    {
      EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      standing->verdict = MAX (standing->verdict, body->verdict);
    }
  for (guint i = 0; i < standing->reminders->len; i++)
    {
      EthosReminderStanding *reminder = g_ptr_array_index (standing->reminders, i);

      if (reminder->status == ETHOS_REMINDER_STATUS_OVERDUE)
        standing->verdict = ETHOS_VERDICT_NOT_MET;
      else if (ethos_reminder_status_needs_attention (reminder->status))
        standing->verdict = MAX (standing->verdict, ETHOS_VERDICT_ATTENTION);
    }

  if (standing->verdict == ETHOS_VERDICT_GOOD)
    {
      standing->headline = g_strdup (_("You’re in good standing"));
      standing->explanation = explain_good (standing, today);
      return;
    }

  items = list_items (standing);
  n = items->len;
  if (standing->verdict == ETHOS_VERDICT_NOT_MET)
    standing->headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%u thing needs action now",
                                                       "%u things need action now", n),
                                          n);
  else
    standing->headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%u thing needs attention",
                                                       "%u things need attention", n),
                                          n);
  for (guint i = 0; i < n && i < EXPLAINED_ITEMS; i++)
    {
      if (i > 0)
        g_string_append_c (explanation, ' ');
      g_string_append (explanation, g_ptr_array_index (items, i));
    }
  if (n > EXPLAINED_ITEMS)
    {
      g_string_append_c (explanation, ' ');
      g_string_append_printf (explanation,
                              g_dngettext (GETTEXT_PACKAGE, "And %u more.", "And %u more.",
                                           n - EXPLAINED_ITEMS),
                              n - EXPLAINED_ITEMS);
    }
  standing->explanation = g_string_free (g_steal_pointer (&explanation), FALSE);
}

static char *
describe_last_supervision (const char *date_text, const GDate *today)
{
  g_autofree char *when = NULL;
  GDate date;
  int days;

  if (date_text == NULL || date_text[0] == '\0')
    return g_strdup (_("No supervision recorded yet"));
  if (!ethos_date_parse (date_text, &date, NULL))
    return g_strdup (date_text);
  when = ethos_date_format (&date, ETHOS_DATE_LONG);
  days = g_date_days_between (&date, today);
  if (days <= 0)
    return g_strdup_printf (_("%s (today)"), when);
  if (days == 1)
    return g_strdup_printf (_("%s (yesterday)"), when);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%d day ago)", "%s (%d days ago)",
                                       (gulong) days),
                          when, days);
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
  standing->last_supervision_text = describe_last_supervision (input->last_supervision,
                                                               input->today);
  decide_headline (standing, input->today);
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
