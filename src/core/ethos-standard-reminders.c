/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standard-reminders"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
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

static EthosReminder *
make (GPtrArray         *out,
      EthosReminderKind  kind,
      const char        *title,
      const char        *due,
      const char        *every,
      gboolean           from_completion,
      const char        *clause)
{
  EthosReminder *reminder = ethos_reminder_new (kind);

  g_free (reminder->title);
  reminder->title = g_strdup (title);
  reminder->due = g_strdup (due);
  g_free (reminder->every);
  reminder->every = g_strdup (every);
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

GPtrArray *
ethos_standard_reminders (const char *const         *body_ids,
                          const char                *today_text,
                          const EthosStandardDates  *dates,
                          GError                   **error)
{
  g_autoptr (GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  GDate today, dbs, insurance, membership, accreditation, ico;
  g_autofree char *tax = NULL;

  if (!ethos_date_parse (today_text, &today, error) || !read_date (dates->dbs_certificate, &dbs, error)
      || !read_date (dates->insurance_renewal, &insurance, error)
      || !read_date (dates->membership_renewal, &membership, error)
      || !read_date (dates->accreditation_renewal, &accreditation, error)
      || !read_date (dates->ico_renewal, &ico, error))
    return NULL;

  if (dates->dbs_certificate != NULL)
    {
      g_autofree char *recheck = add_interval (&dbs, "3y");
      g_autofree char *first_update = add_interval (&dbs, "1y");
      g_autofree char *update = on_or_after (first_update, "1y", &today);
      const char *clause = has_body (body_ids, "atrium") ? "atrium-practice:9.6"
                           : has_body (body_ids, "cosrt") ? "cosrt:26"
                                                          : NULL;

      /* Three years from the certificate, and from each new one after. */
      make (out, ETHOS_REMINDER_KIND_DBS, _("DBS recheck"), recheck, "3y", TRUE, clause);
      make (out, ETHOS_REMINDER_KIND_DBS_UPDATE_SERVICE, _("DBS Update Service renewal"), update,
            "1y", FALSE, NULL);
    }
  /* Yearly renewals: the next one, even when last year's date was typed. */
  if (dates->insurance_renewal != NULL)
    {
      g_autofree char *due = on_or_after (dates->insurance_renewal, "1y", &today);

      make (out, ETHOS_REMINDER_KIND_INSURANCE, _("Indemnity insurance renewal"), due, "1y", FALSE,
            has_body (body_ids, "cosrt")    ? "cosrt:45"
            : has_body (body_ids, "atrium") ? "atrium-practice:9.5"
                                            : NULL);
    }
  if (dates->membership_renewal != NULL)
    {
      g_autofree char *due = on_or_after (dates->membership_renewal, "1y", &today);

      make (out, ETHOS_REMINDER_KIND_MEMBERSHIP, _("Membership renewal"), due, "1y", FALSE, NULL);
    }
  if (dates->accreditation_renewal != NULL)
    {
      g_autofree char *due = on_or_after (dates->accreditation_renewal, "1y", &today);

      make (out, ETHOS_REMINDER_KIND_ACCREDITATION, _("Accreditation renewal"), due, "1y", FALSE,
            NULL);
    }
  if (dates->ico_renewal != NULL)
    {
      g_autofree char *due = on_or_after (dates->ico_renewal, "1y", &today);

      make (out, ETHOS_REMINDER_KIND_ICO, _("ICO data protection fee"), due, "1y", FALSE, NULL);
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
  tax = next_yearly (&today, G_DATE_JANUARY, 31);
  make (out, ETHOS_REMINDER_KIND_TAX, _("Self Assessment tax return"), tax, "1y", FALSE, NULL);
  return g_steal_pointer (&out);
}
