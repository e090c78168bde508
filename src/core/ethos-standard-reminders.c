/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standard-reminders"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-body-rules.h"
#include "ethos-core-enums.h"
#include "ethos-date.h"
#include "ethos-enum.h"
#include "ethos-recurrence.h"
#include "ethos-reminder.h"
#include "ethos-standard-reminders.h"

/* The reminders every solo practitioner needs, offered on first use: made from the dates they
 * know and the bodies they belong to, each linked to the clause that asks for it. */

static gboolean
has_body (const char *const *body_ids, const char *id)
{
  return body_ids != NULL && g_strv_contains (body_ids, id);
}

static void
set_notes (EthosReminder *reminder, const char *notes)
{
  g_free (reminder->notes);
  reminder->notes = g_strdup (notes != NULL ? notes : "");
}

static EthosReminder *
make (GPtrArray         *out,
      EthosReminderKind  kind,
      const char        *title,
      const char        *due,
      const char        *every,
      gboolean           from_completion,
      const char        *clause)
{
  EthosReminder *reminder = ethos_reminder_new_due (kind, title, due, every);

  reminder->from_completion = from_completion;
  reminder->clause = g_strdup (clause);
  g_ptr_array_add (out, reminder);
  return reminder;
}

/* @date plus @every ("3y", "1y"), as ISO. */
static char *
add_interval (const GDate *date, const char *every)
{
  EthosRecurrence recurrence;
  GDate next;

  ethos_recurrence_parse (every, &recurrence, NULL);
  ethos_recurrence_add (&recurrence, date, 1, &next);
  return ethos_date_to_iso (&next);
}

/* The next @month/@day on or after @today. */
static char *
next_yearly (const GDate *today, GDateMonth month, GDateDay day)
{
  GDate date;

  g_date_set_dmy (&date, day, month, g_date_get_year (today));
  if (g_date_compare (&date, today) < 0)
    g_date_add_years (&date, 1);
  return ethos_date_to_iso (&date);
}

/* A date that recurs every @every, brought forward to its first occurrence on or after
 * @today: a renewal date typed from last year's letter is next year's renewal. */
static char *
on_or_after (const char *iso, const char *every, const GDate *today)
{
  EthosRecurrence recurrence;
  GDate date, next;
  guint n = 1;

  ethos_date_parse (iso, &date, NULL);
  ethos_recurrence_parse (every, &recurrence, NULL);
  next = date;
  while (g_date_compare (&next, today) < 0 && n < 200)
    ethos_recurrence_add (&recurrence, &date, n++, &next);
  return ethos_date_to_iso (&next);
}

static gboolean
read_date (const char *text, GDate *date, GError **error)
{
  return text == NULL || ethos_date_parse (text, date, error);
}

const char *
ethos_tax_filing_to_string (EthosTaxFiling tax)
{
  return ethos_enum_to_nick (ETHOS_TYPE_TAX_FILING, tax);
}

gboolean
ethos_tax_filing_from_string (const char *text, EthosTaxFiling *tax, GError **error)
{
  return ethos_enum_from_nick (ETHOS_TYPE_TAX_FILING, text, (int *) tax,
                               _("“%s” is not a way of filing Self Assessment: choose one of %s"),
                               error);
}

/* A DBS certificate: rechecked every three years (a convention, said as whose), and the Update
 * Service joined within 30 days of its issue, then renewed each year. */
static void
add_dbs (GPtrArray *out, const GDate *dbs, const GDate *today, const char *const *body_ids)
{
  g_autofree char *recheck = add_interval (dbs, "3y");
  g_autofree char *first_update = add_interval (dbs, "1y");
  g_autofree char *update = on_or_after (first_update, "1y", today);
  const char *clause = has_body (body_ids, "atrium") ? "atrium-practice:9.6"
                       : has_body (body_ids, "cosrt") ? "cosrt:26"
                                                      : NULL;
  EthosReminder *reminder;
  GDate join_by = *dbs;

  /* Three years from the certificate, and from each new one after. */
  reminder = make (out, ETHOS_REMINDER_KIND_DBS, _("DBS recheck"), recheck, "3y", TRUE, clause);
  set_notes (reminder, _("A DBS certificate has no legal expiry. A recheck every three years is "
                         "the Atrium code's rule (atrium-practice 9.6) and a common practice; "
                         "your body or employer may ask for another."));
  g_date_add_days (&join_by, 30);
  if (g_date_compare (&join_by, today) >= 0)
    {
      g_autofree char *due = ethos_date_to_iso (&join_by);

      reminder = make (out, ETHOS_REMINDER_KIND_DBS_UPDATE_SERVICE,
                       _("Join the DBS Update Service"), due, "", FALSE, NULL);
      set_notes (reminder, _("Within 30 days of the certificate's issue date; after that, a "
                             "new check is needed to join (GOV.UK, DBS Update Service)."));
    }
  make (out, ETHOS_REMINDER_KIND_DBS_UPDATE_SERVICE, _("DBS Update Service renewal"), update,
        "1y", FALSE, NULL);
}

/* Accreditation renewed as the practitioner's first body that says how often: BACP each year,
 * UKCP and COSRT every five years; BABCP by a yearly declaration. */
static void
add_accreditation (GPtrArray *out, const char *date, const GDate *today,
                   const char *const *body_ids)
{
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autofree char *due = NULL;
  g_autofree char *title = NULL;
  const char *every = "1y";
  EthosReminder *reminder;

  for (guint i = 0; body_ids != NULL && body_ids[i] != NULL && rules == NULL; i++)
    {
      g_autoptr (EthosBodyRules) body = ethos_body_rules_shipped (body_ids[i], NULL, NULL);

      if (body != NULL && (body->declaration_every != NULL || body->accreditation_every != NULL))
        rules = g_steal_pointer (&body);
    }
  if (rules != NULL && rules->declaration_every != NULL)
    {
      every = rules->declaration_every;
      /* Translators: a body ("BABCP") */
      title = g_strdup_printf (_("Make your %s reaccreditation declaration"), rules->short_name);
    }
  else if (rules != NULL)
    {
      every = rules->accreditation_every;
      /* Translators: a body ("BACP") */
      title = g_strdup_printf (_("%s accreditation renewal"), rules->short_name);
    }
  else
    title = g_strdup (_("Accreditation renewal"));
  due = on_or_after (date, every, today);
  reminder = make (out, ETHOS_REMINDER_KIND_ACCREDITATION, title, due, every, FALSE, NULL);
  if (rules != NULL)
    set_notes (reminder, rules->renewal_source);
}

static void
add_yearly_tax (GPtrArray *out, const GDate *today, const char *title, GDateMonth month,
                GDateDay day, const char *notes)
{
  g_autofree char *due = next_yearly (today, month, day);
  EthosReminder *reminder = make (out, ETHOS_REMINDER_KIND_TAX, title, due, "1y", FALSE, NULL);

  set_notes (reminder, notes);
}

/* Self Assessment's dates as the practitioner files it (GOV.UK): the return and balancing
 * payment by 31 January online (31 October on paper), the second payment on account by 31 July;
 * under Making Tax Digital for Income Tax, quarterly updates by the 7th of August, November,
 * February and May. */
static void
add_tax (GPtrArray *out, const EthosStandardDates *dates, const GDate *today)
{
  const char *mtd = _("For those in Making Tax Digital for Income Tax: from 6 April 2026 with "
                      "qualifying income over £50,000, over £30,000 from April 2027, over "
                      "£20,000 from April 2028.");

  if (dates->newly_self_employed)
    {
      g_autofree char *due = next_yearly (today, G_DATE_OCTOBER, 5);

      set_notes (make (out, ETHOS_REMINDER_KIND_TAX, _("Register for Self Assessment"), due, "",
                       FALSE, NULL),
                 _("By 5 October after the end of the first tax year you were self-employed "
                   "in."));
    }
  switch (dates->tax)
    {
    case ETHOS_TAX_FILING_NONE:
      return;
    case ETHOS_TAX_FILING_PAPER:
      add_yearly_tax (out, today, _("Self Assessment paper tax return"), G_DATE_OCTOBER, 31, NULL);
      add_yearly_tax (out, today, _("Self Assessment balancing payment"), G_DATE_JANUARY, 31, NULL);
      break;
    case ETHOS_TAX_FILING_MTD:
      add_yearly_tax (out, today, _("Making Tax Digital: quarterly update to 5 July"),
                      G_DATE_AUGUST, 7, mtd);
      add_yearly_tax (out, today, _("Making Tax Digital: quarterly update to 5 October"),
                      G_DATE_NOVEMBER, 7, mtd);
      add_yearly_tax (out, today, _("Making Tax Digital: quarterly update to 5 January"),
                      G_DATE_FEBRUARY, 7, mtd);
      add_yearly_tax (out, today, _("Making Tax Digital: quarterly update to 5 April"),
                      G_DATE_MAY, 7, mtd);
      add_yearly_tax (out, today, _("Self Assessment tax return"), G_DATE_JANUARY, 31, mtd);
      break;
    case ETHOS_TAX_FILING_ONLINE:
    default:
      add_yearly_tax (out, today, _("Self Assessment tax return"), G_DATE_JANUARY, 31,
                      _("The online return, and the balancing payment with the first payment on "
                        "account."));
      break;
    }
  add_yearly_tax (out, today, _("Self Assessment second payment on account"), G_DATE_JULY, 31,
                  NULL);
}

static gboolean
has_passed (const char *iso, const GDate *today)
{
  GDate date;

  return iso != NULL && ethos_date_parse (iso, &date, NULL) && g_date_compare (&date, today) < 0;
}

/* A yearly renewal's next date: the one typed, or the next after it when it has passed and was
 * renewed; today when it has passed and lapsed. */
static char *
renewal_due (const char *iso, gboolean lapsed, const GDate *today)
{
  if (lapsed && has_passed (iso, today))
    return ethos_date_to_iso (today);
  return on_or_after (iso, "1y", today);
}

static void
lapsed_notes (EthosReminder *reminder, const char *iso, gboolean lapsed, const GDate *today)
{
  g_autofree char *when = NULL;
  g_autofree char *notes = NULL;

  if (!lapsed || !has_passed (iso, today))
    return;
  when = ethos_date_format_iso (iso, ETHOS_DATE_LONG);
  notes = g_strdup_printf (_("It lapsed on %s: renew it now."), when);
  set_notes (reminder, notes);
}

/* A body's membership, renewed each year on its own date: named for the body ("BACP
 * membership renewal"), since a practitioner with two bodies has two. */
static void
add_membership (GPtrArray *out, const EthosMembershipRenewal *membership, const GDate *today)
{
  g_autoptr (EthosBodyRules) rules = NULL;
  g_autofree char *due = NULL;
  g_autofree char *title = NULL;

  if (membership->renewal == NULL)
    return;
  if (membership->body_id != NULL)
    rules = ethos_body_rules_shipped (membership->body_id, NULL, NULL);
  if (membership->body_id != NULL)
    /* Translators: a body ("BACP") */
    title = g_strdup_printf (_("%s membership renewal"),
                             rules != NULL ? rules->short_name : membership->body_id);
  else
    title = g_strdup (_("Membership renewal"));
  due = renewal_due (membership->renewal, membership->lapsed, today);
  lapsed_notes (make (out, ETHOS_REMINDER_KIND_MEMBERSHIP, title, due, "1y", FALSE, NULL),
                membership->renewal, membership->lapsed, today);
}

/* When the renewal date @renewal typed is before @today (both YYYY-MM-DD): the question to ask
 * ("1 September 2026 has passed: was it renewed, or has it lapsed?"). NULL when it has not
 * passed, or cannot be read. */
char *
ethos_standard_renewal_passed (const char *renewal, const char *today)
{
  g_autofree char *when = NULL;
  GDate now;

  if (!ethos_date_parse (today, &now, NULL) || !has_passed (renewal, &now))
    return NULL;
  when = ethos_date_format_iso (renewal, ETHOS_DATE_LONG);
  return g_strdup_printf (_("%s has passed: was it renewed, or has it lapsed?"), when);
}

GPtrArray *
ethos_standard_reminders (const char *const         *body_ids,
                          const char                *today_text,
                          const EthosStandardDates  *dates,
                          GError                   **error)
{
  g_autoptr (GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  GDate today, dbs, insurance, accreditation, ico;

  if (!ethos_date_parse (today_text, &today, error) || !read_date (dates->dbs_certificate, &dbs, error)
      || !read_date (dates->insurance_renewal, &insurance, error)
      || !read_date (dates->accreditation_renewal, &accreditation, error)
      || !read_date (dates->ico_renewal, &ico, error))
    return NULL;
  for (guint i = 0; i < dates->n_memberships; i++)
    {
      GDate membership;

      if (!read_date (dates->memberships[i].renewal, &membership, error))
        return NULL;
    }

  if (dates->dbs_certificate != NULL)
    add_dbs (out, &dbs, &today, body_ids);
  /* Yearly renewals: the next one, even when last year's date was typed. */
  if (dates->insurance_renewal != NULL)
    {
      g_autofree char *due = renewal_due (dates->insurance_renewal, dates->insurance_lapsed, &today);

      lapsed_notes (make (out, ETHOS_REMINDER_KIND_INSURANCE, _("Indemnity insurance renewal"),
                          due, "1y", FALSE,
                          has_body (body_ids, "cosrt")    ? "cosrt:45"
                          : has_body (body_ids, "atrium") ? "atrium-practice:9.5"
                                                          : NULL),
                    dates->insurance_renewal, dates->insurance_lapsed, &today);
    }
  for (guint i = 0; i < dates->n_memberships; i++)
    add_membership (out, &dates->memberships[i], &today);
  if (dates->accreditation_renewal != NULL)
    add_accreditation (out, dates->accreditation_renewal, &today, body_ids);
  if (dates->ico_renewal != NULL)
    {
      g_autofree char *due = renewal_due (dates->ico_renewal, dates->ico_lapsed, &today);

      lapsed_notes (make (out, ETHOS_REMINDER_KIND_ICO, _("ICO data protection fee"), due, "1y",
                          FALSE, NULL),
                    dates->ico_renewal, dates->ico_lapsed, &today);
    }
  if (has_body (body_ids, "atrium"))
    {
      g_autofree char *due = add_interval (&today, "1y");

      make (out, ETHOS_REMINDER_KIND_UNDERTAKING,
            _("Renew the written undertaking to the Atrium code"), due, "1y", TRUE,
            "atrium-ethics:1.2");
    }
  if (has_body (body_ids, "cosrt"))
    {
      g_autofree char *due = add_interval (&today, "1m");

      make (out, ETHOS_REMINDER_KIND_CUSTOM, _("Appoint or review your professional executor"),
            due, "1y", TRUE, "cosrt:41");
    }
  add_tax (out, dates, &today);
  return g_steal_pointer (&out);
}
