/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-client-hours"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-client-hours.h"
#include "ethos-date.h"

/* The client-hours log: a month's client work, and how far it goes towards the client hours a
 * body's accreditation asks for (BACP: 450 within six years), said once for the CLI, the
 * window and the audit pack. */

/* Whether @month is a month written YYYY-MM. */
gboolean
ethos_month_check (const char *month, GError **error)
{
  g_autofree char *first = g_strdup_printf ("%s-01", month != NULL ? month : "");
  GDate date;

  if (month == NULL || strlen (month) != 7 || !ethos_date_parse (first, &date, NULL))
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                   _("“%s” is not a month: give one as YYYY-MM, such as 2026-08"),
                   month != NULL ? month : "");
      return FALSE;
    }
  return TRUE;
}

/* The minutes of @months (EthosClientMonth) in the @years years that end with @today's month
 * (YYYY-MM-DD): for 6 years on 6 December 2026, January 2021 to December 2026. */
int
ethos_client_hours_within (const GArray *months, const char *today, int years)
{
  char first[8], last[8];
  int total = 0;

  g_return_val_if_fail (today != NULL && strlen (today) >= 7, 0);

  memcpy (last, today, 7);
  last[7] = '\0';
  /* Whole years of months: after the same month @years ago, up to this one. */
  g_snprintf (first, sizeof first, "%04d-%.2s",
              (int) g_ascii_strtoll (today, NULL, 10) - years, today + 5);
  for (guint i = 0; i < months->len; i++)
    {
      const EthosClientMonth *month = &g_array_index (months, EthosClientMonth, i);

      if (strcmp (month->month, first) > 0 && strcmp (month->month, last) <= 0)
        total += month->minutes;
    }
  return total;
}

static char *
hours (int minutes)
{
  return minutes % 60 == 0 ? g_strdup_printf ("%d", minutes / 60)
                           : g_strdup_printf ("%.1f", minutes / 60.0);
}

/* The minutes of @months (EthosClientMonth, oldest first) up to and including @month
 * (YYYY-MM): the running total at that month. */
int
ethos_client_hours_up_to (const GArray *months, const char *month)
{
  int total = 0;

  for (guint i = 0; i < months->len; i++)
    {
      const EthosClientMonth *logged = &g_array_index (months, EthosClientMonth, i);

      if (strcmp (logged->month, month) <= 0)
        total += logged->minutes;
    }
  return total;
}

/* The running total at a month, as the log shows it: "Running total: 312.5 hours". */
char *
ethos_client_hours_describe_running (int minutes)
{
  g_autofree char *done = hours (minutes);

  /* Translators: hours, perhaps with a decimal: "Running total: 312.5 hours" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Running total: %s hour",
                                       "Running total: %s hours", (gulong) (minutes / 60)),
                          done);
}

/* All the log holds: "312.5 hours logged in all", or that nothing is logged yet. */
char *
ethos_client_hours_describe_total (const GArray *months)
{
  g_autofree char *done = NULL;
  int total = 0;

  for (guint i = 0; i < months->len; i++)
    total += g_array_index (months, EthosClientMonth, i).minutes;
  if (months->len == 0)
    return g_strdup (_("No client hours logged yet"));
  done = hours (total);
  /* Translators: hours, perhaps with a decimal */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour logged in all",
                                       "%s hours logged in all", (gulong) (total / 60)),
                          done);
}

/* Said where each body's progress would be, when the profile names no body. */
const char *
ethos_client_hours_no_bodies (void)
{
  return _("No professional body in your profile, so no accreditation target: add yours in "
           "Preferences → Profile");
}

/* How far @months go towards @body's accreditation on @today: "312 of the 450 client hours BACP
 * accreditation asks for within 6 years (in the 6 years to December 2026)", or that it sets
 * no number. */
char *
ethos_client_hours_progress (const EthosBodyRules *body, const GArray *months, const char *today)
{
  g_autofree char *done = NULL;
  g_autofree char *month = NULL;
  GDate date;

  if (body->accreditation_client_hours <= 0)
    /* Translators: a body's short name */
    return g_strdup_printf (_("%s: client hours for accreditation not set"), body->short_name);
  if (body->accreditation_client_years <= 0)
    {
      int total = 0;

      for (guint i = 0; i < months->len; i++)
        total += g_array_index (months, EthosClientMonth, i).minutes;
      done = hours (total);
      /* Translators: hours logged, the hours a body asks for, the body */
      return g_strdup_printf (_("%s of the %d client hours %s accreditation asks for"), done,
                              body->accreditation_client_hours, body->short_name);
    }
  done = hours (ethos_client_hours_within (months, today, body->accreditation_client_years));
  if (ethos_date_parse (today, &date, NULL))
    month = ethos_date_format (&date, ETHOS_DATE_MONTH);
  /* Translators: hours logged, the hours a body asks for, the body, the years, the years
   * again, and the month they end with: "312 of the 450 client hours BACP accreditation asks
   * for within 6 years (in the 6 years to December 2026)" */
  return g_strdup_printf (_("%s of the %d client hours %s accreditation asks for within %d "
                            "years (in the %d years to %s)"),
                          done, body->accreditation_client_hours, body->short_name,
                          body->accreditation_client_years, body->accreditation_client_years,
                          month != NULL ? month : today);
}
